#!/usr/bin/env python3
"""A release workflow that uses sbu_redact as a library.

Reads a cable, shows its markings, produces the `usg` (US Government) and `public` (FOIA)
versions from one analysis, checks them before anything is released, and writes each version
with its audit log.

    python examples/release_workflow.py                       # the example cable, no files written
    python examples/release_workflow.py DOC --out releases/   # any document; write the versions

Exit status 0 when every check passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import sbu_redact

HERE = Path(__file__).resolve().parent
DEFAULT_DOCUMENT = HERE / "cables" / "07MOSCOW3736.txt"


def check_versions(text: str, versions: dict[str, "sbu_redact.Redacted"]) -> list[str]:
    """What a release officer verifies before anything leaves the building."""
    problems: list[str] = []
    usg, public = versions["usg"], versions["public"]
    # usg readers may see SBU: nothing of an UNCLASSIFIED//SBU cable is withheld from them
    if any(a.kind == "withhold" for a in usg.log) and "SBU" in usg.banner and "CONFIDENTIAL" not in text:
        problems.append("usg: an SBU portion was withheld")
    # the public version carries an unclassified banner and a release stamp
    if public.banner != "UNCLASSIFIED":
        problems.append(f"public: banner is {public.banner!r}, not UNCLASSIFIED")
    if not public.stamp.startswith(("RELEASED IN FULL", "RELEASED IN PART", "DENIED IN FULL")):
        problems.append(f"public: unexpected release stamp {public.stamp!r}")
    # nothing withheld or redacted survives in the public version (sbu_redact's leak check has
    # already refused any version where it does; a workflow may still check what it cares about)
    for action in public.log:
        if action.kind in ("withhold", "redact"):
            removed = " ".join(text[action.start:action.end].split())
            if len(removed) >= 8 and removed in " ".join(public.text.split()):
                problems.append(f"public: text at {action.start}-{action.end} survives")
            if not action.reason:
                problems.append(f"public: action at {action.start}-{action.end} has no reason")
    # the audit log of a public version is itself releasable: it never holds the removed text
    log = json.dumps(public.log_dict(document_id="check"))
    for action in public.log:
        removed = text[action.start:action.end]
        if action.kind == "redact" and len(removed) >= 5 and removed in log:
            problems.append(f"public: the audit log quotes redacted text at {action.start}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", type=Path, default=DEFAULT_DOCUMENT)
    parser.add_argument("--out", type=Path, default=None, help="write <name>.<level>.txt and .log.json here")
    args = parser.parse_args(argv)

    text = args.document.read_text(encoding="utf-8")

    # 1. Reading the markings is pure text processing: no NLP is loaded for this.
    document = sbu_redact.read(text)
    banner = document.classification.banner() if document.classification else "(none)"
    marks = sorted({p.marking.portion_mark() for p in document.portions if p.marking and p.marking.level})
    print(f"{args.document.name}: {document.kind}, marked {banner}, {len(document.portions)} portions {marks}")
    if document.header.cable_id:
        print(f"  cable {document.header.cable_id}, subject: {document.header.subject}")

    # 2. One Pipeline per process: the NER engine is built on first use and reused.
    pipeline = sbu_redact.Pipeline()
    try:
        versions = pipeline.redact(text, levels=["usg", "public"])
    except sbu_redact.LeakError as exc:  # fail closed: no version is produced
        print(f"refused: {exc}", file=sys.stderr)
        return 1

    for level, version in versions.items():
        withheld = sum(1 for a in version.log if a.kind == "withhold")
        redacted = sum(1 for a in version.log if a.kind == "redact")
        print(f"  {level:<6} {version.banner:<20} {version.stamp:<28} "
              f"{withheld} portions withheld, {redacted} redactions")

    # 3. Check before release.
    problems = check_versions(text, versions)
    for problem in problems:
        print(f"CHECK FAILED: {problem}", file=sys.stderr)
    if problems:
        return 1
    print("checks passed: usg keeps the SBU text, public withholds it and redacts names under (b)(6)")

    # 4. Write each version with its audit log.
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        stem = args.document.name.rsplit(".", 1)[0]
        for level, version in versions.items():
            (args.out / f"{stem}.{level}.txt").write_text(version.text, encoding="utf-8")
            log = version.log_dict(document_id=args.document.name)
            (args.out / f"{stem}.{level}.log.json").write_text(json.dumps(log, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {len(versions)} versions to {args.out}")
    else:
        print("\n--- public version ---")
        print(versions["public"].text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
