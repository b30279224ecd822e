"""The command line end to end, in subprocesses, as users run it."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import REPO, SEED_CABLE


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "sbu_redact", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


@pytest.fixture()
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target)
    return target


def test_redact_public_to_stdout_matches_the_issue(seed_text):
    out = run("redact", SEED_CABLE, "--level", "public")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Kruitskikh", "SIPDIS", "SENSITIVE"):
        assert name not in text
    assert "TAGS: TSPA ECPS KSCA PREL PARM RS" in text
    assert "STATE 87399" in text and "STATE 77400" in text
    assert "RELEASED IN PART B6" in text
    for lead in ("- 11. (SBU)", "- ¶2. (SBU)", "- \\P 7. (SBU)"):
        assert lead + " [Withheld" in text
    # side by side: the version has the original's lines plus the banner and stamp lines
    assert len(text.splitlines()) - len(seed_text.splitlines()) in (3, 4, 5)


def test_redact_writes_versions_and_logs_atomically(tmp_path, seed_text):
    out = run("redact", SEED_CABLE, "--level", "public", "--level", "usg", "--out", tmp_path / "out")
    assert out.returncode == 0, out.stderr
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["07MOSCOW3736.public.log.json", "07MOSCOW3736.public.txt",
                     "07MOSCOW3736.usg.log.json", "07MOSCOW3736.usg.txt"]
    usg = (tmp_path / "out" / "07MOSCOW3736.usg.txt").read_text(encoding="utf-8")
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Andrey Kruitskikh"):
        assert name in usg
    log = json.loads((tmp_path / "out" / "07MOSCOW3736.public.log.json").read_text(encoding="utf-8"))
    # a public log is releasable: it never carries the removed text
    dumped = json.dumps(log)
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "Kruitskikh"):
        assert name not in dumped
    assert SEED_CABLE.read_text(encoding="utf-8") == seed_text  # input untouched


def test_redact_is_deterministic(tmp_path):
    for name in ("a", "b"):
        assert run("redact", SEED_CABLE, "--level", "public", "--out", tmp_path / name).returncode == 0
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


@pytest.mark.parametrize("args,needle", [
    (["--level", "nosuchlevel"], "nosuchlevel"),
    (["--level", "partner"], "partner"),
    (["--level", "public", "--level", "usg"], "--out"),
])
def test_redact_usage_errors_exit_2(args, needle):
    out = run("redact", SEED_CABLE, *args)
    assert out.returncode == 2
    assert needle in out.stderr and out.stdout == ""


def test_redact_rules_with_unknown_key(rules_copy):
    levels = rules_copy / "levels.yaml"
    levels.write_text(levels.read_text(encoding="utf-8").replace("  public:\n", "  public:\n    colour: red\n", 1),
                      encoding="utf-8")
    out = run("redact", SEED_CABLE, "--level", "public", "--rules", rules_copy)
    assert out.returncode == 2
    line = out.stderr.strip()
    assert len(line.splitlines()) == 1 and "levels.yaml" in line and "colour" in line


def test_redact_malformed_yaml(rules_copy):
    (rules_copy / "levels.yaml").write_text("levels:\n  public: [unclosed\n", encoding="utf-8")
    out = run("redact", SEED_CABLE, "--level", "public", "--rules", rules_copy)
    assert out.returncode == 2
    assert "levels.yaml" in out.stderr and "YAML" in out.stderr


def test_redact_bad_input_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    out = run("redact", SEED_CABLE, bad, "--level", "public", "--out", tmp_path / "out")
    assert out.returncode == 2 and str(bad) in out.stderr
    assert not (tmp_path / "out").exists()


def test_analyze_json():
    out = run("analyze", SEED_CABLE, "--json")
    assert out.returncode == 0, out.stderr
    findings = json.loads(out.stdout)
    assert {"entity_type", "start", "end", "score", "text", "recognizer"} <= set(findings[0])
    text = SEED_CABLE.read_text(encoding="utf-8")
    for f in findings:
        assert text[f["start"]:f["end"]] == f["text"]
    people = {f["text"] for f in findings if f["entity_type"] == "PERSON"}
    assert {"HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL"} <= people


def test_help_and_version():
    assert run("--help").returncode == 0
    assert "0.1.0" in run("--version").stdout


def test_redact_refuses_two_inputs_that_would_write_the_same_output(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(SEED_CABLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = run("redact", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "--level", "public",
              "--out", tmp_path / "out")
    assert out.returncode == 2 and "x.<level>.txt" in out.stderr
    assert not (tmp_path / "out").exists()


def test_redact_foia_says_what_is_left_to_review(tmp_path):
    out = run("redact", SEED_CABLE, "--level", "foia", "--level", "public", "--out", tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    foia = next(line for line in lines if ": foia: " in line)
    assert "DRAFT - REVIEW REQUIRED; to review: 8 portions, " in foia and " spans -> " in foia
    public = next(line for line in lines if ": public: " in line)
    assert "RELEASED IN PART B6; 8 portions withheld without an exemption (review needed)" in public
    version = (tmp_path / "07MOSCOW3736.foia.txt").read_text(encoding="utf-8")
    assert version.startswith("DRAFT - REVIEW REQUIRED\nUNCLASSIFIED//SBU\n")


def test_unknown_level_lists_the_available_ones_without_a_path():
    out = run("redact", SEED_CABLE, "--level", "secret-squirrel")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == ("sbu-redact: error: unknown level 'secret-squirrel' (available levels: "
                                  "foia, partner, public, usg; they are defined in levels.yaml)")


def test_partner_code_without_a_partner_level_is_an_error():
    out = run("redact", SEED_CABLE, "--level", "public", "--partner", "GBR")
    assert out.returncode == 2 and out.stdout == ""
    assert "partner 'GBR' given" in out.stderr and "partner level" in out.stderr


def test_utf16_input_gets_its_own_message(tmp_path, seed_text):
    path = tmp_path / "cable.txt"
    path.write_bytes(seed_text.encode("utf-16"))
    for command in (["inspect", path], ["redact", path, "--level", "public"]):
        out = run(*command)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.strip() == (f"sbu-redact: error: {path}: is UTF-16LE text, not UTF-8: convert it "
                                      f"first (e.g. iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8.txt)")


def test_crlf_cable_gives_crlf_version(tmp_path, seed_text):
    path = tmp_path / "cable.txt"
    path.write_bytes(seed_text.replace("\n", "\r\n").encode("utf-8"))
    out = run("redact", path, "--level", "foia", "--out", tmp_path / "out")
    assert out.returncode == 0, out.stderr
    data = (tmp_path / "out" / "cable.foia.txt").read_bytes()
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")


def test_inspect_and_analyze_are_readable_in_80_columns():
    inspect = run("inspect", SEED_CABLE)
    assert inspect.returncode == 0, inspect.stderr
    lines = inspect.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "07MOSCOW3736.txt: cable, marked UNCLASSIFIED//SBU" in " ".join(lines[:2])
    assert "Portions (8)" in lines and "Problems (7)" in lines
    assert any(line.split()[:3] == ["2", "paragraph", "(SBU)"] for line in lines)
    assert "unknown caption 'STPDTS' (did you mean STADIS or SIPDIS?)" in inspect.stdout
    assert "\x1b" not in inspect.stdout and "┃" not in inspect.stdout  # plain text for pipes and logs
    analyze = run("analyze", SEED_CABLE)
    assert analyze.returncode == 0, analyze.stderr
    lines = analyze.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[1].split() == ["where", "type", "score", "text", "found", "by"]
    assert any(line.split()[:4] == ["14:24", "PERSON", "0.95", "HODGKINS"] for line in lines)


def test_tables_shorten_a_column_then_become_a_list():
    from sbu_redact.report import table

    rows = [["1", "paragraph", "(S//NF)", "a long text " * 10]]
    wide = table(["#", "kind", "mark", "text"], rows, flex=3, total=60)
    assert len(wide) == 2 and all(len(line) <= 60 for line in wide) and wide[1].endswith("…")
    narrow = table(["#", "kind", "mark", "text"], rows, flex=3, total=30)
    assert all(len(line) <= 30 for line in narrow)
    assert narrow[0].replace(" ", "") == "-#:1" and any(line.strip().startswith("mark: (S//NF)") for line in narrow)
