#!/usr/bin/env python3
"""Writes a deterministic test corpus: documents made of the sentences of the shipped
sample article (examples/data/seed.txt) and a few written here, some in NFD, some with `Ð`
for `Đ`, some with emoji.

    python examples/spark/make_corpus.py OUT.jsonl --docs 3000 [--txt-dir DIR] [--seed 14]

OUT.jsonl has one {"id", "text"} object a line; --txt-dir also writes each document to
DIR/<id>.txt (the input of the Rust `annotate` example, for comparisons).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "data" / "seed.txt"
EXTRA = [
    "Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì cuộc họp.",
    "Đại tá Phan Huy Ngọc, Giám đốc Công an tỉnh Hà Giang, phát biểu.",
    "Chiều 6.11, HĐND huyện tổ chức kỳ họp thứ 15.",
    "Mặt trận Tổ quốc (MTTQ) xã vận động được 2.900 người, đạt 1,5 triệu đồng.",
    "Phó Chủ tịch UBND tỉnh Trần Đức Quý; BTV Tỉnh uỷ họp về KT – XH.",
    "Ông Ngọc cho biết, năm nay tỉnh có 45% số xã đạt chuẩn nông thôn mới.",
]


def sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    parts = [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if len(s.strip()) > 20]
    return parts + EXTRA


def make(n: int, seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    pool = sentences()
    docs = []
    for i in range(n):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        roll = rng.random()
        if roll < 0.1:
            text = unicodedata.normalize("NFD", text)
        elif roll < 0.15:
            text = text.replace("Đ", "\u00d0")
        elif roll < 0.2:
            text = "📰 " + text + " 👍🏽"
        if rng.random() < 0.3:
            text = text.replace(". ", ".\n\n", 1)
        docs.append({"id": f"doc-{i:06d}", "text": text})
    return docs


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out")
    p.add_argument("--docs", type=int, default=3000)
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--txt-dir")
    args = p.parse_args()
    docs = make(args.docs, args.seed)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if args.txt_dir:
        out = Path(args.txt_dir)
        out.mkdir(parents=True, exist_ok=True)
        for d in docs:
            (out / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    size = sum(len(d["text"].encode()) for d in docs)
    print(f"{len(docs)} documents, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
