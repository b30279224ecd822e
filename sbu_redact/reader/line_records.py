"""Exports whose records are written one to a line, each with a classification value: the
tuples of an SQL dump (`INSERT INTO t (`id`, `class`, `body`) VALUES (4101,'U','...'),`) and
the lines of a key=value log (`... class="S//NF" body="..."`). The column or key that holds a
record's marking is found as a CSV export's is (`csv_export.marking_columns`), and the value
marks its record (`csv_export.record_marking`: a value that reads as no marking makes the
record doubtful). Lines outside the records (comments, table definitions, a log line without
a classification key) are markup or unmarked portions (`xml_export.between_records`): with no
banner they are withheld."""
from __future__ import annotations

from dataclasses import replace

import csv
import re

from ..document import Portion
from ..lazyre import compile_pattern, lazy
from ..prefilter import finditer_near_words, required_words
from .csv_export import marking_columns, record_marking, releasability_columns
from .state import Reading
from .xml_export import between_records

# `INSERT INTO `t` (`id`, `class`, `body`) VALUES` and the tuples after it, up to the `;`.
_INSERT = lazy(r"\bINSERT[ \t]+INTO[ \t]+[`\"\w.\[\]]+[ \t]*\((?P<columns>[^()]{1,400})\)\s*VALUES\s*", re.IGNORECASE)
_TUPLE = lazy(r"\((?P<body>(?:'(?:[^'\\\n]|\\.|'')*'|\"(?:[^\"\\\n]|\\.)*\"|[^()'\"\n])*)\)")
_BETWEEN_TUPLES = lazy(r"[ \t]*,?\s*")
# a key=value pair of a log line (the value quoted or a bare word)
_PAIR = lazy(r"(?<![\w.\-])(?P<key>[A-Za-z_][\w.\-]{0,39})=(?P<value>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|[^\s\"']+)")
# a log key that gives a record's classification (`class=`, `classification=`, `marking=`)
_LOG_KEY = lazy(r"(?<![\w.\-])(?:\w*clas\w*|\w*marking\w*)=", re.IGNORECASE)
# a line of SQL syntax or a comment: markup
_SQL_MARKUP = compile_pattern(r"^[ \t]*(?:--.*|/\*.*|\*/.*|(?:DROP|CREATE|LOCK|UNLOCK|SET|USE|ALTER|PRIMARY|KEY|UNIQUE|ENGINE"
                   r"|INSERT|\)|`\w+`[ \t]+\w+)\b.*|\);?)[ \t]*$", re.IGNORECASE)
_LOG_MARKUP = compile_pattern(r"^[ \t]*#.*$")


def read_line_records(r: Reading) -> list[Portion] | None:
    """The records of an SQL dump or a key=value log as table rows, or None when the text is
    neither."""
    text = r.text
    if "VALUES" in text.upper() and _INSERT.search(text) is not None:
        return _sql(r)
    if "=" in text and finditer_near_words(_LOG_KEY.compiled, required_words(_LOG_KEY.pattern, _LOG_KEY.flags),
                                           text, r.text_in_any_case()):
        # (searched near each `=`: a scan with `\w*` at every word character is slow)
        return _log(r)
    return None


def _sql(r: Reading) -> list[Portion] | None:
    text = r.text
    spans: list[tuple[int, int]] = []
    portions: list[Portion] = []
    omitted = _omitted_markings(r, text)
    for insert in _INSERT.finditer(text):
        names = [name.strip().strip("`\"[]'") for name in insert.group("columns").split(",")]
        columns = marking_columns(r, names)
        table = _table_name(insert.group(0))
        if not columns and table in omitted:
            # (fix50g, adv196-025) the INSERT leaves out its table's marking column: every row takes the column's
            # DEFAULT (`classification varchar(32) DEFAULT 'SECRET'`), or is doubtful where it has none that reads
            first = len(portions)
            _default_rows(r, insert.end(), omitted[table], portions, spans)
            if len(portions) > first:  # (the statement's own words `INSERT INTO t (id, body) VALUES` go with its first row)
                portions[first] = replace(portions[first], start=insert.start(), body_start=insert.start(),
                                          mark_start=insert.start(), mark_end=insert.start())
                spans[first] = (insert.start(), spans[first][1])
            continue
        if not columns:
            continue
        releasability = releasability_columns(r, names)
        at = insert.end()
        while True:
            m = _TUPLE.match(text, at)
            if m is None:
                break
            values = next(csv.reader([m.group("body")], quotechar="'", escapechar="\\", skipinitialspace=True), [])
            marking, span = record_marking(r, values, columns, m.start(), m.end(), releasability=releasability)
            if marking is None:  # no classification value: doubtful, as a record that cannot be read
                marking = r.g.parse(" ")
            portions.append(Portion(start=m.start(), end=m.end(), body_start=m.start(), kind="table_row", number=None,
                                    marking=marking, explicit=True, mark_start=span[0], mark_end=span[1]))
            spans.append((m.start(), m.end()))
            at = _BETWEEN_TUPLES.match(text, m.end()).end()  # type: ignore[union-attr]
        if spans and text[at:at + 1] == ";":  # the statement's end is syntax, not text outside a record
            spans[-1] = (spans[-1][0], at + 1)
    if not portions:
        return None
    return sorted([*portions, *between_records(r, spans, _SQL_MARKUP)], key=lambda p: p.start)


# a CREATE TABLE's name and column list, and a column's DEFAULT value
_CREATE = lazy(r"\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?(?P<table>[`\"\w.\[\]]+)[ \t]*\(", re.IGNORECASE)
_DEFAULT = lazy(r"\bDEFAULT[ \t]+(?:N?'(?P<value>[^'\n]{0,40})'|(?P<bare>[A-Za-z]\w{0,20}))", re.IGNORECASE)


def _table_name(statement: str) -> str:
    """The table an INSERT INTO or CREATE TABLE names, without quotes or schema brackets, in lower case."""
    m = re.search(r"(?i)\b(?:INTO|TABLE)[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?(?P<name>[`\"\w.\[\]]+)", statement)
    return re.sub(r"[`\"\[\]]", "", m.group("name")).lower() if m else ""


def _omitted_markings(r: Reading, text: str) -> dict[str, object]:
    """(fix50g) Each CREATE TABLE with a marking column (`marking_columns`): what a row that leaves the column out is
    marked: a doubtful marking (review50b: the column's DEFAULT was read as the rows' marking at first, and released
    classified rows that an UPDATE, a trigger, an ALTER, a second CREATE or a later column marked higher). A DEFAULT of
    plain (U) adds nothing: those rows are read as main read them (never released by it)."""
    from .sql_level_columns import _column, _items_at
    found: dict[str, object] = {}
    for m in _CREATE.finditer(text):
        items, _ = _items_at(text, m.end() - 1)
        if not items:
            continue
        names = [_column(item) for item in items]
        for k in marking_columns(r, [n for n in names]):
            if not names[k]:
                continue
            d = _DEFAULT.search(items[k])
            value = (d.group("value") or d.group("bare") or "") if d is not None else ""
            marking = r.g.parse(value.strip().upper()) if value.strip() else None
            if marking is not None and marking.valid and marking.rank == 0 and not marking.controls \
                    and not marking.designations:
                break  # (`DEFAULT 'U'`: the rows are read as main read them)
            # (review50b) never the DEFAULT itself: an UPDATE, a trigger, an ALTER ... SET DEFAULT, a second CREATE or
            # another database's table, a later marking column or a comment can each mark the rows otherwise, and the
            # rows would count as explicitly marked under any banner; what a row omitting the column is marked
            # cannot be read exactly, so the rows are doubtful (withheld at every level)
            found[_table_name(m.group(0))] = r.g.parse(" ")
            break
    return found


def _default_rows(r: Reading, at: int, marking: object, portions: list[Portion], spans: list[tuple[int, int]]) -> None:
    """The tuples of an INSERT from `at` as records marked `marking` (its table's marking column's DEFAULT)."""
    text = r.text
    while True:
        m = _TUPLE.match(text, at)
        if m is None:
            break
        portions.append(Portion(start=m.start(), end=m.end(), body_start=m.start(), kind="table_row", number=None,
                                marking=marking, explicit=True, mark_start=m.start(), mark_end=m.start()))  # type: ignore[arg-type]
        spans.append((m.start(), m.end()))
        at = _BETWEEN_TUPLES.match(text, m.end()).end()  # type: ignore[union-attr]
    if spans and text[at:at + 1] == ";":
        spans[-1] = (spans[-1][0], at + 1)


def _log(r: Reading) -> list[Portion] | None:
    lines = [seg for seg in r.segs if not seg.blank]
    records = []
    for seg in lines:
        pairs = list(_PAIR.finditer(seg.text))
        if len(pairs) < 2:
            continue
        names = [p.group("key") for p in pairs]
        columns = [c for c in marking_columns(r, names) if _LOG_KEY.match(names[c] + "=")]
        if columns:
            records.append((seg, pairs, names, columns))
    # a log: most of its lines are records with a classification key (a memo that quotes one is not)
    if len(records) < 2 or 2 * len(records) < len(lines):
        return None
    portions: list[Portion] = []
    spans: list[tuple[int, int]] = []
    for seg, pairs, names, columns in records:
        values = [p.group("value").strip("\"'") for p in pairs]
        start = seg.start + len(seg.text) - len(seg.text.lstrip())
        marking, _ = record_marking(r, values, columns, start, seg.end)
        value = pairs[columns[0]]
        span = (seg.start + value.start("value"), seg.start + value.end("value"))
        portions.append(Portion(start=start, end=seg.end, body_start=start, kind="table_row", number=None,
                                marking=marking, explicit=marking is not None, mark_start=span[0], mark_end=span[1]))
        spans.append((start, seg.end))
    return sorted([*portions, *between_records(r, spans, _LOG_MARKUP)], key=lambda p: p.start)
