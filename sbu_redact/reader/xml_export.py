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
from typing import Callable

from ..lazyre import lazy
from ..document import Portion
from ..markings import Marking
from .csv_export import column_name, rel_to_list
from .state import Reading

_PREFIX = r"(?:[\w.-]+:)?"
_RECORD = lazy(r"<(?P<tag>" + _PREFIX + r"(?:record|item|entry|row|document|message|cable|portion|paragraph|para))"
               r"\b(?P<attrs>[^<>]*)>.*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
# a leaf element that carries its own classification attribute (an ISM-marked paragraph)
_MARKED_LEAF = lazy(r"<(?P<tag>[\w.:-]+)\b(?P<attrs>[^<>]*\bclassification\s*=\s*\"[^\"]*\"[^<>]*)>"
                    r"(?:[^<]|<!\[CDATA\[.*?\]\]>)*</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_CHILD = lazy(r"<(?P<tag>" + _PREFIX + r"classif\w*)\b(?P<attrs>[^<>]*?)(?:/>|>(?:<!\[CDATA\[)?(?P<value>[^<\]]*)"
              r"(?:\]\]>)?</(?P=tag)\s*>)", re.IGNORECASE)
_TAG = lazy(r"<[\w.:-]+\b(?P<attrs>[^<>]*)>")
# classification elements of the authority block, which hold no marking
_AUTHORITY = lazy(r"classif\w*(?:by|reason|authority|date|guide)$", re.IGNORECASE)
_ATTRIBUTE = lazy(r"\b" + _PREFIX + r"(?P<name>classification|level|caveats?|controls|dissem|"
                  r"disseminationControls|releasableTo)\s*=\s*\"(?P<value>[^\"]*)\"", re.IGNORECASE)


def read_xml_export(r: Reading) -> list[Portion] | None:
    """The records of an XML export as table rows, or None when the text is not one."""
    if not r.text.lstrip()[:1] == "<" or "lassif" not in r.text and "LASSIF" not in r.text:
        return None
    records = [m.span() for m in _RECORD.finditer(r.text) if re.search("classif", m.group(0), re.IGNORECASE)]
    if not records:
        records = [m.span() for m in _MARKED_LEAF.finditer(r.text)]
    if not records:
        records = _elements_marked_by_a_child(r)
    if not records:
        return None
    portions: list[Portion] = []
    for span in records:
        portions.extend(_record_portions(r, span))
    return portions + between_records(r, records, _MARKUP_LINE.compiled)


_ANY_TAG = lazy(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[?!][^<>]*>"
                r"|<(?P<close>/)?(?P<name>[\w.:-]+)\b[^<>]*?(?P<empty>/)?>", re.DOTALL)
# (Elements that hold a marking and nothing else, a `<security>` wrapper: the rules' `reader_words.xml_marking_element`)


def _elements_marked_by_a_child(r: Reading) -> list[tuple[int, int]]:
    """Records whose tag is not a known record name (`<report>`, `<article>`), found from their
    classification child element: the element it is a child of, or, when that holds only the
    marking (`<metadata><classification>S</classification></metadata>`), the element that
    holds it (and further up while that holds nothing else). Nested ones are part of the
    outermost."""
    text = r.text
    elements: list[list[int]] = []  # [start, end, parent, is classification]
    names: list[str] = []
    stack: list[int] = []
    for tag in _ANY_TAG.finditer(text):
        if tag.group("name") is None:
            continue
        local = tag.group("name").rsplit(":", 1)[-1]
        if tag.group("close"):
            while stack:
                k = stack.pop()
                elements[k][1] = tag.end()
                if names[k] == local:
                    break
            continue
        elements.append([tag.start(), tag.end(), stack[-1] if stack else -1,
                         int(re.fullmatch(r"classif\w*", local, re.IGNORECASE) is not None
                             and not _AUTHORITY.search(local))])
        names.append(local)
        if not tag.group("empty"):
            stack.append(len(elements) - 1)
    spans: set[tuple[int, int]] = set()
    for start, end, parent, marked in elements:
        if not marked or parent < 0 or not _strip_markup(text[start:end]).strip():
            continue
        record = parent
        while elements[record][2] >= 0 and _marking_only(r, elements[record], names, elements):
            record = elements[record][2]
        spans.add((elements[record][0], elements[record][1]))
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^<>]*>", "", text)


def _marking_only(r: Reading, element: list[int], names: list[str], elements: list[list[int]]) -> bool:
    """Whether an element holds nothing but marking elements (and markup)."""
    text, start, end = r.text, element[0], element[1]
    kept = []
    cursor = start
    for k, (s, e, _, _) in enumerate(elements):
        if start < s and e <= end and s >= cursor and r.g.xml_marking_element.fullmatch(names[k]):
            kept.append(text[cursor:s])
            cursor = e
    kept.append(text[cursor:end])
    return not _strip_markup("".join(kept)).strip()


# A line of markup only: tags with no text between them, the XML declaration, a comment.
_MARKUP_LINE = lazy(r"^[ \t]*(?:(?:<[^<>]*>|<!--.*?-->)[ \t]*)+$")


def between_records(r: Reading, spans: list[tuple[int, int]], markup: re.Pattern[str]) -> list[Portion]:
    """The lines outside the records: markup is a field; a line with text (a subject, a title
    outside any record) is an unmarked portion, so that it inherits rather than is released.
    On a line that a record shares (JSON lines, a one-line export), text outside the record
    that is not markup is an unmarked portion too."""
    portions: list[Portion] = []
    k = 0
    for seg in r.segs:
        while k < len(spans) and spans[k][1] <= seg.start:
            k += 1
        if seg.blank:
            continue
        if k < len(spans) and spans[k][0] < seg.end:
            portions.extend(_outside_records(r, seg.start, seg.end, spans[k:], markup))
            continue
        if markup.match(seg.text):
            r.field("markup", seg)
        else:
            start = seg.start + len(seg.text) - len(seg.text.lstrip())
            portions.append(Portion(start=start, end=seg.end, body_start=start, kind="paragraph", number=None,
                                    marking=None, explicit=False))
    return portions


# What is left of a line of syntax when keys, brackets, braces, commas and blanks are taken out.
_SYNTAX = lazy(r"\"[\w.:-]+\"[ \t]*:|<[^<>]*>|<!--.*?-->|[\s\[\]{},:]")


def _outside_records(r: Reading, start: int, end: int, spans: list[tuple[int, int]],
                     markup: re.Pattern[str]) -> list[Portion]:
    """The pieces of a line outside the records it shares with them, as unmarked portions
    (pieces of syntax only are left alone)."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for s, e in spans:
        if s >= end:
            break
        if s > cursor:
            pieces.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        pieces.append((cursor, end))
    portions = []
    for s, e in pieces:
        text = r.text[s:e]
        if not _SYNTAX.sub("", text) or markup.match(text):
            continue
        s += len(text) - len(text.lstrip())
        e -= len(text) - len(text.rstrip())
        portions.append(Portion(start=s, end=e, body_start=s, kind="paragraph", number=None,
                                marking=None, explicit=False))
    return portions


def _record_portions(r: Reading, record_span: tuple[int, int]) -> list[Portion]:
    """A record as one portion; elements inside it that carry their own classification (an
    annotation marked SECRET//NOFORN in an UNCLASSIFIED record) are portions of their own, and
    the rest of the record takes the record's marking."""
    record_start, record_end = record_span
    opened = r.text.index(">", record_start) + 1
    leaves = [leaf for leaf in _MARKED_LEAF.finditer(r.text, opened, record_end)]
    pieces: list[tuple[int, int, list[tuple[int, int]]]] = []  # (start, end, parts left out)
    if not leaves:
        pieces.append((record_start, record_end, []))
    else:
        own = (record_start, record_end, [(leaf.start(), leaf.end()) for leaf in leaves])
        cursor = record_start
        for leaf in leaves:
            if r.text[cursor:leaf.start()].strip():
                pieces.append((cursor, leaf.start(), own[2]))
            pieces.append((leaf.start(), leaf.end(), []))
            cursor = leaf.end()
        if r.text[cursor:record_end].strip():
            pieces.append((cursor, record_end, own[2]))
    portions = []
    for start, end, left_out in pieces:
        # a piece of the record outside its marked elements reads the record's own marking
        scope = (record_start, record_end) if left_out else (start, end)
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
        if _AUTHORITY.search(child.group("tag")):
            continue  # `<classifiedBy>J. Smith</classifiedBy>` names who classified, not how
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
    markings.extend(_releasability(r, scope, outside, markings))
    doubtful = next((m for m in markings if not m.valid), None)
    return (doubtful if doubtful is not None else r.g.rollup(markings)), (found[0][1], found[0][2])


# a leaf element and its text: `<releasability>USA, JPN, KOR</releasability>`
_LEAF = lazy(r"<(?P<tag>" + _PREFIX + r"(?P<local>[\w.-]+))\b[^<>/]*>(?P<value>[^<]*)</(?P=tag)\s*>")


def _releasability(r: Reading, scope: tuple[int, int], outside: Callable[[int], bool],
                   markings: list[Marking]) -> list[Marking]:
    """The record's releasability elements (`<releasability>`, `<releasableTo>`: the names of
    `record_releasability_columns`) as REL TO lists at the record's level; one that cannot be
    read makes the record doubtful."""
    vocabulary = r.g.vocabulary
    known = vocabulary.record_releasability_columns
    level = next((m.banner() for m in markings if m.valid and m.level is not None), None)
    found = []
    for leaf in _LEAF.finditer(r.text, *scope):
        # `releasableTo` and `releasable_to` are the column `releasable to`
        name = column_name(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", leaf.group("local")))
        value = html.unescape(leaf.group("value")).strip()
        if name not in known or not value or not outside(leaf.start()) or value.upper() in vocabulary.releasable_to_all:
            continue
        found.append(r.g.parse(f"{level or 'UNCLASSIFIED'}//{rel_to_list(value)}"))
    return found


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
