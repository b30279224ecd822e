"""Notes in table cells that give a row, or a paragraph the table names, a level (issue 8, job cellnotes37).

A cell of a CSV/TSV/Markdown/grid/HTML table row, or the value of a note/remarks/comment key of a YAML or JSON
record (`cell_note_key`), one clause of which (the cell cut at ` - `, `;`, `,`, `:`, brackets) is a level or a
control and words of handling only (`confidential//noforn - do not share`, `secret//nf - pls dont forward`,
`Conf/NF, internal only`, `c//nf`: `cell_note_level` of rules/markings.yaml), raises the portion that holds its row
to that level (with NOFORN when the cell says so: `cell_note_noforn`). A table whose first column names paragraphs
(`| Para | Class |`, `para;note`: `paragraph_key_column`) and whose row numbers one raises the numbered paragraphs
to a level any other cell of the row states (`| 1 | SECRET |`, `| 1 | this para is secret too |`:
`paragraph_cell_level`). Only raises: a level word in a sentence ("use the confidential hotline", "secret
shopper") is no clause of a level, and a cell of `U` states nothing that raises.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .state import Reading

_HTML_CELL = re.compile(r"(?is)<t[dh][^>]*>(.*?)</t[dh]>")
_CLAUSE_CUT = re.compile(r"[ \t]+[-–—]+[ \t]+|[;,:()\[\]]")
_RULE_ROW = re.compile(r"[ \t|+:=\-]*")
_ROW_NUMBER = re.compile(r"[(\[]?(?:¶|para(?:graph)?\.?[ \t]*)?(\d{1,3})[)\].]?", re.IGNORECASE)
_QUOTES = "\"'“”‘’`"


def cell_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the rows whose note cell states a level, and the paragraphs a paragraph-keyed table
    gives a level, raised to it (module docstring)."""
    if not (r.g.cell_note_level.search(r.text) or r.g.paragraph_cell_level.search(r.text)):
        return portions
    out = list(portions)
    for k, p in enumerate(out):
        stated = _row_note_marking(r, p)
        if stated is not None:
            out[k] = raised_to(r, p, [stated], "a note in a cell of this row states that level")
    for start, end, stated in _record_notes(r):
        for k, p in enumerate(out):
            if p.start < end and start < p.end:
                out[k] = raised_to(r, out[k], [stated], f"the note key of this record (offset {start}) states that level")
    for number, stated, at in _paragraph_levels(r):
        for k, p in enumerate(out):
            if p.kind == "paragraph" and p.start > at and _numbered(r, p, number):
                out[k] = raised_to(r, p, [stated], f"a table keyed by paragraph number (offset {at}) gives "
                                                   f"paragraph {number} that level")
    return out


def _numbered(r: Reading, p: Portion, number: int) -> bool:
    """Is `p` paragraph `number`: read so, or opening on it (`(2) (U) ...`, `¶2.`)?"""
    if p.number == number:
        return True
    opening = _PARAGRAPH_OPENING.match(r.text, p.start, p.end)
    return opening is not None and int(opening.group(1)) == number


_PARAGRAPH_OPENING = re.compile(r"[ \t]*(?:¶|para(?:graph)?\.?[ \t]*)?[(\[]?(\d{1,3})[)\].]", re.IGNORECASE)


def _row_note_marking(r: Reading, p: Portion) -> Marking | None:
    """The highest marking a note cell of portion `p`'s rows or record states, or None."""
    stated: list[Marking] = []
    for line in r.text[p.start:p.end].split("\n"):
        for cell in _note_cells(r, line, p.kind == "table_row"):
            marking = _cell_marking(r, cell)
            if marking is not None:
                stated.append(marking)
    return r.g.rollup(stated) if stated else None


def _note_cells(r: Reading, line: str, delimited_row: bool) -> list[str]:
    """The cells of one line that may hold a note: an HTML row's cells, a pipe or tab table's cells, a CSV
    row's fields (a line read as a table row)."""
    cells = [m.group(1) for m in _HTML_CELL.finditer(line)]
    if cells:
        return cells
    if line.count("|") >= 2:
        return line.split("|")
    if "\t" in line.strip():
        return line.split("\t")
    if delimited_row:
        return re.split(r"[,;]", line)
    return []


_YAML_ITEM = re.compile(r"([ \t]*)-[ \t]")
_YAML_KEY = re.compile(r"[ \t]*(?:-[ \t]+)?[\"']?([\w \-]{1,30}?)[\"']?[ \t]*:[ \t]*(\S.*)$")
_JSON_PAIR = re.compile(r"\"([\w \-]{1,30})\"[ \t]*:[ \t]*\"([^\"\n]*)\"")


def _record_notes(r: Reading) -> list[tuple[int, int, Marking]]:
    """(start, end, marking) of each YAML or JSON record whose note key's value states a level: a YAML list
    item from its `- ` to the next item at its indent, a JSON object from its `{` to its `}`."""
    text = r.text
    out: list[tuple[int, int, Marking]] = []
    for m in _JSON_PAIR.finditer(text):
        if r.g.cell_note_key.fullmatch(m.group(1)):
            marking = _cell_marking(r, m.group(2))
            if marking is not None:
                start = text.rfind("{", 0, m.start())
                end = text.find("}", m.end())
                out.append((max(start, 0), len(text) if end < 0 else end + 1, marking))
    at = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        pair = _YAML_KEY.match(line)
        if pair is None or '"' + pair.group(1) in line or not r.g.cell_note_key.fullmatch(pair.group(1).strip()):
            continue
        marking = _cell_marking(r, pair.group(2).strip().strip(_QUOTES))
        if marking is None:
            continue
        key_indent = len(line) - len(line.lstrip())
        found = None  # the list item that holds the key: the nearest `- ` above it, less indented
        for j in range(i, -1, -1):
            item = _YAML_ITEM.match(lines[j])
            if item is not None and (j == i or len(item.group(1)) < key_indent):
                found = (j, len(item.group(1)))
                break
            if j < i and lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) < key_indent:
                break
        if found is None:
            continue  # (a key outside a list item is no record's note: `NOTES: 1. ... (SECRET)` closing a cable)
        first, indent = found
        last = i
        for j in range(i + 1, len(lines)):
            if lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) <= indent:
                break
            last = j
        out.append((starts[first], starts[last] + len(lines[last]), marking))
    return out


def _cell_marking(r: Reading, cell: str) -> Marking | None:
    """The marking one clause of `cell` states whole (`cell_note_level`), or None. A cell that names another part
    (`last paragraph: SECRET - not for release`) is a claim about that part, read where claims are read: raising the
    row here made the claim about the paragraph go unread (tests/test_reader_open36c.py tab-table-not-releasable)."""
    if r.g.cell_note_names_a_part.search(cell) is not None:
        return None
    found: list[Marking] = []
    noforn = r.g.cell_note_noforn.search(cell) is not None
    for clause in _CLAUSE_CUT.split(cell):
        clause = clause.strip().strip(_QUOTES).strip()
        m = r.g.cell_note_level.fullmatch(clause) if clause else None
        if m is None:
            continue
        word = m.group("level") or m.group("letters")
        marking = _level_marking(r, word, noforn) if word else stated_marking(r, "NOFORN")
        if marking is not None:
            found.append(marking)
    return r.g.rollup(found) if found else None


def _level_marking(r: Reading, word: str, noforn: bool) -> Marking | None:
    level = " ".join(word.split()).upper()
    level = r.g.cell_level_names.get(level, level)
    marking = r.g.parse(level + ("//NOFORN" if noforn else ""))
    if not marking.valid:
        marking = r.g.parse(level)
    return marking if marking.valid and marking.level is not None else None


def _paragraph_levels(r: Reading) -> list[tuple[int, Marking, int]]:
    """(paragraph number, the marking its row states, the row's offset) of each row of a table keyed by
    paragraph number."""
    out: list[tuple[int, Marking, int]] = []
    delimiter: str | None = None
    at = 0
    for line in r.text.split("\n"):
        start, at = at, at + len(line) + 1
        if delimiter is not None:
            if _RULE_ROW.fullmatch(line) and line.strip():
                continue
            cells = _split(line, delimiter)
            number = _ROW_NUMBER.fullmatch(cells[0]) if len(cells) >= 2 else None
            if number is None:
                delimiter = None
            else:
                stated = [m for cell in cells[1:] for m in _paragraph_cell_markings(r, cell, line)]
                if stated:
                    rolled = r.g.rollup(stated)
                    if rolled is not None and rolled.valid:
                        out.append((int(number.group(1)), rolled, start))
                continue
        for candidate in ("|", "\t", ";", ","):
            cells = _split(line, candidate)
            if len(cells) >= 2 and r.g.paragraph_key_column.fullmatch(cells[0]):
                delimiter = candidate
                break
    return out


def _split(line: str, delimiter: str) -> list[str]:
    cells = line.strip().split(delimiter)
    if delimiter == "|":
        cells = cells[1:] if cells and not cells[0].strip() else cells
        cells = cells[:-1] if cells and not cells[-1].strip() else cells
    return [c.strip() for c in cells]


def _paragraph_cell_markings(r: Reading, cell: str, line: str) -> list[Marking]:
    noforn = r.g.cell_note_noforn.search(line) is not None
    found = []
    for m in r.g.paragraph_cell_level.finditer(cell):
        marking = _level_marking(r, m.group("level"), noforn)
        if marking is not None:
            found.append(marking)
    return found
