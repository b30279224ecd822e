"""PERSON: a name with the person's age in commas right after it (fixnames44b): `KING, 71, SPOKE
IN FOOCHOW`, `SEE, 52, A LAWYER`, `Lucky Omagbemi, 19, was arrested`. Press and cables give an age
only to a person, so the slot makes a name of one to three capitalized words that are ordinary
words or one syllable (`KING`, `SEE`, `LING`), which no name list vouches for.

The name is one to three words in the line's case (capitals, or capitalized), the first opening
the phrase (after a line's start, punctuation, a title or a word in lower case: not `THE COURT,
12,`); then a comma, an age of one or two digits (`min_age` to `max_age`) and a comma. No word is a
stop word, title, marking, month, organisation's word, people's name or place (but a known
surname that is also a place or a title: KING), nor a word that is
never a name (`not_names` adds the rules' own: SECTION, ROOM, PARA)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_W = rf"[{CAPITALS}][\w'\u2019]*(?:-[{CAPITALS}][\w'\u2019]*)?"
_AGED = re.compile(rf"(?<![\w'\u2019\-.,])(?P<name>{_W}(?:[ \t]+{_W}){{0,2}}),[ \t]+(?P<age>\d{{1,2}}),(?=[ \t])")
AGED_NAME = "a name with an age in commas after it"


@register("aged_name")
class AgedNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        min_age: int = 1
        max_age: int = 99
        # words before an age in commas that are no names (SECTION 4, PARA 12, ROOM 3)
        not_names: list[str] = []

    def find(self, text):
        lex = self.lexicon
        not_names = {w.upper() for w in self.spec.not_names}
        results = []
        for m in _AGED.finditer(text):
            if not self.spec.min_age <= int(m.group("age")) <= self.spec.max_age:
                continue
            words = m.group("name").split()
            # the phrase opens at the name: drop leading words that are titles or stop words (MR., THE)
            start = m.start("name")
            while len(words) > 1 and words[0].rstrip(".").upper() in lex.title_words:
                start = text.index(words[0], start) + len(words[0])
                start += len(text[start:]) - len(text[start:].lstrip(" \t"))
                words = words[1:]
            if not words or any(w.isupper() != words[0].isupper() for w in words):
                continue
            before = text[max(0, start - 40):start]
            prev = re.search(r"([\w'\u2019\-]+)[ \t]*\Z", before)
            if prev is not None and prev.group(1)[:1].isupper() and prev.group(1).upper() not in lex.title_words \
                    and prev.group(1).upper() not in lex.stop_words:
                continue  # (the name does not open the phrase)
            if any(self._not_a_name(strip_possessive(w), not_names) for w in words) \
                    or len(words) > 1 and lex.is_place(" ".join(words)) \
                    or lex.is_organization(text, start, m.end("name")):
                continue
            results.append(self.result(start, m.end("name"), AGED_NAME))
        return results

    def _not_a_name(self, word: str, not_names: set[str]) -> bool:
        lex = self.lexicon
        upper = word.upper()
        return upper in not_names or lex.never_a_name(word) or upper in lex.stop_words \
            or upper in lex.title_words and not lex.is_surname(word) \
            or upper in lex.organization_words or upper in lex.keep_upper or lex.is_people(word) \
            or lex.is_place(word) and not lex.is_surname(word) or len(word) < 2  # (KING: a place and a surname)


__all__ = ["AgedNameRecognizer", "AGED_NAME"]
