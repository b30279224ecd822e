"""Readings found by the round-12 adversarial corpus (issue 8): whom a text may not go to, named
by a metonym or in slang (HMG, Whitehall, Downing Street, the Brits), releasability in slang
("fine to share with the Aussies and the Kiwis, nobody else"), distribution to U.S. citizen
employees, a CUI block's limited dissemination line (a word of it broken over a line end), each
with traps in which the same words limit nothing."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _memo(line: str) -> str:
    return ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSUBJECT: (U) Port visit\n\n"
            "(U) The ship arrives on Monday.\n\n"
            f"{line}\n\n(U//FOUO) The harbour master expects a protest at the gate.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


@pytest.mark.parametrize("line", [
    "Not to be passed to HMG until the Legal Adviser has cleared it.",
    "Please keep this away from our friends in Whitehall until the Secretary has decided.",
    "Not for the Brits, please - the rest of the Five Eyes can see it.",
    "The Élysée and the Chancellery may be briefed on this; Downing Street may not.",
    "The ministries may be told on Monday, but the Kremlin may not.",
    "DISTRIBUTION: U.S. citizen employees only (no LE staff, no third-country contractors)",
    "Limited Dissemination: not for dissemination to foreign gov-\nernments or contractors",
])
def test_whom_a_text_may_not_go_to_in_other_words_makes_it_noforn(line):
    doc = sbu_redact.read(_memo(line))
    assert "NF" in marking_of(doc, "The harbour master")
    assert marking_of(doc, "The ship arrives") == "(U)"


def test_releasability_in_slang_names_its_countries():
    doc = sbu_redact.read(_memo("Fine to share with the Aussies and the Kiwis, nobody else."))
    assert marking_of(doc, "The harbour master") == "(U//REL TO USA, AUS, NZL//FOUO)"


@pytest.mark.parametrize("line", [
    "Keep this away from the children's play area during the visit.",
    "Not for the faint-hearted, this schedule.",
    "Not for the press until Monday, please.",
    "The delegation may be briefed on Monday; the minister may not attend.",
    "Fine to share with the press office, nobody else.",
    "The ferry leaves from the Whitehall Street terminal at noon.",
    "DISTRIBUTION: all staff",
    "The well-\nknown harbour pilot will meet the ship.",
])
def test_the_same_words_that_keep_no_one_foreign_out_limit_nothing(line):
    assert marking_of(sbu_redact.read(_memo(line)), "The harbour master") == "(U//FOUO)"


def test_a_cui_block_limited_to_federal_employees_covers_its_portions():
    text = ("CUI\n\nControlled by: Treasury\nCUI Category: Financial Supervision\n"
            "Limited Dissemination: Federal employees only\nPOC: Targeting Division\n\n"
            "(CUI) Targeting has identified four shell companies.\n\nCUI\n")
    assert "FEDONLY" in marking_of(sbu_redact.read(text), "Targeting has identified")
