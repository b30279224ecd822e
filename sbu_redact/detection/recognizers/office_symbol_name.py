"""PERSON: officers' surnames in office-symbol parentheses, `EUR/RUS(GREENSTEIN)`,
`OES/SAT (HODGKINS, SMITH)`, `4231/ITA/MAC/CAN(KILGALLEN)`, and after a bare office that is a
known acronym on a line that routes to offices with slashes too (`INL/LP (TREADWELL), DRL
(NAKASHIMA-FOSTER)`; not `the EU (BRUSSELS)`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_PARENS = re.compile(r"(?<![\w/])(?P<office>[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6})*)[ \t]?\(([^()\n]{2,80})\)")
_NAME = re.compile(r"[A-Z][A-Za-z'\-]*(?:\.?[ \t]+[A-Z][A-Za-z'\-]*)*")


@register("office_symbol_name")
class OfficeSymbolNameRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for match in _PARENS.finditer(text):
            office = match.group("office")
            if not re.search("[A-Z]", office):
                continue  # 12/05 (MONDAY): a date
            if "/" not in office and (office not in self.lexicon.acronyms or not self._routing_line(text, match.start())):
                continue
            inside_start = match.start(2)
            for name in _NAME.finditer(match.group(2)):
                words = name.group().split()
                if all(self.lexicon.never_a_name(w) for w in words):
                    continue
                results.append(self.result(inside_start + name.start(), inside_start + name.end(),
                                           "surname in office-symbol parentheses"))
        return results

    @staticmethod
    def _routing_line(text: str, pos: int) -> bool:
        """Whether the line around `pos` names other offices with parentheses (`INL/LP (...)`)."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        line = text[start:end if end >= 0 else len(text)]
        return any("/" in m.group("office") and re.search("[A-Z]", m.group("office")) for m in _PARENS.finditer(line))
