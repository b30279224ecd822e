"""PERSON: a given name that is also a common word (`Will`, `MAY`, `HOPE`, `Rich`, `DEAN`, `Faith`)
right before a surname, on its line or over one line end (fixnames38): `WILL PAPADAKIS`, `MAY VAN DER
HEIDE`, `Will O'Donoghue`, `HOPE\\nBOERSMA-KOK`, `WILL J. VANDERHOOF`. The surname is a capitalized
word in the given name's case that is a known surname or a word no English list uses much (not a
place, a title, a stop word), particles (`van der`, `de`, `y`) and one initial allowed before it.
Never after a word that makes the given name a month, a modal, a verb or a thing (`not_after`: IN
MAY, SHE WILL, WE HOPE, THE RICH), nor before an organisation's or a place's word (`WILL ROGERS
AIRPORT`), so `THE MAY BUDGET` and `RICH SEAMS` stay words."""
from __future__ import annotations

import re

from ...folding import name_fold as fold
from ..registry import register
from ..words_around import ASCII_WORD_AFTER, ASCII_WORD_BEFORE, LATIN_LETTERS
from .base import CableRecognizer, RecognizerSpec

_L = LATIN_LETTERS
# the given word, an initial, up to three particles and the surname (hyphen and apostrophe inside)
_GIVEN_THEN_SURNAME = re.compile(
    rf"(?<![\w\-'\u2019.])(?P<given>[A-Z][A-Za-z]+)(?P<gap>[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<initial>[A-Z]\.[ \t]+)?(?P<particles>(?:[{_L}]{{1,6}}[ \t]+){{0,3}})"
    rf"(?P<surname>(?:O['\u2019])?[{_L}][{_L}'\u2019]*(?:-[{_L}][{_L}'\u2019]*)*)(?![\w\-])")
WORD_GIVEN_SURNAME = "a given name that is also a word, before a surname"


@register("word_given_surname")
class WordGivenSurnameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # given names that are common words (WILL, MAY, HOPE, RICH, DEAN, FAITH)
        given_words: list[str] = []
        # words right before it that make it a month, a modal, a verb or a thing (in, she, we, the)
        not_after: list[str] = []
        # words after the surname that make the phrase an organisation's or a place's name
        words_of_things_after: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.given_words = frozenset(w.lower() for w in spec.given_words)
        self.not_after = frozenset(w.lower() for w in spec.not_after)
        self.words_of_things_after = frozenset(w.lower() for w in spec.words_of_things_after)

    def _surname(self, word: str, caps: bool) -> bool:
        lex = self.lexicon
        bare = word.rstrip("'\u2019sS") if word[-2:-1] in "'\u2019" else word
        if caps != bare.isupper() or not caps and not bare[:1].isupper() or len(bare) < 3:
            return False
        parts = [p for p in re.split(r"-", bare) if p]
        if any(lex.never_a_name(p) or lex.is_place(p) or fold(p) in lex.stop_words or fold(p) in lex.title_words
               or p.upper() in lex.keep_upper for p in parts):
            return False
        threshold = lex.settings.names.caps_continue_below_zipf
        return any(lex.is_surname(p) and not lex.is_common(p, threshold) or not lex.is_common(p, threshold)
                   for p in parts)

    def _particles(self, run: str, caps: bool) -> bool:
        words = run.split()
        return all(w.lower() in self.lexicon.particles and (not caps or w.isupper()) for w in words)

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _GIVEN_THEN_SURNAME.finditer(text):
            given = m.group("given")
            caps = given.isupper()
            if given.lower() not in self.given_words or not caps and not given[1:].islower():
                continue
            if caps and not lex.caps_around(text, m.start(), m.end()):
                continue  # (a capitalized word in mixed case is no ALL-CAPS given name)
            if not self._particles(m.group("particles"), caps) or not self._surname(m.group("surname"), caps):
                continue
            before = ASCII_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and before.group("comma") is None and before.group("word").lower() in self.not_after:
                continue
            after = ASCII_WORD_AFTER.match(text, m.end())
            if after is not None and after.group("word").lower() in self.words_of_things_after \
                    or lex.is_organization(text, m.start(), m.end()):
                continue
            results.append(self.result(m.start(), m.end(), WORD_GIVEN_SURNAME))
        return results


__all__ = ["WordGivenSurnameRecognizer", "WORD_GIVEN_SURNAME"]
