"""Fingerprint how the sbu_redact on PYTHONPATH reads every adversarial corpus document (issue 8 session tool).

`PYTHONPATH=<tree> python scripts/harness/readdiff.py OUT [CORPUS_ROOT]` writes one line per document:
`<id> <sha1 of the reading>` (document level, every portion's span, marking, explicit flag, problems' codes).
Two trees' outputs joined (`join -v`/`comm`, or `compare` below) name the documents whose reading changed, so a
merge's effect can be re-run on those documents only (`run_documents.py`) instead of the whole harness.
`python scripts/harness/readdiff.py --compare A B` prints the ids whose fingerprints differ.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def fingerprint(text: str) -> str:
    from sbu_redact import read
    doc = read(text)
    parts = [repr(doc.classification), repr(doc.inherited), repr(doc.rollup)]
    parts += [f"{p.start}:{p.end}:{p.body_start}:{p.marking!r}:{p.explicit}" for p in doc.portions]
    parts += sorted(f"{getattr(q, 'code', q)}@{getattr(q, 'start', '')}" for q in doc.problems)
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        a = dict(line.split() for line in open(argv[1]) if line.strip())
        b = dict(line.split() for line in open(argv[2]) if line.strip())
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                print(key)
        return 0
    out = Path(argv[0])
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "tests" / "corpus"
    with out.open("w") as fh:
        for path in sorted(root.glob("adversarial*/*.txt")):
            try:
                fp = fingerprint(path.read_text(encoding="utf-8"))
            except Exception as exc:  # a crash is a reading too
                fp = "crash-" + type(exc).__name__
            fh.write(f"{path.parent.name}/{path.stem} {fp}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
