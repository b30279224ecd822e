"""A spreadsheet's change history that records a mark cell raised, while the sheet dumped above still shows the old
mark (fix42b, issue 8): Excel's shared-workbook History sheet `2  11/18/2026  9:52 AM  T. Kovac  Cell Change  Sheet1
B5  S  U` under its header `... Range  New Value  Old Value`, with Sheet1's row 5 still `5  U  He added that...`
(adv168-046).

A record is a line of delimited fields (tabs, `|`, `,`, `;` or runs of spaces) holding a cell reference (`B5`) and,
after it, two bare marks: OLD then NEW, unless the header line above names the new column first
(`change_records._new_first`). Only a NEW above OLD counts. The row meant is the one whose first field is the row
number and the one that is that row counting the sheet's header line as row 1, where that row's field in the
referenced column is OLD; where no such row is found, every explicitly marked portion carrying OLD's level (fail
closed, as `change_records` does for a part it cannot find). Raising goes through `raising.raised_to`."""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .change_records import _new_first
from .raising import raised_to
from .sed_corrections import _portion_at
from .state import Reading

_CELL = lazy(r"(?<![\w/:.\-])(?P<col>[A-Z]{1,2})(?P<row>\d{1,5})(?![\w/:.\-])", 0)
_SPLIT = re.compile(r"\t|[ ]{2,}|\|")
_BARE = re.compile(r"[ \t\"'`*(\[]*(?P<mark>(?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40}?)?)[ \t\"'`*)\]]*")
_ALSO = re.compile(r"[,;]")


def _fields(line: str) -> list[str]:
    fields = [f.strip() for f in _SPLIT.split(line)]
    if len(fields) < 3:
        fields = [f.strip() for f in _ALSO.split(line)]
    return fields


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def raise_cell_changes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the row of each mark cell a change history records raised raised to its new mark."""
    if not any(c.isdigit() for c in r.text) or ("\t" not in r.text and "  " not in r.text and "|" not in r.text
                                                 and "," not in r.text):
        return portions
    out = list(portions)
    lines = r.text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        fields = _fields(line)
        if len(fields) < 3:
            continue
        cells = [(n, m) for n, f in enumerate(fields) if (m := _CELL.compiled.fullmatch(f)) is not None]
        if len(cells) != 1:
            continue
        n, cell = cells[0]
        marks = [b.group("mark") for f in fields[n + 1:] if (b := _BARE.fullmatch(f)) is not None]
        if len(marks) != 2:
            continue
        old_text, new_text = (marks[1], marks[0]) if _new_first(r, offsets[i]) else (marks[0], marks[1])
        old, new = r.g.parse(old_text), r.g.parse(new_text)
        if not old.valid or not new.valid or old.level is None or new.level is None or new.rank <= old.rank:
            continue
        col, row = _column(cell.group("col")), int(cell.group("row"))
        targets = _rows(r, portions, lines, offsets, i, col, row, old_text)
        if not targets:
            targets = {k for k, p in enumerate(portions) if p.explicit and p.kind != "subject"
                       and getattr(p.marking, "level", None) == old.level
                       and not p.start <= offsets[i] < p.end}
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], f"a change history's line '{line.strip()[:80]}' records cell "
                               f"{cell.group()} re-marked {new.banner()}")
    return out


def _rows(r: Reading, portions: list[Portion], lines: list[str], offsets: list[int], record: int, col: int, row: int,
          old: str) -> set[int]:
    """The portions of the sheet rows cell (`col`, `row`) may be in, whose field `col` holds `old`."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if i == record:
            continue
        fields = _fields(line)
        if len(fields) <= col or fields[col] != old:
            continue
        by_number = fields[0] == str(row)
        # (the sheet's header line is row 1: the line `row - 1` lines under the first line of this block of rows)
        top = i
        while top > 0 and len(_fields(lines[top - 1])) >= 2 and not lines[top - 1].lstrip().startswith(("=", "#")):
            top -= 1
        by_count = i - top == row - 1
        if by_number or by_count:
            k = _portion_at(portions, offsets[i] + len(line) - len(line.lstrip()))
            if k is not None:
                found.add(k)
    return found
