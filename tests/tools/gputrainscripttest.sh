#!/usr/bin/env bash
# CI runs tools/gpu-train.sh — the script a GPU machine runs — with the tiny size on the CPU for a
# few seconds, against the CLI already built: it must train, evaluate and write a card with
# figures. Usage: gputrainscripttest.sh SOURCE_DIR CLI WORK_DIR
set -euo pipefail
source_dir="$1" cli="$2" work="$3"
rm -rf "$work"
OMP_NUM_THREADS=1 "$source_dir/tools/gpu-train.sh" --size tiny --device cpu --minutes 0.1 \
  --generate 48 --batch-size 8 --eval-count 120 --cli "$cli" --out "$work" >"$work.log" 2>&1 ||
  { cat "$work.log"; exit 1; }
card="$work/MODEL_CARD.md"
for expected in "size tiny" "device cpu" "at 90 MHz" '"shift_mae_ppm"' '"coupling_f1"' \
  "Wall time"; do
  grep -q -- "$expected" "$card" || { echo "the card lacks '$expected'"; cat "$card"; exit 1; }
done
[ -s "$work/run/model.spinmodel" ] || { echo "no model was written"; exit 1; }
"$cli" dataset generate --count 12 --seed 3 --out "$work/check.h5" >/dev/null 2>&1
"$cli" evaluate --model "$work/run/model.spinmodel" --data "$work/check.h5" --split train \
  --max-samples 4 >/dev/null || { echo "the written model does not load"; exit 1; }
echo "gpu-train.sh trained, evaluated and wrote $card"
