"""Review pages: one self-contained HTML file per version, the original and the version side
by side, every change and review flag highlighted with its rule, reason and exemption.

The page is built with jinja2 (autoescape on: every character of the document is escaped),
carries a Content-Security-Policy that allows only its own inline style and script (by hash)
and nothing from anywhere else, and loads no external asset. Without `include_text` it holds
no withheld or redacted text, so it may be shared with the requester's counsel.
"""
from __future__ import annotations

import base64
import functools
import hashlib
from pathlib import Path
from typing import Any, Sequence

from markupsafe import Markup

from .model import Page, build_page

__all__ = ["render_review", "render_index", "review_filename", "build_page", "Page", "content_security_policy"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
REVIEW_SUFFIX = ".review.html"
INDEX_NAME = "index.html"


def review_filename(stem: str, version: str) -> str:
    """`<stem>.<version>.review.html`."""
    return f"{stem}.{version}{REVIEW_SUFFIX}"


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


@functools.lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def content_security_policy(script: str, style: str) -> str:
    """Nothing may load or connect; only the page's own inline script and style run."""
    return (f"default-src 'none'; script-src {_sha256(script)}; style-src {_sha256(style)}; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
            "frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'")


def _render(template: str, script: str | None, **context: Any) -> str:
    css = _asset("review.css")
    js = _asset(script) if script else ""
    return _environment().get_template(template).render(
        csp=content_security_policy(js, css), css=Markup(css), js=Markup(js), **context)


def render_review(document: Any, version: Any, *, document_id: str, include_text: bool = False) -> str:
    """The review page of `version` (a `Redacted`) of `document` (its `Document`)."""
    page = build_page(document, version, document_id=document_id, include_text=include_text)
    return _render("review.html.j2", "review.js", page=page, draft=version.stamp.startswith("DRAFT"))


def render_index(rows: Sequence[dict[str, Any]], *, title: str) -> str:
    """`index.html` of a batch: one row per document and version, linking its review page.
    Each row: document_id, version, href (relative), stamp, changes, review_portions,
    review_spans, possible_names, status, reason."""
    return _render("index.html.j2", None, rows=list(rows), title=title)
