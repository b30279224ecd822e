"""(fix45h, adv181-017/018) A description in a classified cable's REF or PASS line.

A REF entry names a cable (`26 TBILISI 0731`); what some add after it (`(SOURCE NAMED THE TWO OFFICERS WHO SOLD THE
RADAR SCHEMATICS)`, `, on the minister's request for jammers`) is text of the cable, at the cable's level, never part
of a reference field printed as written in every version. `describes` says whether a header line holds such words:
the layout then reads the line as text that takes the document's level (fail closed: the reference number goes with
it). Only in a classified cable (CONFIDENTIAL or above), and not for an entry whose own mark reads its words (a
classified mark makes the line text already, `cable._holds_classified_mark`; an unclassified one releases them as
main did). The words any reference or passage line holds are the rules' (rules/record_words.yaml `ref_descriptions`,
fix48b)."""
from __future__ import annotations

import re

from .cable_header import REFERENCE, REFS
from .marks import fold
from .rule_words import made_once
from .rule_words import months as rule_months
from .state import Reading

# a REF entry's letter (`A.`, `B)`, `(c)`) where it starts an entry: at the start or after a space, `;` or `,`
_ITEM = re.compile(r"(?:^|(?<=[\s;,]))\(?[A-Ha-h][.)](?=\s)")
_LEAD_MARK = re.compile(r"^\s*\((?P<inner>[^()\n]{1,40})\)")
_PAREN = re.compile(r"\((?P<inner>[^()\n]{1,40})\)")
_JOINED_REFERENCE = re.compile(r"\b\d{2}[A-Z]{4,}\d{2,6}\b")
_WORD = re.compile(r"[^\W\d_]{2,}")


class _Words:
    """The words any reference and passage line hold (rules/record_words.yaml `ref_descriptions`, fix48b), in
    capitals."""

    def __init__(self, g: object):
        words = g.record_words["ref_descriptions"]  # type: ignore[attr-defined]
        # words a bare reference holds besides its post and number: kinds of message, distribution captions, dates
        # (fix50d: the months' names, first three letters and abbreviations are the one list, `months`)
        self.reference = frozenset(w.upper() for w in (*words["reference_words"], *rule_months(g).words))
        # a passage line's own words (`DEPT PASS TO USTR FOR JSMITH`, `ALSO FOR INR/B`)
        self.passage = self.reference | frozenset(w.upper() for w in words["passage_words"])


def _words(r: Reading) -> _Words:
    return made_once(r.g, "ref_descriptions", _Words)


_REF_WORDS_NEEDED = 3
_PASSAGE_WORDS_NEEDED = 5


def classified_cable(r: Reading) -> bool:
    """Has the cable read so far a classification line or banner of CONFIDENTIAL or above?"""
    return r.classification is not None and r.classification.rank > 0


def _unmarked_words(r: Reading, item: str, known: frozenset[str]) -> list[str]:
    """The words of one entry besides its reference, marks and the words any reference holds; none for an entry that
    opens with a mark of its own (its mark reads its words)."""
    lead = _LEAD_MARK.match(item)
    if lead is not None and r.marks.read_mark(lead.group("inner").strip()) is not None:
        return []
    rest = _PAREN.sub(lambda m: " " if r.marks.read_mark(m.group("inner").strip()) is not None else m.group(0), item)
    rest = _JOINED_REFERENCE.sub(" ", REFERENCE.sub(" ", rest.upper()))
    return [w for w in _WORD.findall(rest) if w not in known and "/" not in w]


def describes(r: Reading, line: str, *, continued: bool = False) -> bool:
    """Does a REF line (or a REF entry's next line) of a classified cable hold a description of the cable it names?
    Three words besides the reference do, or one on a line that goes on from a description (`continued`) or that
    opens a bracket it does not close."""
    if not classified_cable(r):
        return False
    s = REFS.sub("", fold(line.strip()))
    needed = 1 if continued else _REF_WORDS_NEEDED
    for item in _ITEM.split(s):
        words = _unmarked_words(r, item, _words(r).reference)
        if len(words) >= needed or words and item.count("(") > item.count(")"):
            return True
    return False


def opens_description(line: str) -> bool:
    """Does a REF line leave a bracket open (its description goes on on the next line)?"""
    return line.count("(") > line.count(")")


def passage_describes(r: Reading, line: str) -> bool:
    """Does a passage line (`PASS TO DIA/J2 FOR ...`) of a classified cable go on with words that are no office or
    addressee (five or more besides its offices)?"""
    if not classified_cable(r):
        return False
    known = _words(r).passage
    words = [w for w in _WORD.findall(" ".join(t for t in fold(line).upper().split() if "/" not in t))
             if w not in known]
    return len(words) >= _PASSAGE_WORDS_NEEDED
