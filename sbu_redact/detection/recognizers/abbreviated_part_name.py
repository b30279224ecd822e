"""PERSON: an Ethiopian or Eritrean name with an abbreviated part, `G/` for Gebre and `W/` for
Wolde (`TSION G/HIWOT`, `DANIEL W/GIORGIS LAMISO`, `Birtukan G/Mariam Tessema`, `TSEHAY` /
`G/MEDHIN` over a line end). NER reads the slash as an office symbol (`L/HRR`, `A/S`) and drops
the name or keeps only its first word.

The abbreviation: one of the rules' letters (`prefixes`), a slash and a name part of at least
`min_letters` letters with a vowel, in the case of the rest (so not an office: `A/DCM`, `S/GAC`
have other letters before the slash; `G/TIP`, `W/RO`, a title, are too short). Around it, as
in `filiation_name`: the name words before it, from the abbreviation leftwards up to a title, a
stop word, a place or a word in use that is no known name (`EMBOFF MET W/RO | BIRTUKAN
G/MARIAM`), and one name word after it that is a known surname or no common word. An
abbreviation with no name word before it is taken alone (`FATHER, G/MARIAM TESSEMA`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = r"(?:[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF](?:['\u2019][sS]?)?)"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


@register("abbreviated_part_name")
class AbbreviatedPartNameRecognizer(CableRecognizer):
    exact_span = True  # kept as found: the slash would read as an office symbol, never a name, to the clean-up

    class Spec(RecognizerSpec):
        # the letters that abbreviate a name part before a slash (G/ Gebre, W/ Wolde, H/ Haile, T/ Tekle)
        prefixes: list[str]
        # the fewest letters of the part after the slash
        min_letters: int = 4

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        letters = "".join(sorted({p.upper() for p in spec.prefixes if len(p) == 1 and p.isalpha()}))
        n = max(2, spec.min_letters) - 1
        self._pattern = re.compile(
            rf"(?<![\w'\u2019\-./@])(?:(?P<before>{_WORD}(?:[ \t]+{_WORD}){{0,2}}){_GAP})?"
            rf"(?P<abbreviation>[{letters}]/(?:[A-Z][A-Z'\-]{{{n},}}|[A-Z][a-z'\-]{{{n},}})(?:['\u2019][sS])?)"
            rf"(?:[ \t]+(?P<after>{_WORD}))?(?![\w\-/@])")

    def find(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in self._pattern.finditer(text):
            abbreviation = m.group("abbreviation")
            part = strip_possessive(abbreviation[2:])
            if not re.search(r"[AEIOUaeiou]", part) or not self._name_word(part):
                continue
            caps = part.isupper()
            start, end = m.start("abbreviation"), m.end("abbreviation")
            after = m.group("after")
            if after is not None and abbreviation == strip_possessive(abbreviation):
                bare = strip_possessive(after)
                if bare.isupper() == caps and self._name_word(bare) and bare.upper() not in lex.title_words \
                        and (lex.is_surname(bare) or not lex.is_common(bare, threshold)):
                    end = m.end("after")
            if m.group("before") is not None:
                for w in reversed(list(re.finditer(_WORD, m.group("before")))):
                    bare = strip_possessive(w.group())
                    known = lex.is_given_name(bare) or lex.is_surname(bare) and not lex.is_common(bare, threshold)
                    if bare != w.group() or bare.isupper() != caps or not self._name_word(bare) \
                            or bare.upper() in lex.title_words or bare.lower() in lex.person_nouns \
                            or not known and lex.is_common(bare, lex.settings.names.rare_below_zipf):
                        break
                    start = m.start("before") + w.start()
            results.append(self.result(start, end, "a name with an abbreviated part (G/, W/)"))
        return results

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        return not (lex.never_a_name(word) or word.upper() in lex.stop_words or lex.is_place(word))
