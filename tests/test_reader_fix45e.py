"""fix45e: round 179's release lists and US-only statements that leave the UK out, and foreign-government text given
in confidence (issue 8), by class.

First run on main (d45fe65c + rounds 179-181): 10 of round 179's 61 documents leaked (9 at partner: a group of states
without the UK after "shareable with" / "for sharing with" (Quad, the Baltic states), `Not for HMG`, `keep ... away from
Whitehall`, a release to a named person, a release that waits on an unsigned MOU, an addressee line's `U.S. members
only`, a distribution label's `(US personnel only)`, `His Majesty's Government in Canada` read as the UK; 1 at usg: a
ministry's text given `on the condition that it be held in confidence` under an UNCLASSIFIED banner). After: 0 of 61,
no new over-redaction in rounds 179, 170, 173, 176, 178.

Fix (rules/markings.yaml, only raising): `controls_in_words` (at the end) reads a group after an adjective or noun of
sharing (`list_names_a_group`), `not for X` after a mark or sentence end, `keep <object> away from X`, U.S.
members/staff/readers only anywhere in a line, a conditional or lapsed release to someone foreign, a release to a
titled person or an office (NOFORN); `classification_in_words` reads a government's text provided, held or received in
confidence as CONFIDENTIAL; `reader_words.crown_realm_government` drops "His Majesty's Government in" before a realm's
name when a list in words is read (reader/evidence.py `_countries_named`: fewer countries, never more).
The cases below are my own wordings of each class (not the corpus documents), each failing on main; the traps keep
their release.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)


def _email(handling: str, secret: str, banner: str = "UNCLASSIFIED//SBU") -> str:
    return (f"From: Ana Reyes <ReyesA@state.gov>\nSent: Monday, March 1, 2027 9:00 AM\nTo: EUR-CE\n"
            f"Subject: Weekly coordination note\n\nClassification: {banner}\n\n{banner}\n\n"
            f"(U) Colleagues, the weekly note follows.\n\n{handling}\n\n{secret}\n\n"
            f"(U) The next note will go out on Monday.\n\nRegards,\nAna Reyes\n\nClassification: {banner}\n")


# (id, document, phrase withheld, levels it is withheld at)
CASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # a group of states that leaves the UK out, after an adjective or noun of sharing
    ('group-sharable-nordic',
     _email("(SBU) The items below are sharable with Nordic governments; nobody wider, please.",
            "(SBU) The Finnish border guard will add four patrol boats on Lake Saimaa in June."),
     "four patrol boats on Lake Saimaa", PARTNER),
    # "not for" the UK without an article, after a portion mark
    ('not-for-whitehall-after-mark',
     _email("(SBU) Not for Whitehall at this stage.",
            "(SBU) We will oppose the revised quota at the plenary on Thursday."),
     "oppose the revised quota", PARTNER),
    # keep a longer object away from the UK
    ('keep-figures-away-from-london',
     _email("(SBU) Please keep these draft cost figures away from London until the review closes.",
            "(SBU) The frigate refit will overrun by eleven million dollars."),
     "overrun by eleven million dollars", PARTNER),
    # U.S. members / staff only inside a line
    ('addressee-us-staff-only',
     "UNCLASSIFIED//SBU\n\nMEMORANDUM\nDATE: March 2, 2027\nTO: Working Group (US staff only; no partner liaison)\n"
     "FROM: Management Officer\nSUBJECT: Warehouse access\n\n(U) This memo sets out the new access rules.\n\n"
     "The north warehouse keypad code changes to a six-digit code on Friday.\n\n(U) Questions to extension 2210.\n\n"
     "UNCLASSIFIED//SBU\n",
     "keypad code changes to a six-digit code", PARTNER),
    ('distribution-american-officials-only',
     "UNCLASSIFIED//SBU\n\nSUBJECT: Customs liaison notes\n\n1. (U) The liaison meeting took place on March 3.\n\n"
     "2. (SBU) The port director intends to replace the night shift supervisors in April.\n\n"
     "Distribution [American officials only]: ECON, RSO, DHS\n\nUNCLASSIFIED//SBU\n",
     "replace the night shift supervisors", PARTNER),
    # a release that waits on a condition, or has lapsed
    ('conditional-release-after-ratification',
     _email("(SBU) Paragraph 2 will become shareable with the British after the treaty is ratified.",
            "(SBU) Two inspection sites will close before the treaty enters into force."),
     "Two inspection sites will close", PARTNER),
    ('lapsed-release-until',
     _email("(SBU) This annex was releasable to the United Kingdom until 30 June 2026.",
            "(SBU) The survey ship will call at Stanley twice during the winter."),
     "call at Stanley twice", PARTNER),
    # a release to a named person or an office rather than a state
    ('release-to-colonel-only',
     _email("(SBU) The next paragraph may be given to Colonel Ines Barros (Portuguese liaison) only.",
            "(SBU) The ammunition depot at Santa Margarida will be emptied in May."),
     "depot at Santa Margarida", PARTNER),
    ('release-only-to-dr',
     _email("(SBU) The figures below may be shown only to Dr. Helga Moen.",
            "(SBU) Vaccine stocks in the northern region will fall below safe levels by July."),
     "fall below safe levels", PARTNER),
    # His Majesty's Government in another realm is that realm
    ('hmg-in-australia',
     _email("(SBU) Releasable to His Majesty's Government in Australia only.",
            "(SBU) Canberra will not renew the Darwin port lease after the current term."),
     "not renew the Darwin port lease", PARTNER),
    # a foreign government's text given in confidence, under an UNCLASSIFIED banner
    ('fgi-passed-in-strict-confidence',
     "UNCLASSIFIED\n\nMEETING NOTES - Energy dialogue, February 2027\n\n(U) The delegation met the energy regulator.\n\n"
     "ANNEX - Regulator briefing\nThe foreign ministry passed the following figures to the embassy in strict "
     "confidence:\n\nGas storage in the eastern depots stands at nineteen percent of capacity.\n\nUNCLASSIFIED\n",
     "nineteen percent of capacity", ALL),
    ('fgi-received-in-confidence-from',
     "UNCLASSIFIED\n\nTRIP NOTES\n\n(U) The team visited three ports.\n\nThe following was received in confidence from "
     "the Kenyan interior ministry:\n\nTwo border posts near Mandera will close for a month in April.\n\nUNCLASSIFIED\n",
     "Two border posts near Mandera", ALL),
]

# (id, document, phrase released, level): traps of the same shapes
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-aukus-shareable',
     _email("(SBU) The items below are shareable with AUKUS partners.",
            "(SBU) The submarine crew exchange will start in September."),
     "crew exchange will start in September", "partner"),
    ('trap-releasable-to-hmg',
     _email("(SBU) Releasable to HMG.", "(SBU) The joint survey will resume in May at the northern site."),
     "joint survey will resume in May", "partner"),
    ('trap-hospital-in-confidence',
     "UNCLASSIFIED\n\n(U) PRESS RELEASE: City General Hospital opens new maternity ward\n\n(U) The ward will open on 4 "
     "May with 30 beds. The health ministry provided the new cots, and callers to the advice line will have their "
     "questions treated in confidence by hospital staff.\n\n(U) Media contact: press office, 555-0100.\n\nUNCLASSIFIED\n",
     "treated in confidence by hospital staff", "public"),
    ('trap-quad-bike',
     "UNCLASSIFIED\n\n(U) CLUB NEWSLETTER\n\n(U) The club's quad bike is shareable with the Quad riders group on "
     "Sundays. The university Quad will host the spring fair.\n\nUNCLASSIFIED\n",
     "host the spring fair", "public"),
]


@pytest.mark.parametrize("case_id,text,phrase,levels", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("case_id,text,phrase,level", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released(case_id: str, text: str, phrase: str, level: str) -> None:
    assert_released(text, phrase, level)
