#!/usr/bin/env python3
"""Measures nhan on public Vietnamese news and prints the accuracy table.

usage: python3 eval/run.py --vlsp NER_DIR [--scraper SCRAPER_DIR [--news-gold GOLD_DIR]]
                           [--out DIR] [--bin PROGRAM] [--json FILE]

From the repository root. Builds `examples/annotate` (release), converts the public files into
sets in the JSON of docs/annotation.md, annotates every text, scores it (eval/score.py) and
prints one table per set and a summary:

- `--vlsp NER_DIR`: a checkout (or the git directory) of github undertheseanlp/ner. Gives
  VLSP 2018 train (138 documents) and VLSP 2016 dev (17 documents): persons, organizations
  and locations under VLSP's guideline.
- `--scraper SCRAPER_DIR`: a checkout (or the git directory) of github magizbox/scraper, with
  `--news-gold` the project's hand annotation of ten of its provincial news articles under
  docs/annotation.md (every kind and relation). The gold is not in this repository (the texts
  are a crawl without a licence and the gold quotes them); by default it is read from
  `$NHAN_SHARED/dev/news/gold` or `../shared/dev/news/gold` beside the clone. Without it the
  news set is left out and the summary says so.

Everything is written under `--out` (default target/eval): DIR/SET/{text,gold} the converted
set, DIR/SET/system the annotation. The data is licensed for research (VLSP) or not at all
(the crawl): never commit it.

The rules were developed on these very sets: they measure how well nhan fits the news it was
tuned on, not how it does on news it has never seen.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import score  # noqa: E402
import sets  # noqa: E402

# set name -> (label in the tables, what the rules owe it)
SETS = {
    "vlsp2018-train": ("VLSP 2018 train", "the rules were developed on it"),
    "vlsp2016-dev": ("VLSP 2016 dev", "developed on it too, looked at far less: the less-tuned figure"),
    "news": ("provincial news", "the rules were developed on it"),
}
SUMMARY_KINDS = ["person", "organization", "location", "location, level word aside", "title", "rank", "honorific",
                 "abbreviation", "long_form", "date", "number",
                 "rel:has_title", "rel:has_rank", "rel:defines", "rel:same_as"]


def build():
    """Builds examples/annotate in release and returns its path."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "annotate"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "examples", "annotate")


def annotate(program, set_dir):
    """Runs `program` on every text of the set (one process, one JSON object per line and
    document, in order) and writes SET/system/NAME.json. Returns (documents, bytes, seconds)."""
    text_dir = os.path.join(set_dir, "text")
    names = sorted(n for n in os.listdir(text_dir) if n.endswith(".txt"))
    paths = [os.path.join(text_dir, n) for n in names]
    start = time.perf_counter()
    done = subprocess.run([program, *paths], capture_output=True, check=True)
    seconds = time.perf_counter() - start
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != len(names):
        raise SystemExit(f"{program} printed {len(lines)} documents for {len(names)} texts")
    out_dir = os.path.join(set_dir, "system")
    os.makedirs(out_dir, exist_ok=True)
    for name, line in zip(names, lines):
        json.loads(line)  # a document that is not JSON stops the run here, not in the scorer
        with open(os.path.join(out_dir, name[:-4] + ".json"), "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return len(names), sum(os.path.getsize(p) for p in paths), seconds


def level_words():
    """The level words of dictionaries/offices.tsv (`tỉnh`, `huyện`, `TP.`), lower case."""
    words = set()
    with open(os.path.join(ROOT, "dictionaries", "offices.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and cols[1] == "level":
                words.add(cols[0].lower())
    return words


def level_aside(set_dir):
    """Location P/R/F1 when a gold span that is a level word and a system span (VLSP's
    `tỉnh Hà Tĩnh` for our `Hà Tĩnh`) counts as a match: VLSP keeps the level word in the
    span, docs/annotation.md leaves it out."""
    levels = level_words()
    acc = score.new_counts()
    a = acc["location"]
    for name in sorted(os.listdir(os.path.join(set_dir, "gold"))):
        base = name[: -len(".gold.json")]
        gold = score.load(os.path.join(set_dir, "gold", name))
        syst = score.load(os.path.join(set_dir, "system", base + ".json"))
        with open(os.path.join(set_dir, "text", base + ".txt"), "rb") as f:
            text = f.read()
        G = {(s["start"], s["end"]) for s in gold["spans"] if s["kind"] == "location"}
        S = {(s["start"], s["end"]) for s in syst["spans"] if s["kind"] == "location"}
        matched = G & S
        for gs, ge in G - S:
            for ss, se in S - matched:
                if se == ge and gs < ss and text[gs:ss].decode("utf-8", "replace").strip().lower() in levels:
                    matched.add((ss, se))
                    break
        tp = len(matched)
        a["tp"] += tp
        a["fp"] += len(S) - tp
        a["fn"] += len(G) - tp
    return score.rows(acc).get("location")


def fmt(x):
    """0.812 -> .81 (two decimals, as the tables read)."""
    return f"{x:.2f}".lstrip("0") if x < 1 else "1.00"


def detail(name, result):
    label, _ = SETS[name]
    lines = [f"### {label}", "",
             "| kind | P | R | F1 | gold | system | attribute agrees | overlap recall |",
             "|---|---|---|---|---|---|---|---|"]
    for k, row in result.items():
        attr = fmt(row["attr_ok"]) if "attr_ok" in row else ""
        over = fmt(row["overlap_r"]) if "overlap_r" in row else ""
        lines.append(f"| {k} | {fmt(row['p'])} | {fmt(row['r'])} | {fmt(row['f1'])} | "
                     f"{row['gold']} | {row['sys']} | {attr} | {over} |")
    return "\n".join(lines)


def summary(results):
    names = [n for n in SETS if n in results]
    head = "| kind | " + " | ".join(SETS[n][0] for n in names) + " |"
    lines = [head, "|---|" + "---|" * len(names)]
    for k in SUMMARY_KINDS:
        if not any(k in results[n] for n in names):
            continue
        cells = []
        for n in names:
            row = results[n].get(k)
            cells.append(f"P {fmt(row['p'])} R {fmt(row['r'])} F1 **{fmt(row['f1'])}**" if row else "–")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def default_news_gold():
    for base in (os.environ.get("NHAN_SHARED"), os.path.join(ROOT, "..", "shared")):
        if base and os.path.isdir(os.path.join(base, "dev", "news", "gold")):
            return os.path.join(base, "dev", "news", "gold")
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--vlsp", metavar="NER_DIR", help="checkout or git directory of undertheseanlp/ner")
    ap.add_argument("--scraper", metavar="SCRAPER_DIR", help="checkout or git directory of magizbox/scraper")
    ap.add_argument("--news-gold", metavar="GOLD_DIR", help="the provincial news gold (ID.gold.json)")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "eval"), help="where the sets go")
    ap.add_argument("--bin", metavar="PROGRAM",
                    help="annotate with this program (files in, one JSON per line out) instead of building examples/annotate")
    ap.add_argument("--json", metavar="FILE", help="also write every score as JSON")
    a = ap.parse_args(argv)
    if not a.vlsp and not a.scraper:
        ap.error("give --vlsp NER_DIR (and --scraper SCRAPER_DIR for the provincial news set)")

    built = []
    if a.vlsp:
        for name, docs in sets.vlsp_sets(a.vlsp):
            built.append((name, sets.write_set(os.path.join(a.out, name), docs)))
    notes = []
    gold = a.news_gold or default_news_gold()
    if a.scraper and gold:
        built.append(("news", sets.write_set(os.path.join(a.out, "news"), sets.news_docs(a.scraper, gold))))
    elif a.scraper:
        notes.append("provincial news: left out, no gold (give --news-gold)")
    else:
        notes.append("provincial news: left out (give --scraper SCRAPER_DIR)")

    program = a.bin or build()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "unknown"
    results, sizes = {}, {}
    for name, (docs, spans) in built:
        set_dir = os.path.join(a.out, name)
        n, size, seconds = annotate(program, set_dir)
        sizes[name] = (docs, spans, size, seconds)
        results[name] = score.score_dirs(os.path.join(set_dir, "gold"), os.path.join(set_dir, "system"))
        if name.startswith("vlsp"):
            results[name]["location, level word aside"] = level_aside(set_dir)

    print(f"# nhan accuracy ({commit}; {os.path.basename(program)}; strict span match)\n")
    for name in SETS:
        if name in results:
            docs, spans, size, seconds = sizes[name]
            label, owed = SETS[name]
            print(f"- {label}: {docs} documents, {size / 1e6:.2f} MB, {spans} gold spans; {owed}")
    for note in notes:
        print(f"- {note}")
    print()
    print(summary(results))
    for name in SETS:
        if name in results:
            print()
            print(detail(name, results[name]))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"commit": commit, "sets": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
