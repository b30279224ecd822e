"""`sbu-redact check`: lint findings, public-path policy, output formats, exit statuses, and
that checking never loads spaCy or Presidio unless a PII check is asked for."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbu_redact.check import (Checker, CheckOptions, check_paths, collect_files, glob_regex, load_options,
                              relative_path)
from sbu_redact.cli import cli
from sbu_redact.config import RulesError

REPO = Path(__file__).resolve().parent.parent


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


CLEAN_MEMO = doc("""
    UNCLASSIFIED

    SUBJECT: (U) Quarterly staffing plan

    (U) The office will hire two analysts in the spring.

    (U) Training starts in May.

    UNCLASSIFIED
    """)

SPILLAGE_MEMO = doc("""
    UNCLASSIFIED

    SUBJECT: (U) Border crossings

    (U) The meeting was held on Tuesday.

    (S//NF) The source reported troop movements near the border.

    UNCLASSIFIED
    """)

BANNERS_DISAGREE = doc("""
    SECRET

    (S) The meeting was held.

    (C) Follow-up is planned.

    CONFIDENTIAL
    """)

MIXED_PROBLEMS = doc("""
    SECRET//NOFORN

    (S//NF) First paragraph.

    A paragraph nobody marked.

    (C//REL TO USA, GBR//NF) Contradictory controls.

    (XYZ) Unknown mark.

    SECRET//NOFORN
    """)

CLEAN_CABLE = doc("""
    P 311438Z JUL 07
    FM AMEMBASSY MOSCOW
    TO RUEHC/SECSTATE WASHDC PRIORITY 2510

    UNCLAS MOSCOW 003736

    E.O. 12958: N/A
    TAGS: PREL RS
    SUBJECT: (U) VISIT OF THE DEPUTY MINISTER

    1. (U) The deputy minister will visit in August.

    2. (U) The embassy will host a reception.

    RUSSELL
    """)

SPILLAGE_CABLE = CLEAN_CABLE.replace("2. (U) The embassy", "2. (C) The embassy")
OVERCLASSIFIED_CABLE = CLEAN_CABLE.replace("UNCLAS MOSCOW 003736", "C O N F I D E N T I A L MOSCOW 003736") \
    .replace("E.O. 12958: N/A", "E.O. 12958: DECL: 07/31/2017")
SBU_CABLE = CLEAN_CABLE.replace("UNCLAS MOSCOW", "UNCLAS SENSITIVE MOSCOW").replace("2. (U)", "2. (SBU)")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(options=CheckOptions(public_paths=("public/**",)))


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# ------------------------------------------------------------------ lint findings
def test_clean_documents_have_no_findings(checker: Checker) -> None:
    assert checker.check_text(CLEAN_MEMO, "memo.md") == []
    assert checker.check_text(CLEAN_CABLE, "cable.txt") == []


def test_spillage_in_a_memo_is_an_error_at_the_portion_mark(checker: Checker) -> None:
    findings = checker.check_text(SPILLAGE_MEMO, "memo.txt")
    spill = [f for f in findings if f.code == "SPILLAGE"]
    assert len(spill) == 1
    assert (spill[0].line, spill[0].col, spill[0].severity) == (7, 1, "error")
    assert spill[0].format().startswith("memo.txt:7:1: SPILLAGE SECRET portion under a UNCLASSIFIED")


def test_spillage_in_a_cable_under_its_classification_line(checker: Checker) -> None:
    findings = checker.check_text(SPILLAGE_CABLE, "c.txt")
    assert [(f.code, f.line, f.severity) for f in findings if f.code == "SPILLAGE"] == [("SPILLAGE", 13, "error")]


def test_banners_that_disagree(checker: Checker) -> None:
    findings = checker.check_text(BANNERS_DISAGREE, "m.txt")
    assert ("BANNER_MISMATCH", 7, "error") in [(f.code, f.line, f.severity) for f in findings]


def test_unmarked_unknown_and_contradictory(checker: Checker) -> None:
    found = {(f.code, f.line) for f in checker.check_text(MIXED_PROBLEMS, "m.txt")}
    assert ("UNMARKED_PORTION", 5) in found
    assert ("CONTRADICTORY", 7) in found
    assert ("UNREADABLE", 9) in found


def test_overclassified_cable_is_a_warning_added_by_check(checker: Checker) -> None:
    findings = checker.check_text(OVERCLASSIFIED_CABLE, "c.txt")
    rollup = [f for f in findings if f.code == "BANNER_ROLLUP_MISMATCH"]
    assert len(rollup) == 1 and rollup[0].severity == "warning" and rollup[0].line == 5


def test_findings_are_sorted_and_deterministic(checker: Checker) -> None:
    first = checker.check_text(MIXED_PROBLEMS, "m.txt")
    assert first == checker.check_text(MIXED_PROBLEMS, "m.txt")
    assert first == sorted(first, key=lambda f: (f.path, f.line, f.col, f.code, f.message))


def test_severity_overrides_and_ignore() -> None:
    options = CheckOptions(severity={"SPILLAGE": "warning", "BANNER_MISSING_CONTROL": "ignore"})
    findings = Checker(options=options).check_text(SPILLAGE_MEMO, "m.txt")
    assert [(f.code, f.severity) for f in findings] == [("SPILLAGE", "warning")]


def test_bottom_banner_missing_is_opt_in() -> None:
    text = CLEAN_MEMO.rsplit("UNCLASSIFIED", 1)[0]
    assert Checker(options=CheckOptions()).check_text(text, "m.txt") == []
    findings = Checker(options=CheckOptions(severity={"BOTTOM_BANNER_MISSING": "warning"})).check_text(text, "m.txt")
    assert codes(findings) == ["BOTTOM_BANNER_MISSING"]


# ------------------------------------------------------------------ public paths
def test_public_paths_refuse_sbu_and_classified(checker: Checker) -> None:
    assert checker.check_text(CLEAN_CABLE, "public/a.txt") == []
    sbu = checker.check_text(SBU_CABLE, "public/a.txt")
    assert "PUBLIC_MARKING" in codes(sbu)
    withheld = [f for f in sbu if f.code == "PUBLIC_WITHHELD"]
    assert withheld and all(f.severity == "error" for f in withheld)
    assert [(f.line, f.col) for f in withheld if "(SBU)" in f.message] == [(13, 4)]
    # the same document outside the public paths is only linted
    assert "PUBLIC_WITHHELD" not in codes(checker.check_text(SBU_CABLE, "internal/a.txt"))


def test_public_paths_refuse_doubtful_and_unmarked(checker: Checker) -> None:
    unmarked = "Just some text with no marking at all.\n"
    assert "PUBLIC_WITHHELD" in codes(checker.check_text(unmarked, "public/x.md"))
    doubtful = CLEAN_MEMO.replace("(U) Training", "(UX) Training")
    assert any(f.code == "PUBLIC_WITHHELD" and f.line == 7 for f in checker.check_text(doubtful, "public/x.md"))


@pytest.mark.parametrize("pattern, path, expected", [
    ("public/**", "public/a.txt", True),
    ("public/**", "public/deep/er/a.md", True),
    ("public/**", "notpublic/a.txt", False),
    ("public/**", "src/public/a.txt", False),
    ("public/", "public/a.txt", True),
    ("**/public/*.md", "x/y/public/a.md", True),
    ("**/public/*.md", "public/a.md", True),
    ("**/public/*.md", "public/sub/a.md", False),
    ("*.release.md", "deep/in/a.release.md", True),
    ("docs/*.txt", "docs/a.txt", True),
    ("docs/*.txt", "docs/sub/a.txt", False),
    ("docs/?.txt", "docs/a.txt", True),
    ("docs/[ab].txt", "docs/c.txt", False),
])
def test_glob_patterns(pattern: str, path: str, expected: bool) -> None:
    assert bool(glob_regex(pattern).match(path)) is expected


def test_relative_path(tmp_path: Path) -> None:
    assert relative_path("./public/a.txt", str(tmp_path)) == "public/a.txt"
    assert relative_path(str(tmp_path / "public" / "a.txt"), str(tmp_path)) == "public/a.txt"


# ------------------------------------------------------------------ rules/check.yaml
def test_shipped_check_yaml_is_valid() -> None:
    options = load_options()
    assert options.public_paths == ("public/**",)
    assert options.severity["SPILLAGE"] == "error"
    assert options.pii is False


@pytest.mark.parametrize("content, key", [
    ("public_path: ['x/**']\n", "public_path"),
    ("severity: {SPILAGE: error}\n", "severity"),
    ("severity: {SPILLAGE: fatal}\n", "severity.SPILLAGE"),
    ("pii: maybe\n", "pii"),
    ("extensions: [txt]\n", "extensions.0"),
    ("public_paths: ['docs/[ab']\n", "public_paths"),
])
def test_bad_check_yaml_names_file_and_key(tmp_path: Path, content: str, key: str) -> None:
    config = tmp_path / "check.yaml"
    config.write_text(content)
    with pytest.raises(RulesError) as info:
        load_options(config_file=config)
    message = str(info.value)
    assert str(config) in message and f"key '{key}" in message and "\n" not in message


# ------------------------------------------------------------------ files and directories
def write_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def test_directories_are_walked_for_configured_extensions(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": CLEAN_MEMO, "sub/b.md": CLEAN_MEMO, "sub/c.MARKDOWN": CLEAN_MEMO,
                          "sub/image.png": b"\x89PNG\x00", ".git/x.txt": "junk", ".hidden.md": "junk",
                          "skip/d.txt": SPILLAGE_MEMO})
    files, problems = collect_files([str(tmp_path)], CheckOptions(exclude=("skip/**",)), cwd=str(tmp_path))
    assert problems == []
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "sub/b.md", "sub/c.MARKDOWN"]


def test_bad_inputs_are_reported_and_the_others_still_checked(tmp_path: Path) -> None:
    write_tree(tmp_path, {"bin.txt": b"\x00\x01\x02binary", "latin1.txt": "caf\xe9 (U) x".encode("latin-1"),
                          "spill.txt": SPILLAGE_MEMO, "empty.md": "  \n"})
    paths = [str(tmp_path / n) for n in ("bin.txt", "latin1.txt", "spill.txt", "empty.md", "missing.txt")]
    result = check_paths(paths, options=CheckOptions())
    assert sorted(Path(p.path).name for p in result.input_problems) == ["bin.txt", "latin1.txt", "missing.txt"]
    assert all("\n" not in p.message and p.path in p.message for p in result.input_problems)
    assert "SPILLAGE" in codes(result.findings)
    assert result.files_checked == 2  # spill.txt and the empty file (nothing to leak)
    assert result.exit_status() == 2


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    files = {f"d{i:03}.txt": (SPILLAGE_MEMO if i % 3 else CLEAN_CABLE) for i in range(30)}
    write_tree(tmp_path, files)
    serial = check_paths([str(tmp_path)], options=CheckOptions(), jobs=1)
    parallel = check_paths([str(tmp_path)], options=CheckOptions(), jobs=2)
    assert serial.findings == parallel.findings and serial.files_checked == parallel.files_checked == 30


# ------------------------------------------------------------------ command line
@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def run_check(runner: CliRunner, cwd: Path, *args: str):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(cli, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def test_cli_clean_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/a.md": CLEAN_MEMO, "docs/b.txt": CLEAN_CABLE})
    result = run_check(runner, tmp_path, "docs")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_cli_findings_exit_1_in_linter_format(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/a.md": CLEAN_MEMO, "docs/spill.txt": SPILLAGE_MEMO, "docs/mixed.txt": MIXED_PROBLEMS})
    result = run_check(runner, tmp_path, "docs")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines == sorted(lines, key=lambda l: (l.split(":")[0], int(l.split(":")[1]), int(l.split(":")[2])))
    assert "docs/spill.txt:7:1: SPILLAGE SECRET portion under a UNCLASSIFIED marking ((S//NF)) " \
        "[ISOO Marking Booklet: Banner Lines]" in lines
    assert all(l.startswith(("docs/spill.txt:", "docs/mixed.txt:")) for l in lines)
    assert "error(s)" in result.stderr


def test_cli_warnings_pass_unless_strict(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"c.txt": OVERCLASSIFIED_CABLE})
    result = run_check(runner, tmp_path, "c.txt")
    assert result.exit_code == 0 and "BANNER_ROLLUP_MISMATCH" in result.stdout
    assert run_check(runner, tmp_path, "--strict", "c.txt").exit_code == 1


def test_cli_json(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"spill.txt": SPILLAGE_MEMO})
    result = run_check(runner, tmp_path, "--format", "json", "spill.txt", "nope.txt")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["exit_status"] == 2 and data["files_checked"] == 1
    assert {"path": "spill.txt", "line": 7, "col": 1, "code": "SPILLAGE", "severity": "error"}.items() <= \
        next(f for f in data["findings"] if f["code"] == "SPILLAGE").items()
    assert data["input_errors"] == [{"path": "nope.txt", "message": "nope.txt: no such file or directory"}]
    assert result.stderr.strip() == "sbu-redact: error: nope.txt: no such file or directory"


def test_cli_public_paths_from_rules_and_option(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"public/sbu.txt": SBU_CABLE, "releases/sbu.txt": SBU_CABLE})
    result = run_check(runner, tmp_path, "public", "releases")
    assert result.exit_code == 1
    assert "public/sbu.txt" in result.stdout and "PUBLIC_WITHHELD" in result.stdout
    assert "releases/sbu.txt:" not in result.stdout.replace("public/sbu.txt", "")
    result = run_check(runner, tmp_path, "--public", "releases/**", "public", "releases")
    assert "releases/sbu.txt" in result.stdout and "public/sbu.txt" not in result.stdout


def test_cli_usage_and_rules_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert run_check(runner, tmp_path).exit_code == 2  # no PATH
    assert run_check(runner, tmp_path, "--format", "xml", ".").exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("public_paths: 3\n")
    result = run_check(runner, tmp_path, "--config", str(bad), ".")
    assert result.exit_code == 2 and "public_paths" in result.stderr and str(bad) in result.stderr


def test_cli_pii_in_public_paths(runner: CliRunner, tmp_path: Path) -> None:
    text = CLEAN_MEMO.replace("(U) Training starts in May.",
                              "(U) Questions to John Smith, john.smith@example.org or 202-555-0143.")
    write_tree(tmp_path, {"public/a.md": text, "internal/a.md": text})
    assert run_check(runner, tmp_path, "public", "internal").exit_code == 0  # PII is opt-in
    result = run_check(runner, tmp_path, "--pii", "public", "internal")
    assert result.exit_code == 1
    found = [line.split(": ", 1) for line in result.stdout.splitlines()]
    line7 = text.splitlines()[6]
    expected = {f"public/a.md:7:{line7.index(what) + 1}" for what in ("John Smith", "john.smith@", "202-555")}
    assert {where for where, _ in found} == expected
    assert all(where.startswith("public/a.md:7:") and msg.startswith("PUBLIC_PII") for where, msg in found)
    assert "john.smith" not in result.stdout  # the PII itself is not echoed into logs
    assert "EMAIL_ADDRESS" in result.stdout


# ------------------------------------------------------------------ start-up weight
def modules_after_check(cwd: Path, args: list[str], status: int) -> set[str]:
    """Run `sbu-redact check ARGS` in a fresh interpreter; the modules it left loaded."""
    probe = textwrap.dedent(f"""
        import json, sys
        from sbu_redact.cli import cli
        try:
            cli(["check", *{args!r}], prog_name="sbu-redact")
        except SystemExit as exc:
            assert exc.code == {status}, exc.code
        print(json.dumps(sorted(sys.modules)))
    """)
    out = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


HEAVY = ("spacy", "presidio_analyzer", "presidio_anonymizer", "thinc", "torch")


def test_check_never_imports_nlp_without_pii(tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/a.txt": SPILLAGE_MEMO, "public/b.txt": SBU_CABLE, "public/c.md": CLEAN_MEMO})
    loaded = modules_after_check(tmp_path, ["--no-cache", "docs", "public"], status=1)  # really read
    assert "sbu_redact.check" in loaded and "sbu_redact.reader" in loaded
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_pii_option_outside_public_paths_stays_light(tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/a.txt": CLEAN_MEMO})
    loaded = modules_after_check(tmp_path, ["--pii", "docs"], status=0)
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]


def test_console_script_importtime(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": SPILLAGE_MEMO})
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "sbu_redact", "check", "a.txt"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "sbu_redact.check" in imported
    assert not [m for m in imported if m.split(".")[0] in HEAVY]


def test_pii_check_without_a_model_fails_closed(tmp_path):
    import shutil
    import subprocess
    import sys

    from conftest import REPO

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    entities = rules / "entities.yaml"
    entities.write_text("\n".join("models: [en_core_web_not_installed]" if line.startswith("models:") else line
                                  for line in entities.read_text(encoding="utf-8").splitlines()) + "\n",
                        encoding="utf-8")
    (tmp_path / "public").mkdir()
    (tmp_path / "public" / "note.md").write_text("UNCLASSIFIED\n\n(U) The visit went well.\n\nUNCLASSIFIED\n",
                                                  encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "sbu_redact", "check", "--pii", "--rules", str(rules),
                          "public/note.md"], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 1
    assert "PUBLIC_PII" in out.stdout and "NER is off" in out.stdout
