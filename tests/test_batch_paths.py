"""Batch outputs never leave OUT_DIR, whatever the input names; the walk; usage errors; what
makes a document be processed again; failures that must not stop a batch."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sbu_redact.batch import BatchError, UnsafePath, discover, output_path, run_batch

MEMO = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Visa backlog\n\n"
        "(U) The consular section met on May 6 to review the visa backlog.\n\n"
        "(U//FOUO) Maria Lopez said the backlog would be cleared by June.\n\n"
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def write(path: Path, text: str = MEMO) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_odd_names_stay_inside_out_dir(tmp_path):
    src, out, outside = tmp_path / "in", tmp_path / "out", tmp_path / "outside"
    outside.mkdir()
    secret = write(outside / "secret.txt", "UNCLASSIFIED\n\n(U) Outside the request.\n\nUNCLASSIFIED\n")
    names = ["-rf.txt", "a b.txt", "naïve résumé.md", "line\nbreak.txt", "x.public.txt", "dup.txt", "dup.md",
             "UPPER.TXT", "notes.markdown", "..double.txt", "sub/../sub/deep.txt", "a..b.txt"]
    for name in names:
        write(src / name)
    write(src / ("z" * 240 + ".txt"))  # its outputs' names are too long for the file system
    (src / os.fsdecode(b"caf\xe9.txt")).write_text(MEMO, encoding="utf-8")  # not UTF-8 as a name
    (src / "link-out.txt").symlink_to(secret)
    (src / "link-in.txt").symlink_to(src / "a b.txt")
    (src / "dir-link").symlink_to(outside, target_is_directory=True)
    (out / "sub").mkdir(parents=True)
    (out / "escape").symlink_to(outside, target_is_directory=True)
    write(src / "escape" / "inner.txt")  # its output folder is a symbolic link out of OUT_DIR
    before_outside = tree(outside)

    result = run_batch(src, out, ["usg", "public"], jobs=1)

    assert tree(outside) == before_outside  # nothing written through any link
    status = {d.document_id: (d.status, d.reason) for d in result.documents}
    assert status["link-out.txt"] == ("failed", "is a symbolic link to a file outside the input folder (not read)")
    assert status["link-in.txt"][0] == "ok" and "dir-link/secret.txt" not in status
    assert status["escape/inner.txt"][0] == "failed" and "symbolic link" in status["escape/inner.txt"][1]
    assert status["z" * 240 + ".txt"][0] == "failed" and "cannot write output" in status["z" * 240 + ".txt"][1]
    assert status["caf\\xe9.txt"][0] == "ok"
    for name in ["-rf", "a b", "naïve résumé", "line\nbreak", "x.public", "UPPER", "notes", "sub/deep", "a..b",
                 "dup.txt", "dup.md"]:  # `dup` is ambiguous: both keep their extension
        assert (out / f"{name}.public.txt").is_file(), name
        assert (out / f"{name}.usg.log.json").is_file(), name
    assert not (out / "dup.public.txt").exists() and "..double.txt" not in status  # hidden
    for path in out.rglob("*"):
        if not path.is_symlink():
            assert out.resolve() in path.resolve().parents
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [d["document_id"] for d in summary["documents"]] == sorted(status)
    assert result.exit_status == 1


def test_output_path_refuses_to_leave_out_dir(tmp_path):
    root = (tmp_path / "out").resolve()
    root.mkdir()
    for stem in ["../x", "/etc/x", "a/../../x", "a/./b/../../../x"]:
        with pytest.raises(UnsafePath):
            output_path(root, stem, ".public.txt")
    assert output_path(root, "a/b", ".public.txt") == root / "a" / "b.public.txt"
    assert not (tmp_path / "x.public.txt").exists()


def test_walk_skips_hidden_and_other_files_and_a_nested_out_dir(tmp_path):
    src = tmp_path / "in"
    for name in ["a.txt", "b/c.md", ".hidden.txt", ".git/x.txt", "b/.cache/y.md", "d.pdf", "e.json", "out/z.txt"]:
        write(src / name)
    assert [s.rel for s in discover(src, src / "out")] == ["a.txt", "b/c.md"]
    assert [s.rel for s in discover(src)] == ["a.txt", "b/c.md", "out/z.txt"]
    # outputs inside IN_DIR are not read back as documents
    first = run_batch(src, src / "out", ["usg"], jobs=1)
    second = run_batch(src, src / "out", ["usg"], jobs=1)
    assert [d.document_id for d in second.documents] == ["a.txt", "b/c.md"]
    assert second.processed == 0 and first.processed == 2


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sbu_redact", "batch", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("args, message", [
    (["{src}", "--out", "{out}", "--level", "secret-squirrel"], "unknown level 'secret-squirrel'"),
    (["{src}/missing", "--out", "{out}", "--level", "public"], "input folder not found"),
    (["{src}", "--out", "{out}", "--level", "public", "--rules", "{src}/no-rules"], "rules directory not found"),
    (["{src}", "--out", "{out}", "--level", "partner"], "partner"),
    (["{src}", "--out", "{src}", "--level", "public"], "must not be the input folder"),
    (["{src}", "--out", "{out}", "--level", "public", "--jobs", "0"], "--jobs"),
    (["{src}", "--level", "public"], "--out"),
])
def test_usage_errors_exit_2_before_writing_anything(tmp_path, args, message):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "a.txt")
    proc = cli(*[a.format(src=src, out=out) for a in args])
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() and tree(src) == {"a.txt"}


def test_unreadable_rules_file_is_a_usage_error(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    (rules / "levels.yaml").write_text("levels: [unclosed\n", encoding="utf-8")
    write(tmp_path / "in" / "a.txt")
    proc = cli(str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--level", "public", "--rules", str(rules))
    assert proc.returncode == 2 and "levels.yaml" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_what_is_processed_again(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    for name in "abcd":
        write(src / f"{name}.txt", MEMO.replace("visa backlog", f"visa backlog {name}"))
    write(src / "bad.txt", "")
    first = run_batch(src, out, ["public"], jobs=1)
    assert (first.processed, first.skipped, first.exit_status) == (5, 0, 1)

    # nothing changed: nothing to do, and the known bad document is not retried
    again = run_batch(src, out, ["public"], jobs=1)
    assert (again.processed, again.skipped, [d.document_id for d in again.failed]) == (0, 5, ["bad.txt"])

    write(src / "a.txt", MEMO.replace("May 6", "May 7"))         # input changed
    (out / "b.public.txt").unlink()                                # an output lost
    (out / "c.public.log.json").write_text("{}", encoding="utf-8")  # an output altered
    write(src / "bad.txt")                                         # the bad document fixed
    third = run_batch(src, out, ["public"], jobs=1)
    ran = sorted(d.document_id for d in third.documents if d.run == "processed")
    assert ran == ["a.txt", "b.txt", "bad.txt", "c.txt"] and third.exit_status == 0

    # another level set is another policy: everything again
    fourth = run_batch(src, out, ["public", "usg"], jobs=1)
    assert fourth.processed == 5


def test_policy_change_reprocesses_and_a_leak_check_failure_is_reported(tmp_path):
    """With propagation of redactions turned off, a name NER finds once but that also occurs where
    it is not recognized survives in the version: the leak check refuses that document, the others
    are processed, and the rules change makes every document be processed again."""
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "good.txt")
    write(src / "leaky.txt", "UNCLASSIFIED\n\n(U) Ambassador John Miller met the minister. Later john miller "
                             "said the talks went well. Miller, John; JOHN MILLER left.\n\nUNCLASSIFIED\n")
    first = run_batch(src, out, ["public"], jobs=1, rules=rules)
    assert first.exit_status == 0
    # the same rules in another folder are the same policy
    shutil.copytree(rules, tmp_path / "same")
    assert run_batch(src, out, ["public"], jobs=1, rules=tmp_path / "same").processed == 0
    # the rules changed in place (this process has read them already: a fresh worker runs the batch)
    levels = (rules / "levels.yaml").read_text(encoding="utf-8")
    assert "    handling_lines: remove\n" in levels
    (rules / "levels.yaml").write_text(levels.replace("    handling_lines: remove\n",
                                                      "    propagate: false\n    handling_lines: remove\n", 1),
                                       encoding="utf-8")
    second = run_batch(src, out, ["public"], jobs=1, rules=rules)
    assert second.processed == 2
    status = {d.document_id: d for d in second.documents}
    assert status["good.txt"].status == "ok"
    assert status["leaky.txt"].status == "failed" and "leak check" in status["leaky.txt"].reason
    assert "miller" not in status["leaky.txt"].reason.lower()  # the reason never quotes the text
    # the versions written by the first run for the now refused document are gone
    assert not (out / "leaky.public.txt").exists() and (out / "good.public.txt").exists()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["failures"] == [{"document_id": "leaky.txt", "reason": status["leaky.txt"].reason}]


def test_batch_is_refused_while_another_writes_to_the_same_out_dir(tmp_path):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    write(tmp_path / "in" / "a.txt")
    with open(out / ".sbu-redact-batch.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(BatchError, match="another sbu-redact batch"):
            run_batch(tmp_path / "in", out, ["public"], jobs=1)


def test_progress_bar_on_a_terminal(tmp_path):
    pty = pytest.importorskip("pty")
    write(tmp_path / "in" / "a.txt")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "sbu_redact", "batch", str(tmp_path / "in"), "--out",
                             str(tmp_path / "out"), "--level", "public", "--jobs", "1"],
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "redacting" in screen and "1/1" in screen and "[1/1]" not in screen
