#!/usr/bin/env bash
# One command from a source tree to a trained, evaluated model with its card, on a CUDA machine
# that has PyTorch but no Debian packages (tools/build-gpu.sh builds core + CLI there), or on any
# machine with an existing spinhance-cli (--cli).
#
#   tools/gpu-train.sh [--recipe 025] [--size light] [--device cuda] [--minutes 6]
#                      [--generate 400000] [--batch-size 64] [--learning-rate 5e-4]
#                      [--eval-count 20000] [--gissmo FILE.h5] [--cli PATH] [--out DIR]
#                      [--deadline SECONDS] [--init-from MODEL] [--field-range 40-130+0.2]
#                      [--eval-fields "60 90"] [--after-train 'SHELL COMMAND'] [--cache]
#                      [--profile uniform|molecule-like|metabolite-like]
#
# Training data are simulated on the fly by every core but one (train --data-threads); the run
# stops after --minutes of wall clock with its learning rate decayed (train --budget-minutes). A
# test set is then generated with another seed (disjoint molecules), the model is scored on it
# (and on a GISSMO import, when given), and DIR/MODEL_CARD.md records command, hardware, time and
# figures. --deadline bounds the whole script instead (build included): training gets what the
# build leaves, less a reserve for the evaluation — for a machine lent for minutes, where the build
# time is not known ahead. CI runs it as `--size tiny --device cpu --minutes 0.2` for a few steps.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
recipe=025 size=light device=cuda minutes=6 generate=400000 batch=64 lr=5e-4
eval_count=20000 gissmo="" cli="" out="$here/train-runs/gpu" deadline=0 eval_reserve=120
init_from="" field_range="" eval_fields="90" after_train="" cache=0 profile=uniform
while [ $# -gt 0 ]; do
  case "$1" in
    --recipe) recipe="$2"; shift 2 ;;
    --size) size="$2"; shift 2 ;;
    --device) device="$2"; shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --generate) generate="$2"; shift 2 ;;
    --batch-size) batch="$2"; shift 2 ;;
    --learning-rate) lr="$2"; shift 2 ;;
    --eval-count) eval_count="$2"; shift 2 ;;
    --gissmo) gissmo="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --deadline) deadline="$2"; shift 2 ;;
    --eval-reserve) eval_reserve="$2"; shift 2 ;;
    --init-from) init_from="$2"; shift 2 ;;
    --field-range) field_range="$2"; shift 2 ;;
    --eval-fields) eval_fields="$2"; shift 2 ;;
    --after-train) after_train="$2"; shift 2 ;;
    --cache) cache=1; shift ;;
    --profile) profile="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gpu-train.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
if [ -z "$cli" ]; then
  "$here/tools/build-gpu.sh" "$here/build-gpu"
  eval "$("$here/tools/build-gpu.sh" --env)"
  cli="$here/build-gpu/bin/spinhance-cli"
fi
built=$(date +%s)
if [ "$deadline" -gt 0 ]; then
  left=$((deadline - (built - started) - eval_reserve))
  [ "$left" -ge 30 ] || { echo "error: the build left ${left} s of the ${deadline} s deadline" >&2; exit 3; }
  minutes=$(awk -v s="$left" 'BEGIN { printf "%.2f", s / 60 }')
  echo "deadline ${deadline} s: training for ${minutes} min"
fi
mkdir -p "$out"
cores=$(nproc)
gpu="none"
if command -v nvidia-smi >/dev/null; then
  gpu="$(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | head -1)"
fi

train_cmd=("$cli" train --recipe "$recipe" --size "$size" --generate "$generate" --epochs 50
           --batch-size "$batch" --learning-rate "$lr" --device "$device" --seed 2026
           --budget-minutes "$minutes" --checkpoint-minutes 0 --profile "$profile"
           --out "$out/run")
[ -n "$init_from" ] && train_cmd+=(--init-from "$init_from")
[ -n "$field_range" ] && train_cmd+=(--field-range "$field_range")
# Epochs after the first read memory: with --generate N below the rate the GPU could train at
# times the minutes, every spectrum is seen several times instead of waiting on the simulator.
[ "$cache" = 1 ] && train_cmd+=(--cache-generated)
echo "+ ${train_cmd[*]}"
"${train_cmd[@]}" 2>&1 | tee "$out/train.log"
trained=$(date +%s)
# E.g. copy the model off a lent machine before the evaluation, in case the lease ends first.
[ -z "$after_train" ] || MODEL="$out/run/model.spinmodel" bash -c "$after_train"

# Test molecules from another seed than training's, one set per field (--eval-count 0: none).
if [ "$eval_count" -gt 0 ]; then
  for field in $eval_fields; do
    "$cli" dataset generate --count "$eval_count" --seed 77 --field "$field" --threads "$cores" \
      --out "$out/test-$field.h5" >"$out/dataset-$field.log"
    "$cli" evaluate --model "$out/run/model.spinmodel" --data "$out/test-$field.h5" \
      --device "$device" --json >"$out/eval-generated-$field.json"
    rm -f "$out/test-$field.h5"
  done
fi
if [ -n "$gissmo" ]; then
  "$cli" evaluate --model "$out/run/model.spinmodel" --data "$gissmo" --device "$device" \
    --json >"$out/eval-gissmo.json"
fi
evaluated=$(date +%s)

{
  echo "# Model card — recipe $recipe, size $size, trained by tools/gpu-train.sh"
  echo
  echo "- Command: \`${train_cmd[*]#$here/}\`"
  echo "- Hardware: $gpu; $cores CPU cores; device $device"
  echo "- Wall time: build $((built - started)) s, training $((trained - built)) s," \
       "evaluation $((evaluated - trained)) s"
  echo "- Last epoch line: $(grep -E '^epoch' "$out/train.log" | tail -1)"
  for field in $eval_fields; do
    [ -f "$out/eval-generated-$field.json" ] || continue
    echo "- Generated test set at $field MHz (seed 77, $eval_count molecules, its test split):"
    echo '```json'; cat "$out/eval-generated-$field.json"; echo '```'
  done
  if [ -n "$gissmo" ]; then
    echo "- GISSMO ($gissmo):"
    echo '```json'; cat "$out/eval-gissmo.json"; echo '```'
  fi
} >"$out/MODEL_CARD.md"
cat "$out/MODEL_CARD.md"
