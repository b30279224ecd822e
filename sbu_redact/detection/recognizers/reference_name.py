"""PERSON: people named in the descriptions of a REF list the reader found (`B. SMITH-JONES
E-MAIL 05/11/07`, `C. TELCON DOE/PETROV 3/4/08`): in an item that is not a cable reference
(`STATE 87399`; only its description in parentheses after one: `BAGHDAD 3310 (KAKA HAMA / SHWAN
DLER MEETING)`; items enumerated `A.`, `B)` or `(C)`), every word that may be a name (a given name, a known surname, or a word that is
not ordinary English, an acronym, a known place, a post or a document type)."""
from __future__ import annotations

import re

from ..registry import register
from .base import FieldRecognizer, RecognizerSpec

_ITEM = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][.)]|\([A-Z]\))\s")  # A. B) (C) enumerators
_CABLE = re.compile(r"(?<![\w\-/])(?:\d{2}\s?)?[A-Z]{3,}(?:\s[A-Z]{3,})?\s\d{2,7}(?![\w/])|\b\d{2}[A-Z]{3,}\d{2,7}\b")
_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019\-]*(?:['\u2019\-][^\W\d_]+)*")  # (POPESCU-TĂNĂSESCU)
_PARENTHESES = re.compile(r"\([^()\n]*\)")


@register("reference_name")
class ReferenceNameRecognizer(FieldRecognizer):
    FIELDS = ("references",)

    class Spec(RecognizerSpec):
        # document types and other words of a reference description that are not names
        not_names: list[str] = []
        # words at or above this zipf are ordinary English, not names
        common_zipf: float = 3.0

    def __init__(self, lexicon, spec, name=None):
        super().__init__(lexicon, spec, name)
        self.not_names = frozenset(w.upper() for w in spec.not_names)

    def find_in_field(self, text, start, end, field):
        label = re.match(r"[\s*]*REFS?(?:TELS?)?\s*:?", text[start:end], re.IGNORECASE)
        body = start + (label.end() if label else 0)
        cuts = [m.start() for m in _ITEM.finditer(text, body, end)]
        items = zip([body, *cuts], [*cuts, end])
        out = []
        for a, b in items:
            parts = [(a, b)]
            if _CABLE.search(text, a, b):
                # a cable reference: posts and numbers, no people; its description in parentheses
                # may name them (BAGHDAD 3310 (KAKA HAMA / SHWAN DLER MEETING))
                parts = [m.span() for m in _PARENTHESES.finditer(text, a, b) if not _CABLE.search(text, *m.span())]
            for pa, pb in parts:
                for word in _WORD.finditer(text, pa, pb):
                    if self._may_be_name(word.group()):
                        out.append(self.finding(word.start(), word.end(), "name in a reference description"))
        return out

    def _may_be_name(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper().rstrip("'\u2019")
        if len(word) < 2 or upper in self.not_names or lex.never_a_name(word) or upper in lex.stop_words \
                or upper in lex.title_words:
            return False
        if lex.is_given_name(word) or any(lex.is_surname(p) for p in word.split("-")):
            return True
        if lex.is_place(word):
            return False  # (C. CALABAR APP E-MAIL FROM E. X: a town, no given name or surname; fixnames46b)
        parts = [p for p in word.split("-") if p]
        return any(not lex.is_common(p, self.spec.common_zipf) for p in parts)
