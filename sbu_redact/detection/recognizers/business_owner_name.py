"""PERSON: the owner's name after `OF` in the name of a small business (fixnames46): `SHOP OF RAJESH`,
`the Bakery of Suresh`, `TAILORS OF MOHANLAL KAMATH`. A shop, a stall or a bakery is named after its
owner as often as after a place; the words after `of` are a name when they are written as one (capitals
in capitals, capitalized in mixed case), the first a known given name or a word English does not use
(rarer than `max_zipf`), later ones a known name or a rare word, none a place, people, organisation,
title or stop word (`SHOP OF KANDY`, `Store of the Month`: no person).

The business nouns are `business_nouns` (rules/entities.yaml), written before `of` in the same case
as the name."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives

_W = rf"[{CAPITALS}][\w'\u2019]*"
BUSINESS_OWNER_NAME = "a name after 'of' in a small business's name"


@register("business_owner_name")
class BusinessOwnerNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # nouns of a small business named after its owner (shop, stall, bakery, tailors)
        business_nouns: list[str] = []
        # the first word after `of`, unless a known given name, is rarer than this as an English word
        max_zipf: float = 3.0
        max_words: int = 3

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        nouns = alternatives(spec.business_nouns) or r"(?!)"
        self._pattern = re.compile(rf"(?<![\w'\u2019\-])(?P<noun>(?i:{nouns}))[ \t]+(?P<of>of|OF)[ \t]+"
                                   rf"(?P<name>{_W}(?:[ \t]+{_W}){{0,{max(0, spec.max_words - 1)}}})")

    def find(self, text):
        lex = self.lexicon
        continue_below = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in self._pattern.finditer(text):
            noun = m.group("noun")
            caps = noun.isupper()
            if caps != m.group("of").isupper() or caps != lex.caps_around(text, m.start(), m.end()):
                continue  # (the Shop of Rajesh in capitals text, SHOP Of: no name's case)
            words, end = [], m.start("name")
            for w in re.finditer(r"\S+", m.group("name")):
                word = strip_possessive(w.group())
                if word.isupper() != caps or not caps and not word[1:].islower() or self._not_a_name(word):
                    break
                known = lex.is_given_name(word) or lex.is_surname(word)
                if not words and not (known and not lex.is_common(word, continue_below)
                                      or not lex.is_common(word, self.spec.max_zipf)):
                    break
                if words and not (known and not lex.is_common(word, continue_below)
                                  or not lex.is_common(word, lex.settings.names.rare_below_zipf)):
                    break
                words.append(word)
                end = m.start("name") + w.start() + len(word)
            if not words or lex.is_place(" ".join(words)) or lex.is_organization(text, m.start("name"), end):
                continue
            results.append(self.result(m.start("name"), end, BUSINESS_OWNER_NAME))
        return results

    def _not_a_name(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        return len(word) < 2 or upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper \
            or upper in lex.organization_words or lex.never_a_name(word) or lex.is_people(word) or lex.is_place(word)


__all__ = ["BusinessOwnerNameRecognizer", "BUSINESS_OWNER_NAME"]
