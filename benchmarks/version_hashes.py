#!/usr/bin/env python3
"""Hashes of every version of the benchmark corpus, to prove a speed change changes nothing.

    python benchmarks/version_hashes.py [--documents 200] [--out FILE]

Redacts every document of `benchmarks/corpus.py` at `usg`, `partner` (GBR), `public` and
`foia` with `Pipeline.redact_many`, and prints one line per version: the SHA-256 of its text,
of its audit log (`log_dict`) and of its review flags, then one hash of all lines. Run it on
two checkouts (PYTHONPATH) and compare the files (`diff`).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

LEVELS = ["usg", "partner", "public", "foia"]


def _sha(data: str) -> str:
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from sbu_redact import Pipeline

    corpus = load_corpus(args.documents)
    results = Pipeline().redact_many([t for _, t, _ in corpus], LEVELS, partner="GBR")
    lines = []
    for (name, _, _), result in zip(corpus, results):
        if isinstance(result, Exception):
            lines.append(f"{name} {type(result).__name__} {_sha(str(result))}")
            continue
        for level, version in result.items():
            log = json.dumps(version.log_dict(document_id=name), sort_keys=True, default=str)
            flags = json.dumps([repr(f) for f in version.flags or []])
            lines.append(f"{name} {level} {_sha(version.text)} {_sha(log)} {_sha(flags)}")
    report = "\n".join(lines) + f"\nall {len(lines)} {_sha(chr(10).join(lines))}\n"
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    print(report.splitlines()[-1])


if __name__ == "__main__":
    main()
