"""The known leaks of rounds 104, 107 and 108 (issue 8), read by class, not by example: each class
has cases in wording of its own and non-examples (ordinary text that must not be raised)."""
from __future__ import annotations

import pytest

import sbu_redact

RANK = {"UNCLASSIFIED": 0, "CONFIDENTIAL": 2, "SECRET": 3, "TOP SECRET": 4}


def _portion(text: str, phrase: str):
    doc = sbu_redact.read(text)
    at = text.index(phrase)
    found = [p for p in doc.portions if p.start <= at < p.end]
    assert found, f"no portion holds {phrase!r}"
    return found[0]


def level(text: str, phrase: str) -> str | None:
    """The level of the portion that holds `phrase` (None when doubtful)."""
    m = _portion(text, phrase).marking
    return m.level if m is not None and m.valid else None


def withheld_from_usg(text: str, phrase: str) -> bool:
    """Is the portion holding `phrase` classified or doubtful (usg may not see it)?"""
    lvl = level(text, phrase)
    return lvl is None or RANK.get(lvl, 0) >= 2


# --- class: a page's running head or footer cuts a (U) paragraph ---------------------------------

_MEMO = ("SECRET\nEmbassy Lima - Political Section\n"
         "1. (S) The interior minister will order the arrest of the mayor next week.\n"
         "2. (U) Congress passed the budget on Tuesday after a long debate. The speaker said that\n"
         "{line}\n"
         "the police will guard the mayor's office until the prosecutor files charges.\n"
         "3. (U) The rainy season started early in the highlands.\n")


@pytest.mark.parametrize("line,expected", [
    ("Page 3 of 7        SECRET        Lima 2026-0913", "SECRET"),
    ("Lima 2026-0913   |   SECRET//NOFORN   |   Pg. 3", "SECRET"),
    ("\u2014 3 \u2014", "SECRET"),
    ("SECRET                                  Political Section", "SECRET"),
    ("5 | Page", "SECRET"),
    # non-examples: prose that names a page or has a dash is no running line
    ("Page 3 of the annual report describes the budget in detail and the speaker said that", "UNCLASSIFIED"),
    ("Results are on page 4 - the speaker said that", "UNCLASSIFIED"),
    ("The vote was 12 - 3 and the speaker said that", "UNCLASSIFIED"),
])
def test_running_line_cuts_a_u_paragraph(line, expected):
    text = _MEMO.format(line=line)
    assert (level(text, "the police will guard"), level(text, "Congress passed"), level(text, "The rainy season")) \
        == (expected, "UNCLASSIFIED", "UNCLASSIFIED")


def test_running_line_cuts_a_cable_paragraph():
    cable = ("S E C R E T SECTION 01 OF 02 LIMA 000913\nSIPDIS\nE.O. 13526: DECL: 09/13/2041\nTAGS: PGOV, PE\n"
             "SUBJECT: BUDGET\n\n1. (U) Congress passed the budget on Tuesday after a long debate. The speaker said that\n"
             "Page 1 of 2      S E C R E T      LIMA 000913\n"
             "the police will guard the mayor's office until the prosecutor files charges.\n"
             "2. (U) The rainy season started early in the highlands.\nSMITH\n")
    assert [level(cable, "the police will guard"), level(cable, "The rainy season")] == ["SECRET", "UNCLASSIFIED"]
