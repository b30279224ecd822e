"""A remark that names its part by where it stands (fix45a, issue 8): `Reviewer note on para 3: the one before it
is S//NF`, `[Comment ZZ3 on 3: please mark the one above it (S)]`, `Comment: the one after the table should be C`,
`paragraph 3 is fine; the preceding one is SECRET`. Which part `it` is (the numbered paragraph beside it, the
comment's own place, the paragraph the comment stands in) is not proven, so every candidate is raised (fail closed,
as `part_remarks` does where its part is not found): the part just before (or after) the remark's line, the part
the remark stands in and the one before (after) that, the part before (after) each paragraph number the line names,
and for `after the table` the first part after the table above the remark; where no part is numbered, the marked
parts counted as paragraphs (`_counted`, fix45h). Only raises (`raising.raised_to`). The words of places, parts and
paragraph numbers are the rules' (rules/record_words.yaml `relative_remarks`, fix48b).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .part_remarks import _remark_level
from .raising import raised_to
from .rule_words import alternatives, made_once
from .state import Reading

__all__ = ["raise_relative_remarks"]

# a level said after the place: `... is S//NF`, `should be (S)`, `mark the one above it (S)`, `... as SECRET`
_LEVEL = lazy(r"(?<![\w/])\(?(?P<m>TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|TS|S|C)(?://[A-Z][A-Z ,/\-]{1,30}?)?\)?(?![\w/])", 0)


class _Patterns:
    """The patterns of rules/record_words.yaml `relative_remarks` (fix48b: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["relative_remarks"]  # type: ignore[attr-defined]

        def alt(*keys: str) -> str:
            return alternatives([w for key in keys for w in words[key]])

        # the part named by its place: `the one before it`, `the paragraph above it`, `the preceding one`, `the one
        # after the table`, `the one below this`
        self.place = lazy(r"(?i)\bthe[ \t]+(?:(?P<pre>" + alt("before_first", "after_first") + r")[ \t]+(?:" + alt("parts")
                          + r")|(?:" + alt("parts") + r")[ \t]+(?P<rel>" + alt("before_then", "after_then") + r")"
                          r"[ \t]+(?:" + alt("pointers") + r"|(?P<table>the[ \t]+table)))\b", 0)
        # a place word that points on (the part after)
        self.points_on = lazy(r"(?i:" + alt("after_first", "after_then") + r")", 0)
        # a paragraph number the line names: `para 3`, `paragraph 3`, `on 3`, `beside 3.`, `at 3:`, `#3`
        self.number = lazy(r"(?i)\b(?:" + alt("number_leads") + r")[ \t]*#?(?P<n>\d{1,3})\b|#(?P<h>\d{1,3})\b", 0)


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "relative_remarks", _Patterns)


_TABLE_ROW = re.compile(r"[ \t]*\|")


def _level(r: Reading, line: str, after: int) -> Marking | None:
    said = _remark_level(r, line)
    if said is not None:
        return said[0]
    for m in _LEVEL.compiled.finditer(line, after):
        level = r.g.parse(m.group().strip("()"))
        if level.valid and level.level is not None and level.level != "UNCLASSIFIED":
            return level
    return None


def raise_relative_remarks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every part a place-naming remark may name raised to its level (module docstring)."""
    w = _patterns(r)
    if not w.place.compiled.search(r.text):
        return portions
    out = list(portions)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    at = 0
    lines = r.text.split("\n")
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        place = w.place.compiled.search(line)
        if place is None:
            continue
        level = _level(r, line, place.end())
        if level is None:
            continue
        lo, hi = starts[i], starts[i] + len(line)
        after = w.points_on.compiled.fullmatch(place.group("pre") or place.group("rel") or "") is not None
        found = _around(portions, order, lo, hi, after)
        numbers = [int(m.group("n") or m.group("h")) for m in w.number.compiled.finditer(line)]
        unnumbered = all(p.number is None for p in portions)
        for n in numbers:
            want = n + 1 if after else n - 1
            found |= {k for k, p in enumerate(portions) if p.number == want}
            if unnumbered:
                found |= _counted(portions, order, lo, hi, want)
        if place.group("table"):
            found |= _after_tables(r, portions, order, lines, starts, i)
        for k in sorted(found):
            p = out[k]
            if lo <= p.start and p.end <= hi + 1:
                continue  # (the remark's own line)
            out[k] = raised_to(r, p, [level], f"a remark '{line.strip()[:80]}' names a part by its place; it may be this "
                               f"one, which it says should be {level.banner()}")
    return out


def _counted(portions: list[Portion], order: list[int], lo: int, hi: int, want: int) -> set[int]:
    """(fix45h, review44z b01/b03) Paragraph `want` where no part is numbered: the marked parts counted as paragraphs
    in document order (the remark's own line aside). The count is exact when every other part is marked; where it is
    not (an unmarked part may count as a paragraph too, so paragraph `want` is that marked part or one before it),
    every marked part up to it."""
    others = [k for k in order if not (lo <= portions[k].start and portions[k].end <= hi + 1) and portions[k].kind != "subject"]
    marked = [k for k in others if portions[k].explicit]
    if want < 1 or not marked:
        return set()
    if len(marked) == len(others):
        return {marked[want - 1]} if want <= len(marked) else set()
    return set(marked[:want])


def _around(portions: list[Portion], order: list[int], lo: int, hi: int, after: bool) -> set[int]:
    """The parts next to the remark's line (`lo`..`hi`) on the side it names: the nearest one, the one it stands in and
    the one next to that."""
    found: set[int] = set()
    holding = [n for n, k in enumerate(order) if portions[k].start < lo < portions[k].end or portions[k].start <= lo < portions[k].end]
    if after:
        later = [n for n, k in enumerate(order) if portions[k].start >= hi]
        if later:
            found.add(order[later[0]])
        for n in holding:
            found.add(order[n])
            if n + 1 < len(order):
                found.add(order[n + 1])
    else:
        earlier = [n for n, k in enumerate(order) if portions[k].end <= lo + 1 and portions[k].start < lo]
        if earlier:
            found.add(order[earlier[-1]])
        for n in holding:
            if portions[order[n]].start < lo:
                found.add(order[n])
            if n > 0:
                found.add(order[n - 1])
    return found


def _after_tables(r: Reading, portions: list[Portion], order: list[int], lines: list[str], starts: list[int],
                  i: int) -> set[int]:
    """The first part after each table (its last `|` row) above line `i`, and after the next one below it."""
    ends = [starts[j] + len(lines[j]) for j in range(len(lines) - 1)
            if _TABLE_ROW.match(lines[j]) and not _TABLE_ROW.match(lines[j + 1])]
    found: set[int] = set()
    for end in ends:
        later = [k for k in order if portions[k].start > end and r.text[end:portions[k].start].strip()
                 == "" and not _TABLE_ROW.match(r.text[portions[k].start:portions[k].end])]
        later = later or [k for k in order if portions[k].start > end]
        if later:
            found.add(later[0])
    return found
