#!/usr/bin/env python3
"""Machine instructions of a full three-level release against plain Presidio, on a subset.

    python benchmarks/presidio_vs_sbu_instructions.py [--documents 30] [--code DIR] [--jobs 2]

The second figure next to `presidio_vs_sbu.py`'s timings: valgrind's cachegrind counts the
instructions each system executes, which does not move with the load of a shared machine
(wall and CPU time do, by 15-30% here). The systems are the same as there: plain Presidio (one
`AnalyzerEngine` on the same spaCy model, Presidio's default NLP configuration, `analyze` +
`anonymize` per document) and sbu_redact (`Pipeline.redact_many`, levels usg, partner GBR,
public).

The subsets are taken from `benchmarks/corpus.py` at an even stride: `--documents` of the
whole corpus and `--documents` of its unclassified documents. For each system one child
process builds the engine and runs it once on both subsets (warm-up: models loaded, caches
filled, as in the timed repetitions of `presidio_vs_sbu.py`), and two more do the same and
then run one subset once more: the instructions of that run are the difference between the
counts of the two processes (start-up, imports, model loading and warm-up drop out). The
ratio is plain Presidio's instructions over sbu_redact's (higher is better for sbu_redact), a
throughput ratio in instructions, not in time: it leaves out what instructions do not show
(cache misses, memory traffic, the BLAS library's threads, which are set to one).

`--code DIR` measures the sbu_redact of another checkout (its `PYTHONPATH`), on this checkout's
corpus. Needs valgrind (Debian: apt-get install valgrind); each child runs 20-60 times slower
under it (a few minutes each).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_CHILD = """
import sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
from corpus import load_corpus
from presidio_vs_sbu import LEVELS, plain_presidio, sbu
system, documents, again = sys.argv[2], int(sys.argv[3]), sys.argv[4]
corpus = load_corpus(200)
def stride(items):
    step = max(1, len(items) // documents)
    return items[::step][:documents]
subsets = {"all": stride([t for _, t, _ in corpus]), "unclassified": stride([t for _, t, u in corpus if u])}
if system == "presidio":
    from sbu_redact import Pipeline
    run = plain_presidio(Pipeline().detector.model_name)
else:
    run, _ = sbu(False)
for texts in subsets.values():
    run(texts)
print(" ".join(str(len(v)) + ":" + str(sum(len(t.encode()) for t in v)) for v in subsets.values()), flush=True)
if again != "none":
    run(subsets[again])
"""


def _count(code: Path, script: str, system: str, documents: int, again: str) -> tuple[str, int]:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             sys.executable, script, str(HERE), system, str(documents), again],
                            env=env, capture_output=True, text=True)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if result.returncode != 0 or refs is None:
        raise SystemExit(f"{system} {again}: valgrind printed no instruction count:\n{result.stderr[-3000:]}")
    return result.stdout.strip().splitlines()[-1], int(refs.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=30, help="documents per subset")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose sbu_redact is measured")
    parser.add_argument("--jobs", type=int, default=2, help="valgrind processes at once")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(_CHILD)
    runs = [(system, again) for system in ("presidio", "sbu") for again in ("none", "all", "unclassified")]
    try:
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = dict(zip(runs, pool.map(lambda r: _count(args.code.resolve(), handle.name, r[0], args.documents,
                                                              r[1]), runs)))
    finally:
        os.unlink(handle.name)
    sizes = dict(zip(("all", "unclassified"), counts[("sbu", "none")][0].split()))
    print(f"INSTRUCTION COUNTS (valgrind cachegrind, not time): sbu_redact from {args.code}, levels usg, partner "
          f"GBR, public; plain Presidio analyze + anonymize; one warmed-up pass over each subset")
    print()
    print("| subset | documents:bytes | plain Presidio (instructions) | sbu_redact, 3 levels (instructions) "
          "| ratio (instructions) |")
    print("|---|---:|---:|---:|---:|")
    for subset in ("all", "unclassified"):
        theirs = counts[("presidio", subset)][1] - counts[("presidio", "none")][1]
        ours = counts[("sbu", subset)][1] - counts[("sbu", "none")][1]
        print(f"| {subset} | {sizes[subset]} | {theirs / 1e9:.2f} G | {ours / 1e9:.2f} G | {theirs / ours:.2f}x |")


if __name__ == "__main__":
    main()
