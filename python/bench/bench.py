#!/usr/bin/env python3
"""Throughput of the Python binding against the Rust crate on the same documents, and the
per-call overhead on a short sentence.

    python python/bench/bench.py [--docs 3000] [--repeat 5]

The corpus is examples/spark/make_corpus.py's (the sample article's sentences in random
documents, some NFD, `Ð` or emoji). The Rust baseline is the crate's `annotate_batch`
timed inside the extension (`_bench_rust_batch`: strings already in Rust, no Python
object made); the Python figures include taking the str in and giving `Doc`s out.
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

import nhan
from nhan import _nhan

ROOT = Path(__file__).resolve().parents[2]


def corpus(n: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "examples" / "spark" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [d["text"] for d in module.make(n)]


def best(f, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=3000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    texts = corpus(args.docs)
    mib = sum(len(t.encode()) for t in texts) / 2**20
    a = nhan.Annotator()
    a.annotate_batch(texts[:50])  # warm up: the built-in dictionary is built once
    print(f"corpus: {len(texts)} documents, {mib:.2f} MiB")
    for threads in (1, 2):
        rust = _nhan._bench_rust_batch(texts, threads, args.repeat)
        py = best(lambda: a.annotate_batch(texts, threads=threads), args.repeat)
        spans = best(lambda: [d.spans for d in a.annotate_batch(texts, threads=threads)], args.repeat)
        cols = best(lambda: a.annotate_columns(texts, threads=threads), args.repeat)
        print(
            f"threads={threads}: Rust annotate_batch {mib / rust:6.2f} MiB/s | "
            f"Python annotate_batch {mib / py:6.2f} MiB/s ({rust / py:.2f}x) | "
            f"+ every Span object {mib / spans:6.2f} MiB/s ({rust / spans:.2f}x) | "
            f"annotate_columns {mib / cols:6.2f} MiB/s ({rust / cols:.2f}x)"
        )
    short = "Chủ tịch UBND tỉnh Nguyễn Văn A"
    n = 20000
    rust_one = min(_nhan._bench_rust_one(short, n) for _ in range(args.repeat))
    py_one = best(lambda: [nhan.annotate(short) for _ in range(n)], args.repeat) / n
    method = best(lambda: [a.annotate(short) for _ in range(n)], args.repeat) / n
    print(
        f"short sentence ({len(short.encode())} bytes): Rust {rust_one * 1e6:.2f} µs/call, "
        f"nhan.annotate {py_one * 1e6:.2f} µs/call (overhead {(py_one - rust_one) * 1e6:.2f} µs), "
        f"Annotator.annotate {method * 1e6:.2f} µs/call (overhead {(method - rust_one) * 1e6:.2f} µs)"
    )


if __name__ == "__main__":
    main()
