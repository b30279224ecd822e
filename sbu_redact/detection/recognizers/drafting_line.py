"""PERSON: officers on the drafting and clearance lines of old telegrams, written
OFFICE:INITIALSURNAME (`DRAFTED BY: EUR/RUS:NPRESCOTT:NP`, `CLEARED: AF/W:SJOHNSON`, and
the bare `CA/P:TBROWN` lines that follow them), also with a space and in any case as e-mailed
clearances write them (`Cleared: CA/VO: KWalkowiak; L/CA: mgrunwald`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_OFFICER = re.compile(r"(?<![\w/])[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})*:(?P<name>[A-Z][A-Za-z'\-]{2,})(?![\w])"
                      r"|(?<![\w/])[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})+:[ \t](?P<spaced>[A-Za-z][A-Za-z'\-]{2,})(?![\w/])")
_KEYWORD_LINE = re.compile(r"^[ \t]*(?:DRAFTED|CLEARED|APPROVED|CLEARANCES?)(?:[ \t]+BY)?[ \t]*:.*$",
                           re.MULTILINE | re.IGNORECASE)
_OFFICERS_ONLY_LINE = re.compile(r"^[ \t]*(?:(?:[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})*:[A-Z][A-Za-z'\-]{2,}"
                                 r"|[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})+:[ \t][A-Za-z][A-Za-z'\-]{2,})(?::[A-Z]{1,4})?"
                                 r"[ \t,;]*)+$", re.MULTILINE)


@register("drafting_line")
class DraftingLineRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for line in [*_KEYWORD_LINE.finditer(text), *_OFFICERS_ONLY_LINE.finditer(text)]:
            for officer in _OFFICER.finditer(text, line.start(), line.end()):
                group = "name" if officer.group("name") else "spaced"
                if not self.lexicon.never_a_name(officer.group(group)):
                    results.append(self.result(officer.start(group), officer.end(group),
                                               "officer on a drafting or clearance line"))
        return results
