#!/usr/bin/env python3
"""Scores an annotation against gold, both in the JSON of docs/annotation.md.

usage: score.py GOLD.json SYSTEM.json [--json]
       score.py --dir GOLD_DIR SYSTEM_DIR [--json]   (pairs NAME.gold.json with NAME.json)

Per kind: strict precision, recall and F1 (same kind, same byte range). For the kinds with an
attribute that says what the span is (an abbreviation's expansion, a person's, rank's or
location's canonical form, a title's role, a date's or number's value, a long form's
abbreviation), `attr_ok` is the share of matched spans whose attribute equals gold's (case,
NFC and dashes aside; an expansion is compared by its words, without `và`, `của` and
punctuation). For titles, `overlap_r` is the share of gold titles that some system title
overlaps. Relations match when their kind and both ends' ranges match. A kind that the gold
does not annotate is not scored, so VLSP (persons, organizations, locations only) gives three
rows and the provincial news set every kind.
"""
import collections
import json
import os
import re
import sys
import unicodedata

KINDS = ["abbreviation", "long_form", "person", "title", "rank", "honorific",
         "organization", "location", "date", "number"]
RELATIONS = ["has_title", "has_rank", "defines", "same_as"]
# the attribute whose agreement is reported as attr_ok, per kind
ATTR = {"abbreviation": "expansion", "long_form": "abbreviation", "person": "canonical",
        "title": "role", "rank": "canonical", "location": "canonical", "date": "value",
        "number": "value"}


def load(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    if isinstance(d, list):  # a bare list of spans
        d = {"spans": d, "relations": []}
    return d


def norm(s):
    return unicodedata.normalize("NFC", s or "").strip().lower().replace("–", "-").replace(" - ", "-")


def loose(s):
    """An expansion read for its words: case, punctuation and the joiners `và`, `của` do not
    count (`Phòng cháy và chữa cháy` = `Phòng cháy, chữa cháy`)."""
    return [w for w in re.findall(r"\w+", norm(s)) if w not in ("và", "của")]


def same(g, s, attr=None):
    if attr == "expansion":
        return loose(str(g or "")) == loose(str(s or ""))
    if isinstance(g, (int, float)) or isinstance(s, (int, float)):
        try:
            return abs(float(g) - float(s)) < 1e-9
        except (TypeError, ValueError):
            return False
    return norm(str(g) if g is not None else "") == norm(str(s) if s is not None else "")


def new_counts():
    return collections.defaultdict(collections.Counter)


def score_pair(gold, syst, acc):
    """Adds one document's counts to `acc` (from new_counts())."""
    gs, ss = gold["spans"], syst.get("spans", [])
    gkey = {(s["kind"], s["start"], s["end"]): s for s in gs}
    skey = {(s.get("kind"), s.get("start"), s.get("end")): s for s in ss}
    for k in KINDS:
        G = {x for x in gkey if x[0] == k}
        S = {x for x in skey if x[0] == k}
        a = acc[k]
        a["tp"] += len(G & S)
        a["fp"] += len(S - G)
        a["fn"] += len(G - S)
        attr = ATTR.get(k)
        for x in G & S:
            if attr and attr in gkey[x]:
                a["attr_n"] += 1
                a["attr_ok"] += same(gkey[x].get(attr), skey[x].get(attr), attr)
        if k == "title":
            for x in G:
                a["overlap_n"] += 1
                a["overlap_ok"] += any(y[1] < x[2] and x[1] < y[2] for y in S)
    gid = {s["id"]: (s["kind"], s["start"], s["end"]) for s in gs}
    sid = {s.get("id", i): (s.get("kind"), s.get("start"), s.get("end")) for i, s in enumerate(ss)}
    GR = {(r["kind"], gid[r["head"]], gid[r["tail"]]) for r in gold.get("relations", [])}
    SR = {(r.get("kind"), sid[r["head"]], sid[r["tail"]])
          for r in syst.get("relations", []) or [] if r.get("head") in sid and r.get("tail") in sid}
    for k in RELATIONS:
        G = {x for x in GR if x[0] == k}
        S = {x for x in SR if x[0] == k}
        a = acc["rel:" + k]
        a["tp"] += len(G & S)
        a["fp"] += len(S - G)
        a["fn"] += len(G - S)


def prf(a):
    p = a["tp"] / (a["tp"] + a["fp"]) if a["tp"] + a["fp"] else 0.0
    r = a["tp"] / (a["tp"] + a["fn"]) if a["tp"] + a["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def rows(acc):
    """{kind or rel:kind: {p, r, f1, gold, sys[, attr_ok][, overlap_r]}} for what gold annotates."""
    out = {}
    for k in KINDS + ["rel:" + r for r in RELATIONS]:
        a = acc[k]
        if a["tp"] + a["fn"] == 0:
            continue
        p, r, f = prf(a)
        row = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
               "gold": a["tp"] + a["fn"], "sys": a["tp"] + a["fp"]}
        if a["attr_n"]:
            row["attr_ok"] = round(a["attr_ok"] / a["attr_n"], 3)
        if a["overlap_n"]:
            row["overlap_r"] = round(a["overlap_ok"] / a["overlap_n"], 3)
        out[k] = row
    return out


def score_dirs(gold_dir, sys_dir):
    """Scores every NAME.gold.json of `gold_dir` against NAME.json of `sys_dir` (a missing
    system file counts as no spans)."""
    acc = new_counts()
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".gold.json"):
            path = os.path.join(sys_dir, name[: -len(".gold.json")] + ".json")
            syst = load(path) if os.path.exists(path) else {"spans": [], "relations": []}
            score_pair(load(os.path.join(gold_dir, name)), syst, acc)
    return rows(acc)


def main(argv):
    as_json = "--json" in argv
    argv = [a for a in argv if a != "--json"]
    if len(argv) == 3 and argv[0] == "--dir":
        result = score_dirs(argv[1], argv[2])
    elif len(argv) == 2:
        acc = new_counts()
        score_pair(load(argv[0]), load(argv[1]), acc)
        result = rows(acc)
    else:
        sys.exit(__doc__)
    if as_json:
        print(json.dumps(result))
    else:
        for k, row in result.items():
            print(f"{k:18s} " + " ".join(f"{a}={b}" for a, b in row.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
