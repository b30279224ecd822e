"""PERSON: officers' surnames in office-symbol parentheses, `EUR/RUS(GREENSTEIN)`,
`OES/SAT (HODGKINS, SMITH)`, `4231/ITA/MAC/CAN(KILGALLEN)`, and after a bare office that is a
known acronym on a line that routes to offices with slashes too (`INL/LP (TREADWELL), DRL
(NAKASHIMA-FOSTER)`; not `the EU (BRUSSELS)`), or at the end of a passage line (`PARIS FOR AFRICA
WATCHER (DELACROIX-MBAYE)`). A name may be broken at its hyphen over a line end (`INR/AA(MCKEOWN-`
/ `BAPTISTE)`) and open with an initial (`(R.TUMWESIGYE)`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

# the parenthesis may run over one line end (INR/AA(MCKEOWN-\nBAPTISTE))
_PARENS = re.compile(r"(?<![\w/])(?P<office>[A-Z0-9]{1,10}(?:/[A-Z0-9]{1,6})*)[ \t]?\(([^()\n]{2,80}(?:\n[^()\n]{1,80})?)\)")
# words, an initial with its period before a name (R.TUMWESIGYE), a hyphen at a line end
_NAME = re.compile(r"[A-Z][A-Za-z'\-]*(?:(?:\.[ \t]*|\.?[ \t]+|(?<=-)\n[ \t]*)[A-Z][A-Za-z'\-]*)*")
# a passage line: a post, FOR, an addressee, and the officer in parentheses (PARIS FOR AFRICA WATCHER (X))
_PASSAGE_LINE = re.compile(r"^[ \t]*(?:[A-Z]+[ \t]+){1,3}FOR[ \t]+[A-Z][A-Z /\-]*\([^()\n]+\)[ \t]*$", re.MULTILINE)


@register("office_symbol_name")
class OfficeSymbolNameRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for match in _PARENS.finditer(text):
            office = match.group("office")
            if not re.search("[A-Z]", office):
                continue  # 12/05 (MONDAY): a date
            if "/" not in office and (office not in self.lexicon.acronyms or not self._routing_line(text, match.start())) \
                    and not self._passage_line(text, match.start()):
                continue
            inside_start = match.start(2)
            for name in _NAME.finditer(match.group(2)):
                words = name.group().split()
                if all(self.lexicon.never_a_name(w) for w in words):
                    continue
                results.append(self.result(inside_start + name.start(), inside_start + name.end(),
                                           "surname in office-symbol parentheses"))
        return results

    def _passage_line(self, text: str, pos: int) -> bool:
        """Whether the line around `pos` is a passage line ending with the officer in parentheses
        (`PARIS FOR AFRICA WATCHER (DELACROIX-MBAYE)`)."""
        start = text.rfind("\n", 0, pos) + 1
        return _PASSAGE_LINE.match(text, start) is not None

    @staticmethod
    def _routing_line(text: str, pos: int) -> bool:
        """Whether the line around `pos` names other offices with parentheses (`INL/LP (...)`)."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        line = text[start:end if end >= 0 else len(text)]
        return any("/" in m.group("office") and re.search("[A-Z]", m.group("office")) for m in _PARENS.finditer(line))
