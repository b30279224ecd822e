"""PERSON: names written surname first in lists and directories (`- BLACK, THEODORE R.
(S/ES-O), 202-647-0001`, `2. Okafor, Chidinma E -- consular assistant`): at the start of a
line or list item, a capitalized word, a comma and a given name (a known one, or a word that is
not English), with an optional middle name or initials, before the end of the item."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,3}[.)]|[A-Za-z][.)])?[ \t]*"
                   r"(?P<name>(?P<surname>[A-Z][A-Za-z'\u2019\-]+(?:[ \t][A-Z][A-Za-z'\-]+)?),[ \t]+"
                   r"(?P<given>[A-Z][A-Za-z'\-]+)(?:[ \t]+[A-Z][A-Za-z'\-]+)?(?:[ \t]+[A-Z]\.?)*)"
                   r"(?=[ \t]*(?:$|[(,;]|--|\u2013|\u2014))", re.MULTILINE)


@register("inverted_name")
class InvertedNameRecognizer(CableRecognizer):
    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _ITEM.finditer(text):
            surname, given = m.group("surname"), m.group("given")
            if not (lex.is_given_name(given) or not lex.is_common(given, 3.0)) or any(
                    lex.never_a_name(w) or w.upper() in lex.stop_words | lex.title_words or w.lower() in lex.person_nouns
                    for w in surname.split()):  # (HUSBAND, EMEKA: a person's noun, then the name)
                continue
            results.append(self.result(m.start("name"), m.end("name"), "a name written surname first in a list"))
        return results
