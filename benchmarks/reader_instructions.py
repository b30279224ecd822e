"""Machine instructions per document read, counted by valgrind's cachegrind: a figure that,
unlike wall-clock time, does not move with the load of a shared machine, so two versions of
the reader can be compared exactly.

Usage: python benchmarks/reader_instructions.py [--code DIR] [--corpus DIR] [--copies N]

`--code` is the checkout whose `sbu_redact` is measured (default: this one), `--corpus` the
checkout whose example and test documents are read (default: this one; use the same corpus
for both versions when comparing). The count is the difference between a run that reads every
document N more times and one that reads each once, divided by the number of reads: start-up,
imports and loading the rules drop out. The children run with a fixed PYTHONHASHSEED
(`--hash-seed`, default 0): string hashing decides set and dict layouts, and an unseeded count
moves by ~10% from run to run. They run without the user's cache (`SBU_REDACT_CACHE_DIR` empty:
the rules validated and the patterns compiled in each run, the same work in both): with a cache,
what one run finds there depends on what the run before it stored, and two identical runs
differed by 6% (2026-12-02, readspeed7); without one, by a few hundred instructions. Needs
`valgrind` (Debian: apt-get install valgrind).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import sys
from pathlib import Path
import sbu_redact
root = Path(sys.argv[1])
paths = sorted((root / "examples").rglob("*.txt")) + sorted((root / "examples").rglob("*.md")) \\
    + [p for p in sorted((root / "tests" / "corpus").rglob("*.txt")) + sorted((root / "tests" / "corpus").rglob("*.md"))
       if "ner" not in p.parts]
docs = []
for p in paths:
    try:
        text = p.read_text(encoding="utf-8")
        sbu_redact.read(text)
        docs.append(text)
    except Exception:
        pass  # a document an older reader cannot read is left out of both runs
print(len(docs))
for _ in range(int(sys.argv[2])):
    for text in docs:
        sbu_redact.read(text)
"""


def _instructions(code: Path, corpus: Path, copies: int, script: str, seed: int) -> tuple[int, int]:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": str(seed), "SBU_REDACT_CACHE_DIR": ""}
    subprocess.run([sys.executable, script, str(corpus), "0"], env=env, check=True,
                   capture_output=True)  # write the bytecode first
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             sys.executable, script, str(corpus), str(copies)],
                            env=env, check=True, capture_output=True, text=True)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if refs is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{result.stderr[-2000:]}")
    return int(result.stdout.split()[0]), int(refs.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--corpus", type=Path, default=ROOT)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--hash-seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(_CHILD)
    try:
        documents, base = _instructions(args.code, args.corpus, 0, handle.name, args.hash_seed)
        _, more = _instructions(args.code, args.corpus, args.copies, handle.name, args.hash_seed)
    finally:
        os.unlink(handle.name)
    per_read = (more - base) / (documents * args.copies)
    print(f"{args.code}: {documents} documents of {args.corpus}, {per_read / 1000:,.0f}k instructions per read (PYTHONHASHSEED={args.hash_seed})")


if __name__ == "__main__":
    main()
