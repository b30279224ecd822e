"""STREET_ADDRESS: a home described by its landmarks, with no street or number, after a word that
says someone lives there (fixnames49b): `THE CATTERMOLES NOW STAY ABOVE THE CHIP SHOP ON BRIDGE
STREET, DOWNHAM MARKET, OPPOSITE THE CLOCK`, `KOE LIVES ON THE HILL ROAD, THE LAST HOUSE BEFORE THE
GRAVEYARD`, `address for follow-up: the white house with green shutters across from the church`,
`rumahnya di belakang pasar inpres`.

A Presidio `PatternRecognizer`: the pattern is the entry's context words (`lives at`, `stay`,
`house is at`, `address ...:`) and the phrase after them to the sentence's end (over line ends,
at most `max_words` words); the phrase counts when it holds one of the entry's `landmarks`
(behind, opposite, next to) and, within six words after it, one of its `nouns` (house, shop,
church, station): `lives near the border with Chad` is no address.
"""
from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer
from pydantic import Field

from ..registry import register
from .base import RecognizerSpec, make_result
from .pattern import _class_name


class LandmarkAddressSpec(RecognizerSpec):
    # words after which a home's description follows (lives at, stay, house is at); any case, a space is any blank
    context: list[str] = Field(min_length=1)
    # landmark words, one of which the description holds (behind, opposite, next to, belakang)
    landmarks: list[str] = Field(min_length=1)
    # buildings and places, one of which the description names (house, shop, church, station, pasar)
    nouns: list[str] = Field(min_length=1)
    max_words: int = Field(24, ge=3, le=60)
    # (fixnames50) homes that open a description with no context word before it (`the cottage with the red door
    # opposite the Inn`, `the blue trailer past the hamlet office`): `the`, at most three words, one of these,
    # then a landmark and a building or place as above
    residences: list[str] = []


def _phrases(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@register("landmark_address")
class LandmarkAddressRecognizer(PatternRecognizer):
    Spec: ClassVar[type[RecognizerSpec]] = LandmarkAddressSpec
    ENTITY = "STREET_ADDRESS"

    def __init__(self, *, spec: LandmarkAddressSpec, **kwargs):
        self.spec = spec
        # the context word, then the description to a full stop, semicolon, bracket, blank line or a
        # list's or chat's next line (the context word is cut off the finding in `analyze`)
        lead = rf"(?<![\w])(?:{_phrases(spec.context)})(?::)?[ \t]*\n?[ \t]*"
        phrase = (r"[^\W\d_](?:(?![.;!?()\[\]\"]|\n[ \t]*(?:\n|[-*\u2022\[]|\Z)).){2,240}?"
                  r"(?=[.;!?)](?:\s|\Z)|;|\)|\n[ \t]*(?:\n|[-*\u2022\[])|\s*\Z)")
        regex = lead + phrase
        super().__init__(patterns=[Pattern("home by its landmarks", regex, spec.score)], **kwargs)
        self._lead = re.compile(lead, re.IGNORECASE)
        self._phrase = re.compile(phrase, re.IGNORECASE | re.DOTALL)
        # a landmark word, then a building or place within six words (past the pumping station; not
        # `the station chief, who is behind the purge`)
        # (or right before it, a word between at most: THE BIG STONE-TOMB HOUSE NEXT TO THE, where the reader's
        # portion ends before CHURCH)
        landmarks, nouns = _phrases(spec.landmarks), _phrases(spec.nouns)
        # (the words before the home's noun in lower case, or all in capitals: the green house, THE BLUE TRAILER;
        # not the Kuzmin house, whose owner's name is no landmark)
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        self._residence = re.compile(rf"(?<![\w\-'\u2019])(?i:the){gap}(?:(?:[a-z][a-z'\u2019\-]*|[A-Z][A-Z'\u2019\-]*){gap}){{0,3}}?"
                                     rf"(?i:{_phrases(spec.residences)})(?![\w\-])") if spec.residences else None
        self._landmark = re.compile(rf"(?<![\w])(?:{landmarks})(?:[\W_]+[\w'\u2019\-]+){{0,7}}?[\W_]+(?:{nouns})(?:s|es)?(?![\w])"
                                    rf"|(?<![\w])(?:{nouns})(?:s|es)?(?:[ \t]+[\w'\u2019\-]+)?[ \t]+(?:{landmarks})(?![\w])",
                                    re.IGNORECASE)

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(spec=spec, supported_entity=cls.ENTITY, name=_class_name(name))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        # (each context word is tried, not only those left after the pattern's earlier matches: a
        # description that fails its check must not hide the one after it)
        out = []
        for lead in self._lead.finditer(text):
            m = self._phrase.match(text, lead.end())
            if m is None:
                continue
            phrase = m.group()
            if len(phrase.split()) > self.spec.max_words or self._landmark.search(phrase) is None:
                continue  # lives near the border with Chad: no building or place named
            end = m.start() + len(phrase.rstrip())
            if out and m.start() < out[-1].end:
                continue
            out.append(make_result(self, self.ENTITY, m.start(), end, self.spec.score, "a home by its landmarks"))
        if self._residence is not None:
            taken = [(r.start, r.end) for r in out]
            for home in self._residence.finditer(text):
                m = self._phrase.match(text, home.start())
                if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                phrase = m.group()
                rest = phrase[home.end() - home.start():]
                landmark = self._landmark.search(rest)
                between = rest[:landmark.start()] if landmark is not None else ""
                if len(phrase.split()) > self.spec.max_words or landmark is None or len(between.split()) > 6 \
                        or "," in between or re.search(r"\w['\u2019]s?(?!\w)", between):
                    continue  # the house itself, named by no landmark near it (the house of X's mother, the ...)
                end = m.start() + len(phrase.rstrip())
                taken.append((m.start(), end))
                out.append(make_result(self, self.ENTITY, m.start(), end, self.spec.score, "a home by its landmarks"))
            out.sort(key=lambda r: r.start)
        return out


__all__ = ["LandmarkAddressRecognizer"]
