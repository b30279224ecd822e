"""Does reading a large document cost what reading its parts costs? The curve of `read` by size.

Usage: python benchmarks/reader_linearity.py [--sizes 0.1 0.5 1 2] [--reps 3] [--corpus DIR]

For each size (MB), the example and test documents of DIR (`reader_throughput.corpus`, repeated
as needed) are joined into one text of about that size, separated by blank lines. The whole
text and each of its parts are read in one process, alternating; the figures are the medians
over repetitions of the CPU time per MB of each, and of time(whole) / sum(time(part)). A
linear reader keeps the time per MB of the whole flat as the size grows. No NLP is involved.

`--no-exports` leaves out the documents read as record exports (CSV, JSON, XML, YAML, SQL dumps,
logs: their portions are table rows): a text that holds one of them is read as that export (every
line of the other documents an unmarked portion), which is another reading than its parts'.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import sbu_redact

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_throughput import ROOT, corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.5, 1.0, 2.0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT)
    parser.add_argument("--no-exports", action="store_true", help="leave out record exports (see above)")
    args = parser.parse_args()
    docs = corpus(args.corpus)
    if args.no_exports:
        docs = [d for d in docs if not any(p.kind == "table_row" for p in sbu_redact.read(d).portions)]
    for text in docs:  # load the rules, fill the caches
        sbu_redact.read(text)
    print("| size | parts | whole: s per MB | parts: s per MB | whole / sum of parts |")
    print("|---:|---:|---:|---:|---:|")
    for mb in args.sizes:
        parts: list[str] = []
        total = 0
        while total < mb * 1e6:
            parts.append(docs[len(parts) % len(docs)])
            total += len(parts[-1].encode()) + 2
        whole = "\n\n".join(parts)
        size = len(whole.encode()) / 1e6
        wholes, sums = [], []
        for _ in range(args.reps):
            began = time.process_time()
            sbu_redact.read(whole)
            wholes.append(time.process_time() - began)
            began = time.process_time()
            for part in parts:
                sbu_redact.read(part)
            sums.append(time.process_time() - began)
        ratio = statistics.median(w / s for w, s in zip(wholes, sums))
        print(f"| {size:.2f} MB | {len(parts)} | {statistics.median(wholes) / size:.2f} | "
              f"{statistics.median(sums) / size:.2f} | {ratio:.2f} |", flush=True)


if __name__ == "__main__":
    main()
