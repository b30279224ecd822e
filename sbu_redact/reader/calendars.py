"""The properties of an iCalendar or vCard export (issue 8, round 118): `BEGIN:VCALENDAR` ... `BEGIN:VTODO`,
`SUMMARY:(U) ...`, `DESCRIPTION:...`, `COMMENT:...`, each property on a line of its own, folded onto lines
that open with a blank.

A property is text of its own: a `DESCRIPTION` or `COMMENT` under a `SUMMARY:(U) ...` is no continuation of
that summary, and its folded lines are the property's, not the next portion's. So `calendar_properties`
reads a file made only of properties (before inheritance, `evidence.inherit`) one property at a time, and
each line of a property's value (its lines are parted by escaped breaks, `\\n`) as a portion of its own:
- a line that opens with a portion mark (`DESCRIPTION:(C) The minister ...`, `...\\n(SBU) The code ...`) is
  a portion marked by it, its folded lines included;
- the others are unmarked portions, which take the level of the calendar (fail closed; with no level at
  all, they are doubtful and withheld).
The calendar's level: a level or control in capitals in the value of a property that names or describes the
calendar, the address book or a component as a whole (`X-WR-CALNAME:POL Tasks - CONFIDENTIAL`,
`CATEGORIES:SECRET//NOFORN`), which is evidence that the file holds text of that level (as a level stated in
words is: `evidence.take_words_evidence`). iCalendar's own `CLASS:CONFIDENTIAL` is an access class, not a
marking, and names no level. Which properties name the calendar, and the words, are vocabulary
(`structure` of rules/markings.yaml: `calendar_level_properties`, `calendar_level`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Portion
from .portions import make_portion
from .segments import Segment
from .state import Reading

# a content line's name (after a vCard's group, `item1.EMAIL`), its parameters, the colon before its value
_PROPERTY = re.compile(r"(?:[A-Za-z0-9\-]{1,20}\.)?(?P<name>[A-Za-z][A-Za-z0-9\-]{0,40})(?:;(?:[^:\n\"]|\"[^\"\n]*\")*)?:")
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\[nN]")  # (a line break inside a value, escaped: `\n`)
_BEGIN = re.compile(r"BEGIN:(?:VCALENDAR|VCARD)\b", re.IGNORECASE)


def calendar_properties(r: Reading, portions: list[Portion]) -> list[Portion]:
    """The portions of an iCalendar or vCard file, property by property and line by line of each value, and
    the calendar's level taken as evidence (module docstring); `portions` for any other file."""
    text = r.text
    head = text.lstrip()[:16]
    if not head[:6].upper() == "BEGIN:" or _BEGIN.match(head) is None:
        return portions
    props: list[tuple[int, int, int]] = []  # (line start, value start, property end)
    names: list[str] = []
    for seg in r.segs:
        if seg.start > 0 and text[seg.start - 1] != "\n":
            continue  # (a piece of a collapsed line)
        line = seg.text
        if line[:1] in (" ", "\t"):
            if props:
                props[-1] = (props[-1][0], props[-1][1], seg.end)  # a folded line: the property goes on
            continue
        m = _PROPERTY.match(line)
        if m is None:
            if seg.blank:
                continue
            return portions  # (not a calendar's line: the file is read as the layout read it)
        props.append((seg.start, seg.start + m.end(), seg.end))
        names.append(m.group("name").upper())
    for name, (_, value, end) in zip(names, props):
        if name in r.g.calendar_level_properties:
            _take_level(r, name, value, end)
    out = [p for p in portions if p.end <= props[0][0]] if props else portions  # (nothing is before the first)
    for first, value, end in props:
        values = _value_portions(r, value, end)
        if values:  # (the property's name and parameters are its first value line's: `ORGANIZER;CN="Sato, Emi":`)
            values[0] = replace(values[0], start=first)
        out.extend(values)
    return out


def _value_portions(r: Reading, value: int, end: int) -> list[Portion]:
    """The portions of one property's value `value:end`: one for each of its lines (`\\n` escapes in it), each
    marked by the mark it opens with or unmarked."""
    text = r.text
    out: list[Portion] = []
    starts = [value, *(m.end() for m in _ESCAPED_BREAK.finditer(text, value, end))]
    for k, lo in enumerate(starts):
        hi = starts[k + 1] - 2 if k + 1 < len(starts) else end
        while lo < hi and text[lo] in " \t\n":
            lo += 1
        hi = _content_end(text, lo, hi)
        if hi <= lo:
            continue
        line_end = text.find("\n", lo, hi)
        seg = Segment(lo, hi if line_end < 0 else line_end, text[lo:hi if line_end < 0 else line_end])
        markm = r.marks.mark_lead(seg)
        if markm is not None and not markm.group("mark"):
            markm = None
        out.append(make_portion(r, seg, markm, hi, "paragraph", None))
    return out


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _take_level(r: Reading, name: str, start: int, end: int) -> None:
    """A level in capitals in the value of a property that names the calendar or a component (module
    docstring), read as evidence of the file's level (its folded lines joined)."""
    value = re.sub(r"\n[ \t]", "", r.text[start:end])
    m = r.g.calendar_level.search(value)
    if m is None:
        return
    marking = r.g.parse(m.group(0))
    if marking.level is None:
        return
    r.witness("classification_in_words", marking, start, end)
    r.problem("CLASSIFICATION_IN_WORDS", "warning",
              f"'{m.group(0)}' names the level of the calendar or its component ({name}); unmarked properties "
              f"are treated as at least {marking.level}", start, end)
