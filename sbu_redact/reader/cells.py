"""Marks in the cells of a table row: `| Baskan Metals | (S//NF) Under review | (S//NF) A liaison
service says ... |`, `| 1 | Travel budget approved by the front office (U) | RM |`, a tab-separated
row `T-101<TAB>2018-03-02<TAB>(U)<TAB>Quarterly training ...`.

A row whose first cell opens with a mark is read by that mark (`memo`, `marks`); a row whose marks
stand in later cells, or at the end of a cell, was one unmarked portion: it took the document's
level, and the (U) cells beside a SECRET one were withheld with it. `table_cells` splits such a
row, before inheritance (`evidence.inherit`), into one portion per cell: a cell that opens or
ends with a mark is a portion marked by it (an explicit mark governs its own text, as any portion
mark does); a cell with none is an unmarked portion, which takes what unmarked text takes (the
document's level: fail closed). The bars and tabs between cells belong to no portion.

And a table whose header names a column of marks (`Mark`, `Class`, `Classification`, `Cls`) and
whose row holds that column's mark alone in its cell, with no other mark in the row: the mark is
the row's (a record's classification field), and the whole row is the portion it marks.

But a row whose first cell holds its mark alone, with no mark in its other cells, in a table whose
every row does the same with one mark (`(U)` on each: a column of marks that tells no row apart,
in pipes, a grid, tabs or a semicolon export's `(U);Facility visit;...`): the mark marks its cell
only, and each other cell is unmarked text, which takes the document's level (round 120). A column
whose marks differ (`(U)` here, `(S)` there) judged each row, and marks it whole (round 114).

Only one-line rows of two cells or more (`|`-separated, or tab-separated); a cell whose mark
cannot be read exactly (a garbled or unknown mark) leaves the row as it was; a row whose cells
are not told apart for certain (a bar inside a cell's text: an escaped `\\|`, code) too.

What tables.py reads cells by is here, once: `row_cells` (a row's cells), `cell_mark` (a cell's mark),
`exact`, `level_in_words`, `held_back_columns` and `BRACKETED`.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .state import Reading

_OPENING = compile_pattern(r"\((?P<inner>[^()\n]{1,40})\)(?=[ \t]|$)")
_ENDING = compile_pattern(r"(?:^|(?<=[ \t]))\((?P<inner>[^()\n]{1,40})\)[.]?$")
_BARE = compile_pattern(r"[A-Z][A-Z/\-]{0,20}")
_CELL_KINDS = ("table_row", "paragraph", "list_item", "text")


def row_cells(text: str, start: int, end: int, semicolons: bool = False) -> list[tuple[int, int]] | None:
    """(start, end) of each cell of a one-line row in `text[start:end]` (its text without the
    blanks around it), or None when the line is not a row of two cells or more; with `semicolons`,
    a row of a semicolon-separated export (`(U);Facility visit;03.11.2026;Routine`) too."""
    line = text[start:end]
    if "\n" in line:
        return None
    if semicolons and "|" not in line and "\t" not in line and line.count(";") >= 2:
        lo, hi, sep = start + len(line) - len(line.lstrip(" ")), start + len(line.rstrip(" ;")), ";"
        return _split(text, lo, hi, sep)
    if line.lstrip().startswith("|") or line.count("|") >= 2:
        if "\\|" in line or "`" in line or "||" in line:
            return None
        body = line.strip()
        lo = start + len(line) - len(line.lstrip())
        if body.startswith("|"):
            lo += 1
        hi = start + len(line.rstrip())
        if body.endswith("|"):
            hi -= 1
        sep = "|"
    elif "\t" in line.strip(" \t"):
        lo, hi, sep = start + len(line) - len(line.lstrip(" \t")), start + len(line.rstrip(" \t")), "\t"
    else:
        return None
    return _split(text, lo, hi, sep)


def _split(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]] | None:
    splitter = r"\t+" if sep == "\t" else re.escape(sep)
    cells, at = [], lo
    for piece in re.split(splitter, text[lo:hi]):
        s = at + len(piece) - len(piece.lstrip())
        e = at + len(piece.rstrip())
        if e > s:
            cells.append((s, e))
        at += len(piece)
        m = re.match(splitter, text[at:hi])
        at += m.end() if m else 0
    return cells if len(cells) >= 2 else None


BRACKETED = re.compile(r"\(([^()\n]{1,40})\)")


def cell_mark(r: Reading, text: str, s: int, e: int) -> tuple[Marking, int, int, bool] | None:
    """The mark a cell opens or ends with: (marking, start, end, alone in its cell), or None."""
    cell = text[s:e]
    m = _OPENING.match(cell) or _ENDING.search(cell)
    if m is None:
        return None
    marking = r.marks.read_mark(m.group("inner"))
    if marking is None:
        return None
    return marking, s + m.start(), s + m.end(), not cell[:m.start()].strip() and not cell[m.end():].strip(" \t.")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    while at <= end:
        nl = text.find("\n", at, end)
        stop = end if nl == -1 else nl
        if text[at:stop].strip():
            out.append((at, stop))
        if nl == -1:
            break
        at = nl + 1
    return out


def table_cells(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each unmarked table row whose cells carry marks split into its cells
    (module docstring)."""
    text = r.text
    if "|" not in text and "\t" not in text and ";" not in text:
        return portions
    out: list[Portion] = []
    by_cell: dict[int, bool] = {}  # (a row's line start -> is its table marked cell by cell)
    own: dict[int, set[int]] = {}  # (a row's line start -> its table's columns that carry marks of their own)
    uniform: dict[int, bool] = {}  # (a row's line start -> is it a row of a table whose marks column is all one mark)
    for p in portions:
        if p.kind not in _CELL_KINDS:
            out.append(p)
            continue
        if p.explicit:
            out.extend(_marked_row(r, p, by_cell, own, uniform))
            continue
        if p.body_start != p.start:
            out.append(p)
            continue
        lines = _lines(text, p.start, p.end)
        rows = [row_cells(text, lo, hi) for lo, hi in lines]
        if not lines or any(c is None for c in rows) or len({len(c) for c in rows if c is not None}) != 1:
            out.append(p)
            continue
        pieces: list[Portion] = []
        for (lo, hi), cells in zip(lines, rows):
            assert cells is not None
            found = _row(r, p, lo, hi, cells, _marks_column(r, portions, p, lo, len(cells)))
            pieces.extend(found if found is not None else [Portion(lo, hi, lo, p.kind, None, None, False)])
        if all(not q.explicit for q in pieces):
            out.append(p)
        else:
            out.extend(pieces)
    return out


def _row(r: Reading, p: Portion, lo: int, hi: int, cells: list[tuple[int, int]],
         column: int | None) -> list[Portion] | None:
    """The portions of one unmarked row `lo:hi` whose cells carry marks; None when it has none
    or they do not read exactly."""
    text = r.text
    marks = [cell_mark(r, text, s, e) for s, e in cells]
    if column is not None and marks[column] is None and _BARE.fullmatch(text[cells[column][0]:cells[column][1]]):
        s, e = cells[column]  # (a marks column's bare mark: `| U`, `| S//NF`)
        bare = r.marks.read_mark(text[s:e])
        marks[column] = (bare, s, e, True) if bare is not None else None
    found = [m for m in marks if m is not None]
    if not found or any(not exact(m[0]) for m in found):
        return None
    if any(sum(r.marks.read_mark(inner.group(1)) is not None for inner in BRACKETED.finditer(text, cs, ce)) > 1
           for (cs, ce), m in zip(cells, marks) if m is not None):
        return None  # (a cell with a second mark, `(U) ... \\ (C) ...` after a forced line break, round 79: the row stays whole)
    in_column = marks[column] if column is not None else None
    if in_column is not None and len(found) == 1 and in_column[3]:
        marking, ms, me, _ = in_column
        r.problem("CELL_MARK", "info", f"the row's {marking.portion_mark()} in its marks column marks the row", lo, hi)
        return [Portion(lo, hi, lo, p.kind, None, marking, True, ms, me)]
    if any(m[3] for m in found):
        return None  # (a mark alone in its cell with no column of marks named: what it marks is not known)
    r.problem("CELL_MARK", "info", "marks inside the cells of this row mark each cell; an unmarked cell takes what "
              "unmarked text takes", lo, hi)
    return [_cell(text, p, s, e, m) for (s, e), m in zip(cells, marks)]


def _cell(text: str, p: Portion, s: int, e: int, m: tuple[Marking, int, int, bool] | None) -> Portion:
    if m is None:
        return Portion(s, e, s, p.kind, None, None, False)
    if m[1] == s:
        body = m[2]
        while body < e and text[body] in " \t":
            body += 1
        return Portion(s, e, body, p.kind, None, m[0], True, m[1], m[2])
    return Portion(s, e, s, p.kind, None, m[0], True, m[1], m[2])


def exact(marking: Marking) -> bool:
    return marking.valid and marking.level is not None and not any(q.severity == "error" for q in marking.problems)


def _marked_row(r: Reading, p: Portion, by_cell: dict[int, bool], own: dict[int, set[int]],
                uniform: dict[int, bool]) -> list[Portion]:
    """A one-line row marked by its first cell's mark whose every cell opens or ends with a mark of
    its own (`| (U) Mombasa port scanners | (C) Customs officials admitted ... |`): one portion
    per cell; and so is a row of a table marked cell by cell (another of its rows marks two cells or
    more) whose other cells are unmarked: such a cell takes what unmarked text takes, not the first
    cell's mark (`| (U) Zaria registrar | Told us the campus ... |`, round 110); else the row as it was."""
    text = r.text
    end = p.end
    nl = text.find("\n", p.start, end)
    if nl != -1 and not text[nl:end].strip(" \t\r\n;,|"):
        end = nl  # (a row and an export's empty rows under it, `;;;;`: the row is its line)
    cells = row_cells(text, p.start, end)
    semicolons = cells is None
    if semicolons:  # (a semicolon-separated export's row: its first cell must hold the mark alone, below)
        cells = row_cells(text, p.start, end, semicolons=True)
    if cells is None or p.mark_start is None or not cells[0][0] <= p.mark_start < cells[0][1] \
            or p.marking is None or not exact(p.marking):
        return [p]
    marks = [cell_mark(r, text, s, e) for s, e in cells]
    if marks[0] is None or marks[0][1] != p.mark_start \
            or any(m is not None and (m[3] or not exact(m[0])) for m in marks[1:]) or not exact(marks[0][0]):
        return [p]
    if all(m is None for m in marks[1:]) and marks[0][3] and not level_in_words(r, text, cells[1:]) \
            and _in_table(r, p.start, cells, semicolons, uniform):
        # (only the first cell is marked: its mark marks that cell; every other cell of the row is unmarked text,
        # which takes the level of its document, not the row's (U): round 120's reading, fail closed)
        r.problem("CELL_MARK", "info", "only this row's first cell is marked: its other cells take what unmarked "
                  "text takes, not the first cell's mark", p.start, p.end)
        return [_cell(text, p, s, e, m) for (s, e), m in zip(cells, marks)]
    if semicolons:
        return [p]
    if marks[0][3]:  # (the first cell holds the mark alone: a column of marks)
        return _marks_column_row(r, p, cells, marks, own)
    if any(m is None for m in marks):
        if not _marked_cell_by_cell(r, p.start, len(cells), by_cell):
            return [p]
        r.problem("CELL_MARK", "info", "this table marks each cell: an unmarked cell takes what unmarked text takes",
                  p.start, p.end)
        return [_cell(text, p, s, e, m) for (s, e), m in zip(cells, marks)]
    r.problem("CELL_MARK", "info", "marks inside the cells of this row mark each cell", p.start, p.end)
    return [_cell(text, p, s, e, m) for (s, e), m in zip(cells, marks)]


def level_in_words(r: Reading, text: str, cells: list[tuple[int, int]]) -> bool:
    """Does one of `cells` hold a level or a control in words alone (a classification or handling column:
    `SECRET//NOFORN`, `NOFORN`, `C`)? Then the row is no row of a marks column whose other cells are unmarked:
    it stays whole, as that column's value and the first cell's mark say (fail closed)."""
    for s, e in cells:
        value = text[s:e].strip(" \t|;,\"'*_")
        if value and len(value) <= 60:
            m = r.g.parse(value)
            if m.level is not None or m.dissem or m.rel_to or m.designations:
                return True
    return False


def _marks_column_row(r: Reading, p: Portion, cells: list[tuple[int, int]],
                      marks: list[tuple[Marking, int, int, bool] | None], own: dict[int, set[int]]) -> list[Portion]:
    """A row whose first cell holds its mark alone (a column of marks, `(U)<TAB>Unit<TAB>Status<TAB>Notes`) in a
    table where some rows mark a later column's cell with a mark of its own (`(U) New commander ...` in the Notes
    column, round 114): that column's cells are marked each by its own mark, and the column's cell that has none
    is unmarked, taking what unmarked text takes (the document's level), not the row's (U). The cells before the
    first such column stay the row's, marked by its first cell; a table whose later cells carry no marks keeps
    each row whole, marked by its first cell (as before)."""
    text = r.text
    columns = _own_mark_columns(r, p.start, len(cells), own)
    if not columns:
        return [p]
    first_own = min(columns)
    head = marks[0]
    assert head is not None
    r.problem("CELL_MARK", "info", "this table marks the cells of a column each with a mark of its own: a cell of "
              "that column with none takes what unmarked text takes, not the row's mark", p.start, p.end)
    body = head[2]
    while body < cells[first_own - 1][1] and text[body] in " \t":
        body += 1
    out = [Portion(p.start, cells[first_own - 1][1], body, p.kind, p.number, head[0], True, head[1], head[2])]
    for k in range(first_own, len(cells)):
        s, e = cells[k]
        out.append(_cell(text, p, s, e, marks[k]))
    return out


def _own_mark_columns(r: Reading, lo: int, width: int, own: dict[int, set[int]]) -> set[int]:
    """The columns after the first of the table around the row at `lo` (`_table_run`) in which a row other
    than the header opens or ends a cell with a mark that reads, beside its first cell's mark (once per table)."""
    line_start = r.text.rfind("\n", 0, lo) + 1
    if line_start in own:
        return own[line_start]
    text = r.text
    run = _table_run(r, lo, width)
    top = min(run)
    found: set[int] = set()
    for start in run:
        if start == top:
            continue
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        cells = row_cells(text, start, end)
        if cells is None or len(cells) != width or cell_mark(r, text, *cells[0]) is None:
            continue
        found.update(k for k in range(1, width) if cell_mark(r, text, *cells[k]) is not None)
    found |= held_back_columns(r, run, width)
    for start in run:
        own[start] = found
    return found


def held_back_columns(r: Reading, run: list[int], width: int) -> set[int]:
    """The columns after the first of the table of rows `run` that a line of the document keeps back from an
    unclassified release (`Keep the remarks column off any unclassified export.`: `column_held_back`), named there
    by the column's name in its header (the run's first row of `width` cells) before the word `column`."""
    text = r.text
    if "column" not in r.text_in_any_case():
        return set()
    header = None
    for start in sorted(run):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        header = row_cells(text, start, end)
        if header is not None and len(header) == width:
            break
    if header is None or len(header) != width:
        return set()
    names = {k: " ".join(text[s:e].strip(" *_:").lower().split()) for k, (s, e) in enumerate(header) if k}
    found: set[int] = set()
    for m in re.finditer(r"(?i)\bcolumns?\b", text):
        lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[lo:len(text) if hi == -1 else hi]
        if r.g.column_held_back.search(line) is None:
            continue
        before = " ".join(text[lo:m.start()].lower().split())
        found.update(k for k, name in names.items() if name and re.search(r"(?:^|\W)" + re.escape(name) + r"$", before))
    return found


def _in_table(r: Reading, lo: int, cells: list[tuple[int, int]], semicolons: bool, seen: dict[int, bool]) -> bool:
    """Is the row at `lo` one of a table (a run of two rows or more of its width, its header and a rule between
    them allowed; of three cells or more unless its cells are set apart by bars: a mark, a tab and a
    paragraph, `(U)<TAB>The embassy ...`, are no table of two columns) whose rows' first cells all carry the
    same mark, alone in its cell (its header aside)? Once per table (`seen`: a row's line start -> the answer)."""
    text = r.text
    line_start = text.rfind("\n", 0, lo) + 1
    if line_start in seen:
        return seen[line_start]
    line_end = text.find("\n", lo)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    if len(cells) < 3 and (semicolons or line.count("|") < 2):
        return False
    run = _table_run(r, lo, len(cells), semicolons)
    rows, marks = 0, set()
    for start in sorted(run):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        found = row_cells(text, start, end, semicolons) if text[start:end].strip(" \t|-:+=") else None
        if found is None:
            continue
        rows += 1
        mark = cell_mark(r, text, *found[0])
        if mark is not None and mark[3]:
            marks.add(mark[0].portion_mark())
        elif rows > 1:
            marks.add("")  # (a row under the header whose first cell holds no mark alone: no column of marks)
    # (a column of marks that tells its rows apart, `(U)` here and `(S)` there, judged each row: it marks the
    # row whole, round 114; one that gives every row the same mark judged none of their other cells)
    found_table = rows >= 2 and len(marks) == 1
    for start in run:
        seen[start] = found_table
    return found_table


def _table_run(r: Reading, lo: int, width: int, semicolons: bool = False) -> list[int]:
    """The line starts of the run of one-line rows of `width` cells around the row at `lo` (a `|---|` rule allowed,
    and a grid's `+-----+` or `+=====+`)."""
    text = r.text
    line_start = text.rfind("\n", 0, lo) + 1
    run = [line_start]
    for step in (-1, 1):
        at = line_start
        while True:
            if step < 0:
                if at == 0:
                    break
                start = text.rfind("\n", 0, at - 1) + 1
            else:
                nl = text.find("\n", at)
                if nl == -1:
                    break
                start = nl + 1
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            line = text[start:end]
            found = row_cells(text, start, end, semicolons) if line.strip(" \t|-:+=") else None
            if not line.strip() or line.strip(" \t|-:+=") and (found is None or len(found) != width):
                break
            run.append(start)
            at = start
    return run


def _marked_cell_by_cell(r: Reading, lo: int, width: int, by_cell: dict[int, bool]) -> bool:
    """Is the row at `lo` one of a table (the run of one-line rows of `width` cells around it, a
    `|---|` rule allowed) one of whose rows (not its header) opens two cells or more with a mark of their own?"""
    if lo in by_cell:
        return by_cell[lo]
    text = r.text
    run = _table_run(r, lo, width)
    found = False
    top = min(run)
    for start in run:
        if start == top:
            continue  # (the table's first row: a header, whose names may each carry a mark, round 69)
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        following = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) != -1 else len(text)]
        if following.strip() and not following.strip(" \t|-:"):
            continue  # (a header row, above its `|---|` rule: its names' marks are no row's)
        cells = row_cells(text, start, end)
        if cells is not None and sum(cell_mark(r, text, s, e) is not None for s, e in cells) >= 2:
            found = True
            break
    for start in run:
        by_cell[start] = found
    by_cell[lo] = found
    return found


def _marks_column(r: Reading, portions: list[Portion], p: Portion, lo: int, width: int) -> int | None:
    """The column of marks of the table row at `lo`: the index of the header cell that names it
    (`Mark`, `Class`), the header being the first line of the run of rows of `width` cells right
    above it (one row per line, a `|---|` rule allowed); None when there is none."""
    text = r.text
    header = None
    at = lo
    while at > 0:
        prev_end = at - 1  # (the line end before the row at `at`)
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if not line.strip():
            break
        if not line.strip(" \t|-:"):
            at = prev_start
            continue
        cells = row_cells(text, prev_start, prev_end)
        if cells is None or len(cells) != width:
            break
        header, at = cells, prev_start
    if header is None:
        return None
    named = [i for i, (s, e) in enumerate(header) if r.g.marks_column_header.fullmatch(text[s:e].strip(" *_:"))]
    return named[0] if len(named) == 1 else None
