#!/usr/bin/env python3
"""Side-by-side benchmark of `nhan speak` and the Vietnamese TTS text normalizers on PyPI.

    python3 benches/speech/run.py            # install, run, score, print the tables
    python3 benches/speech/run.py --errors   # also print every sentence a system got wrong
    python3 benches/speech/run.py --set heldout --only nhan   # the held-out set, nhan alone

Installs the peers (pinned) into a virtual environment under target/speech-bench/, builds
the `nhan` command, runs every system on benches/speech/sentences.tsv (`--set heldout`:
benches/speech/heldout.tsv; `--upper`: its sentences in capitals) and scores them all with
the one scorer below: a sentence is right when its reading equals the expected one in lower
case, NFC, one tone placement, without punctuation; the word error rate is the
word-level edit distance over the expected words. Nothing of the peers is kept in the
repository; a peer that cannot run here (no network for its model) is reported as such.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORK = ROOT / "target" / "speech-bench"
VENV = WORK / "venv"
PEERS = {
    "vinorm": "vinorm==2.0.7",
    "vinormx": "vinormx==1.0.8 pyyaml",  # vinormx imports yaml without requiring it
    "vietnormalizer": "vietnormalizer==0.2.3",
    "g2p-hamster": "g2p-hamster==0.2.8",
    "soe-vinorm": "soe-vinorm==0.3.2",
}
CATEGORIES = ["numbers", "money", "dates", "times", "ranges", "ordinals", "units", "codes",
              "abbreviations", "acronyms"]

# How each peer turns one sentence into its reading, run inside the venv.
PEER_CODE = {
    "vinorm": "from vinorm import TTSnorm\ndef say(s): return TTSnorm(s)",
    "vinormx": "import vinormx\ndef say(s): return vinormx.TTSnorm(s)",
    "vietnormalizer": "from vietnormalizer import VietnameseNormalizer\n_n = VietnameseNormalizer()\n"
                      "def say(s): return _n.normalize(s)",
    "g2p-hamster": "from g2p_hamster.t0.pipeline import normalize\n"
                   "def say(s): return normalize(s)['read_string']",
    "soe-vinorm": "from soe_vinorm import SoeNormalizer\n_n = SoeNormalizer()\n"
                  "def say(s): return _n.normalize(s)",
}

RUNNER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
sentences = json.load(sys.stdin)
try:
    exec(compile(sys.argv[1], "peer", "exec"))
except BaseException as e:
    print(json.dumps({"error": f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:300]}))
    sys.exit(0)
out, t = [], time.perf_counter()
for s in sentences:
    try:
        out.append(str(say(s)))
    except BaseException as e:
        out.append(f"<error {type(e).__name__}>")
print(json.dumps({"readings": out, "seconds": time.perf_counter() - t}))
"""


SETS = {"first": "sentences.tsv", "heldout": "heldout.tsv"}


def load(name):
    rows = []
    for line in (HERE / SETS[name]).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        category, written, spoken = line.split("\t")
        assert category in CATEGORIES, category
        rows.append((category, written, spoken))
    return rows


def install(peers):
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    *(req for p in peers for req in PEERS[p].split())], check=True)
    return python


def version(python, package):
    r = subprocess.run([str(python), "-m", "pip", "show", package], capture_output=True, text=True)
    m = re.search(r"^Version: (.+)$", r.stdout, re.M)
    return m.group(1) if m else "?"


def run_nhan(rows):
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "nhan-cli"], cwd=ROOT, check=True)
    records = "".join(json.dumps({"text": w}, ensure_ascii=False) + "\n" for _, w, _ in rows)
    t = time.perf_counter()
    r = subprocess.run([str(ROOT / "target" / "release" / "nhan"), "speak", "--input", "jsonl",
                        "-f", "json", "-q"], input=records.encode(), capture_output=True, check=True)
    seconds = time.perf_counter() - t
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    aligned = sum(tiles(w, o) for (_, w, _), o in zip(rows, out))
    return [o["text"] for o in out], seconds, aligned


def tiles(written, speech):
    """The segments tile the sentence: in order, every non-space byte in one, texts joined
    by spaces the spoken text."""
    raw, at = written.encode(), 0
    for s in speech["segments"]:
        if not at <= s["start"] <= s["end"] <= len(raw) or raw[at:s["start"]].strip():
            return False
        at = s["end"]
    joined = " ".join(s["text"] for s in speech["segments"])
    return not raw[at:].strip() and joined == speech["text"]


def run_peer(python, name, rows):
    sentences = [w for _, w, _ in rows]
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    r = subprocess.run([str(python), "-c", RUNNER, PEER_CODE[name]], input=json.dumps(sentences),
                       capture_output=True, text=True, env=env, cwd=WORK, timeout=1800)
    try:
        return json.loads(r.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": (r.stderr.strip().splitlines() or ["no output"])[-1][:300]}


# One tone placement for `oa`, `oe`, `uy`: `hòa` and `hoà`, `ủy` and `uỷ` are one word.
TONES = "\u0300\u0301\u0303\u0309\u0323"


def canonical(text):
    text = unicodedata.normalize("NFD", text.lower())
    text = re.sub(r"(o)([" + TONES + r"])([ae])|(u)([" + TONES + r"])(y)",
                  lambda m: (m[1] or m[4]) + (m[3] or m[6]) + (m[2] or m[5]), text)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return text.split()


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def score(rows, readings):
    by = {c: [0, 0, 0, 0] for c in CATEGORIES + ["all"]}  # right, sentences, errors, words
    for (category, _, spoken), got in zip(rows, readings):
        want, have = canonical(spoken), canonical(got)
        for c in (category, "all"):
            by[c][0] += want == have
            by[c][1] += 1
            by[c][2] += distance(want, have)
            by[c][3] += len(want)
    return {c: (r / n, e / w) for c, (r, n, e, w) in by.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every sentence gotten wrong")
    parser.add_argument("--only", nargs="*", help="systems to run (default: all; `nhan` alone "
                        "installs no peer)")
    parser.add_argument("--set", choices=SETS, default="first",
                        help="first: sentences.tsv (written with the rules); heldout: heldout.tsv "
                        "(written after the rules, readings fixed before nhan ran on them)")
    parser.add_argument("--upper", action="store_true",
                        help="the written sentences in capitals, as in a headline (same readings)")
    args = parser.parse_args()
    rows = load(args.set)
    if args.upper:
        rows = [(c, w.upper(), s) for c, w, s in rows]
    peers = [name for name in PEERS if not args.only or name in args.only]
    python = install(peers) if peers else None
    systems = []
    readings, seconds, aligned = run_nhan(rows)
    nhan_version = re.search(r'^version = "(.+)"', (ROOT / "Cargo.toml").read_text(), re.M).group(1)
    systems.append((f"nhan speak {nhan_version}", readings, seconds, None))
    for name in peers:
        r = run_peer(python, name, rows)
        label = f"{name} {version(python, name)}"
        systems.append((label, r.get("readings"), r.get("seconds"), r.get("error")))
    print(f"{SETS[args.set]}{' in capitals' if args.upper else ''}: {len(rows)} sentences ({', '.join(f'{c} {sum(r[0] == c for r in rows)}' for c in CATEGORIES)})")
    print(f"nhan speak: segments tile the input on {aligned} of {len(rows)} sentences\n")
    print("| system | sentences exactly right | word error rate | abbreviations right | time |")
    print("|---|---|---|---|---|")
    scored = []
    for label, readings, seconds, error in systems:
        if readings is None:
            reason = "its model is fetched from the Hugging Face hub at first use" \
                if "HF_HUB" in (error or "") or "huggingface" in (error or "").lower() else error
            print(f"| {label} | not run: {reason} | | | |")
            continue
        s = score(rows, readings)
        scored.append((label, s))
        print(f"| {label} | {s['all'][0]:.2f} | {100 * s['all'][1]:.1f}% | "
              f"{s['abbreviations'][0]:.2f} | {seconds:.2f} s |")
    print("\nPer category: sentences exactly right / word error rate\n")
    print("| category | " + " | ".join(label for label, _ in scored) + " |")
    print("|---|" + "---|" * len(scored))
    for c in CATEGORIES:
        cells = [f"{s[c][0]:.2f} / {100 * s[c][1]:.1f}%" for _, s in scored]
        print(f"| {c} | " + " | ".join(cells) + " |")
    if args.errors:
        for label, readings, _, _ in systems:
            if readings is None:
                continue
            print(f"\n== {label}")
            for (category, written, spoken), got in zip(rows, readings):
                if canonical(spoken) != canonical(got):
                    print(f"[{category}] {written}\n   want {' '.join(canonical(spoken))}\n"
                          f"   got  {' '.join(canonical(got))}")


if __name__ == "__main__":
    main()
