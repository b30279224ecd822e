"""PERSON: the given names listed after a plural noun for relatives (`Children: Selam, Yonas and
Mussie`, `THEIR CHILDREN, NASRA (8) AND ILYAS (5),`, `the applicant's brothers Fadhl and Waddah`,
`our children Tobi, Dami and "Ayo-Baby"`, `FOUR CHILDREN: MARIAMA DJOULDE, ABDOULAYE, THIERNO SADOU
AND KADIATOU`). Children and siblings are often named by a given name alone, which no name list
knows and NER reads as no name in a list.

Right after one of `nouns` (a colon, a comma or an opening parenthesis allowed), two items or
more joined by commas and `and`, each one to three capitalized words (a nickname in quotes too),
an age or birth year in parentheses allowed after it (`Abril (b. 2004)`). Every word of an item
is a known given name, a known surname that is no common word, or a word no English word list
uses much (`names.caps_continue_below_zipf`; a half of a hyphenated name will do), and no stop
word, title, marking or organisation's word: `THEIR CHILDREN AND GRANDCHILDREN`, `CHILDREN: UNICEF
AND SAVE THE CHILDREN` are no names. The list is read up to its first item that is none; one
item alone is left to the other recognizers (`their son Iskandar`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = r"(?!(?:AND|OR)\b)[\"\u201c]?[" + CAPITALS + r"][\w'\u2019\-]*[\"\u201d]?"
_ITEM = re.compile(rf"(?P<item>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?:[ \t]*\([^()\n]{{1,12}}\))?")
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:\n[ \t]*)?(?:(?:and|AND|&)[ \t]+(?:\n[ \t]*)?)?|(?:[ \t]+|[ \t]*\n[ \t]*)(?:and|AND|&)[ \t]+(?:\n[ \t]*)?)")


@register("kin_list_name")
class KinListNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # plural nouns for relatives after which a list of given names follows
        nouns: list[str]

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        nouns = "|".join(re.escape(n) for n in sorted(spec.nouns, key=len, reverse=True)) or "(?!)"
        self._lead = re.compile(rf"(?<![\w\-'\u2019])(?i:{nouns})(?:[ \t]*[:,(]|[ \t]*:[ \t]*\()?(?:[ \t]+|[ \t]*\n[ \t]*)?(?=[\"\u201c]?[{CAPITALS}])")

    def find(self, text):
        results = []
        for lead in self._lead.finditer(text):
            items: list[tuple[int, int]] = []
            pos = lead.end()
            while True:
                m = _ITEM.match(text, pos)
                if m is None or not self._item(m.group("item")):
                    break
                items.append(m.span("item"))
                sep = _SEPARATOR.match(text, m.end())
                if sep is None or sep.end() == m.end():
                    break
                pos = sep.end()
            if len(items) < 2:
                continue
            for start, end in items:
                while text[start] in "\"\u201c" and text[end - 1] in "\"\u201d" and end - start > 2:
                    start, end = start + 1, end - 1
                results.append(self.result(start, end, "a given name listed after a noun for relatives"))
        return results

    def _item(self, item: str) -> bool:
        words = [strip_possessive(w.strip("\"\u201c\u201d")) for w in item.split()]
        return bool(words) and all(self._name_word(w) for w in words)

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        if not word or lex.never_a_name(word) or word.upper() in lex.stop_words or word.upper() in lex.title_words \
                or word.upper() in lex.organization_words or word.upper() in lex.keep_upper:
            return False
        parts = [p for p in word.split("-") if p]
        return any(lex.is_given_name(p) or lex.is_surname(p) and not lex.is_common(p, threshold)
                   or len(p) > 2 and not lex.is_common(p, threshold) for p in parts)
