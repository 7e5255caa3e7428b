#!/usr/bin/env bash
# Spinhance set-up in one command.
#   ./spinhance.sh          install what is missing, build Release, open the GUI on the bundled example
#                           (no display: run the headless CLI on it instead)
#   ./spinhance.sh test     install, build, run the whole CTest suite (non-zero exit on any failure)
#   ./spinhance.sh build    install and build; executables land in build/bin/
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${SPINHANCE_BUILD_DIR:-build}
EXAMPLE=resources/examples/ibuprofen-60mhz-nanalysis.jdx
JOBS=$(nproc 2>/dev/null || echo 2)

log() { echo "spinhance: $*"; }

install_deps() { ./tools/install-deps.sh; }

build() {
    local launcher=()
    if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
    fi
    log "building in $BUILD_DIR/ ($JOBS jobs)"
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

run_tests() {
    log "running the test suite"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 900
}

run_app() {
    if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
        exec "$BUILD_DIR/bin/spinhance" "$EXAMPLE"
    fi
    "$BUILD_DIR/bin/spinhance-cli" demo "$EXAMPLE"
    echo "No display found: ran the headless CLI. To open the GUI, run ./spinhance.sh in a desktop" \
         "session (or: xvfb-run -a ./spinhance.sh to try it without one)."
}

case "${1:-run}" in
    run) install_deps; build; run_app ;;
    build) install_deps; build; log "executables are in $BUILD_DIR/bin/" ;;
    test) install_deps; build; run_tests ;;
    -h|--help|help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "spinhance.sh: unknown command '$1' (expected: test, build)" >&2; exit 2 ;;
esac
