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

open38c: a reason may follow the level (`secret per deputy`, `Secret. Hold for COS`); a CSV export the reader took
for paragraphs is read record by record under its header (`_csv_records`, quoted fields over lines); a record's
level key (`handling:`, `class:`: `record_level_key`) counts, and a YAML record is found through nested keys, in a
mapping of records or a document of top-level keys (`_yaml_record`); a paragraph table may be keyed by `No.` or
`#` beside a class column, give ranges (`2-4`) and subparagraphs (`3.a`), stand after the paragraphs, or name
unnumbered paragraphs by place (`_paragraphs_named`).

open39c (review38c/38z's old leaks): a note raises every part of its row (a row split by `free_text_cells`); a
lower-case note key with no blank after its colon, two top-level keys, `#` lines between them, and a level key whose
value is a note (`handling: secret`, `... per J2`) count; a JSON object spans the objects nested in it, a YAML
sub-mapping beside fields belongs to their record, a note that is a classified mark alone (`(S)`) counts; a paragraph
table reads `paras 2-3`, `¶ 2`, `2/3`, fixed-width columns and note cells (`US only`), and raises both sides' numbered
paragraphs, both countings of unnumbered ones (with and without a title line) and a subparagraph's continuation.
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
# a paragraph table's first cell: `2`, `(2)`, `¶2`, a subparagraph `3.a` / `3a`, a range `2-4` (open38c)
_ROW_NUMBER = re.compile(r"[(\[]?(?:¶[ \t]*|para(?:graph)?s?\.?[ \t]*)?(\d{1,3})(?:\.?([a-z]))?(?:[ \t]*[-–][ \t]*(\d{1,3}))?[)\].]?",
                         re.IGNORECASE)
_NUMBER_LIST = re.compile(r"[ \t]*(?:,|&|/|\band\b)[ \t]*", re.IGNORECASE)  # (`| 2, 3 | S |`, `| 2 and 4 | C |`)
_QUOTES = "\"'“”‘’`"


def cell_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the rows whose note cell states a level, and the paragraphs a paragraph-keyed table
    gives a level, raised to it (module docstring)."""
    if not (r.g.cell_note_level.search(r.text) or r.g.paragraph_cell_level.search(r.text)
            or _WHOLE_MARK.search(r.text)):
        return portions
    out = list(portions)
    for k, p in enumerate(portions):
        stated = _row_note_marking(r, p)
        if stated is not None:
            for j in _same_row(r, out, k):
                out[j] = raised_to(r, out[j], [stated], "a note in a cell of this row states that level")
    for start, end, stated, key_at in _record_notes(r):
        # (a level key over text with portion marks of its own is the record's banner: round7's cable; its text
        # with no mark of its own still takes the key's level, review38z 39)
        banner = key_at is not None and any(p.start < end and start < p.end and p.mark_start is not None
                                            and not p.start <= key_at < p.end for p in out)
        for k, p in enumerate(out):
            if p.start < end and start < p.end and not (banner and p.mark_start is not None):
                out[k] = raised_to(r, out[k], [stated], f"the note key of this record (offset {start}) states that level")
    for start, end, stated in _csv_records(r):
        for k, p in enumerate(out):
            if p.start < end and start < p.end:
                out[k] = raised_to(r, out[k], [stated], f"a note in a field of this CSV record (offset {start}) "
                                                        f"states that level")
    for number, letter, stated, at, table_end in _paragraph_levels(r) + _paragraph_list_levels(r):
        for k in _paragraphs_named(r, out, number, letter, at, table_end):
            out[k] = raised_to(r, out[k], [stated], f"a table keyed by paragraph number (offset {at}) gives "
                                                    f"paragraph {number}{letter or ''} that level")
    return out


def _same_row(r: Reading, portions: list[Portion], k: int) -> list[int]:
    """`k`, and where portion `k` is a table row's part, the other parts of its row: a row whose note cell
    `free_text_cells` took for a portion of its own keeps its marked cells in another (review38c d17, d23-d25)."""
    p = portions[k]
    if p.kind != "table_row" or "\n" in r.text[p.start:p.end].rstrip("\n"):
        return [k]  # (a row of many lines, a JSON object's, is no split one-line row: adv151-027)
    start = r.text.rfind("\n", 0, p.start) + 1
    end = r.text.find("\n", p.start)
    end = len(r.text) if end < 0 else end
    return [j for j, q in enumerate(portions) if j == k or (q.kind == "table_row" and start <= q.start and q.end <= end + 1
                                                            and q.start < q.end)]


def _numbered(r: Reading, p: Portion, number: int) -> bool:
    """Is `p` paragraph `number`: read so, or opening on it (`(2) (U) ...`, `¶2.`)?"""
    if p.number == number:
        return True
    opening = _PARAGRAPH_OPENING.match(r.text, p.start, p.end)
    return opening is not None and int(opening.group(1)) == number


_PARAGRAPH_OPENING = re.compile(r"[ \t]*(?:¶|para(?:graph)?\.?[ \t]*)?[(\[]?(\d{1,3})[)\].]", re.IGNORECASE)
_LETTER_OPENING = re.compile(r"[ \t]*[(\[]?([a-z])[)\].]", re.IGNORECASE)


def _paragraphs_named(r: Reading, portions: list[Portion], number: int, letter: str | None, at: int,
                      table_end: int) -> list[int]:
    """The portions a paragraph table's row for paragraph `number` (subparagraph `letter`) names: the paragraphs
    numbered so after the table; where none is, those before it (a review table placed after the paragraphs,
    review37y 62, 69); where no paragraph of the document is numbered, the `number`th paragraph after the table,
    or before it where none follows (review37y 68: `(U) ...` bodies). A subparagraph `3.a` is the portion opening
    on `a.` within paragraph 3, or paragraph 3 whole where none does (review37y 63, 64)."""
    numbered = [k for k, p in enumerate(portions) if p.kind == "paragraph" and _numbered(r, p, number)]
    # (numbered paragraphs on both sides of the table: either may be the ones it reviews, review38c d28)
    chosen = [k for k in numbered if portions[k].start > at] + [k for k in numbered if portions[k].end <= at]
    if not chosen and not any(_numbered_at_all(r, p) for p in portions):
        after = [k for k, p in enumerate(portions) if p.kind == "paragraph" and p.start >= table_end]
        before = [k for k, p in enumerate(portions) if p.kind == "paragraph" and p.end <= at]
        body = after or before
        # (counted by place, a title or salutation line above the text may or may not count: `Ministry notes,
        # 3 March`, `(U) Team,` (review38z 56, 60, 62; review38c d29): the `number`th paragraph either way)
        sentences = [k for k in body if _SENTENCE_END.search(r.text, portions[k].start, portions[k].end)]
        chosen = sorted({counted[number - 1] for counted in (body, sentences) if 0 < number <= len(counted)})
    if letter is None:
        return chosen
    out = []
    for k in chosen:
        block = [k]
        for j in range(k + 1, len(portions)):
            if _numbered_at_all(r, portions[j]):
                break
            block.append(j)
        opening = {j: m.group(1).lower() for j in block[1:]
                   if (m := _LETTER_OPENING.match(r.text, portions[j].start, portions[j].end)) is not None
                   and _before_mark(portions[j], m.end())}
        lettered: list[int] = []
        for j in block[1:]:
            # (a subparagraph's lines that open on no letter of their own go on with it, review38c d35)
            if opening.get(j, letter.lower() if lettered and lettered[-1] == j - 1 else None) == letter.lower():
                lettered.append(j)
        out += lettered or block
    return out


def _before_mark(p: Portion, at: int) -> bool:
    """Whether a letter opening portion `p` up to `at` comes before its portion mark (`(U)` is no `u.`)."""
    return p.mark_start is None or at <= p.mark_start


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*[ \t]*$")


def _numbered_at_all(r: Reading, p: Portion) -> bool:
    return p.number is not None or (p.kind == "paragraph" and _PARAGRAPH_OPENING.match(r.text, p.start, p.end) is not None)


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
        return re.split(r"[,;|]", line)  # (`|`: a row's last cell split off with its closing bar, `SECRET//NOFORN |`)
    return []


_YAML_ITEM = re.compile(r"([ \t]*)-[ \t]")
_YAML_KEY = re.compile(r"[ \t]*(?:-[ \t]+)?[\"']?([\w \-]{1,30}?)[\"']?[ \t]*:[ \t]*(\S.*)$")
_JSON_PAIR = re.compile(r"\"([\w \-]{1,30})\"[ \t]*:[ \t]*\"((?:[^\"\\\n]|\\.)*)\"")  # (`\"per J2\"` inside, open38c)


def _record_notes(r: Reading) -> list[tuple[int, int, Marking, int | None]]:
    """(start, end, marking) of each YAML or JSON record whose note key's (or level key's: `handling:`, `class:`)
    value states a level: a YAML list item from its `- ` to the next item at its indent, a mapping of records'
    record (`r-102:` over its keys), a document of top-level keys whole, a JSON object from its `{` to its `}`; and,
    for a level key (not a note key), the key's offset."""
    text = r.text
    out: list[tuple[int, int, Marking, int | None]] = []
    for m in _JSON_PAIR.finditer(text):
        if _record_key(r, m.group(1)):
            marking = _cell_marking(r, m.group(2)) or _whole_mark(r, m.group(2))
            if marking is not None:
                start, end = _json_object(text, m.start(), m.end())
                out.append((start, end, marking, _level_key_at(r, m.group(1), m.start(), m.group(2))))
    at = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        pair = _YAML_KEY.match(line)
        if pair is None or '"' + pair.group(1) in line or not _record_key(r, pair.group(1).strip()):
            continue
        value = pair.group(2).strip().strip(_QUOTES)
        marking = _cell_marking(r, value) or _whole_mark(r, value)
        if marking is None:
            continue
        found = _yaml_record(r, lines, i)
        if found is None:
            continue
        first, last = found
        out.append((starts[first], starts[last] + len(lines[last]), marking,
                    _level_key_at(r, pair.group(1).strip(), starts[i], value)))
    return out


def _json_object(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the JSON object that holds the pair at `start`..`end`: from its `{` to its `}`, past the
    objects nested in it (a note after `"audit": {...}` is the record's, review38c d33)."""
    depth, at = 0, start - 1
    while at >= 0 and not (text[at] == "{" and depth == 0):
        depth += {"}": 1, "{": -1}.get(text[at], 0) if text[at] in "{}" else 0
        at -= 1
    depth, close = 0, end
    while close < len(text) and not (text[close] == "}" and depth == 0):
        depth += {"{": 1, "}": -1}.get(text[close], 0) if text[close] in "{}" else 0
        close += 1
    return max(at, 0), min(close + 1, len(text))


_WHOLE_MARK = re.compile(r"\((?:TS|S|C)(?://[A-Z][A-Z /\-]*)?\)")


def _whole_mark(r: Reading, value: str) -> Marking | None:
    """The marking of a note that is a classified portion mark and nothing else (`analyst_comment: (S)`,
    review38c d48), or None."""
    if _WHOLE_MARK.fullmatch(value.strip()) is None:
        return None
    marking = r.g.parse(value.strip()[1:-1])
    return marking if marking.valid and marking.level is not None else None


def _level_key_at(r: Reading, key: str, at: int, value: str) -> int | None:
    """`at` where `key` is a level key whose value is written as a marking (`class: S//NF`, `handling: SECRET`),
    else None: a note key, or a level key whose value reads as a note (`handling: SECRET//NOFORN per J2`,
    `handling: secret`, review38c d22, d45) is no banner of its record, and its text marked (U) is raised too."""
    if r.g.cell_note_key.fullmatch(key) is not None or _noted_level(r, value):
        return None
    return at


def _noted_level(r: Reading, value: str) -> bool:
    """Whether a level key's `value` is a note (lower case, or words after the level) rather than a marking."""
    value = value.strip().strip(_QUOTES).strip()
    return value != value.upper() or not r.g.parse(value).valid


def _record_key(r: Reading, key: str) -> bool:
    return r.g.cell_note_key.fullmatch(key) is not None or r.g.record_level_key.fullmatch(key) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_YAML_OPENER = re.compile(r"[ \t]*[\"']?[\w.\-]{1,30}[\"']?[ \t]*:[ \t]*$")


def _yaml_record(r: Reading, lines: list[str], i: int) -> tuple[int, int] | None:
    """The first and last line of the record that holds the key on line `i`: the nearest list item above it,
    less indented (through nested keys: `review:` / `note: secret`, open38c); else the nearest key that opens a
    mapping of two keys or more (`r-102:` over `class:`, `summary:`, `note:`); else, where every line about the key
    is a top-level `key: value` line of a YAML document and the key a note key, those lines; else None (a key
    outside a record is no record's note: `NOTES: 1. ... (SECRET)` closing a cable; a vCard's or an iCalendar
    event's `CLASS:CONFIDENTIAL` is its own property, adv9-054, adv130-009)."""
    key_indent = _indent(lines[i])
    if _YAML_ITEM.match(lines[i]) is not None:
        return i, _record_end(lines, i, len(_YAML_ITEM.match(lines[i]).group(1)))  # type: ignore[union-attr]
    for j in range(i - 1, -1, -1):
        if not lines[j].strip() or _indent(lines[j]) >= key_indent:
            continue
        item = _YAML_ITEM.match(lines[j])
        if item is not None:
            return j, _record_end(lines, j, len(item.group(1)))
        if _YAML_OPENER.fullmatch(lines[j]) is None:
            return None
        last = _record_end(lines, j, _indent(lines[j]))
        children = [k for k in range(j + 1, last + 1) if lines[k].strip() and _indent(lines[k]) == key_indent
                    and _YAML_KEY.match(lines[k]) is not None]
        if len(children) >= 2:
            return _record_holding(lines, j, last)
        key_indent = _indent(lines[j])
    key = _YAML_KEY.match(lines[i])
    # (`remarks:SECRET` with no blank counts where the key is written in lower case; a vCard's or an
    # iCalendar event's `NOTE:...` property is upper case, review38c d20)
    if key_indent != 0 or key is None or not _note_at_top(r, key.group(1).strip(), key.group(2)) \
            or not (re.match(r"[^:]*:[ \t]", lines[i]) or key.group(1).strip().islower()):
        return None
    first = last = i
    # (a `# comment` line between the keys is the document's too, review38c d37)
    while first > 0 and (_top_level_pair(lines[first - 1]) or lines[first - 1].startswith("#")):
        first -= 1
    while last + 1 < len(lines) and (_top_level_pair(lines[last + 1]) or lines[last + 1].startswith("#")):
        last += 1
    while lines[first].startswith("#"):
        first += 1
    while lines[last].startswith("#"):
        last -= 1
    # (two keys are a record too: `notes: SECRET//NOFORN per J2` over `body: (U) ...`, review38c d36)
    return (first, last) if last - first >= 1 else None


def _record_holding(lines: list[str], first: int, last: int) -> tuple[int, int]:
    """The record a mapping on lines `first`..`last` is a field of: a sub-mapping (`review:` over `by:`,
    `comment:`) beside fields of values (`text: ...`, `owner: ...`) is part of the record they make up
    (review38c d34); a mapping among mappings only (`hx-77:` beside `hx-78:`) is a record itself."""
    indent = _indent(lines[first])
    for j in range(first - 1, -1, -1):
        if not lines[j].strip() or lines[j].lstrip().startswith("#") or _indent(lines[j]) > indent:
            continue
        if _indent(lines[j]) == indent:
            continue
        if _YAML_OPENER.fullmatch(lines[j]) is None or _YAML_ITEM.match(lines[j]) is not None:
            return first, last
        end = _record_end(lines, j, _indent(lines[j]))
        fields = [k for k in range(j + 1, end + 1) if _indent(lines[k]) == indent and _YAML_KEY.match(lines[k])
                  is not None and _YAML_OPENER.fullmatch(lines[k]) is None]
        return (j, end) if fields else (first, last)
    return first, last


def _note_at_top(r: Reading, key: str, value: str) -> bool:
    """Whether a top-level `key: value` is a note on the document's keys: a note key, or a level key whose value
    reads as a note (`handling: SECRET//NOFORN per J2`, review38c d22; `handling: SECRET//NOFORN` is the
    document's release field, reader/document_controls.py)."""
    if r.g.cell_note_key.fullmatch(key) is not None:
        return True
    return r.g.record_level_key.fullmatch(key) is not None and _noted_level(r, value)


def _top_level_pair(line: str) -> bool:
    return _indent(line) == 0 and _YAML_KEY.match(line) is not None and not line.startswith("#")


def _record_end(lines: list[str], first: int, indent: int) -> int:
    """The last line of the block that opens on line `first` at `indent`: up to the next line as little indented."""
    last = first
    for j in range(first + 1, len(lines)):
        if lines[j].strip() and _indent(lines[j]) <= indent:
            break
        last = j
    return last


_CSV_HEADER_CELL = re.compile(r"[ \t]*[\"']?[A-Za-z#][\w .#/\-]{0,28}[\"']?[ \t]*")


def _csv_records(r: Reading) -> list[tuple[int, int, Marking]]:
    """(start, end, marking) of each record of a CSV/TSV export, under a header line of short names one of which
    names a column of notes (`Date,Owner,Item,Notes`, `Item;Notes`, `Item,Reviewer`: `csv_note_column`), whose
    field states a level as a note cell does. The reader reads such an export as paragraphs (a line, or lines
    that a blank line does not part), so a row's note raised no row (review37y 01, 03, 07, 27, 34); a field in
    quotes may run over lines (`"The prosecutor ...\nWitness moved ..."`, review37y 17, 18: the record is read
    whole, its lines in one or two portions)."""
    text = r.text
    out: list[tuple[int, int, Marking]] = []
    at = 0
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        header = text[at:line_end]
        delimiter = _csv_header(r, header)
        at = line_end + 1
        if delimiter is None:
            continue
        # (where a record's fields line up with the header's, only the note columns' fields are read: a `Clearance
        # Required` column of `Top Secret` is no note, adv52-060; where they do not, every field is)
        notes = [r.g.csv_note_column.fullmatch(c.strip().strip(_QUOTES)) is not None for c in header.split(delimiter)]
        while at < len(text):
            start = at
            fields, at = _csv_record(text, at, delimiter)
            if len(fields) < 2:
                at = start
                break
            read = [f for f, note in zip(fields, notes) if note] if len(fields) == len(notes) else fields
            stated = [m for field in read if (m := _cell_marking(r, field)) is not None]
            if stated:
                rolled = r.g.rollup(stated)
                if rolled is not None:
                    out.append((start, at, rolled))
    return out


def _csv_header(r: Reading, line: str) -> str | None:
    """The delimiter of `line` where it is a CSV header naming a column of notes, else None."""
    for delimiter in (",", ";", "\t"):
        cells = line.split(delimiter)
        if len(cells) >= 2 and all(_CSV_HEADER_CELL.fullmatch(c) for c in cells) and any(
                r.g.csv_note_column.fullmatch(c.strip().strip(_QUOTES)) for c in cells):
            return delimiter
    return None


def _csv_record(text: str, at: int, delimiter: str) -> tuple[list[str], int]:
    """The fields of the CSV record that opens at `at` (a field in double quotes may hold the delimiter and line
    ends), and the offset after it."""
    fields: list[str] = []
    field: list[str] = []
    quoted = False
    i = at
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"' and text.startswith('""', i):
                field.append('"')
                i += 2
                continue
            if c == '"':
                quoted = False
            else:
                field.append(c)
        elif c == '"' and not "".join(field).strip():
            quoted = True
        elif c == delimiter:
            fields.append("".join(field))
            field = []
        elif c == "\n":
            break
        else:
            field.append(c)
        i += 1
    fields.append("".join(field))
    return fields, min(i + 1, len(text))


def _cell_marking(r: Reading, cell: str) -> Marking | None:
    """The marking one clause of `cell` states whole (`cell_note_level`), or None. A cell that names another part
    (`last paragraph: SECRET - not for release`) is a claim about that part, read where claims are read: raising the
    row here made the claim about the paragraph go unread (tests/test_reader_open36c.py tab-table-not-releasable)."""
    if r.g.cell_note_names_a_part.search(cell) is not None:
        return None
    found: list[Marking] = []
    noforn = r.g.cell_note_noforn.search(cell) is not None
    cell = " ".join(cell.replace('\\"', "").split())  # (a JSON value's escaped quotes: `secret \\"per J2\\"`)
    # (the whole cell as well as each clause: `s - noforn` is one level cut at its ` - `, open38c)
    for clause in [cell, *_CLAUSE_CUT.split(cell)]:
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


def _paragraph_levels(r: Reading) -> list[tuple[int, str | None, Marking, int, int]]:
    """(paragraph number, subparagraph letter or None, the marking its row states, the row's offset, the table's
    end) of each row of a table keyed by paragraph number (a range `2-4` gives each of its numbers)."""
    out: list[tuple[int, str | None, Marking, int, int]] = []
    delimiter: str | None = None
    table: list[tuple[int, str | None, Marking, int]] = []
    skipped: int | None = None  # (where the first line the table goes on past starts)
    at = 0
    for line in r.text.split("\n"):
        start, at = at, at + len(line) + 1
        if delimiter is not None:
            if _RULE_ROW.fullmatch(line) and line.strip():
                continue
            cells = _split(line, delimiter)
            numbers = [_ROW_NUMBER.fullmatch(part) for part in _NUMBER_LIST.split(cells[0])] if len(cells) >= 2 else []
            if len(cells) >= 2 and not (numbers and all(numbers)):
                # (`| paras 2-3 | U |` read or not, the rows under it are still the table's, review38c d30; but the
                # line may as well be the first paragraph after the table, `(U) The delegation arrived Monday, on
                # schedule.`: the rows are counted from there too, review39c d25)
                skipped = start if skipped is None else skipped
                continue
            if numbers and all(numbers):
                stated = [m for cell in cells[1:] for m in _paragraph_cell_markings(r, cell, line)]
                rolled = r.g.rollup(stated) if stated else None
                for number in numbers:
                    assert number is not None
                    first = int(number.group(1))
                    last = int(number.group(3)) if number.group(3) else first
                    if rolled is not None and rolled.valid and first <= last <= first + 50:
                        table += [(n, number.group(2), rolled, start) for n in range(first, last + 1)]
                continue
            out += [(n, letter, m, row, end) for end in {start, skipped if skipped is not None else start}
                    for n, letter, m, row in table]
            delimiter, table, skipped = None, [], None
        for candidate in ("|", "\t", ";", ",", _COLUMN_GAP):
            cells = _split(line, candidate)
            if len(cells) >= 2 and _paragraph_keyed(r, cells):
                delimiter = candidate
                break
    out += [(n, letter, m, row, end) for end in {len(r.text), skipped if skipped is not None else len(r.text)}
            for n, letter, m, row in table]
    return out


# (fix51d, adv197-021) a list that gives paragraphs levels by number: its heading (or its own line) names
# classification by paragraph or portion (`Classification by paragraph:`, `Portion classification (per SCG):`,
# `Portion classification per SCG: para 1 (U), para 2 (C)`), each item `Para 3 - SCG 3.2 (S)`, `Paragraph 2: C`
_LIST_HEADING = re.compile(r"(?i)\bclassif\w*\b.{0,40}\b(?:para(?:graph)?s?|portions?)\b|"
                           r"\b(?:para(?:graph)?|portion)s?\b.{0,40}\bclassif\w*")
_LIST_ITEM = re.compile(r"(?i)(?:^[ \t]*(?:[-*\u2022][ \t]+)?|(?<=[;:,]))[ \t]*(?:para(?:graph)?|portion|\u00b6)\.?"
                        r"[ \t]*#?(?P<number>\d{1,3})[ \t]*(?:[:=|\-\u2013\u2014]|\bis\b|\bat\b|(?=\())[ \t]*(?P<rest>(?:(?!,[ \t]*(?:para|portion|\u00b6))[^;\n]){1,80})")
_LIST_MARK = re.compile(r"\((?P<mark>(?:TS|S|C|U)(?://[A-Z][A-Z /\-]*)?)\)")
_LIST_LEADING = re.compile(r"[ \t]*(?P<lead>[A-Za-z][A-Za-z/ \-]{0,40}?)(?=[ \t]*\(|[ \t]{2,}|[ \t]*[.,]?[ \t]*$)")


def _paragraph_list_levels(r: Reading) -> list[tuple[int, str | None, Marking, int, int]]:
    """(fix51d, adv197-021) (paragraph number, None, the marking its item states, the item's offset, the list's end) of
    each item of a list after a heading that names classification by paragraph (`_LIST_HEADING`): `Para 3 - SCG 3.2
    (S)   performance at speed`, `Paragraph 2: C (item 4.1)`, or on one line, `para 2 - SECRET//NOFORN (SCG 7.2);`.
    The level is a portion mark in brackets or the words the item's value opens with; an item of `U` raises nothing."""
    if "lassif" not in r.text and "LASSIF" not in r.text:
        return []
    out: list[tuple[int, str | None, Marking, int, int]] = []
    lines = r.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        own = _LIST_HEADING.search(lines[i]) is not None
        items = list(_LIST_ITEM.finditer(lines[i])) if own else []
        block = [(i, m) for m in items]
        j = i + 1
        if own and not items:
            while j < len(lines) and (found := list(_LIST_ITEM.finditer(lines[j]))):
                block += [(j, m) for m in found]
                j += 1
        if block:
            end = starts[j]
            for at_line, m in block:
                stated = _list_item_marking(r, m.group("rest"))
                if stated is not None:
                    out.append((int(m.group("number")), None, stated, starts[at_line] + m.start(), end))
        i = j if block else i + 1
    return out


def _list_item_marking(r: Reading, rest: str) -> Marking | None:
    """(fix51d) The marking a paragraph list's item states: its portion marks in brackets and the level its value
    opens with (`C`, `SECRET//NOFORN`), rolled up; None for none or an unclassified one with no control."""
    found = [stated_marking(r, m.group("mark")) for m in _LIST_MARK.finditer(rest)]
    lead = _LIST_LEADING.match(rest)
    if lead is not None:
        found.append(stated_marking(r, lead.group("lead")))
    levels = [m for m in found if m is not None and m.valid and m.level is not None]
    rolled = r.g.rollup(levels) if levels else None
    if rolled is None or not rolled.valid or (rolled.rank <= min(r.g.ranks.values()) and not rolled.dissem):
        return None
    return rolled


def _paragraph_keyed(r: Reading, cells: list[str]) -> bool:
    """Whether a header row's `cells` key a table by paragraph: `Para`, `Paragraph no.`; or `No.`, `#` with a
    column of levels (`| No. | Class |`, `#,Class`: open38c; `| No. | Item | Status |` is any tracker's)."""
    if r.g.paragraph_key_column.fullmatch(cells[0]):
        return True
    return r.g.paragraph_number_column.fullmatch(cells[0]) is not None and any(
        r.g.paragraph_class_column.fullmatch(c) for c in cells[1:])


_COLUMN_GAP = "  "  # (fixed-width columns, `Para      Classification`: set apart by two blanks or more, review38z 42)


def _split(line: str, delimiter: str) -> list[str]:
    cells = re.split(r"[ \t]{2,}", line.strip()) if delimiter == _COLUMN_GAP else line.strip().split(delimiter)
    if delimiter == "|":
        cells = cells[1:] if cells and not cells[0].strip() else cells
        cells = cells[:-1] if cells and not cells[-1].strip() else cells
    return [c.strip() for c in cells]


def _paragraph_cell_markings(r: Reading, cell: str, line: str) -> list[Marking]:
    noforn = r.g.cell_note_noforn.search(line) is not None
    found = []
    if len(cell) >= 3 and cell[0] == "(" and cell[-1] == ")":
        cell = cell[1:-1]  # (a cell that is a portion mark, `(S)`, open38c: brackets in a cell's words are no level)
    for m in r.g.paragraph_cell_level.finditer(cell):
        marking = _level_marking(r, m.group("level"), noforn)
        if marking is not None:
            found.append(marking)
    # (a cell that is a note, `US only`, `classified`, `U - noforn`, as a row's note cell is: review38c d46, d47, d50)
    noted = _cell_marking(r, cell)
    return found + ([noted] if noted is not None else [])
