"""PERSON: a given name that is also a common word (`Will`, `MAY`, `HOPE`, `Rich`, `DEAN`, `Faith`)
right before a surname, on its line or over one line end (fixnames38): `WILL PAPADAKIS`, `MAY VAN DER
HEIDE`, `Will O'Donoghue`, `HOPE\\nBOERSMA-KOK`, `WILL J. VANDERHOOF`. The surname is a capitalized
word in the given name's case that is a known surname or a word no English list uses much (not a
place, a title, a stop word), particles (`van der`, `de`, `y`) and one initial allowed before it.
Never after a word that makes the given name a month, a modal, a verb or a thing (`not_after`: IN
MAY, SHE WILL, WE HOPE, THE RICH), nor before an organisation's or a place's word (`WILL ROGERS
AIRPORT`), so `THE MAY BUDGET` and `RICH SEAMS` stay words. After `and`/`or` (fixnames39: `BIRDSONG
AND WILL HAWKINS`, `Minnesota and May Towers`) in capitals only a known surname or no English word, and
a place that is also a known surname counts (`WILL MARRERO`); in capitals the modals WILL and MAY
likewise (`THE CITY WILL DEMOLISH`). fixnames41b: any given name of the name lexicon that is also a word
(`is_word_given_name`: STERLING, OLIVE) opens a name before a known given name that is no word and a
surname (`STERLING JAMES WOLLMANN`, `Olive Mary Tschetter`): a given name and a middle name, not a stop
word or a person's verb (SAID JOHN SMITH)."""
from __future__ import annotations

import re

from ...folding import name_fold as fold
from ..registry import register
from ..words_around import ASCII_WORD_AFTER, ASCII_WORD_BEFORE, LATIN_LETTERS
from .base import CableRecognizer, RecognizerSpec

_L = LATIN_LETTERS
# the given word; then, tried at its end with three particles down to none (a regex's one match would
# keep a greedy split: `ART KWAKYE OF PHILADELPHIA` read as particles `KWAKYE OF`), an initial, the
# particles and the surname (hyphen and apostrophe inside)
_GIVEN = re.compile(r"(?<![\w\-'\u2019.])(?P<given>[A-Z][A-Za-z]+)")
# a middle name right after the given word, on its line (STERLING | JAMES | WOLLMANN; fixnames41b)
_MIDDLE = re.compile(r"[ \t]+(?P<middle>[A-Z][A-Za-z]+)(?![\w\-'\u2019.])")
_SURNAME_AFTER = [re.compile(
    rf"(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?P<initial>[A-Z]\.[ \t]+)?(?P<particles>(?:[{_L}]{{1,6}}[ \t]+){{{count}}})"
    rf"(?P<surname>(?:O['\u2019])?[{_L}][{_L}'\u2019]*(?:-[{_L}][{_L}'\u2019]*)*)(?![\w\-])") for count in (3, 2, 1, 0)]
# after a joining word in capitals the surname is a known one or rarer than this in English (fixnames39)
_RARE_ZIPF = 2.0
# in capitals a plural of an English word this common after the given word is a noun it qualifies
# (`RICH SEAMS`, `FRANK TALKS`), unless a known surname (SELLERS)
_PLURAL_NOUN_ZIPF = 3.0
# ... and an English adverb in -LY this common makes the given word a verb (`PRICES ROSE SHARPLY`)
_ADVERB_ZIPF = 2.5
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
        # words that join it to a list (`BIRDSONG AND WILL HAWKINS`): in capitals, where it may be a modal
        # after a noun (`THE BOARD AND MAY RECONVENE`), the surname must be a known one or no English word
        joining_words: list[str] = []
        # given words that are modals too (WILL, MAY): in capitals, where a verb may follow (`THE CITY WILL
        # DEMOLISH`), only before a known surname or no English word
        modal_words: list[str] = []
        # (fixnames48) verbs that follow a given name as its predicate, never its surname (RAM RANG, DOT SAID)
        verbs_not_surnames: list[str] = []
        # (fixnames48) given words that are no month, modal or verb in a name's place (RAM, TEK, DIL): after a
        # preposition or a conjunction of `not_after` (BY RAM BAHADUR X, AS TEK BAHADUR X) they open a name all
        # the same; only a determiner before them (THE RAM, A RAM) makes them the word
        name_only_words: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.given_words = frozenset(w.lower() for w in spec.given_words)
        self.not_after = frozenset(w.lower() for w in spec.not_after)
        self.words_of_things_after = frozenset(w.lower() for w in spec.words_of_things_after)
        self.joining_words = frozenset(w.lower() for w in spec.joining_words)
        self.modal_words = frozenset(w.lower() for w in spec.modal_words)
        self.verbs_not_surnames = frozenset(w.lower() for w in spec.verbs_not_surnames)
        self.name_only_words = frozenset(w.lower() for w in spec.name_only_words)

    def _surname(self, word: str, caps: bool) -> bool:
        lex = self.lexicon
        bare = self._bare(word)
        if caps != bare.isupper() or not caps and not bare[:1].isupper() or len(bare) < 3 \
                or bare.lower() in self.verbs_not_surnames or bare.lower() in lex.person_verbs:
            return False
        parts = [p for p in re.split(r"-", bare) if p]
        # (a place that is also a known surname, MARRERO, SANTANA, is a surname after a given name)
        if any(lex.never_a_name(p) or lex.is_place(p) and not lex.is_surname(p) or fold(p) in lex.stop_words
               or fold(p) in lex.title_words or p.upper() in lex.keep_upper for p in parts) \
                or len(parts) == 1 and bare.lower() in lex.particles:  # (MAY VAN DER: a particle is no surname)
            return False
        if caps and len(parts) == 1 and not lex.is_surname(bare) and (
                bare.endswith("S") and lex.zipf_of(bare[:-1]) >= _PLURAL_NOUN_ZIPF
                or bare.endswith("LY") and lex.zipf_of(bare) >= _ADVERB_ZIPF):
            return False
        threshold = lex.settings.names.caps_continue_below_zipf
        return any(lex.is_surname(p) and not lex.is_common(p, threshold) or not lex.is_common(p, threshold)
                   for p in parts)

    @staticmethod
    def _bare(word: str) -> str:
        return word.rstrip("'\u2019sS") if word[-2:-1] in "'\u2019" else word

    def _particles(self, run: str, caps: bool) -> bool:
        words = run.split()
        return all(w.lower() in self.lexicon.particles and (not caps or w.isupper()) for w in words)

    def _surname_after(self, text: str, end: int, caps: bool) -> re.Match[str] | None:
        """The longest run of particles and a surname right after the given name, if any."""
        for pattern in _SURNAME_AFTER:
            m = pattern.match(text, end)
            if m is not None and self._particles(m.group("particles"), caps) and self._surname(m.group("surname"), caps):
                return m
        return None

    def _listed_surname(self, surname: str) -> bool:
        """A surname that no modal's verb can be: a known one, or no English word (HAWKINS, OYELARAN)."""
        parts = [p for p in self._bare(surname).split("-") if p]
        return any(self.lexicon.is_surname(p) or self.lexicon.zipf_of(p) < _RARE_ZIPF for p in parts)

    def _middle_name(self, text: str, given: str, end: int, caps: bool) -> int | None:
        """Where a known given name that is no word ends right after `given`, a given name of the name
        lexicon that is also a word (STERLING | JAMES), if there is one."""
        lex = self.lexicon
        if not lex.is_word_given_name(given) or fold(given) in lex.stop_words or given.lower() in lex.person_verbs \
                or fold(given) in lex.title_words:
            return None
        m = _MIDDLE.match(text, end)
        if m is None or m.group("middle").isupper() != caps:
            return None
        middle = m.group("middle")
        if not lex.is_given_name(middle) or lex.is_word_given_name(middle) or fold(middle) in lex.stop_words \
                or fold(middle) in lex.title_words or lex.is_place(middle):
            return None
        return m.end()

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _GIVEN.finditer(text):
            given = m.group("given")
            caps = given.isupper()
            if not caps and not given[1:].islower():
                continue
            after_given = m.end()
            if given.lower() not in self.given_words:
                after_given = self._middle_name(text, given, m.end(), caps)
                if after_given is None:
                    continue
            rest = self._surname_after(text, after_given, caps)
            if rest is None:
                continue
            start, end = m.start(), rest.end()
            if caps and not lex.caps_around(text, start, end):
                continue  # (a capitalized word in mixed case is no ALL-CAPS given name)
            before = ASCII_WORD_BEFORE.search(text, max(0, start - 30), start)
            word_before = before.group("word").lower() if before is not None and before.group("comma") is None else ""
            if caps and (word_before in self.joining_words or given.lower() in self.modal_words) \
                    and not self._listed_surname(rest.group("surname")):
                continue
            if word_before in self.not_after and word_before not in self.joining_words \
                    and not (given.lower() in self.name_only_words and word_before not in lex.determiners):
                continue
            after = ASCII_WORD_AFTER.match(text, end)
            if after is not None and after.group("word").lower() in self.words_of_things_after \
                    or lex.is_organization(text, start, end):
                continue
            results.append(self.result(start, end, WORD_GIVEN_SURNAME))
        return results


__all__ = ["WordGivenSurnameRecognizer", "WORD_GIVEN_SURNAME"]
