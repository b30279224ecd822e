"""The layout of a memo, report, e-mail or Markdown document: Markdown front matter, top and
bottom banners and page banners inside it, memo and e-mail header fields, the authority
block, and the portions (paragraphs, headings, list items, table rows, the subject)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..lazyre import first_of, lazy
from ..document import Portion, PortionKind
from ..markings import Marking
from .authority import (CLASSIFIED_BY, DECLASSIFY_ON, REASON_LINE, runs_on_into_prose, names_no_classifier, take_authority_in_prose,
                        take_classified_by, take_declassify_on,
                        take_reason_line)
from .cable_header import SUBJECT, caption_words, take_captions, take_handling_statement
from .evidence import take_page_banner
from .footer_banners import take_footer_banner
from .csv_export import column_marks, marking_columns, record_marking, releasability_columns, with_column_marks, \
    without_header_mark
from .marks import LABEL_LEAD, LEAD_SIGNS, LEAD, LIST_ITEM, may_be_designation_label
from .pages import alone_on_its_line
from .segments import Segment
from .portions import ends_in_abbreviation, interrupted, make_portion, paragraph_break, portion_end, section_label, start_list_letter, wrap_width
from .state import Reading

# (a memo's header fields, `MEMORANDUM FOR:`, `LDC:`, and one more control after a `;`: `reader_words.memo_field`,
# `memo_more_controls` of rules/markings.yaml, `r.g.memo_field`, `r.g.memo_more_controls`)
_HEADING = lazy(r"^[ \t]*#{1,6}[ \t]+")
# LaTeX source: a sectioning command is a heading of its own, a list item or a float, footnote or
# environment boundary starts a portion (round 28: unmarked text after `\section{Observations}`
# had joined the `(U)` paragraph above it)
_LATEX_HEADING = lazy(r"^[ \t]*\\(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph|frametitle)\*?[\[{]")
_LATEX_BREAK = lazy(r"^[ \t]*\\(?:item|begin|end|footnote|caption|marginpar|title|author|date|maketitle)\b")
_TABLE_ROW = lazy(r"^[ \t]*\|")
_TABLE_RULE = lazy(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


# a check box that opens an item of an action list: `[ ] Ask INR whether ...`, `[x] (U) Circulate minutes.`
_CHECK_ITEM = lazy(r"^[ \t]*\[[ xX✓✔]?\][ \t]+\S")

def read_document(r: Reading) -> list[Portion]:
    """The portions of a memo or report; banners and header fields go to `r` on the way."""
    segs = r.segs
    front_end = _front_matter_end(r)
    if front_end is not None:
        first = next(i for i, seg in enumerate(segs) if not seg.blank)
        r.field("front_matter", (segs[first].start, segs[front_end].end), "")
    top = next((seg for seg in segs[(front_end or -1) + 1:] if not seg.blank), None)
    bottom = r.last_nonblank()
    top_mark = r.marks.banner_at(top)
    bottom_mark = r.marks.banner_at(bottom) if bottom is not top else None
    skip: set[int] = set()
    r.banner_markings = [m for m in (top_mark, bottom_mark) if m is not None]
    if top_mark is not None and top is not None:
        r.field("banner", top, top.stripped)
        r.classification = top_mark
        r.marking_problems(top_mark, top.start, top.end)
        r.witness("banner", top_mark, top.start, top.end)
        skip.add(top.start)
    if bottom_mark is not None and bottom is not None:
        r.field("banner", bottom, bottom.stripped)
        r.witness("banner", bottom_mark, bottom.start, bottom.end)
        skip.add(bottom.start)
        if bottom_mark.problems:
            r.marking_problems(bottom_mark, bottom.start, bottom.end)  # (a damaged bottom banner says why)
        if top_mark is not None and bottom_mark.banner() != top_mark.banner():
            r.problem("BANNER_MISMATCH", "error",
                      f"bottom banner {bottom_mark.banner()} differs from top banner {top_mark.banner()}; "
                      f"the document is treated as the more restrictive of the two", bottom.start, bottom.end)
            if top_mark.valid and bottom_mark.valid:
                combined = r.g.rollup([top_mark, bottom_mark])
                r.classification = replace(combined, raw=top_mark.raw) if combined else top_mark
            elif not bottom_mark.valid:
                r.classification = bottom_mark
        elif top_mark is None:
            r.classification = bottom_mark
    starts: list[tuple[int, PortionKind, re.Match[str] | None]] = []
    width = wrap_width(r)
    prev_blank = True
    # a line that ends with a portion mark (a slide, a CSV row) is a portion of its own
    prev_trailing = False
    in_table = False
    table: _Table | None = None  # a table whose header names a classification column
    table_rows: dict[int, tuple[_Table, list[tuple[str, int]]]] = {}
    marks = r.marks
    authority_first = _authority_first()
    enumerators = marks.has_enumerators
    for i, seg in enumerate(segs):
        if front_end is not None and i <= front_end:
            continue
        if i in r.taken:  # a Classification: line and the like, read before the layout
            prev_blank = True
            continue
        s = seg.stripped
        text = seg.text
        # (each test below is first gated by what it needs, cheaply: most lines are prose; `head`
        # is the first character after the indent, where `^[ \t]*` patterns look)
        if s and seg.start not in skip and "." not in s and ":" not in s and "(" not in s \
                and not (i and not segs[i - 1].blank and ends_in_abbreviation(r, segs[i - 1].text, s, refs=False)) \
                and take_page_banner(r, i):  # (a banner has none of `.:(`: `MarkReader.banner_at`)
            # (not a level that completes the sentence above: "... carries a higher level, e.g.⏎SECRET", known32;
            # a banner under "ref."/"refs" or a line not ending in "e.g."/"i.e." is one, as on main, fixrev32d)
            prev_blank = True
            continue
        if s and seg.start not in skip and ("   " in s or "\t" in s or "|" in s) and any(c.isdigit() for c in s) \
                and take_footer_banner(r, i):
            # (`Page 2 of 2      CONFIDENTIAL//NOFORN      Derived From: ...`: a PDF page's footer, its banner the page's)
            prev_blank = True
            continue
        if s[:1] in "pP-" and alone_on_its_line(r.g, text):  # (`Page 2 of 3`, `- 2 -`)
            r.field("page", seg)
            prev_blank = True
            continue
        if not s:
            prev_blank = True
            in_table = False
            continue
        if seg.start in skip:
            prev_blank = True
            continue
        head = s[:1]
        if table is not None and not (head == "|" and _TABLE_ROW.match(text)) \
                and not (head in _TABLE_RULE.first and _TABLE_RULE.match(s)):
            table = None  # any other line ends the table
        if head in authority_first:
            if head in CLASSIFIED_BY.first and CLASSIFIED_BY.match(s):
                if runs_on_into_prose(s):
                    take_authority_in_prose(r, i)
                    starts.append((i, "paragraph", None))
                    prev_blank = False
                    continue
                take_classified_by(r, i)
                if names_no_classifier(r.g, s):
                    starts.append((i, "paragraph", None))  # (its prose is withheld as text: `names_no_classifier`)
                prev_blank = False
                continue
            if take_reason_line(r, i) or take_declassify_on(r, i):
                continue
        if r.fields and r.fields[-1].start <= seg.start < r.fields[-1].end:
            continue  # inside a multi-line field just taken (e.g. a wrapped Classified By)
        if ":" in s and head in first_of(r.g.memo_field) and _take_memo_field(r, i):
            prev_blank = False
            continue
        # `This e-mail contains SBU information` on a line of its own; a paragraph's wrapped line
        # that happens to start with such words stays in its paragraph (a field would release it)
        if prev_blank and take_handling_statement(r, seg, header_zone=False):
            prev_blank = True
            continue
        # a line of captions alone (`NOFORN` under a `FOR OFFICIAL USE ONLY` banner): the document's
        if prev_blank:
            words = caption_words(r, seg, header_zone=False)  # (None at once for most lines: their first letter)
            if words and all(caption is not None for _, caption in words):
                take_captions(r, seg, words)
                prev_blank = True
                continue
        if ":" in s and s.lstrip("*")[:1] in SUBJECT.first and SUBJECT.match(s.strip("*")):
            starts.append((i, "subject", marks.subject_mark(seg)))
            r.field("subject", seg, re.sub(r"\s+", " ", seg.stripped))
            prev_blank = False
            continue
        if head in _TABLE_RULE.first and _TABLE_RULE.match(s):
            r.field("table_rule", seg)
            continue
        trailing = s[-1] in ")\"'" and marks.trailing(seg) is not None  # (a mark that ends the line: `)`, `)"`, `)'`)
        # what a lead (`marks.lead`), a list item (LIST_ITEM) or a mark (`marks.mark_lead`) needs
        may_lead = head.isdecimal() or head in LEAD_SIGNS
        may_list = may_lead or s[1:2] in ".)"
        may_mark = "(" in text or "[" in text or "{" in text or "©" in text or "®" in text \
            or may_be_designation_label(text)
        if head == "|" and _TABLE_ROW.match(text):
            cells = _cells(seg)
            if table is not None and len(cells) == table.width:
                table_rows[i] = (table, cells)
            else:
                # `| # | Date | Item | Cls |`: its rows are marked by the Cls column (the header row
                # itself stays an unmarked portion: its names are text like any other)
                table = _table_header(r, i, cells)
            starts.append((i, "table_row", marks.mark_lead(seg)))
            in_table = True
        elif head == "#" and _HEADING.match(text) or head == "\\" and _LATEX_HEADING.match(text):
            starts.append((i, "heading", marks.mark_lead(seg)))
        elif head == "\\" and _LATEX_BREAK.match(text):
            starts.append((i, "list_item" if text.lstrip().startswith("\\item") else "paragraph", None))
        elif head == "[" and _CHECK_ITEM.match(text):  # an action list's check box: each item a portion, marked or not
            starts.append((i, "list_item", marks.mark_lead(seg)))
        elif may_list and LIST_ITEM.match(text) and (not LEAD.match(text) or marks.lead(seg) is None):
            starts.append((i, "list_item", marks.list_mark(seg)))
        elif may_lead and marks.lead(seg) is not None:
            starts.append((i, "paragraph", marks.lead(seg)))
        elif may_mark and marks.mark_lead(seg) is not None:  # (also a mark after a list letter: `(A) (U) ...`)
            starts.append((i, "paragraph", marks.mark_lead(seg)))
        elif enumerators and start_list_letter(r, seg):
            starts.append((i, "list_item", None))
        elif prev_blank or prev_trailing or not starts \
                or head in LABEL_LEAD.first and LABEL_LEAD.match(text) or section_label(r, s) \
                or trailing and not _ends_wrapped_sentence(r, starts[-1], i) \
                or starts[-1][1] in ("heading", "table_row", "subject") or in_table \
                or paragraph_break(r, starts[-1][0], i, width) or interrupted(r, starts[-1][0], i):
            starts.append((i, "paragraph", None))
        prev_blank = False
        prev_trailing = trailing
    # `(U)` (or `PARTICIPANTS: (U)`) ending a line, a blank line above it, heads the item right under it
    starts = [start for k, start in enumerate(starts)
              if not (k and start[0] == starts[k - 1][0] + 1 and start[1] in ("paragraph", "list_item")
                      and not (start[2] is not None and start[2].group("mark")) and _mark_alone_above(r, starts[k - 1], start[0]))]
    portions = []
    for k, (i, kind, markm) in enumerate(starts):
        seg = segs[i]
        end = portion_end(r, seg, segs[starts[k + 1][0]].start if k + 1 < len(starts) else None)
        number = int(markm.group("num")) if markm is not None and "num" in markm.re.groupindex \
            and markm.group("num") else None
        portion = make_portion(r, seg, markm, end, kind, number)
        if i in table_rows:
            portion = _marked_by_columns(r, portion, seg, *table_rows[i])
        if kind == "subject":
            portion = replace(portion, start=seg.start + len(seg.text) - len(seg.text.lstrip()))
        portions.append(portion)
    return portions


def _mark_alone_above(r: Reading, start: tuple[int, PortionKind, re.Match[str] | None], index: int) -> bool:
    """Does the line right above `index` end with the portion mark that leads it, with nothing
    after the mark (`(U)` alone, `PARTICIPANTS:  (U)`), and a blank line (or nothing) above it?
    Then it is the mark of the item or text right under it (`- Thank Oman ...`), which has none
    of its own. (Under a line of text, the mark might end the text above: no.)"""
    first, kind, markm = start
    if first != index - 1 or kind != "paragraph" or markm is None or not markm.group("mark"):
        return False
    seg = r.segs[first]
    return not seg.text[markm.end():].strip() and (first == 0 or r.segs[first - 1].blank)


# A sentence end with text after it (on the same line or the next), and one that ends a text
_SENTENCE_END = lazy(r"[.!?][\"')\]]?$")
_SENTENCE_INSIDE = lazy(r"[.!?][\"')\]]?[ \t\n]+\S")


def _ends_wrapped_sentence(r: Reading, start: tuple[int, PortionKind, re.Match[str] | None], index: int) -> bool:
    """Does line `index`, which ends with a portion mark, end the one sentence that an unmarked
    paragraph started above it wraps over (`The commission has confirmed October 26 as the date
    of the` / `re-run ordered by the Supreme Court. (U)`)? Then the mark is the whole sentence's,
    not its last line's. Any other sentence end in it, a field or blank line between, a marked
    or other start: no (the line is a portion of its own, as before)."""
    first, kind, markm = start
    if kind != "paragraph" or markm is not None or index - first > 8 or interrupted(r, first, index):
        return False
    mark = r.marks.trailing(r.segs[index])
    if mark is None:
        return False
    segs = r.segs
    if any(segs[k].blank for k in range(first, index)):
        return False
    before = r.text[segs[first].start:mark[1]].rstrip()
    return _SENTENCE_END.search(before) is not None and _SENTENCE_INSIDE.search(before, 0, len(before) - 1) is None


@functools.cache
def _authority_first() -> frozenset[str]:
    """What a line of the authority block (`Classified By:`, `Reason:`, `Declassify On:`) starts with."""
    return CLASSIFIED_BY.first | REASON_LINE.first | DECLASSIFY_ON.first


@dataclass
class _Table:
    """A table whose header row names columns that mark its rows (`Cls`, `Classification`)."""

    width: int
    columns: list[int]
    releasability: frozenset[int]
    marks: dict[int, Marking]  # the columns whose header carries a mark of its own (`| Assessment (S) |`)


def _cells(seg: Segment) -> list[tuple[str, int]]:
    """The cells of a table row (`| a | b |`, or `|a|b` as an HTML row reads) with their offsets."""
    text = seg.text
    bars = []
    k = text.find("|")
    while k >= 0:  # (the offset of every bar, found in C)
        bars.append(k)
        k = text.find("|", k + 1)
    if text.rstrip().endswith("|") and len(bars) > 1:
        bars_end = bars
    else:
        bars_end = [*bars, len(text.rstrip())]
    return [(text[a + 1:b], seg.start + a + 1) for a, b in zip(bars_end, bars_end[1:])]


def _table_header(r: Reading, index: int, cells: list[tuple[str, int]]) -> _Table | None:
    """The table a header row starts, when it names a column that marks the rows and the next
    line that is not blank is a rule or a row of the same width."""
    header_marks = column_marks(r, [cell for cell, _ in cells])
    names = [cell.strip().strip("*_`\"'").lower() for cell, _ in cells]
    names = [without_header_mark(name) if i in header_marks else name for i, name in enumerate(names)]
    if len(names) < 2 or any(len(name) > 40 or ":" in name or "(" in name for name in names):
        return None
    columns = marking_columns(r, names)
    if not columns:
        return None
    following = next((seg for seg in r.segs[index + 1:index + 4] if not seg.blank), None)
    if following is None:
        return None
    if following.stripped[:1] in _TABLE_RULE.first and _TABLE_RULE.match(following.stripped):
        return _Table(len(cells), columns, releasability_columns(r, names), header_marks)
    if following.text[:1] in _TABLE_ROW.first and _TABLE_ROW.match(following.text) \
            and len(_cells(following)) == len(cells):
        return _Table(len(cells), columns, releasability_columns(r, names), header_marks)
    return None


def _marked_by_columns(r: Reading, portion: Portion, seg: Segment, table: _Table,
                       cells: list[tuple[str, int]]) -> Portion:
    """A row of a table with marking columns, marked by its cells (and by marks that open its
    other cells): the most restrictive of them, doubtful when one does not read."""
    marking, (at, end) = record_marking(r, [cell for cell, _ in cells], table.columns, seg.start, seg.end,
                                        releasability=table.releasability,
                                        cell_starts=[start for _, start in cells])
    marking = with_column_marks(r, marking, [cell for cell, _ in cells], table.marks)
    if marking is None:
        return portion
    if portion.marking is not None:  # (a mark that leads the row counts too)
        marking = portion.marking if not portion.marking.valid else \
            marking if not marking.valid else r.g.rollup([portion.marking, marking])
    return replace(portion, marking=marking, explicit=True,
                   mark_start=portion.mark_start if portion.mark_start is not None else at,
                   mark_end=portion.mark_end if portion.mark_end is not None else end)


def _take_memo_field(r: Reading, index: int) -> bool:
    seg = r.segs[index]
    s = seg.stripped
    m = r.g.memo_field.match(s) if s[:1] in first_of(r.g.memo_field) else None
    if not m:
        return False
    name = re.sub(r"\s+", " ", m.group("name").lower())
    if name in ("from", "to", "cc", "thru", "memorandum for"):
        value = s[m.end():].strip()
        key = {"memorandum for": "to", "thru": "to", "cc": "info"}.get(name, name)
        r.field(key, seg, value)
        if key == "from":
            r.header.from_ = value
        else:
            getattr(r.header, key).append(value)
    elif "dissemination" in name or name in ("ldc", "releasability", "releasable to"):
        value = s[m.end():].split(";")[0].strip()
        if name == "releasable to":
            value = f"REL TO {value}"
        r.field("distribution_dissemination_control" if name.startswith("distribution") else
                name.replace(" ", "_") if name.startswith("releas") else "ldc", seg, value)
        controls = _controls(r, value)
        if controls is not None:
            r.witness("dissemination_control", controls, seg.start, seg.end)
    else:
        r.field(name.replace(" ", "_").replace("/", "_"), seg, s[m.end():].strip())
    # a designation block written on one line: `Controlled by: X; CUI Category: Y; LDC: NOFORN`
    for part in r.g.memo_more_controls.finditer(s, m.end()):
        controls = _controls(r, part.group("value"))
        if controls is not None:
            r.witness("dissemination_control", controls, seg.start, seg.end)
    return True


def _controls(r: Reading, value: str):  # type: ignore[no-untyped-def]
    """The marking a dissemination-control line adds to the document's (`REL TO USA, AUS`,
    `FEDCON`, `NOFORN`), None when it reads as nothing known."""
    current = r.classification
    bases = [current.banner()] if current is not None and current.level else []
    # (a banner that already carries the control, `CUI//SP-PRVCY//FEDONLY` over `LDC: FEDONLY`,
    # would carry it twice: then the level alone)
    bases.append(current.level if current is not None and current.level and current.rank > 0 else "CUI")
    for base in bases:
        marking = r.g.parse(f"{base}//{value.strip().rstrip('.')}")
        if marking.valid:
            return marking
    return None


def _front_matter_end(r: Reading) -> int | None:
    """Index of the line closing a Markdown front-matter block (`---` ... `---`), if any."""
    first = next((i for i, seg in enumerate(r.segs) if not seg.blank), None)
    if first is None or r.segs[first].stripped != "---":
        return None
    return next((j for j in range(first + 1, min(len(r.segs), first + 80))
                 if r.segs[j].stripped in ("---", "...")), None)
