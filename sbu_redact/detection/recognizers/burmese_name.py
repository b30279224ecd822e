"""PERSON: Burmese, Kachin, Karen and Shan names (`U TIN HTUT KYAW`, `DAW KHIN SAN NWE`, `Naw Din`,
`Maran Gam Awng`, `N'HKUM LA RAW`, `LATUM NAW`). Burmese names have no surname: one to four
syllables, each often an English word or abbreviation too (`TIN`, `SAN`, `WIN`, `MAY`, `NU`), so no
word list tells them, in capitals least of all; Kachin names are a clan's name and birth-order names
(`Gam`, `Naw`, `Roi`, `Ja`).

A run of one to four words written as names in one case (capitals, or capitalized), each one of
`syllables` (Burmese syllables, Kachin clans and birth-order names), at least one of them a word
English uses little (`distinct_below_zipf`), is a name when it has two words or more, or when one
of `honorifics` comes right before it (`U`, `Daw`, `Ko`, `Ma` are titles and are left out of the
name; `Naw`, `Sai`, `Saw`, `Nang`, `Mahn` are part of it). After `U`, `Ko`, `Ma` or `Saw`, which
are English words or letters too, two syllables or more are needed. No place's name is one."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = r"(?:[A-Z]'?[A-Za-z]*)"
_RUN = re.compile(rf"(?<![\w'\u2019\-./@])(?P<run>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?![\w\-]|['\u2019](?![sS]\b))")


@register("burmese_name")
class BurmeseNameRecognizer(CableRecognizer):
    # its syllables are titles or acronyms elsewhere (Naw, NU): post-processing keeps its spans as found
    exact_span = True
    class Spec(RecognizerSpec):
        # Burmese syllables, Kachin clans and birth-order names, Karen and Shan name words
        syllables: list[str]
        # titles before a Burmese name, left out of it (U, Daw, Ko, Ma)
        title_honorifics: list[str] = []
        # honorifics that are part of the name (Naw, Sai, Saw, Nang, Mahn)
        name_honorifics: list[str] = []
        # honorifics that are English words or letters too: two syllables needed after them
        weak_honorifics: list[str] = []
        # a syllable English uses less than this says Burmese
        distinct_below_zipf: float = 3.0

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self._syllables = frozenset(s.upper() for s in spec.syllables)
        self._titles = frozenset(h.upper() for h in spec.title_honorifics)
        self._name_honorifics = frozenset(h.upper() for h in spec.name_honorifics)
        self._weak = frozenset(h.upper() for h in spec.weak_honorifics)
        # a text without a syllable English uses little has no such name (checked first: it is cheaper)
        distinct = sorted((s for s in self._syllables | self._name_honorifics if not lexicon.is_common(s, spec.distinct_below_zipf)),
                          key=len, reverse=True)
        self._distinct = re.compile(r"(?<![\w'])(?i:" + "|".join(re.escape(s) for s in distinct) + r")(?![\w'])") \
            if distinct else None

    def find(self, text):
        if self._distinct is None or self._distinct.search(text) is None:
            return []
        results = []
        pos = 0
        while (m := _RUN.search(text, pos)) is not None:
            pos = m.end()
            words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group("run"))]
            words = [(m.start("run") + a, m.start("run") + b, w) for a, b, w in words]
            found = self._name_in(text, words)
            if found is not None:
                results.append(self.result(found[0], found[1], "Burmese or Kachin name syllables"))
                pos = found[1]
            elif len(words) > 1:
                pos = words[0][1]  # try again from the next word
        return results

    def _name_in(self, text: str, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        lex = self.lexicon
        honorific = None
        upper0 = words[0][2].upper()
        if upper0 in self._titles or upper0 in self._name_honorifics:
            honorific = upper0
        # the longest run of syllables in one case after the honorific (or from the first word)
        first = 1 if honorific is not None else 0
        if first >= len(words):
            return None
        caps = words[first][2].isupper()
        run: list[tuple[int, int, str]] = []
        for start, end, word in words[first:]:
            if word.upper() not in self._syllables or word.isupper() != caps and len(word) > 1 \
                    or not (word.isupper() or word[1:].islower() or "'" in word):
                break
            run.append((start, end, word))
        if not run:
            return None
        counted = run + ([words[0]] if honorific is not None and honorific in self._name_honorifics else [])
        distinct = any(not lex.is_common(w, self.spec.distinct_below_zipf) for _, _, w in counted)
        if not distinct or lex.is_place(" ".join(w for _, _, w in run)):
            return None
        if caps and not lex.caps_around(text, run[0][0], run[-1][1]):
            return None
        if honorific is None and len(run) < 2:
            return None
        if honorific is not None and honorific in self._weak and len(run) < 2:
            return None
        start = run[0][0]
        if honorific is not None and honorific in self._name_honorifics:
            start = words[0][0]  # Naw Din, SAI HSENG: part of the name
        return start, run[-1][1]
