"""The page right after a statement's own, in a file split by form feeds: `Tab C, on the following
page, reproduces verbatim the CONFIDENTIAL cable`, `Annex B, which begins on the next page, ...
SECRET//NOFORN`, `Appendix D overleaf reproduces ... the CONFIDENTIAL assessment` (an exact target
of the scope fallback, `scope_exact.exact_target`).

Resolved only when nothing else could be meant: the statement's portion lies on one page; it
points at the next page (`the next page`, `the following page`, `overleaf`, `after this page`) and
at nothing else (no page by its number, no other text but the part it names); a part it names (`Tab
C`, `Annex B`: one kind, one label, no plural) is the heading that opens that next page (its first
line holding text, or the one under a banner line); and that page is the file's last, or the page
after it opens with a heading of another part (`Tab D`, `ANNEX 4`: the part named ends there).
Every portion of that page is the target. Otherwise the fallback stays (a part that may go on over
the page after it, a page by its number counted from a page that bears another, `Annexes 1 and 2`).
"""
from __future__ import annotations

from bisect import bisect_left

from ..document import Portion
from ..lazyre import compile_pattern
from .pages import page_spans
from .state import Reading

# the next page, written next to what it names
_NEXT_PAGE = compile_pattern(
    r"(?i)\b(?:(?:the|this)[ \t]+)?(?:next|following)[ \t]+page\b(?![ \t]*(?:\d|of\b|numbers?\b))|\boverleaf\b"
    r"|\bafter[ \t]+this[ \t]+page\b")
# a page by its number, or a way of pointing at pages that is not the next one
_OTHER_PAGE = compile_pattern(
    r"(?i)\bp(?:ages?|p?\.)[ \t]*\d|\b(?:previous|preceding|last|final|first|second|third|other|facing|opposite|these|"
    r"those|both|two|three|remaining)[ \t]+pages?\b|\bpages\b|\b(?:after|before)[ \t]+the[ \t]+(?:page[ \t]+)?break\b")
# a part and its label (`Tab C`, `ANNEX 3`, `Enclosure 2`, `Appendix D`), a plural (`Annexes 1 and 2`)
_PART = compile_pattern(
    r"(?i)\b(?P<kind>tab|annex|appendix|attachment|enclosure|exhibit)(?P<plural>s|es|ices)?\b"
    r"(?:[ \t]+(?:no\.|number|#)?[ \t]*(?P<label>(?-i:[A-Z](?![\w\-])|[IVX]{1,5}(?![\w\-]))|\d{1,3}(?![\w\-])))?")
_PART_LINE = compile_pattern(
    r"(?i)[ \t#*\[(]*(?P<kind>section|tab|annex|appendix|attachment|enclosure|exhibit|part|chapter)\b[ \t]*(?:no\.|number|#)?"
    r"[ \t]*(?P<label>(?-i:[A-Z](?![\w\-])|[IVX]{1,5}(?![\w\-]))|\d{1,3}(?![\w\-]))")
# a page's own number, alone on its line (`Page 1 of 2`, `- 3 -`)
_PAGE_LABEL = compile_pattern(r"(?im)^[ \t\-]*page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t\-]*$")
# what else the statement's words may name (the fallback's `refers` words): the next page and the part
_POINTING = frozenset({"page", "following", "after this"})
# `the key paragraph of the SECRET//NOFORN threat assessment`: a paragraph of the document it reproduces
_OF_ANOTHER = compile_pattern(r"(?i)\bpara(?:graph)?s?[ \t]+(?:of|from)[ \t]+(?:the|a|an|our|their)\b(?![ \t]+(?:this|same)\b)")
_PARA_WORD = compile_pattern(r"(?i)\bpara(?:graph)?s?\b")
_KINDS = {"tab": "tab", "tabs": "tab", "annex": "annex", "annexes": "annex", "appendix": "appendix",
          "appendices": "appendix", "attachment": "attachment", "attachments": "attachment", "enclosure": "enclosure",
          "enclosures": "enclosure"}


def _first_line(r: Reading, lo: int, hi: int, skip_banner: bool) -> str | None:
    """The first line of `lo:hi` that holds text (the one under it when that is a banner line and
    `skip_banner`)."""
    line_of = [s.start for s in r.segs]
    banners = {e.start for e in r.evidence if e.kind in ("banner", "classification_line")}
    for s in r.segs[bisect_left(line_of, lo):bisect_left(line_of, hi)]:
        if s.blank:
            continue
        if skip_banner and any(s.start <= b < s.end for b in banners):
            skip_banner = False
            continue
        return s.text
    return None


def _label(label: str | None) -> str:
    return (label or "").upper()


def next_page_target(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """The positions in `ordered` of the portions of the page after the statement's own, when it
    names that page exactly (module docstring); None when it is not certain."""
    if "\x0c" not in r.view.original:
        return None
    p = ordered[at]
    pointers = list(_NEXT_PAGE.finditer(r.text, p.start, p.end))
    labels = [(m.start(), m.end()) for m in _PAGE_LABEL.finditer(r.text, p.start, p.end)]
    if not pointers or any(not any(s <= m.start() < e for s, e in labels) for m in _OTHER_PAGE.finditer(r.text, p.start, p.end)):
        return None
    parts = list(_PART.finditer(r.text, p.start, p.end))
    if any(m.group("plural") for m in parts) or len({(m.group("kind").lower(), _label(m.group("label"))) for m in parts}) > 1:
        return None  # (more than one part named: `Annexes 1 and 2 are unclassified. Annex 3, on the next page, ...`)
    kind = parts[0].group("kind").lower() if parts else None
    label = _label(parts[0].group("label")) if parts else ""
    paras = len(list(_PARA_WORD.finditer(r.text, p.start, p.end)))
    if paras and paras != len(list(_OF_ANOTHER.finditer(r.text, p.start, p.end))):
        return None  # (a paragraph of this file named beside the page)
    allowed = _POINTING | {"paragraph", "paragraphs"} if paras else set(_POINTING)
    if any(w not in allowed and _KINDS.get(w) != kind for w in refers):
        return None  # (it names other text too)
    spans = page_spans(r)
    k = next((i for i, (lo, hi) in enumerate(spans) if lo <= p.start < hi or (lo <= p.start and hi == len(r.text))), None)
    if k is None or p.end > spans[k][1] or k + 1 >= len(spans):
        return None
    lo, hi = spans[k + 1]
    if kind is not None:
        first = _first_line(r, lo, hi, True)
        head = _PART_LINE.match(first) if first is not None else None
        if head is None or head.group("kind").lower() != kind or _label(head.group("label")) != label:
            return None  # (the part named does not open the next page)
    if k + 2 < len(spans):
        after = _first_line(r, *spans[k + 2], True)
        head = _PART_LINE.match(after) if after is not None else None
        if head is None or (kind is not None and head.group("kind").lower() == kind and _label(head.group("label")) == label):
            return None  # (the page after it may go on with what it names)
    chosen = {j for j, q in enumerate(ordered) if q.start < hi and q.end > lo and j != at}
    return chosen or None
