#!/usr/bin/env python3
"""Rebuild Recoupe's test fixtures and bundled data from the shared real data.

Usage (from anywhere):
    python3 tests/data/make_fixtures.py [DATA_DIR] [--no-verify]

DATA_DIR defaults to ``../shared/data`` relative to the repository root (the
directory two levels above this script).  Python 3 standard library only; the
GDAL command-line tools (ogr2ogr, ogrinfo) are used for the simplified
boundaries and for verification.

What it writes (and nothing else):
    resources/data/cget_tiers_lieux_2019.csv     final CGET CSV without CONTACT, MAIL
    resources/data/LICENCE-cget.md               copy of the Licence Ouverte 2.0 text
    tests/data/cget/*                            the six CGET variants, CONTACT/MAIL emptied
    tests/data/sources/*                         the four other sources, e-mail/phone emptied
    tests/data/geo/*.geojson                     simplified boundaries (ogr2ogr -simplify)
    tests/data/labels/cget_intra_pairs.csv       copy as is (checked for e-mails)
    tests/data/labels/README.md                  copy as is
    tests/data/bad/*                             hand-made bad inputs (except README.md)

The other README.md files and tests/data/LICENCES.md are written by hand and
are not touched.

Personal data rule: the CGET columns CONTACT and MAIL (names and e-mails of
people) and every e-mail / phone field of the other sources are emptied (the
columns/keys are kept so the layouts stay as published), except in
resources/data where CONTACT and MAIL are removed.  Everything else is copied
byte for byte: the edits work on the raw text (CSV fields, JSON values, sheet
XML) so encodings, quoting, separators, decimal commas, duplicated column
names and spacing stay as published.
"""

import argparse
import csv
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

PERSONAL_CGET = ("CONTACT", "MAIL")
# keys of the other sources holding e-mails or phone numbers
PERSONAL_KEY_RE = r'(?:contact:)?(?:e-?mail|phone|mobile|fax|tel)'

CGET_FILES = {
    "csv": "CGET_TiersLieux_2019.csv",
    "geojson": "CGET_TiersLieux_2019.geojson",
    "xlsx": "CGET_TiersLieux_2019.xlsx",
    "early_comma": "CGET_TiersLieux_2019.early-decimal-comma.csv",
    "early_semicolon": "CGET_TiersLieux_2019.early-semicolon.csv",
    "early_xlsx": "CGET_TiersLieux_2019.early.xlsx",
}
SOURCE_FILES = [
    "bzh_fablab_2018-08-15.geojson",
    "bzh_fablab_2020-05-26.geojson",
    "fablabs_io_france_2017.json",
    "osm_coworking_5_cities_2026.geojson",
]
# (file, ogr2ogr simplify tolerance in degrees); 5 decimals ~ 1 m
GEO_FILES = [
    ("zones_emploi_2010.geojson", "0.005"),
    ("zones_emploi_2020.geojson", "0.005"),
    # at 0.005 the EPCI file is 1.26 MB (> 1 MB), so a 0.01 tolerance is used
    ("epci_2022.geojson", "0.01"),
]
GEO_MAX_BYTES = 1_000_000

EMAIL_RE = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')

LOG = []


def log(msg):
    LOG.append(msg)
    print(msg)


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------
# raw CSV handling: split records into raw field texts (quotes kept) so that a
# file can be rebuilt byte for byte, editing only the fields we touch.

def parse_raw(text, delim):
    """Return a list of (raw_fields, terminator)."""
    recs = []
    fields = []
    i = start = 0
    n = len(text)
    inq = False
    while i < n:
        c = text[i]
        if inq:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 2
                    continue
                inq = False
            i += 1
            continue
        if c == '"':
            inq = True
        elif c == delim:
            fields.append(text[start:i])
            start = i + 1
        elif c in "\r\n":
            term = "\r\n" if text.startswith("\r\n", i) else c
            fields.append(text[start:i])
            recs.append((fields, term))
            fields = []
            i += len(term)
            start = i
            continue
        i += 1
    if start < n or fields:
        fields.append(text[start:])
        recs.append((fields, ""))
    return recs


def join_raw(recs, delim):
    return "".join(delim.join(f) + t for f, t in recs)


def unquote(raw):
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        return raw[1:-1].replace('""', '"')
    return raw


def quote(value, delim):
    if any(ch in value for ch in (delim, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def load_raw_csv(path, delim):
    data = open(path, "rb").read()
    text = data.decode("utf-8")
    recs = parse_raw(text, delim)
    assert join_raw(recs, delim) == text, "raw CSV round trip failed: " + path
    # the raw split must agree with the csv module
    ref = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    assert [[unquote(x) for x in f] for f, _ in recs] == ref, path
    return recs


def personal_idx(header):
    return [i for i, h in enumerate(header) if unquote(h) in PERSONAL_CGET]


def blank_csv(src, dst, delim):
    recs = load_raw_csv(src, delim)
    idx = personal_idx(recs[0][0])
    assert len(idx) == 2, (src, idx)
    n = 0
    for fields, _ in recs[1:]:
        for i in idx:
            if fields[i] != "":
                n += 1
            fields[i] = ""
    write_bytes(dst, join_raw(recs, delim).encode("utf-8"))
    log(f"  {os.path.relpath(dst, REPO)}: {len(recs) - 1} rows, {n} CONTACT/MAIL values emptied")
    return recs


def drop_csv_columns(src, dst, delim):
    recs = load_raw_csv(src, delim)
    idx = set(personal_idx(recs[0][0]))
    out = [([x for i, x in enumerate(f) if i not in idx], t) for f, t in recs]
    write_bytes(dst, join_raw(out, delim).encode("utf-8"))
    log(f"  {os.path.relpath(dst, REPO)}: {len(out) - 1} rows, {len(out[0][0])} columns "
        f"(CONTACT, MAIL removed)")


# --------------------------------------------------------------------------
# JSON sources: replace values textually to keep the published layout

JSON_STR = r'"(?:[^"\\]|\\.)*"'


def blank_json_keys(src, dst, key_re, replacement):
    text = open(src, "rb").read().decode("utf-8")
    pat = re.compile(r'("' + key_re + r'"\s*:\s*)(' + JSON_STR + r'|null|-?\d[\d.eE+-]*)')
    counts = {}

    def sub(m):
        key = m.group(1).split('"')[1]
        if m.group(2) not in ('""', "null"):
            counts[key] = counts.get(key, 0) + 1
        return m.group(1) + replacement

    out = pat.sub(sub, text)
    # sanity: identical JSON apart from the blanked keys
    a, b = json.loads(text), json.loads(out)
    kre = re.compile(key_re + r"$")

    def strip(o):
        if isinstance(o, dict):
            return {k: (None if kre.match(k) else strip(v)) for k, v in o.items()}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o

    assert strip(a) == strip(b), src
    write_bytes(dst, out.encode("utf-8"))
    log(f"  {os.path.relpath(dst, REPO)}: emptied {counts or 'nothing'}")
    return counts


# --------------------------------------------------------------------------
# XLSX: blank the CONTACT/MAIL cells in the sheet XML and the shared strings
# they used (when no other cell uses them), keeping every other zip member.

CELL_RE = re.compile(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
SI_RE = re.compile(r"<si>.*?</si>|<si/>", re.S)


def sst_index(attrs, inner):
    if re.search(r'\bt="s"', attrs) and inner:
        m = re.search(r"<v>(\d+)</v>", inner)
        if m:
            return int(m.group(1))
    return None


def si_text(si):
    return "".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))


def strip_xlsx(src, dst):
    zin = zipfile.ZipFile(src)
    members = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    sst_name = "xl/sharedStrings.xml"
    sst = members[sst_name].decode("utf-8")
    sis = SI_RE.findall(sst)
    strings = [si_text(s) for s in sis]
    sheets = [n for n in members if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
    removed_refs = []  # shared-string indices used by removed cells
    new_sheets = {}
    n_cells = 0
    for name in sheets:
        xml = members[name].decode("utf-8")
        # header row 1: which columns are CONTACT / MAIL?
        cols = set()
        for m in CELL_RE.finditer(xml):
            col, row, attrs, inner = m.groups()
            if row != "1":
                continue
            k = sst_index(attrs, inner)
            if k is not None and strings[k] in PERSONAL_CGET:
                cols.add(col)
        if not cols:
            continue

        def sub(m):
            nonlocal n_cells
            col, row, attrs, inner = m.groups()
            if col not in cols or row == "1" or not inner:
                return m.group(0)
            k = sst_index(attrs, inner)
            if k is not None:
                removed_refs.append(k)
            n_cells += 1
            attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
            return f'<c r="{col}{row}"{attrs}/>'

        new_sheets[name] = CELL_RE.sub(sub, xml)
        log(f"  {os.path.basename(dst)}: {name} columns {sorted(cols)} -> {n_cells} cells blanked")
    members.update({k: v.encode("utf-8") for k, v in new_sheets.items()})
    # which shared strings are still used anywhere?
    used = set()
    for name in sheets:
        for m in CELL_RE.finditer(members[name].decode("utf-8")):
            k = sst_index(m.group(3), m.group(4))
            if k is not None:
                used.add(k)
    orphan = sorted(set(removed_refs) - used)
    still = sorted(set(removed_refs) & used)
    for k in still:
        log(f"  WARNING shared string {k} {strings[k]!r} also used by other cells: kept")
    orphan_set = set(orphan)
    pos = [0]

    def sub_si(m):
        i = pos[0]
        pos[0] += 1
        return "<si><t></t></si>" if i in orphan_set else m.group(0)

    sst = SI_RE.sub(sub_si, sst)
    assert pos[0] == len(sis)
    sst = re.sub(r'(<sst\b[^>]*\bcount=")(\d+)(")',
                 lambda m: m.group(1) + str(int(m.group(2)) - len(removed_refs)) + m.group(3),
                 sst, count=1)
    members[sst_name] = sst.encode("utf-8")
    log(f"  {os.path.basename(dst)}: {len(orphan)} shared strings blanked")
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, members[info.filename])
    return n_cells


# --------------------------------------------------------------------------
# bad inputs

def make_bad(cget_dir, out_dir, stripped_xlsx):
    os.makedirs(out_dir, exist_ok=True)
    final = load_raw_csv(os.path.join(cget_dir, CGET_FILES["csv"]), ",")
    header = final[0][0]
    idx = personal_idx(header)
    col = {h: i for i, h in enumerate(header)}
    rows = []
    for f, _ in final[1:]:
        f = list(f)
        for i in idx:
            f[i] = ""
        rows.append(f)
    by_id = {unquote(r[0]): r for r in rows}

    def emit(path, recs, encoding="utf-8", prefix=b"", delim=","):
        text = "".join(delim.join(r) + "\n" for r in recs)
        write_bytes(path, prefix + text.encode(encoding))
        log(f"  {os.path.relpath(path, REPO)}: {len(recs) - 1} data rows")

    # empty.csv
    write_bytes(os.path.join(out_dir, "empty.csv"), b"")
    # no_coordinates.csv
    keep = [i for i, h in enumerate(header) if h not in ("LAT", "LONG")]
    emit(os.path.join(out_dir, "no_coordinates.csv"),
         [[header[i] for i in keep]] + [[by_id[k][i] for i in keep] for k in ("1", "2", "3")])
    # bad_values.csv
    bad = [list(by_id[k]) for k in ("1", "2", "3", "4", "5")]
    la, lo = col["LAT"], col["LONG"]
    bad[0][la] = quote("47,2x", ",")                      # not a number
    bad[1][la], bad[1][lo] = bad[1][lo], bad[1][la]        # lat/lon swapped
    bad[2][la], bad[2][lo] = "0", "0"                      # null island
    bad[3][la] = "123"                                     # latitude out of range
    emit(os.path.join(out_dir, "bad_values.csv"), [header] + bad)  # row 5 valid
    # latin1.csv: early semicolon export re-encoded to ISO-8859-1
    semi = load_raw_csv(os.path.join(cget_dir, CGET_FILES["early_semicolon"]), ";")
    sidx = personal_idx(semi[0][0])
    picked = []
    for f, _ in semi[1:]:
        f = list(f)
        for i in sidx:
            f[i] = ""
        line = ";".join(f)
        try:
            line.encode("iso-8859-1")
        except UnicodeEncodeError:
            continue
        picked.append(f)
        if len(picked) == 10:
            break
    assert any("Châtelier" in ";".join(r) for r in picked)
    emit(os.path.join(out_dir, "latin1.csv"), [semi[0][0]] + picked,
         encoding="iso-8859-1", delim=";")
    # utf8_bom.csv
    emit(os.path.join(out_dir, "utf8_bom.csv"), [header] + rows[:10], prefix=b"\xef\xbb\xbf")
    # utf16.csv: UTF-16LE with BOM
    emit(os.path.join(out_dir, "utf16.csv"), [header] + rows[:5],
         encoding="utf-16-le", prefix=b"\xff\xfe")
    # duplicate_keys.csv: 6 real rows, the 6th takes the ID of the 3rd
    dup = [list(by_id[str(k)]) for k in range(1, 7)]
    dup[5][0] = dup[2][0]
    emit(os.path.join(out_dir, "duplicate_keys.csv"), [header] + dup)
    # truncated.xlsx
    data = open(stripped_xlsx, "rb").read()
    write_bytes(os.path.join(out_dir, "truncated.xlsx"), data[: len(data) // 2])
    # not_a_table.csv: 4 KiB of random bytes from a fixed seed
    rnd = random.Random(20190320)
    write_bytes(os.path.join(out_dir, "not_a_table.csv"),
                bytes(rnd.getrandbits(8) for _ in range(4096)))
    log("  bad/: empty.csv, truncated.xlsx, not_a_table.csv written")
    formula_without_value(os.path.join(out_dir, "formula_without_value.xlsx"))
    formula_without_value(os.path.join(out_dir, "empty_sheet.xlsx"), empty=True)


def formula_without_value(dst, empty=False):
    """A hand-made sheet as a script writes it: formulas without their computed result in B3 and C3;
    with `empty`, the same workbook with nothing in its sheet."""
    import zipfile
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet '
            'name="BDD_TL" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
    }

    def cell(ref, kind, value):
        if kind == "s":
            return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
        if kind == "n":
            return f'<c r="{ref}"><v>{value}</v></c>'
        if kind == "f":
            return f'<c r="{ref}"><f>{value}</f></c>'
        return f'<c r="{ref}"><f>{value[0]}</f><v>{value[1]}</v></c>'

    rows = [[("s", "ID"), ("s", "NOM_TL"), ("s", "LAT"), ("s", "LONG")],
            [("n", "1"), ("s", "Alpha"), ("n", "47.1"), ("n", "-1.5")],
            [("n", "2"), ("f", 'CONCATENATE(&quot;Be&quot;,&quot;ta&quot;)'), ("f", "C2+0.1"), ("n", "-1.5")],
            [("n", "3"), ("fv", ('UPPER(&quot;gamma&quot;)', "GAMMA")), ("n", "47.3"), ("n", "-1.5")]]
    if empty:
        rows = []
    data = "".join(f'<row r="{r}">' + "".join(cell(f"{c}{r}", k, v) for c, (k, v) in zip("ABCD", cells)) + "</row>"
                   for r, cells in enumerate(rows, 1))
    parts["xl/worksheets/sheet1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{data}</sheetData></worksheet>'
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0)), text)
    log(f"  {os.path.basename(dst)}: " + ("an empty sheet" if empty else "formulas without a saved result in B3 and C3"))


# --------------------------------------------------------------------------

def build(data):
    cget = os.path.join(data, "cget")
    src = os.path.join(data, "sources")
    td = os.path.join(REPO, "tests", "data")
    rd = os.path.join(REPO, "resources", "data")

    log("resources/data")
    drop_csv_columns(os.path.join(cget, CGET_FILES["csv"]),
                     os.path.join(rd, "cget_tiers_lieux_2019.csv"), ",")
    os.makedirs(rd, exist_ok=True)
    shutil.copyfile(os.path.join(cget, "LICENCE.md"), os.path.join(rd, "LICENCE-cget.md"))

    log("tests/data/cget")
    out = os.path.join(td, "cget")
    blank_csv(os.path.join(cget, CGET_FILES["csv"]), os.path.join(out, CGET_FILES["csv"]), ",")
    blank_csv(os.path.join(cget, CGET_FILES["early_comma"]),
              os.path.join(out, CGET_FILES["early_comma"]), ",")
    blank_csv(os.path.join(cget, CGET_FILES["early_semicolon"]),
              os.path.join(out, CGET_FILES["early_semicolon"]), ";")
    blank_json_keys(os.path.join(cget, CGET_FILES["geojson"]),
                    os.path.join(out, CGET_FILES["geojson"]), r"(?:CONTACT|MAIL)", "null")
    for k in ("xlsx", "early_xlsx"):
        strip_xlsx(os.path.join(cget, CGET_FILES[k]), os.path.join(out, CGET_FILES[k]))

    log("tests/data/sources")
    for f in SOURCE_FILES:
        blank_json_keys(os.path.join(src, f), os.path.join(td, "sources", f),
                        PERSONAL_KEY_RE, '""')

    log("tests/data/geo")
    for f, tol in GEO_FILES:
        dst = os.path.join(td, "geo", f)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.exists(dst):
            os.remove(dst)
        cmd = ["ogr2ogr", "-f", "GeoJSON", "-simplify", tol,
               "-lco", "COORDINATE_PRECISION=5", dst, os.path.join(data, "geo", f)]
        subprocess.run(cmd, check=True)
        size = os.path.getsize(dst)
        if size >= GEO_MAX_BYTES:
            os.remove(dst)
            log(f"  {f}: {size} bytes >= {GEO_MAX_BYTES}, skipped")
        else:
            log(f"  {f}: {size} bytes  ({' '.join(cmd[:-2])} OUT IN)")

    log("tests/data/labels")
    lab = os.path.join(td, "labels", "cget_intra_pairs.csv")
    os.makedirs(os.path.dirname(lab), exist_ok=True)
    shutil.copyfile(os.path.join(data, "labels", "cget_intra_pairs.csv"), lab)
    n = len(EMAIL_RE.findall(open(lab, encoding="utf-8").read()))
    log(f"  cget_intra_pairs.csv copied, e-mail addresses found: {n}")
    assert n == 0
    shutil.copyfile(os.path.join(data, "labels", "README.md"),
                    os.path.join(td, "labels", "README.md"))

    log("tests/data/bad")
    make_bad(cget, os.path.join(td, "bad"), os.path.join(out, CGET_FILES["xlsx"]))


# --------------------------------------------------------------------------
# verification

def ogr_dump(path, layer=None):
    """Return (header, rows) of an ogr2ogr CSV dump (geometry as WKT)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "dump.csv")
        cmd = ["ogr2ogr", "-f", "CSV", "-lco", "GEOMETRY=AS_WKT", out, path]
        if layer:
            cmd.append(layer)
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        rows = list(csv.reader(open(out, encoding="utf-8", newline="")))
    return rows[0], rows[1:]


def compare_dumps(orig, new, label):
    h1, r1 = orig
    h2, r2 = new
    assert h1 == h2, label
    pidx = [i for i, h in enumerate(h1) if h in PERSONAL_CGET]
    assert len(r1) == len(r2) == 1512, (label, len(r1), len(r2))
    diffs = 0
    for a, b in zip(r1, r2):
        for i, (x, y) in enumerate(zip(a, b)):
            if i in pidx:
                if y != "":
                    raise AssertionError(f"{label}: personal value left: {y!r}")
            elif x != y:
                diffs += 1
    assert diffs == 0, f"{label}: {diffs} values differ"
    filled = sum(1 for a in r1 for i in pidx if a[i] != "")
    log(f"  OK {label}: 1512 features, other columns identical, {filled} CONTACT/MAIL "
        f"values in original, 0 in copy")


def verify(data):
    cget = os.path.join(data, "cget")
    td = os.path.join(REPO, "tests", "data")
    rd = os.path.join(REPO, "resources", "data")
    log("verify")
    for k, f in CGET_FILES.items():
        layer = "BDD_TL" if f.endswith(".xlsx") else None
        compare_dumps(ogr_dump(os.path.join(cget, f), layer),
                      ogr_dump(os.path.join(td, "cget", f), layer), "tests/data/cget/" + f)
    # resources CSV = original minus two columns, values identical
    o = list(csv.reader(open(os.path.join(cget, CGET_FILES["csv"]), encoding="utf-8", newline="")))
    r = list(csv.reader(open(os.path.join(rd, "cget_tiers_lieux_2019.csv"), encoding="utf-8",
                             newline="")))
    keep = [i for i, h in enumerate(o[0]) if h not in PERSONAL_CGET]
    assert [[x[i] for i in keep] for x in o] == r and len(r) == 1513
    log("  OK resources/data/cget_tiers_lieux_2019.csv: 1512 rows, 28 columns, values identical")
    # xlsx: no e-mail left in any XML member, no CONTACT name left
    names = sorted({x[o[0].index("CONTACT")] for x in o[1:]} - {""}, key=len, reverse=True)
    mails = sorted({x[o[0].index("MAIL")] for x in o[1:]} - {""})
    for f in (CGET_FILES["xlsx"], CGET_FILES["early_xlsx"], ):
        z = zipfile.ZipFile(os.path.join(td, "cget", f))
        assert z.testzip() is None
        text = html.unescape("".join(z.read(n).decode("utf-8", "replace")
                                     for n in z.namelist() if n.endswith(".xml")))
        em = EMAIL_RE.findall(text)
        left = [n for n in names if re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", text)]
        lm = [m for m in mails if m in text]
        log(f"  {f}: e-mails in XML: {em}; CONTACT names found: {left}; MAIL values found: {lm}")
    # sources: personal keys all empty
    for f in SOURCE_FILES:
        d = json.load(open(os.path.join(td, "sources", f), encoding="utf-8"))
        feats = d["features"] if isinstance(d, dict) else d
        kre = re.compile(PERSONAL_KEY_RE + "$")
        bad = [(k, v) for ft in feats for k, v in ft.get("properties", ft).items()
               if kre.match(k) and v not in ("", None)]
        assert not bad, (f, bad[:3])
        log(f"  OK sources/{f}: {len(feats)} records, personal keys empty")
    for f, _ in GEO_FILES:
        p = os.path.join(td, "geo", f)
        if os.path.exists(p):
            out = subprocess.run(["ogrinfo", "-ro", "-al", "-so", p], capture_output=True,
                                 text=True, check=True).stdout
            n = re.search(r"Feature Count: (\d+)", out).group(1)
            log(f"  OK geo/{f}: {n} features, {os.path.getsize(p)} bytes")


PHONE_RES = [re.compile(r"0[1-9]( ?[0-9]{2}){4}"),
             re.compile(r"(?<![\w/.])(?:\+33 ?|0)[1-9](?:[ .-]?[0-9]{2}){4}(?![\w])")]


def scan(data):
    """Grep every text of tests/data and resources/data for e-mails, phone-like
    numbers and the CONTACT names of the original file; print what is found."""
    o = list(csv.reader(open(os.path.join(data, "cget", CGET_FILES["csv"]), encoding="utf-8",
                             newline="")))
    names = sorted({x[o[0].index("CONTACT")] for x in o[1:]} - {""})
    log("scan (e-mails, phone patterns, CONTACT names)")
    for root in (os.path.join(REPO, "tests", "data"), os.path.join(REPO, "resources", "data")):
        for dp, _, fs in os.walk(root):
            for f in sorted(fs):
                p = os.path.join(dp, f)
                rel = os.path.relpath(p, REPO)
                if f in ("not_a_table.csv", "truncated.xlsx"):
                    continue
                raw = open(p, "rb").read()
                if f.endswith(".xlsx"):
                    z = zipfile.ZipFile(p)
                    text = html.unescape("".join(z.read(n).decode("utf-8") for n in z.namelist()
                                                 if n.endswith(".xml")))
                elif f == "utf16.csv":
                    text = raw.decode("utf-16")
                elif f == "latin1.csv":
                    text = raw.decode("iso-8859-1")
                else:
                    text = raw.decode("utf-8")
                em = sorted(set(EMAIL_RE.findall(text)))
                loose = len(PHONE_RES[0].findall(text))
                ph = sorted({text[max(0, m.start() - 30):m.end() + 5].replace("\n", " ")
                             for m in PHONE_RES[1].finditer(text)})
                nm = [n for n in names
                      if re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", text)]
                if em or ph or nm or loose:
                    log(f"  {rel}: e-mails {em}; raw pattern 0[1-9]( ?[0-9]{{2}}){{4}}: {loose} hits"
                        f" (digits inside numbers); stand-alone phone numbers: {ph};"
                        f" CONTACT names {nm}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--no-verify", action="store_true")
    a = ap.parse_args()
    data = os.path.abspath(a.data)
    if not os.path.isdir(os.path.join(data, "cget")):
        sys.exit(f"no cget/ directory in {data}")
    build(data)
    if not a.no_verify:
        verify(data)
        scan(data)


if __name__ == "__main__":
    main()
