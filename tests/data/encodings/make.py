#!/usr/bin/env python3
"""Writes the legacy-encoding fixtures of tests/integration/encoding.rs from text of our own.

    python3 tests/data/encodings/make.py ../shared/reference/encodings/charset_table_vietnamese-conversion-2.0.0.tsv

own.txt (UTF-8, NFC) is prose.txt (sentences written for these tests), every Vietnamese
letter in both cases, and every 30th syllable of dictionaries/syllables.tsv in lower,
title and upper case. It is then encoded by tools other than nhan, so that the test compares
nhan's decoder with an independent encoder:

- own.tcvn3, own.vni, own.viqr: the Unicode <-> TCVN3 <-> VNI <-> VIQR table of
  vietnamese-conversion (MIT), letter by letter (its VNI ỹ/Ỹ, which collide with ì/Ì,
  are written as y/Y + the tilde byte); VIQR escapes literal mark characters that
  follow a letter (RFC 1456: `ra\\.`);
- own.cp1258, own.viscii: glibc's iconv.

Unescaped VIQR cannot always tell a tone from punctuation, and nhan reads `vu. Ti?nh` as
"vu. Tỉnh" (src/encoding/viqr.rs), so prose.txt has no lower-case word ending in a dot-below
or hook tone before a capitalized word.

Run it again only when prose.txt or the syllable list changes, and commit what it writes.
"""

import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MARKS = set("^(+'`?~.\\")


def letters() -> list[str]:
    table = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()[1:]
    lower = [row.split("\t")[0] for row in table if row.split("\t")[0].islower()]
    lower += ["a", "e", "i", "o", "u", "y", "d"]
    lower = sorted(set(lower))
    lines = []
    for case in (str.lower, str.upper):
        words = [case(c) for c in lower]
        lines += [" ".join(words[i : i + 24]) for i in range(0, len(words), 24)]
    return lines


def syllable_lines() -> list[str]:
    rows = (ROOT / "dictionaries" / "syllables.tsv").read_text(encoding="utf-8").splitlines()
    # After the header row (`syllable`, the kind of the word list).
    sylls = [r for r in rows if r and not r.startswith("#")][1:][::30]
    lines = []
    for case in (str.lower, str.title, str.upper):
        words = [case(s) for s in sylls]
        lines += [" ".join(words[i : i + 10]) for i in range(0, len(words), 10)]
    return lines


def table() -> dict[str, tuple[bytes, bytes, str]]:
    out = {}
    rows = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    for row in rows[1:]:
        uni, _hex, _vni_glyphs, vni_hex, _tcvn_glyphs, tcvn_hex, viqr = row.split("\t")
        out[uni] = (bytes.fromhex(vni_hex), bytes.fromhex(tcvn_hex), viqr)
    # The table writes ỹ/Ỹ as 0xEC/0xCC, VNI's ì/Ì (src/encoding/mod.rs says so); VNI
    # writes them as y/Y and the tilde byte, as the table does for every other letter.
    out["ỹ"] = (b"y\xf5", out["ỹ"][1], out["ỹ"][2])
    out["Ỹ"] = (b"Y\xd5", out["Ỹ"][1], out["Ỹ"][2])
    return out


def by_table(text: str, column: int, tab) -> bytes:
    out = bytearray()
    for c in text:
        if c in tab:
            out += tab[c][column]
        elif ord(c) < 128:
            out.append(ord(c))
        else:
            raise SystemExit(f"{c!r} has no table entry")
    return bytes(out)


def viqr(text: str, tab) -> bytes:
    out = []
    prev_letter = False
    for c in text:
        if c in tab:
            out.append(tab[c][2])
            prev_letter = True
            continue
        if prev_letter and c in MARKS or c == "\\":
            out.append("\\")
        out.append(c)
        prev_letter = c.isascii() and c.isalpha()
    return "".join(out).encode("ascii")


def iconv(text: str, encoding: str) -> bytes:
    return subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True, check=True
    ).stdout


def main() -> None:
    prose = (HERE / "prose.txt").read_text(encoding="utf-8").splitlines()
    lines = letters() + syllable_lines() + prose
    text = unicodedata.normalize("NFC", "\n".join(lines) + "\n")
    (HERE / "own.txt").write_text(text, encoding="utf-8")
    tab = table()
    (HERE / "own.vni").write_bytes(by_table(text, 0, tab))
    (HERE / "own.tcvn3").write_bytes(by_table(text, 1, tab))
    (HERE / "own.viqr").write_bytes(viqr(text, tab))
    (HERE / "own.cp1258").write_bytes(iconv(text, "CP1258"))
    (HERE / "own.viscii").write_bytes(iconv(text, "VISCII"))
    print(f"own.txt: {len(lines)} lines, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
