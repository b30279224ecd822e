"""Classes of blind rounds 137 leaks (issue 8), each in variants other than the round's own document, plus the
plain (U) text beside them that usg must keep.

- OCR-damaged portion marks in a classified fax: `(Cl`, `{C)`, `(5)`, `($)`, and the damaged banner that says
  the document is classified (`C0NFIDENTIAL`, `SECRE T`).
- A banner with the control before the level: `NOFORN -- SENSITIVE BUT UNCLASSIFIED`.
- STADIS (State distribution only) in an SBU cable's captions: partner may not see the SBU paragraphs.
- A reclassification stamp that cancels the earlier UNCLASSIFIED banner and (U) marks: everything after it is
  at the new level.

First run, written before reading the reader (branch lead33 = main 44e044b + the rounds): 10 of 29 failed.
Leaked: ocr-cl-email (`(Cl` at a line start ran on in the (U) paragraph above), noforn-first-sbu and
noforn-first-fouo (the banner with NOFORN first read as no banner), all four stadis variants (partner released the
(SBU) paragraphs), reclass-block (`CLASSIFICATION CHANGED TO: SECRET` with a colon). Over-redacted at usg:
reclass-cover-note (the cover note above the stamp is raised with the rest: still so, a strict xfail) and the
regulation's `(5)` list (already on main: a strict xfail, not this job's). Passed from the start: `[C)`, `(C]`,
`(5//NF)`, `($)` and `(5)` after a paragraph number, `(T5)`, the spelled `NOT RELEASABLE TO FOREIGN NATIONALS`
first, `RECLASSIFIED CONFIDENTIAL BY`, `HAS BEEN RECLASSIFIED TO SECRET`. The round's own (5) and (Cl leaked
because a line led by them was folded into the (U) paragraph above.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# --- OCR-damaged marks ------------------------------------------------------------------------------------------

OCR_CL_EMAIL = """From: comms@consulate.example
Subject: FW: scanned fax -- Lahore water board

CONFIDENTIAL

(U) The water board chairman met the delegation at the Mall Road office.
(Cl The chairman said the board will default on the Asian Development Bank loan in May.
(U) The board's annual report is on its public website.

CONFIDENTIAL
"""

OCR_BRACKET_C = """C0NFIDENTIAL
EMBASSY DHAKA FAX COVER
(U) The port authority briefed the team on the new container terminal.
[C) The authority director said customs officers take payments at berth 7 every night.
(U) The terminal opens to commercial traffic in October.
(C] The director named the customs superintendent who organizes the payments.
C0NFIDENTIAL
"""

OCR_FIVE_NF = """SECRE T//NOFORN
FIELD NOTES FAXED FROM JUBA
(U) The team drove to Bor on the river road.
(5//NF) A militia commander told the team he holds twelve fuel tankers near Pibor.
(U) The road was passable in the dry season.
(S/NF) The commander asked for payment in dollars through a Nairobi broker.
SECRE T//NOFORN
"""

OCR_DOLLAR_SPACED = """S E C R E T
FAXED TRIP REPORT
1. (U) The delegation visited the refinery at Baiji.
2. ($) A plant engineer said the second crude unit has been sabotaged twice since March.
3. (U) The delegation returned to Baghdad by road.
4. (5) The engineer named the foreman he believes is responsible.
S E C R E T
"""

OCR_TS_ZERO = """TOP 5ECRET
(U) The conference opened with remarks by the minister.
(T5) The minister's aide described the planned arrest of the opposition leader on Friday.
(U) The conference closed at noon.
TOP 5ECRET
"""

# --- banner with the control before the level ------------------------------------------------------------------

NOFORN_FIRST_SBU = """NOFORN -- SBU

MEMORANDUM
TO: Embassy Riga -- RSO
SUBJECT: (U) Residence alarm upgrade

(U) The installer will work at the residence during the week of 14 April.
(SBU) The residence alarm panel will be disconnected from the Marine post for three days.
(U) Please tell the household staff about the schedule.

NOFORN -- SBU
"""

NOFORN_FIRST_FOUO = """NOFORN / FOR OFFICIAL USE ONLY

Subject: (U) Port security exercise

(U) The exercise begins at 0800 at the north quay.
(FOUO) The harbor patrol boats will be withdrawn from the inner basin during the exercise.
(U) Media may attend the closing session.

NOFORN / FOR OFFICIAL USE ONLY
"""

NOFORN_FIRST_SPELLED = """NOT RELEASABLE TO FOREIGN NATIONALS - SENSITIVE BUT UNCLASSIFIED

(U) The training course runs for two weeks.
(SBU) The course roster includes four officers of the protective detail assigned to the minister.
(U) Lunch is provided on site.
"""

# --- STADIS caption ---------------------------------------------------------------------------------------------

STADIS_ONE_LINE = """UNCLAS SECTION 01 OF 02 MADRID 000212
SENSITIVE STADIS SIPDIS
E.O. 13526: N/A
TAGS: AMGT, SP
SUBJECT: (SBU) Local guard contract dispute

1. (SBU) The guard contractor has threatened to strike if the embassy does not pay the arrears by Friday.
2. (U) The embassy continues normal operations.
3. (SBU) The RSO has arranged for the Marine detachment to cover the gates if the strike goes ahead.

SMITH
"""

STADIS_WEB_COPY = """UNCLAS ATHENS 000455 SENSITIVE SIPDIS STADIS E.O. 13526: N/A TAGS: ASEC, GR SUBJECT: (SBU) Visa fraud ring

1. (SBU) Consular staff identified a local travel agent who sold forged bank letters to applicants.
2. (U) The consular section remains open to the public.
"""

STADIS_CAPTION_LINE = """UNCLASSIFIED
SENSITIVE BUT UNCLASSIFIED
STADIS

DEPARTMENT FOR CA/FPP
SUBJECT: (SBU) Passport fraud inquiry

(SBU) The inquiry found that a local employee photographed applicant files at the counter.
(U) Counter hours will not change.
"""

# --- reclassification stamp -------------------------------------------------------------------------------------

RECLASS_CONFIDENTIAL = """RECORDS CENTER TRANSMITTAL (U) This sheet is unclassified; the record it covers is described below.

RECLASSIFIED CONFIDENTIAL BY: A/GIS/IPS 03/01/2026
PREVIOUS MARKINGS CANCELLED

UNCLASSIFIED

SUBJECT: (U) Consulate Erbil generator

(U) The consulate generator fuel tank is buried under the east parking lot next to the perimeter wall.
(U) The tank can be reached from the neighboring lot owned by a Kurdish security firm.

UNCLASSIFIED
"""

RECLASS_UPGRADED = """(U) Cover note from the document review office, unclassified.

THIS DOCUMENT HAS BEEN RECLASSIFIED TO SECRET//NOFORN. ALL PRIOR MARKINGS ARE SUPERSEDED.

UNCLASSIFIED//FOR OFFICIAL USE ONLY

(U//FOUO) The ambassador's motorcade changes its route to the airport on odd-numbered days.
(U) The alternate route runs past the old fish market and the military hospital.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""

RECLASS_BLOCK = """-----------------------------------------------------------
| CLASSIFICATION CHANGED TO: SECRET                        |
| BY: DS/IP/ITA on 02/03/2026                              |
| EARLIER MARKINGS ON THIS DOCUMENT ARE NO LONGER VALID     |
-----------------------------------------------------------
UNCLASSIFIED
(U) The survey team counted eleven unmarked vehicles parked outside the embassy each morning.
(U) Two of the vehicles were traced to the interior ministry's surveillance directorate.
UNCLASSIFIED
"""

WITHHELD = [
    ("ocr-cl-email", OCR_CL_EMAIL, "default on the Asian Development Bank loan", ALL),
    ("ocr-bracket-c", OCR_BRACKET_C, "customs officers take payments at berth 7", ALL),
    ("ocr-c-bracket", OCR_BRACKET_C, "named the customs superintendent", ALL),
    ("ocr-five-nf", OCR_FIVE_NF, "holds twelve fuel tankers near Pibor", ALL),
    ("ocr-dollar-spaced", OCR_DOLLAR_SPACED, "second crude unit has been sabotaged", ALL),
    ("ocr-five-spaced", OCR_DOLLAR_SPACED, "named the foreman he believes", ALL),
    ("ocr-ts-five", OCR_TS_ZERO, "planned arrest of the opposition leader", ALL),
    ("noforn-first-sbu", NOFORN_FIRST_SBU, "disconnected from the Marine post", ("partner", "public")),
    ("noforn-first-fouo", NOFORN_FIRST_FOUO, "harbor patrol boats will be withdrawn", ("partner", "public")),
    ("noforn-first-spelled", NOFORN_FIRST_SPELLED, "four officers of the protective detail", ("partner", "public")),
    ("stadis-one-line", STADIS_ONE_LINE, "threatened to strike if the embassy", ("partner", "public")),
    ("stadis-one-line-2", STADIS_ONE_LINE, "Marine detachment to cover the gates", ("partner", "public")),
    ("stadis-web-copy", STADIS_WEB_COPY, "sold forged bank letters", ("partner", "public")),
    ("stadis-caption-line", STADIS_CAPTION_LINE, "photographed applicant files", ("partner", "public")),
    ("reclass-confidential", RECLASS_CONFIDENTIAL, "buried under the east parking lot", ALL),
    ("reclass-confidential-2", RECLASS_CONFIDENTIAL, "owned by a Kurdish security firm", ALL),
    ("reclass-upgraded", RECLASS_UPGRADED, "changes its route to the airport", ALL),
    ("reclass-upgraded-u", RECLASS_UPGRADED, "past the old fish market", ALL),
    ("reclass-block", RECLASS_BLOCK, "eleven unmarked vehicles", ALL),
]


@pytest.mark.parametrize("kind,text,phrase,levels", WITHHELD, ids=[k for k, *_ in WITHHELD])
def test_withheld(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels=levels)


# --- must release at usg: plain (U) text beside the marks ---------------------------------------------------------

RELEASED = [
    ("ocr-cl-email-u", OCR_CL_EMAIL, "annual report is on its public website"),
    ("ocr-bracket-u", OCR_BRACKET_C, "briefed the team on the new container terminal"),
    ("ocr-five-u", OCR_FIVE_NF, "The road was passable in the dry season"),
    ("ocr-dollar-u", OCR_DOLLAR_SPACED, "The delegation returned to Baghdad by road"),
    ("noforn-first-u", NOFORN_FIRST_SBU, "work at the residence during the week of 14 April"),
    ("noforn-first-sbu-usg", NOFORN_FIRST_SBU, "disconnected from the Marine post"),
    ("stadis-u", STADIS_ONE_LINE, "The embassy continues normal operations"),
    ("stadis-sbu-usg", STADIS_ONE_LINE, "threatened to strike if the embassy"),
    pytest.param("reclass-cover-note", RECLASS_UPGRADED, "Cover note from the document review office",
                 marks=pytest.mark.xfail(strict=True, reason="a reclassification in words raises every portion, "
                                                             "the cover note above the stamp too (over-redaction)"),
                 id="reclass-cover-note"),
]


@pytest.mark.parametrize("kind,text,phrase", RELEASED,
                         ids=[getattr(p, "id", None) or p[0] for p in RELEASED])
def test_released_at_usg(kind, text, phrase):
    assert_released(text, phrase)


# Numbered sub-paragraphs "(5)" in an unmarked regulation are list numbers, not damaged marks: usg keeps them.
REGULATION = """PART 22 -- SCHEDULE OF FEES

(4) The fee for a certified copy of a consular report of birth abroad is $50.
(5) The fee for an apostille on a document issued by a consular officer is $20.
(6) No fee is charged for a document needed for a veteran's benefits claim.
"""


@pytest.mark.xfail(strict=True, reason="over-redacted on main 44e044b already (not this job's change)")
def test_list_numbers_in_unmarked_text_are_released():
    assert_released(REGULATION, "apostille on a document issued by a consular officer")
