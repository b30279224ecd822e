"""This reader against another checkout's, both in one process, alternating: CPU time moves
with the load of a shared machine, and alternating in one process exposes both readers to the
same load.

Usage: python benchmarks/reader_versus.py --old DIR [--reps 15] [--copies 20]

DIR is a checkout of the other version (for the reader before issue 8: `git worktree add DIR
49cb10b`); its package is copied under another name into a temporary folder, with its rules.
Both read the example and test documents of DIR, every document once before timing. Prints the
median of the per-repetition speed ratios and each reader's best documents/s.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sbu_redact

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_throughput import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.old / "sbu_redact", Path(tmp) / "sbu_redact_old",
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(args.old / "rules", Path(tmp) / "rules")
        sys.path.insert(0, tmp)
        old = importlib.import_module("sbu_redact_old")
        docs = corpus(args.old) * args.copies
        for text in set(docs):
            sbu_redact.read(text)
            old.read(text)
        ratios, best_new, best_old = [], float("inf"), float("inf")
        for _ in range(args.reps):
            c0 = time.process_time()
            for text in docs:
                sbu_redact.read(text)
            new_time = time.process_time() - c0
            c0 = time.process_time()
            for text in docs:
                old.read(text)
            old_time = time.process_time() - c0
            ratios.append(old_time / new_time)
            best_new, best_old = min(best_new, new_time), min(best_old, old_time)
    print(f"{len(docs)} documents: this reader at {statistics.median(ratios):.3f}x the other's speed (median of "
          f"{args.reps}); best CPU time: this {len(docs) / best_new:,.0f} documents/s, "
          f"the other {len(docs) / best_old:,.0f} documents/s")


if __name__ == "__main__":
    main()
