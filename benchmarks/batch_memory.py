#!/usr/bin/env python3
"""Memory of a large `batch` on a dask.distributed LocalCluster: is it bounded by the model?

    python benchmarks/batch_memory.py [--documents 10000] [--workers 2] [--every 15]

Generates the corpus of the batch tests (tests/test_batch_corpus.py) with --documents
documents, starts a LocalCluster (worker processes, one thread each), warms each worker up on
four documents (the plugin builds its Pipeline: the model is loaded) and records each worker's
resident set size then (its "model RSS"). The whole batch (levels usg, public, partner GBR) then
runs through `run_batch_on_cluster`, while every --every seconds the current RSS of each worker
is sampled. Prints the samples, each worker's peak RSS (`getrusage`) as a multiple of its model
RSS, the peak RSS of this (the client) process, and the throughput.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from test_batch_corpus import make_corpus  # noqa: E402

LEVELS = ["usg", "public", "partner"]


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=float, default=15.0, help="seconds between RSS samples")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from distributed import Client, LocalCluster

    from sbu_redact.distributed import run_batch_on_cluster

    tmp = Path(tempfile.mkdtemp(prefix="sbu-batch-memory-"))
    try:
        corpus = make_corpus(tmp / "in", args.documents)
        warm = make_corpus(tmp / "warm", 4, seed=99)
        size = sum(p.stat().st_size for p in (tmp / "in").rglob("*") if p.is_file())
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=50) as cluster, Client(cluster, set_as_default=False) as client:
            run_batch_on_cluster(warm.root, tmp / "warm-out", LEVELS, scheduler=client, partner="GBR")
            model = client.run(rss_mb)
            print(f"{len(corpus.good) + len(corpus.bad)} documents ({size / 1e6:.1f} MB), levels {LEVELS}, "
                  f"{args.workers} workers; RSS after warm-up (model loaded): "
                  + ", ".join(f"{v:.0f} MB" for v in model.values()), flush=True)
            samples: list[tuple[float, dict[str, float]]] = []
            done = threading.Event()
            began = time.perf_counter()

            def sample() -> None:
                while not done.wait(args.every):
                    try:
                        now = client.run(rss_mb)
                    except Exception:  # noqa: BLE001 - a sample lost at the end of the run
                        continue
                    samples.append((time.perf_counter() - began, now))
                    print(f"  {samples[-1][0]:6.0f} s: " + ", ".join(f"{v:.0f} MB" for v in now.values())
                          + f" (load average {os.getloadavg()[0]:.1f})", flush=True)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            result = run_batch_on_cluster(corpus.root, tmp / "out", LEVELS, scheduler=client, partner="GBR")
            elapsed = time.perf_counter() - began
            done.set()
            sampler.join()
            peaks = client.run(peak_rss_mb)
        print(f"processed {result.processed} documents in {elapsed:.0f} s ({result.processed / elapsed:.1f} doc/s)")
        for address, peak in peaks.items():
            print(f"worker {address}: peak RSS {peak:.0f} MB = {peak / model[address]:.2f}x its RSS after warm-up "
                  f"({model[address]:.0f} MB)")
        print(f"client process peak RSS {peak_rss_mb():.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
