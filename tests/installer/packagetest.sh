#!/usr/bin/env bash
# The Debian package installs like a desktop program and runs from where it is unpacked:
#   1. the desktop entry and the AppStream metainfo pass desktop-file-validate and appstreamcli;
#   2. `cpack -G DEB` builds the package, with dependencies filled in by dpkg-shlibdeps;
#   3. unpacked into a scratch root, it holds the binaries, the default model, the example, the
#      desktop entry, the MIME types, the icon and the metainfo;
#   4. the unpacked spinhance-cli runs `demo` on the unpacked example with the unpacked model.
# Usage: packagetest.sh BUILD_DIR SOURCE_DIR. Exit 77 (CTest: skipped) when a tool is missing.
set -euo pipefail
build=$1
source=$2
for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool not installed"; exit 77; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
id=org.spinhance.Spinhance

desktop-file-validate "$source/installer/$id.desktop"
appstreamcli validate --no-net "$source/installer/$id.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$scratch/package" >"$scratch/cpack.log") ||
    { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/package/*.deb)
dpkg-deb --field "$deb" Depends | grep -q "libc6" ||
    { echo "no shared-library dependencies in $deb"; exit 1; }

dpkg-deb -x "$deb" "$scratch/root"
root=$scratch/root/usr
for file in bin/spinhance bin/spinhance-cli share/spinhance/models/default.spinmodel \
    share/spinhance/examples/ibuprofen-60mhz-nanalysis.jdx share/applications/$id.desktop \
    share/metainfo/$id.metainfo.xml share/icons/hicolor/scalable/apps/$id.svg \
    share/mime/packages/spinhance.xml share/doc/spinhance/copyright; do
    [[ -f $root/$file ]] || { echo "missing from the package: /usr/$file"; exit 1; }
done

"$root/bin/spinhance-cli" demo "$root/share/spinhance/examples/ibuprofen-60mhz-nanalysis.jdx" \
    >"$scratch/demo.txt"
# The model must be the packaged one, not the source tree's fallback.
grep -q "($root/bin/../share/spinhance/models/default.spinmodel)\|($root/share/spinhance/models/default.spinmodel)" \
    "$scratch/demo.txt" || { cat "$scratch/demo.txt"; echo "demo did not use the packaged model"; exit 1; }
grep -q "^group  shift/ppm" "$scratch/demo.txt" || { cat "$scratch/demo.txt"; exit 1; }
echo "package $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; demo ran from the unpacked root"
