"""Which rows "row 3" or "item 2 above" can mean in a table whose rows carry numbers out of their order (open36c).

A statement names a table's row by a number: the row whose first cell holds it, or the row at that place, counted
down from the table's top or up from the statement when the table is above it. Where the first cells number the
rows in their order (`1;`, `2;`, `3;` from the top) the readings down from the top find the same row, but one
counted up from a statement below the table finds another (review36c r04: "item 2 above" under rows `1;` to `4;`).
Where they do not (an export sorted by priority, `4;` `3;` `1;` `2;`, or numbered `10`, `20`, `30`), which row is
meant cannot be told: every row a reading finds is raised (review35b 63: "item 2 above is SECRET//NOFORN" raised
only the row numbered 2, and the second row from the top and the second above the note were released). Under two
tables, the nearest one above a note is counted on its own as well (review36c r06). Fail closed: nothing here
narrows a choice."""
from __future__ import annotations

import re

from ..lazyre import compile_pattern
from .ordinal_labels import ordinal_words
from .portion_index import PortionIndex
from .state import Reading

# a row's first cell holding a number: `4;`, `| 4 |`, `4,`, `4<TAB>`
_NUMBER_CELL = compile_pattern(r"[ \t]*\|?[ \t]*(?P<number>\d{1,4})[ \t]*(?:[;,\t|])")


def _table_rows(r: Reading, portions: PortionIndex, index: int | None, direction: str | None) -> list[int]:
    """The table rows the statement in portion `index` can name, in order: those on the side it points to. Where the
    reader found no table, an export's records it read as paragraphs, each opening with a number cell and holding
    that cell's separator again (`2;(U) Aleppo bakery front;open source`, review37b n07, n09)."""
    rows = [k for k, p in enumerate(portions) if p.kind == "table_row" and k != index]
    if len(rows) < 2:
        rows = [k for k in range(len(portions)) if k != index and _record(r, portions, k)]
    if index is not None and direction == "above":
        rows = [k for k in rows if k < index]
    elif index is not None and direction == "below":
        rows = [k for k in rows if k > index]
    return rows


def _numbers_in_order(r: Reading, portions: PortionIndex, rows: list[int]) -> bool:
    """Whether the rows that open with a number are numbered 1, 2, 3 ... from the top (a header row aside)."""
    numbers = []
    for k in rows:
        m = _NUMBER_CELL.match(r.text, portions[k].start, portions[k].end)
        if m is not None:
            numbers.append(int(m.group("number")))
    return numbers == list(range(1, len(numbers) + 1))


def rows_by_place(r: Reading, portions: PortionIndex, index: int | None, direction: str | None,
                  numbers: list[int]) -> set[int]:
    """The rows each of `numbers` can mean by its place: counted down from the top, over every row and over the
    numbered ones (a header row is no entry), when the rows' own numbers are out of their order (else that is the
    row numbered so); and, above the statement, up from it as well, whatever the order."""
    rows = _table_rows(r, portions, index, direction)
    if len(rows) < 2:
        return set()
    upward = direction == "above" or direction is None and index is not None
    in_order = _numbers_in_order(r, portions, rows)
    if in_order and (not upward or index is None
                     or _NUMBER_CELL.match(r.text, portions[index].start, portions[index].end) is not None):
        return set()  # (`5,,,,"Row three classification should read SECRET"`, in a numbered row: the third row)
    numbered = [k for k in rows if _NUMBER_CELL.match(r.text, portions[k].start, portions[k].end) is not None]
    down = [rows, numbered]
    if upward:
        # (down from the top of the nearest table above as well, where a blank line parts the tables: `row 3 of the
        # table above` under two tables is not the third of the document's rows, review36c r06)
        nearest = _nearest_table(r, portions, rows)
        if 2 <= len(nearest) < len(rows):
            down += [nearest, [k for k in nearest if k in numbered]]
    # (rows numbered in their order: down from the top is the row numbered so; but up from a note below them,
    # `item 2 above` under `1;` to `4;`, is the second above it, numbered 3, review36c r04)
    sequences = [] if in_order else list(down)
    if upward:
        sequences += [sequence[::-1] for sequence in down]
    chosen = set()
    for n in numbers:
        # (and the row numbered so, whatever the place readings find: fail closed, review37b n04)
        chosen |= {k for k in numbered if int(_number_cell(r, portions, k)) == n}
        for sequence in sequences:
            if 0 < n <= len(sequence):
                chosen.add(sequence[n - 1])
    return chosen


def _number_cell(r: Reading, portions: PortionIndex, k: int) -> str:
    """The number the first cell of row `k` holds (`"0"` when none)."""
    m = _NUMBER_CELL.match(r.text, portions[k].start, portions[k].end)
    return m.group("number") if m is not None else "0"


def _record(r: Reading, portions: PortionIndex, k: int) -> bool:
    """Whether portion `k` opens with a number cell whose separator stands again on its first line."""
    m = _NUMBER_CELL.match(r.text, portions[k].start, portions[k].end)
    if m is None:
        return False
    line_end = r.text.find("\n", m.end(), portions[k].end)
    return r.text.find(m.group(0)[-1], m.end(), portions[k].end if line_end < 0 else line_end) >= 0


def _nearest_table(r: Reading, portions: PortionIndex, rows: list[int]) -> list[int]:
    """The last of `rows` that no blank line or other portion parts from one another: the nearest table above."""
    run: list[int] = []
    for k in rows:
        between = r.text[portions[run[-1]].end:portions[k].start] if run else ""
        joined = bool(run) and k == run[-1] + 1 and "\n\n" not in re.sub(r"[ \t\r]", "", between)
        run = [*run, k] if joined else [k]
    return run


def records_named(r: Reading, portions: PortionIndex, index: int, lo: int, hi: int) -> set[int]:
    """Where the reader found no table but an export's records read as paragraphs (`2;(U) Aleppo bakery front;...`),
    every record the statement in portion `index` (its sentence `lo:hi`) can mean by a number, "row 2" or "the second
    row": the record numbered so, and the one at that place down from the top and up from the statement, on either
    side of it (review37b n04, n09: "row 2 of the list above" under records numbered out of their order named none)."""
    if any(p.kind == "table_row" for p in portions):
        return set()
    records = [k for k in range(len(portions)) if k != index and _record(r, portions, k)]
    if len(records) < 2:
        return set()
    numbers = {int(m.group("number")) for m in r.g.scope_item_number.compiled.finditer(r.text, lo, hi)}
    ordinals = r.g.vocabulary.governing_statements.ordinals
    for m in compile_pattern(rf"(?i)\b(?:{ordinal_words(r)})\b").finditer(r.text, lo, hi):
        if r.g.row_after_table.match(r.text, m.end()) is not None:
            numbers.add(ordinals.get(m.group(0).casefold(), 0))
    numbers.discard(0)
    if not numbers:
        return set()
    chosen = {k for k in records if int(_number_cell(r, portions, k)) in numbers}
    for direction in {"above" if k < index else "below" for k in records}:
        chosen |= rows_by_place(r, portions, index, direction, sorted(numbers))
        if direction == "below":  # (down from the top, whatever the order: the place the numbers may not give)
            below = [k for k in records if k > index]
            chosen |= {below[n - 1] for n in numbers if 0 < n <= len(below)}
    return chosen
