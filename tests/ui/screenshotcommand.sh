#!/usr/bin/env bash
# `spinhance --screenshot OUT.png FILE` as a user runs it (issue 16 item 8): offscreen, the
# embedded default model, the real analysis; it must exit 0 and leave a PNG of the main window.
# Usage: screenshotcommand.sh SPINHANCE SPECTRUM
set -euo pipefail
gui=$1 spectrum=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch"
"$gui" --screenshot "$scratch/window.png" "$spectrum"
# PNG signature, then the IHDR width and height (big-endian) of a window at least 800 × 500.
signature=$(head -c 8 "$scratch/window.png" | od -An -tx1 | tr -d ' \n')
[ "$signature" = "89504e470d0a1a0a" ] || { echo "not a PNG: $signature"; exit 1; }
width=$((16#$(dd if="$scratch/window.png" bs=1 skip=16 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
height=$((16#$(dd if="$scratch/window.png" bs=1 skip=20 count=4 2>/dev/null | od -An -tx1 | tr -d ' \n')))
size=$(stat -c %s "$scratch/window.png")
echo "window.png: ${width} x ${height}, ${size} bytes"
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] && [ "$size" -gt 20000 ]
