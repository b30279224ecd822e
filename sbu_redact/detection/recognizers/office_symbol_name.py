"""PERSON: officers' surnames in office-symbol parentheses, `EUR/RUS(GREENSTEIN)`,
`OES/SAT (HODGKINS, SMITH)`."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_PARENS = re.compile(r"(?<![\w/])[A-Z]{1,6}(?:/[A-Z]{1,6})+[ \t]?\(([^()\n]{2,80})\)")
_NAME = re.compile(r"[A-Z][A-Za-z'\-]*(?:\.?[ \t]+[A-Z][A-Za-z'\-]*)*")


@register("office_symbol_name")
class OfficeSymbolNameRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for match in _PARENS.finditer(text):
            inside_start = match.start(1)
            for name in _NAME.finditer(match.group(1)):
                words = name.group().split()
                if all(self.lexicon.never_a_name(w) for w in words):
                    continue
                results.append(self.result(inside_start + name.start(), inside_start + name.end(),
                                           "surname in office-symbol parentheses"))
        return results
