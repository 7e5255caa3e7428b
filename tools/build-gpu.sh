#!/usr/bin/env bash
# Builds core + spinhance-cli only (no Qt, no RDKit, no tests, no benchmarks) against the LibTorch
# of an installed PyTorch, on a CUDA machine that has PyTorch, CMake and a compiler but no Debian
# packages and no network.
#
#   tools/pack-gpu-deps.sh             # once, on a Debian 12 machine: .deps/gpu-deps.tar.xz
#   tools/build-gpu.sh [BUILD_DIR]     # on the GPU machine (default BUILD_DIR: build-gpu)
#   tools/gpu-train.sh …               # builds with this script, then trains (see there)
#
# The archive's libraries are found at run time through LD_LIBRARY_PATH; `tools/build-gpu.sh
# --env` prints the line that sets it. TORCH_CMAKE_PREFIX overrides the LibTorch location (a
# rehearsal on a machine with another LibTorch); SPINHANCE_SYSTEM_PATHS=OFF makes CMake look
# only in the archive and LibTorch, to prove the archive is complete.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
deps="$here/.deps/prefix"
archive="$here/.deps/gpu-deps.tar.xz"
multiarch=lib/x86_64-linux-gnu

if [ "${1:-}" = "--env" ]; then
  echo "export LD_LIBRARY_PATH=$deps/$multiarch\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
  exit 0
fi
build="${1:-$here/build-gpu}"

if [ ! -d "$deps" ]; then
  [ -f "$archive" ] || { echo "error: $archive missing: run tools/pack-gpu-deps.sh on Debian 12" >&2; exit 2; }
  mkdir -p "$deps" && tar -C "$deps" -xJf "$archive"
fi

if [ -n "${TORCH_CMAKE_PREFIX:-}" ]; then
  torch_prefix="$TORCH_CMAKE_PREFIX"; abi=1
else
  torch_prefix="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
  # PyTorch wheels choose the libstdc++ ABI; everything we compile must match it.
  abi="$(python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')"
  version="$(python3 -c 'import torch; print(torch.__version__)')"
  echo "LibTorch: $torch_prefix (torch $version, CXX11 ABI $abi)"
  # ATen consumers need C++20 from PyTorch 2.12 on.
  python3 -c 'import sys, torch; v = tuple(map(int, torch.__version__.split("+")[0].split(".")[:2])); sys.exit(v < (2, 12))' \
    && cxx_standard=20
fi
[ "$abi" = 1 ] || echo "warning: this LibTorch uses the old libstdc++ ABI; the packed Boost and HDF5 do not" >&2

for tool in cmake c++; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found on PATH" >&2; exit 2; }
done
export LD_LIBRARY_PATH="$deps/$multiarch${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
pkg_config="$(command -v pkg-config || echo "$deps/bin/pkg-config")"
generator="${GENERATOR:-$(command -v ninja >/dev/null && echo Ninja || echo 'Unix Makefiles')}"
export PKG_CONFIG_LIBDIR="$deps/$multiarch/pkgconfig"
export PKG_CONFIG_PATH=""
system_paths="${SPINHANCE_SYSTEM_PATHS:-ON}"
cxx_standard="${CXX_STANDARD:-${cxx_standard:-17}}"
# Data-parallel training (docs/distributed.md) is off here until it has been compiled against a
# PyTorch wheel's c10d headers on a GPU machine: SPINHANCE_WITH_GLOO=ON turns it on.
cmake -S "$here" -B "$build" -G "$generator" -DPKG_CONFIG_EXECUTABLE="$pkg_config" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_STANDARD="$cxx_standard" \
  -DSPINHANCE_BUILD_GUI=OFF -DSPINHANCE_BUILD_TESTS=OFF -DSPINHANCE_BUILD_BENCH=OFF \
  -DSPINHANCE_WITH_RDKIT=OFF \
  -DSPINHANCE_WITH_GLOO="${SPINHANCE_WITH_GLOO:-OFF}" \
  -DCMAKE_PREFIX_PATH="$deps;$deps/$multiarch/cmake;$torch_prefix" \
  -DCMAKE_FIND_USE_CMAKE_SYSTEM_PATH="$system_paths" \
  -DHDF5_ROOT="$deps/hdf5" -DHDF5_C_COMPILER_EXECUTABLE=HDF5_C_COMPILER_EXECUTABLE-NOTFOUND \
  -DHDF5_CXX_COMPILER_EXECUTABLE=HDF5_CXX_COMPILER_EXECUTABLE-NOTFOUND \
  -DZLIB_ROOT="$deps" -DBoost_NO_SYSTEM_PATHS=ON -DBOOST_ROOT="$deps" \
  -DCMAKE_BUILD_RPATH="$deps/$multiarch" \
  -DCMAKE_CXX_FLAGS="-D_GLIBCXX_USE_CXX11_ABI=$abi"
keep_going=(); [ "$generator" = Ninja ] && keep_going=(-- -k 0) # every compile error at once
cmake --build "$build" --parallel "$(nproc)" --target spinhance-cli "${keep_going[@]}"
echo "built $build/bin/spinhance-cli"
