"""A YAML export (a reporting tool's records as a list of mappings) whose records carry a
classification key (`classification: SECRET//NOFORN`, `cls: C`, with `releasable_to:` or
`dissemination:` beside it): each list item that holds one is a portion marked by it, its text
in plain or block scalars (`text: >-` and the lines under it) included. A key whose value reads
as no marking makes its record doubtful. The lines outside the records are markup (`notes:`) or
unmarked portions (a comment, a title)."""
from __future__ import annotations

import functools
import re

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .csv_export import column_name, marking_columns, record_marking, releasability_columns
from .state import Reading
from .xml_export import between_records

# A line of syntax only: a key that opens a mapping or sequence, a document marker.
_SYNTAX_LINE = compile_pattern(r"^[ \t]*(?:-[ \t]*)?(?:[\w.\-]+[ \t]*:[ \t]*|---|\.\.\.)[ \t]*$")
# A key line: indent, an optional list dash, the key, the value.
_KEY_LINE = compile_pattern(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[\w][\w .\-]{0,39}?)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
# (A key that gives a record's classification: the rules' `reader_words.yaml_classification_key`)


@functools.lru_cache(maxsize=8)
def _marked_key_line(names: tuple[str, ...]) -> re.Pattern[str]:
    """An indented line (in a list item) that gives a record's classification."""
    extra = "".join("|" + re.escape(name).replace(r"\ ", "[ _]?") for name in names)
    return compile_pattern(r"\n[ \t]*(?:-[ \t]+)?[ \t]*(?:[\w]*clas\w*|\w*marking\w*" + extra + r")[ \t]*:[ \t]*\S",
                           re.IGNORECASE)


def read_yaml_export(r: Reading) -> list[Portion] | None:
    """The records of a YAML export as table rows, or None when the text is not one."""
    text = r.text
    if "\n- " not in text and "\n  - " not in text or "{" in text[:1] or "[" in text[:1]:
        return None  # (a record is a list item; JSON is read as JSON)
    if _marked_key_line(tuple(r.g.vocabulary.record_marking_columns)).search(text) is None:
        return None
    import yaml  # (only here: reading a document that is no YAML export loads no YAML parser)

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)
    except yaml.YAMLError:
        return None
    if not isinstance(data, (dict, list)):
        return None
    segs = r.segs
    keys: list[tuple[int, int, str, str]] = []  # (segment index, key indent, key, value)
    items: list[tuple[int, int]] = []  # (segment index, dash indent)
    for i, seg in enumerate(segs):
        if seg.blank or seg.stripped.startswith("#"):
            continue
        m = _KEY_LINE.match(seg.text)
        if m is None:
            continue
        indent = len(m.group("indent"))
        if m.group("dash"):
            items.append((i, indent))
            indent += len(m.group("dash"))
        keys.append((i, indent, m.group("key").strip().lower(), (m.group("value") or "").strip()))
    records: dict[int, list[tuple[int, int, str, str]]] = {}  # item index -> its keys
    for key in keys:
        i, indent, _, _ = key
        item = next((k for k in range(len(items) - 1, -1, -1) if items[k][0] <= i and items[k][1] < indent), None)
        if item is not None and _in_item(segs, items[item], i):
            records.setdefault(item, []).append(key)
    spans: dict[int, tuple[int, int]] = {}
    marked: dict[int, tuple[Marking | None, tuple[int | None, int | None]]] = {}
    for item, item_keys in records.items():
        names = [name for _, _, name, _ in item_keys]
        columns = marking_columns(r, names)
        if not any(r.g.yaml_classification_key.match(names[c]) or column_name(names[c]) in r.g.vocabulary.record_marking_columns
                   for c in columns):
            continue  # no classification key: not a record (its controls alone do not mark it)
        start_index, dash_indent = items[item]
        last = _item_end(segs, start_index, dash_indent)
        seg = segs[start_index]
        start = seg.start + dash_indent
        spans[item] = (start, segs[last].end)
        values = [_value(segs, i, indent, value) for i, indent, _, value in item_keys]
        releasability = releasability_columns(r, names)
        marked[item] = record_marking(r, values, columns, start, segs[last].end, releasability=releasability)
    if not spans:
        return None
    portions: list[Portion] = []
    ordered = sorted(spans, key=lambda k: spans[k])
    for item in ordered:
        start, end = spans[item]
        inner = sorted(s for k, s in spans.items() if k != item and start <= s[0] and s[1] <= end and s != (start, end))
        marking, (mark_start, mark_end) = marked[item]
        cursor = start
        for s, e in [*inner, (end, end)]:
            piece_end = r.text.rfind("\n", cursor, s) if s < end else end
            if s < end and piece_end < cursor:
                piece_end = cursor
            if piece_end > cursor and r.text[cursor:piece_end].strip():
                portions.append(Portion(start=cursor, end=piece_end, body_start=cursor, kind="table_row", number=None,
                                        marking=marking, explicit=marking is not None,
                                        mark_start=mark_start, mark_end=mark_end))
            cursor = max(cursor, e)
    outer = [spans[k] for k in ordered
             if not any(o != spans[k] and o[0] <= spans[k][0] and spans[k][1] <= o[1] for o in spans.values())]
    return sorted(portions, key=lambda p: p.start) + between_records(r, outer, _SYNTAX_LINE)


def _in_item(segs, item: tuple[int, int], index: int) -> bool:  # type: ignore[no-untyped-def]
    """Is line `index` inside the list item that starts at `item` (no line between them at or
    left of the item's dash)?"""
    start, dash = item
    return all(segs[k].blank or segs[k].stripped.startswith("#")
               or len(segs[k].text) - len(segs[k].text.lstrip(" \t")) > dash for k in range(start + 1, index + 1))


def _item_end(segs, start: int, dash: int) -> int:  # type: ignore[no-untyped-def]
    """The last line (index) of the list item that starts at line `start` with its dash at `dash`."""
    last = start
    for k in range(start + 1, len(segs)):
        seg = segs[k]
        if seg.blank:
            continue
        if len(seg.text) - len(seg.text.lstrip(" \t")) <= dash:
            break
        last = k
    return last


def _value(segs, index: int, indent: int, value: str) -> str:  # type: ignore[no-untyped-def]
    """A key's value: inline (without quotes), or the lines under it (a block scalar)."""
    if value and value[0] not in "|>":
        return value.strip("\"'")
    lines = []
    for k in range(index + 1, len(segs)):
        seg = segs[k]
        if not seg.blank and len(seg.text) - len(seg.text.lstrip(" \t")) <= indent:
            break
        lines.append(seg.stripped)
    return " ".join(line for line in lines if line)
