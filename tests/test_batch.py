"""`sbu-redact batch` end to end on a generated folder of 200+ documents, with the real engine
(en_core_web_sm), real files and real worker processes: versions, failures, the Vaughn index,
resuming, and a batch killed with SIGKILL and run again."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_batch_corpus import make_corpus

LEVELS = ["usg", "public", "partner"]
VERSIONS = ["usg", "public", "partner-GBR"]
ARGS = ["--level", "usg", "--level", "public", "--level", "partner", "--partner", "GBR", "--jobs", "2"]
COUNT = 210


def batch_cmd(in_dir: Path, out_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sbu_redact", "batch", str(in_dir), "--out", str(out_dir), *extra]


def run_batch_cli(in_dir: Path, out_dir: Path, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(batch_cmd(in_dir, out_dir, *extra), capture_output=True, text=True, timeout=timeout)


def visible_files(root: Path) -> dict[str, bytes]:
    """Every file under root whose path has no hidden part, by relative path."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[rel.as_posix()] = path.read_bytes()
    return out


def hidden_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob(".*") if p.is_file())


def stem(rel: str) -> str:
    return rel.rsplit(".", 1)[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("batch") / "in", COUNT)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """One uninterrupted run; its outputs are the reference for the other tests."""
    out = tmp_path_factory.mktemp("reference") / "out"
    began = time.monotonic()
    proc = run_batch_cli(corpus.root, out, *ARGS)
    elapsed = time.monotonic() - began
    total = COUNT + len(corpus.bad)
    print(f"\nbatch of {total} documents x {len(LEVELS)} levels, 2 jobs: {elapsed:.1f}s "
          f"({total / elapsed:.1f} documents/s including start-up)")
    return out, proc, elapsed


def test_every_good_document_has_its_versions_and_bad_ones_are_listed(corpus, reference):
    out, proc, _ = reference
    assert proc.returncode == 1, proc.stderr  # some documents failed
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"] == {"documents": COUNT + len(corpus.bad), "ok": COUNT, "failed": len(corpus.bad),
                                 "processed": COUNT + len(corpus.bad), "skipped": 0,
                                 "vaughn_rows": summary["counts"]["vaughn_rows"],
                                 "possible_names": summary["counts"]["possible_names"]}
    for rel in corpus.good:
        for version in VERSIONS:
            assert (out / f"{stem(rel)}.{version}.txt").is_file(), (rel, version)
            log = json.loads((out / f"{stem(rel)}.{version}.log.json").read_text(encoding="utf-8"))
            assert log["document"] == rel
    failures = {f["document_id"]: f["reason"] for f in summary["failures"]}
    assert set(failures) == set(corpus.bad)
    for rel, words in corpus.bad.items():
        assert words in failures[rel] and "\n" not in failures[rel]
        assert f"{rel}: " in proc.stderr
        assert not list(out.glob(f"{stem(rel)}.*.txt"))
    # deterministic order: by path; the walk skipped hidden folders and non-documents
    ids = [d["document_id"] for d in summary["documents"]]
    assert ids == sorted(ids) and not any(".git" in i or i.endswith(".pdf") for i in ids)
    # plain progress lines (stdout is not a terminal)
    assert f"[{COUNT + len(corpus.bad)}/{COUNT + len(corpus.bad)}]" in proc.stdout
    assert hidden_files(out) == [".sbu-redact-batch.lock"]


def read_index(out: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((out / "vaughn_index.csv").read_text(encoding="utf-8"))))


def test_vaughn_index_has_a_row_for_every_withholding_and_redaction(corpus, reference):
    out, _, _ = reference
    rows = read_index(out)
    from_logs = []
    for rel in corpus.good:
        for version in VERSIONS:
            log = json.loads((out / f"{stem(rel)}.{version}.log.json").read_text(encoding="utf-8"))
            for a in log["actions"]:
                if a["kind"] in ("withhold", "redact", "possible_name"):  # (the index lists possible names too)
                    from_logs.append((rel, version, a["kind"], a["start"], a["end"], a["exemption"] or "",
                                      a["entity_type"] or "", " ".join(a["reason"].split()), "yes" if a["review"] else "no",
                                      a["paragraph"]))
    from_index = [(r["document_id"], r["version"], r["action"], int(r["start"]), int(r["end"]), r["exemption"],
                   r["entity_type"], r["reason"], r["needs_review"], int(r["paragraph"]) if r["paragraph"] else None)
                  for r in rows]
    assert sorted(from_index) == sorted(from_logs)
    assert len(rows) > COUNT  # the corpus has withheld portions and redacted names
    kinds = {(r["action"], r["exemption"]) for r in rows}
    assert ("withhold", "(b)(1)") in kinds and ("redact", "(b)(6)") in kinds and ("withhold", "") in kinds
    assert {r["needs_review"] for r in rows} == {"yes", "no"}
    # location: paragraph and line agree with the original text; the withheld text is never in it
    index_text = (out / "vaughn_index.csv").read_text(encoding="utf-8")
    for r in rows[::7]:
        original = (corpus.root / r["document_id"]).read_text(encoding="utf-8")
        start, end = int(r["start"]), int(r["end"])
        assert int(r["line"]) == original.count("\n", 0, start) + 1
        withheld = original[start:end]
        if len(withheld) >= 12:
            assert withheld not in index_text
    assert any(r["document_ref"].startswith(("06", "07", "08", "09")) for r in rows)  # cable ids


def test_second_run_does_no_work(corpus, reference):
    out, _, _ = reference
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != "summary.json"}
    index = (out / "vaughn_index.csv").read_bytes()
    # -X importtime lists every module the run imports: no NLP engine may be among them
    proc = subprocess.run([sys.executable, "-X", "importtime", *batch_cmd(corpus.root, out, *ARGS)[1:]],
                          capture_output=True, text=True, timeout=600)
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    assert "sbu_redact" in imported
    assert not imported & {"spacy", "presidio_analyzer", "presidio_anonymizer", "thinc"}, "an engine was loaded"
    assert proc.returncode == 1
    counts = json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]
    assert counts["processed"] == 0 and counts["skipped"] == COUNT + len(corpus.bad)
    assert f"{COUNT + len(corpus.bad)} documents unchanged since the last run: skipped" in proc.stdout
    assert (out / "vaughn_index.csv").read_bytes() == index
    after = {p: p.stat().st_mtime_ns for p in before}
    changed = [p for p in before if after[p] != before[p] and p.name != "vaughn_index.csv"]
    assert changed == []


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_killed_batch_resumes_to_identical_outputs(corpus, reference, tmp_path):
    ref, _, _ = reference
    out = tmp_path / "out"
    proc = subprocess.Popen(batch_cmd(corpus.root, out, *ARGS), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(list(out.rglob("*.manifest.json"))) < 40:
            assert proc.poll() is None, "the batch finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # the workers die with the batch (no orphan goes on writing)
        deadline = time.monotonic() + 20
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "worker processes outlived the killed batch"
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
    # no half-written file: every visible file is complete and identical to the reference
    partial = visible_files(out)
    reference_files = visible_files(ref)
    assert "summary.json" not in partial and len(partial) < len(reference_files)
    for rel, data in partial.items():
        assert data == reference_files[rel], rel
    # a temporary file as a killed run leaves it (hidden) is removed by the next run
    stale = out / "cables" / ".07MOSCOW1004.public.txt.a1b2c3d4.tmp"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("half", encoding="utf-8")

    again = run_batch_cli(corpus.root, out, *ARGS)
    assert again.returncode == 1
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert 0 < summary["counts"]["skipped"] and summary["counts"]["processed"] < COUNT + len(corpus.bad)
    resumed = visible_files(out)
    assert sorted(resumed) == sorted(reference_files)
    differing = [rel for rel in resumed if rel != "summary.json" and resumed[rel] != reference_files[rel]]
    assert differing == []
    reference_summary = json.loads(reference_files["summary.json"])
    for s in (summary, reference_summary):
        for key in ("processed", "skipped"):
            s["counts"].pop(key)
        for d in s["documents"]:
            d.pop("run")
    assert summary == reference_summary
    assert hidden_files(out) == [".sbu-redact-batch.lock"]
