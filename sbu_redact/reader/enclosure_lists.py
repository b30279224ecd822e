"""An enclosure list's levels (fix40c, issue 8): `Encl: (2) ONI memorandum of 3 March 2019 (SECRET)`.

A transmittal memo lists its enclosures with their levels; the copy of a classified enclosure under it may have lost
its banners and marks (adv165-018: "classification markings did not reproduce in this copy"), and its unmarked
paragraphs took the memo's UNCLASSIFIED. The list's word is the enclosure's level: every portion from the heading
that opens that enclosure (`ENCLOSURE (2)`, `Enclosure 2`, `ATTACHMENT 2`, on a line of its own) to the next such
heading, or to the end of the document, is raised to at least the level the list states. Only raises.
"""
from __future__ import annotations

from bisect import bisect_left

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import Statement, raise_portions, report
from .state import Reading

# the list's label (`Encl:`, `Enclosures:`, `Attachments:`) and the entries on its line and the lines under it
_LIST = compile_pattern(r"(?im)^[ \t]*(?:encl(?:osures?|s)?\.?|attachments?|atchs?\.?)[ \t]*:[ \t]*(?P<first>[^\n]*)"
                        r"(?P<more>(?:\n[ \t]+\(?\d{1,2}[).][^\n]*)*)")
_ENTRY = compile_pattern(r"(?:^|(?<=\n))[ \t]*\(?(?P<n>\d{1,2})[).][ \t]*(?P<text>[^\n]*)")
_LEVEL = compile_pattern(r"\((?P<level>TOP SECRET|SECRET|CONFIDENTIAL|TS|S|C)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?\)"
                         r"|(?<![\w/])(?P<word>TOP SECRET|SECRET|CONFIDENTIAL)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?(?![\w/])")
# a heading that opens an enclosure: its label and number alone on the line (a short title after a separator too)
_HEADING = compile_pattern(r"(?im)^[ \t#*=\-\[]*(?P<kind>enclosure|encl\.?|attachment|atch\.?)[ \t]*(?:no\.[ \t]*)?"
                           r"(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})\b)[ \t\]*=\-]*(?:[-–—:][^\n.!?]{0,60})?$")


def enclosure_lists(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every portion of a listed classified enclosure raised to the level its list states."""
    text = r.text
    if "ncl" not in text and "NCL" not in text and "ttach" not in text and "TTACH" not in text:
        return portions
    levels: dict[int, tuple[str, int, int]] = {}  # enclosure number -> (level, the entry's start and end)
    for listed in _LIST.finditer(text):
        body_start = listed.start("first")
        for entry in _ENTRY.finditer(text, body_start, listed.end()):
            found = _LEVEL.search(entry.group("text"))
            if found is None:
                continue
            written = found.group("level") or found.group("word")
            stated = r.g.parse({"TS": "TOP SECRET", "S": "SECRET", "C": "CONFIDENTIAL"}.get(written, written))
            if stated.valid and stated.level is not None and stated.rank > 0:
                levels[int(entry.group("n"))] = (stated.level, entry.start(), entry.end())
    if not levels:
        return portions
    headings = [(m.start(), int(m.group("a") or m.group("b"))) for m in _HEADING.finditer(text)]
    if not headings:
        return portions
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    starts = [portions[k].start for k in order]
    statements: list[Statement] = []
    for i, (at, number) in enumerate(headings):
        if number not in levels:
            continue
        level, lo, hi = levels[number]
        stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        first = bisect_left(starts, text.rfind("\n", 0, at) + 1)
        while first > 0 and portions[order[first - 1]].end > at:
            first -= 1  # (a portion the heading stands inside, one mark over both enclosures: raised whole, fail closed)
        said = (f"the enclosure list (offset {r.view.to_original(lo) if not r.view.identity else lo}) states "
                f"enclosure ({number}) {level}: the portions under its heading are at least {level}")
        statements.append(Statement(((first, bisect_left(starts, stop)),), r.g.parse(level), said))
    if not statements:
        return portions
    ordered = [portions[k] for k in order]
    raised = raise_portions(r, ordered, statements)
    out = list(portions)
    for i, k in enumerate(order):
        out[k] = ordered[i]
    for statement, each in zip(statements, raised):
        report(r, out, sorted(((order[i], was, new) for i, was, new in each), key=lambda x: x[0]), statement.said)
    return out
