#!/usr/bin/env python3
"""Machine instructions of a full three-level release against plain Presidio, on a subset.

    python benchmarks/presidio_vs_sbu_instructions.py [--documents 5] [--code DIR] [--only sbu]

The second figure next to `presidio_vs_sbu.py`'s timings: valgrind's callgrind counts the
instructions each system executes, which does not move with the load of a shared machine
(wall and CPU time do, by 15-30% here). The systems are the same as there: plain Presidio (one
`AnalyzerEngine` on the same spaCy model, Presidio's default NLP configuration, `analyze` +
`anonymize` per document) and sbu_redact (`Pipeline.redact_many`, levels usg, partner GBR,
public); in both processes sbu_redact's engine is built, as in that benchmark's one process.

The subsets are taken from `benchmarks/corpus.py` at an even stride: `--documents` of the
whole corpus and `--documents` of its unclassified documents. One child process per system
runs under callgrind with instrumentation off: it builds the engines and runs the system once
on both subsets (warm-up: models loaded, caches filled, as in the timed repetitions of
`presidio_vs_sbu.py`); then, for each subset, it turns instrumentation on (a client request
through a small C helper compiled with the system's `cc` and valgrind's `callgrind.h`), runs
the system once, turns it off and has the count written: start-up, imports, model loading and
warm-up are not counted. The ratio is plain Presidio's instructions over sbu_redact's (higher
is better for sbu_redact): a throughput ratio in instructions, not in time, leaving out what
instructions do not show (cache misses, memory traffic); BLAS uses one thread in both.

`--only sbu` (or `presidio`) counts one system (plain Presidio's count does not depend on the
checkout: count it once, then sbu_redact alone for each version of the code). The default of 5
documents per subset finishes in about 15 minutes on a loaded machine (20 did not finish at load 15).

`--code DIR` measures the sbu_redact of another checkout (its `PYTHONPATH`; plain Presidio is
then measured with it too), on this checkout's corpus. Needs valgrind and a C compiler
(Debian: apt-get install valgrind gcc); the counted runs are 30-60 times slower than native.
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

_HELPER = """
#include <valgrind/callgrind.h>
void sbu_count_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void sbu_count_stop(const char *label) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT(label); }
"""

_CHILD = """
import ctypes, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
from corpus import load_corpus
from presidio_vs_sbu import plain_presidio, sbu
helper = ctypes.CDLL(sys.argv[4])
system, documents = sys.argv[2], int(sys.argv[3])
corpus = load_corpus(200)
def stride(items):
    step = max(1, len(items) // documents)
    return items[::step][:documents]
subsets = {"all": stride([t for _, t, _ in corpus]), "unclassified": stride([t for _, t, u in corpus if u])}
run, pipeline = sbu(False)
if system == "presidio":
    run = plain_presidio(pipeline.detector.model_name)
for texts in subsets.values():
    run(texts)
print(" ".join(f"{len(v)}:{sum(len(t.encode()) for t in v)}" for v in subsets.values()), flush=True)
for name, texts in subsets.items():
    helper.sbu_count_start()
    run(texts)
    helper.sbu_count_stop(name.encode())
"""


def _count(code: Path, script: str, helper: str, system: str, documents: int, out: Path) -> tuple[str, dict[str, int]]:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    prefix = out / system
    result = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={prefix}.%p",
                             sys.executable, script, str(HERE), system, str(documents), helper],
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{system}: the run under valgrind failed:\n{result.stderr[-3000:]}")
    counts = {}
    for dump in sorted(out.glob(f"{system}.*")):
        text = dump.read_text(errors="replace")
        label = re.search(r"^desc: Trigger: Client Request: (\S+)", text, re.MULTILINE)
        totals = re.search(r"^totals: (\d+)", text, re.MULTILINE)  # ("summary:" may read 0 after a reset)
        if label and totals:
            counts[label.group(1)] = int(totals.group(1))
    if set(counts) != {"all", "unclassified"}:
        raise SystemExit(f"{system}: no instruction counts found in {out}:\n{result.stderr[-3000:]}")
    return result.stdout.strip().splitlines()[-1], counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5, help="documents per subset")
    parser.add_argument("--only", choices=["sbu", "presidio"], help="count this system alone")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose sbu_redact is measured")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "child.py").write_text(_CHILD)
        (folder / "helper.c").write_text(_HELPER)
        subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", str(folder / "helper.so"), str(folder / "helper.c")],
                       check=True)
        systems = (args.only,) if args.only else ("presidio", "sbu")
        with ThreadPoolExecutor(2) as pool:
            found = dict(zip(systems, pool.map(
                lambda system: _count(args.code.resolve(), str(folder / "child.py"), str(folder / "helper.so"), system,
                                      args.documents, folder), systems)))
    sizes = dict(zip(("all", "unclassified"), next(iter(found.values()))[0].split()))
    if args.only:
        print(f"INSTRUCTION COUNTS (valgrind callgrind; not time): {args.only} alone ({args.code}), one warmed-up pass")
        for subset in ("all", "unclassified"):
            print(f"{subset} {sizes[subset]} {found[args.only][1][subset]} instructions")
        return
    print(f"INSTRUCTION COUNTS (valgrind callgrind; not time): sbu_redact of {args.code} (levels usg, partner GBR, "
          f"public) and plain Presidio (analyze + anonymize), one warmed-up pass over each subset")
    print()
    print("| subset | documents:bytes | plain Presidio | sbu_redact, 3 levels | ratio (instructions) |")
    print("|---|---:|---:|---:|---:|")
    for subset in ("all", "unclassified"):
        theirs, ours = found["presidio"][1][subset], found["sbu"][1][subset]
        print(f"| {subset} | {sizes[subset]} | {theirs / 1e9:.2f} G instructions | {ours / 1e9:.2f} G instructions "
              f"| {theirs / ours:.2f}x |")


if __name__ == "__main__":
    main()
