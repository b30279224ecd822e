"""PERSON: officers on the drafting and clearance lines of telegrams and e-mails, written
OFFICE:NAME after `Drafted`, `Cleared`, `Approved` (`DRAFTED BY: EUR/RUS:NPRESCOTT:NP`,
`CLEARED: AF/W:SJOHNSON`, `DRAFTED BY: CONS: L.HAVERKAMP-ODUYA`, `Cleared: CA/VO: KWalkowiak; PAS:akeita`, `CONGEN TIJUANA:JRUIZ`,
offices in mixed case and user names with a dot: `Drafted by: Pol: JTrzaskowska-Bell`, `EAP/K: hyun.park`),
and on the bare `CA/P:TBROWN` lines that follow them or a list that goes on after a comma at a line
end (`CLEARED BY: DCM:X, ECON:Y (OK),` / `RSO:MDLAMINI, ...`), initials too (`CDA:J.K. NAKASHIMA-HOLT`), a clearance note after a name included
(`L/HRR: ABrightwater (ok)`, `EUR/RUS:ONGUYEN-BRANDT (INFO)`, `CA/FPP: jdeLaTorre-Whitby – ok`), an
accented initial too (`EUR/CE: ÉKovács-Tóth`), two drafters joined by a slash
(`POL:HAbgaryan/RTVartanian-Holt`), an abbreviated particle (`POL:JSt.Germain`). A word followed by a colon is
an office, not a name (`DRAFTED BY: POL:X, CLEARED BY: DCM:Y`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

# an office: CA/VO, EUR/RUS, CONGEN TIJUANA, also written in mixed case (Pol, Econ, Amb, PolOff)
_OFFICE = r"(?:[A-Z0-9]{1,8}|[A-Z][a-z]{1,4}(?:[A-Z][a-z]{1,4})?)(?:[/ ][A-Z0-9]{1,8}){0,3}"
# an initial may be written with its period (L.HAVERKAMP); a user name with a dot (hyun.park); diacritics (BWiśniewska)
# (initials before a surname: CDA:J.K. NAKASHIMA-HOLT, CONS: M. Owusu-Lindahl)
# (a surname with an abbreviated particle: JSt.Germain)
_NAME_WORD = r"(?:[a-z]+\.[a-z][a-z'\-]+(?![\w.@])|(?:(?:[A-Z]\.){1,3}[ ]?)?[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]{2,}" \
             r"(?:(?<=St)\.[A-Z][A-Za-z'\-]{2,})?)"
# one word (KSTONE, dchen-morales), or up to three before a separator (DAO:LTCOL ABERNATHY;)
_OFFICER = re.compile(r"(?<![\w/])" + _OFFICE + r":[ \t]?(?P<name>" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD
                      + r"){1,2}(?=[ \t]*(?:[;,.]|$))|" + _NAME_WORD + r")(?![\w@]|/(?!" + _NAME_WORD + r"[ \t]*(?:[;,]|$))|:[ \t]?[A-Za-z][A-Za-z'\-]{2,})"
                      # ... or two drafters joined by a slash (POL:HAbgaryan/RTVartanian-Holt)
                      + r"(?P<second>/" + _NAME_WORD + r"(?=[ \t]*(?:[;,]|$)))?", re.MULTILINE)
# a clearance note after an officer: (ok), (info), (draft), (INFO), (by phone)
# (also after a dash: `jdeLaTorre-Whitby – ok`, `KSTONE - INFO`)
_NOTE = r"(?:[ \t]*\([A-Za-z][A-Za-z .\-]{0,15}\)|[ \t]+[\-\u2013\u2014][ \t]*[A-Za-z]{2,6}(?:[ \t]+[A-Za-z]{2,6})?(?=[ \t]*$))?"
_KEYWORD = re.compile(r"(?i:\b(?:drafted|cleared|approved|clearances?)(?:[ \t]+by)?[ \t]*:)(?P<rest>[^\n]*)")
_OFFICERS_ONLY_LINE = re.compile(r"^[ \t]*(?:(?:[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})*:[A-Z][A-Za-z'\-]{2,}"
                                 r"|[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})+:[ \t]?(?:[a-z]+\.[a-z][a-z'\-]+"
                                 r"|[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]{2,}))(?::[A-Z]{1,4})?"
                                 + _NOTE + r"[ \t,;]*)+$", re.MULTILINE)


# an indented line under a drafting or clearance line, one more office and officer on it, the
# officer in any case (`         ECON: hridgeway (ok)`, `   PAO: aleaupepe-Sio`)
_CONTINUATION = re.compile(r"\n(?P<line>[ \t]+(?:[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8})*|[A-Z][a-z]{1,4}):[ \t]?"
                           r"(?:[a-z]+\.[a-z][a-z'\-]+|[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]{2,})"
                           r"(?:[ \t]+[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]{1,}){0,2}" + _NOTE + r"[ \t,;]*)(?=\n|\Z)")


# the next line of an officers' list that ended with a comma: it opens with OFFICE:NAME
_LIST_GOES_ON = re.compile(r"\n(?P<line>[ \t]*" + _OFFICE + r":[ \t]?" + _NAME_WORD + r"[^\n]*)")


# a rank abbreviated with a period before the officer's name (DAO:LTC. X, DAO:MAJ. Y)
_RANKED_NAME = re.compile(r"\.[ \t]?(?P<name>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\-]{2,})")


@register("drafting_line")
class DraftingLineRecognizer(CableRecognizer):
    exact_span = True  # the slot after OFFICE: is a name whatever its case (CA/FPP: dchen)

    def find(self, text):
        results = []
        seen = set()
        lines = [m.span("rest") for m in _KEYWORD.finditer(text)] + [m.span() for m in _OFFICERS_ONLY_LINE.finditer(text)]
        for line_start, line_end in list(lines):  # the indented lines under them, one by one
            end = text.find("\n", line_end) if text[line_end:line_end + 1] != "\n" else line_end
            while end >= 0 and (m := _CONTINUATION.match(text, end)) is not None:
                lines.append(m.span("line"))
                end = m.end()
            # a list that goes on over a line end after a comma: CLEARED BY: DCM:X, ECON:Y (OK),\nRSO:Z, ...
            end = text.find("\n", line_start)
            while end >= 0 and text[line_start:end].rstrip().endswith((",", ";")) \
                    and (m := _LIST_GOES_ON.match(text, end)) is not None:
                lines.append(m.span("line"))
                line_start, end = m.start("line"), m.end("line")
        for start, end in lines:  # after the keyword: DRAFTED: POL:KSTONE is not the office DRAFTED
            for officer in _OFFICER.finditer(text, start, end):
                span = officer.span("name")
                ranked = _RANKED_NAME.match(text, span[1], end)
                if ranked is not None and len(officer.group("name")) <= 5 and officer.group("name").isupper():
                    span = ranked.span("name")  # DAO:LTC. PHUMPHREYS-NAKAMURA: a rank, then the name
                if span not in seen and not self.lexicon.never_a_name(officer.group("name")) \
                        and officer.group("name").upper() not in self.lexicon.title_words:  # (DAO:MAJ. X: a rank)
                    seen.add(span)
                    results.append(self.result(*span, "officer on a drafting or clearance line"))
                if officer.group("second"):
                    results.append(self.result(officer.start("second") + 1, officer.end("second"),
                                               "officer on a drafting or clearance line"))
        return results
