#!/usr/bin/env python3
"""Writes tests/data/non_nfc_lines.tsv: the sentences of tests/data/encodings/prose.txt
(written for these tests) as text is found typed in the wild, with its NFC form.

    python3 tests/data/make_non_nfc.py

Columns: form, found, nfc. Forms:
- nfd: fully decomposed (macOS file names, some web forms);
- apart: the letter with its circumflex, breve or horn composed, the tone as a combining
  mark after it (what some Windows keyboards type);
- eth: `Ð`/`ð` (U+00D0/U+00F0) typed for `Đ`/`đ`;
- nucleus: the old tone placement on a final oa/oe/uy (`hoà`, `khoẻ`, `thuỷ`, `Uỷ`);
- all: the last two, then decomposed.
A row is written only where the found form differs from the NFC one.
"""

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TONES = "\u0300\u0301\u0303\u0309\u0323"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def apart(s: str) -> str:
    out = []
    for c in s:
        d = nfd(c)
        tones = "".join(m for m in d if m in TONES)
        out.append(nfc("".join(m for m in d if m not in TONES)) + tones)
    return "".join(out)


def eth(s: str) -> str:
    return s.replace("Đ", "\u00d0").replace("đ", "\u00f0")


def nucleus_word(word: str) -> str:
    d = nfd(word)
    letters = [c for c in d if c not in TONES]
    tones = [c for c in d if c in TONES]
    if len(tones) != 1 or len(letters) < 2:
        return word
    pair = "".join(letters[-2:]).lower()
    if pair not in ("oa", "oe", "uy") or (pair == "uy" and "".join(letters[-3:-2]).lower() == "q"):
        return word
    # The tone sits on the first vowel of the pair (glide style): move it to the second.
    at = d.index(tones[0])
    if at != len(d) - 2:
        return word
    return nfc(d[: at] + d[at + 1 :] + tones[0])


def nucleus(s: str) -> str:
    return re.sub(r"\w+", lambda m: nucleus_word(m.group(0)), s)


def main() -> None:
    prose = (HERE / "encodings" / "prose.txt").read_text(encoding="utf-8").splitlines()
    forms = {
        "nfd": nfd,
        "apart": apart,
        "eth": eth,
        "nucleus": nucleus,
        "all": lambda s: nfd(eth(nucleus(s))),
    }
    rows = ["form\tfound\tnfc"]
    for line in prose:
        line = nfc(line)
        for name, form in forms.items():
            found = form(line)
            if found != line:
                rows.append(f"{name}\t{found}\t{line}")
    (HERE / "non_nfc_lines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"non_nfc_lines.tsv: {len(rows) - 1} lines")


if __name__ == "__main__":
    main()
