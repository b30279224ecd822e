"""PERSON: a Cantonese or Korean name in capitals, a one-syllable surname and a given name of
two syllables joined by a hyphen (`WONG KIN-HOU`, `LAI MAN-WA`, `PARK MIN-JUN`), with the English
given name that Hong Kong writes after a comma (`MAK WAI-MAN, GILBERT,`). Each syllable is also
an English word or abbreviation often enough (`MAN`, `KIN`, `MIN`) that no word list tells such a
name in capitals; its shape does.

The surname has two to five letters and is a known surname or no common English word (not
`STUDENT SIT-IN`); the syllables have one to five letters each, are no stop words, and written
together are no English word in use (not `SET-UP`, `LOG-IN`). Places are not names.

In mixed case (fixnames41) the given name is written `Mi-ok`, `Kin-hou` (the second syllable in
lower case): `Son Mi-ok`, `Wong Kin-hou`; the surname is as above or one of the one-syllable
surnames that are English words (`word_surnames`: Son, Sin, Song, Min)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_NAME = re.compile(r"(?<![\w'\u2019\-./@])(?P<surname>[A-Z]{2,5})[ \t]+(?P<given>(?P<one>[A-Z]{1,5})-(?P<two>[A-Z]{2,5}))"
                   r"(?:['\u2019]S)?(?![\w\-'\u2019])(?:,[ \t]+(?P<english>[A-Z][A-Z]+)(?=[ \t]*(?:[,.;:)]|$)))?", re.MULTILINE)

_MIXED = re.compile(r"(?<![\w'\u2019\-./@])(?P<surname>[A-Z][a-z]{1,4})[ \t]+(?P<given>(?P<one>[A-Z][a-z]{0,4})-(?P<two>[a-z]{2,5}))"
                    r"(?:['\u2019]s)?(?![\w\-'\u2019])")

# one word in capitals before the surname, after an item's opening or a word that may open one
_ENGLISH_BEFORE = re.compile(r"(?:^|[,;:(]|(?<![\w\-])(?P<opening>[A-Z]+))[ \t]*\n?[ \t]*(?P<word>[A-Z]{3,})[ \t]+\Z", re.MULTILINE)


@register("syllable_name")
class SyllableNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # one-syllable surnames that are English words, taken before a two-syllable given name in mixed case
        word_surnames: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.word_surnames = frozenset(w.upper() for w in spec.word_surnames)

    def find(self, text):
        return self._caps(text) + self._mixed(text)

    def _mixed(self, text):
        """Son Mi-ok, Wong Kin-hou: a surname and a two-syllable given name in mixed case."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in _MIXED.finditer(text):
            surname, one, two = m.group("surname"), m.group("one"), m.group("two")
            if any(w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w) for w in (surname, one, two)):
                continue
            if lex.is_place(surname) or lex.is_place(f"{surname} {m.group('given')}") or lex.is_common(one + two, lex.settings.names.rare_below_zipf):
                continue
            if surname.upper() in self.word_surnames or lex.is_surname(surname) or not lex.is_common(surname, threshold):
                results.append(self.result(m.start(), m.end("given"), "a surname and a two-syllable given name"))
        return results

    def _caps(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in _NAME.finditer(text):
            surname, one, two = m.group("surname"), m.group("one"), m.group("two")
            if not lex.caps_around(text, m.start(), m.end()):
                continue
            if any(w in lex.stop_words or w in lex.title_words or lex.never_a_name(w) for w in (surname, one, two)):
                continue
            if lex.is_place(surname) or lex.is_place(f"{surname} {m.group('given')}") \
                    or not (lex.is_surname(surname) or not lex.is_common(surname, threshold) or surname in self.word_surnames):
                continue
            if lex.is_common(one + two, lex.settings.names.rare_below_zipf):
                continue  # SET-UP, LOG-IN: a word
            start, end = m.start(), m.end("given")
            before = _ENGLISH_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and self._english_name_before(text, before):
                start = before.start("word")  # APPLE CHOI MEI-KUEN: Hong Kong's English given name first
            english = m.group("english")
            if english is not None and (lex.is_given_name(english) or lex.is_word_given_name(english)):
                end = m.end("english")  # MAK WAI-MAN, GILBERT
            results.append(self.result(start, end, "a surname and a two-syllable given name"))
        return results

    def _english_name_before(self, text: str, before: re.Match[str]) -> bool:
        """Whether the word of `before`, right before a surname, is an English given name (a
        word too: APPLE, SUNNY, CHOCOLATE) opening a list's item: after a comma, a colon, `and`,
        a line's start, or a title or person's noun in the plural or not (COUNCILLORS APPLE
        CHOI MEI-KUEN); not a title, a person's noun, a stop word, a place, a people or an acronym."""
        lex = self.lexicon
        word = before.group("word")
        if word in lex.stop_words or word in lex.title_words or word.lower() in lex.person_nouns \
                or word.rstrip("S") in lex.title_words or lex.never_a_name(word) or lex.is_place(word) \
                or lex.is_people(word) or word in lex.organization_words or word.lower() in lex.person_verbs:
            return False
        opening = before.group("opening")
        if opening is None or lex.is_given_name(word) or lex.is_word_given_name(word):
            return True  # a line's start, a comma, a colon, a parenthesis; a given name after any word
        cue = opening.upper()
        return cue in ("AND", "OR") or cue in lex.title_words or cue.rstrip("S") in lex.title_words \
            or cue.lower() in lex.person_nouns or cue.lower().rstrip("s") in lex.person_nouns
