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

And a page a statement names in a paged file (`named_page_target`, round 107: `COR comment (tracked,
p.4): this page should have been marked C`), paged by form feeds or by lines that give a page's number
alone (`--- page 4 ---`, `- 4 -`, `Page 4 of 9`: `structure.page_forms.marker`): `this page` is the page the
statement stands on, or the one it names by number when it stands on none for certain (a note set
apart under the last page); `p.4`, `page 4`, `pp. 4-5` those pages; `the page above` the page before
its own (and its own, unless it opens it). Every portion of those pages is raised, exactly. When the
page cannot be told for certain (numbers that do not run on, lines that may open or close their pages,
a number the file does not hold, a page of another document, `these pages`), every portion the
statement could mean is (the fallback).
"""
from __future__ import annotations

from bisect import bisect_left

from ..document import Portion
from ..lazyre import compile_pattern
from .pages import page_map
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
    pages = page_map(r)
    if not pages.has_feeds:
        return None
    p = ordered[at]
    pointers = list(_NEXT_PAGE.finditer(r.text, p.start, p.end))
    labels = pages.ruled_in(p.start, p.end)
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
    spans = pages.feeds
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


# --- a page named by a statement on it or about it: `this page should have been marked C`, `p.4 is
# CONFIDENTIAL`, `the page above is SECRET`, in a file paged by separator lines or form feeds ---

_OWN_WORDS = frozenset({"page", "pages", "above", "previous", "preceding"})


def paged(r: Reading, ordered: list[Portion]) -> tuple[list[tuple[int | None, int, int]], bool] | None:
    """The pages of a file: (number or None, start, end) of each, in the view, and whether the
    last one's end is certain. From form feeds (`PageMap.feeds`, unnumbered), else from page
    lines alone on their line (`PageMap.marker_lines`) whose numbers run on by one, when it is certain whether they open
    their pages or close them: none of the marked portions before the first (they open them) or
    none after the last (they close them); no pages when that is not certain. None when the file
    is not paged so."""
    pages = page_map(r)
    spans = pages.feeds
    if spans:
        return [(None, lo, hi) for lo, hi in spans], True
    found = pages.marker_lines
    if not found:
        return None
    numbers = [n for n, _, _ in found]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return [], False  # (paged, but which page is which is not certain)
    marked = [q for q in ordered if q.explicit]
    before = any(q.end <= found[0][1] for q in marked)
    after = any(q.start >= found[-1][2] for q in marked)
    if after and not before:  # (they open their pages: the text above the first is on none known)
        starts = [lo for _, lo, _ in found]
        return [(n, lo, hi) for n, lo, hi in zip(numbers, starts, [*starts[1:], len(r.text)])], False
    if before and not after:  # (they close them: the text below the last is on none)
        ends = [hi for _, _, hi in found]
        return [(n, lo, hi) for n, lo, hi in zip(numbers, [0, *ends[:-1]], ends)], True
    return [], False


def page_named(r: Reading, ordered: list[Portion], at: int, refers: list[str] | None = None) -> set[int] | None:
    """`named_page_target` of the statement in `ordered[at]` when its words may name a page (a
    page word, `p.`, `pp.`, `pg.`), else None; `refers`: the words naming other text, as the
    fallback reads them (`scope._refers`, read here when not given). The one way the fallback
    (`scope.py`) and the statements that govern text (`governing.py`) ask for a page named."""
    p = ordered[at]
    if not may_name_a_page(r, p):
        return None
    if refers is None:
        from .scope import _refers  # (the words naming other text, as the fallback reads them)
        refers = _refers(r, p)
    return named_page_target(r, ordered, at, refers)


def may_name_a_page(r: Reading, p: Portion) -> bool:
    """Whether the words of portion `p` may name a page (a page word, `p.`, `pp.`, `pg.`): asked
    before the portions are put in order for `page_named`."""
    return _PAGE_GATE.search(r.text, p.start, p.end) is not None


_PAGE_GATE = compile_pattern(r"(?i)page|\bpp?\.|\bpg\.")


def named_page_target(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """What a statement in a paged file (`paged`) names when it names a page and no other text:
    the positions in `ordered` of every portion of that page (`this page`: the one it stands on,
    or the one it names by number when it stands on none for certain, `COR comment (p.4): this
    page should have been marked C`; `p.4`, `pages 4-5`; `the page above`: the one before its
    own, and its own too unless it opens it). An empty set when the page cannot be told for certain
    (a number the file does not hold, a statement on no page, another way of naming pages): the
    fallback raises every portion it could mean. None when it names no page, other text too, or
    the file is not paged (the statement is read as before)."""
    p = ordered[at]
    if "age" not in r.text[p.start:p.end] and "p." not in r.text[p.start:p.end] and "P." not in r.text[p.start:p.end]:
        return None
    named = list(r.g.scope_page_named.compiled.finditer(r.text, p.start, p.end))
    if not named or any(w not in _OWN_WORDS for w in refers) or _NEXT_PAGE.search(r.text, p.start, p.end):
        return None
    pages = paged(r, ordered)
    if pages is None:
        return None
    spans, last_certain = pages
    if not spans:
        return set()
    if sum(1 for _ in r.g.scope_page_word.compiled.finditer(r.text, p.start, p.end)) != len(named):
        return set()  # (another way of naming pages: `these pages`, `the last page`, `page 4 of the annex`)
    on = [k for k, (_, lo, hi) in enumerate(spans) if lo <= p.start and p.end <= hi]
    own = on[0] if on else None
    if own is not None and own == len(spans) - 1 and not last_certain and at == len(ordered) - 1 \
            and at > 0 and "\n\n" in r.text[ordered[at - 1].end:p.start].replace("\r", "").replace(" ", ""):
        own = None  # (a note set apart after the last page: on it, or about the file, is not certain)
    by_number = {n: k for k, (n, _, _) in enumerate(spans) if n is not None}
    numbers = [m for m in named if m.group("a")]
    if numbers and not by_number:
        return None  # (pages by number in a file split by form feeds: `scope_exact.by_page`)
    wanted: set[int] = set()
    for m in numbers:
        a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
        if not a <= b <= a + 20 or any(n not in by_number for n in range(a, b + 1)):
            return set()  # (a page this file does not hold)
        wanted |= {by_number[n] for n in range(a, b + 1)}
    if any(m.group("this") for m in named):
        if own is not None and (not numbers or own not in wanted):
            wanted.add(own)  # (`p.4` beside `this page` on page 5: both)
        elif own is None and not numbers:
            return set()  # (`this page` in a note on no page known)
    lines = [(lo, hi) for _, lo, hi in page_map(r).marker_lines]
    for m in named:
        if not m.group("above"):
            continue
        if own is None:
            if on or not last_certain:
                return set()  # (a note set apart under the last page: which page is above it is not certain)
            k = max((k for k, (_, _, hi) in enumerate(spans) if hi <= p.start), default=None)
            if k is None:
                return set()
            wanted.add(k)  # (a note after the last page: that page)
            continue
        if own == 0:
            return set()
        wanted.add(own - 1)
        _, lo, hi = spans[own]
        first = min((j for j, q in enumerate(ordered) if lo <= q.start < hi and not _a_page_line(q, lines)), default=None)
        if first != at:
            wanted.add(own)  # (text of its own page stands above it too)
    chosen = {j for j, q in enumerate(ordered) for k in wanted
              if q.start < spans[k][2] and q.end > spans[k][1] and j != at and not _a_page_line(q, lines)}
    return chosen


def _a_page_line(q: Portion, lines: list[tuple[int, int]]) -> bool:
    """Whether portion `q` is a line that gives a page's number, no more."""
    return any(lo <= q.start and q.end <= hi for lo, hi in lines)
