"""A JSON export (an array of records, JSON lines, or one message whose paragraphs are objects)
whose objects carry a classification key (`"classification": "SECRET//NOFORN"`, `"cls": "C"`,
`"portion": "S//NF"`, with `"dissemination": ["NOFORN"]` or `"releasableTo"` beside it): each
innermost object with one is a portion marked by it (doubtful when it reads as none). An object
that holds only the marking (`"security": {"classification": "SECRET", "controls": ["NOFORN"]}`)
marks the record it is a field of: the record is the portion (less any records nested in it,
which keep their own marks). The rest is markup (a field) or, where it holds text, an unmarked
portion."""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field

from ..lazyre import compile_pattern, lazy
from ..document import Portion
from ..markings import Grammar, Marking
from .document_controls import banner_label, classification_label
from .marks import mark_inner
from .state import Reading
from .xml_export import between_records


@functools.lru_cache(maxsize=8)
def _classification_key(g: Grammar) -> re.Pattern[str]:
    """The classification key of an object (the rules' `reader_words.json_classification_key`), with the names
    of `record_marking_columns` (`pm`; a blank in a name may be written as `_` or nothing: `portionMark`), whose
    value must be shaped like a marking (`"pm": "3:30"` is a time); once per rules."""
    key = r"\"(?P<key>(?:" + g.vocabulary.reader_words.json_classification_key.pattern + ")"
    names = g.vocabulary.record_marking_columns
    if not names:
        return compile_pattern(key + r")\"\s*:\s*\"(?P<value>[^\"]*)\"", re.IGNORECASE)
    extra = "|".join(re.escape(name).replace(r"\ ", "[ _]?") for name in names)
    return compile_pattern(key + r"|(?:" + extra + r")(?=\"\s*:\s*\"[A-Za-z][A-Za-z/ ,\-]{0,59}\"))\""
                           r"\s*:\s*\"(?P<value>[^\"]*)\"", re.IGNORECASE)


# (the keys of controls beside a classification, `"dissemination": ["NOFORN"]`, and the keys of an object that holds a
# marking and nothing else, a `security` field of a record: the rules' `reader_words.json_controls`, `json_marking_key`)
_OBJECT_KEY = lazy(r"\"(?P<key>(?:[^\"\\]|\\.)*)\"\s*:")
# A line of syntax only: brackets, braces, commas, or a key that opens an object or array.
_SYNTAX_LINE = lazy(r"^[ \t]*(?:[\[\]{},]+|\"[\w.-]+\"[ \t]*:[ \t]*[\[{]?)[ \t]*,?[ \t]*$")


@dataclass
class _Container:
    """An object or array of the text: where it is and what holds it."""

    kind: str  # "{" or "["
    start: int
    parent: int | None  # index of the container that holds it (None at the top)
    end: int = -1
    children: list[int] = field(default_factory=list)


def read_json_export(r: Reading) -> list[Portion] | None:
    """The records of a JSON export as table rows, or None when the text is not one."""
    head = r.text.lstrip()[:1]
    key = _classification_key(r.g)
    if head not in ("{", "[") or not key.search(r.text) or not _is_json(r.text):
        return None
    containers = _containers(r.text)
    # record span -> [(marking, mark start, mark end)]
    records: dict[tuple[int, int], list[tuple[Marking | None, int, int]]] = {}
    for index, c in enumerate(containers):
        if c.kind != "{" or c.end < 0 or any(containers[k].kind == "{" for k in _descendants(containers, index)):
            continue  # innermost objects only
        found, value = _marking_of(r, r.text[c.start:c.end], key)
        if found is None:
            continue
        marking = r.g.parse(value) if value else None
        start = c.start + found.start("value")
        record = _record_of(r, containers, index)
        records.setdefault((containers[record].start, containers[record].end), []).append(
            (marking, start, start + len(found.group("value"))))
    if not records:
        return None
    header, governed = _header_marking(r, containers, records, key)
    portions: list[Portion] = []
    spans = sorted(records)
    for span in spans:
        marks = records[span]
        markings = [m for m, _, _ in marks if m is not None]
        if header is not None and span in governed and (header.rank > 0 or any(m is not None for m, _, _ in marks)):
            markings.append(header)  # (fix44b) the export's header governs the record: its own key only raises
        # (review45s j01-j12) a record with an EMPTY key under a header that is not classified (`U//FOUO`, `CUI`,
        # `REL TO USA, GBR`, often beside a SECRET sibling: the header is stale) takes no level from it: main's
        # reading of a record that states nothing stands (withheld as doubtful); only a classified header raises it
        doubtful = next((m for m in markings if not m.valid), None)
        marking = doubtful if doubtful is not None else r.g.rollup(markings) if markings else None
        _, mark_start, mark_end = marks[0]
        inner = [s for s in spans if s != span and span[0] <= s[0] and s[1] <= span[1]]
        for start, end, at, after, paragraph in _marked_paragraphs(r, span, inner):
            portions.append(Portion(start=start, end=end, body_start=after, kind="paragraph", number=None,
                                    marking=paragraph, explicit=True, mark_start=at, mark_end=after))
            inner.append((start, end))
        for start, end in _pieces(r.text, span, inner):
            portions.append(Portion(start=start, end=end, body_start=start, kind="table_row", number=None,
                                    marking=marking, explicit=marking is not None,
                                    mark_start=mark_start, mark_end=mark_end))
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return sorted(portions, key=lambda p: p.start) + between_records(r, outer, _SYNTAX_LINE.compiled)


def _header_marking(r: Reading, containers: list[_Container],
                    records: dict[tuple[int, int], list[tuple[Marking | None, int, int]]],
                    key: re.Pattern[str]) -> tuple[Marking | None, set[tuple[int, int]]]:
    """(fix44b, adv175-028) The marking an export's HEADER states, and the record spans it governs. A header is
    an object no element of any array (a member of another object, `"header": {"classification": "SECRET//NOFORN"}`,
    `"_meta": {...}` on a JSON line, `"metadata": {"banner": "TOP SECRET//NOFORN"}`, or the top-level object's own
    key, `{"classification": "SECRET", "records": [...]}`) whose own keys state a valid marking: every
    classification or banner key of it counts (fix44f, adv178-012: a `classified_by` value that reads as no marking
    hides no `banner` beside it), and an object that holds only its marking is a header too though it marks the
    object above it (fix44f, review44ab j02). The records it governs are every other marked record of the text
    (nested or not). A record's own `"level": "U"` never lowers what the header states: the header's marking is
    rolled up with the record's (only raising; a header that reads as no valid marking governs nothing here, and is
    withheld as main reads it)."""
    heads: list[tuple[int, int]] = []
    stated: list[Marking] = []
    spans = set(records)
    for k, c in enumerate(containers):
        if c.kind != "{" or c.end < 0:
            continue
        if c.parent is None and (c.start, c.end) in spans:
            continue  # (a JSON line that is a record of its own: its key marks it)
        if any(containers[a].kind == "[" for a in _ancestors(containers, k)):
            continue
        objects = any(containers[d].kind == "{" for d in _descendants(containers, k))
        found = _stated(r, _own(r.text, containers, k) if objects else r.text[c.start:c.end], key)
        if not found:
            continue
        stated.extend(found)
        holds = any(s != (c.start, c.end) and c.start <= s[0] and s[1] <= c.end for s in spans)
        heads.append((c.start, c.start) if holds else (c.start, c.end))
    if not heads or not stated:
        return None, set()
    header = r.g.rollup(stated)
    if header is None or not (header.rank > 0 or header.controls):
        return None, set()
    governed = {span for span in records if span not in heads
                and not any(h[0] <= span[0] and span[1] <= h[1] for h in heads)
                and not any(span[0] <= h[0] and h[1] <= span[1] and h[0] < h[1] for h in heads)}
    # a header that its records justify exactly is their roll-up, as a banner is (`CONFIDENTIAL` over a
    # `"level": "C"` record and a `"level": "U"` one): main's reading stands. A header that no record reaches, or
    # one below what a record states (`SECRET` over a nested `"level": "TS"`: fix44f, review44ab j04), states what
    # the records' keys do not (they are stale): it governs them all. (An object with no key that is a member of
    # another object, an `_end` trailer's `{"records": 3, "note": "..."}`, is no record that inherits it: fix44f,
    # adv178-002.)
    # (fix45d, review44w j05-j08) a record whose own key is EMPTY or reads as no marking (`"classification": ""`,
    # `"SECERT"`) never cancels the header's rule: it states nothing, so it justifies nothing; it takes the header's
    # level (or stays doubtful), and the records' valid keys alone are weighed against the header
    own = [m for span in governed for m, _, _ in records[span] if m is not None and m.valid]
    if _unmarked_records(r, containers, records):
        return None, set()  # (a record with no key inherits the header: it is justified, main's reading stands)
    reached = r.g.rollup(own) if own else None
    if reached is not None and reached.banner() == header.banner():
        return None, set()
    return header, governed


def _stated(r: Reading, own: str, key: re.Pattern[str]) -> list[Marking]:
    """The valid markings an object's own classification and banner keys state (with the controls beside them,
    `"dissemination": ["NOFORN"]`, where the object holds no object: its arrays are read then)."""
    out: list[Marking] = []
    found, value = _marking_of(r, own, key)
    if found is not None and value:
        out.append(r.g.parse(value))
    for pair in _PAIR.finditer(own):
        name = pair.group("key")
        if classification_label(r.g).fullmatch(name) or banner_label(r.g).fullmatch(name):
            out.append(r.g.parse(pair.group("value").strip()))
    return [m for m in out if m.valid]


_PAIR = lazy(r"\"(?P<key>[\w .\-]{1,40})\"\s*:\s*\"(?P<value>[^\"\\]{1,80})\"")


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _unmarked_records(r: Reading, containers: list[_Container],
                      records: dict[tuple[int, int], list[tuple[Marking | None, int, int]]]) -> bool:
    """Is there an innermost object with no classification key that holds a string of text (four words or more),
    an element of an array or a JSON line of its own: an unmarked record, which takes the header's level?"""
    for k, c in enumerate(containers):
        if c.kind != "{" or c.end < 0 or c.children or (c.start, c.end) in records:
            continue
        if c.parent is not None and containers[c.parent].kind != "[":
            continue  # (fix44f: a member of an object, a header's or trailer's field, is no record)
        if any(span[0] <= c.start and c.end <= span[1] for span in records):
            continue
        if any(len(_WORDS.findall(m.group(0))) >= 4 for m in _STRING.finditer(r.text, c.start, c.end)):
            return True
    return False


def _ancestors(containers: list[_Container], index: int) -> list[int]:
    out: list[int] = []
    parent = containers[index].parent
    while parent is not None:
        out.append(parent)
        parent = containers[parent].parent
    return out


# A JSON string value, and a paragraph in one that opens with a portion mark: at the string's
# start or after an escaped blank line (`\n\n`), a paragraph number before the mark allowed.
_STRING = lazy(r"\"(?:[^\"\\]|\\.)*\"")
_PARAGRAPH_MARK = lazy(r"(?P<sep>^\"|\\n(?:[ \t]|\\t)*\\n)(?:[ \t]|\\t)*(?:\d{1,2}\.[ \t]*)?"
                       r"(?P<mark>\([A-Za-z][A-Za-z/ ,\-]{0,39}\))[ \t]")


def _marked_paragraphs(r: Reading, span: tuple[int, int],
                       inner: list[tuple[int, int]]) -> list[tuple[int, int, int, int, Marking]]:
    """The paragraphs of a record's string value that holds a whole message (`"body": "1. (U)
    ...\\n\\n2. (C) ..."`) as portions of their own marks (start, end, mark start, mark end,
    marking): only in a string whose paragraphs, two at least, all open with a mark that reads;
    else the string stays with the record."""
    out: list[tuple[int, int, int, int, Marking]] = []
    for string in _STRING.finditer(r.text, *span):
        if any(s <= string.start() < e for s, e in inner):
            continue
        starts = list(_PARAGRAPH_MARK.finditer(string.group(0)))
        if len(starts) < 2:
            continue
        paragraphs = re.split(r"\\n(?:[ \t]|\\t)*\\n", string.group(0)[1:-1])
        if len([p for p in paragraphs if p.strip()]) != len(starts):
            continue  # a paragraph without a mark: the string is one portion of the record
        read = [r.marks.read_mark(mark_inner(m.group("mark"))) for m in starts]
        marks = [marking for marking in read if marking is not None and marking.valid]
        if len(marks) != len(starts):
            continue  # a mark that does not read: the string stays with the record
        at = string.start()
        for k, (m, marking) in enumerate(zip(starts, marks)):
            end = starts[k + 1].start() if k + 1 < len(starts) else len(string.group(0)) - 1
            out.append((at + m.end("sep"), at + end, at + m.start("mark"), at + m.end("mark"), marking))
    return out


def _marking_of(r: Reading, text: str, key: re.Pattern[str]) -> tuple[re.Match[str] | None, str]:
    """The classification key of an object and its marking with the controls beside it."""
    found = key.search(text)
    if found is None:
        return None, ""
    value = found.group("value").strip()
    for control in r.g.json_controls.finditer(text):
        items = control.group("value") or " ".join(re.findall(r"\"([^\"]*)\"", control.group("values") or ""))
        if control.group("key").lower().startswith("releasable"):
            value += "//REL TO " + ", ".join(items.split())
        elif items.strip():
            value += "//" + "/".join(items.split())
    return found, value


def _record_of(r: Reading, containers: list[_Container], index: int) -> int:
    """The object a marked object marks: itself, or, when it holds only a marking and is the
    value of a key, the object it is a field of (and further up while that one holds no text of
    its own, only objects)."""
    text, c = r.text, containers[index]
    if c.parent is None or containers[c.parent].kind != "{" or not _only_marking_keys(r, containers, index):
        return index
    record = c.parent
    while True:
        holder = containers[record]
        if holder.parent is None or containers[holder.parent].kind != "{" or _own_text(text, containers, record):
            return record
        record = holder.parent


def _only_marking_keys(r: Reading, containers: list[_Container], index: int) -> bool:
    keys = [m.group("key") for m in _OBJECT_KEY.finditer(_own(r.text, containers, index))]
    return bool(keys) and all(r.g.json_marking_key.fullmatch(k) for k in keys)


def _own_text(text: str, containers: list[_Container], index: int) -> bool:
    """Whether an object has a member of its own that is not an object or array."""
    own = _own(text, containers, index)
    return re.search(r":\s*(?:\"|-?\d|true|false|null)", own) is not None


def _own(text: str, containers: list[_Container], index: int) -> str:
    """The text of a container without the containers nested in it (their places blanked)."""
    c = containers[index]
    chars = list(text[c.start:c.end])
    for k in c.children:
        child = containers[k]
        for i in range(child.start - c.start, child.end - c.start):
            chars[i] = " "
    return "".join(chars)


def _descendants(containers: list[_Container], index: int) -> list[int]:
    out: list[int] = []
    todo = list(containers[index].children)
    while todo:
        k = todo.pop()
        out.append(k)
        todo.extend(containers[k].children)
    return out


def _pieces(text: str, span: tuple[int, int], inner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A record's span less the records and paragraphs nested in it (pieces of syntax, quotes
    and escaped line ends only are dropped)."""
    pieces: list[tuple[int, int]] = []
    cursor = span[0]
    for start, end in sorted(inner):
        if start < cursor:
            continue
        pieces.append((cursor, start))
        cursor = end
    pieces.append((cursor, span[1]))
    return [(s, e) for s, e in pieces if re.sub(r"\\[nrt]|[\s\[\]{},:\"]", "", text[s:e])]


def _containers(text: str) -> list[_Container]:
    """Every object and array of a JSON text (or JSON lines), strings skipped."""
    out: list[_Container] = []
    stack: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif ch in "{[":
            parent = stack[-1] if stack else None
            out.append(_Container(ch, i, parent))
            if parent is not None:
                out[parent].children.append(len(out) - 1)
            stack.append(len(out) - 1)
        elif ch in "}]" and stack:
            out[stack.pop()].end = i + 1
        i += 1
    return out


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
