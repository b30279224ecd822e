"""PERSON: one or two initials and a single name word after them (fixnames42): `K. Anbarasi` on a
log line, `; T.\nVENKATESAN (ERODE)` in a list of wardens, `SON: P. SIVA`. NER finds neither the
initial nor, often, the word; `unfamiliar_name` needs two words. The word is in the case of the
initials' line (capitalized, or all capitals in ALL-CAPS text), of `min_letters` letters at least,
and a word English hardly uses (`names.rare_below_zipf`) or a known given name or surname that is
no common word (`names.caps_continue_below_zipf`); it is no place, stop word, title, acronym or
marking. The initials are no abbreviation (`not_initials`: U.S., P.O.) and no lettered list's
enumerator (`REF: A. LIMA 388 B. TELCON`: `words_around.lettered_item`).

In a chat or a note in lower case (fixnames47c) the initials may have no dots (`lp dagaura out`, `l.p.
dagaura`): two letters, no vowel among them and no abbreviation in use (`lower_not_initials`: mr, pm, cc), on a
line with no capitals, before a word of `min_letters` that English hardly uses and that is no place or people."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from ..words_around import lettered_item
from .base import CableRecognizer, RecognizerSpec

_INITIALS = re.compile(rf"(?<![\w.\-/'\u2019])(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.)?)[ \t]*\n?[ \t]*"
                       rf"(?P<word>[{CAPITALS}][\w'\u2019\-]*[^\W\d_])(?![\w\-]|\.[A-Za-z])")
# fixnames47c: initials in lower case before a word, in a chat (lp dagaura, l.p. dagaura)
_LOWER_INITIALS = re.compile(r"(?<![\w.\-/'\u2019])(?P<initials>[b-df-hj-np-tv-xz]{2}|[a-z]\.[ \t]?[a-z]\.)[ \t]+"
                             r"(?P<word>[a-z][a-z'\u2019\-]*[a-z])(?![\w\-]|\.[a-z])")


@register("initial_name")
class InitialNameRecognizer(CableRecognizer):
    lower_case_names = True  # (fixnames47c) lp dagaura in a chat: post-processing keeps it

    class Spec(RecognizerSpec):
        # letters of the name word at least
        min_letters: int = 4
        # abbreviations written like initials (U.S., P.O.)
        not_initials: list[str] = []
        # fixnames47c: abbreviations in lower case with no dots that are no initials (mr, pm, cc)
        lower_not_initials: list[str] = []

    def find(self, text):
        out = []
        not_initials = {w.replace(" ", "") for w in self.spec.not_initials}
        for m in _INITIALS.finditer(text):
            initials = m.group("initials")
            if initials.replace(" ", "") in not_initials or lettered_item(text, m.start()):
                continue
            if self._name_word(m.group("word")):
                out.append(self.result(m.start(), m.end(), "initials and a name word"))
        return out + self._lower_case(text)

    def _lower_case(self, text: str) -> list:
        """fixnames47c: lower-case initials before a word English hardly uses, on a line with no capitals."""
        lex = self.lexicon
        not_initials = {w.lower().replace(".", "") for w in [*self.spec.lower_not_initials, *self.spec.not_initials]}
        out = []
        for m in _LOWER_INITIALS.finditer(text):
            line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            line = text[line_start:len(text) if line_end < 0 else line_end]
            word = strip_possessive(m.group("word"))
            if any(ch.isupper() for ch in line) or m.group("initials").replace(".", "").replace(" ", "") in not_initials:
                continue
            if len(word) < self.spec.min_letters or word.upper() in lex.stop_words or lex.never_a_name(word) \
                    or lex.is_place(word) or lex.is_people(word) or lex.is_common(word, lex.settings.names.rare_below_zipf):
                continue
            out.append(self.result(m.start(), m.end(), "initials in lower case and a name word"))
        return out

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        bare = strip_possessive(word)
        upper = bare.upper()
        if len(bare) < self.spec.min_letters or not (bare[1:].islower() or bare.isupper() or "-" in bare):
            return False
        if upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper or lex.never_a_name(bare) \
                or lex.is_place(bare):
            return False
        names = lex.settings.names
        parts = [p for p in bare.split("-") if p]
        if all(not lex.is_common(p, names.rare_below_zipf) for p in parts):
            return True
        return (lex.is_given_name(bare) or lex.is_surname(bare)) and not lex.is_common(bare, names.caps_continue_below_zipf)


__all__ = ["InitialNameRecognizer"]
