"""A note whose clause after a numbered part's claim gives another part a control (fix47c, issue 8).

`il paragrafo 2 è segreto e il terzo è solo per americani`, `paragraph 2 is secret and the third is US only`,
`Absatz 2 ist geheim und der dritte ist nur für Amerikaner`: the first clause names a part by its number and states
a level; the clause after `and`/`e`/`y`/`et`/`und`, a comma or a dash names another part in words of its own
(`il terzo`, `the third`) and states a control of foreign disclosure. The governing statements put the whole
sentence's marking on the numbered part, and the part the second clause meant went to the partner.
(`joined_claims.py` reads the reverse order, a control first and a LEVEL in the second clause.)

Here such a note fails closed (only adds a control): within one stretch of a portion's text (its lines up to a
blank line), after a clause that names a part by number, a clause that names no part by number, holds a word of
its own beside the control (a subject: not `and is US only`) and states NOFORN -- a `controls_in_words` phrase of
the rules, a level phrase of a governing statement that carries NOFORN, a level in another language's words that
does (`untranslated.py`), or `NOFORN`, `NF`, `US only` written out -- adds NOFORN to every other portion.
Runs after `joined_claims` among the raising passes; raises through `raising.raised_to` only (never lowers).

The words are the rules' (fix48b): rules/record_words.yaml `joined_claims` (the joining words, the words that are no
subject) with `trailing_controls`' more of them and `US only`; NOFORN written out is any of the register's spellings
(markings.yaml `dissemination`: `NOFRON` is read too).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .rule_words import alternatives, made_once
from .state import Reading
from .untranslated import untranslated_levels
from .joined_claims import _names_number, _stretches  # the same stretches and numbered parts as the reverse order's



class _Patterns:
    """The patterns of rules/record_words.yaml `trailing_controls` and the register's NOFORN spellings (fix48b: the
    words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["trailing_controls"]  # type: ignore[attr-defined]
        joined = g.record_words["joined_claims"]  # type: ignore[attr-defined]
        # where a clause ends: a joining word, a comma, a semicolon, a dash, a sentence end, a line end
        joiners = alternatives([*joined["clause_joiners"], *words["more_clause_joiners"]])
        self.cut = compile_pattern(r"(?i:[ \t]+(?:" + joiners + r")[ \t]+"
                                   r"|[ \t]*\n[ \t]*|[,;:，；][ \t]+|[ \t]+[-–—][ \t]+|(?<=\w)[.!?。](?:[ \t]+|(?=\n)))")
        # a control written out in any language's sentence (`la tercera es NOFORN`, `le troisième: US only`): the
        # register's spellings of NOFORN (markings.yaml `dissemination`, a blank or hyphen optional) or `US only`
        spellings = ["NOFORN", *g.vocabulary.dissemination["NOFORN"]]  # type: ignore[attr-defined]
        noforn = "|".join(dict.fromkeys(r"[ \t\-]?".join(re.escape(part) for part in re.split(r"[ \-]", s))
                                        for s in sorted(set(spellings), key=lambda s: (-len(s), s))))
        self.control = compile_pattern(r"(?<![\w/])(?:" + noforn + r"|(?i:" + alternatives(words["us_only"]) + r"))(?![\w/])")
        # words of a clause that are no subject of their own (`and is US only`, `e è solo per americani`)
        self.no_subject = frozenset([*joined["no_subject"], *words["more_no_subject"]])


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "trailing_controls", _Patterns)


_WORD = compile_pattern(r"[^\W\d_]+")


def raise_trailing_controls(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with NOFORN added to every portion a note's trailing control clause may mean (module docstring)."""
    if not portions or not any(_names_number(r, p.body_start, p.end) for p in portions):
        return portions
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    if noforn is None or not noforn.valid:
        return portions
    out = list(portions)
    for k, p in enumerate(portions):
        for lo, hi in _stretches(r.text, p.body_start, p.end):
            if _trailing_control(r, lo, hi):
                said = (f"a note '{' '.join(r.text[lo:hi].split())[:80]}' states NOFORN in a clause after one naming a "
                        "part by number, for a part no reader placed (NOFORN added to every portion, fail closed)")
                for j in range(len(out)):
                    if j != k:
                        out[j] = raised_to(r, out[j], [noforn], said)
    return out


def _trailing_control(r: Reading, lo: int, hi: int) -> bool:
    """Whether a clause of `lo:hi` after one that names a part by number states NOFORN beside a subject of its own."""
    text = r.text
    cuts = [lo, *(x for m in _patterns(r).cut.finditer(text, lo, hi) for x in (m.start(), m.end())), hi]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if text[cuts[i]:cuts[i + 1]].strip()]
    named_before = False
    for a, b in clauses:
        if _names_number(r, a, b):
            named_before = True
            continue
        if named_before and _states_noforn_beside_subject(r, a, b):
            return True
    return False


def _states_noforn_beside_subject(r: Reading, a: int, b: int) -> bool:
    """Whether clause `a:b` states NOFORN and holds a word of its own outside the words that state it."""
    text = r.text
    spans = _noforn_spans(r, a, b)
    if not spans:
        return False
    no_subject = _patterns(r).no_subject
    return any(w.group(0).casefold() not in no_subject and not any(s <= w.start() < e for s, e in spans)
               for w in _WORD.finditer(text, a, b))


def _noforn_spans(r: Reading, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of clause `a:b` that state NOFORN (module docstring)."""
    text = r.text
    spans: list[tuple[int, int]] = []
    for pattern, spec in r.g.controls_in_words:
        if "NOFORN" in spec.controls:
            spans.extend((m.start(), m.end()) for m in pattern.compiled.finditer(text, a, b))
    for pattern in r.g.governing_levels:
        for m in pattern.compiled.finditer(text, a, b):
            for name, value in m.groupdict().items():
                if value and _carries_noforn(stated_marking(r, value)):
                    spans.append((m.start(name), m.end(name)))
    for written, lo, hi, *_ in untranslated_levels(r, a, b):
        if _carries_noforn(stated_marking(r, written)):
            spans.append((lo, hi))
    spans.extend((m.start(), m.end()) for m in _patterns(r).control.finditer(text, a, b))
    return spans


def _carries_noforn(marking: Marking | None) -> bool:
    return marking is not None and marking.valid and "NOFORN" in marking.dissem
