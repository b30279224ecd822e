"""PERSON: a name joined by a filiation particle, `son of` or `daughter of` (the rules'
`names.filiation_particles`): `Angharad ferch Emrys`, `Owain ap Meurig-Jones`, `KAMALA
SUBRAMANIAM D/O RAJU`, `Siti Aminah bte Kamaruddin`, `HAZMAN BIN HJ. OTHMAN`, `Mohd Faizal bin
Pg. Hj. Tengah`. NER often drops such names whole: the lower-case word inside reads as no name.

One to three capitalized words, the particle, the abbreviated particles of the rules that may
follow it (`Hj.`, `Pg.`), and one or two capitalized words. Titles, stop words, markings and
English words are no part of the name before the particle (`THE CDA THAT | HAZMAN BIN
...`); after it the first word is a name word and a second one is taken when it is no common
word (a place's name that English does not use is a name word there too: `Jugah anak Dayang`,
fixnames47). In capitals a particle that is a word or an abbreviation there (`AP`, `AG`: the rules'
`names.lower_case_particles`, and `BEN`) counts only in lower case. Before the particle a name
word is a known given name, a known surname that is no common word, or no English word in use."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives

_WORD = r"(?:[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF](?:['\u2019][sS]?)?)"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


@register("filiation_name")
class FiliationNameRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec: RecognizerSpec):
        super().__init__(lexicon, spec)
        particles = sorted(lexicon.filiation_particles)
        abbreviated = alternatives(sorted(lexicon.abbreviated_particles)) or "(?!)"
        self._caps_never = frozenset(p.upper() for p in lexicon.lower_case_particles) | {"BEN", "AG"}
        self._pattern = re.compile(
            rf"(?<![\w'\u2019\-./@])(?P<before>{_WORD}(?:[ \t]+{_WORD}){{0,2}}){_GAP}"
            rf"(?P<particle>(?i:{alternatives(particles)})){_GAP}"
            rf"(?P<abbreviated>(?:(?i:{abbreviated})\.{_GAP}){{0,3}})"
            rf"(?P<after>{_WORD})(?:[ \t]+(?P<second>{_WORD}))?(?![\w\-/@])")

    def find(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in self._pattern.finditer(text):
            particle = m.group("particle")
            if particle.isupper() and particle.upper() in self._caps_never:
                continue  # AP, AG, BEN in capitals: a word, an acronym or a given name
            after = strip_possessive(m.group("after"))
            if not (self._name_word(after) or self._rare_place_word(after)) \
                    or after.upper() in lex.title_words and (m.group("second") is not None or not self._rare_place_word(after)):
                continue  # (fixnames47: Jugah anak Dayang, a father's name that is also a place's and a title, last)
            end = m.end("after")
            second = m.group("second")
            if second is not None and strip_possessive(m.group("after")) == m.group("after") \
                    and self._name_word(strip_possessive(second)) \
                    and (lex.is_surname(strip_possessive(second)) or not lex.is_common(strip_possessive(second), threshold)):
                end = m.end("second")
            # the name's words before the particle: from the particle leftwards, up to a word that is none
            words = list(re.finditer(_WORD, m.group("before")))
            start = None
            for w in reversed(words):
                bare = strip_possessive(w.group())
                known = lex.is_given_name(bare) or lex.is_surname(bare) and not lex.is_common(bare, threshold)
                if bare != w.group() or not self._name_word(bare) or bare.upper() in lex.title_words \
                        or not known and lex.is_common(bare, lex.settings.names.rare_below_zipf):
                    break  # (THEY INTERVIEWED | KAMALA ...: a word in use that is no known name)
                start = m.start("before") + w.start()
            if start is None:
                continue
            results.append(self.result(start, end, "a name joined by a filiation particle"))
        return results

    def _rare_place_word(self, word: str) -> bool:
        """A place's name that English does not use, after the particle: a father's name too (Dayang)."""
        lex = self.lexicon
        return lex.is_place(word) and not lex.never_a_name(word) and word.upper() not in lex.stop_words \
            and not lex.is_common(word, lex.settings.names.rare_below_zipf)

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        return not (lex.never_a_name(word) or word.upper() in lex.stop_words or lex.is_place(word))
