"""`batch --review` (a review page per document and level, and index.html, checked in Chromium)
and a batch folder that always agrees with its summary and Vaughn index: outputs of earlier runs
that a run no longer produces (other levels, no --review, documents gone) are removed and listed."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from chromium import Chromium
from conftest import CORPUS, SEED_CABLE
from sbu_redact.batch import run_batch

MEMO = CORPUS / "redaction" / "memo_secret_noforn.txt"
BOOKKEEPING = {"summary.json", "vaughn_index.csv"}


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")}


def agrees(out: Path) -> dict:
    """The folder holds exactly what summary.json lists (plus manifests, summary, index and
    the review index when there are review pages), and the Vaughn index has only its levels."""
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    listed = {o for d in summary["documents"] if d["status"] == "ok" for o in d["outputs"]}
    manifests = {f for f in files(out) if f.endswith(".manifest.json")}
    review_index = {"index.html"} if any(o.endswith(".review.html") for o in listed) else set()
    assert files(out) == listed | manifests | BOOKKEEPING | review_index
    with open(out / "vaughn_index.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["level"] for r in rows} <= set(summary["levels"])
    assert {r["document_id"] for r in rows} <= {d["document_id"] for d in summary["documents"]}
    return summary


@pytest.fixture()
def request_folder(tmp_path):
    folder = tmp_path / "request"
    (folder / "memos").mkdir(parents=True)
    shutil.copy(SEED_CABLE, folder / "07MOSCOW3736.txt")
    shutil.copy(MEMO, folder / "memos" / "memo one.txt")
    return folder


def test_batch_review_pages_then_fewer_levels_leave_no_stale_file(request_folder, tmp_path):
    out = tmp_path / "release"
    first = run_batch(request_folder, out, ["foia", "public"], jobs=1, review=True)
    assert first.exit_status == 0 and first.processed == 2
    summary = agrees(out)
    pages = sorted(f for f in files(out) if f.endswith(".review.html"))
    assert pages == ["07MOSCOW3736.foia.review.html", "07MOSCOW3736.public.review.html",
                     "memos/memo one.foia.review.html", "memos/memo one.public.review.html"]
    cable = next(d for d in summary["documents"] if d["document_id"] == "07MOSCOW3736.txt")
    assert cable["versions"]["foia"]["stamp"] == "DRAFT - REVIEW REQUIRED"
    assert cable["versions"]["foia"]["review_portions"] == 8

    # index.html links every page; in Chromium, the links resolve and nothing is requested
    with Chromium() as browser:
        browser.open(out / "index.html")
        links = browser.evaluate("Array.from(document.querySelectorAll('#documents a')).map(a => a.href)")
        assert sorted(Path(link.removeprefix("file://").replace("%20", " ")).relative_to(out.resolve()).as_posix()
                      for link in links) == pages
        rows = browser.evaluate("Array.from(document.querySelectorAll('#documents tbody tr')).map("
                                "r => Array.from(r.cells).map(c => c.textContent))")
        assert ["07MOSCOW3736.txt", "foia", "DRAFT - REVIEW REQUIRED"] == rows[0][:3] and rows[0][4] == "8"
        assert browser.requests() == [(out / "index.html").resolve().as_uri()]
        browser.open(out / "memos" / "memo one.foia.review.html")
        assert browser.evaluate("document.querySelectorAll('pre.version .change').length") == \
            len(json.loads((out / "memos" / "memo one.foia.log.json").read_text(encoding="utf-8"))["actions"])

    again = run_batch(request_folder, out, ["foia", "public"], jobs=1, review=True)
    assert again.skipped == 2 and again.processed == 0

    # fewer levels, no review pages: every foia output, every page and the index go
    fewer = run_batch(request_folder, out, ["public"], jobs=1)
    assert fewer.processed == 2
    summary = agrees(out)
    assert not any(".foia." in f or f.endswith(".html") for f in files(out))
    assert "07MOSCOW3736.foia.txt" in summary["removed_stale"] and "index.html" in summary["removed_stale"]

    # a document taken out of the request: its outputs go too
    (request_folder / "memos" / "memo one.txt").unlink()
    gone = run_batch(request_folder, out, ["public"], jobs=1)
    assert gone.skipped == 1
    summary = agrees(out)
    assert not any(f.startswith("memos/") for f in files(out))
    assert "memos/memo one.public.txt" in summary["removed_stale"]


def test_a_document_that_now_fails_loses_every_earlier_output(request_folder, tmp_path):
    out = tmp_path / "release"
    assert run_batch(request_folder, out, ["foia"], jobs=1, review=True).exit_status == 0
    (request_folder / "07MOSCOW3736.txt").write_bytes("UNCLAS\n".encode("utf-16"))
    result = run_batch(request_folder, out, ["foia"], jobs=1, review=True)
    assert result.exit_status == 1
    # only its manifest stays, recording the failure so that an unchanged bad input is not retried
    assert {f for f in files(out) if f.startswith("07MOSCOW3736.")} == {"07MOSCOW3736.manifest.json"}
    agrees(out)
