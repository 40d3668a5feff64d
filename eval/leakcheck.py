#!/usr/bin/env python3
"""Finds where the repository quotes the development data, which is licensed for research only.

usage: leakcheck.py [--vlsp NER_DIR] [--news SET_DIR] [--set SET_DIR ...] [--public PATH ...] [--all]

The data: `--vlsp` converts VLSP 2018 train and VLSP 2016 dev from a checkout of github
undertheseanlp/ner (as `run.py --vlsp` does); `--news` and `--set` take a set directory that
holds `text/*.txt` (run.py writes them under target/eval/). Every file under tests/, src/, cli/,
python/, docs/, examples/, benches/ and dictionaries/ is read as words (of Rust and Python
files, only the string literals and comments) and two things are listed, with file and line:

1. quotes: every run of 7 words or more that also stands, word for word (case and punctuation
   aside), in a development document, unless it is a set phrase: a run of 7 words that stands
   in three places of the data or more (`Chủ tịch Ủy ban nhân dân tỉnh ...`; documents of one
   set numbered within 3 of each other are one place, one story and its follow-ups), inside
   one field of the public dictionaries (the names of bodies), in the project's sample
   article, in `--public` text (the statutes) or in the allow list.
2. names: every run of capitalised words (two or more, or one foreign-looking word quoted or
   among Vietnamese words, like `Samdrup`) that ends a run of capitals in the data, in fewer
   than three places, and that no public list of dictionaries/ holds (foreign_names.txt
   and stopnames.tsv are ours, not public). Forms of address, offices and sentence openers
   before a name are not part of it (`Ông X` is checked as `X`).

`eval/leakcheck-allow.txt` lists the names and phrases judged fine (public figures, bodies,
brands, common words, set phrases), one a line with why. `--all` also lists what stands in
three places or more. Exit status 1 when anything is listed.
"""
import argparse
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import sets  # noqa: E402

SCANNED = ["tests", "src", "cli", "python", "docs", "examples", "benches", "dictionaries"]
SKIP_DIRS = {"target", "__pycache__", ".venv", "node_modules", "proptest-regressions"}
TEXT_EXT = {".rs", ".py", ".md", ".txt", ".tsv", ".json", ".toml", ".pyi", ".sh", ".html", ".jsonl"}
# dictionaries written from our own knowledge, not from a public list: names there need a check
OWN_LISTS = {"foreign_names.txt", "stopnames.tsv"}
N = 7
COMMON_DOCS = 3
NEAR = 3  # documents of one set this close in number are parts of one stretch of news


def spread(docs):
    """In how many places of the data `docs` stand: documents of one set numbered within NEAR
    of each other are one place (VLSP cuts its news into documents of 120 lines, so one story
    and its follow-ups fill neighbouring documents)."""
    places, last = 0, {}
    for doc in sorted(docs, key=doc_key):
        name, number = doc_key(doc)
        if name not in last or number - last[name] > NEAR:
            places += 1
        last[name] = number
    return places


def doc_key(doc):
    m = re.match(r"(.*?)(\d+)$", doc)
    return (m.group(1), int(m.group(2))) if m else (doc, 0)
WORD = re.compile(r"\w+")
# a capitalised word: an upper-case letter, then letters (hyphens inside: `Jong-un`)
CAP = re.compile(r"[^\W\d_][\w]*(?:-[\w]+)*")
ESCAPES = re.compile(r"\\[ntr0]|\\u\{[0-9a-fA-F]+\}|\\\n\s*")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def words(text):
    """(word in lower case, offset) for every word of `text`."""
    return [(m.group().lower(), m.start()) for m in WORD.finditer(text)]


def source_text(path):
    """What a repository file says in words: for Rust and Python, its string literals and
    comments only (code between them reads as spaces, lines kept), escapes read as spaces."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = nfc(f.read())
    ext = os.path.splitext(path)[1]
    if ext == ".rs":
        text = prose(text, RUST)
    elif ext in (".py", ".pyi"):
        text = prose(text, PYTHON)
    return ESCAPES.sub(lambda m: " " * len(m.group()), text)


# What opens a literal or a comment, and what closes it; a `\` escapes inside a string.
RUST = [(re.compile(r'b?r(#*)"'), lambda m: '"' + m.group(1), False),
        (re.compile(r'b?"'), lambda m: '"', True),
        (re.compile(r"//"), lambda m: "\n", False),
        (re.compile(r"/\*"), lambda m: "*/", False),
        (re.compile(r"'(?:[^'\\]|\\.[^']*)'"), None, False)]  # a char literal: code
PYTHON = [(re.compile(r'[rRbBuUfF]{0,2}("""|\'\'\'|"|\')'), lambda m: m.group(1), True),
          (re.compile(r"#"), lambda m: "\n", False)]


def prose(text, rules):
    """`text` with everything outside string literals and comments blanked (newlines kept),
    and a NUL at both ends of each string literal."""
    out, i, n = [], 0, len(text)
    blank = lambda s: re.sub(r"[^\n]", " ", s)  # noqa: E731
    while i < n:
        best = None
        for pattern, closer, escapes in rules:
            m = pattern.search(text, i)
            if m and (best is None or m.start() < best[0].start()):
                best = (m, closer, escapes)
        if best is None:
            out.append(blank(text[i:]))
            break
        m, closer, escapes = best
        out.append(blank(text[i:m.start()]))
        if closer is None:  # code that looks like a literal
            out.append(blank(m.group()))
            i = m.end()
            continue
        end_mark = closer(m)
        j = m.end()
        while j < n and not text.startswith(end_mark, j):
            j += 2 if escapes and text[j] == "\\" else 1
        i = min(n, j + len(end_mark))
        if end_mark in ("\n", "*/"):  # a comment: its lines run on into each other
            out.append(blank(m.group()) + text[m.end():j] + blank(text[j:i]))
        else:  # a string literal: a sentence of its own (NUL: no run crosses it)
            out.append("\0" + blank(m.group())[1:] + text[m.end():j] + blank(text[j:i])[:-1] + "\0")
    return "".join(out)


def repo_files(root, dirs):
    for d in dirs:
        top = os.path.join(root, d)
        for base, subdirs, files in os.walk(top):
            subdirs[:] = sorted(s for s in subdirs if s not in SKIP_DIRS)
            for name in sorted(files):
                if os.path.splitext(name)[1] in TEXT_EXT:
                    yield os.path.join(base, name)


class Data:
    """The development documents: their 7-word runs and their capitalised runs."""

    def __init__(self, docs):
        self.grams = defaultdict(set)  # hash of a 7-word run -> documents holding it
        self.names = defaultdict(set)  # a capitalised run as written -> documents holding it
        self.public = set()
        for doc, text in docs:
            text = nfc(text)
            ws = [w for w, _ in words(text)]
            for i in range(len(ws) - N + 1):
                self.grams[hash(tuple(ws[i:i + N]))].add(doc)
            for run in cap_runs(text):
                for sub in tails(run):
                    self.names[sub].add(doc)

    def docs_of(self, gram):
        key = hash(tuple(gram))
        return () if key in self.public else self.grams.get(key, ())

    def add_public(self, text):
        """Marks every 7-word run of `text` as public: official names in the dictionaries, the
        project's own sample article, statutes, the phrases judged public in the allow list."""
        ws = [w for w, _ in words(nfc(text))]
        for i in range(len(ws) - N + 1):
            self.public.add(hash(tuple(ws[i:i + N])))


def cap_runs(text):
    """Maximal runs of capitalised words separated by single spaces, as lists of words."""
    runs, cur, last_end = [], [], -2
    for m in CAP.finditer(text):
        w = m.group()
        capital = w[0].isupper()
        if capital and cur and text[last_end:m.start()] == " ":
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = [w] if capital else []
        last_end = m.end()
    if cur:
        runs.append(cur)
    return runs


def tails(run):
    """The run and what is left of it without its first words (`Ông X Y` -> `X Y`, `Y`): a name
    ends a run of capitals, after the honorific, office or place before it."""
    return [" ".join(run[i:]) for i in range(max(0, len(run) - 6), len(run))]


VIETNAMESE = re.compile(r"[à-ỹÀ-Ỹđ]")


# words that open a capitalised run without being part of a name in it: middle names alone
# (`Văn X` is the tail of `Nguyễn Văn X`), and below, every one-word form of address, office,
# body and sentence opener of the dictionaries (`Ông`, `Theo`, `Trưởng`, `Viện`)
NOT_NAME_START = {"văn", "thị"}
OPENER_LISTS = {"honorifics.tsv", "stopnames.tsv", "offices.tsv", "ranks.tsv"}


def load_public(root):
    """The public lists as lower-case text, their fields one by one, and the Vietnamese
    syllables; fills NOT_NAME_START from the lists of openers."""
    public, fields, syllables = [], [], set()
    d = os.path.join(root, "dictionaries")
    for name in sorted(os.listdir(d)):
        if name == "README.md":
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                if name in OPENER_LISTS:
                    NOT_NAME_START.update(line.split("\t")[0].lower().split()[:1])
                if name in OWN_LISTS:
                    continue  # ours: its names are no evidence that a name is public
                if name == "syllables.txt":
                    syllables.add(line.strip())
                public.append(nfc(line).lower().replace("\t", " | "))
                fields += re.split(r"[\t|;=]", line)
    return " \n ".join(public), fields, syllables


def load_allow(path):
    allow = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                entry = line.split("#", 1)[0].strip()
                if entry:
                    allow.add(nfc(entry).lower())
    return allow


def find_quotes(data, text, show_all):
    """Runs of N+ words of `text` found in one document of the data: (start, end, docs).
    A run does not cross a NUL (the end of a string literal, a field of a table)."""
    found = []
    for part in re.finditer(r"[^\0]+", text):
        found += [(part.start() + a, part.start() + b, docs)
                  for a, b, docs in quotes_in(data, part.group(), show_all)]
    return found


def quotes_in(data, text, show_all):
    ws = words(text)
    found, i = [], 0
    while i <= len(ws) - N:
        docs = data.docs_of([w for w, _ in ws[i:i + N]])
        if not docs or (spread(docs) >= COMMON_DOCS and not show_all):
            i += 1
            continue
        j = i + 1  # extend while the next run is found too
        all_docs = set(docs)
        while j <= len(ws) - N and data.docs_of([w for w, _ in ws[j:j + N]]):
            all_docs |= set(data.docs_of([w for w, _ in ws[j:j + N]]))
            j += 1
        last = ws[j + N - 2]
        found.append((ws[i][1], last[1] + len(last[0]), sorted(all_docs)))
        i = j + N - 1
    return found


def in_vietnamese(line, word):
    """Whether `word` is quoted alone (`Samdrup`) or a Vietnamese word stands within four
    words of it on its line: not an English word of a comment (`Option`, `First`)."""
    if re.search(r"[`\"]" + re.escape(word) + r"[`\"]", line):
        return True
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", line):
        near = WORD.findall(line[:m.start()])[-4:] + WORD.findall(line[m.end():])[:4]
        if any(VIETNAMESE.search(w) for w in near):
            return True
    return False


def is_public(name, public, syllables):
    low = name.lower()
    if len(name.split()) == 1:
        if low in syllables or not any(c.isalpha() for c in low):
            return True
    return re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", public) is not None


def find_names(data, text, public, syllables, allow, show_all):
    out, seen = [], set()
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        for run in cap_runs(line):
            best = []
            for sub in tails(run):
                if sub.split()[0].lower() in NOT_NAME_START:
                    continue
                if sub.lower() in allow:
                    break  # and the rest of it (`Vogt` of an allowed `Jordan Vogt`)
                docs = data.names.get(sub)
                if not docs or (spread(docs) >= COMMON_DOCS and not show_all):
                    continue
                if is_public(sub, public, syllables):
                    continue
                if len(sub.split()) == 1:
                    if all(c.isupper() or not c.isalpha() for c in sub):
                        continue  # one word in capitals: an abbreviation
                    if not in_vietnamese(line, sub):
                        continue  # `Option`, `Harvard` in English prose or code
                best.append((sub, docs))
            # keep the longest names only: `Nguyễn Văn X`, not also `Văn X`
            for sub, docs in best:
                if any(sub != o and re.search(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", o) for o, _ in best):
                    continue
                if sub not in seen:
                    seen.add(sub)
                    out.append((m.start() + m.group().find(sub), sub, sorted(docs)))
    return out


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def check(root, data, show_all=False, dirs=SCANNED, public_texts=(), out=sys.stdout):
    """Prints every quote and name of the repository at `root` found in `data`; returns
    (quotes, names)."""
    public, fields, syllables = load_public(root)
    allow = load_allow(os.path.join(root, "eval", "leakcheck-allow.txt"))
    for text in fields + sorted(allow) + list(public_texts):
        data.add_public(text)
    seed = os.path.join(root, "examples", "data", "seed.txt")
    if os.path.exists(seed):
        with open(seed, encoding="utf-8") as f:
            data.add_public(f.read())  # the project's own article
    quotes = names = 0
    for path in repo_files(root, dirs):
        rel = os.path.relpath(path, root)
        text = source_text(path)
        cells = re.sub(r"[\t|]", "\0", text) if path.endswith(".tsv") else text
        for a, b, docs in find_quotes(data, cells, show_all):
            quotes += 1
            snippet = " ".join(text[a:b].replace("\0", " ").split())
            print(f"{rel}:{line_of(text, a)}: quote ({', '.join(docs[:3])}): {snippet}", file=out)
        if rel.startswith("dictionaries") and os.path.basename(rel) not in OWN_LISTS:
            continue  # a public list cannot leak a name
        for a, name, docs in find_names(data, text, public, syllables, allow, show_all):
            names += 1
            print(f"{rel}:{line_of(text, a)}: name ({', '.join(docs[:3])}): {name}", file=out)
    return quotes, names


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vlsp", help="checkout or git directory of github undertheseanlp/ner")
    ap.add_argument("--news", help="the provincial news set (a directory with text/)")
    ap.add_argument("--set", action="append", default=[], help="another set directory with text/")
    ap.add_argument("--all", action="store_true",
                    help="also list phrases and names found in 3 places of the data or more")
    ap.add_argument("--public", action="append", default=[],
                    help="a file or directory of public text (statutes) whose phrases are no quotes")
    ap.add_argument("--root", default=ROOT, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    docs = []
    if a.vlsp:
        for name, built in sets.vlsp_sets(a.vlsp):
            docs += [(f"{name}/{doc}", text) for doc, (text, _) in built]
    for d in ([a.news] if a.news else []) + a.set:
        docs += [(f"{os.path.basename(os.path.normpath(d))}/{doc}", text) for doc, text in sets.texts(d)]
    if not docs:
        ap.error("no data: give --vlsp, --news or --set")
    public = []
    for p in a.public:
        files = [p] if os.path.isfile(p) else [os.path.join(b, f) for b, _, fs in os.walk(p) for f in fs]
        for f in sorted(files):
            with open(f, encoding="utf-8", errors="replace") as h:
                public.append(h.read())
    quotes, names = check(a.root, Data(docs), a.all, public_texts=public)
    print(f"leakcheck: {len(docs)} documents; {quotes} quotes of {N}+ words, {names} names")
    return 1 if quotes or names else 0


if __name__ == "__main__":
    sys.exit(main())
