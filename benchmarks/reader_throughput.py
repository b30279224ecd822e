"""Reader throughput: documents per second and MB/s over the example and test corpora.

Usage: python benchmarks/reader_throughput.py [--copies N] [--corpus DIR]

Reads every corpus document N times (as separate documents), then reads all of them
concatenated into one large text (a worst case for anything super-linear). No NLP is involved.
`--corpus` is the checkout whose example and test documents are read (default: this one; the
corpus before issue 8 is `git worktree add DIR 49cb10b`). Every document is read once before
timing (rules loaded, caches filled); both wall and CPU time are printed (CPU time moves less
with the load of a shared machine).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import sbu_redact

ROOT = Path(__file__).resolve().parent.parent


def corpus(root: Path = ROOT) -> list[str]:
    paths = sorted((root / "examples").rglob("*.txt")) + sorted((root / "tests" / "corpus").rglob("*.txt")) \
        + sorted((root / "tests" / "corpus").rglob("*.md"))
    return [p.read_bytes().decode("utf-8") for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT)
    args = parser.parse_args()
    docs = corpus(args.corpus) * args.copies
    size = sum(len(d.encode()) for d in docs)
    for text in set(docs):  # load the rules, fill the caches
        sbu_redact.read(text)
    t0, c0 = time.perf_counter(), time.process_time()
    portions = sum(len(sbu_redact.read(d).portions) for d in docs)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"separate: {len(docs)} documents, {size / 1e6:.2f} MB, {portions} portions in {elapsed:.2f} s: "
          f"{len(docs) / elapsed:,.0f} docs/s, {size / 1e6 / elapsed:.2f} MB/s; CPU time {cpu:.2f} s: "
          f"{len(docs) / cpu:,.0f} docs/s, {size / 1e6 / cpu:.2f} MB/s")
    big = "\n\n".join(docs)
    t0 = time.perf_counter()
    doc = sbu_redact.read(big)
    elapsed = time.perf_counter() - t0
    print(f"concatenated: one text of {len(big.encode()) / 1e6:.2f} MB, {len(doc.portions)} portions in "
          f"{elapsed:.2f} s: {len(big.encode()) / 1e6 / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
