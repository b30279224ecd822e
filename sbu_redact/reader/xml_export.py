"""An XML export of records (a tracking system's `<record>`, `<item>`, `<ns2:item>` elements, or
the paragraphs of an ISM-marked report) whose classification is a child element
(`<classification>SECRET//NOFORN</classification>`, `<classif>C</classif>`) or attributes
(`classification="U"`, `<classification level="C" caveats="NF"/>`, `ism:classification="S"
ism:disseminationControls="NF" ism:releasableTo="USA AUS"`): each record is a portion with the
most restrictive marking found anywhere in it (a nested annotation included), doubtful when
one reads as none, unmarked when it has none. The markup around the records is a field; text
outside them is unmarked."""
from __future__ import annotations

import html
import re

from ..document import Portion
from ..markings import Marking
from .state import Reading

_PREFIX = r"(?:[\w.-]+:)?"
_RECORD = re.compile(r"<(?P<tag>" + _PREFIX + r"(?:record|item|entry|row|document|message|cable|portion|paragraph|para))"
                     r"\b(?P<attrs>[^<>]*)>.*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
# a leaf element that carries its own classification attribute (an ISM-marked paragraph)
_MARKED_LEAF = re.compile(r"<(?P<tag>[\w.:-]+)\b(?P<attrs>[^<>]*\bclassification\s*=\s*\"[^\"]*\"[^<>]*)>"
                          r"(?:[^<]|<!\[CDATA\[.*?\]\]>)*</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_CHILD = re.compile(r"<(?P<tag>" + _PREFIX + r"classif\w*)\b(?P<attrs>[^<>]*?)(?:/>|>(?:<!\[CDATA\[)?(?P<value>[^<\]]*)"
                    r"(?:\]\]>)?</(?P=tag)\s*>)", re.IGNORECASE)
_TAG = re.compile(r"<[\w.:-]+\b(?P<attrs>[^<>]*)>")
_ATTRIBUTE = re.compile(r"\b" + _PREFIX + r"(?P<name>classification|level|caveats?|controls|dissem|"
                        r"disseminationControls|releasableTo)\s*=\s*\"(?P<value>[^\"]*)\"", re.IGNORECASE)


def read_xml_export(r: Reading) -> list[Portion] | None:
    """The records of an XML export as table rows, or None when the text is not one."""
    if not r.text.lstrip()[:1] == "<" or "lassif" not in r.text and "LASSIF" not in r.text:
        return None
    records = [m for m in _RECORD.finditer(r.text) if re.search("classif", m.group(0), re.IGNORECASE)]
    if not records:
        records = list(_MARKED_LEAF.finditer(r.text))
    if not records:
        return None
    portions: list[Portion] = []
    for m in records:
        portions.extend(_record_portions(r, m))
    return portions + between_records(r, [(m.start(), m.end()) for m in records], _MARKUP_LINE)


# A line of markup only: tags with no text between them, the XML declaration, a comment.
_MARKUP_LINE = re.compile(r"^[ \t]*(?:(?:<[^<>]*>|<!--.*?-->)[ \t]*)+$")


def between_records(r: Reading, spans: list[tuple[int, int]], markup: re.Pattern[str]) -> list[Portion]:
    """The lines outside the records: markup is a field; a line with text (a subject, a title
    outside any record) is an unmarked portion, so that it inherits rather than is released."""
    portions: list[Portion] = []
    k = 0
    for seg in r.segs:
        while k < len(spans) and spans[k][1] <= seg.start:
            k += 1
        if seg.blank or k < len(spans) and spans[k][0] < seg.end:
            continue
        if markup.match(seg.text):
            r.field("markup", seg)
        else:
            start = seg.start + len(seg.text) - len(seg.text.lstrip())
            portions.append(Portion(start=start, end=seg.end, body_start=start, kind="paragraph", number=None,
                                    marking=None, explicit=False))
    return portions


def _record_portions(r: Reading, record: re.Match[str]) -> list[Portion]:
    """A record as one portion; elements inside it that carry their own classification (an
    annotation marked SECRET//NOFORN in an UNCLASSIFIED record) are portions of their own, and
    the rest of the record takes the record's marking."""
    opened = r.text.index(">", record.start()) + 1
    leaves = [leaf for leaf in _MARKED_LEAF.finditer(r.text, opened, record.end())]
    pieces: list[tuple[int, int, list[tuple[int, int]]]] = []  # (start, end, parts left out)
    if not leaves:
        pieces.append((record.start(), record.end(), []))
    else:
        own = (record.start(), record.end(), [(leaf.start(), leaf.end()) for leaf in leaves])
        cursor = record.start()
        for leaf in leaves:
            if r.text[cursor:leaf.start()].strip():
                pieces.append((cursor, leaf.start(), own[2]))
            pieces.append((leaf.start(), leaf.end(), []))
            cursor = leaf.end()
        if r.text[cursor:record.end()].strip():
            pieces.append((cursor, record.end(), own[2]))
    portions = []
    for start, end, left_out in pieces:
        # a piece of the record outside its marked elements reads the record's own marking
        scope = (record.start(), record.end()) if left_out else (start, end)
        marking, span = _record_marking(r, scope, left_out)
        portions.append(Portion(start=start, end=end, body_start=start, kind="table_row", number=None,
                                marking=marking, explicit=marking is not None, mark_start=span[0], mark_end=span[1]))
    return portions


def _record_marking(r: Reading, scope: tuple[int, int],
                    left_out: list[tuple[int, int]]) -> tuple[Marking | None, tuple[int | None, int | None]]:
    """The most restrictive of the markings in `scope` outside `left_out` (doubtful if one reads
    as none) and the span of the first."""
    found: list[tuple[str, int, int]] = []  # (value, start, end) in the text

    def outside(at: int) -> bool:
        return not any(s <= at < e for s, e in left_out)

    for child in _CHILD.finditer(r.text, *scope):
        if child.group("value") is not None and child.group("value").strip() and outside(child.start()):
            found.append((html.unescape(child.group("value")).strip(), child.start("value"), child.end("value")))
    for tag in _TAG.finditer(r.text, *scope):
        if not outside(tag.start()):
            continue
        attributes = {a.group("name").lower(): a for a in _ATTRIBUTE.finditer(tag.group("attrs"))}
        level = attributes.get("classification") or attributes.get("level")
        if level is None or not level.group("value").strip():
            continue
        offset = tag.start("attrs")
        found.append((_attribute_marking(attributes), offset + level.start("value"), offset + level.end("value")))
    if not found:
        return None, (None, None)
    markings = [r.g.parse(value) for value, _, _ in found]
    doubtful = next((m for m in markings if not m.valid), None)
    return (doubtful if doubtful is not None else r.g.rollup(markings)), (found[0][1], found[0][2])


def _attribute_marking(attributes: dict[str, re.Match[str]]) -> str:
    """`classification="C" disseminationControls="REL" releasableTo="USA AUS"` as `C//REL TO USA, AUS`."""
    def value(name: str) -> str:
        return html.unescape(attributes[name].group("value")).strip() if name in attributes else ""

    parts = [value("classification") or value("level")]
    countries = value("releasableto").split()
    controls = [c for name in ("caveats", "caveat", "controls", "dissem", "disseminationcontrols")
                for c in value(name).replace("//", " ").split() if not (c == "REL" and countries)]
    if controls:
        parts.append("/".join(controls))
    if countries:
        parts.append("REL TO " + ", ".join(countries))
    return "//".join(parts)
