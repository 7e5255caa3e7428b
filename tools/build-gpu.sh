#!/usr/bin/env bash
# Builds core + spinhance-cli only (no Qt, no tests, no benchmarks) against PyTorch's LibTorch, for
# a CUDA machine that has PyTorch but no Qt and no Debian packages.
#
#   tools/build-gpu.sh [BUILD_DIR]                 # default: build-gpu
#   build-gpu/bin/spinhance-cli train --recipe 030 --size light --generate 64000 --epochs 10 \
#       --out train-runs/030-light --device cuda
#
# Header-only dependencies (Eigen with its CMake config, nlohmann/json with its CMake config) travel
# in the ignored folder .deps/ (prefix layout: include/, share/): run `tools/build-gpu.sh --pack-deps`
# on a Debian machine that has them, carry .deps/ along. Compiled dependencies (HDF5, FFTW3, libzip,
# Boost.Program_options) must be installed on the target (conda/spack/apt); point DEPS_PREFIX at them.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
deps="$here/.deps"

if [ "${1:-}" = "--pack-deps" ]; then
  mkdir -p "$deps/include" "$deps/share/eigen3" "$deps/share/cmake"
  cp -r /usr/include/eigen3 "$deps/include/"
  cp -r /usr/share/eigen3/cmake "$deps/share/eigen3/"
  cp -r /usr/include/nlohmann "$deps/include/"
  cp -r /usr/share/cmake/nlohmann_json "$deps/share/cmake/"
  echo "packed header-only dependencies into $deps"
  exit 0
fi

build="${1:-$here/build-gpu}"
torch_prefix="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
cuda="$(python3 -c 'import torch; print(torch.version.cuda)')"
# PyTorch wheels choose the libstdc++ ABI; everything we compile must match it.
abi="$(python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')"
echo "LibTorch: $torch_prefix (CUDA $cuda, CXX11 ABI $abi)"

cmake -S "$here" -B "$build" -G "${GENERATOR:-Ninja}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DSPINHANCE_BUILD_GUI=OFF -DSPINHANCE_BUILD_TESTS=OFF -DSPINHANCE_BUILD_BENCH=OFF \
  -DSPINHANCE_WITH_RDKIT=OFF \
  -DCMAKE_PREFIX_PATH="$torch_prefix;$deps;${DEPS_PREFIX:-}" \
  -DCMAKE_CXX_FLAGS="-D_GLIBCXX_USE_CXX11_ABI=$abi"
cmake --build "$build" --parallel "$(nproc)" --target spinhance-cli
echo "built $build/bin/spinhance-cli"
