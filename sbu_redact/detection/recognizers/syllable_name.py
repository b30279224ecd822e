"""PERSON: a Cantonese or Korean name in capitals, a one-syllable surname and a given name of
two syllables joined by a hyphen (`WONG KIN-HOU`, `LAI MAN-WA`, `PARK MIN-JUN`), with the English
given name that Hong Kong writes after a comma (`MAK WAI-MAN, GILBERT,`). Each syllable is also
an English word or abbreviation often enough (`MAN`, `KIN`, `MIN`) that no word list tells such a
name in capitals; its shape does.

The surname has two to five letters and is a known surname or no common English word (not
`STUDENT SIT-IN`); the syllables have one to five letters each, are no stop words, and written
together are no English word in use (not `SET-UP`, `LOG-IN`). Places are not names."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_NAME = re.compile(r"(?<![\w'\u2019\-./@])(?P<surname>[A-Z]{2,5})[ \t]+(?P<given>(?P<one>[A-Z]{1,5})-(?P<two>[A-Z]{2,5}))"
                   r"(?:['\u2019]S)?(?![\w\-'\u2019])(?:,[ \t]+(?P<english>[A-Z][A-Z]+)(?=[ \t]*(?:[,.;:)]|$)))?", re.MULTILINE)


@register("syllable_name")
class SyllableNameRecognizer(CableRecognizer):
    def find(self, text):
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
                    or not (lex.is_surname(surname) or not lex.is_common(surname, threshold)):
                continue
            if lex.is_common(one + two, lex.settings.names.rare_below_zipf):
                continue  # SET-UP, LOG-IN: a word
            end = m.end("given")
            english = m.group("english")
            if english is not None and (lex.is_given_name(english) or lex.is_word_given_name(english)):
                end = m.end("english")  # MAK WAI-MAN, GILBERT
            results.append(self.result(m.start(), end, "a surname and a two-syllable given name"))
        return results
