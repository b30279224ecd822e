"""Tables in any syntax inside a marked portion: a cell that is not marked takes what unmarked text
takes (the level of the table's document or record), never the (U) of a marked cell in its row or
of the paragraph that introduces the table (issue 8, rounds 122 and 124).

A table here is a run of one-line rows of one syntax:
- delimited rows of three cells or more, split by tabs (a database's `COPY` block, an export's rows),
  or of two cells or more split by bars (`| a | b |`, a `|---|` rule allowed);
- a MediaWiki table (`{|` ... `|}`), its rows `| a || b || c` between `|-` lines;
- fixed-width columns (a sheet pasted into an e-mail, a `lynx -dump` of an HTML table, a cable's
  table): three columns or more set apart by gutters of two blanks or more that every row of the
  run leaves blank, a header line over them allowed, a wrapped cell's further lines indented to
  its column.

`table_cells` (reader/cells.py) reads the rows of an unmarked portion and the rows a first cell's
mark leads; what it left whole in a marked portion is read here: a row whose cells carry marks of
their own is split into its cells (a cell that opens or ends with a mark is marked by it, the others
are unmarked); a row with no mark at all, the header and the rules are unmarked text; the text of
the portion before the table keeps its mark, the text after it is unmarked (fail closed). A table
whose column of marks alone in their cells tells its rows apart (`(U)` here, `(S)` there) judged
each row (round 114) and is left as it was; so is a row whose other cell holds a level in words
(`cells.level_in_words`), and a table with a mark that does not read exactly.

`form_answers`: a form's responses printed as blocks, each a marked, numbered question with its answer
on the lines under it (`(U) 3. Describe any threats ...` / `JNIM courier ...`): each answer is unmarked
text of its own, not the question's (U).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .cells import BRACKETED, row_cells, exact, held_back_columns, level_in_words, cell_mark
from .portions import longest_line
from .state import Reading

_KINDS = ("table_row", "paragraph", "list_item", "text")
_RULE = re.compile(r"[ \t]*[|+]?[ \t]*[-=:+| \t]{3,}")
_GAP = re.compile(r"\S(?: ?\S)*")  # (a fixed-width line's chunks: text with single blanks inside)

# (a cell: start, end, and its mark: marking, mark start, mark end, alone in its cell)
_Mark = tuple[Marking, int, int, bool]


def table_rows(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each marked portion that holds a table's rows split as the module docstring says."""
    text = r.text
    if "\t" not in text and "|" not in text and "  " not in text:
        return portions
    plans: dict[int, list[Portion]] | None = None
    out: list[Portion] = []
    for p in portions:
        body = text[p.start:p.end]
        if p.kind not in _KINDS or not p.explicit or p.marking is None or p.mark_start is None \
                or ("\t" not in body and "|" not in body and "  " not in body.strip()):
            out.append(p)
            continue
        if plans is None:
            plans = _plans(r)
        if not plans:
            out.append(p)
            continue
        out.extend(_split_portion(r, p, plans))
    return out


_BRACKETED_MARK = re.compile(r"[(\[]([^()\[\]\n]{1,40})[)\]]")


def _other_mark(r: Reading, p: Portion, start: int, end: int) -> bool:
    """Whether `start:end` holds a bracketed mark other than `p`'s own that reads as a marking other than `p`'s."""
    for m in _BRACKETED_MARK.finditer(r.text, start, end):
        if m.start() == p.mark_start:
            continue
        marking = r.marks.read_mark(m.group(1))
        if marking is not None and marking.level is not None and marking != p.marking:
            return True
    return False


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(first non-blank, end without trailing blanks) of each non-blank line of `text[start:end]`."""
    out, at = [], start
    while at < end:
        nl = text.find("\n", at, end)
        stop = end if nl == -1 else nl
        line = text[at:stop]
        if line.strip():
            out.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        if nl == -1:
            break
        at = nl + 1
    return out


def _split_portion(r: Reading, p: Portion, plans: dict[int, list[Portion]]) -> list[Portion]:
    text = r.text
    lines = _line_spans(text, p.start, p.end)
    if not any(lo in plans for lo, _ in lines):
        return [p]
    if any(_other_mark(r, p, max(lo, p.body_start), hi) for lo, hi in lines if lo not in plans):
        return [p]  # (another mark in the text around the table, `see Figure 3 (S//NF).`: the portion is read whole,
        # and what that mark raises is the table's too; splitting the rows off would lower them, round 9)
    out: list[Portion] = []
    run: list[tuple[int, int]] = []
    seen_table = False

    def flush() -> None:
        if not run:
            return
        lo, hi = run[0][0], run[-1][1]
        assert p.mark_start is not None
        if lo <= p.mark_start < hi or not seen_table and lo <= p.start:
            out.append(Portion(min(lo, p.start), hi, max(p.body_start, lo), p.kind, p.number, p.marking, True,
                               p.mark_start, p.mark_end))
        else:
            out.append(Portion(lo, hi, lo, p.kind, None, None, False))
        run.clear()

    for lo, hi in lines:
        pieces = plans.get(lo)
        if pieces is None or pieces[-1].end > p.end:
            run.append((lo, hi))
            continue
        flush()
        seen_table = True
        out.extend(pieces)
    flush()
    if not seen_table:
        return [p]
    out = [q if q.kind == p.kind else Portion(q.start, q.end, q.body_start, p.kind, q.number, q.marking, q.explicit,
                                              q.mark_start, q.mark_end) for q in out]
    if not any(q.explicit and q.mark_start == p.mark_start for q in out):
        return [p]  # (the portion's own mark must stay with the text it marks)
    r.problem("CELL_MARK", "info", "a table's cells without a mark of their own take what unmarked text takes, "
              "not the mark of the row's other cells or of the paragraph above the table", p.start, p.end)
    return out


def _plans(r: Reading) -> dict[int, list[Portion]]:
    """Each table line's first non-blank offset -> the portions it is read as."""
    text = r.text
    spans = _line_spans(text, 0, len(text))
    plans: dict[int, list[Portion]] = {}
    for table in _tables(r, spans):
        rows = [(lo, cells) for lo, _, role, cells in table if role == "row"]
        # (a column that a line of the document keeps back from an unclassified release, by its header's name:
        # cells.py; a delimited table's header only)
        held = held_back_columns(r, [text.rfind("\n", 0, lo) + 1 for lo, _ in rows], len(rows[0][1]))
        plan = _plan_table(r, table, held)
        if plan is not None:
            plans.update(plan)
    return plans


# A table: its lines, each (lo, hi, role, cells): role "head" (header, rule, markup: unmarked text),
# "row" (a row, its cells), "more" (a fixed-width cell's further line: its cells, which continue the row's)
_Line = tuple[int, int, str, list[tuple[int, int]]]


def _tables(r: Reading, spans: list[tuple[int, int]]) -> list[list[_Line]]:
    text = r.text
    tables: list[list[_Line]] = []
    chunked: dict[int, list[tuple[int, int]]] = {}  # (a line's first non-blank -> its chunks: `_fixed`, once a line)
    i, n = 0, len(spans)
    while i < n:
        lo, hi = spans[i]
        line = text[lo:hi]
        if line.startswith("{|"):
            j, table = _wiki(text, spans, i)
            if table:
                tables.append(table)
            i = max(j, i + 1)
            continue
        if "\t" in line or "|" in line:
            j, table = _delimited(text, spans, i)
            if table:
                tables.append(table)
                i = j
                continue
        if "  " in line:
            j, table = _fixed(text, spans, i, chunked)
            if table:
                tables.append(table)
                i = j
                continue
        i += 1
    return tables


def _adjacent(text: str, a: int, b: int) -> bool:
    """Is the line at `b` right under the line ending at `a` (no blank line between)?"""
    return text.count("\n", a, b) == 1


def _delimited(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, list[_Line]]:
    table: list[_Line] = []
    width = None
    j = i
    while j < len(spans):
        lo, hi = spans[j]
        if table and not _adjacent(text, table[-1][1], lo):
            break
        line = text[lo:hi]
        if table and "|" in line and _RULE.fullmatch(line):
            table.append((lo, hi, "head", []))
            j += 1
            continue
        cells = row_cells(text, lo, hi)
        if cells is None or width is not None and len(cells) != width \
                or "|" not in line and len(cells) < 3:
            break
        width = len(cells)
        table.append((lo, hi, "row", cells))
        j += 1
    rows = [t for t in table if t[2] == "row"]
    return j, table if len(rows) >= 2 else []


def _wiki(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, list[_Line]]:
    table: list[_Line] = [(spans[i][0], spans[i][1], "head", [])]
    j = i + 1
    while j < len(spans):
        lo, hi = spans[j]
        line = text[lo:hi]
        j += 1
        if line.startswith("|}"):
            table.append((lo, hi, "head", []))
            break
        if line.startswith(("|-", "|+", "!")):
            table.append((lo, hi, "head", []))
            continue
        if not line.startswith("|") or "||" not in line:
            return j, []  # (a row written one cell per line, or text inside the table: not read here)
        cells: list[tuple[int, int]] = []
        at = lo + 1
        for piece in line[1:].split("||"):
            if "|" in piece:
                return j, []  # (a cell's attributes, `style="..." | text`)
            s = at + len(piece) - len(piece.lstrip())
            e = at + len(piece.rstrip())
            if e > s:
                cells.append((s, e))
            at += len(piece) + 2
        table.append((lo, hi, "row", cells))
    rows = [t for t in table if t[2] == "row"]
    return j, table if len(rows) >= 2 else []


_MOST_ROWS = 300  # (the lines one fixed-width table is read over: a longer run is read as tables of that many)


def _chunks(text: str, lo: int, hi: int, base: int) -> list[tuple[int, int]]:
    """The chunks of a fixed-width line (text set apart by two blanks or more), as (column, column end)
    counted from `base`, the offset of its line's start."""
    return [(m.start() - base, m.end() - base) for m in _GAP.finditer(text, lo, hi)]


def _fixed(text: str, spans: list[tuple[int, int]], i: int,
           chunked: dict[int, list[tuple[int, int]]]) -> tuple[int, list[_Line]]:
    """A fixed-width table starting at line `i` (module docstring), or []."""
    if "\t" in text[spans[i][0]:spans[i][1]]:
        return i, []
    lines: list[tuple[int, int, int, list[tuple[int, int]]]] = []  # (lo, hi, line start, chunks)
    j = i
    while j < len(spans) and j - i < _MOST_ROWS:
        lo, hi = spans[j]
        if lines and not _adjacent(text, lines[-1][1], lo):
            break
        if "\t" in text[lo:hi] or "|" in text[lo:hi]:
            break
        base = text.rfind("\n", 0, lo) + 1
        chunks = chunked.get(lo)
        if chunks is None:
            chunks = chunked[lo] = _chunks(text, lo, hi, base)
        if lines and len(chunks) < 2 and lo - base <= lines[0][0] - lines[0][2]:
            break  # (a line of text under the table, no row of it nor a cell's further line)
        if len(lines) >= 2 and lo - base <= min(ln[0] - ln[2] for ln in lines[1:]):
            last = next((ln for ln in reversed(lines[1:]) if ln[0] - ln[2] == lo - base), None)
            if last is None or len({s for s, _ in chunks} & {s for s, _ in last[3]}) < 2:
                break  # (a row begins two cells or more where the row above does; prose spaced twice does not)
        lines.append((lo, hi, base, chunks))
        j += 1
    if len(lines) < 3:
        return i, []
    indent = min(lo - base for lo, _, base, _ in lines)
    # the first line may be a header over the columns; the rows are the lines at the table's indent
    first_is_row = lines[0][0] - lines[0][2] == indent and len(lines[0][3]) >= 3
    body = lines[1:]
    rows = [ln for ln in body if ln[0] - ln[2] == indent]
    if len(rows) < 2 or any(len(ln[3]) < 2 for ln in rows) \
            or len({s for s, _ in rows[0][3]} & {s for s, _ in rows[1][3]}) < 2:
        return i, []  # (two rows of a table begin two cells or more at the same columns; prose spaced twice does not)
    gutters = _gutters([ln[3] for ln in rows])
    if len(gutters) < 2:
        return i, []
    # the table ends at the first row that has text in a gutter or that is no row of it
    columns = [min(c[0][0] for c in (ln[3] for ln in rows))] + [g[1] for g in gutters]  # (each column's first position)
    out: list[_Line] = []
    head = lines[0]
    if first_is_row and _fits(head[3], gutters):
        out.append((head[0], head[1], "row", _cells_of(head, columns)))
    elif _header_over(head[3], columns):
        out.append((head[0], head[1], "head", []))
    else:
        return i, []
    k = 1
    while k < len(lines):
        ln = lines[k]
        at = ln[0] - ln[2]
        if at == indent:
            if not _fits(ln[3], gutters) or len(ln[3]) < 2:
                break
            out.append((ln[0], ln[1], "row", _cells_of(ln, columns)))
        elif at in columns[1:] and out[-1][2] in ("row", "more") and _fits(ln[3], gutters):
            out.append((ln[0], ln[1], "more", _cells_of(ln, columns)))
        else:
            break
        k += 1
    if sum(t[2] == "row" for t in out) < 2:
        return i, []
    return i + k, out


def _gutters(chunks: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The gutters (start, end) two blanks wide or more that every line of `chunks` leaves blank, between
    its first chunk's start and the start of its last column (a row's last cell may run on)."""
    right = min(c[-1][0] for c in chunks)
    left = min(c[0][0] for c in chunks)
    used = [False] * (right - left)
    for c in chunks:
        for s, e in c:
            for x in range(max(s, left), min(e, right)):
                used[x - left] = True
    gutters, x = [], 0
    while x < len(used):
        if used[x]:
            x += 1
            continue
        y = x
        while y < len(used) and not used[y]:
            y += 1
        if y - x >= 2 and x > 0:
            gutters.append((x + left, y + left))
        x = y
    return gutters


def _fits(chunks: list[tuple[int, int]], gutters: list[tuple[int, int]]) -> bool:
    """Does no chunk run across a gutter?"""
    return not any(s < ge and e > gs for s, e in chunks for gs, ge in gutters)


def _header_over(chunks: list[tuple[int, int]], columns: list[int]) -> bool:
    """Does a header line's text begin at two of the columns' starts or more (`Mark  Region  Comments`)?"""
    return len({s for s, _ in chunks} & set(columns)) >= 2


def _cells_of(line: tuple[int, int, int, list[tuple[int, int]]], columns: list[int]) -> list[tuple[int, int]]:
    """A fixed-width line's cells: its chunks joined by column (offsets into the text; an empty column has no cell)."""
    lo, hi, base, chunks = line
    by_column: dict[int, tuple[int, int]] = {}
    for s, e in chunks:
        k = max(i for i, c in enumerate(columns) if c <= s) if s >= columns[0] else 0
        if k in by_column:
            by_column[k] = (by_column[k][0], e)
        else:
            by_column[k] = (s, e)
    return [(base + by_column[k][0], base + by_column[k][1]) if k in by_column else (-1, -1)
            for k in range(len(columns))]


def _plan_table(r: Reading, table: list[_Line], held: set[int]) -> dict[int, list[Portion]] | None:
    """The portions each line of `table` is read as; None when the table is left as it was.

    A mark opening a row's first cell before its text marks the row, as a portion mark at the start of
    a line does (round 110), unless the table's later cells carry marks of their own (round 110: marked
    cell by cell). A column of marks alone in their cells (`Mark`, `Class`) marks the cells of its row
    before the first column whose cells carry marks of their own; from that column on, each cell is
    marked by its own mark or is unmarked (round 114). A first column of one same mark alone in its
    cells, in a table whose other cells carry none, marks its cells only (round 120); such a column
    further right marks its rows whole (round 99)."""
    text = r.text
    marks: dict[int, list[_Mark | None]] = {}
    alone: dict[int, set[str]] = {}  # (a column -> the marks standing alone in its cells)
    own: set[int] = set()  # (the columns where a cell opens or ends with a mark beside its text)
    header = _marked_header(r, table)
    for lo, hi, role, cells in table:
        if role == "head":
            continue
        found = [cell_mark(r, text, s, e) if s >= 0 else None for s, e in cells]
        for k, ((s, e), m) in enumerate(zip(cells, found)):
            if s < 0:
                continue
            if m is not None and not exact(m[0]):
                return None
            if sum(r.marks.read_mark(b.group(1)) is not None for b in BRACKETED.finditer(text, s, e)) > (m is not None):
                return None  # (a mark inside a cell's text, or a second one: the cell is not read for certain)
            if m is not None and not m[3] and text.startswith("  ", m[2]):
                return None  # (a mark, a gutter and text in one cell: columns the rows do not keep apart)
            if m is not None and lo != header:  # (a header's names each under one same mark mark no row's cells)
                if m[3]:
                    alone.setdefault(k, set()).add(m[0].portion_mark())
                else:
                    own.add(k)
        marks[lo] = found
    if any(len(v) > 1 for v in alone.values()) or len(alone) > 1:
        return None  # (a column of marks that tells the rows apart marks each row whole: round 114)
    column = min(alone) if alone else None
    later = {k for k in own | held if k > 0 and (column is None or k > column)}
    if column is not None and not later and column > 0:
        return None  # (a column of marks right of the first, no cell marked on its own: it marks its rows whole)
    plans: dict[int, list[Portion]] = {}
    covering: list[_Mark | None] = []  # (the mark that covers each cell of the row above)
    for lo, hi, role, cells in table:
        if role == "head":
            plans[lo] = [Portion(lo, hi, lo, "table_row", None, None, False)]
            continue
        found = marks[lo]
        if role == "more":  # (a cell's further lines: each takes what its cell above took)
            plans[lo] = [_piece(text, s, e, m, covering[k] if m is None and k < len(covering) else None)
                         for k, ((s, e), m) in enumerate(zip(cells, found)) if s >= 0]
            continue
        real = [k for k, c in enumerate(cells) if c[0] >= 0]
        if all(found[k] is None for k in real):
            plans[lo] = [Portion(lo, hi, lo, "table_row", None, None, False)]
            covering = [None] * len(cells)
            continue
        if level_in_words(r, text, [cells[k] for k in real if found[k] is None]):
            return None  # (a classification column's value: the row stays whole, cells.py)
        head = found[real[0]]
        if head is not None and not head[3] and not later:
            plans[lo] = [_piece(text, lo, hi, head, None)]  # (the row's mark, at its start)
            covering = [head] * len(cells)
            continue
        row_mark = found[column] if column is not None else None
        if row_mark is not None and later:
            first = min(later)
            before = [k for k in real if k < first]
            pieces = [_piece(text, cells[before[0]][0], cells[before[-1]][1], row_mark, None)] if before else []
            covering = [row_mark if k < first else found[k] for k in range(len(cells))]
            pieces += [_piece(text, *cells[k], found[k], None) for k in real if k >= first]
            plans[lo] = pieces
            continue
        covering = list(found)
        plans[lo] = [_piece(text, *cells[k], found[k], None) for k in real]
    for pieces in plans.values():
        if len(pieces) > 1 and not pieces[0].explicit:
            # (a row's unmarked first cell keeps its separator, `4 |`, `4<TAB>`: the row's number, as
            # `pointers.first_cell_row` reads it)
            end = pieces[1].start
            while end > pieces[0].end and text[end - 1] == " ":
                end -= 1
            pieces[0] = Portion(pieces[0].start, end, pieces[0].start, "table_row", None, None, False)
    return plans


def _marked_header(r: Reading, table: list[_Line]) -> int | None:
    """The table's first row when it is a header whose every name opens with one same mark beside it
    (`| (U) Port | (U) Date | (U) Notes |`, round 69): its marks are its names' own and say nothing of how the
    rows below mark their cells (`cells._marked_cell_by_cell` skips it too). A first row whose cells carry
    different marks (`| (U) ... | (S) ... |`) is a row of a table marked cell by cell; None then."""
    rows = [(lo, cells) for lo, _, role, cells in table if role != "head"]
    if len(rows) < 3 or table[0][2] != "row":
        return None
    lo, cells = rows[0]
    if len(cells) < 2 or any(s < 0 for s, _ in cells):
        return None
    found = [cell_mark(r, r.text, s, e) for s, e in cells]
    if any(m is None or m[3] or not exact(m[0]) for m in found):
        return None
    if len({m[0].portion_mark() for m in found if m is not None}) != 1:
        return None
    return lo


def _piece(text: str, s: int, e: int, m: _Mark | None, inherited: _Mark | None) -> Portion:
    if m is not None and s <= m[1] < e:
        body = m[2] if m[1] == s else s
        while body < e and text[body] in " \t":
            body += 1
        return Portion(s, e, body, "table_row", None, m[0], True, m[1], m[2])
    if m is not None or inherited is not None:
        marking = (m or inherited)[0]  # type: ignore[index]
        return Portion(s, e, s, "table_row", None, marking, True)
    return Portion(s, e, s, "table_row", None, None, False)


# --- a form's responses: an answer under its marked, numbered question ----------------------------------

# a question's line: its mark and number (`(U) 3. Describe any threats ...`, `3. (U) Describe ...`, `(U) Q3: ...`)
_PROMPT = re.compile(r"\((?P<a>[^()\n]{1,20})\)[ \t]*(?:Q[ \t]*)?\d{1,2}[.):][ \t]+\S"
                     r"|(?:Q[ \t]*)?\d{1,2}[.):][ \t]*\((?P<b>[^()\n]{1,20})\)[ \t]+\S")


def form_answers(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the answers of a form's responses set apart from their questions: in a text where three
    questions or more each open a line with a mark and a number (`(U) 2. Current local guard force strength`) and
    have their answer on the lines right under them, the first word of each answer fitting on its question's line
    (no wrapping broke it there), an answer is text of its own, unmarked: it takes the level of the form (its
    title, its classification line), never the question's (U) (round 124). A numbered paragraph that wraps
    onto its next line is no question with an answer."""
    text = r.text
    if text.count("(") < 3 or not any(p.explicit for p in portions):
        return portions
    width = longest_line(r)  # (no wrapped line is longer than the text's longest line)
    spans = _line_spans(text, 0, len(text))
    prompts: set[int] = set()
    for k, (lo, hi) in enumerate(spans[:-1]):
        m = _PROMPT.match(text, lo, hi)
        if m is None:
            continue
        marking = r.marks.read_mark(m.group("a") or m.group("b"))
        if marking is None or not exact(marking):
            continue
        nlo, nhi = spans[k + 1]
        if not _adjacent(text, hi, nlo) or _PROMPT.match(text, nlo, nhi) is not None \
                or cell_mark(r, text, nlo, nhi) is not None:
            return portions  # (a question with no answer under it, or a marked line under it: no form read here)
        base = text.rfind("\n", 0, lo) + 1
        first = text[nlo:nhi].split(None, 1)[0]
        if hi - base + 1 + len(first) > width:
            return portions  # (its next line may be its wrap)
        prompts.add(lo)
    if len(prompts) < 3:
        return portions
    r.form_questions |= prompts  # (a question opens a block of its own: no line of the answer above it goes on in it)
    out: list[Portion] = []
    for p in portions:
        lines = _line_spans(text, p.start, p.end)
        if not p.explicit or len(lines) < 2 or lines[0][0] not in prompts or p.mark_start is None \
                or not lines[0][0] <= p.mark_start < lines[0][1]:
            out.append(p)
            continue
        r.problem("CELL_MARK", "info", "an answer under a form's marked question takes what unmarked text takes, "
                  "not the question's mark", p.start, p.end)
        out.append(Portion(p.start, lines[0][1], p.body_start, p.kind, p.number, p.marking, True, p.mark_start,
                           p.mark_end))
        out.append(Portion(lines[1][0], p.end, lines[1][0], p.kind, None, None, False))
    return out
