"""Review pages in a real browser: headless Chromium (the Debian `chromium` package, driven over
the DevTools pipe by tests/chromium.py) loads each page; the tests read the rendered DOM, press
keys, and watch every request the page makes."""
from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from collections import Counter

import pytest

from chromium import Chromium
from conftest import REPO, SEED_CABLE
from sbu_redact.pipeline import Pipeline
from sbu_redact.review import render_review

NAMES = ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Kruitskikh", "Andrey")


@pytest.fixture(scope="module")
def browser():
    with Chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture()
def server():
    """A local HTTP server that records every request it gets (none must arrive)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"x")

        def log_message(self, *args):  # quiet
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _dom_items(browser, side: str) -> list[dict]:
    return browser.evaluate(f"""Array.from(document.querySelectorAll('pre.{side} [data-index]')).map(e => ({{
        cls: e.className, kind: e.dataset.kind, rule: e.dataset.rule, start: +e.dataset.start,
        end: +e.dataset.end, review: e.dataset.review, exemption: e.dataset.exemption,
        designation: e.dataset.designation || '', suggested: e.dataset.suggested, id: e.id,
        text: e.textContent}}))""")


def _console_errors(browser) -> list:
    errors = [e["params"] for e in browser.events_named("Runtime.exceptionThrown")]
    errors += [e["params"] for e in browser.events_named("Log.entryAdded") if e["params"]["entry"]["level"] == "error"]
    return errors


def test_example_cable_review_page(browser, pipeline, tmp_path, seed_text):
    out = subprocess.run([sys.executable, "-m", "sbu_redact", "review", str(SEED_CABLE), "--level", "foia",
                          "--out", str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    page = tmp_path / "07MOSCOW3736.foia.review.html"
    html = page.read_text(encoding="utf-8")
    for name in NAMES:  # made without --log-text: no withheld or redacted text at all
        assert name.lower() not in html.lower()
    version = pipeline.redact(seed_text, levels=["foia"])["foia"]
    log = version.log_dict(document_id="07MOSCOW3736.txt")

    browser.open(page)
    assert browser.requests() == [page.resolve().as_uri()]
    assert _console_errors(browser) == []
    assert browser.evaluate("document.documentElement.dataset.ready") == "yes"
    assert browser.evaluate("document.getElementById('stamp').textContent") == "DRAFT - REVIEW REQUIRED"
    assert "contains no withheld or redacted text" in browser.evaluate("document.getElementById('notice').textContent")

    version_items = _dom_items(browser, "version")
    changes = [i for i in version_items if i["kind"] != "flag"]
    flags = [i for i in version_items if i["kind"] == "flag"]
    # every change of the audit log is one element with its rule and span, and nothing else is
    assert sorted((c["kind"], c["rule"], c["start"], c["end"]) for c in changes) == \
        sorted((a["kind"], a["rule"], a["start"], a["end"]) for a in log["actions"])
    assert Counter(c["kind"] for c in changes) == Counter(log["summary"]["by_kind"])
    assert all("change" in c["cls"].split() for c in changes)
    # the subject and the seven SBU paragraphs are flagged, with their designation
    assert len(flags) == 8 == log["review"]["portions"]
    assert {f["designation"] for f in flags} == {"SBU"} and {f["review"] for f in flags} == {"yes"}
    assert sorted((f["start"], f["end"]) for f in flags) == \
        sorted((f["start"], f["end"]) for f in log["review"]["flags"])
    assert any("(b)(5)" in f["suggested"] for f in flags) and any("(b)(6)" in f["suggested"] for f in flags)
    # redactions read [(b)(6)] in the version and are proposals to review
    redactions = [c for c in changes if c["kind"] == "redact"]
    assert redactions and all(c["text"] == "[(b)(6)]" and c["review"] == "yes" for c in redactions)
    # the original column has the twin of every item, without the removed text
    original_items = _dom_items(browser, "original")
    assert sorted(i["id"] for i in original_items) == sorted(i["id"] + "-original" for i in version_items)
    assert all("characters not shown" in i["text"] for i in original_items if i["kind"] == "redact")
    counts = browser.evaluate("""[document.getElementById('count-changes').textContent,
        document.getElementById('count-review-portions').textContent,
        document.getElementById('count-review-spans').textContent]""")
    assert counts == [str(len(log["actions"])), "8", str(log["review"]["spans"])]
    # the reader's problems are listed and link to their place
    problems = browser.evaluate("""Array.from(document.querySelectorAll('#problems tbody tr a')).map(
        a => !!document.getElementById(a.getAttribute('href').slice(1)))""")
    assert len(problems) == 7 and all(problems)

    # keyboard: next, previous, wrap-around, next that needs review
    total = len(version_items)
    browser.press("n")
    assert browser.evaluate("document.getElementById('position').textContent") == f"1 of {total}"
    first = browser.evaluate("document.querySelector('pre.version .current').id")
    assert first == "item-1"
    assert browser.evaluate("document.getElementById('item-1-original').classList.contains('current')")
    browser.press("n")
    browser.press("p")
    assert browser.evaluate("document.querySelector('pre.version .current').id") == "item-1"
    browser.press("p")
    assert browser.evaluate("document.getElementById('position').textContent") == f"{total} of {total}"
    browser.press("r")
    current = browser.evaluate("document.querySelector('pre.version .current').dataset.review")
    assert current == "yes"
    details = browser.evaluate("document.getElementById('details').textContent")
    assert "rule:" in details and "why:" in details
    assert browser.requests() == [page.resolve().as_uri()]


HOSTILE = """UNCLASSIFIED

SUBJECT: (U) <script>window.__pwned = 1; alert(1)</script> &amp; &lt;b&gt; &#x3C;script&#x3E;

(U) A paragraph with </textarea><textarea> and </pre><script>window.__pwned = 2</script> and
<img src="{server}/img.png" onerror="window.__pwned = 3"> and </span></span></div>.

(U) Links: <a href="javascript:window.__pwned = 4">click</a> javascript:alert(1)
<iframe src="{server}/frame"></iframe> <link rel="stylesheet" href="{server}/css">
{{{{ 7*7 }}}} {{% raw %}} ]]> <!-- --> <style>body {{ display: none }}</style> " ' `
<meta http-equiv="refresh" content="0; url={server}/refresh"> <base href="{server}/">

(SBU) Withheld: <script>window.__pwned = 5</script><img src="{server}/withheld.png">
Contact John Smith at john.smith@example.org about <b onmouseover="window.__pwned = 6">this</b>.

UNCLASSIFIED
"""


@pytest.mark.parametrize("level,include_text", [("foia", False), ("public", True)])
def test_hostile_document_renders_as_text(browser, pipeline, tmp_path, server, level, include_text):
    base, hits = server
    text = HOSTILE.format(server=base)
    document = pipeline.read(text)
    version = pipeline.redact(text, levels=[level], document=document)[level]
    page = tmp_path / f"hostile.{level}.review.html"
    page.write_text(render_review(document, version, document_id="<script>hostile</script>.txt",
                                  include_text=include_text), encoding="utf-8")
    browser.open(page)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.events_named("Page.javascriptDialogOpening") == []
    assert browser.evaluate("document.scripts.length") == 1  # ours
    tags = browser.evaluate("""Array.from(document.body.querySelectorAll('*')).map(e => e.tagName.toLowerCase())""")
    assert set(tags) <= {"header", "h1", "em", "span", "p", "kbd", "nav", "button", "main", "ul", "li", "b",
                         "div", "pre", "section", "h2", "table", "thead", "tbody", "tr", "th", "td", "a",
                         "script"}
    hrefs = browser.evaluate("Array.from(document.links).map(a => a.getAttribute('href'))")
    assert all(href.startswith("#") for href in hrefs)
    assert browser.evaluate("document.title").startswith("Review: <script>hostile</script>.txt")
    shown = browser.evaluate("document.querySelector('.doc').innerText")
    for literal in ("<script>window.__pwned = 1; alert(1)</script>", "&amp; &lt;b&gt; &#x3C;script&#x3E;",
                    "</textarea><textarea>", "</pre><script>window.__pwned = 2</script>",
                    '<a href="javascript:window.__pwned = 4">click</a>', "{{ 7*7 }} {% raw %} ]]> <!-- -->",
                    "<style>body { display: none }</style>", '<meta http-equiv="refresh"'):
        assert literal in shown
    withheld = "<script>window.__pwned = 5</script>"
    assert (withheld in shown) == (include_text or level == "foia")
    assert "John Smith" not in browser.evaluate("document.querySelector('pre.version') && "
                                                "Array.from(document.querySelectorAll('pre.version'))"
                                                ".map(p => p.textContent).join('')")
    assert ("CONTAINS WITHHELD" in browser.evaluate("document.getElementById('notice').textContent")) == include_text
    assert browser.requests() == [page.resolve().as_uri()] and hits == []
    assert _console_errors(browser) == []


def test_the_policy_blocks_what_escaping_would_have_missed(browser, pipeline, tmp_path, server, seed_text):
    """Defence in depth: markup injected into a page past the template (as an escaping bug
    would) neither runs nor loads anything, because of the page's Content-Security-Policy."""
    base, hits = server
    document = pipeline.read(seed_text)
    version = pipeline.redact(seed_text, levels=["foia"], document=document)["foia"]
    html = render_review(document, version, document_id="07MOSCOW3736.txt")
    injected = (f'<script>window.__pwned = 1</script><img src="{base}/img"><iframe src="{base}/frame"></iframe>'
                f'<link rel="stylesheet" href="{base}/css"><script src="{base}/js"></script>'
                f'<div style="background: url({base}/bg)">styled</div><object data="{base}/obj"></object>'
                f'<form action="{base}/form"><button id="go">go</button></form>')
    page = tmp_path / "injected.html"
    page.write_text(html.replace("<main>", "<main>" + injected, 1), encoding="utf-8")
    browser.open(page)
    browser.evaluate("document.getElementById('go').click(); 1")
    browser.evaluate("new Promise(r => setTimeout(r, 300))")
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    # data: URLs are Chromium's own placeholders for the blocked frame and object: no network
    network = [url for url in browser.requests() if not url.startswith("data:")]
    assert network == [page.resolve().as_uri()] and hits == []
    assert {url.rsplit("/", 1)[1] for url in browser.blocked()} >= {"img", "css", "js"}
    policy = browser.evaluate("document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
    assert policy.startswith("default-src 'none'; script-src 'sha256-")
