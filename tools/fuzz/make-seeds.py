#!/usr/bin/env python3
"""Builds the seed corpora of the libFuzzer targets (tests/fuzz) under OUT/<target>/.

Three sources, smallest first:
  * tiny synthetic files written here (every target gets some, so CI needs nothing else);
  * the small real files committed in tests/data (interchange JSON, GISSMO JSON, the tiny model);
  * the reference data in ../shared/data when present, shrunk: parameter files kept whole, binary
    data cut to a few dozen points with the size parameters (TD, SI, np, xDim) patched to match,
    base64 arrays of nmrML re-encoded short, JCAMP data tables cut after a few lines.
Seeds stay small (a few KB) because libFuzzer's speed falls with input length.

Usage: make-seeds.py OUT [--shared DIR]
"""
import argparse
import base64
import io
import json
import math
import pathlib
import re
import struct
import zipfile
import zlib

REPO = pathlib.Path(__file__).resolve().parents[2]
# Must match tests/fuzz/fuzzsupport.h: folder-shaped inputs are their files joined by this.
SEPARATOR = b"\n--8<--\n"
FID_POINTS = 128  # complex points kept in binary seeds


def joined(*parts):
    return SEPARATOR.join(parts)


def decaying(count, scale=1e5):
    """A decaying cosine: count interleaved (re, im) values."""
    values = []
    for k in range(count // 2):
        amplitude = scale * math.exp(-k / 8.0)
        values += [amplitude * math.cos(0.7 * k), amplitude * math.sin(0.7 * k)]
    return values


class Seeds:
    def __init__(self, out):
        self.out = pathlib.Path(out)
        self.counts = {}

    def add(self, target, name, data):
        folder = self.out / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())
        self.counts[target] = self.counts.get(target, 0) + 1


# ---- Bruker ----------------------------------------------------------------------------------

ACQUS = """##TITLE= Parameter file, TOPSPIN\t\tVersion 3.2
##JCAMPDX= 5.0
##DATATYPE= Parameter Values
##ORIGIN= Bruker BioSpin GmbH
$$ synthetic seed
##$BF1= 90.0
##$BYTORDA= {order}
##$DECIM= 16
##$DSPFVS= 20
##$DTYPA= {dtype}
##$GRPDLY= 67.98
##$NC= 0
##$NUC1= <1H>
##$SFO1= 90.0004
##$SOLVENT= <CDCl3>
##$SW_h= 1200
##$TD= {td}
##$AMP= (0..3)
100 100 100 100
##END=
"""

PROCS = """##TITLE= Parameter file, TOPSPIN\t\tVersion 3.2
##JCAMPDX= 5.0
##$BYTORDP= {order}
##$DTYPP= {dtype}
##$NC_proc= -2
##$OFFSET= 12.0
##$SF= 90.0
##$SI= {si}
##$SW_p= 1200
##END=
"""


def packed(values, big_endian=False, double=False):
    order = ">" if big_endian else "<"
    if double:
        return struct.pack(order + "%dd" % len(values), *values)
    return struct.pack(order + "%di" % len(values), *[int(v) for v in values])


def bruker_parts(order=0, dtype=0, fid=True, processed=True):
    values = decaying(2 * FID_POINTS)
    acqus = ACQUS.format(order=order, dtype=dtype, td=len(values)).encode()
    procs = PROCS.format(order=order, dtype=dtype, si=FID_POINTS).encode()
    real = packed(values[0::2], order == 1, dtype == 2)
    imag = packed(values[1::2], order == 1, dtype == 2)
    return [acqus, packed(values, order == 1, dtype == 2) if fid else b"",
            procs if processed else b"", real if processed else b"",
            imag if processed else b"", b"synthetic seed\n" if processed else b""]


def synthetic_bruker(seeds):
    variants = {"fid-and-1r": {}, "fid-only": {"processed": False},
                "1r-only": {"fid": False}, "big-endian-double": {"order": 1, "dtype": 2}}
    for name, options in variants.items():
        parts = bruker_parts(**options)
        seeds.add("bruker", name, joined(*parts))
        seeds.add("brukerparams", "acqus-" + name, parts[0])
        seeds.add("brukerzip", name + ".zip", zipped(bruker_zip_entries(parts, "tiny/10/")))
    seeds.add("brukerzip", "flat-stored.zip",
              zipped(bruker_zip_entries(bruker_parts(), ""), zipfile.ZIP_STORED))


def bruker_zip_entries(parts, prefix):
    names = ["acqus", "fid", "pdata/1/procs", "pdata/1/1r", "pdata/1/1i", "pdata/1/title"]
    return {prefix + n: p for n, p in zip(names, parts) if p}


def zipped(entries, method=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            archive.writestr(info, data, compress_type=method)
    return buffer.getvalue()


def patch_bruker(text, key, value):
    return re.sub(rb"(##\$" + key + rb"=)[^\n]*", rb"\g<1> " + str(value).encode(), text,
                  flags=re.IGNORECASE)


def shrunk_bruker(experiment):
    """(acqus, fid, procs, 1r, 1i, title) of a real experiment, cut to FID_POINTS points."""
    acqus = (experiment / "acqus").read_bytes()
    word = 8 if re.search(rb"##\$DTYPA= *2", acqus) else 4
    acqus = patch_bruker(acqus, b"TD", 2 * FID_POINTS)
    fid = read_head(experiment / "fid", 2 * FID_POINTS * word)
    pdata = next(iter(sorted((experiment / "pdata").glob("*/procs"))), None)
    if pdata is None:
        return [acqus, fid, b"", b"", b"", b""]
    procs = pdata.read_bytes()
    pword = 8 if re.search(rb"##\$DTYPP= *2", procs) else 4
    procs = patch_bruker(procs, b"SI", FID_POINTS)
    folder = pdata.parent
    return [acqus, fid, procs, read_head(folder / "1r", FID_POINTS * pword),
            read_head(folder / "1i", FID_POINTS * pword), read_head(folder / "title", 200)]


def read_head(path, size):
    return path.read_bytes()[:size] if path.exists() else b""


def shared_bruker(seeds, shared):
    for acqus in sorted(shared.glob("**/acqus")):
        if "__MACOSX" in str(acqus) or not (acqus.parent / "fid").exists():
            continue
        parts = shrunk_bruker(acqus.parent)
        name = "-".join(acqus.parent.relative_to(shared).parts[-3:])
        seeds.add("bruker", name, joined(*parts))
        seeds.add("brukerparams", "acqus-" + name, (acqus.parent / "acqus").read_bytes())
        if parts[2]:
            seeds.add("brukerparams", "procs-" + name, parts[2])
        seeds.add("brukerzip", name + ".zip", zipped(bruker_zip_entries(parts, "exp/1/")))
    for archive in sorted(shared.glob("bruker-data-test/data/zipped/*.zip")):
        shared_bruker_zip(seeds, archive)


def shared_bruker_zip(seeds, archive):
    """Unpacks a real zip, shrinks its first experiment and zips it again under its names."""
    with zipfile.ZipFile(archive) as source:
        names = [n for n in source.namelist() if n.endswith("/acqus") and "__MACOSX" not in n]
        if not names:
            return
        prefix = names[0][: -len("acqus")]
        files = {n[len(prefix):]: source.read(n) for n in source.namelist()
                 if n.startswith(prefix) and not n.endswith("/")}
    entries = shrink_bruker_entries(files)
    seeds.add("brukerzip", archive.stem + ".zip",
              zipped({prefix + name: data for name, data in entries.items()}))


def shrink_bruker_entries(files):
    acqus = files.get("acqus", b"")
    out = {"acqus": patch_bruker(acqus, b"TD", 2 * FID_POINTS)}
    if "fid" in files:
        out["fid"] = files["fid"][: 2 * FID_POINTS * 8]
    for name, data in files.items():
        if name.endswith("/procs"):
            out[name] = patch_bruker(data, b"SI", FID_POINTS)
        elif name.endswith(("/1r", "/1i")):
            out[name] = data[: FID_POINTS * 8]
        elif name.endswith("/title"):
            out[name] = data[:200]
    return out


# ---- Varian ----------------------------------------------------------------------------------

def procpar_entry(name, basictype, *values):
    header = "%s 1 %d 1000000000 0 0 2 1 11 1 64" % (name, basictype)
    if basictype == 2:
        lines = ["%d \"%s\"" % (len(values), values[0])] + ['"%s"' % v for v in values[1:]]
    else:
        lines = ["%d %s" % (len(values), " ".join(str(v) for v in values))]
    return "\n".join([header] + lines + ["0"]) + "\n"


def synthetic_procpar():
    return (procpar_entry("sfrq", 1, 89.9) + procpar_entry("sw", 1, 1200.0) +
            procpar_entry("np", 7, 2 * FID_POINTS) + procpar_entry("tn", 2, "H1") +
            procpar_entry("solvent", 2, "cdcl3") + procpar_entry("rfl", 1, 600.0) +
            procpar_entry("rfp", 1, 0) + procpar_entry("reffrq", 1, 89.9) +
            procpar_entry("samplename", 2, "synthetic", "second line") +
            procpar_entry("array", 1, 1, 2, 3)).encode()


def varian_fid(values, ebytes, status, nbheaders=1):
    """File header (32 bytes), nbheaders block headers (28 bytes each), big-endian values."""
    header = struct.pack(">iiiiiihhi", 1, 1, len(values), ebytes, ebytes * len(values),
                         ebytes * len(values) + 28, 0, status, nbheaders)
    code = {(2, 0): "h", (4, 4): "i", (4, 8): "f"}[(ebytes, status & 0xC)]
    numbers = [v if code == "f" else int(max(-30000, min(30000, v / 10))) for v in values]
    data = struct.pack(">%d%s" % (len(numbers), code), *numbers)
    return header + bytes(28 * nbheaders) + data


def synthetic_varian(seeds):
    values = decaying(2 * FID_POINTS)
    for name, ebytes, status in [("int16", 2, 0), ("int32", 4, 4), ("float", 4, 8)]:
        seeds.add("varian", name, joined(synthetic_procpar(), varian_fid(values, ebytes, status)))


def shared_varian(seeds, shared):
    for procpar in sorted(shared.glob("**/procpar")):
        fid = procpar.parent / "fid"
        if not fid.exists():
            continue
        data = bytearray(fid.read_bytes())
        ebytes = struct.unpack(">i", data[12:16])[0]
        nbheaders = struct.unpack(">i", data[28:32])[0]
        data[8:12] = struct.pack(">i", 2 * FID_POINTS)
        keep = 32 + 28 * nbheaders + 2 * FID_POINTS * ebytes
        name = procpar.parent.name
        seeds.add("varian", name, joined(procpar.read_bytes(), bytes(data[:keep])))


# ---- Spinsolve -------------------------------------------------------------------------------

ACQU_PAR = """b1Freq = 43.4
centerFreqPPM = 5.0
dwellTime = 500
expName = "synthetic seed"
nrPnts = {points}
nucleus = "1H"
solvent = "CDCl3"
"""


def prospa(values):
    """A Prospa .1d file: header, axis of xDim floats, xDim complex floats (little-endian)."""
    points = len(values) // 2
    header = b"SORPATAD1.1V" + struct.pack("<iiiii", 0x1F8, points, 1, 1, 1)
    axis = struct.pack("<%df" % points, *range(points))
    return header + axis + struct.pack("<%df" % len(values), *values)


def synthetic_spinsolve(seeds):
    par = ACQU_PAR.format(points=FID_POINTS).encode()
    data = prospa(decaying(2 * FID_POINTS))
    seeds.add("spinsolve", "fid", joined(par, data))
    seeds.add("spinsolve", "spectrum", joined(par, b"", data))
    seeds.add("spinsolve", "b1Freq1H", joined(par.replace(b"b1Freq =", b"b1Freq1H ="), data))


def shared_spinsolve(seeds, shared):
    for par in sorted(shared.glob("**/acqu.par")):
        parts = [par.read_bytes()]
        for name in ("data.1d", "spectrum.1d"):
            path = par.parent / name
            parts.append(shrink_prospa(path.read_bytes()) if path.exists() else b"")
        seeds.add("spinsolve", par.parent.name.replace(" ", "_"), joined(*parts))


def shrink_prospa(data):
    points = struct.unpack("<i", data[16:20])[0]
    axis = data[32:32 + 4 * FID_POINTS]
    values = data[32 + 4 * points:32 + 4 * points + 8 * FID_POINTS]
    return data[:16] + struct.pack("<i", FID_POINTS) + data[20:32] + axis + values


# ---- nmrML -----------------------------------------------------------------------------------

NMRML = """<?xml version="1.0" encoding="UTF-8"?>
<nmrML xmlns="http://nmrml.org/schema" version="1.0.rc1" id="synthetic">
  <acquisition><acquisition1D><acquisitionParameterSet numberOfScans="1">
    <groupDelay value="{delay}" unitName="dimensionless"/>
    <DirectDimensionParameterSet decoupled="false" numberOfDataPoints="{points}">
      <acquisitionNucleus name="hydrogen atom"/>
      <effectiveExcitationField value="{field}" unitName="{unit}"/>
      <sweepWidth value="1200.0" unitName="hertz"/>
      <irradiationFrequency value="{field}" unitName="{unit}"/>
      <irradiationFrequencyOffset value="420.0" unitName="megaHertz"/>
    </DirectDimensionParameterSet>
    <solventType><cvParam name="CDCl3"/></solventType>
  </acquisitionParameterSet>
  <fidData compressed="{compressed}" encodedLength="{length}" byteFormat="{format}">{fid}</fidData>
  </acquisition1D></acquisition>
  {spectrum}
</nmrML>
"""

SPECTRUM = """<spectrumList><spectrum1D numberOfDataPoints="{points}">
  <spectrumDataArray compressed="false" encodedLength="{length}" byteFormat="float64">{data}\
</spectrumDataArray>
  <xAxis unitName="parts per million" startValue="11.0" endValue="-1.0"/>
</spectrum1D></spectrumList>"""


def encoded(data, compressed):
    return base64.b64encode(zlib.compress(data) if compressed else data).decode()


def synthetic_nmrml(format_name, compressed, with_spectrum, field="90.0", unit="megaHertz"):
    values = decaying(2 * FID_POINTS)
    codes = {"Complex128": "<%dd", "Complex64": "<%df", "class java.lang.Integer": ">%di"}
    numbers = values if "Integer" not in format_name else [int(v) for v in values]
    fid = encoded(struct.pack(codes[format_name] % len(values), *numbers), compressed)
    spectrum = ""
    if with_spectrum:
        data = encoded(struct.pack("<%dd" % FID_POINTS, *values[0::2]), False)
        spectrum = SPECTRUM.format(points=FID_POINTS, length=len(data), data=data)
    return NMRML.format(delay=12.0, points=FID_POINTS, field=field, unit=unit,
                        compressed=str(compressed).lower(), length=len(fid), format=format_name,
                        fid=fid, spectrum=spectrum)


def synthetic_nmrml_seeds(seeds):
    seeds.add("nmrml", "complex128-zlib-spectrum.nmrML", synthetic_nmrml("Complex128", True, True))
    seeds.add("nmrml", "complex64.nmrML", synthetic_nmrml("Complex64", False, False))
    seeds.add("nmrml", "java-integer-hertz.nmrML",
              synthetic_nmrml("class java.lang.Integer", False, False, "9.0E7", "hertz"))


ARRAY = re.compile(rb"(<(fidData|spectrumDataArray)\b[^>]*>)([^<]*)(</)")


def shrink_array(match):
    tag, text = match.group(1), match.group(3)
    compressed = b'compressed="true"' in tag
    data = base64.b64decode(b"".join(text.split()))
    data = (zlib.decompress(data) if compressed else data)[: 16 * FID_POINTS]
    text = encoded(data, compressed).encode()
    tag = re.sub(rb'encodedLength="\d+"', b'encodedLength="%d"' % len(text), tag)
    return tag + text + match.group(4)


def shared_nmrml(seeds, shared):
    for path in sorted(shared.glob("**/*.nmrML")):
        seeds.add("nmrml", path.name, ARRAY.sub(shrink_array, path.read_bytes()))


# ---- JCAMP-DX, CSV ---------------------------------------------------------------------------

JCAMP_XY = """##TITLE= synthetic {form}
##JCAMP-DX= 5.01
##DATA TYPE= NMR SPECTRUM
##.OBSERVE FREQUENCY= 90.0
##.OBSERVE NUCLEUS= ^1H
##.SOLVENT NAME= CDCl3
##XUNITS= PPM
##YUNITS= ARBITRARY UNITS
##FIRSTX= 10.0
##LASTX= 1.0
##XFACTOR= 1
##YFACTOR= 2
##NPOINTS= 10
##XYDATA= (X++(Y..Y))
{data}##END=
"""

JCAMP_DATA = {
    "AFFN": "10 1 2 3 4 5\n5 6 7 8 9 10\n",
    "PAC": "10+1+2+3+4+5\n5+6+7+8+9+10\n",
    "SQZ": "10A B C D E\n5F G H I A0\n",
    "DIF-DUP": "10AJV\n6EJW\n",
}

JCAMP_FID = """##TITLE= synthetic FID
##JCAMP-DX= 5.01
##DATA TYPE= NMR FID
##DATA CLASS= NTUPLES
##.OBSERVE FREQUENCY= 90.0
##.OBSERVE NUCLEUS= ^1H
##$TD= 8
##$SW_h= 1200
##$GRPDLY= 0
##NTUPLES= NMR FID
##VAR_NAME= TIME, FID/REAL, FID/IMAG, PAGE NUMBER
##SYMBOL= X, R, I, N
##VAR_TYPE= INDEPENDENT, DEPENDENT, DEPENDENT, PAGE
##VAR_FORM= AFFN, ASDF, ASDF, AFFN
##VAR_DIM= 4, 4, 4, 2
##UNITS= SECONDS, ARBITRARY UNITS, ARBITRARY UNITS,
##FIRST= 0, 100, 0, 1
##LAST= 0.0025, 10, 5, 2
##FACTOR= 0.000833333, 1, 1, 1
##PAGE= N=1
##DATA TABLE= (X++(R..R)), XYDATA
0 100 60 30 10
##PAGE= N=2
##DATA TABLE= (X++(I..I)), XYDATA
0 0 40 20 5
##END NTUPLES= NMR FID
##END=
"""


def synthetic_jcamp(seeds):
    for form, data in JCAMP_DATA.items():
        seeds.add("jcamp", "xydata-%s.jdx" % form, JCAMP_XY.format(form=form, data=data))
    seeds.add("jcamp", "xypoints.jdx",
              JCAMP_XY.format(form="XY", data="10, 1; 9, 2; 8, 3\n")
              .replace("(X++(Y..Y))", "(XY..XY)").replace("NPOINTS= 10", "NPOINTS= 3")
              .replace("XYDATA=", "XYPOINTS="))
    seeds.add("jcamp", "ntuples-fid.jdx", JCAMP_FID)
    link = ("##TITLE= link\n##JCAMP-DX= 5.01\n##BLOCKS= 2\n" + JCAMP_XY.format(
        form="block", data=JCAMP_DATA["AFFN"]).replace("##TITLE", "##BLOCK_ID= 1\n##TITLE") +
        "##TITLE= peaks\n##JCAMP-DX= 5.01\n##BLOCK_ID= 2\n##DATA TYPE= NMR PEAK TABLE\n"
        "##PEAK TABLE= (XY..XY)\n1.0, 5\n##END=\n##END=\n")
    seeds.add("jcamp", "link.jdx", link)


def shrink_jcamp(text, lines_per_table=12):
    """Keeps every ## line and the first lines of each data table."""
    out, in_table, kept = [], False, 0
    for line in text.splitlines(keepends=True):
        if line.startswith(b"##"):
            in_table = bool(re.match(rb"##(XYDATA|DATA TABLE|DATATABLE|XYPOINTS|PEAK TABLE)",
                                     line.upper()))
            kept = 0
            out.append(line)
        elif not in_table or kept < lines_per_table:
            out.append(line)
            kept += in_table
    return b"".join(out)[:32768]


def shared_jcamp(seeds, shared):
    patterns = ["**/*.dx", "**/*.jdx", "**/*.jcamp"]
    for path in sorted({p for pattern in patterns for p in shared.glob(pattern)}):
        name = "-".join(path.relative_to(shared).parts[-3:])
        seeds.add("jcamp", name, shrink_jcamp(path.read_bytes()))


def synthetic_csv(seeds):
    seeds.add("csv", "comma.csv", "# title: synthetic\n# field MHz: 90\n# solvent: CDCl3\n"
              "# nucleus: 1H\nppm,intensity\n3.0,1\n2.0,5\n1.0,1\n")
    seeds.add("csv", "tab.tsv", "ppm\tintensity\n3.0\t1e2\n2.0\t5E2\n1.0\t+1.\n")
    seeds.add("csv", "semicolon.csv", "3,0;1\n2.5;2\n2.0 ; 5\n1.0;1\n")
    seeds.add("csv", "blanks.txt", "  3.0   1  \r\n 2.0 5\r\n1.0 1 extra\r\n")


# ---- JSON: interchange records, GISSMO, model files ------------------------------------------

def json_seeds(seeds):
    records = json.loads((REPO / "tests/data/analysis/literature-systems.json").read_text())
    seeds.add("spinsystemjson", "literature-systems.json",
              (REPO / "tests/data/analysis/literature-systems.json").read_bytes())
    for record in records[:12]:
        seeds.add("spinsystemjson", record["id"] + ".json", json.dumps(record))
    seeds.add("spinsystemjson", "defaults.json", '{"spin_groups": [[1.2, 3], [3.4, 2]]}')
    for record in records[:6]:
        truth = dict(record, protons=sum(n for _, n in record["spin_groups"]) + 1, field_mhz=60)
        seeds.add("evaluationtruth", record["id"] + ".truth.json", json.dumps(truth))
    seeds.add("evaluationtruth", "array.truth.json", json.dumps(records[:1]))
    for path in sorted((REPO / "tests/data/dataset").glob("*.json")):
        seeds.add("gissmo", path.name, path.read_bytes())
    seeds.add("gissmo", "ch3ch2.json", json.dumps({
        "chemical shift": [{"ID": i, "value": 1.2 if i < 3 else 3.6} for i in range(5)],
        "J-coupling": [{"ID1": a, "ID2": b, "value": 7.0} for a in range(3) for b in (3, 4)]}))


def text_seeds(seeds):
    """Journal lines (published ones and our writer's style) and NMReDATA records."""
    lines = json.loads((REPO / "tests/data/journal/chemdataextractor-1h-lines.json").read_text())
    for line in lines["lines"]:
        seeds.add("journal", line["case"] + ".txt", line["line"])
    seeds.add("journal", "ours.txt", "¹H NMR (90 MHz, CDCl₃) δ 7.28–7.17 (m, 5H), "
              "2.64 (q, J = 7.6 Hz, 2H), 1.23 (t, J = 7.6 Hz, 3H)")
    for path in sorted((REPO / "tests/data/nmredata").glob("*.sdf")):
        seeds.add("nmredata", path.name, path.read_bytes())
    seeds.add("nmredata", "minimal.sdf", ">  <NMREDATA_1D_1H>\nLarmor=400\\\n"
              "4.12, N=2, L=A, J=7.1(B)\\\n1.26, N=3, L=B, J=7.1(A)\\\n\n$$$$\n")


def shared_gissmo(seeds, shared):
    files = sorted(shared.glob("PublicNMRData/coupling_info/*.json"),
                   key=lambda p: p.stat().st_size)
    for path in files[:: max(1, len(files) // 10)][:10]:
        if path.stat().st_size < 16384:
            seeds.add("gissmo", path.name, path.read_bytes())


def fnv1a64(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def model_container(config, weights):
    header = struct.pack("<QQQQ", len(config), len(weights), fnv1a64(config), fnv1a64(weights))
    return b"SPINMODEL2\n" + header + config + weights


def model_seeds(seeds):
    data = (REPO / "tests/data/model/tiny-030.spinmodel").read_bytes()
    length = struct.unpack("<Q", data[11:19])[0]
    config = data[43:43 + length]
    seeds.add("modelfile", "config.json", config)
    seeds.add("modelfile", "container.spinmodel", model_container(config, data[43 + length:][:64]))
    seeds.add("modelfile", "legacy.spinmodel",
              b"SPINMODEL\n" + struct.pack("<Q", len(config)) + config + b"weights")
    seeds.add("modelfile", "minimal-config.json", json.dumps({
        "format": "spinhance-model", "format_version": 1, "recipe": "025", "size": "tiny",
        "grid": {"from_ppm": 12, "to_ppm": -1, "points": 64}, "field_mhz": 90,
        "vocabulary": [1, 2, 3], "standardiser": {"shift_mean_ppm": 4, "shift_std_ppm": 2.5,
                                                  "coupling_scale_hz": 7}}))


def checkpoint_container(state, archive):
    header = struct.pack("<QQQQ", len(state), len(archive), fnv1a64(state), fnv1a64(archive))
    return b"SPINCKPT1\n" + header + state + archive


def checkpoint_seeds(seeds):
    state = json.dumps({"epochs_done": 2, "step": 640, "total_steps": 3200,
                        "metrics": {"val_loss": 0.41}, "epoch_samples_done": 512,
                        "epoch_steps_done": 16, "epoch_loss_sum": 7.5}).encode()
    seeds.add("checkpoint", "state.json", state)
    seeds.add("checkpoint", "epoch-boundary.json",
              json.dumps({"epochs_done": 1, "step": 10, "total_steps": 50, "metrics": {}}).encode())
    seeds.add("checkpoint", "checkpoint.pt", checkpoint_container(state, b"PK\x03\x04archive"))


def dataset_seeds(seeds):
    """The HDF5 dataset reader: our writer's small file (3 rows of 256 points; see
    DatasetFile.FuzzSeedIsACurrentDatasetOfOurWriter) and copies with the tail cut off."""
    data = (REPO / "tests/data/dataset/fuzz-seed.h5").read_bytes()
    seeds.add("dataset", "fuzz-seed.h5", data)
    seeds.add("dataset", "truncated-half.h5", data[:len(data) // 2])
    seeds.add("dataset", "superblock-only.h5", data[:96])


def union(seeds, target, sources):
    """openfile: one file of any type, so it starts from every single-file target's seeds."""
    for source in sources:
        for path in sorted((seeds.out / source).glob("*")):
            seeds.add(target, source + "-" + path.name, path.read_bytes())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--shared", default=str(REPO.parent / "shared" / "data"))
    args = parser.parse_args()
    seeds = Seeds(args.out)
    shared = pathlib.Path(args.shared)
    for make in (synthetic_bruker, synthetic_varian, synthetic_spinsolve, synthetic_nmrml_seeds,
                 synthetic_jcamp, synthetic_csv, json_seeds, model_seeds, checkpoint_seeds,
                 text_seeds, dataset_seeds):
        make(seeds)
    if (shared / "MANIFEST.md").exists():
        for make in (shared_bruker, shared_varian, shared_spinsolve, shared_nmrml, shared_jcamp,
                     shared_gissmo):
            make(seeds, shared)
    union(seeds, "openfile", ["jcamp", "csv", "nmrml"])
    for target, count in sorted(seeds.counts.items()):
        print("%-16s %3d seeds" % (target, count))


if __name__ == "__main__":
    main()
