#!/usr/bin/env python3
"""A FOIA batch driver: process the documents responsive to a request and draft the response.

Runs the same machinery as `sbu-redact batch` (parallel worker processes, resumable, a Vaughn
index) from Python, then reads the summary and the Vaughn index to draft what the response
letter and the reviewer need: how many documents are released in full, in part or denied, the
exemptions cited, and the withholdings a reviewer must still assign an exemption to.

    python examples/foia_batch.py                           # the example documents, into a temp folder
    python examples/foia_batch.py REQUEST_DIR RELEASE_DIR [--level public] [--jobs 2]

Run it again after an interruption: finished documents are skipped. Exit status 0 when every
document was processed, 1 when some failed (they are listed).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sbu_redact.batch import run_batch

HERE = Path(__file__).resolve().parent


def draft_response(release_dir: Path, level: str) -> str:
    summary = json.loads((release_dir / "summary.json").read_text(encoding="utf-8"))
    with open(release_dir / "vaughn_index.csv", newline="", encoding="utf-8") as handle:
        index = [row for row in csv.DictReader(handle) if row["level"] == level]
    stamps = Counter()
    for doc in summary["documents"]:
        if doc["status"] == "ok":
            stamp = next(v["stamp"] for name, v in doc["versions"].items() if name.startswith(level))
            stamps[" ".join(stamp.split()[:3])] += 1
    exemptions = Counter(row["exemption"] for row in index if row["exemption"])
    review = [row for row in index if row["needs_review"] == "yes"]
    lines = [f"{summary['counts']['documents']} documents reviewed for release at level {level!r}:"]
    for stamp in ("RELEASED IN FULL", "RELEASED IN PART", "DENIED IN FULL"):
        lines.append(f"  {stamp.lower():<17} {stamps.get(stamp, 0)}")
    if exemptions:
        cited = ", ".join(f"{code} ({count})" for code, count in sorted(exemptions.items()))
        lines.append(f"exemptions cited: {cited}")
    lines.append(f"Vaughn index: {len(index)} entries in {release_dir / 'vaughn_index.csv'}")
    if review:
        by_doc = Counter(row["document_id"] for row in review)
        lines.append(f"{len(review)} withholdings need a reviewer to assign an exemption or release them "
                     f"(handling designations such as SBU are not FOIA exemptions):")
        lines += [f"  {doc}: {count}" for doc, count in sorted(by_doc.items())]
    for failure in summary["failures"]:
        lines.append(f"NOT PROCESSED {failure['document_id']}: {failure['reason']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("request_dir", nargs="?", type=Path, default=HERE)
    parser.add_argument("release_dir", nargs="?", type=Path, default=None)
    parser.add_argument("--level", default="public")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    release_dir = args.release_dir or Path(tempfile.mkdtemp(prefix="foia-release-"))

    def progress(result, done: int, total: int) -> None:
        state = "ok" if result.status == "ok" else f"FAILED ({result.reason})"
        print(f"[{done}/{total}] {result.document_id}: {state}")

    result = run_batch(args.request_dir, release_dir, [args.level], jobs=args.jobs, progress=progress)
    print(f"{result.processed} processed, {result.skipped} unchanged since the last run")
    print(draft_response(release_dir, args.level))
    return result.exit_status


if __name__ == "__main__":  # required: the worker processes import this module
    sys.exit(main())
