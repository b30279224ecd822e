"""PERSON: a known given name followed by the rest of a name (`Natalia Sokolova said`,
`NATALIA SOKOLOVA, A JOURNALIST`, `Timur Rashidovich Abdullaev`), or alone before a reporting
verb (`Natalia said`). NER misses many of these in short sentences and in ALL-CAPS text; the
given names and surnames come from the name lexicons (namelex.py). A given name alone between
commas after a noun for a person is one too (`HIS SON, ALI, IS REGISTERED`)."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ..names import NameReader
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w'\u2019.\-])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'\u2019\-]+")
# HIS SON, ALI, IS: a given name alone between commas after a noun for a person
_APPOSITION_BEFORE = re.compile(r"[A-Za-z\-]+,[ \t]*\n?[ \t]*\Z")
_APPOSITION_AFTER = re.compile(r"[ \t]*[,)]")


@register("given_name")
class GivenNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # a given name alone is a person before one of these words
        reporting_verbs: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.reader = NameReader(lexicon)
        self.verbs = frozenset(v.upper() for v in spec.reporting_verbs)

    def find(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        taken_until = -1
        for word in _WORD.finditer(text):
            if word.start() < taken_until or not lex.is_given_name(word.group()):
                continue
            if lex.never_a_name(word.group()) or strip_possessive(word.group()).upper() in lex.title_words:
                continue
            span = self.reader.read(text, word.start())
            if span and span[0] == word.start() and span[1] > word.end() + 1:
                rest = re.findall(r"[A-Za-z\u00C0-\u024F][\w'\u2019\-]*", text[word.end():span[1]])
                if any(lex.is_surname(w) or lex.is_given_name(w) or not lex.is_common(w, threshold) for w in rest):
                    results.append(self.result(span[0], span[1], "a given name and the rest of a name"))
                    taken_until = span[1]
                    continue
            following = re.match(r"[ \t]+([A-Za-z]+)", text[word.end():word.end() + 20])
            if following and following.group(1).upper() in self.verbs and not lex.is_common(word.group(), threshold):
                results.append(self.result(word.start(), word.start() + len(strip_possessive(word.group())),
                                           "a given name before a reporting verb"))
            elif _APPOSITION_BEFORE.search(text, max(0, word.start() - 40), word.start()) \
                    and _APPOSITION_AFTER.match(text, word.end()) and lex.person_noun_before(text, word.start()):
                results.append(self.result(word.start(), word.end(), "a given name in apposition to a person's noun"))
        return results
