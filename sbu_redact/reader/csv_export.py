"""A CSV export (a tracker, a cable log) whose header row names a classification column: each
record is a portion marked by its cell (`SECRET//NOFORN`, `UNCLASSIFIED//FOUO`), and a quoted
field may run over several lines. A cell that reads as no marking makes its record doubtful; an
empty one leaves it unmarked."""
from __future__ import annotations

import csv

from ..document import Portion
from .state import Reading

# Header names of the column that holds each record's classification.
_COLUMN_NAMES = {"classification", "class", "classif", "classification level", "security classification",
                 "marking", "portion marking", "caveat/classification"}


def read_csv_export(r: Reading) -> list[Portion] | None:
    """The records of a CSV export as table rows, or None when the text is not one."""
    first = r.first_nonblank()
    if first is None or "," not in first.text or "lass" not in first.text.lower() and "marking" not in first.text.lower():
        return None
    header = next(csv.reader([first.stripped]))
    column = next((i for i, name in enumerate(header) if name.strip().strip("*").lower() in _COLUMN_NAMES), None)
    if column is None or len(header) < 3:
        return None
    lines = r.text[first.start:].splitlines(keepends=True)
    starts = [first.start]
    for line in lines:
        starts.append(starts[-1] + len(line))
    reader = csv.reader(lines)
    next(reader)  # the header row
    r.field("table_header", (first.start, first.end))
    rows: list[Portion] = []
    consumed = reader.line_num
    for record in reader:
        start, end = starts[consumed], starts[reader.line_num]
        consumed = reader.line_num
        while end > start and r.text[end - 1] in "\r\n":
            end -= 1
        if not any(cell.strip() for cell in record):
            continue
        cell = record[column].strip() if column < len(record) else ""
        # an empty cell leaves the record unmarked (it inherits); one that reads as no marking
        # keeps that doubtful reading
        marking = r.g.parse(cell) if cell else None
        mark_start = r.text.find(cell, start, end) if cell else -1
        span = (mark_start, mark_start + len(cell)) if mark_start >= 0 else (None, None)
        if marking is not None and span[0] is not None and span[1] is not None:
            r.marking_problems(marking, span[0], span[1])
        rows.append(Portion(start=start, end=end, body_start=start, kind="table_row", number=None,
                            marking=marking, explicit=marking is not None, mark_start=span[0], mark_end=span[1]))
    return rows
