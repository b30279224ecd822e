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
from ..lazyre import compile_pattern
from ..markings import Grammar, Marking
from .repeated import word_runs
from .state import Reading

_BANNER_KINDS = ("banner", "classification_line")
_AUTHORITY_FIELDS = ("classified_by", "derived_from", "declassify_on", "reasons")
_RUN = 8  # words in a row that make a page's text the same as text outside it (as `evidence._PART_RUN`)


# --- the page map: the pages of a document and their numbers, read once per reading (issue 8) ---

_NUMBER = compile_pattern(r"\d{1,3}")


class PageMap:
    """The pages of one reading and the numbers they bear, from every form of page marker the
    reader knows (`structure.page_forms` of rules/markings.yaml, one entry): every place
    that reads pages asks it (`page_refs`: the page a statement names, and the page after its own;
    `pointers`: pages by number under the lines that head them; `scope_exact.by_page`: pages by
    number across form feeds; `continued`: where the next page starts; `memo`: a page's number
    alone on its line; this module's pages under their own banners). Made once per reading
    (`page_map`), and each of its parts only when first asked, so that a document with no page
    in it costs nothing.

    - `feeds`: the pages of a file split by form feeds (`\\f`), unnumbered;
    - `numbered_feeds`: those pages with their numbers, when every page but perhaps the first
      bears one (`Page 4`, `Page 4 of 9` at a line's start or end: `page_forms.numbered`) and they
      run on by one; None when that is not certain (fail closed: the page is not told);
    - `marker_lines`: the lines that give a page's number alone (`--- page 4 ---`, `- 4 -`,
      `Page 4 of 9`, `[Seite 2]`: `page_forms.marker`), with their numbers;
    - `head_lines`: the lines that head a page (`--- Police summary, page 2 ---`, `[Page 3 of 4]`:
      `page_forms.heading`), with their numbers."""

    def __init__(self, r: Reading) -> None:
        self._r = r
        self._breaks: list[tuple[int, int]] | None = None
        self._numbered: tuple[list[tuple[int, int, int]] | None] | None = None
        self._markers: list[tuple[int, int, int]] | None = None
        self._heads: list[tuple[int, int]] | None = None

    def _feed_spans(self) -> list[tuple[int, int]]:
        """(start, end) in the view of each stretch between form feeds, as the breaks fall."""
        if self._breaks is None:
            r = self._r
            original = r.view.original
            if "\x0c" not in original:
                self._breaks = []
            else:
                at = [r.view.to_view(i) if not r.view.identity else i for i, c in enumerate(original) if c == "\x0c"]
                self._breaks = list(zip([0, *(a + 1 for a in at)], [*at, len(r.text)]))
        return self._breaks

    @property
    def has_feeds(self) -> bool:
        """Whether the file is split by form feeds."""
        return "\x0c" in self._r.view.original

    @property
    def feeds(self) -> list[tuple[int, int]]:
        """(start, end) in the view of each page of a file split by form feeds; [] without one."""
        return [(lo, hi) for lo, hi in self._feed_spans() if lo <= hi]

    @property
    def numbered_feeds(self) -> list[tuple[int, int, int]] | None:
        """(its number, start, end) of each page of a file split by form feeds, when every page
        but perhaps the first bears its number (`page_forms.numbered`) and the numbers run on by
        one; None otherwise (no form feed, a page with two numbers, numbers that do not run on)."""
        if self._numbered is None:
            self._numbered = (self._numbered_feeds(),)
        return self._numbered[0]

    def _numbered_feeds(self) -> list[tuple[int, int, int]] | None:
        spans = self._feed_spans()
        if not spans:
            return None
        r = self._r
        label = r.g.page_forms_numbered.compiled
        numbers: list[int | None] = []
        for lo, hi in spans:
            found = {int(m.group("number")) for m in label.finditer(r.text, lo, hi)}
            if len(found) > 1:
                return None
            numbers.append(found.pop() if found else None)
        offsets = {n - i for i, n in enumerate(numbers) if n is not None}
        if len(offsets) != 1 or any(n is None for n in numbers[1:]):
            return None
        offset = offsets.pop()
        return [(i + offset, lo, hi) for i, (lo, hi) in enumerate(spans)]

    def numbers_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of each page number written in `lo:hi` the way a page bears its own
        (`page_forms.numbered`): in a statement, a label of its page, not a page it names."""
        return [(m.start(), m.end()) for m in self._r.g.page_forms_numbered.compiled.finditer(self._r.text, lo, hi)]

    def ruled_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of each line of `lo:hi` that is a page's number alone between rules
        (`- Page 2 of 3 -`: `page_forms.ruled`)."""
        return [(m.start(), m.end()) for m in self._r.g.page_forms_ruled.compiled.finditer(self._r.text, lo, hi)]

    @property
    def marker_lines(self) -> list[tuple[int, int, int]]:
        """(its number, start, end) of each line that gives a page's number alone (`--- page 4 ---`,
        `- 4 -`, `Page 4 of 9`, `[Seite 2]`: `page_forms.marker`), in order."""
        if self._markers is None:
            r = self._r
            marker = r.g.page_forms_marker.compiled
            self._markers = [
                (int(_NUMBER.search(seg.stripped).group(0)), seg.start, seg.end)  # type: ignore[union-attr]
                for seg in r.segs if not seg.blank and len(seg.stripped) <= 40 and any(c.isdigit() for c in seg.stripped)
                and marker.fullmatch(seg.stripped) is not None]
        return self._markers

    @property
    def head_lines(self) -> list[tuple[int, int]]:
        """(its number, where it starts) of each line that heads a page (`--- Police summary, page
        2 ---`, `[Page 3 of 4]`: `page_forms.heading`, matched whole on a line of at most
        120 characters), in order."""
        if self._heads is None:
            heads: list[tuple[int, int]] = []
            line = self._r.g.page_forms_heading.compiled
            text = self._r.text
            start = 0
            while start <= len(text):
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                if end - start <= 120:
                    head = line.fullmatch(text, start, end)
                    if head is not None:
                        heads.append((int(head.group("number")), start))
                start = end + 1
            self._heads = heads
        return self._heads


def page_map(r: Reading) -> PageMap:
    """The page map of reading `r`, made when first asked."""
    if r.pages is None:
        r.pages = PageMap(r)
    return r.pages  # type: ignore[no-any-return]


def footer_state(g: Grammar, part: str) -> bool:
    """Is `part` of a footer line the document's state beside its page number and banner (`DRAFT`,
    `page_forms.footer_status`; `reader/footer_banners.py`)?"""
    return g.page_forms_footer_status.match(part) is not None


def footer_page_number(g: Grammar, part: str) -> bool:
    """Is `part` of a footer line a page number only a footer counts, beside a classified banner (`-- 2 --`,
    `page_forms.footer_number`; `reader/footer_banners.py`)?"""
    return g.page_forms_footer_number.match(part) is not None


def alone_on_its_line(g: Grammar, line: str) -> bool:
    """Whether `line` is a page's number and nothing else (`Page 2 of 3`, `- 2 -`:
    `page_forms.alone`), read as a `page` field in a memo's layout."""
    return g.page_forms_alone.compiled.match(line) is not None


def page_marker_alone(g: Grammar, text: str) -> bool:
    """Whether `text` (stripped) is a page's number and nothing else as `page_forms.marker`
    reads it (`--- p. 2 ---`, `- 2 -`, `[Seite 2]`): what may stand after a heading on its line."""
    return g.page_forms_marker.compiled.fullmatch(text) is not None


def page_spans(r: Reading) -> list[tuple[int, int]]:
    """(start, end) in the view of each page of a file split by form feeds; [] without one
    (`PageMap.feeds`)."""
    return page_map(r).feeds


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
