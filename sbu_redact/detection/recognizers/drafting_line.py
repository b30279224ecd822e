"""PERSON: officers on the drafting and clearance lines of telegrams and e-mails, written
OFFICE:NAME after `Drafted`, `Cleared`, `Approved` (`DRAFTED BY: EUR/RUS:NPRESCOTT:NP`,
`CLEARED: AF/W:SJOHNSON`, `Cleared: CA/VO: KWalkowiak; PAS:akeita`, `CONGEN TIJUANA:JRUIZ`),
and on the bare `CA/P:TBROWN` lines that follow them."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_OFFICE = r"[A-Z0-9]{1,8}(?:[/ ][A-Z0-9]{1,8}){0,3}"
_OFFICER = re.compile(r"(?<![\w/])" + _OFFICE + r":[ \t]?(?P<name>[A-Za-z][A-Za-z'\-]{2,})(?![\w/@])")
_KEYWORD = re.compile(r"(?i:\b(?:drafted|cleared|approved|clearances?)(?:[ \t]+by)?[ \t]*:)[^\n]*")
_OFFICERS_ONLY_LINE = re.compile(r"^[ \t]*(?:(?:[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})*:[A-Z][A-Za-z'\-]{2,}"
                                 r"|[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})+:[ \t]?[A-Za-z][A-Za-z'\-]{2,})(?::[A-Z]{1,4})?"
                                 r"[ \t,;]*)+$", re.MULTILINE)


@register("drafting_line")
class DraftingLineRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        seen = set()
        for line in [*_KEYWORD.finditer(text), *_OFFICERS_ONLY_LINE.finditer(text)]:
            for officer in _OFFICER.finditer(text, line.start(), line.end()):
                span = officer.span("name")
                if span not in seen and not self.lexicon.never_a_name(officer.group("name")):
                    seen.add(span)
                    results.append(self.result(*span, "officer on a drafting or clearance line"))
        return results
