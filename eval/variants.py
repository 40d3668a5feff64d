#!/usr/bin/env python3
"""Rewrites a set (SET_DIR/text/ID.txt, SET_DIR/gold/ID.gold.json) as it would be written
another way, with the gold offsets moved: `unaccented` (every letter without its tone and
vowel marks, đ → d) or `upper` (every letter in capitals). One character out for one
character in, so every gold span keeps its characters; only byte offsets move.

usage: python3 eval/variants.py SET_DIR OUT_DIR unaccented|upper
then:  python3 eval/score.py --dir OUT_DIR/gold SYSTEM_DIR   (after annotating OUT_DIR/text)
"""
import json
import os
import sys
import unicodedata


def strip(c):
    """A letter without its marks (`ệ` → `e`, `Đ` → `D`); anything else as it is."""
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return base if len(base) == 1 else c


def upper(c):
    u = c.upper()
    return u if len(u) == 1 else c


def convert(text, how):
    """`text` rewritten and the map from its byte offsets to the rewrite's."""
    conv = strip if how == "unaccented" else upper
    out, moved, old, new = [], {}, 0, 0
    for c in text:
        moved[old] = new
        d = "" if (how == "unaccented" and unicodedata.combining(c)) else conv(c)
        out.append(d)
        old += len(c.encode())
        new += len(d.encode())
    moved[old] = new
    return "".join(out), moved


def main(src, dst, how):
    if how not in ("unaccented", "upper"):
        sys.exit("the way is unaccented or upper")
    for sub in ("text", "gold"):
        os.makedirs(os.path.join(dst, sub), exist_ok=True)
    for name in sorted(os.listdir(os.path.join(src, "gold"))):
        base = name[: -len(".gold.json")]
        with open(os.path.join(src, "text", base + ".txt"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(src, "gold", name), encoding="utf-8") as f:
            gold = json.load(f)
        new_text, moved = convert(text, how)
        raw = new_text.encode()
        for s in gold["spans"]:
            s["start"], s["end"] = moved[s["start"]], moved[s["end"]]
            s["text"] = raw[s["start"]:s["end"]].decode()
        with open(os.path.join(dst, "text", base + ".txt"), "w", encoding="utf-8") as f:
            f.write(new_text)
        with open(os.path.join(dst, "gold", name), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:4])
