"""An XML export of records (a tracking system's `<record>`, `<item>`, `<message>` elements)
whose classification is a child element (`<classification>SECRET//NOFORN</classification>`) or
an attribute (`<classification level="C" caveats="NF"/>`, `<record classification="U">`): each
record is a portion with that marking, doubtful when it reads as none, unmarked when it has
none. The markup around the records is a field."""
from __future__ import annotations

import html
import re

from ..document import Portion
from ..markings import Marking
from .state import Reading

_RECORD = re.compile(r"<(?P<tag>record|item|entry|row|document|message|cable|portion|paragraph)\b(?P<attrs>[^<>]*)>"
                     r".*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_CHILD = re.compile(r"<classification\b(?P<attrs>[^<>]*?)(?:/>|>(?P<value>[^<]*)</classification\s*>)", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"\b(?P<name>classification|level|caveats?|controls|dissem)\s*=\s*\"(?P<value>[^\"]*)\"",
                        re.IGNORECASE)


def read_xml_export(r: Reading) -> list[Portion] | None:
    """The records of an XML export as table rows, or None when the text is not one."""
    head = r.text.lstrip()[:200]
    if not head.startswith("<") or "lassification" not in r.text:
        return None
    records = [m for m in _RECORD.finditer(r.text) if "lassification" in m.group(0)]
    if not records:
        return None
    portions: list[Portion] = []
    for m in records:
        marking, span = _record_marking(r, m)
        portions.append(Portion(start=m.start(), end=m.end(), body_start=m.start(), kind="table_row", number=None,
                                marking=marking, explicit=marking is not None, mark_start=span[0], mark_end=span[1]))
    k = 0
    for seg in r.segs:  # the markup between records (the XML declaration, the root element)
        while k < len(records) and records[k].end() <= seg.start:
            k += 1
        inside = k < len(records) and records[k].start() < seg.end
        if not seg.blank and not inside:
            r.field("markup", seg)
    return portions


def _record_marking(r: Reading, record: re.Match[str]) -> tuple[Marking | None, tuple[int | None, int | None]]:
    child = _CHILD.search(record.group(0))
    if child is not None and child.group("value") is not None and child.group("value").strip():
        value = html.unescape(child.group("value")).strip()
        start = record.start() + child.start("value")
        return r.g.parse(value), (start, start + len(child.group("value")))
    attributes = child.group("attrs") if child is not None else record.group("attrs")
    offset = record.start() + (child.start("attrs") if child is not None else record.start("attrs") - record.start())
    found = {a.group("name").lower(): a for a in _ATTRIBUTE.finditer(attributes)}
    level = found.get("classification") or found.get("level")
    if level is None or not level.group("value").strip():
        return None, (None, None)
    controls = [html.unescape(a.group("value")).strip() for k, a in found.items()
                if k not in ("classification", "level") and a.group("value").strip()]
    value = "//".join([html.unescape(level.group("value")).strip(), *controls])
    return r.g.parse(value), (offset + level.start("value"), offset + level.end("value"))
