"""PERSON: a one-word name that no English list knows, set off by commas with a role noun
(fixnames35): after it, an article allowed (`ADOUM, A BUTCHER;`, `Zenaba, widow, sells tea`), or
before it (`A CLERK, SUKHWINDER, AND A NOTARY`). The role noun is a person's noun
(`names.person_nouns`), one of `roles`, or a noun for a doer by its form (-er, -or, -man) after an
article (with no article only one of `roles`: `Sheshatshiu, Labrador,` is a place). The
word must be no English word in use (`names.rare_below_zipf`), no place, people, marking,
title or organisation: a town set off by commas has no trade (`IN MOSHI, A MARKET TOWN,` is
no person's noun)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_L = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_WORD = re.compile(rf"(?<![\w'\u2019.\-/@])(?P<word>[A-Z\u00C0-\u00DE][{_L}]{{2,}})(?![\w\-/@'\u2019])")
_ROLE_AFTER = re.compile(r",[ \t]*\n?[ \t]*(?P<article>(?:an?|the|AN?|THE)[ \t]+)?(?P<noun>[A-Za-z\-]+)[ \t]*(?:[,;)]|\.(?:\s|\Z)|\n|[ \t]+(?:and|AND|who|WHO|from|FROM|of|OF)\b)")
_ROLE_BEFORE = re.compile(r"(?<![\w\-])(?:an?|the|AN?|THE|his|her|HIS|HER|their|THEIR)[ \t]+(?P<noun>[A-Za-z\-]+),[ \t]*\n?[ \t]*\Z")
_CLOSED = re.compile(r"[ \t]*(?:[,;)]|\.(?:\s|\Z))")


@register("role_apposition_name")
class RoleAppositionNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # role nouns besides names.person_nouns and nouns for a doer by their form
        roles: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.roles = frozenset(r.lower() for r in spec.roles)

    def _role(self, noun: str) -> bool:
        if len(noun) < 3:
            return False  # TAGS: PREL, ID
        noun = noun.lower()
        return noun in self.roles or noun in self.lexicon.person_nouns or self.lexicon.agent_noun(noun)

    def _name_like(self, text: str, start: int, end: int, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        if len(word) < 4 or upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper \
                or lex.never_a_name(word) or lex.is_place(word) or lex.is_people(word) or upper in lex.nationalities \
                or word.lower() in lex.person_nouns or word.lower() in self.roles:
            return False  # (no test of a doer's form: SUKHWINDER ends in -er)
        if lex.is_common(word, lex.settings.names.rare_below_zipf):
            return False
        if word.isupper() and not lex.caps_around(text, start, end):
            return False  # a lone word in capitals in mixed-case text: an acronym
        return not lex.place_before(text, end) and not lex.is_organization(text, start, end)

    def find(self, text):
        results = []
        for m in _WORD.finditer(text):
            word, start, end = m.group("word"), m.start(), m.end()
            after = _ROLE_AFTER.match(text, end)
            before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
            # (after it with no article, only a listed role: Sheshatshiu, Labrador,; IN PIKEVILLE, JUNIOR AND)
            role_after = after is not None and (self._role(after.group("noun")) if after.group("article")
                                                else after.group("noun").lower() in self.roles)
            role_before = before is not None and self._role(before.group("noun")) and _CLOSED.match(text, end) is not None
            if not (role_after or role_before) or not self._name_like(text, start, end, word):
                continue
            results.append(self.result(start, end, "a name no English list knows, set off by commas with a role noun"))
        return results


__all__ = ["RoleAppositionNameRecognizer"]
