"""Reader throughput: documents per second and MB/s over the example and test corpora.

Usage: python benchmarks/reader_throughput.py [--copies N]

Reads every corpus document N times (as separate documents), then reads all of them
concatenated into one large text (a worst case for anything super-linear). No NLP is involved.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import sbu_redact

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "tests" / "corpus").rglob("*.txt")) \
        + sorted((ROOT / "tests" / "corpus").rglob("*.md"))
    return [p.read_bytes().decode("utf-8") for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    docs = corpus() * args.copies
    size = sum(len(d.encode()) for d in docs)
    sbu_redact.read(docs[0])  # load the rules once
    t0 = time.perf_counter()
    portions = sum(len(sbu_redact.read(d).portions) for d in docs)
    elapsed = time.perf_counter() - t0
    print(f"separate: {len(docs)} documents, {size / 1e6:.2f} MB, {portions} portions in {elapsed:.2f} s: "
          f"{len(docs) / elapsed:,.0f} docs/s, {size / 1e6 / elapsed:.2f} MB/s")
    big = "\n\n".join(docs)
    t0 = time.perf_counter()
    doc = sbu_redact.read(big)
    elapsed = time.perf_counter() - t0
    print(f"concatenated: one text of {len(big.encode()) / 1e6:.2f} MB, {len(doc.portions)} portions in "
          f"{elapsed:.2f} s: {len(big.encode()) / 1e6 / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
