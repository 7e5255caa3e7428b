#!/usr/bin/env bash
# Packs what a bare CUDA machine (PyTorch, CMake and a compiler, but no Debian packages and no
# network) lacks to build core + spinhance-cli: the headers, shared libraries, CMake configs and
# pkg-config files of Eigen, nlohmann/json, Boost.Program_options, HDF5, FFTW3, libzip and zlib,
# taken from this Debian 12 machine, into one archive .deps/gpu-deps.tar.xz (about 10 MB).
# tools/build-gpu.sh unpacks it. The prefix mirrors Debian's layout, so Boost's CMake configs,
# which locate headers and libraries relative to themselves, work unchanged.
#
#   tools/pack-gpu-deps.sh [BUILD_DIR]   # BUILD_DIR: a Ninja build of this tree (default: build)
#
# The Boost headers are those the build's objects include (`ninja -t deps`), not all 160 MB.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
prefix="$stage/prefix"
multiarch=lib/x86_64-linux-gnu
mkdir -p "$prefix/include" "$prefix/$multiarch/cmake" "$prefix/$multiarch/pkgconfig" "$prefix/hdf5"

copy_tree() { # absolute source path → same path under the prefix, without /usr
  local rel="${1#/usr/}"
  mkdir -p "$prefix/$(dirname "$rel")"
  cp -a "$1" "$prefix/$rel"
}

# Headers: whole header-only libraries, and the Boost/zlib/libzip headers the build included.
copy_tree /usr/include/eigen3
copy_tree /usr/include/nlohmann
for h in fftw3.h zip.h zipconf.h zlib.h zconf.h; do copy_tree "/usr/include/$h"; done
ninja -C "$build" -t deps | awk '$1 ~ /^\/usr\/include\/boost\// {print $1}' | sort -u |
  while read -r h; do copy_tree "$h"; done
cp -a /usr/include/hdf5/serial "$prefix/hdf5/include"

# CMake configs found through CMAKE_PREFIX_PATH.
copy_tree /usr/share/eigen3/cmake
copy_tree /usr/share/cmake/nlohmann_json
for d in Boost-1.74.0 boost_headers-1.74.0 boost_program_options-1.74.0 BoostDetectToolset-1.74.0.cmake; do
  copy_tree "/usr/$multiarch/cmake/$d"
done

# Shared libraries with their link names, plus every library they need that glibc and
# libstdc++ do not provide (libcurl's tree, via HDF5's ros3 driver).
libs=(/usr/$multiarch/libboost_program_options.so /usr/$multiarch/libfftw3.so
      /usr/$multiarch/libzip.so /usr/$multiarch/libz.so
      /usr/$multiarch/hdf5/serial/libhdf5.so /usr/$multiarch/hdf5/serial/libhdf5_cpp.so)
runtime="$prefix/$multiarch"
for link in "${libs[@]}"; do
  real="$(readlink -f "$link")"
  cp -L "$real" "$runtime/$(basename "$real")"
  ln -sf "$(basename "$real")" "$runtime/$(basename "$link")"
  soname="$(objdump -p "$real" | awk '/SONAME/ {print $2}')"
  [ -e "$runtime/$soname" ] || ln -sf "$(basename "$real")" "$runtime/$soname"
  ldd "$real" | awk '$3 ~ /^\// {print $1, $3}' |
    { grep -v -E '^(libc|libm|libpthread|libdl|librt|libresolv|libstdc\+\+|libgcc_s|ld-linux[^ ]*)\.so' || true; } |
    while read -r name path; do [ -e "$runtime/$name" ] || cp -L "$path" "$runtime/$name"; done
done
# FindHDF5 without h5cc: HDF5_ROOT=<prefix>/hdf5 holds include/ and lib/.
mkdir -p "$prefix/hdf5/lib"
ln -sf "../../$multiarch/libhdf5.so" "$prefix/hdf5/lib/libhdf5.so"
ln -sf "../../$multiarch/libhdf5_cpp.so" "$prefix/hdf5/lib/libhdf5_cpp.so"

# pkg-config itself, for machines without it (CMake's FindPkgConfig needs the program).
mkdir -p "$prefix/bin"
cp -L /usr/bin/pkgconf "$prefix/bin/pkg-config"
cp -L /usr/$multiarch/libpkgconf.so.3 "$runtime/"

# pkg-config files that locate themselves (${pcfiledir}), so the archive may be unpacked anywhere.
for pc in fftw3 libzip zlib; do
  sed -e 's|^prefix=.*|prefix=${pcfiledir}/../../..|' \
      -e 's|^libdir=.*|libdir=${prefix}/lib/x86_64-linux-gnu|' \
      -e 's|^includedir=.*|includedir=${prefix}/include|' \
      "/usr/$multiarch/pkgconfig/$pc.pc" >"$prefix/$multiarch/pkgconfig/$pc.pc"
done

mkdir -p "$here/.deps"
tar -C "$prefix" -cJf "$here/.deps/gpu-deps.tar.xz" .
echo "packed $(du -h "$here/.deps/gpu-deps.tar.xz" | cut -f1) into $here/.deps/gpu-deps.tar.xz"
