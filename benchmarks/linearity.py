#!/usr/bin/env python3
"""Does a large document cost what its parts cost? The curve of a three-level redact by size.

    python benchmarks/linearity.py [--sizes 64 256 1024] [--reps 3]

For each size (KB), documents of the corpus of `benchmarks/corpus.py` (repeated as needed) are
joined into one document of about that size, separated by blank lines. The whole document and
each of its parts are redacted at `usg`, `partner` (GBR) and `public` with `Pipeline.redact`, in
one process, alternating; the figure is the median over repetitions of
time(whole) / sum(time(part)). A linear implementation stays near 1 at every size; a quadratic
path makes the ratio grow with the size.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

LEVELS = ["usg", "partner", "public"]


def parts_of(size: int, texts: list[str]) -> list[str]:
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1].encode()) + 1
        i += 1
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[64, 256, 1024])
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from sbu_redact import Pipeline
    from sbu_redact.leakcheck import LeakError

    pipeline = Pipeline()
    texts = [t for _, t, _ in load_corpus()]

    def redact(text: str) -> None:
        try:
            pipeline.redact(text, LEVELS, partner="GBR")
        except LeakError:
            pass

    redact(texts[0])  # warm-up: engine built
    print("| size | parts | whole | sum of parts | ratio |")
    print("|---:|---:|---:|---:|---:|")
    for kb in args.sizes:
        parts = parts_of(kb * 1000, texts)
        whole = "\n".join(parts)
        wholes, sums = [], []
        for _ in range(args.reps):
            began = time.perf_counter()
            redact(whole)
            wholes.append(time.perf_counter() - began)
            began = time.perf_counter()
            for part in parts:
                redact(part)
            sums.append(time.perf_counter() - began)
        ratios = [w / s for w, s in zip(wholes, sums)]
        print(f"| {len(whole.encode()) / 1e3:.0f} KB | {len(parts)} | {statistics.median(wholes):.1f} s | "
              f"{statistics.median(sums):.1f} s | {statistics.median(ratios):.2f} |", flush=True)


if __name__ == "__main__":
    main()
