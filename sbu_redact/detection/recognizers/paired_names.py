"""PERSON: two one-word names joined by `and` that a person's verb follows or a person's plural noun
precedes (fixnames36): `TOTÒ AND COSIMINO RUN THE EXTORTION`, `SAID THAT RAY AND CLIFF HAD`,
`his cousins Pili and Tony`, `HIS SONS LALLU AND CHHOTU BURNED`. A single first name has too weak a
cue to be taken alone; a pair of them is one: each word is in the same case as the other, no place,
organisation, people's name, title or stop word, each a known given name or a word English does not
use (`names.caps_continue_below_zipf`), and one of them a known given name, or both words no list
uses at all (`names.rare_below_zipf`) after `that` (`SAID THAT TOTÒ AND COSIMINO RUN`). Later mentions of either follow by mention propagation."""
from __future__ import annotations

import re

from ...folding import name_fold as fold
from ..lexicon import strip_possessive
from ..registry import register
from ..words_around import ASCII_WORD_AFTER, ASCII_WORD_BEFORE, LIST_ITEM_BEFORE, SENTENCE_OPENS
from .base import CableRecognizer, RecognizerSpec

_W = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][^\W\d_]+"
_PAIR = re.compile(rf"(?<![\w\-'\u2019.])(?P<first>{_W})[ \t]*\n?[ \t]*(?:and|AND)[ \t]*\n?[ \t]*(?P<second>{_W})(?![\w\-'\u2019])")
PAIRED_NAMES = "two one-word names joined by and, with a person's verb after or a person's plural noun before"


@register("paired_names")
class PairedNamesRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # verbs after the pair that people do (had, were, run, told)
        verbs_after: list[str] = []
        # plural nouns for people right before the pair (sons, cousins, clerks, friends)
        plural_nouns_before: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.verbs_after = frozenset(w.lower() for w in spec.verbs_after)
        self.plural_nouns_before = frozenset(w.lower() for w in spec.plural_nouns_before)

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        folded = fold(word)
        if lex.never_a_name(word) or lex.is_place(word) or lex.is_people(word) or folded in lex.title_words \
                or folded in lex.stop_words or word.upper() in lex.keep_upper or lex.misspelled_title(word):
            return False
        return self._given(word) or not lex.is_common(word, lex.settings.names.caps_continue_below_zipf)

    def _given(self, word: str) -> bool:
        return self.lexicon.is_given_name(word) or self.lexicon.is_word_given_name(word)  # (RAY, Tony: words too)

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _PAIR.finditer(text):
            first, second = m.group("first"), strip_possessive(m.group("second"))
            caps = first.isupper()
            if caps != second.isupper() or not caps and (first[1:].isupper() or second[1:].isupper()):
                continue
            if not (self._name_word(first) and self._name_word(second)):
                continue
            if LIST_ITEM_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
                continue  # (Cameron, Vinton and Hackberry: the end of a list whose first items no one found)
            before = ASCII_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and before.group("comma") is not None:
                before = None  # (a word and a comma before the pair is no cue)
            cue = before.group("word").lower() if before is not None else ""
            rare = lex.settings.names.rare_below_zipf
            if not (self._given(first) or self._given(second)) and not (
                    cue == "that" and not lex.is_common(first, rare) and not lex.is_common(second, rare)):
                continue  # (two words no list knows: only as what someone said, THAT TOTÒ AND COSIMINO RUN)
            if caps and not lex.caps_around(text, m.start(), m.end()):
                continue  # (a pair in capitals inside mixed-case text: acronyms, a heading)
            if lex.is_organization(text, m.start(), m.end()) or lex.place_before(text, m.end()):
                continue
            after = ASCII_WORD_AFTER.match(text, m.end())
            if not caps and (after is not None and after.group("word")[:1].isupper()
                             or before is not None and before.group("word")[:1].isupper() and not SENTENCE_OPENS.search(
                                 text, max(0, before.start() - 3), before.start())):
                continue  # (Buenos Aires and Omar Said: in mixed case a capital before or after it is more of a name)
            if after is not None and after.group("word").lower() in self.verbs_after or cue in self.plural_nouns_before:
                results.append(self.result(m.start("first"), m.end("first"), PAIRED_NAMES))
                results.append(self.result(m.start("second"), m.end("second"), PAIRED_NAMES))
        return results


__all__ = ["PairedNamesRecognizer", "PAIRED_NAMES"]
