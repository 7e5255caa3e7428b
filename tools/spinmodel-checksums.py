#!/usr/bin/env python3
"""Rewrites legacy .spinmodel files ("SPINMODEL\\n", no checksums) in the current format
("SPINMODEL2\\n": lengths and FNV-1a 64 checksums of config and weights; core/model/modelfile.h).
Config and weights bytes are copied unchanged, so predictions stay identical.
Usage: tools/spinmodel-checksums.py FILE..."""
import os
import struct
import sys


def fnv1a64(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def upgrade(path: str) -> None:
    data = open(path, "rb").read()
    if data.startswith(b"SPINMODEL2\n"):
        print(f"{path}: already has checksums")
        return
    if not data.startswith(b"SPINMODEL\n"):
        sys.exit(f"{path}: not a Spinhance model file")
    (length,) = struct.unpack_from("<Q", data, 10)
    config, weights = data[18 : 18 + length], data[18 + length :]
    if len(config) != length:
        sys.exit(f"{path}: truncated config")
    header = b"SPINMODEL2\n" + struct.pack("<QQQQ", len(config), len(weights), fnv1a64(config), fnv1a64(weights))
    open(path + ".tmp", "wb").write(header + config + weights)
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(config)} config bytes, {len(weights)} weight bytes, checksums added")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        upgrade(p)
