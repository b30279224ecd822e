"""A CSV or TSV export (a tracker, a cable log) whose header row names a classification column:
each record is a portion marked by its cells (`SECRET//NOFORN`, `unclassified`, a `Handling`
column's `SBU//NOFORN`, a mark that opens a text cell), and a quoted field may run over several
lines. The record takes the most restrictive of them; a cell that reads as no marking makes it
doubtful, and a record with none is unmarked. Lines above the header (an export's title) are
read as banners or as one unmarked portion."""
from __future__ import annotations

import csv
import itertools

from ..lazyre import lazy
from ..document import Portion
from ..markings import Marking
from .marks import mark_inner
from .state import Reading

_DELIMITERS = (",", ";", "\t")  # (a Markdown table's bars are read as table rows of the document)
_CONTROL_COLUMNS = {"handling", "caveat", "caveats", "controls", "dissemination", "dissem", "releasability",
                    "handling caveat", "dissemination controls", "sci", "control markings",
                    "zn", "security indicator",  # (a cable log's `ZN` column: UUUUU, CCCCC, SSSSS)
                    "security", "security level", "security label", "designation", "cui designation",
                    "dissemination control", "limited dissemination control", "releasable to", "rel to"}
# Column names that hold a sensitivity or handling label wherever they stand in the name
# (`Sensitivity`, `Sensitivity Label`, `Handling Instructions`, `Dissem Controls`).
_CONTROL_STEMS = ("sensitiv", "handling", "dissem", "releasab", "caveat")
# A mark where a portion of a cell's text may start: the cell's start (after quotes), a line
# start, a sentence end or a label (`Ambassador: (S//NF)`).
_MARK_IN_CELL = lazy(r"(?:^|\n|[.!?:;][\"'”’]?[ \t]+)[ \t\"'“‘«]*(?P<mark>[(\[][^()\[\]\n]{1,40}[)\]])")


_ALONE = lazy(r"\([^()\n]{1,40}\)")  # (a cell that holds a portion mark alone)

# What a header row with a classification-like column holds (tested before it is parsed).
_HEADER_WORDS = ("clas", "marking", "handling", "caveat", "control", "dissem", "releas", "zn", "sci", "security",
                 "sensitiv", "designation", "rel to")


def _header(r: Reading, line: str) -> tuple[str, list[str], list[int]] | None:
    """The delimiter, the cells and the classification-like columns of a header row."""
    delimiter = max(_DELIMITERS, key=line.count)
    if line.count(delimiter) < 2:  # (tested first: the cheaper test, and most lines fail it)
        return None
    lowered = line.lower()
    vocabulary = r.g.vocabulary
    if not any(word in lowered for word in _HEADER_WORDS) \
            and not any(name in lowered for name in vocabulary.record_marking_columns):
        return None
    cells = next(csv.reader([line], delimiter=delimiter))
    names = [cell.strip().strip("*\"'").lower() for cell in cells]
    if any(len(name) > 40 or ":" in name for name in names):
        return None  # a sentence or a `Classification: SECRET//REL TO USA, GBR` line, not a header
    columns = marking_columns(r, names)
    return (delimiter, cells, columns) if columns else None


def marking_columns(r: Reading, names: list[str]) -> list[int]:
    """The columns of a table or export (by their names, in lower case) that mark its records:
    classification, handling and releasability columns."""
    vocabulary = r.g.vocabulary
    names = [column_name(name) for name in names]
    return [i for i, name in enumerate(names)
            if "clas" in name or "marking" in name or name in _CONTROL_COLUMNS
            or name in vocabulary.record_marking_columns or name in vocabulary.record_releasability_columns
            or any(stem in name for stem in _CONTROL_STEMS)]


def read_csv_export(r: Reading) -> list[Portion] | None:
    """The records of a CSV export as table rows, or None when the text is not one."""
    if "," not in r.text and ";" not in r.text and "\t" not in r.text:
        return None
    lines = [i for i, seg in enumerate(r.segs[:40]) if not seg.blank][:5]  # a title or banner may come first
    found = next(((i, h) for i in lines if (h := _header(r, r.segs[i].stripped)) is not None), None)
    if found is None:
        return None
    index, (delimiter, cells, columns) = found
    following = next((r.segs[j] for j in range(index + 1, len(r.segs)) if not r.segs[j].blank), None)
    if following is None or following.text.count(delimiter) < len(cells) - 1:
        return None  # a header needs records of its shape
    portions = _preamble(r, index)
    header = r.segs[index]
    r.field("table_header", (header.start, header.end))
    lines_text = r.text[header.start:].splitlines(keepends=True)
    starts = [header.start]
    for line in lines_text:
        starts.append(starts[-1] + len(line))
    releasability = releasability_columns(r, cells)
    header_marks = column_marks(r, cells)
    reader = csv.reader(lines_text, delimiter=delimiter)
    split: dict[int, list[Portion]] = {}  # (a record's index in `portions` -> its cells, `_first_cell_alone`)
    first_marks: set[str] = set()
    next(reader)
    consumed = reader.line_num
    for record in reader:
        start, end = starts[consumed], starts[reader.line_num]
        consumed = reader.line_num
        while end > start and r.text[end - 1] in "\r\n":
            end -= 1
        if not any(cell.strip() for cell in record):
            continue
        if len(record) == 1 and (banner := _banner_line(r, start, end)) is not None:
            portions.extend(banner)
            continue
        if len(record) == 1 and len(cells) > 1 and _NOTE_MARK.match(r.text, start, end) is not None:
            # a note of one cell under the records (`"(U) Remarks column summarises ..."`): a paragraph marked by the
            # mark it opens with, not a value of the classification column (round 120)
            portions.append(_note_record(r, record[0], start, end))
            continue
        marking, span = record_marking(r, record, columns, start, end, releasability=releasability)
        marking = with_column_marks(r, marking, record, header_marks)
        if marking is not None and (pieces := _first_cell_alone(r, record, start, end, delimiter, marking)) is not None:
            split[len(portions)] = pieces
            first_marks.add(record[0].strip())
        elif marking is not None and _ALONE.fullmatch(record[0].strip()) is not None:
            first_marks.add(record[0].strip())
        row = Portion(start=start, end=end, body_start=start, kind="table_row", number=None,
                      marking=marking, explicit=marking is not None, mark_start=span[0], mark_end=span[1])
        portions.extend(_marked_cell_lines(r, row, delimiter) if "\n" in r.text[start:end] else [row])
    if split and len(first_marks) == 1:
        # (a first column that gives every record the same mark judged none of their other cells; one that tells
        # them apart, `(U)` here and `(S)` there, marks each record whole)
        portions = [q for k, p in enumerate(portions) for q in split.get(k, [p])]
    return portions


_NOTE_MARK = lazy(r"[ \t\"]*\((?P<inner>[^()\n]{1,40})\)(?=[ \t])")

# a column header's own mark (the header cell's end): `Source Notes (S//NF)`, `Analyst comment [C//NF]`
_HEADER_MARK = lazy(r"[(\[](?P<inner>[^()\[\]\n]{1,40})[)\]][ \t\"'*]*$")
# what a cell holds when it says nothing (its column's mark then marks nothing of the record)
_EMPTY_CELLS = frozenset({"", "none", "n/a", "na", "nil", "-", "--", "\u2014", "\u2013", "tbd", "no"})


def column_marks(r: Reading, cells: list[str]) -> dict[int, Marking]:
    """The columns whose header carries a portion mark of its own (`Class,Date,Engagement,Source Notes (S//NF)`):
    every cell of such a column is text at that mark, whatever the row's Class cell says of the row's event (adv155-017,
    fix155)."""
    marks: dict[int, Marking] = {}
    for i, cell in enumerate(cells):
        found = _HEADER_MARK.search(cell.strip())
        if found is None:
            continue
        inner = mark_inner(found.group(0).strip(" \t\"'*"))
        mark = r.marks.read_mark(inner) if inner.upper() == inner else None
        if mark is not None and mark.level is not None:
            marks[i] = mark
    return marks


def with_column_marks(r: Reading, marking: Marking | None, record: list[str],
                      marks: dict[int, Marking]) -> Marking | None:
    """A record's marking raised by the marks of the columns whose cells it fills (only ever raised: a cell that
    says nothing, `none`, raises nothing)."""
    raised = [mark for i, mark in marks.items()
              if i < len(record) and record[i].strip().strip(".").lower() not in _EMPTY_CELLS]
    if not raised or marking is not None and not marking.valid:
        return marking  # (a doubtful record stays doubtful: withheld at every level)
    if marking is None:
        # (a record with no mark of its own takes the document's level later: a column's lower mark, `Meeting (U)`,
        # may not set it below that; a classified one may, it is withheld at every level anyway: review38f)
        top = r.g.rollup(raised)
        return top if top is not None and top.rank > 0 else None
    return r.g.rollup([*raised, marking])


def _note_record(r: Reading, value: str, start: int, end: int) -> Portion:
    """A record of one cell under a header of several that opens with a mark's brackets: a paragraph marked by that
    portion mark, else (no mark that reads) unmarked."""
    found = _NOTE_MARK.match(r.text, start, end)
    mark = r.marks.read_mark(found.group("inner")) if found is not None else None
    if found is None or mark is None or not mark.valid or mark.level is None:
        return Portion(start=start, end=end, body_start=start, kind="paragraph", number=None, marking=None, explicit=False)
    ms, me = found.start("inner") - 1, found.end("inner") + 1
    return Portion(start=start, end=end, body_start=me, kind="paragraph", number=None, marking=mark, explicit=True,
                   mark_start=ms, mark_end=me)


def _first_cell_alone(r: Reading, record: list[str], start: int, end: int, delimiter: str,
                      marking: Marking) -> list[Portion] | None:
    """A one-line record of three cells or more whose first cell holds a portion mark alone (`"(U)","Port
    authority tour","2026-11-12","the port authority director admitted ..."`) and whose other cells hold no
    mark: the mark marks its cell only; each other cell is unmarked text, which takes the level of the
    export (its title or banner), not the row's (U) (round 120); None for any other record."""
    if len(record) < 3 or "\n" in record[0] or "\n" in r.text[start:end]:
        return None
    first = record[0].strip()
    if first[:1] != "(" or first[-1:] != ")" or any("(" in cell or "[" in cell for cell in record[1:]):
        return None
    mark = r.marks.read_mark(first[1:-1])
    if mark is None or not mark.valid or mark.level is None or marking.portion_mark() != mark.portion_mark():
        return None  # (and a record whose classification column says more than its first cell is marked whole)
    spans = _cell_spans(r.text, start, end, delimiter)
    if spans is None or len(spans) != len(record):
        return None
    r.problem("CELL_MARK", "info", "only this record's first cell is marked: its other cells take what unmarked "
              "text takes, not the first cell's mark", start, end)
    (s0, e0), out = spans[0], []
    out.append(Portion(start=s0, end=e0, body_start=e0, kind="table_row", number=None, marking=mark, explicit=True,
                       mark_start=s0, mark_end=e0))
    out.extend(Portion(start=s, end=e, body_start=s, kind="table_row", number=None, marking=None, explicit=False)
               for s, e in spans[1:] if e > s)
    return out


def _marked_cell_lines(r: Reading, row: Portion, delimiter: str) -> list[Portion]:
    """A record over several lines one of whose quoted cells opens with a portion mark of its own and goes on over
    lines that carry none (`"(U) Route B used for the visit.` / `Route B passes the safehouse ...","Blake, Owen"`,
    round 134): a line break inside a quoted cell is one its writer typed (an export never wraps a cell), so the
    cell's mark marks its first line only; what the record holds from the cell's next line on is unmarked text, which
    takes the level of the export (its banner or title), not the record's or the cell's (U) (fail closed: the
    record's cells after that line too). A record whose marking does not read exactly, or every one of whose cell's
    later lines opens with a mark of its own (the record took those marks too), stays whole; one whose later lines
    mix marked and unmarked lines (`(U) ...` / `(U) ...` / an unmarked line, round 138) is split line by line
    (`_each_cell_line`)."""
    text = r.text
    if row.marking is None or not row.marking.valid or row.marking.level is None:
        return [row]
    spans = _cell_spans(text, row.start, row.end, delimiter)
    if spans is None:
        return [row]
    for s, e in spans:
        nl = text.find("\n", s, e)
        if nl == -1:
            continue
        opening = _NOTE_MARK.match(text, s, nl)
        mark = r.marks.read_mark(opening.group("inner")) if opening is not None else None
        if mark is None or not mark.valid or mark.level is None:
            continue
        lines = [line for line in text[nl + 1:e].split("\n") if line.strip(" \t\r")]
        marked = [_line_mark(r, line) is not None for line in lines]
        if lines and all(marked):
            return [row]
        if any(marked):
            return _each_cell_line(r, row, nl, e)
        lead = nl + 1
        while lead < row.end and text[lead] in " \t\n":
            lead += 1
        if lead >= row.end:
            return [row]
        r.problem("CELL_MARK", "info", "a cell's mark marks its first line only: its next lines, unmarked, take what "
                  "unmarked text takes, not the mark of the cell or the record", lead, row.end)
        head = Portion(start=row.start, end=nl, body_start=row.body_start, kind=row.kind, number=None,
                       marking=row.marking, explicit=True, mark_start=row.mark_start, mark_end=row.mark_end)
        return [head, Portion(start=lead, end=row.end, body_start=lead, kind=row.kind, number=None, marking=None,
                              explicit=False)]
    return [row]


def _line_mark(r: Reading, line: str) -> Marking | None:
    """The portion mark that opens a line of a cell, when it reads exactly (a level and nothing doubtful)."""
    found = _NOTE_MARK.match(line)
    mark = r.marks.read_mark(found.group("inner")) if found is not None else None
    return mark if mark is not None and mark.valid and mark.level is not None else None


def _each_cell_line(r: Reading, row: Portion, nl: int, cell_end: int) -> list[Portion]:
    """A record whose quoted cell's first line (up to `nl`) opens with a mark and whose next lines (up to
    `cell_end`) mix lines with marks of their own and lines without: the record up to `nl` keeps the record's
    marking; each next line is a portion of its own, marked by the mark it opens with, or else unmarked (it takes
    the export's level: an export never wraps a cell, so no mark above reaches it). The record's cells after the
    cell keep the record's marking (the classification column marks them)."""
    text = r.text
    out = [Portion(start=row.start, end=nl, body_start=row.body_start, kind=row.kind, number=None,
                   marking=row.marking, explicit=True, mark_start=row.mark_start, mark_end=row.mark_end)]
    at = nl + 1
    while at < cell_end:
        stop = text.find("\n", at, cell_end)
        stop = cell_end if stop == -1 else stop
        lo, hi = at, stop
        while lo < hi and text[lo] in " \t":
            lo += 1
        while hi > lo and text[hi - 1] in " \t\r":
            hi -= 1
        if hi > lo:
            found = _NOTE_MARK.match(text, lo, hi)
            mark = _line_mark(r, text[lo:hi])
            if mark is not None and found is not None:
                # (never below the record's own marking, its classification column: `(U) Talks went well (S) army
                # will move ...` in a SECRET record is SECRET, review33d)
                mark = (r.g.rollup([mark, row.marking]) if row.marking is not None else None) or mark
                out.append(Portion(start=lo, end=hi, body_start=found.end("inner") + 1, kind=row.kind, number=None,
                                   marking=mark, explicit=True, mark_start=found.start("inner") - 1,
                                   mark_end=found.end("inner") + 1))
            else:
                r.problem("CELL_MARK", "info", "an unmarked line of a cell whose other lines carry marks of their "
                          "own: it takes what unmarked text takes, not the mark of a line above it", lo, hi)
                out.append(Portion(start=lo, end=hi, body_start=lo, kind=row.kind, number=None, marking=None,
                                   explicit=False))
        at = stop + 1
    if any(c.isalnum() for c in text[cell_end:row.end]):
        out.append(Portion(start=cell_end, end=row.end, body_start=cell_end, kind=row.kind, number=None,
                           marking=row.marking, explicit=True, mark_start=row.mark_start, mark_end=row.mark_end))
    return out


def _cell_spans(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]] | None:
    """The spans of the cells' values (inside their quotes) of a one-line CSV record `text[start:end]`."""
    spans: list[tuple[int, int]] = []
    at = start
    while at <= end:
        if text.startswith('"', at):
            close = at + 1
            while True:
                close = text.find('"', close, end)
                if close == -1:
                    return None
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            spans.append((at + 1, close))
            at = close + 1
            if at < end and text[at] != delimiter:
                return None
        else:
            stop = text.find(delimiter, at, end)
            stop = end if stop == -1 else stop
            lo, hi = at, stop
            while lo < hi and text[lo] in " \t":
                lo += 1
            while hi > lo and text[hi - 1] in " \t":
                hi -= 1
            spans.append((lo, hi))
            at = stop
        at += 1
    return spans


def column_name(name: str) -> str:
    """A column or key name as the vocabulary writes it: `Releasable_To` is `releasable to`."""
    return " ".join(name.strip().strip("*_`\"'").lower().replace("_", " ").replace("-", " ").split())


def releasability_columns(r: Reading, names: list[str]) -> frozenset[int]:
    """The releasability columns of a header (`Releasable To`: a list of countries)."""
    known = r.g.vocabulary.record_releasability_columns
    return frozenset(i for i, name in enumerate(names) if column_name(name) in known)


def record_marking(r: Reading, record: list[str], columns: list[int], start: int, end: int,
                   releasability: frozenset[int] = frozenset(), cell_starts: list[int] | None = None,
                   ) -> tuple[Marking | None, tuple[int | None, int | None]]:
    """The most restrictive marking of a record's classification cells and of the marks that open
    its other cells (doubtful if one cannot be read), and where the first of them stands. A
    releasability cell is a REL TO list (`USA, CAN, AUS`), unless it says the record is
    releasable to all (`ALL`); `cell_starts` are the offsets of the cells when the caller knows
    them."""
    vocabulary = r.g.vocabulary
    columns = [c for c in columns if c < len(record) and record[c].strip()
               and not (c in releasability and record[c].strip().upper() in vocabulary.releasable_to_all)]
    values = [rel_to_list(record[c].strip()) if c in releasability else record[c].strip() for c in columns]
    indicators = vocabulary.security_indicators
    markings = [_cell_marking(r, indicators.get(v.upper(), v)) for v in values]
    level = next((m.banner() for m in markings if m.valid and m.level is not None), None)
    # a control column's `NOFORN` alone reads with the record's level
    markings = [r.g.parse(f"{level}//{v}") if m.level is None and level else m for m, v in zip(markings, values)]
    for i, cell in enumerate(record):
        if i in columns or "(" not in cell and "[" not in cell:
            continue
        for found in _MARK_IN_CELL.finditer(cell):
            inner = mark_inner(found.group("mark"))
            mark = r.marks.read_mark(inner) if inner.upper() == inner else None  # `(s)he` is no mark
            if mark is not None and mark.level is not None:
                markings.append(mark)
    if not markings:
        return None, (None, None)
    if cell_starts is not None and columns:
        first = record[columns[0]]
        at = cell_starts[columns[0]] + len(first) - len(first.lstrip())
        span: tuple[int | None, int | None] = (at, at + len(first.strip()))
    else:
        mark_start = r.text.find(values[0], start, end) if values else -1
        span = (mark_start, mark_start + len(values[0])) if mark_start >= 0 else (None, None)
    doubtful = next((m for m in markings if not m.valid), None)
    marking = doubtful if doubtful is not None else r.g.rollup(markings)
    if marking is not None and span[0] is not None and span[1] is not None:
        r.marking_problems(marking, span[0], span[1])
    return marking, span


def rel_to_list(value: str) -> str:
    """A releasability cell as a marking: `USA, CAN, AUS` is `REL TO USA, CAN, AUS`."""
    upper = value.upper()
    return value if upper.startswith(("REL", "NOFORN", "NF", "DISPLAY")) else f"REL TO {value}"


def _cell_marking(r: Reading, value: str) -> Marking:
    """A classification or handling cell as a marking. A cell whose words are written without
    separators (`SBU NOFORN`, `UNCLASSIFIED NOFORN`, `SECRET NOFORN ORCON`) reads as the marking
    that joining them with `//` or `/` gives, when every way of joining them that reads gives
    the same marking; otherwise the cell stays as it parsed (doubtful when it reads as none)."""
    marking = r.g.parse(value)
    words = value.split()
    if marking.valid or "/" in value or not 1 < len(words) <= 5:
        return marking
    readings: dict[str, Marking] = {}
    for joints in itertools.product((" ", "//", "/"), repeat=len(words) - 1):
        candidate = r.g.parse(words[0] + "".join(j + w for j, w in zip(joints, words[1:])))
        if candidate.valid:
            readings.setdefault(candidate.banner(), candidate)
    return next(iter(readings.values())) if len(readings) == 1 else marking


def _preamble(r: Reading, header_index: int) -> list[Portion]:
    """Lines above the header: banners, or one unmarked portion (an export's title)."""
    portions: list[Portion] = []
    text_start: int | None = None
    text_end = 0
    for seg in r.segs[:header_index]:
        if seg.blank:
            continue
        banner = _banner_line(r, seg.start, seg.end)
        if banner is not None:
            continue
        text_start = seg.start if text_start is None else text_start
        text_end = seg.end
    if text_start is not None:
        portions.append(Portion(start=text_start, end=text_end, body_start=text_start, kind="paragraph",
                                number=None, marking=None, explicit=False))
    return portions


def _banner_line(r: Reading, start: int, end: int) -> list[Portion] | None:
    """A banner line above or below the records: taken as the export's banner (no portion)."""
    seg = next((s for s in r.segs if s.start == start), None)
    marking = r.marks.banner_at(seg) if seg is not None else None
    if seg is None or marking is None:
        return None
    r.field("banner", seg, seg.stripped)
    r.witness("banner", marking, seg.start, seg.end)
    r.banner_markings.append(marking)
    current = r.classification
    r.classification = marking if current is None or not marking.valid or not current.valid \
        else r.g.rollup([current, marking])
    return []


def without_header_mark(name: str) -> str:
    """A column header's name without its own mark (`source notes (s//nf)` -> `source notes`)."""
    found = _HEADER_MARK.search(name)
    return name[:found.start()].strip() if found is not None else name
