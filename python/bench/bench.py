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
    # Rounds alternate between the Rust baseline and the binding and keep the best of
    # each, so that load from other processes hits both alike.
    for threads in (1, 2):
        best_of = {"rust": [], "batch": [], "spans": [], "columns": []}
        for _ in range(args.repeat):
            best_of["rust"].append(_nhan._bench_rust_batch(texts, threads, 1))
            best_of["batch"].append(best(lambda: a.annotate_batch(texts, threads=threads), 1))
            best_of["spans"].append(best(lambda: [d.spans for d in a.annotate_batch(texts, threads=threads)], 1))
            best_of["columns"].append(best(lambda: a.annotate_columns(texts, threads=threads), 1))
        rust, py, spans, cols = (min(best_of[k]) for k in ("rust", "batch", "spans", "columns"))
        print(
            f"threads={threads}: Rust annotate_batch {mib / rust:6.2f} MiB/s | "
            f"Python annotate_batch {mib / py:6.2f} MiB/s ({rust / py:.2f}x) | "
            f"+ every Span object {mib / spans:6.2f} MiB/s ({rust / spans:.2f}x) | "
            f"annotate_columns {mib / cols:6.2f} MiB/s ({rust / cols:.2f}x)"
        )
    short = "Chủ tịch UBND tỉnh Nguyễn Văn A"
    n = 2000
    rust_one, py_one, method = [], [], []
    for _ in range(args.repeat * 4):
        rust_one.append(_nhan._bench_rust_one(short, n))
        py_one.append(best(lambda: [nhan.annotate(short) for _ in range(n)], 1) / n)
        method.append(best(lambda: [a.annotate(short) for _ in range(n)], 1) / n)
    rust_one, py_one, method = min(rust_one), min(py_one), min(method)
    print(
        f"short sentence ({len(short.encode())} bytes): Rust {rust_one * 1e6:.2f} µs/call, "
        f"nhan.annotate {py_one * 1e6:.2f} µs/call (overhead {(py_one - rust_one) * 1e6:.2f} µs), "
        f"Annotator.annotate {method * 1e6:.2f} µs/call (overhead {(method - rust_one) * 1e6:.2f} µs)"
    )


if __name__ == "__main__":
    main()
