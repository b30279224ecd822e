#!/usr/bin/env python3
"""Throughput of `sbu-redact batch` on the generated corpus of the batch tests.

    python benchmarks/batch_throughput.py [--documents 210] [--jobs 1 2] [--level public ...]

For each job count: a cold run (worker start-up, NER model load, every document processed) and
a second run over the unchanged folder (everything skipped). Prints documents per second.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_batch_corpus import make_corpus  # noqa: E402


def timed_batch(in_dir: Path, out_dir: Path, jobs: int, levels: list[str]) -> tuple[float, dict]:
    cmd = [sys.executable, "-m", "sbu_redact", "batch", str(in_dir), "--out", str(out_dir), "--jobs", str(jobs)]
    for level in levels:
        cmd += ["--level", level]
    if "partner" in levels:
        cmd += ["--partner", "GBR"]
    began = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.monotonic() - began
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr)
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    if summary["counts"]["ok"] == 0:
        sys.exit(f"every document failed, e.g. {summary['failures'][-1]}")
    return elapsed, summary["counts"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=210)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--level", dest="levels", action="append", default=None)
    args = parser.parse_args()
    levels = args.levels or ["usg", "public", "partner"]
    print(f"{os.cpu_count()} CPUs; levels {levels}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "in", args.documents)
        total = len(corpus.good) + len(corpus.bad)
        print(f"{total} documents ({len(corpus.bad)} bad)")
        print("| jobs | cold run | documents/s | second run (all skipped) |")
        print("|---:|---:|---:|---:|")
        for jobs in args.jobs:
            out = Path(tmp) / f"out{jobs}"
            cold, counts = timed_batch(corpus.root, out, jobs, levels)
            assert counts["processed"] == total, counts
            warm, counts = timed_batch(corpus.root, out, jobs, levels)
            assert counts["processed"] == 0, counts
            print(f"| {jobs} | {cold:.1f}s | {total / cold:.1f} | {warm:.2f}s |")


if __name__ == "__main__":
    main()
