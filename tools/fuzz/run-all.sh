#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz"), makes their seed corpora and runs every fuzz_*
# target for SECONDS each, JOBS targets at a time, then prints one summary row per target.
#
#   tools/fuzz/run-all.sh SECONDS [JOBS]   long run; corpora kept in build/fuzz/corpus/<target>
#   tools/fuzz/run-all.sh --smoke [JOBS]   CI: 10 s per target from the seeds alone, in
#                                          build/fuzz/smoke/ (corpus, artifacts, logs)
#
# Environment: FUZZ_TARGETS="jcamp csv" runs only those; FUZZ_BUILD_DIR puts the build (and the
# seeds, corpora, logs) elsewhere than build/fuzz; BUILD_JOBS sets the build's -j (default: all
# cores); TMPDIR is pointed at /dev/shm when it exists, because the folder-shaped targets write
# every input to disk. Exits 1 when any target left a crash, leak, timeout or OOM artifact.
set -euo pipefail

usage() {
    echo "usage: $0 SECONDS [JOBS] | --smoke [JOBS]" >&2
    exit 2
}

[[ $# -ge 1 ]] || usage
smoke=0
if [[ $1 == --smoke ]]; then
    smoke=1
    seconds=10
else
    [[ $1 =~ ^[0-9]+$ ]] || usage
    seconds=$1
fi
jobs=${2:-1}
[[ $jobs =~ ^[1-9][0-9]*$ ]] || usage

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${FUZZ_BUILD_DIR:-$repo/build/fuzz}")
# A smoke run starts from the seeds alone and leaves the long runs' corpora and findings alone.
state=$build
[[ $smoke == 1 ]] && state=$build/smoke && rm -rf "$state"
cd "$repo"

build_fuzzers() {
    [[ -f $build/CMakeCache.txt ]] || cmake --preset fuzz -B "$build" >/dev/null
    cmake --build "$build" --target fuzzers --parallel "${BUILD_JOBS:-$(nproc)}" >/dev/null
}

# libFuzzer takes one dictionary; targets without their own share the closest one.
dictionary_of() {
    case $1 in
    brukerparams) echo bruker ;;
    openfile) echo jcamp ;;
    evaluationtruth) echo spinsystemjson ;;
    *) echo "$1" ;;
    esac
}

run_target() {
    local target=$1 dict
    dict=$repo/tests/fuzz/dict/$(dictionary_of "$target").dict
    mkdir -p "$state/corpus/$target" "$state/artifacts/$target" "$state/logs"
    local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
        -print_final_stats=1 -artifact_prefix="$state/artifacts/$target/")
    [[ -f $dict ]] && args+=(-dict="$dict")
    # CI: a fixed seed makes the smoke run repeat the same inputs in the same order, so a finding
    # is reproducible and a run that passed passes again at the same speed.
    [[ $smoke == 1 ]] && args+=(-seed=1)
    # libhdf5 1.10.8 hangs and over-reads on damaged files (docs/reliability.md, stop 32); the
    # reader now refuses what is not checksummed, and the dataset smoke run is a fixed number of
    # inputs, checked clean from seed 1, so a faster CI machine does no other work than this one.
    [[ $smoke == 1 && $target == dataset ]] && args+=(-runs=3000)
    # libhdf5 asks malloc for what a damaged header says (4 GB seen) and then fails cleanly
    # without touching it (175 MB resident): the RSS limit stays, the single-malloc limit goes up.
    [[ $target == dataset ]] && args+=(-malloc_limit_mb=8192)
    # A library's own leaks (not ours) are suppressed per target, with the reason in the file.
    local suppressions=$repo/tests/fuzz/lsan/$target.supp lsan=${LSAN_OPTIONS:-}
    [[ -f $suppressions ]] && lsan="suppressions=$suppressions${lsan:+:$lsan}"
    LSAN_OPTIONS=$lsan "$build/bin/fuzz_$target" "${args[@]}" "$state/corpus/$target" \
        "$build/seeds/$target" >"$state/logs/$target.log" 2>&1 || true
}

# One row: executions, exec/s, final cov/ft, corpus (units libFuzzer keeps, and their size),
# artifacts (crash-, leak-, timeout-, oom- files left by this or earlier runs).
summary_row() {
    local target=$1 log=$state/logs/$1.log
    local runs secs status cov ft corpus rate artifacts
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
    status=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
    corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$status")
    rate=$(sed -n 's/.* exec\/s: \([0-9]*\).*/\1/p' <<<"$status")
    [[ -n $runs && -n $secs && $secs -gt 0 ]] && rate=$((runs / secs))
    [[ -z $runs ]] && runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$status")
    artifacts=$(find "$state/artifacts/$1" -type f \
        \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    printf '%-15s %12s %8s %6s %7s %12s %9s\n' "$target" "${runs:-?}" "${rate:-?}" "${cov:-?}" \
        "${ft:-?}" "${corpus:-?}" "$artifacts"
    [[ $artifacts == 0 ]]
}

main() {
    build_fuzzers
    rm -rf "$build/seeds"
    python3 "$repo/tools/fuzz/make-seeds.py" "$build/seeds" >/dev/null
    if [[ -z ${TMPDIR:-} && -d /dev/shm && -w /dev/shm ]]; then export TMPDIR=/dev/shm; fi
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
    local targets=${FUZZ_TARGETS:-$(cd "$build/bin" && ls fuzz_* | sed 's/^fuzz_//')}
    local running=0
    for target in $targets; do
        run_target "$target" &
        running=$((running + 1))
        if ((running >= jobs)); then
            wait -n
            running=$((running - 1))
        fi
    done
    wait
    printf '%-15s %12s %8s %6s %7s %12s %9s\n' target executions exec/s cov ft corpus artifacts
    local failed=0
    for target in $targets; do
        summary_row "$target" || failed=1
    done
    [[ $failed == 0 ]] || echo "artifacts in $state/artifacts/<target>/ (logs in $state/logs)"
    return $failed
}

main
