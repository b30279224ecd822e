"""The marking register as a table (tests/corpus/markings/register.yaml): every valid banner
and portion mark is accepted with its level, every invalid one is rejected with the expected
problem code and rule reference. Run as a script to print the acceptance figures."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

TABLE = Path(__file__).resolve().parent / "corpus" / "markings" / "register.yaml"


def load_table() -> dict[str, list[dict[str, Any]]]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return {"valid": data["valid"], "invalid": data["invalid"]}


def grammar() -> Any:
    from sbu_redact.markings import grammar_for

    return grammar_for(None)


def parse(g: Any, mark: str) -> Any:
    """A portion mark (in parentheses) or a banner line, each read as the reader reads it."""
    if mark.startswith("("):
        return g.parse(mark)
    return g.parse_banner(mark) if hasattr(g, "parse_banner") else g.parse(mark)


@dataclass
class Outcome:
    ok: bool
    code_ok: bool  # invalid entries: the expected code was reported as an error
    detail: str


def judge(g: Any, entry: dict[str, Any], valid: bool) -> Outcome:
    marking = parse(g, entry["mark"])
    got = [(p.code, p.severity, getattr(p, "reference", "")) for p in marking.problems]
    errors = [p for p in got if p[1] == "error"]
    if valid:
        ok = marking.valid and marking.level == entry["level"]
        return Outcome(ok, ok, f"level {marking.level}, problems {got}")
    code_ok = any(code == entry["code"] for code, _, _ in errors)
    ref_ok = any(code == entry["code"] and ref == entry["ref"] for code, _, ref in errors)
    level_ok = "level" not in entry or marking.level == entry["level"]
    return Outcome(ref_ok and level_ok and not marking.valid, code_ok and level_ok,
                   f"level {marking.level}, problems {got}")


TABLE_DATA = load_table()


@pytest.mark.parametrize("entry", TABLE_DATA["valid"], ids=[e["mark"] for e in TABLE_DATA["valid"]])
def test_valid_marks_are_accepted(entry: dict[str, Any]) -> None:
    outcome = judge(grammar(), entry, valid=True)
    assert outcome.ok, f"{entry['mark']}: expected a valid {entry['level']} marking; got {outcome.detail}"


@pytest.mark.parametrize("entry", TABLE_DATA["invalid"], ids=[e["mark"] for e in TABLE_DATA["invalid"]])
def test_invalid_marks_are_rejected_for_the_right_reason(entry: dict[str, Any]) -> None:
    outcome = judge(grammar(), entry, valid=False)
    assert outcome.ok, (f"{entry['mark']}: expected {entry['code']} [{entry['ref']}]"
                        f"{', level ' + str(entry['level']) if 'level' in entry else ''}; got {outcome.detail}")


def test_table_is_large_and_balanced() -> None:
    assert len(TABLE_DATA["valid"]) + len(TABLE_DATA["invalid"]) >= 300
    assert len(TABLE_DATA["invalid"]) >= 100
    marks = [e["mark"] for group in TABLE_DATA.values() for e in group]
    assert len(marks) == len(set(marks))


def main() -> None:
    g = grammar()
    verbose = "-v" in sys.argv
    for group in ("valid", "invalid"):
        entries = TABLE_DATA[group]
        outcomes = [judge(g, e, valid=group == "valid") for e in entries]
        if group == "valid":
            print(f"valid marks accepted with the right level: {sum(o.ok for o in outcomes)}/{len(entries)}")
        else:
            rejected = sum(not parse(g, e["mark"]).valid for e in entries)
            print(f"invalid marks rejected: {rejected}/{len(entries)}; with the expected code: "
                  f"{sum(o.code_ok for o in outcomes)}; with the expected code and reference: "
                  f"{sum(o.ok for o in outcomes)}")
        if verbose:
            for entry, outcome in zip(entries, outcomes):
                if not outcome.ok:
                    print(f"  {group} {entry['mark']!r}: {entry.get('code', '')} {outcome.detail}")


if __name__ == "__main__":
    main()
