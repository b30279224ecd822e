"""PERSON: a family name written in capitals before the given names in mixed-case text (the
convention of EU and UN lists and of many Asian and African documents): `OUÉDRAOGO Salif`,
`DA SILVA PEREIRA Joana`, `NGUYEN Thi Lan Anh`, `NAGY-TÓTH László`; also with a comma between, as
consular notes and passports write it, when the name visibly ends after one or two given names
(`Applicant: DAUTI-BERISHA, Mirjeta (DOB ...)`).

One to three words in capitals (particles such as `DA`, `VAN` only before another one), at
least one of them shaped like a surname (a known surname that is no common English word, or a
word of five letters or more no English word list knows), none an acronym, marking, title,
country code or place (unless a known surname: `PEREIRA`), then one to three capitalized words in mixed case opening with a known
given name or a word no English word list knows. Text in capitals is left alone (there every
word is in capitals)."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ..registry import register
from .base import CableRecognizer

_UP, _LOW = "A-Z\u00C0-\u00DE", "a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF"
_CAPS_WORD = rf"[{_UP}][{_UP}'\u2019\-]*[{_UP}]"
_MIXED_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)*"
_NAME = re.compile(rf"(?<![\w'\u2019\-])(?P<family>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}})"
                   rf"(?P<comma>,)?[ \t]+(?P<given>{_MIXED_WORD}(?:[ \t]+{_MIXED_WORD}){{0,3}})(?![\w'\u2019])")
# after a comma (the consular and passport order, KRASNIQI, Drita (DOB ...)) the name visibly ends
_END_AFTER_COMMA_FORM = re.compile(r"[ \t]*(?:[(,;.:]|$)", re.MULTILINE)
_VOWELS = re.compile(r"[AEIOUY\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D8-\u00DD]")


@register("family_name_first")
class FamilyNameFirstRecognizer(CableRecognizer):
    def find(self, text):
        lex = self.lexicon
        if lex.is_caps(text):
            return []
        results = []
        for m in _NAME.finditer(text):
            if lex.caps_around(text, m.start(), m.end()):
                continue
            family = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[:m.end("family")])
                      if w.start() >= m.start("family")]
            given = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[:m.end("given")])
                     if w.start() >= m.start("given")]

            def word(span: tuple[int, int]) -> str:
                return text[span[0]:span[1]]
            # a leading word that is no name part (an acronym, a heading word) is left out;
            # particles open the family name only before another word (DA SILVA)
            while family and not self._family_word(word(family[0])) and not (
                    len(family) > 1 and word(family[0]).lower() in lex.particles):
                family.pop(0)
            if not family or word(family[-1]).lower() in lex.particles \
                    or not all(self._family_word(word(w)) or word(w).lower() in lex.particles for w in family) \
                    or not any(self._surname_like(word(w)) for w in family):
                continue
            count = self._given([word(w) for w in given])
            if not count or m.group("comma") and (count > 2 or _END_AFTER_COMMA_FORM.match(text, given[count - 1][1]) is None):
                continue
            results.append(self.result(family[0][0], given[count - 1][1], "a family name in capitals before the given names"))
        return results

    def _family_word(self, word: str) -> bool:
        lex = self.lexicon
        bare = strip_possessive(word)
        upper = bare.upper()
        return len(bare.replace("-", "")) >= 2 and _VOWELS.search(upper) is not None and not (
            lex.never_a_name(bare) or upper in lex.keep_upper or upper in lex.stop_words
            or upper in lex.title_words or upper in lex.country_codes or lex.is_place(bare) and not lex.is_surname(bare))

    def _surname_like(self, word: str) -> bool:
        lex = self.lexicon
        names = lex.settings.names
        parts = [p for p in strip_possessive(word).split("-") if p]
        return any(lex.is_surname(p) and not lex.is_common(p, names.caps_continue_below_zipf)
                   or len(p) >= 5 and len(_VOWELS.findall(p.upper())) >= 2 and not lex.is_common(p, names.rare_below_zipf)
                   for p in parts)

    def _given(self, words: list[str]) -> int:
        """How many of `words`, from the first, are given names (0: the first is none)."""
        lex = self.lexicon
        names = lex.settings.names
        out: list[str] = []
        for word in words:
            bare = strip_possessive(word)
            if lex.never_a_name(bare) or bare.upper() in lex.stop_words or bare.upper() in lex.title_words or lex.is_place(bare):
                break
            if not (lex.is_given_name(bare) or not lex.is_common(bare, names.rare_below_zipf)):
                break
            out.append(word)
            if bare != word:
                break  # a possessive ends the name
        return len(out)
