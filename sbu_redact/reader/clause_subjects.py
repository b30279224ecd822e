"""Whether a clause of a joined note has a subject of its own, and which part an ordinal in it names (fix47a).

`para 3, marked U, should have been C`, `treat it as CONFIDENTIAL`, `which remain SECRET//NOFORN`,
`as CONFIDENTIAL until the bank confirms it`: a clause whose words are level words, words with no subject of their
own (`_NO_SUBJECT`, rules/record_words.yaml `joined_claims.continuing` and `handlers`), a part word after a
determiner pointing back (`that para`) and, once it has a verb or its level, phrases after a boundary word (`by the
RSO`, `from the SECRET INR assessment`) or punctuation continues the clause before it: `none`. A clause whose one
such other word is an ordinal (`il terzo`, `the third one`, `the last`; no other part word: `the third bullet` may be
a bullet of paragraph 2) names one part by its place: `ordinal`, with the place. Any other word (a part word, `the rest`, `the convoy bit`, a noun) is a subject: `subject`. Ordinal and
part words count wherever they stand in the clause. Read by reader/joined_claims.py only (a reading that may only
narrow its raise where it is sure; `subject` keeps its main rule).
"""
from __future__ import annotations

import re

from ..lazyre import compile_pattern
from .state import Reading
from .untranslated import untranslated_levels

_WORD = compile_pattern(r"[^\W\d_]+")
_PUNCT = compile_pattern(r"[.,;:!?()\[\]{}|\"“”«»–—]|--|\s-\s")
_SENTENCE_END = compile_pattern(r"[.!?][)\]\"'”’]*(?:\s|$)")
_ENDS = frozenset(("comment", "note", "summary"))
_ENGLISH_LEVEL = compile_pattern(r"(?i:top|secret|confidential|unclassified)")
_LEVEL_STEM = compile_pattern(r"(?i:secr|segr|sekr|geheim|confid|riserv|reserv|vertraul|classif|klassif)")


class _Words:
    def __init__(self, words: dict) -> None:
        def alt(key: str) -> re.Pattern[str]:
            return compile_pattern("(?i:" + "|".join(f"(?:{w})" for w in words[key]) + ")")
        self.continuing, self.handlers = alt("continuing"), alt("handlers")
        self.boundaries, self.anaphoric, self.parts = alt("boundaries"), alt("anaphoric"), alt("parts")
        self.ordinals = [(place, compile_pattern("(?i:" + "|".join(f"(?:{w})" for w in found) + ")"))
                         for place, found in words["ordinals"].items()]

    def place(self, word: str) -> str | None:
        return next((place for place, pattern in self.ordinals if pattern.fullmatch(word)), None)


_BY_GRAMMAR: dict[int, tuple[object, _Words]] = {}


def _words(r: Reading) -> _Words:
    kept = _BY_GRAMMAR.get(id(r.g))
    if kept is None or kept[0] is not r.g:
        kept = _BY_GRAMMAR[id(r.g)] = (r.g, _Words(r.g.record_words["joined_claims"]))  # type: ignore[attr-defined]
    return kept[1]


def _level_word(r: Reading, word: str, start: int, end: int) -> bool:
    if _ENGLISH_LEVEL.fullmatch(word) or _LEVEL_STEM.match(word) or list(untranslated_levels(r, start, end)):
        return True
    if word.isupper() and len(word) <= 7:  # `(C)`, `NF`, `NOFORN`: a marking's own token
        marking = r.g.parse(word)
        return marking.rank >= 0 or bool(marking.dissem)
    return False


def subject_reading(r: Reading, a: int, b: int, no_subject: frozenset[str]) -> tuple[str, list[str]]:
    """(`none` | `ordinal` | `subject`, the places of the ordinals) of clause `a:b` (module docstring)."""
    w, text = _words(r), r.text
    places: list[str] = []
    subject = part = other_part = False
    verb = level = skipping = False
    before = ""
    at = a
    for m in _WORD.finditer(text, a, b):
        word, gap = m.group(0), text[at:m.start()]
        at = m.end()
        folded = word.casefold()
        if level and _SENTENCE_END.search(gap):  # (a new sentence inside the clause: read afresh)
            verb = level = skipping = False
        elif _PUNCT.search(gap):
            skipping = level  # (after its level, punctuation ends what the clause says: `SECRET (RSO's view)`)
        place = w.place(folded)
        if place is not None:
            places.append(place)
        elif w.parts.fullmatch(folded):
            part = part or not w.anaphoric.fullmatch(before)
            other_part = other_part or folded not in ("one", "ones")
        elif before == "end" and folded in _ENDS:  # (`END COMMENT`, `END NOTE`: a cable's closing words)
            pass
        elif _level_word(r, word, m.start(), m.end()):
            level = True
        elif skipping:
            pass
        elif w.boundaries.fullmatch(folded):
            skipping = verb or level
        elif w.continuing.fullmatch(folded):
            verb = True
        elif folded not in no_subject and not w.handlers.fullmatch(folded):
            subject = True
        before = folded
    if subject or len(places) > 1 or places and other_part:
        return "subject", places
    if places:
        return "ordinal", places
    return ("subject" if part else "none"), places


def names_part(r: Reading, a: int, b: int) -> bool:
    """Whether clause `a:b` holds a word that can name a part (`joined_claims.parts`: `the rest`, `the annex`)."""
    parts = _words(r).parts
    return any(parts.fullmatch(m.group(0)) for m in _WORD.finditer(r.text, a, b))
