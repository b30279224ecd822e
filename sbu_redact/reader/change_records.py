"""A compare summary, change table or changelog that records a part's mark raised, while the body still shows the
old mark (fix40a, issue 8): `| Para 3, mark | (U) | (C//NF) |` (adv162-010), a YAML changelog's `- para: 3 / from: U /
to: C` (adv162-011), `Absatz 4: (U) ersetzt durch (S//NF)` (adv162-012).

The record states the mark the part now carries, but the body under it is the original: its (U) released the text.
A record is a part reference (`para 3`, `paragraph 3`, `Absatz 4`, `item 3`, `bullet 2`; the words in rules
`change_record_part`) followed on its line by two portion marks, the first OLD and the last NEW, or by `from:`/`to:`
keys (`old`/`new`, `original`/`revised`, `before`/`after`) on its line or the record's next lines; only a NEW above OLD
counts. The part is raised to NEW where it carries OLD's level (the record says what it replaces: a record about
another thing, `Grade (C) replaced by Grade (S)` for a (U) paragraph, raises nothing): the portion opening with that
number (one that carries another level changes nothing), else, where no portion opens with it, the Nth marked paragraph (`sed_corrections.nth_marked_portion`, fail closed: the nearest candidates).

The words are the rules' (fix50d): rules/record_words.yaml `change_records` (the old and new keys, the words of a
record in prose, the section words, the words listing more numbers); the marks and punctuation are read here.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from ..lazyre import LazyPattern, lazy
from .raising import raised_to
from .rule_words import alternatives, made_once
from .sed_corrections import _named_portion, nth_marked_portion
from .state import Reading

# a portion mark in a record: `(U)`, `(C//NF)`, `(S//REL TO USA, GBR)` (capitals only: `(a)`, `(b)` are letters)
_MARK = r"\((?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?\)"
_INLINE = lazy(_MARK, 0)


class _Patterns:
    """The patterns of rules/record_words.yaml `change_records` (fix50d: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["change_records"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        self.old_keys = frozenset(words["old_keys"])
        # a record's old and new mark under keys: `from: U`, `"old": "(U)"`, `Revised = C//NF`
        self.keyed = lazy(r"(?i:\b(?P<key>" + alt("old_keys") + "|" + alt("new_keys") + r")"
                          r"(?:[_\- ]?(?:" + alt("key_suffixes") + r"))?\b)"
                          r"[\"']?[ \t]*[:=>][ \t]*[\"']?(?P<mark>\(?(?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40}?)?\)?)"
                          r"(?=[\"']?(?:[ \t]*(?:[,;}\n>]|/>|$)|[ \t]+\w+[ \t]*=|<))", re.MULTILINE)
        # (fix41b) a delimited row's fields (`Paragraph 3,U,S,R. Adeyemi`, `| 3 | U | S |`, `U to S`)
        self.fields = re.compile(r"[,;\t|]|->|=>|→|⇒|\b(?:" + alt("row_links") + r")\b")
        # (fix42b: a column of a table printed in spaces, a Jira History tab's `Classification (para 2)     U     C`;
        # lead42, review42ab b14/b17/b18: read BESIDE main's fields, never instead: splitting a `|`, tab or comma row at
        # double spaces too made a stray `U` in its comment cell the new mark, U to U raised nothing, and the (U)
        # paragraph was released)
        self.spaced_fields = re.compile(r"[,;\t|]|->|=>|→|⇒|\b(?:" + alt("row_links") + r")\b|[ \t]{2,}")
        # (fix41b) a record in prose: `was U, now S`, `from (U) to (C//NF)`, `U -> S`, `changed U to S`
        self.prose = lazy(r"(?<![\w/])(?:(?i:" + alt("prose_leads") + r")[ \t]*:?[ \t]+)?"
                          r"(?P<old>" + _MARK_WORD + r")(?![\w/])[ \t]*[,;]?[ \t]*(?:(?i:" + alt("prose_and") + r"[ \t]+)?"
                          r"(?i:" + alt("prose_is") + r"[ \t]+)?(?i:" + alt("prose_links") + r"|->)"
                          r"[ \t]*:?|->|=>|→|⇒)[ \t]*(?P<new>" + _MARK_WORD + r")(?![\w/])")
        # (fix41b) the words of a table's header that name its old and its new column
        self.header_old = re.compile(r"(?i)\b(?:" + alt("old_keys") + r")")
        self.header_new = re.compile(r"(?i)\b(?:" + alt("new_headers") + r")")
        # (fix41b) the section words `change_record_part` reads besides paragraph words: a part of their own only where
        # no paragraph word's record holds them
        self.section_word = re.compile(r"(?i)(?:" + alt("section_words") + r")")
        # (fix42b) more numbers listed after a part's number: `paras 2, 4`, `2 and 4`, `2-4`, `2 through 4`
        self.more = re.compile(r"[ \t]*(?:(?P<range>-|–|—|" + alt("range_words") + r")|,|&|/|" + alt("list_joiners")
                               + r")[ \t]*(?P<n>\d{1,2})(?![\d:.,/]\d|\d)")


def _patterns(g: object) -> _Patterns:
    return made_once(g, "change_records", _Patterns)


def prose_record(g: object) -> LazyPattern:
    """(fix41b) A record in prose (`was U, now S`, `from (U) to (C//NF)`), groups `old` and `new` (part_remarks reads it
    too)."""
    return _patterns(g).prose


# (fix41b) a bare mark standing as a field of a delimited row (`Paragraph 3,U,S,R. Adeyemi`, `| 3 | U | S |`)
_BARE = re.compile(r"[ \t\"'`*(\[]*(?P<mark>(?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40}?)?)[ \t\"'`*)\]]*")
# (fix41b) a mark in a record in prose (`_Patterns.prose`)
_MARK_WORD = r"[\"'(]?(?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9/\-]{0,20})?[\"')]?"
_RECORD_LINES = 6  # lines of a YAML or JSON record after its part reference where its keys are looked for


def _record_marks(r: Reading, start: int, end: int, spaced: bool = False) -> tuple[str, str] | None:
    """The (OLD, NEW) marks a record between `start` and `end` states, or None (a delimited row's fields split
    by `_Patterns.fields`, or `spaced_fields` where `spaced`)."""
    w = _patterns(r.g)
    fields = w.spaced_fields if spaced else w.fields
    keyed = list(w.keyed.finditer(r.text, start, end))
    olds = [m.group("mark") for m in keyed if m.group("key").lower() in w.old_keys]
    news = [m.group("mark") for m in keyed if m.group("key").lower() not in w.old_keys]
    if olds and news:
        return olds[0], news[-1]
    line_end = r.text.find("\n", start)
    line_end = line_end if line_end >= 0 else end
    inline = [m.group() for m in _INLINE.finditer(r.text, start, line_end)]
    if len(inline) >= 2:
        return inline[0], inline[-1]
    prose = w.prose.search(r.text, start, end)
    if prose is not None:
        return prose.group("old").strip("\"'"), prose.group("new").strip("\"'")
    bare = [f.group("mark") for field in fields.split(r.text[start:line_end])[1:]
            if (f := _BARE.fullmatch(field)) is not None]
    if len(bare) >= 2:  # (a delimited row: OLD then NEW, unless its header names the new column first)
        return (bare[-1], bare[0]) if _new_first(r, start) else (bare[0], bare[-1])
    return None


def _new_first(r: Reading, at: int) -> bool:
    """(fix41b) Whether the header line of the table a row at `at` is in names its new mark's column first."""
    w = _patterns(r.g)
    k = r.text.rfind("\n", 0, at)
    for _ in range(12):
        if k <= 0:
            return False
        j = r.text.rfind("\n", 0, k) + 1
        line = r.text[j:k]
        o, n = w.header_old.search(line), w.header_new.search(line)
        if o is not None and n is not None:
            return n.start() < o.start()
        k = j - 1
    return False


def raise_change_records(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the part each change record names raised to the mark it records (module docstring)."""
    refs = list(r.g.change_record_part.compiled.finditer(r.text))
    if not refs:
        return portions
    out = list(portions)
    section_word = _patterns(r.g).section_word
    covered = 0  # (the end of the last record named by a paragraph word: a section word inside it names no part)
    for n, ref in enumerate(refs):
        section = section_word.match(ref.group()) is not None
        if section and ref.start() < covered:
            continue  # (`- para: 3` / `  section: 2` / `  was: U` / `  now: C`: the section only places paragraph 3)
        # (lead41, review41ab) a section word does not end the record of the paragraph word above it: read as a record
        # of its own, `section: 2` cut `para: 3`'s record short and raised paragraph 2 instead of 3
        later = [x for x in refs[n + 1:] if section or section_word.match(x.group()) is None]
        nxt = later[0].start() if later else len(r.text)
        reach = ref.end()
        for _ in range(_RECORD_LINES):  # (the record's next lines: a YAML item's keys, up to a blank line)
            line_end = r.text.find("\n", reach + 1)
            if line_end < 0 or not r.text[reach:line_end].strip():
                break
            reach = line_end
        end = min(nxt, max(reach, ref.end()))
        if not section:
            covered = max(covered, end)
        marks = _record_marks(r, ref.start(), end)
        if marks is None:  # (fix41b: a JSON or XML record whose keys come before its part: `{"old": "U", "new": "S", "para": 3}`)
            begin = _record_start(r, ref.start(), refs[n - 1].end() if n > 0 else 0)
            marks = _record_marks(r, begin, ref.start()) if begin < ref.start() else None
        # (main's reading first; where it raises nothing, the row read in spaced columns may: fix42b)
        read = [pair for pair in (marks, _record_marks(r, ref.start(), end, spaced=True)) if pair is not None]
        raising = [(old, new) for old, new in ((r.g.parse(a), r.g.parse(b)) for a, b in read) if _raises(old, new)]
        if not raising:
            continue
        old, new = raising[0]
        kind = "bullet" if ref.group().lower().startswith("bullet") else "para"
        targets = set()
        for number in listed_numbers(r, ref.end(), int(ref.group("number"))):  # (fix42b: `paras 2, 4`, `2-4`)
            named = _named_portion(r, portions, kind, number)
            if named is not None:  # (a part found as numbered with another mark: already raised, or another thing)
                targets |= {named} if getattr(portions[named].marking, "level", None) == old.level else set()
                if kind == "bullet":  # (fix42a, r41ab-008: a YAML record's own `- bullet: 2` line is a bullet line too)
                    targets |= nth_marked_portion(r, portions, kind, number, old.level, ref.start(), end)
                continue
            found = nth_marked_portion(r, portions, kind, number, old.level, ref.start(), end)
            if not found:  # (fix41b: a part not found: every portion carrying OLD's level, fail closed)
                found = {k for k, p in enumerate(portions) if p.explicit and p.kind != "subject"
                         and getattr(p.marking, "level", None) == old.level and not p.start <= ref.start() < p.end}
            targets |= found
        for k in sorted(targets):
            if portions[k].start <= ref.start() < portions[k].end:
                continue  # (the record's own line)
            out[k] = raised_to(r, out[k], [new], f"a change record '{r.text[ref.start():end].strip()[:80]}' "
                               f"records it re-marked {new.banner()}")
    return out


def _raises(old: Marking | None, new: Marking | None) -> bool:
    return (old is not None and new is not None and old.valid and new.valid and old.level is not None
            and new.level is not None and new.rank > old.rank)


def listed_numbers(r: Reading, at: int, first: int) -> list[int]:
    """(fix42b) `first` and the part numbers listed right after it at `at` (a range in full, ten at most)."""
    more = _patterns(r.g).more
    numbers, last = [first], first
    while (m := more.match(r.text, at)) is not None:
        n = int(m.group("n"))
        if m.group("range") and last < n <= last + 10:
            numbers.extend(range(last + 1, n + 1))
        else:
            numbers.append(n)
        last, at = n, m.end()
    return numbers


def _record_start(r: Reading, at: int, floor: int) -> int:
    """(fix41b) Where the record whose part reference is at `at` opens, on its line or the lines above it (up to
    `_RECORD_LINES`, a blank line, the previous reference at `floor`, or the line that opens the item: `{`, `- `, `<`)."""
    start = r.text.rfind("\n", 0, at) + 1
    line = r.text[start:at]
    if "{" in line or "<" in line:
        return max(floor, start + max(line.rfind("{"), line.rfind("<"), 0))
    for _ in range(_RECORD_LINES):
        if start <= floor or start == 0:
            break
        above = r.text.rfind("\n", 0, start - 1) + 1
        text = r.text[above:start - 1]
        if not text.strip() or above < floor:
            break
        start = above
        if text.lstrip().startswith(("{", "- ", "<", "[")):
            break
    return max(start, floor)
