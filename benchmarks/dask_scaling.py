#!/usr/bin/env python3
"""Speed-up of `batch` on a dask.distributed LocalCluster with two workers over one worker, and
the peak memory of each worker.

    python benchmarks/dask_scaling.py [--documents 400] [--reps 3] [--levels usg public partner]

Both clusters (worker processes with one thread each) are started and warmed up first (each
worker builds its Pipeline once, through the plugin), so the timings are those of the documents,
not of loading the model. The same generated corpus (tests/test_batch_corpus.py) is then run on
each cluster into a fresh output folder, alternating the clusters, median of --reps. Peak RSS is
each worker process's maximum resident set size at the end (`getrusage`).
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_batch_corpus import make_corpus  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--levels", nargs="+", default=["usg", "public", "partner"])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from distributed import Client, LocalCluster

    from sbu_redact.distributed import run_batch_on_cluster

    partner = "GBR" if "partner" in args.levels else None
    tmp = Path(tempfile.mkdtemp(prefix="sbu-dask-"))
    try:
        corpus = make_corpus(tmp / "in", args.documents)
        warm = make_corpus(tmp / "warm", 4, seed=99)
        clusters = {n: LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                    silence_logs=50) for n in (1, 2)}
        clients = {n: Client(c, set_as_default=False) for n, c in clusters.items()}
        for n, client in clients.items():
            run_batch_on_cluster(warm.root, tmp / f"warm-out-{n}", args.levels, scheduler=client, partner=partner)
        times: dict[int, list[float]] = {1: [], 2: []}
        for rep in range(args.reps):
            for n in ((1, 2) if rep % 2 == 0 else (2, 1)):
                out = tmp / f"out-{n}-{rep}"
                began = time.perf_counter()
                result = run_batch_on_cluster(corpus.root, out, args.levels, scheduler=clients[n], partner=partner)
                times[n].append(time.perf_counter() - began)
                assert result.processed == len(corpus.good) + len(corpus.bad)
                shutil.rmtree(out)
            print(f"rep {rep + 1}: 1 worker {times[1][-1]:.1f}s, 2 workers {times[2][-1]:.1f}s", flush=True)
        total = len(corpus.good) + len(corpus.bad)
        one, two = statistics.median(times[1]), statistics.median(times[2])
        print(f"\n{total} documents x {len(args.levels)} levels")
        print("| workers | time | documents/s | speed-up |")
        print("|---:|---:|---:|---:|")
        print(f"| 1 | {one:.1f} s | {total / one:.1f} | 1.00x |")
        print(f"| 2 | {two:.1f} s | {total / two:.1f} | {one / two:.2f}x |")
        for n, client in clients.items():
            rss = client.run(peak_rss_mb)
            print(f"peak RSS per worker, {n}-worker cluster: " + ", ".join(f"{v:.0f} MB" for v in rss.values()))
        for client in clients.values():
            client.close()
        for cluster in clusters.values():
            cluster.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
