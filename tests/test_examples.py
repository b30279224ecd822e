"""Every example in examples/ runs as its users would run it, in a subprocess."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import EXAMPLES, REPO

SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_every_example_script_is_tested():
    assert {p.name for p in SCRIPTS} == {"release_workflow.py", "foia_batch.py"}


def test_release_workflow(tmp_path):
    proc = run(str(EXAMPLES / "release_workflow.py"), "--out", str(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "07MOSCOW3736.txt: cable, marked UNCLASSIFIED//SBU" in proc.stdout
    assert "checks passed" in proc.stdout
    public = (tmp_path / "07MOSCOW3736.public.txt").read_text(encoding="utf-8")
    usg = (tmp_path / "07MOSCOW3736.usg.txt").read_text(encoding="utf-8")
    assert public.startswith("RELEASED IN PART B6\nUNCLASSIFIED\n")  # the stamp is the first line
    assert "Kruitskikh" not in public and "Kruitskikh" in usg
    log = json.loads((tmp_path / "07MOSCOW3736.public.log.json").read_text(encoding="utf-8"))
    assert log["level"] == "public" and "Kruitskikh" not in json.dumps(log)


def test_release_workflow_prints_the_public_version_without_out():
    proc = run(str(EXAMPLES / "release_workflow.py"), str(EXAMPLES / "memos" / "2009-visa-backlog.md"))
    assert proc.returncode == 0, proc.stderr
    assert "--- public version ---" in proc.stdout and "Sokolova" not in proc.stdout


def test_foia_batch_drafts_the_response_and_resumes(tmp_path):
    release = tmp_path / "release"
    proc = run(str(EXAMPLES / "foia_batch.py"), str(EXAMPLES), str(release), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert "2 processed, 0 unchanged" in proc.stdout
    assert "released in part  2" in proc.stdout and "exemptions cited: (b)(6)" in proc.stdout
    rows = list(csv.DictReader((release / "vaughn_index.csv").open(encoding="utf-8")))
    assert f"Vaughn index: {len(rows)} entries" in proc.stdout
    assert (release / "cables" / "07MOSCOW3736.public.txt").is_file()
    assert (release / "memos" / "2009-visa-backlog.public.txt").is_file()
    again = run(str(EXAMPLES / "foia_batch.py"), str(EXAMPLES), str(release))
    assert again.returncode == 0 and "0 processed, 2 unchanged" in again.stdout


def test_foia_batch_reports_a_bad_document(tmp_path):
    request = tmp_path / "request"
    request.mkdir()
    (request / "cable.txt").write_text((EXAMPLES / "cables" / "07MOSCOW3736.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (request / "scan.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    proc = run(str(EXAMPLES / "foia_batch.py"), str(request), str(tmp_path / "release"), "--jobs", "1")
    assert proc.returncode == 1
    assert "NOT PROCESSED scan.txt: is a binary file" in proc.stdout


def test_example_pre_commit_config():
    config = yaml.safe_load((EXAMPLES / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"].startswith("https://") and repo["rev"]
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in repo["hooks"]] == ["sbu-redact-check"]
    assert "sbu-redact-check" in {h["id"] for h in hooks}


def test_example_pre_commit_config_is_valid_for_pre_commit():
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config",
                           str(EXAMPLES / ".pre-commit-config.yaml")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
