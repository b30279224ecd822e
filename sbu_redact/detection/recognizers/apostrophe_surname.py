"""PERSON: an Italian or French surname glued to an elided particle (fixnames36): `D'AMICO`,
`DELL'OLIO'S`, `Dall'Ara`, `d'Esparron`, `D'Onofrio-Giraud`, alone or after given names in the
same case (`GIANLUCA D'AGOSTINO`, `MARIA GRAZIA DELL'OLIO`, a line end between them). The
particle (`particles`) is matched as listed, capitalized or in capitals; the word after the
apostrophe starts with a capital, and in capitals the particle is in capitals too. French and
Italian use the same elision for ordinary words and places (`CHARGÉ D'AFFAIRES`, `Côte d'Ivoire`,
`QUAI D'ORSAY`, `rue d'Aubagne`), so the word after it is no place, not one of `not_after` (words
of those phrases), no English word (unless a known surname), and the word before the particle is
not one of `not_before` (the nouns those phrases open with)."""
from __future__ import annotations

import re
from functools import cached_property

from ...folding import name_fold as fold
from ..lexicon import strip_possessive
from ..registry import register
from ..words_around import CAPITALIZED_WORD_BEFORE, LETTERS_WORD_BEFORE
from .base import CableRecognizer, RecognizerSpec, alternatives

_UPPER = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
_LETTER = r"[^\W\d_]"
_STEM = rf"[{_UPPER}]{_LETTER}+(?:-[{_UPPER}]{_LETTER}+)?"
APOSTROPHE_SURNAME = "a surname glued to an elided particle (D'AMICO, Dell'Olio)"


@register("apostrophe_surname")
class ApostropheSurnameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # elided particles that open a surname (D', Dell', Dall', Degl')
        particles: list[str] = []
        # words after the apostrophe that are no surname (affaires, Ivoire, état)
        not_after: list[str] = []
        # words before the particle that make it a phrase or a place (chargé, Côte, quai, rue)
        not_before: list[str] = []

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        forms = {f for p in self.spec.particles for f in (p, p[:1].upper() + p[1:], p.upper())}
        if not forms:
            return None
        return re.compile(r"(?<![\w\-'\u2019])(?P<particle>" + alternatives(sorted(forms)) + r")['\u2019]"
                          r"(?P<stem>" + _STEM + r")(?P<possessive>['\u2019][sS])?(?![\w\-'\u2019])")

    @cached_property
    def _not_after(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.spec.not_after)

    @cached_property
    def _not_before(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.spec.not_before)

    def _vetted_stem(self, particle: str, stem: str) -> bool:
        lex = self.lexicon
        caps = stem.isupper()
        if caps != (particle.isupper() and len(particle) > 1 or particle == "D" and caps):
            return False  # (Dell'ORTO, DELL'Orto: not one name's case)
        if not caps and not any(c.islower() for c in stem[1:]):
            return False
        parts = stem.split("-")
        first = parts[0]
        if fold(first) in self._not_after or lex.never_a_name(first) or lex.is_place(stem) or lex.is_place(first) \
                or lex.is_place(f"{particle}'{stem}") or fold(first) in lex.title_words or fold(first) in lex.stop_words:
            return False
        return lex.is_surname(first) or not lex.is_common(first, lex.settings.names.rare_below_zipf + 1.0)

    def find(self, text):
        pattern = self._pattern
        if pattern is None:
            return []
        lex = self.lexicon
        results = []
        for match in pattern.finditer(text):
            particle, stem = match.group("particle"), match.group("stem")
            if not self._vetted_stem(particle, stem):
                continue
            start = match.start()
            word_before = LETTERS_WORD_BEFORE.search(text, max(0, start - 40), start)
            if word_before is not None and fold(word_before.group("word")) in self._not_before:
                continue
            if lex.is_organization(text, start, match.end()):
                continue
            caps = stem.isupper()
            for _ in range(3):  # MARIA GRAZIA DELL'OLIO: up to three given names before it
                # (a given name before it, on the same line or at the end of the line before: SUNNY\nD'ALBERTAS-WOOD)
                before = CAPITALIZED_WORD_BEFORE.search(text, max(0, start - 40), start)
                if before is None:
                    break
                word = before.group("word")
                if strip_possessive(word) != word or word.isupper() != caps or not lex.is_given_name(word) \
                        or lex.never_a_name(word) or fold(word) in lex.title_words or fold(word) in lex.stop_words \
                        or lex.is_common(word, lex.settings.names.caps_continue_below_zipf):
                    break
                start = before.start("word")
            results.append(self.result(start, match.end(), APOSTROPHE_SURNAME))
        return results


__all__ = ["ApostropheSurnameRecognizer", "APOSTROPHE_SURNAME"]
