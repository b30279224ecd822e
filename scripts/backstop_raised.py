"""Portions the reader's backstop raises (MARKING_IN_TEXT) in the examples and test corpora:
one line per raised portion (file, what was seen, the message), and a count.

`python scripts/backstop_raised.py [PATH...]` (default: examples/ and tests/corpus/).
"""
from __future__ import annotations

import sys
from pathlib import Path

import sbu_redact

ROOT = Path(__file__).resolve().parent.parent


def files(paths: list[str]) -> list[Path]:
    roots = [Path(p).resolve() for p in paths] or [ROOT / "examples", ROOT / "tests" / "corpus"]
    out: list[Path] = []
    for root in roots:
        out.extend(sorted(p for p in ([root] if root.is_file() else root.rglob("*"))
                          if p.is_file() and p.suffix in (".txt", ".md", ".json", ".csv", ".xml", ".tsv")
                          and p.name not in ("FIRST_RUN.md", "README.md")))
    return out


def main(paths: list[str]) -> None:
    documents = portions = raised = 0
    for path in files(paths):
        with open(path, encoding="utf-8", newline="") as fh:
            try:
                text = fh.read()
            except UnicodeDecodeError:
                continue
        doc = sbu_redact.read(text)
        documents += 1
        portions += len(doc.portions)
        for p in doc.portions:
            notes = [q for q in (p.marking.problems if p.marking else ()) if q.code == "MARKING_IN_TEXT"]
            if notes:
                raised += 1
                for q in notes:
                    print(f"{path.relative_to(ROOT)}:{doc.line_col(p.start)[0]}: {q.severity}: {q.message}")
    print(f"{raised} of {portions} portions raised in {documents} documents")


if __name__ == "__main__":
    main(sys.argv[1:])
