#!/usr/bin/env python3
"""Builds the evaluation sets from public files, in the schema of docs/annotation.md.

usage: sets.py vlsp NER_DIR OUT_DIR
       sets.py news SCRAPER_DIR GOLD_DIR OUT_DIR

`vlsp`: NER_DIR is a checkout (or the git directory) of github undertheseanlp/ner; the data is
at commit c3b0c5a (later commits deleted it), read with `git show`, or from the working tree
when it holds the files (a checkout of that commit, or a directory laid out like one). Writes
OUT_DIR/vlsp2018-train (the VLSP 2018 NER training part: 16,861 lines cut into 138 documents
of 120 lines) and OUT_DIR/vlsp2016-dev (the VLSP 2016 development part, 17 documents of 120
sentences), each as text/NAME.txt and gold/NAME.gold.json. The tokenised text is joined back
into prose (`Hà Nội , ngày 5 / 11` -> `Hà Nội, ngày 5/11`) and the gold spans are byte offsets
into it. VLSP labels persons, organizations and locations; MISCELLANEOUS is dropped.

`news`: SCRAPER_DIR is a checkout (or the git directory) of github magizbox/scraper (the
articles are vn_news/data/ID.txt at commit 3387ada6); GOLD_DIR holds ID.gold.json, the project's
hand annotation of ten of them under docs/annotation.md (not in this repository: the texts are a
crawl without a licence, and the gold quotes them). Writes OUT_DIR/news after checking that
every gold span's text is the text's bytes there.

The data is licensed for research use (VLSP) or not licensed at all (the crawl): measure on it,
never commit it, never copy its sentences or rarer names into the repository.
"""
import json
import os
import re
import subprocess
import sys

VLSP_COMMIT = "c3b0c5a"
VLSP_FILES = {
    "vlsp2018-train": "data/vlsp2018/corpus/train.txt",
    "vlsp2016-dev": "data/vlsp2016/corpus/dev.txt",
}
NEWS_COMMIT = "3387ada6"

KIND = {"PERSON": "person", "PER": "person", "ORGANIZATION": "organization", "ORG": "organization",
        "LOCATION": "location", "LOC": "location"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "…", "...", "/", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "/", "“", "‘"}
OPEN = "\x01"   # OPEN + TYPE starts an entity
CLOSE = "\x02"  # ends the innermost entity
LINES_PER_DOC = 120


class Writer:
    """Joins tokens into prose and records entity spans as byte offsets."""

    def __init__(self):
        self.parts, self.size, self.prev = [], 0, None
        self.quote_open = {'"': False, "'": False}
        self.stack, self.spans = [], []

    def _put(self, s):
        self.parts.append(s)
        self.size += len(s.encode("utf-8"))

    def token(self, tok):
        space = self.prev is not None and self.prev != "\n"
        if tok in NO_SPACE_BEFORE or self.prev in NO_SPACE_AFTER:
            space = False
        if tok in self.quote_open:
            if self.quote_open[tok]:
                space = False  # a closing quote hugs the word before it
            self.quote_open[tok] = not self.quote_open[tok]
        elif self.prev in self.quote_open and self.quote_open[self.prev]:
            space = False  # the word after an opening quote
        if space:
            self._put(" ")
        self.stack = [(t, self.size if s is None else s) for t, s in self.stack]
        self._put(tok)
        self.prev = tok

    def open(self, typ):
        self.stack.append((typ, None))  # starts where its first token will start

    def close(self):
        if not self.stack:
            return
        typ, start = self.stack.pop()
        if typ in KIND and start is not None and self.size > start:
            self.spans.append((KIND[typ], start, self.size))

    def newline(self):
        self._put("\n")
        self.prev = "\n"
        self.quote_open = {'"': False, "'": False}

    def result(self):
        text = "".join(self.parts)
        b = text.encode("utf-8")
        spans = []
        for kind, s, e in sorted(set(self.spans), key=lambda x: (x[1], -x[2], x[0])):
            spans.append({"id": len(spans), "kind": kind, "start": s, "end": e,
                          "text": b[s:e].decode("utf-8")})
        return text, {"spans": spans, "relations": []}


TAG = re.compile(r'<\s*ENAMEX\s+TYPE\s*=\s*"\s*([A-Z-]+)\s*"\s*>|<\s*/\s*ENAMEX\s*>')


def vlsp2018_docs(raw):
    """VLSP 2018: one sentence a line, entities as nested `<ENAMEX TYPE="...">` tags."""
    lines = [line for line in raw.splitlines() if line.strip()]
    for i in range(0, len(lines), LINES_PER_DOC):
        w = Writer()
        for line in lines[i:i + LINES_PER_DOC]:
            line = TAG.sub(lambda m: f" {OPEN}{m.group(1)} " if m.group(1) else f" {CLOSE} ", line)
            for tok in line.split():
                if tok.startswith(OPEN):
                    w.open(tok[1:])
                elif tok == CLOSE:
                    w.close()
                else:
                    w.token(tok)
            while w.stack:
                w.close()
            w.newline()
        yield f"train-{i // LINES_PER_DOC:03d}", w.result()


def vlsp2016_docs(raw):
    """VLSP 2016: one word a row (word, POS, chunk, ..., BIO tag), a blank line between sentences."""
    sentences = [s for s in raw.split("\n\n") if s.strip()]
    for i in range(0, len(sentences), LINES_PER_DOC):
        w = Writer()
        for sent in sentences[i:i + LINES_PER_DOC]:
            cur = None
            for row in sent.splitlines():
                cols = row.split("\t")
                if len(cols) < 4:
                    continue
                word, tag = cols[0], cols[-1]
                if cur and not tag.startswith("I-"):
                    w.close()
                    cur = None
                if tag.startswith("B-"):
                    w.open(tag[2:])
                    cur = tag[2:]
                for syl in word.split():
                    w.token(syl)
            if cur:
                w.close()
            w.newline()
        yield f"dev-{i // LINES_PER_DOC:03d}", w.result()


def read_source(repo, commit, path):
    """The bytes of `path` at `commit` of the repository at `repo`: from the working tree when it
    has the file, else from git (`repo` may be a checkout or a bare git directory)."""
    plain = os.path.join(repo, path)
    if os.path.isfile(plain):
        with open(plain, "rb") as f:
            return f.read()
    git_dir = os.path.join(repo, ".git") if os.path.isdir(os.path.join(repo, ".git")) else repo
    done = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"cannot read {path} at {commit} in {repo}: {done.stderr.decode().strip()}")
    return done.stdout


def vlsp_sets(repo):
    """[(set name, iterator of (doc, (text, gold)))] for both VLSP parts."""
    convert = {"vlsp2018-train": vlsp2018_docs, "vlsp2016-dev": vlsp2016_docs}
    return [(name, convert[name](read_source(repo, VLSP_COMMIT, path).decode("utf-8")))
            for name, path in VLSP_FILES.items()]


def check_gold(doc, text, gold):
    """What is wrong with `gold` over the bytes `text`: an empty list when it fits."""
    bad = []
    spans = gold.get("spans", [])
    if [s.get("id") for s in spans] != list(range(len(spans))):
        bad.append("span ids are not 0..n-1 in order")
    for s in spans:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            bad.append(f"span {s['id']} out of range: {a}..{b}")
            continue
        try:
            got = text[a:b].decode("utf-8")
        except UnicodeDecodeError:
            bad.append(f"span {s['id']} {a}..{b} is not on character boundaries")
            continue
        if "text" in s and got != s["text"]:
            bad.append(f"span {s['id']} {a}..{b}: the text has {got!r}, the gold {s['text']!r}")
    for r in gold.get("relations", []):
        if not all(isinstance(r.get(e), int) and 0 <= r[e] < len(spans) for e in ("head", "tail")):
            bad.append(f"relation {r} points outside the spans")
    return [f"{doc}: {p}" for p in bad]


def news_docs(repo, gold_dir):
    """(doc, (text, gold)) for every article that `gold_dir` annotates (ID.gold.json; the
    project's gold has ten); stops on a gold that does not fit its text."""
    problems, out = [], []
    ids = sorted(n[: -len(".gold.json")] for n in os.listdir(gold_dir) if n.endswith(".gold.json"))
    if not ids:
        raise SystemExit(f"no ID.gold.json in {gold_dir}")
    for doc in ids:
        text = read_source(repo, NEWS_COMMIT, f"vn_news/data/{doc}.txt")
        with open(os.path.join(gold_dir, doc + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        problems += check_gold(doc, text, gold)
        out.append((doc, (text.decode("utf-8"), gold)))
    if problems:
        raise SystemExit("the gold does not fit the texts:\n  " + "\n  ".join(problems[:20]))
    return out


def write_set(out_dir, docs):
    """Writes text/NAME.txt and gold/NAME.gold.json; returns (documents, gold spans)."""
    for sub in ("text", "gold"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    n = spans = 0
    for doc, (text, gold) in docs:
        with open(os.path.join(out_dir, "text", doc + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(out_dir, "gold", doc + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)
        n += 1
        spans += len(gold["spans"])
    return n, spans


def texts(set_dir):
    """(doc, text) for every text/NAME.txt of a set directory."""
    d = os.path.join(set_dir, "text")
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                yield name[:-4], f.read()


def main(argv):
    if len(argv) == 3 and argv[0] == "vlsp":
        for name, docs in vlsp_sets(argv[1]):
            n, spans = write_set(os.path.join(argv[2], name), docs)
            print(f"{name}: {n} documents, {spans} gold spans in {os.path.join(argv[2], name)}")
    elif len(argv) == 4 and argv[0] == "news":
        n, spans = write_set(os.path.join(argv[3], "news"), news_docs(argv[1], argv[2]))
        print(f"news: {n} documents, {spans} gold spans in {os.path.join(argv[3], 'news')}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
