"""A sentence inside a marked portion that states a level or control for that portion itself (fix50e, issue 8).

    2. (U) Access. Federal forces have closed the road for a planned operation. The contents of this paragraph
       are classified CONFIDENTIAL. Partners were told only that the road is closed for repairs.

The portion's own mark reads (U), and the sentence was read as a classification in words (`classification_in_words`),
which governs UNMARKED text only (a (U) paragraph may name the level of a document it does not quote), so the backstop
left the level alone as evidence the reader had read, and the paragraph went out at every level (adv194-023). A
sentence whose SUBJECT is the portion it stands in ("this paragraph", "the contents of this paragraph", "this
paragraph's text", "the information in this bullet") and whose predicate is a level or a control ("is classified
CONFIDENTIAL", "are SECRET", "is NOFORN", "is not releasable to foreign nationals") is that portion's own mark: the
portion is raised to it, with a GOVERNED_PORTION problem naming the sentence. A control without a level under a
classified banner is read at the banner's level too (as `noted_controls` reads a note's control).

What it does not read (`governing_statements.self_statement` of rules/markings.yaml): a sentence whose subject is
another text ("The cable cited in this paragraph is classified CONFIDENTIAL": the subject must open its sentence or
clause, after at most a short lead such as "Note that"), a negated predicate ("is not classified"), a level lifted
("was classified SECRET until its declassification"). It only raises; it runs after every other reading, so the
statement it reads raises its own portion only.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .state import Reading

# where the statement's subject may start: the portion's text start, or after a sentence end, a colon or
# semicolon, an opening parenthesis or bracket, or a dash between blanks (the lead words are the rules')
_CLAUSE_END = compile_pattern(r"(?:[.!?;:]['\"’”)]?|[(\[]|\s[-–—]{1,2})\s*\Z")
_US_ONLY = compile_pattern(r"(?i)(?:u\.?\s?s\.?|american|usg)\s+(?:eyes\s+|citizens\s+|personnel\s+)?only")


def raise_self_statements(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one whose own text states a level or control for it (`self_statement`) raised to it."""
    pattern = r.g.self_statement
    if pattern.pattern == "(?!)":
        return portions
    out = list(portions)
    declared = r.classification
    for i, p in enumerate(portions):
        if p.marking is None or not p.marking.valid or p.end <= p.body_start:
            continue
        lo = p.body_start if p.mark_end is None or not p.body_start <= p.mark_end <= p.end else max(p.body_start, p.mark_end)
        stated: list[Marking] = []
        said = ""
        for m in pattern.compiled.finditer(r.text, lo, p.end):
            before = r.text[max(lo, m.start() - 4):m.start()]
            if m.start() > lo and r.text[lo:m.start()].strip() and not _CLAUSE_END.search(before):
                continue  # (the subject names another text: "the cable cited in this paragraph is ...")
            marking = _marking(r, m.group("stated"))
            if marking is None:
                continue
            if marking.level is None or r.g.ranks.get(marking.level, 0) == min(r.g.ranks.values()):
                # a control without a level under a classified banner is no valid marking: the banner's level too
                if declared is not None and declared.valid and declared.level is not None and \
                        r.g.ranks.get(declared.level, 0) > min(r.g.ranks.values()) and (marking.dissem or marking.rel_to):
                    banner_level = r.g.parse(declared.level)
                    if banner_level is not None and banner_level.valid:
                        stated.append(banner_level)
            stated.append(marking)
            said = said or f"'{' '.join(m.group(0).split())[:120]}' states the level or control of this {p.kind} itself"
        if stated:
            out[i] = raised_to(r, out[i], stated, said)
    return out


def _marking(r: Reading, written: str) -> Marking | None:
    """The marking a statement's predicate states (`governing.stated_marking`); `US only` in words as NOFORN."""
    words = " ".join(written.strip("() ").split())
    marking = stated_marking(r, words)
    if marking is None and _US_ONLY.fullmatch(words):
        marking = r.g.parse("UNCLASSIFIED//NOFORN")
    if marking is None and re.fullmatch(r"(?i)confidential|secret|top\s+secret", words):
        marking = r.g.parse(words.upper())
    return marking if marking is not None and marking.valid else None
