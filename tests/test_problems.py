"""The registry of problem codes: every code emitted anywhere in the package is registered,
has a severity, a meaning and a well-formed rule reference, and is accepted by check.yaml."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sbu_redact import read
from sbu_redact.check import CheckOptions, Checker
from sbu_redact.config import RulesError
from sbu_redact.document import Problem
from sbu_redact.markings import MarkingProblem
from sbu_redact.problems import CODE_NAMES, REFERENCE, Code, reference_for

PACKAGE = Path(__file__).resolve().parent.parent / "sbu_redact"


def emitted_codes() -> dict[str, list[str]]:
    """Every string literal given as the code of a problem anywhere in the package: the first
    argument (or `code=`) of any call to a function or class whose name ends in `problem`
    (`self.problem(...)`, `MarkingProblem(...)`, `Problem(...)`, `_problem(...)`...)."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if not name.lower().endswith("problem") or name == "InputProblem":
                continue
            args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "code")]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_every_emitted_code_is_registered() -> None:
    found = emitted_codes()
    # the scan itself must see the package's emitters, including the codes check once missed
    assert len(found) >= 25
    assert {"GARBLED_MARK", "GARBLED_CAPTION", "EMBEDDED_MARK", "SECURITY_INDICATOR",
            "UNCLASSIFIED_WITH_AUTHORITY", "SPILLAGE", "PUBLIC_PII"} <= set(found)
    unregistered = {code: where for code, where in found.items() if code not in CODE_NAMES}
    assert unregistered == {}


def test_every_registered_code_is_described() -> None:
    for code in Code:
        assert code.severity in ("error", "warning", "info", "ignore"), code
        assert code.meaning and "\n" not in code.meaning, code
        assert REFERENCE.match(code.reference), (code, code.reference)


def test_check_yaml_accepts_exactly_the_registry() -> None:
    options = CheckOptions.from_data({"severity": {name: "warning" for name in CODE_NAMES}}, "check.yaml")
    assert set(options.severity) == CODE_NAMES
    with pytest.raises(RulesError, match=r"check.yaml: key 'severity'.*GARBLED_MARKS"):
        CheckOptions.from_data({"severity": {"GARBLED_MARKS": "error"}}, "check.yaml")


def test_problems_carry_their_reference() -> None:
    assert Problem("SPILLAGE", "error", "x", 0, 1).reference == Code.SPILLAGE.reference
    assert MarkingProblem("CONTRADICTORY", "error", "x").reference == reference_for("CONTRADICTORY")
    precise = MarkingProblem("CONTRADICTORY", "error", "x", reference="CAPCO Register: NOFORN")
    assert precise.reference == "CAPCO Register: NOFORN"
    with pytest.raises(ValueError, match="NOT_A_CODE.*problems.py"):
        Problem("NOT_A_CODE", "error", "x", 0, 1)


def test_reader_problems_and_check_findings_carry_references() -> None:
    text = "UNCLASSIFIED\n\n(S//NF) A secret paragraph.\n\n(U//FOOU) A typo.\n\nUNCLASSIFIED\n"
    document = read(text)
    by_code = {p.code: p for p in document.problems}
    assert by_code["SPILLAGE"].reference == Code.SPILLAGE.reference
    assert by_code["UNKNOWN_TOKEN"].to_dict()["reference"] == Code.UNKNOWN_TOKEN.reference
    findings = Checker().check_text(text, "memo.txt")
    spill = next(f for f in findings if f.code == "SPILLAGE")
    assert spill.to_dict()["reference"] == Code.SPILLAGE.reference
    assert spill.format().endswith(f"[{Code.SPILLAGE.reference}]")


def test_check_reports_register_rules_with_their_references() -> None:
    text = ("SECRET//HCS-P//REL TO USA, GBR\n\n(S//HCS-P//REL TO USA, GBR) Human source reporting.\n\n"
            "(U//OC) Originator controlled.\n\nSECRET//HCS-P//REL TO USA, GBR\n")
    found = {(f.code, f.reference) for f in Checker().check_text(text, "memo.txt") if f.severity == "error"}
    assert ("MISSING_REQUIRED", "CAPCO Register: HCS") in found
    assert ("LEVEL_NOT_ALLOWED", "CAPCO Register: ORCON") in found
