"""Leaks of the adversarial corpora by portion decisions alone (no NER, no redaction): for each
document and level, the `must_withhold` phrases left in the text outside the withheld portions.
Compares the reader with and without the backstop, optionally with rules from another folder
(`--rules DIR`, e.g. a copy of rules/ with the statements-in-words sections emptied, to see what
the backstop stops on its own).

`python scripts/backstop_leaks.py [--rules DIR] [CORPUS...]`
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import sbu_redact  # noqa: E402
import sbu_redact.reader as reader  # noqa: E402
from sbu_redact.config import as_rules  # noqa: E402
from sbu_redact.policy import Policy, decide  # noqa: E402
from test_adversarial_corpus import CORPUS_ROOT, LEVELS, PARTNER, _load, document_text, leaked  # noqa: E402

backstop_module = importlib.import_module("sbu_redact.reader.backstop")


def released_text(doc: sbu_redact.Document, policy: Policy, level: str) -> str:
    partner = PARTNER if policy.levels[level].partner else None
    withheld = [d.portion for d in decide(doc, policy.level(level, partner), partner) if d.withheld]
    out, cursor = [], 0
    for p in sorted(withheld, key=lambda p: p.start):
        out.append(doc.text[cursor:max(cursor, p.start)])
        cursor = max(cursor, p.end)
    out.append(doc.text[cursor:])
    return " ".join(out)


def run(entries: list[dict], rules: object, with_backstop: bool) -> tuple[int, int, int]:
    reader.backstop = backstop_module.backstop if with_backstop else (lambda r, p: p)
    policy = Policy.from_rules(rules)  # type: ignore[arg-type]
    documents = checks = lost = 0
    for entry in entries:
        doc = sbu_redact.read(document_text(entry), rules)  # type: ignore[arg-type]
        bad = False
        for level in LEVELS:
            phrases = entry["must_withhold"].get(level, [])
            if phrases and leaked(released_text(doc, policy, level), phrases):
                checks += 1
                bad = True
        documents += bad
        releasable = entry.get("must_release", {}).get("usg", [])
        kept = released_text(doc, policy, "usg")
        lost += sum(1 for p in releasable if not leaked(kept, [p]))
    return documents, checks, lost


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", type=Path)
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    corpora = args.corpora or sorted(p.name for p in CORPUS_ROOT.glob("adversarial*") if (p / "expected.yaml").exists())
    rules = as_rules(str(args.rules)) if args.rules else as_rules(None)
    for corpus in corpora:
        entries = _load(corpus)
        for flag in (False, True):
            documents, checks, lost = run(entries, rules, flag)
            print(f"{corpus:13s} backstop {'on ' if flag else 'off'}: {documents:3d} of {len(entries)} documents leak, "
                  f"{checks:3d} (document, level) leaks, {lost} must_release phrases lost at usg")


if __name__ == "__main__":
    main()
