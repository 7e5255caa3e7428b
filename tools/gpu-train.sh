#!/usr/bin/env bash
# One command from a source tree to a trained, evaluated model with its card, on a CUDA machine
# that has PyTorch but no Debian packages (tools/build-gpu.sh builds core + CLI there), or on any
# machine with an existing spinhance-cli (--cli).
#
#   tools/gpu-train.sh [--recipe 025] [--size light] [--device cuda] [--minutes 6]
#                      [--generate 400000] [--batch-size 64] [--learning-rate 5e-4]
#                      [--eval-count 20000] [--gissmo FILE.h5] [--cli PATH] [--out DIR]
#                      [--deadline SECONDS]
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
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
           --budget-minutes "$minutes" --checkpoint-minutes 0 --out "$out/run")
echo "+ ${train_cmd[*]}"
"${train_cmd[@]}" 2>&1 | tee "$out/train.log"
trained=$(date +%s)

# Test molecules from another seed than training's (train --seed 2026 draws from seed 2026·10⁶).
"$cli" dataset generate --count "$eval_count" --seed 77 --threads "$cores" --out "$out/test.h5" \
  >"$out/dataset.log"
"$cli" evaluate --model "$out/run/model.spinmodel" --data "$out/test.h5" --device "$device" \
  --json >"$out/eval-generated.json"
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
  echo "- Generated test set (seed 77, $eval_count molecules, its test split):"
  echo '```json'; cat "$out/eval-generated.json"; echo '```'
  if [ -n "$gissmo" ]; then
    echo "- GISSMO ($gissmo):"
    echo '```json'; cat "$out/eval-gissmo.json"; echo '```'
  fi
} >"$out/MODEL_CARD.md"
cat "$out/MODEL_CARD.md"
