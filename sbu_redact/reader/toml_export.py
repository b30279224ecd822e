"""A TOML export whose tables each carry a marking key (fix51c, adv196-045):

    [[visit]]
    marking = "FOUO"
    release = "USA, AUS, CAN, GBR, NZL"
    note = "Visitors will see the engine room during the dry dock period"

Each table (from its `[name]` or `[[name]]` line to the next) is a record marked by its marking keys, read as a CSV
export's record is (`csv_export.marking_columns`, `record_marking`: a release key is a REL TO list, a value that
reads as no marking makes the record doubtful). A table with no marking key, the keys above the first table and the
comments are unmarked portions (with no banner they are withheld). A plain table (`[export]`) with a marking key is
the export's header, which governs its records as a JSON export's does (`json_export._header_marking`): such a text
is not read here (adv184-025).

Read only where the reading is exact: every line that is not blank is a table's line, a comment, or one key with
one value on its line (a multi-line string or array, anything else: the text is not read so); a comment or a key
above the first table that holds a level, control or release word (`reader_words.export_level_words`) leaves the
text unread; a table whose other keys or values hold one is doubtful (`release = "USA, GBR"`: a key that is no
release column the vocabulary names)."""
from __future__ import annotations

from ..document import Portion
from ..lazyre import lazy
from .csv_export import marking_columns, record_marking, releasability_columns
from .json_marked_strings import _says_a_level
from .state import Reading

_TABLE = lazy(r"[ \t]*\[\[?[ \t]*[A-Za-z_][\w.\-]{0,60}[ \t]*\]\]?[ \t]*(?:#[^\n]*)?")
_KEY = lazy(r"[ \t]*(?P<key>[A-Za-z_][\w\-]{0,40})[ \t]*=[ \t]*(?P<value>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|"
            r"[\w.:+\-]{1,40})[ \t]*(?:#[^\n]*)?")
_COMMENT = lazy(r"[ \t]*#[^\n]*")


def read_toml_export(r: Reading) -> list[Portion] | None:
    """The tables of a TOML export as records, or None when the text is not one read exactly."""
    text = r.text
    if "[" not in text or "=" not in text:
        return None
    lines = [s for s in r.segs if not s.blank]
    if not lines or not any(_TABLE.fullmatch(s.text) for s in lines):
        return None
    tables: list[list] = []  # [header seg, [(key, value, seg)]]
    loose: list = []  # the comments and the keys above the first table
    for seg in lines:
        if _TABLE.fullmatch(seg.text):
            tables.append([seg, []])
            continue
        key = _KEY.fullmatch(seg.text)
        if key is not None and tables:
            tables[-1][1].append((key.group("key"), _value(key.group("value")), seg))
        elif key is not None or _COMMENT.fullmatch(seg.text):
            if _says_a_level(r, seg.text):
                return None
            loose.append(seg)
        else:
            return None  # (a multi-line string or array, an inline table over lines: not read here)
    portions: list[Portion] = []
    marked = False
    for header, pairs in tables:
        names = [k for k, _, _ in pairs]
        values = [v for _, v, _ in pairs]
        columns = marking_columns(r, names)
        if columns and "[[" not in header.text:
            return None  # (a `[export]` table's marking is the export's header, which may govern the records: fix44b's rule, not read here)
        start, end = header.start, (pairs[-1][2].end if pairs else header.end)
        if not columns:
            portions.append(Portion(start=start, end=end, body_start=start, kind="paragraph", number=None,
                                    marking=None, explicit=False))
            continue
        marked = True
        marking, span = record_marking(r, values, columns, start, end,
                                       releasability=releasability_columns(r, names))
        others = [f"{names[k]} {v}" for k, v in enumerate(values) if k not in columns]
        if marking is None or any(_says_a_level(r, pair) for pair in others) or any("\\" in v for v in values):
            # (no value, a key or value that may state a level, a control or a release, `release = "..."`, or an escape
            # that may spell one, `"\\u0053ECRET"`: doubtful)
            marking, span = r.g.parse(" "), (start, start)
        portions.append(Portion(start=start, end=end, body_start=start, kind="table_row", number=None,
                                marking=marking, explicit=True, mark_start=span[0], mark_end=span[1]))
    if not marked:
        return None
    for seg in loose:
        start = seg.start + len(seg.text) - len(seg.text.lstrip())
        portions.append(Portion(start=start, end=seg.end, body_start=start, kind="paragraph", number=None,
                                marking=None, explicit=False))
    return sorted(portions, key=lambda p: p.start)


def _value(raw: str) -> str:
    """A key's value without its quotes."""
    return raw[1:-1] if raw[:1] in "\"'" else raw

