"""Pages under their own banners: the pages of a file split by form feeds, each opening with its
own banner.

A filing with a classified appendix, a report whose later pages are CONFIDENTIAL, a bundle of
attachments: one file whose pages (split by form feeds, `\\f`) each open with the banner of that
page (`UNCLASSIFIED` on the brief's pages, `SECRET//NOFORN` on the appendix's). Read as one
document, the highest banner is the file's, and every unmarked line of every page took it; a page
closed by its own banner above and below is read apart already (`evidence._closed_parts`), but a
page whose banner stands only at its top (the form feed closes it) was not.

`page_parts` gives, for each such page, the stretch of the file it covers and the marking its
unmarked text takes (`evidence.inherit` applies it as it applies a part closed by its own
banners, `PART_BANNER`): its banner, raised by every mark and every piece of classification
evidence inside it and by every piece of evidence that stands on no such page (fail closed: a
statement whose reach is not known reaches every page).

Only what is certain is lowered; a page keeps the file's level when
- its first line that holds text is not a banner (a page that goes on from the one before, a
  page of a file with a banner on its first page only);
- it holds a banner of another level (a bottom banner that says more than its top one);
- an authority block lies on it, or on no such page, and its level would be UNCLASSIFIED
  (classified after all, at a level nobody wrote down);
- it holds a run of words the file also holds elsewhere (the same text under two banners).
Statements that govern text elsewhere (`governing.py`) and the scope fallback (`scope.py`) run
after this and raise what they name from the page's level.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Sequence

from ..document import Portion
from ..markings import Marking
from .repeated import word_runs
from .state import Reading

_BANNER_KINDS = ("banner", "classification_line")
_AUTHORITY_FIELDS = ("classified_by", "derived_from", "declassify_on", "reasons")
_RUN = 8  # words in a row that make a page's text the same as text outside it (as `evidence._PART_RUN`)


def page_spans(r: Reading) -> list[tuple[int, int]]:
    """(start, end) in the view of each page of a file split by form feeds; [] without one."""
    original = r.view.original
    if "\x0c" not in original:
        return []
    breaks = [i for i, c in enumerate(original) if c == "\x0c"]
    at = [r.view.to_view(b) if not r.view.identity else b for b in breaks]
    starts = [0, *(a + 1 for a in at)]
    ends = [*at, len(r.text)]
    return [(lo, hi) for lo, hi in zip(starts, ends) if lo <= hi]


def page_parts(r: Reading, kind: str, declared: Marking | None, inherited: Marking | None,
               portions: Sequence[Portion], local: set[int]) -> list[tuple[int, int, Marking]]:
    """(start, end, marking) of each page of a file split by form feeds that opens with its own
    banner (module docstring). `local`: ids of the evidence that governs a section only."""
    if kind != "document" or declared is None or not declared.valid or inherited is None \
            or not inherited.valid or r.entire_text is not None:
        return []
    spans = page_spans(r)
    if len(spans) < 2:
        return []
    banners = sorted((e for e in r.evidence if e.kind in _BANNER_KINDS), key=lambda e: e.start)
    if len(banners) < 2 or any(e.marking is None or not e.marking.valid for e in banners):
        return []
    if len({e.marking.banner() for e in banners}) < 2:  # type: ignore[union-attr]
        return []  # one level throughout: nothing to tell apart
    text = r.text
    line_of = [s.start for s in r.segs]
    pages: list[tuple[int, int, Marking]] = []
    opens: list[bool] = []  # (each page's first line under its banner opens an item of its own)
    for lo, hi in spans:
        first = next((s for s in r.segs[bisect_left(line_of, lo):bisect_left(line_of, hi)]
                      if not s.blank and text[s.start:s.end].strip()), None)
        if first is None:
            continue
        own = [e for e in banners if lo <= e.start < hi]
        top = next((e for e in own if first.start <= e.start < first.end), None)
        if top is None or text[first.start:top.start].strip() or text[top.end:first.end].strip():
            continue  # (no banner alone on its first line: it goes on from the page before, maybe)
        if len({e.marking.banner() for e in own}) != 1:  # type: ignore[union-attr]
            continue  # (a banner of another level on the page: which governs what is not known)
        pages.append((lo, hi, top.marking))  # type: ignore[arg-type]
        opens.append(_opens_an_item(r, top.end, hi))
    if not pages:
        return []

    def on_page(offset: int) -> bool:
        return any(lo <= offset < hi for lo, hi, _ in pages)

    previous = {hi: lo for lo, hi in spans}

    def spans_before(lo: int, at: int) -> bool:  # (`at` lies on the page right before the one at `lo`)
        start = previous.get(lo - 1)
        return start is not None and start <= at < lo - 1

    g = r.g
    others = [e for e in r.evidence if e.kind not in _BANNER_KINDS and id(e) not in local and e.kind != "foreign_stamp"
              and e.marking is not None and e.marking.valid]
    anywhere = [e.marking for e in others if not on_page(e.start)]
    authority_nowhere = any(f.name in _AUTHORITY_FIELDS and not on_page(f.start) for f in r.fields)
    skip = g.part_repeated_header.compiled
    every = word_runs(text, _RUN, skip)
    levels = []
    for k, (lo, hi, banner) in enumerate(pages):
        before = [e.marking for e in banners if e.marking is not None and spans_before(lo, e.start)]
        higher_before = g.rollup([*before, banner]) if before else inherited
        if lo > 0 and not opens[k] and (higher_before is None or higher_before.banner() != banner.banner()):
            continue  # (after a page that says more, a page that opens no item of its own may go on from it)
        said = [banner, *anywhere, *(e.marking for e in others if lo <= e.start < hi)]
        said += [p.marking for p in portions if p.explicit and p.marking is not None and lo <= p.start < hi]
        level = g.rollup(said)  # type: ignore[arg-type]
        if level is None or not level.valid or level.rank >= inherited.rank:
            continue
        if level.rank == 0 and (authority_nowhere or any(f.name in _AUTHORITY_FIELDS and lo <= f.start < hi
                                                         for f in r.fields)):
            continue  # classified after all, at a level nobody wrote down
        levels.append((lo, hi, level))
    # (the same words on two pages of one level say nothing: a report's running text repeated)
    alike: dict[str, Counter[tuple[str, ...]]] = {}
    for lo, hi, level in levels:
        alike.setdefault(level.banner(), Counter()).update(word_runs(text[lo:hi], _RUN, skip))
    parts = []
    for lo, hi, level in levels:
        same = alike[level.banner()]
        if any(every[run] > same[run] for run in word_runs(text[lo:hi], _RUN, skip)):
            continue  # the same words elsewhere in the file, under a higher level: the higher governs
        parts.append((lo, hi, level))
    return parts


def _opens_an_item(r: Reading, start: int, end: int) -> bool:
    """Whether the first line holding text after a page's banner (ending at `start`) opens an item
    of its own (`banner_parts` of the marking vocabulary: a heading, `Attachment 2 -- ...`, `TAB
    B`, a separator line, a message header)."""
    g, text = r.g, r.text
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end == -1 else line_end
        line = text[at:line_end]
        if line.strip():
            return bool(g.part_heading.compiled.search(line) or g.part_separator.compiled.search(line)
                        or g.part_message_header.compiled.search(line))
        at = line_end + 1
    return False
