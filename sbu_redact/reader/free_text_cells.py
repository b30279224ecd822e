"""The free-text cells of an export's rows (issue 8, round 128): a table or export whose header names a
free-text column (`Notes`, `Comments`, `REMARKS`: `record_free_text_columns` of rules/markings.yaml), its
rows marked by a mark before that column (a column of marks, `"Title","(U)",...`, `(U)  Relief coordinator`,
or a mark opening a cell, `1   (U) Kharkiv survey   ...`): the row's cell in that column, when it carries no
mark of its own, is unmarked text that takes the level of its document or record (its banner, title, tag or
list name), never the (U) of the marked cell beside it. What the row's portion holds after that line is
unmarked too (fail closed).

Rows are read in the syntax of their header: tab- or bar-delimited, quoted CSV, or fixed-width (columns
by a dashed rule under the header, `---- ------ -----` of a SQL*Plus or psql spool, or by the header's
names set apart by two blanks or more, `ID  Task Name   Start   Notes`). A fixed-width row whose cells
do not line up with the header (a long name pushes the rest right, a pasted range keeps one blank
between cells) is read by its chunks (text set apart by two blanks or more) where they count as the
header's columns or begin at the column, else the free-text cell begins at the last word of the row
that begins at or before the column (fail closed: more of the row is read as unmarked). A table whose rows
carry different marks (`(U)` here, `(S)` there) marks each row whole, as `reader/tables.py` reads it (round 114).

`free_text_fields`: a tagged record export (RIS, `TY  - JOUR` ... `ER  - `): a portion whose mark is in one
field of a record (`TI  - (U) Manual eradication ...`) marks that field; a free-text field of the record
(`N1  - ...`: `record_free_text_tags`) without a mark of its own is unmarked text of the record.
"""
from __future__ import annotations

import bisect
import re

from ..document import Portion
from .cells import BRACKETED, cell_mark, exact
from .state import Reading

_RULE_LINE = re.compile(r"[ \t]*[-=+]{2,}(?:[ \t]+[-=+]{2,})+[ \t]*")
_DASH_RUN = re.compile(r"[-=]+")
_CHUNK = re.compile(r"\S(?: ?\S)*")
_WORD = re.compile(r"\S+")
_RIS_FIELD = re.compile(r"([A-Z][A-Z0-9])  - ")


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    while at <= len(text):
        nl = text.find("\n", at)
        stop = len(text) if nl == -1 else nl
        out.append((at, stop))
        if nl == -1:
            break
        at = nl + 1
    return out


def _csv_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """A quoted CSV line's cells (offsets of their text without the quotes), or None when it is no such line."""
    line = text[lo:hi]
    if line.count(",") < 2:
        return None
    cells: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n:
                if line[j] == '"':
                    if j + 1 < n and line[j + 1] == '"':
                        j += 2
                        continue
                    break
                j += 1
            if j >= n:
                return None
            cells.append((lo + i + 1, lo + j))
            k = j + 1
            while k < n and line[k] == " ":
                k += 1
            if k < n and line[k] != ",":
                return None
            i = k + 1
        else:
            j = line.find(",", i)
            j = n if j == -1 else j
            cells.append((lo + i, lo + j))
            i = j + 1
        if i > n:
            break
    return cells if len(cells) >= 3 else None


def _split_cells(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    line = text[lo:hi]
    body_lo = 0
    if sep == "|":
        stripped = line.strip()
        body_lo = line.find(stripped)
        line = stripped
        if line.startswith("|"):
            line, body_lo = line[1:], body_lo + 1
        if line.endswith("|"):
            line = line[:-1]
    out, at = [], lo + body_lo
    for piece in line.split(sep):
        s = at + len(piece) - len(piece.lstrip())
        out.append((s, max(s, at + len(piece.rstrip()))))
        at += len(piece) + 1
    return out


def _kind(text: str, lo: int, hi: int) -> str:
    line = text[lo:hi]
    if "\t" in line.strip():
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count('"') >= 4 and _csv_cells(text, lo, hi) is not None:
        return "csv"
    if "  " not in line.strip() and _plain_csv_header(text, lo, hi):
        return "csv"  # an export's header row without quotes (`ID,Name,Begin date,End date,Notes`, GanttProject)
    return "fixed"


def _plain_csv_header(text: str, lo: int, hi: int) -> bool:
    """Is the line a CSV header row without quotes: three cells or more, each a short name (at most four words)?"""
    cells = _csv_cells(text, lo, hi)
    return cells is not None and all(0 < e - s <= 32 and len(text[s:e].split()) <= 4 for s, e in cells)


def _row_cells(text: str, lo: int, hi: int, kind: str) -> list[tuple[int, int]] | None:
    if kind == "csv":
        return _csv_cells(text, lo, hi)
    if kind in ("\t", "|"):
        return _split_cells(text, lo, hi, kind)
    return None


def _is_free_text(name: str, words: frozenset[str]) -> bool:
    parts = re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split()
    return 0 < len(parts) <= 3 and parts[-1] in words


def _fixed_cell(text: str, lo: int, hi: int, columns: list[int], k: int) -> int | None:
    """Where a fixed-width row's cell of column `k` begins (an offset), or None when the row has no text there."""
    line = text[lo:hi]
    col = columns[k]
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(line)]
    if not chunks or chunks[-1][1] <= col:
        return None
    if len(chunks) == len(columns):
        return lo + chunks[k][0]
    for s, _ in chunks:
        if abs(s - col) <= 1:
            return lo + s
    for i, (s, e) in enumerate(chunks):
        if s < col < e:
            if i + 1 < len(chunks):
                return lo + chunks[i + 1][0]
            starts = [w.start() for w in _WORD.finditer(line, s, e) if w.start() <= col + 1]
            return lo + starts[-1] if starts and starts[-1] > s else None
    after = [s for s, _ in chunks if s > col]
    return lo + after[0] if after else None


_LETTER_HEADER = re.compile(r"(?m)^[ \t]*A[ \t]{2,}B[ \t]{2,}C(?:[ \t]{2,}[D-Z])*[ \t]*$")


def free_text_cells(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the free-text cells of marked rows set apart as unmarked text (module docstring). A range
    pasted under a sheet's column letters (`A   B   C`) names no column: its last column, right of the cell the
    row's mark marks, is read as its free-text column."""
    words = frozenset(r.g.vocabulary.record_free_text_columns)
    if not words or not any(p.explicit for p in portions):
        return portions
    text = r.text
    low = r.text_in_any_case()
    heads: set[int] = set()
    if any(w in low for w in words):
        pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
        heads.update(text.rfind("\n", 0, m.start()) + 1 for m in pattern.finditer(low))
    if "A  " in text:
        heads.update(m.start() for m in _LETTER_HEADER.finditer(text))
    if not heads:
        return portions
    lines = _lines(text)
    index = {lo: k for k, (lo, _) in enumerate(lines)}
    splits: dict[int, tuple[int, int]] = {}  # (a row's line start -> (its free-text cell's start, its line end))
    for head in sorted(heads):
        i = index.get(head)
        if i is None or lines[i][0] in splits:
            continue
        _read_table(r, lines, i, words, splits)
    if not splits:
        return portions
    return _split(r, portions, splits)


def _read_table(r: Reading, lines: list[tuple[int, int]], i: int, words: frozenset[str],
                splits: dict[int, tuple[int, int]]) -> None:
    text = r.text
    lo, hi = lines[i]
    line = text[lo:hi]
    i += 1
    kind = _kind(text, lo, hi)
    columns: list[int] = []
    if kind == "fixed":
        nxt = lines[i] if i < len(lines) else None
        if nxt is not None and _RULE_LINE.fullmatch(text[nxt[0]:nxt[1]]):
            columns = [m.start() - nxt[0] for m in _DASH_RUN.finditer(text, nxt[0], nxt[1])]
            i += 1
            names = [line[c:columns[k + 1] if k + 1 < len(columns) else len(line)].strip()
                     for k, c in enumerate(columns)]
        else:
            found = [(m.start(), m.group()) for m in _CHUNK.finditer(line)]
            columns, names = [s for s, _ in found], [g for _, g in found]
        if len(columns) < 3:
            return
    else:
        header = _row_cells(text, lo, hi, kind)
        if header is None or len(header) < 3:
            return
        names = [text[s:e] for s, e in header]
    if _LETTER_HEADER.fullmatch(line):
        free: int | None = len(names) - 1
    else:
        free = next((k for k, name in enumerate(names) if k > 0 and _is_free_text(name, words)), None)
    if free is None:
        return
    if kind != "fixed" and i < len(lines) and _RULE_LINE.fullmatch(text[lines[i][0]:lines[i][1]].replace("|", " ")):
        i += 1
    rows: dict[int, tuple[int, int]] = {}
    seen: set[str] = set()  # (the marks the rows carry before their free-text cells)
    while i < len(lines):
        rlo, rhi = lines[i]
        if not text[rlo:rhi].strip():
            break
        if kind == "fixed":
            start = _fixed_cell(text, rlo, rhi, columns, free)
        else:
            cells = _row_cells(text, rlo, rhi, kind)
            if cells is None or len(cells) < len(names) or len(cells) > len(names) and kind != "csv":
                break
            # (a CSV row with more cells than its header: a comma in an unquoted cell; the free-text cell read from
            # where the row's cell of its column begins to the line's end is as much as it holds, or more: fail closed)
            start = cells[free][0] if cells[free][1] > cells[free][0] else None
        i += 1
        if start is not None:
            rows[rlo] = (start, rhi)
            m = BRACKETED.search(text, rlo, start)
            marking = r.marks.read_mark(m.group(1)) if m is not None else None
            if marking is not None:
                seen.add(marking.portion_mark())
    if len(seen) == 1:  # (marks that tell the rows apart, `(U)` here, `(S)` there, mark each row whole: round 114)
        splits.update(rows)


def _split(r: Reading, portions: list[Portion], splits: dict[int, tuple[int, int]]) -> list[Portion]:
    text = r.text
    out: list[Portion] = []
    rows = sorted(splits)
    for p in portions:
        lo = _marked_line(text, p)
        if lo is None:
            out.append(p)
            continue
        plan = splits.get(lo)
        if plan is None or not plan[0] < p.end or not _apart(text, p, plan[0]):  # (the mark before the cell)
            inner = _inner_rows(r, p, lo, rows, splits)
            out.extend(_split_rows(r, p, inner) if inner else [p])
            continue
        start, hi = plan
        if cell_mark(r, text, start, hi) is not None:
            out.append(p)
            continue
        end = start
        while end > p.start and text[end - 1] in " \t,\"|":
            end -= 1
        out.extend(_cut(p, end, start, min(hi, p.end)))
        rest = text.find("\n", hi, p.end)
        if hi < p.end and rest != -1 and text[rest:p.end].strip():
            lead = rest + len(text[rest:p.end]) - len(text[rest:p.end].lstrip())
            out.append(Portion(lead, p.end, lead, p.kind, None, None, False))
        r.problem("CELL_MARK", "info", "a free-text cell without a mark of its own takes what unmarked text takes, "
                  "not the mark of its row's other cells", start, min(hi, p.end))
    return out


def _inner_rows(r: Reading, p: Portion, lo: int, rows: list[int], splits: dict[int, tuple[int, int]]
                ) -> list[tuple[int, int, int]]:
    """The rows of a table that `p` holds below its mark's line (an export pasted into a marked paragraph, `1. (U)
    THE PROJECT SCHEDULE ... FOLLOWS.` / `ID,Name,...,Notes` / `1,(U) Site survey,...,<notes>`, round 132), each
    marked by a mark of its own before its free-text cell, which has none: (the row's start, its free-text cell's
    start, the line's end)."""
    text = r.text
    found: list[tuple[int, int, int]] = []
    for k in range(bisect.bisect_right(rows, lo), len(rows)):
        rlo = rows[k]
        if rlo >= p.end:
            break
        start, hi = splits[rlo]
        if start >= p.end:
            break
        m = BRACKETED.search(text, rlo, start)
        if m is None or not text[m.end():start].strip(" \t\",|") or cell_mark(r, text, start, hi) is not None:
            continue
        found.append((rlo, start, min(hi, p.end)))
    return found


def _split_rows(r: Reading, p: Portion, rows: list[tuple[int, int, int]]) -> list[Portion]:
    """`p` with the free-text cells of `rows` (`_inner_rows`) set apart as unmarked text: the text of each row before
    its free-text cell keeps `p`'s marking where the row's own mark reads the same (else it is unmarked too), and what
    `p` holds after the last row is unmarked (fail closed)."""
    text = r.text
    out: list[Portion] = []
    at = p.start
    for _, start, stop in rows:
        end = start
        while end > at and text[end - 1] in " \t,\"|":
            end -= 1
        if end > at:
            if at == p.start:
                out.append(Portion(p.start, end, min(p.body_start, end), p.kind, p.number, p.marking, True,
                                   p.mark_start, p.mark_end))
            else:
                same = _rows_marked_as(r, p, at, end)
                out.append(Portion(at, end, at, p.kind, None, p.marking if same else None, same))
        out.append(Portion(start, stop, start, p.kind, None, None, False))
        r.problem("CELL_MARK", "info", "a free-text cell without a mark of its own takes what unmarked text takes, "
                  "not the mark of its row's other cells", start, stop)
        nxt = text.find("\n", stop, p.end)
        at = p.end if nxt == -1 else nxt + 1
    if at < p.end and text[at:p.end].strip():
        lead = at + len(text[at:p.end]) - len(text[at:p.end].lstrip())
        out.append(Portion(lead, p.end, lead, p.kind, None, None, False))
    return out


def _rows_marked_as(r: Reading, p: Portion, lo: int, hi: int) -> bool:
    """Is every line of `lo:hi` a row that carries a mark of its own that reads as `p`'s marking?"""
    text = r.text
    want = p.marking.portion_mark() if p.marking is not None else None
    for line_lo, line_hi in _lines(text[lo:hi]):
        m = BRACKETED.search(text, lo + line_lo, lo + line_hi)
        own = r.marks.read_mark(m.group(1)) if m is not None else None
        if own is None or own.portion_mark() != want:
            return False
    return True


def _marked_line(text: str, p: Portion) -> int | None:
    """The start of the line of `p`'s mark when `p` is marked by a mark that reads exactly, else None."""
    if not p.explicit or p.mark_start is None or p.marking is None or not exact(p.marking):
        return None
    return text.rfind("\n", 0, p.mark_start) + 1


def _cut(p: Portion, end: int, start: int, stop: int) -> list[Portion]:
    """`p` kept up to `end` under its mark, and `start:stop` unmarked text."""
    return [Portion(p.start, end, min(p.body_start, end), p.kind, p.number, p.marking, True, p.mark_start, p.mark_end),
            Portion(start, stop, start, p.kind, None, None, False)]


def _apart(text: str, p: Portion, start: int) -> bool:
    """Is the free-text cell at `start` a cell other than the one the mark marks: is there text between the
    mark and it (the mark's own cell's text, `(U)  Relief coordinator  Reports ...`)?"""
    assert p.mark_start is not None
    between = text[p.mark_end if p.mark_end is not None else p.mark_start:start]
    return bool(between.strip(" \t\",|"))


def free_text_fields(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with a tagged record's unmarked free-text fields set apart from the marked field above them
    (module docstring)."""
    tags = frozenset(t.upper() for t in r.g.vocabulary.record_free_text_tags)
    text = r.text
    if not tags or "  - " not in text or "ER  -" not in text or "TY  - " not in text:
        return portions
    out: list[Portion] = []
    for p in portions:
        lo = _marked_line(text, p)
        if lo is None or _RIS_FIELD.match(text, lo) is None:
            out.append(p)
            continue
        cut = None
        at = text.find("\n", p.mark_start, p.end)
        while at != -1 and at < p.end:
            m = _RIS_FIELD.match(text, at + 1)
            if m is not None and m.group(1) in tags and cell_mark(r, text, m.end(), _line_end(text, m.end(), p.end)) is None:
                cut = at + 1
                break
            at = text.find("\n", at + 1, p.end)
        if cut is None:
            out.append(p)
            continue
        out.extend(_cut(p, cut - 1, cut, p.end))
        r.problem("CELL_MARK", "info", "a record's free-text field without a mark of its own takes what unmarked text "
                  "takes, not the mark of the record's title", cut, p.end)
    return out


def _line_end(text: str, at: int, end: int) -> int:
    nl = text.find("\n", at, end)
    return end if nl == -1 else nl
