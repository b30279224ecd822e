"""PERSON: a name set off by commas after a noun for a person (`HER CHIEF OF STAFF, WARD
VERSTRAETEN.`, `THE MOTHER, KAREN JUSTICE (NEE ...)`, `THE APRA DEPUTY FROM PIURA, ERMITANIO` /
`CHUMPITAZ ORE, HAS`, `her mother-in-law, Ri Sun-ok, a defector`, `THE WITNESS, BERNADINE IRON
CLOUD, LIVES`): after a determiner, at most two words, one of `nouns` (a relative, an aide, an
officer of a body: rules/entities.yaml), of `person_nouns` or a noun for a person by its form
(`Lexicon.agent_noun`: CAMERAMAN, FLUTIST, ORGANIZER) and
maybe `OF X` / `FROM X`, a comma, then two to five capitalized words (particles between them)
that end visibly (a comma, a parenthesis, a semicolon, a sentence's end), a middle initial allowed. The words are a name
when the first or the last is a known given name or surname, or no English word in use and no
place: the noun and the commas say the rest is the name even when a word of it is English
(`JUSTICE`, `ORE`, `WARD`). Stop words, a title first, markings, peoples, a run of places and an
organisation's name are none (`THE DIRECTOR, NATIONAL SECURITY SERVICE,`, `PIURA PROVINCE`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = r"[" + CAPITALS + r"][\w'\u2019\-]+"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial (CHARITY M. KASONDE)
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.){0,2}")  # initials opening the name (K. NAGA LAKSHMI, W.M. CHANDRIKA)


@register("apposition_name")
class AppositionNameRecognizer(CableRecognizer):
    exact_span = True  # the slot says it is a name: kept as found (a place or English word in it too)

    class Spec(RecognizerSpec):
        # determiners that open the noun phrase (HER, THE, ITS), any case
        determiners: list[str]
        # nouns for a person after which a name in apposition follows, any case
        nouns: list[str]
        # ... and these, besides the nouns for a person by their form (Lexicon.agent_noun: HER
        # CAMERAMAN, THE FLUTIST, THE ORGANIZER): one word each
        person_nouns: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.extra_nouns = frozenset(n.lower() for n in spec.person_nouns)
        determiners = "|".join(re.escape(d) for d in sorted(spec.determiners, key=len, reverse=True))
        nouns = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(spec.nouns, key=len, reverse=True))
        particles = "|".join(re.escape(p) for p in sorted(lexicon.particles, key=len, reverse=True)) or "(?!)"
        self._apposition = re.compile(
            rf"(?<![\w])(?i:{determiners})[ \t]+(?:{_WORD}[ \t]+){{0,2}}?(?:(?i:{nouns})|(?P<other>[^\W\d_]+(?:-[^\W\d_]+)?))(?![\w\-])"
            rf"(?:[ \t]+(?i:of|from)[ \t]+{_WORD})?,{_GAP}"
            # (initials may open it: HIS WIFE, K. NAGA LAKSHMI.; THE DRIVER, S.T. RAJAN,)
            rf"(?P<name>(?:[A-Z]\.(?:[ \t]?[A-Z]\.){{0,2}}{_GAP})?{_WORD}(?:{_GAP}(?:(?i:{particles}){_GAP})?(?:[A-Z]\.{_GAP})?{_WORD}){{1,4}})"
            r"(?=[ \t]*(?:[,(;]|\.(?:\s|\Z)))")

    def find(self, text):
        if "," not in text:
            return []
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in self._apposition.finditer(text):
            other = m.group("other")
            if other is not None and not (other.lower() in self.extra_nouns or lex.agent_noun(other)):
                continue  # (a noun for a person by its form: THE WITNESS, THE FLUTIST, HER CAMERAMAN)
            name = m.group("name")
            words = [strip_possessive(w) for w in name.split() if w.lower() not in lex.particles and not _INITIAL.fullmatch(w)
                     and not _INITIALS.fullmatch(w)]
            if words[0].upper() in lex.title_words or any(
                    lex.never_a_name(w) or w.upper() in lex.stop_words or lex.is_people(w) and not lex.is_given_name(w)
                    for w in words):
                continue  # (a title after the first word is a surname: KAREN JUSTICE)
            if all(lex.is_place(w) for w in words) or lex.is_organization(text, *m.span("name")):
                continue

            def named(word: str) -> bool:  # a known name, or no English word in use and no place
                return lex.is_given_name(word) or lex.is_surname(word) \
                    or not lex.is_common(word, threshold) and not lex.is_place(word)

            if named(words[0]) or named(words[-1]):
                results.append(self.result(*m.span("name"), "a name in apposition to a noun for a person"))
        return results
