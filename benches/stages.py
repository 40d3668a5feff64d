#!/usr/bin/env python3
"""Prints the per-stage figures of `cargo bench --bench stages` from criterion's estimates.

usage: python3 benches/stages.py [INPUT]   (INPUT: generated or corpus; default: every one found)

For each stage: its own time inside whole runs of the pipeline, its speed in MiB/s and as a
ratio of the bare aho-corasick scan of the same run, its share; the whole pipeline; then
the targets of issue 17.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
STAGES = ["normalize", "table", "match", "recognize", "resolve", "materialize", "json"]


def estimate(group, bench):
    d = group / bench / "new"
    mean = json.loads((d / "estimates.json").read_text())["mean"]["point_estimate"]
    size = json.loads((d / "benchmark.json").read_text())["throughput"]["Bytes"]
    return mean, size


def report(group):
    bare, size = estimate(group, "bare-scan")
    mib = lambda ns: size / ns * 1e9 / 2**20
    print(f"## {group.name}: {size / 2**20:.1f} MiB; bare scan {bare / 1e6:.0f} ms, {mib(bare):.0f} MiB/s\n")
    print("| stage (its own time in whole runs) | ms | MiB/s | ÷ bare scan | share |")
    print("|---|---|---|---|---|")
    own = {name: estimate(group, "stage_" + name)[0] for name in STAGES}
    total = sum(own.values())
    for name in STAGES:
        t = own[name]
        print(f"| {name} | {t / 1e6:.0f} | {mib(t):.0f} | {bare / t:.2f}× | {100 * t / total:.0f}% |")
    e2e = estimate(group, "end-to-end")[0]
    nm = estimate(group, "normalize+match")[0]
    abbr = estimate(group, "kinds-abbreviation")[0]
    print(f"| **end to end, JSON out** | {e2e / 1e6:.0f} | {mib(e2e):.1f} | **{bare / e2e:.3f}×** | |")
    print()
    print(f"- end to end (JSON) ÷ bare scan: {bare / e2e:.3f}× (target ≥ 0.10×)")
    print(f"- normalize + match ÷ bare scan: {bare / nm:.3f}× (target ≥ 0.3×)")
    print(f"- every kind ÷ `--kinds abbreviation`: {e2e / abbr:.2f}× (target ≥ 3×)")
    targets = {"nfd": "NFD ÷ NFC", "unaccented": "unaccented ÷ accented", "upper": "capitals ÷ accented"}
    for way, what in targets.items():
        if (group / f"variant_{way}").is_dir():
            t = estimate(group, f"variant_{way}")[0]
            print(f"- {what}, time of the same text end to end: {t / e2e:.2f}× (target ≤ 2×)")
    print()


def main():
    wanted = sys.argv[1:]
    groups = sorted(p for p in ROOT.glob("stages_*") if p.is_dir())
    groups = [g for g in groups if not wanted or g.name.removeprefix("stages_") in wanted]
    if not groups:
        sys.exit(f"no stages group under {ROOT}: run `cargo bench --bench stages` first")
    for g in groups:
        report(g)


if __name__ == "__main__":
    main()
