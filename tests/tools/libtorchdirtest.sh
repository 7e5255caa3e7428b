#!/usr/bin/env bash
# -DSPINHANCE_LIBTORCH_DIR (issue 16 item 6): a folder without TorchConfig.cmake stops the
# configuration with a message naming the option and what was expected; a LibTorch CMake folder
# (here Debian's own, the one this build found) is the one used.
# Usage: libtorchdirtest.sh CMAKE SOURCE_DIR TORCH_CMAKE_FOLDER
set -euo pipefail
cmake=$1 source=$2 torch=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
options=(-DSPINHANCE_BUILD_GUI=OFF -DSPINHANCE_BUILD_TESTS=OFF -DSPINHANCE_BUILD_BENCH=OFF)
if "$cmake" -S "$source" -B "$scratch/bad" "${options[@]}" \
    -DSPINHANCE_LIBTORCH_DIR="$scratch/no-torch-here" > "$scratch/bad.log" 2>&1; then
  echo "a folder without TorchConfig.cmake was accepted"; exit 1
fi
tr -s ' \n' ' ' < "$scratch/bad.log" | grep -q "SPINHANCE_LIBTORCH_DIR=$scratch/no-torch-here: expected the CMake folder of a LibTorch" || {
  cat "$scratch/bad.log"; exit 1; }
"$cmake" -S "$source" -B "$scratch/good" "${options[@]}" -DSPINHANCE_LIBTORCH_DIR="$torch" \
  > "$scratch/good.log" 2>&1 || { cat "$scratch/good.log"; exit 1; }
grep "LibTorch from SPINHANCE_LIBTORCH_DIR: $torch/Torch" "$scratch/good.log"
