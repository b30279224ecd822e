"""Does reading a large document cost what reading its parts costs? The curve of `read` by size.

Usage: python benchmarks/reader_linearity.py [--sizes 0.1 0.5 1 2] [--reps 3] [--corpus DIR]
       python benchmarks/reader_linearity.py --copies 1 4 16 64 [--unit 0.05] [--profile 25]

For each size (MB), the example and test documents of DIR (`reader_throughput.corpus`, repeated
as needed) are joined into one text of about that size, separated by blank lines. The whole
text and each of its parts are read in one process, alternating; the figures are the medians
over repetitions of the CPU time per MB of each, and of time(whole) / sum(time(part)). A
linear reader keeps the time per MB of the whole flat as the size grows. No NLP is involved.

`--copies K ...` reads instead k copies of one unit of `--unit` MB of the corpus (its first
documents, joined the same way) joined into one text, for each k: the text's content is the same
at every size, so the CPU time per MB of the whole is the curve itself (it should stay flat;
issue 11 asks for <= 1.1x growth from 10 KB to 3 MB).

`--profile N` also profiles (cProfile) the read of the largest text and, with `--copies`, of the
smallest one scaled to the largest's size, else of the largest one's parts, each read apart; and
lists the N functions whose cumulative time exceeds that most: the steps whose cost per byte
grows with the size (or that a long text takes where its parts do not).

`--no-exports` leaves out the documents read as record exports (CSV, JSON, XML, YAML, SQL dumps,
logs: their portions are table rows): a text that holds one of them is read as that export (every
line of the other documents an unmarked portion), which is another reading than its parts'.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

import sbu_redact

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reader_throughput import ROOT, corpus  # noqa: E402


def joined(docs: list[str], mb: float) -> tuple[str, list[str]]:
    """The first documents of `docs` (repeated as needed) joined into about `mb` MB, and them."""
    parts: list[str] = []
    total = 0
    while total < mb * 1e6:
        parts.append(docs[len(parts) % len(docs)])
        total += len(parts[-1].encode()) + 2
    return "\n\n".join(parts), parts


def profile(texts: list[str]) -> dict[str, float]:
    """Cumulative CPU time of each function in reading `texts`, one by one (cProfile)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        sbu_redact.read(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {f"{Path(file).parent.name}/{Path(file).name}:{line}({name})": v[3]
            for (file, line, name), v in stats.items()}


def growth(small: list[str], large: str, top: int) -> None:
    """The functions whose cumulative time in reading `large` exceeds most their time in reading
    the texts of `small` (scaled to the size of `large`)."""
    a, b = profile(small), profile([large])
    scale = len(large) / sum(len(t) for t in small)
    rows = sorted(((b[k] - a.get(k, 0.0) * scale, k) for k in b), reverse=True)[:top]
    what = f"{len(small)} parts" if len(small) > 1 else f"{len(small[0].encode()) / 1e6:.3f} MB"
    print(f"\nprofile: cumulative s for {what} (x{scale:.0f}) -> {len(large.encode()) / 1e6:.2f} MB; "
          f"excess = large - small x {scale:.0f}")
    print("| excess s | small s | large s | function |\n|---:|---:|---:|---|")
    for excess, k in rows:
        print(f"| {excess:.3f} | {a.get(k, 0.0):.4f} | {b[k]:.3f} | {k} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.5, 1.0, 2.0])
    parser.add_argument("--copies", type=int, nargs="+", help="read k copies of one unit instead (see above)")
    parser.add_argument("--unit", type=float, default=0.05, help="MB of corpus in one copy (--copies)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT)
    parser.add_argument("--no-exports", action="store_true", help="leave out record exports (see above)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="list the N steps that grow most")
    args = parser.parse_args()
    docs = corpus(args.corpus)
    if args.no_exports:
        docs = [d for d in docs if not any(p.kind == "table_row" for p in sbu_redact.read(d).portions)]
    for text in docs:  # load the rules, fill the caches
        sbu_redact.read(text)
    texts: list[str] = []
    parts: list[str] = []
    if args.copies:
        unit, _ = joined(docs, args.unit)
        print(f"one copy: {len(unit.encode()) / 1e6:.3f} MB\n")
        print("| copies | size | s per MB | x the first |\n|---:|---:|---:|---:|")
        first = None
        for k in args.copies:
            whole = "\n\n".join([unit] * k)
            texts.append(whole)
            size = len(whole.encode()) / 1e6
            times = []
            for _ in range(args.reps):
                began = time.process_time()
                sbu_redact.read(whole)
                times.append(time.process_time() - began)
            per_mb = statistics.median(times) / size
            first = first or per_mb
            print(f"| {k} | {size:.3f} MB | {per_mb:.2f} | {per_mb / first:.2f} |", flush=True)
    else:
        print("| size | parts | whole: s per MB | parts: s per MB | whole / sum of parts |")
        print("|---:|---:|---:|---:|---:|")
        for mb in args.sizes:
            whole, parts = joined(docs, mb)
            texts.append(whole)
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
    if args.profile and args.copies and len(texts) >= 2:
        growth([min(texts, key=len)], max(texts, key=len), args.profile)
    elif args.profile and texts:
        growth(parts, texts[-1], args.profile)  # (the parts of the last size)


if __name__ == "__main__":
    main()
