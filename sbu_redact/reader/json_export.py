"""A JSON export (an array of records, JSON lines, or one message whose paragraphs are objects)
whose objects carry a classification key (`"classification": "SECRET//NOFORN"`, `"cls": "C"`,
`"portion": "S//NF"`, with `"dissemination": ["NOFORN"]` or `"releasableTo"` beside it): each
innermost object with one is a portion marked by it (doubtful when it reads as none); the rest
is markup (a field) or, where it holds text, an unmarked portion."""
from __future__ import annotations

import json
import re

from ..document import Portion
from .state import Reading
from .xml_export import between_records

_KEY = r"\"(?P<key>classification|classif\w*|class|cls|portion(?:_?mark(?:ing)?)?|marking|level)\""
_CLASSIFICATION = re.compile(_KEY + r"\s*:\s*\"(?P<value>[^\"]*)\"", re.IGNORECASE)
_CONTROLS = re.compile(r"\"(?P<key>dissem\w*|caveats?|controls|releasable_?to)\"\s*:\s*"
                       r"(?:\"(?P<value>[^\"]*)\"|\[(?P<values>[^\[\]]*)\])", re.IGNORECASE)
_INNERMOST = re.compile(r"\{(?:[^{}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\}")
# A line of syntax only: brackets, braces, commas, or a key that opens an object or array.
_SYNTAX_LINE = re.compile(r"^[ \t]*(?:[\[\]{},]+|\"[\w.-]+\"[ \t]*:[ \t]*[\[{]?)[ \t]*,?[ \t]*$")


def read_json_export(r: Reading) -> list[Portion] | None:
    """The records of a JSON export as table rows, or None when the text is not one."""
    head = r.text.lstrip()[:1]
    if head not in ("{", "[") or not _CLASSIFICATION.search(r.text) or not _is_json(r.text):
        return None
    portions: list[Portion] = []
    spans: list[tuple[int, int]] = []
    for m in _INNERMOST.finditer(r.text):
        found = _CLASSIFICATION.search(m.group(0))
        if found is None:
            continue
        value = found.group("value").strip()
        for control in _CONTROLS.finditer(m.group(0)):
            items = control.group("value") or " ".join(re.findall(r"\"([^\"]*)\"", control.group("values") or ""))
            if control.group("key").lower().startswith("releasable"):
                value += "//REL TO " + ", ".join(items.split())
            elif items.strip():
                value += "//" + "/".join(items.split())
        marking = r.g.parse(value) if value else None
        start = m.start() + found.start("value")
        portions.append(Portion(start=m.start(), end=m.end(), body_start=m.start(), kind="table_row", number=None,
                                marking=marking, explicit=marking is not None,
                                mark_start=start, mark_end=start + len(found.group("value"))))
        spans.append((m.start(), m.end()))
    if not portions:
        return None
    return portions + between_records(r, spans, _SYNTAX_LINE)


def _is_json(text: str) -> bool:
    """A JSON document or JSON lines."""
    try:
        json.loads(text)
        return True
    except ValueError:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            return bool(lines) and all(isinstance(json.loads(line), (dict, list)) for line in lines)
        except ValueError:
            return False
