"""A JSON export with no classification key whose messages each open with their own portion mark (a Slack-style
thread, `{"user": "kbrandt", "text": "(U) the party is on 18 December"}`, fix51c, adv194-046): each string value
that is one line opening with a mark that reads exactly is a portion marked by it (the string's text, its quotes
left out). Every other piece of the text (keys, names, times, a string with no mark or of several lines) is markup
or an unmarked portion (`xml_export.between_records`): with no banner it is withheld.

Read only where the reading is exact: the text parses as JSON (or JSON lines, or JSON files each under a line
naming it, `=== channels.json ===`), no key is a classification key
(`json_export` reads those), and no string outside the marked ones holds a level or control word (a `"banner":
"SECRET"`, a channel purpose `"CONFIDENTIAL thread"`, a `"note": "the next reply is NOFORN"`): such a text is left to
the reading it had (every piece unmarked, withheld)."""
from __future__ import annotations

import functools
import json
import re

from ..document import Portion
from ..markings import Grammar
from ..lazyre import compile_pattern, lazy
from .json_export import _classification_key, _is_json
from .marks import mark_inner
from .state import Reading
from .xml_export import between_records

# a JSON string (its quotes included), and whether a colon follows it (a key)
_STRING = lazy(r"\"(?:[^\"\\\n]|\\.)*\"(?P<key>\s*:)?")
# what ends a line in a string's text (a message of several lines is no portion of its first line's mark)
_LINE_ENDS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# a portion mark that opens a string's text, then a blank
_OPENING_MARK = lazy(r"\((?P<inner>[A-Za-z][A-Za-z/ ,\-]{0,39})\)[ \t]")
# a line of syntax only: brackets, braces, commas, or a key that opens an object or array
_SYNTAX_LINE = compile_pattern(r"^[ \t]*(?:[\[\]{},]+|\"[\w.-]+\"[ \t]*:[ \t]*[\[{]?)[ \t]*,?[ \t]*$")


def read_marked_strings(r: Reading) -> list[Portion] | None:
    """The marked strings of a JSON export as portions (and the rest around them), or None when the text is not
    such an export or cannot be read exactly."""
    text = r.text
    if "(" not in text or _classification_key(r.g).search(text) is not None or not _json_files(r, text):
        return None
    marked: list[Portion] = []
    others: list[str] = []
    for m in _STRING.finditer(text):
        if m.group("key"):
            continue
        raw = text[m.start() + 1:m.start() + len(m.group(0).rstrip(": \t")) - 1]
        try:
            value = json.loads('"' + raw + '"')
        except ValueError:
            return None
        opening = _OPENING_MARK.match(raw)
        marking = r.marks.read_mark(mark_inner(opening.group(0).strip())) if opening is not None else None
        if opening is None or marking is None or not marking.valid or marking.level is None \
                or any(c in value for c in _LINE_ENDS) or _ANY_MARK.search(value, opening.end()) is not None:
            # (a string of several lines, or one with a second mark, `(U) ... (S) ...`: not one portion of one mark)
            others.append(value)
            continue
        start = m.start() + 1
        marked.append(Portion(start=start, end=start + len(raw), body_start=start + opening.end(), kind="paragraph",
                              number=None, marking=marking, explicit=True, mark_start=start,
                              mark_end=start + len(opening.group(0).rstrip())))
    if not marked or any(_says_a_level(r, value) for value in others):
        return None
    for p in marked:
        if p.mark_start is not None and p.mark_end is not None:
            r.marking_problems(p.marking, p.mark_start, p.mark_end)  # type: ignore[arg-type]
    spans = [(p.start, p.end) for p in marked]
    return sorted([*marked, *between_records(r, spans, _SYNTAX_LINE)], key=lambda p: p.start)


def _json_files(r: Reading, text: str) -> bool:
    """Is the text JSON (or JSON lines), or JSON files each under a line naming it (`=== channels.json ===`, an
    export's files printed one after another, adv196-051) whose names hold no level word?"""
    if text.lstrip()[:1] in ("{", "["):
        return _is_json(text)
    heads = list(_FILE_HEAD.finditer(text))
    if not heads or text[:heads[0].start()].strip():
        return False
    for k, head in enumerate(heads):
        body = text[head.end():heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        if _says_a_level(r, head.group("name")) or body.lstrip()[:1] not in ("{", "[") or not _is_json(body):
            return False
    return True


# a line naming the file the JSON under it comes from (`=== regional-conf-2027/2026-11-10.json ===`)
_FILE_HEAD = lazy(r"^===[ \t]+(?P<name>[\w./\-]{1,80}\.json)[ \t]+===[ \t]*$", re.MULTILINE)


def _says_a_level(r: Reading, value: str) -> bool:
    """Does a string that is no marked message hold a level or control word, or a portion mark anywhere?"""
    if "(" in value and _ANY_MARK.search(value) is not None:
        return True
    return _level_words(r.g).search(value) is not None


_ANY_MARK = lazy(r"\([A-Za-z][A-Za-z/ ,\-]{0,39}\)")


@functools.lru_cache(maxsize=8)
def _level_words(g: Grammar) -> re.Pattern[str]:
    """The rules' `reader_words.export_level_words`, compiled once per rules."""
    spec = g.vocabulary.reader_words.export_level_words
    return compile_pattern(spec.pattern or r"(?!)")
