"""PERSON: one word whose ending is a given name's in South Indian naming (fixnames45b): Kodava and
Kannada given names alone (`Cariappa`, `Muthamma`, `SUBBAIAH`, `THIMMAYYA'S`) are in no name list
and no English word, and spaCy rarely reads them alone. The ending (`endings`: -appa, -amma, -aiah,
-ayya) is the evidence; the word must be written as a name (capitalized in mixed case, in capitals
in ALL-CAPS text; in lower case on a lower-case line of a chat or typed notes: `muthamma made lunch`), long enough that the ending is a suffix (`min_length`: not Kappa, Gamma), rarer in
English than `max_zipf`, no known place, and not in a place's slot: after a place preposition (`in`,
`near`: `names.place_prepositions`) or before a place's, street's or facility's word (`FIELD MARSHAL
CARIAPPA COLLEGE`, `Thimmaiah Road`: `place_words`, `named_after_person`)."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w\-'\u2019.@/])(?P<word>[A-Za-z][A-Za-z]+)(?:['\u2019][sS]?)?(?![\w\-@/])")
_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z]+)[ \t]+\Z")
NAME_ENDING = "a word with a South Indian given name's ending, written as a name"


@register("name_ending")
class NameEndingRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # endings of given names (Cariappa, Muthamma, Subbaiah, Thimmayya)
        endings: list[str] = []
        # letters at least: the ending is a suffix, not the word (Kappa, Gamma)
        min_length: int = 6
        # rarer in English than this (Zipf)
        max_zipf: float = 2.5

    lower_case_names = True  # in chats and typed notes its names are in lower case; post-processing keeps them

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.endings = tuple(e.lower() for e in spec.endings)

    def find(self, text):
        if not self.endings:
            return []
        lex = self.lexicon
        results = []
        for m in _WORD.finditer(text):
            word = m.group("word")
            bare = strip_possessive(word)
            if len(bare) < self.spec.min_length or not bare.lower().endswith(self.endings):
                continue
            if bare.islower():
                if not lex.on_lower_case_line(text, m.start()):
                    continue  # (in lower case only where the line is lower-case prose: a chat, typed notes)
            else:
                caps = lex.caps_around(text, m.start(), m.end())
                if caps != bare.isupper() or not caps and not bare[1:].islower():
                    continue  # (written as a name in the case of the text around it)
            end = m.start() + len(bare)
            if lex.is_common(bare, self.spec.max_zipf) or lex.is_place(bare) or lex.never_a_name(bare) \
                    or lex.place_before(text, end) or lex.named_after_person(text, m.start(), end) \
                    or lex.is_organization(text, m.start(), end):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if before is not None and before.group(1).lower() in lex.place_prepositions:
                continue  # (in Ammathi: a place)
            results.append(self.result(m.start(), end, NAME_ENDING))
        return results
