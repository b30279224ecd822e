"""Round 13 (tests/corpus/adversarial13/FIRST_RUN.md): the header a multi-section cable repeats,
State's OpenNet `Official - SBU` label, and `(C)` as a cell-phone label or a company's notice."""
import pytest

import sbu_redact

LEVELS = ["usg", "partner", "public"]

_TWO_SECTIONS = """C O N F I D E N T I A L SECTION 01 OF 02 VILNIUS 000412

SIPDIS

E.O. 12958: DECL: 03/02/2019
TAGS: PREL, PGOV, LH
SUBJECT: LITHUANIA: COALITION TALKS STALL

1. (U) THE COALITION TALKS RESUMED ON MONDAY AFTER A WEEK OF RECESS.

2. (C) A SENIOR PARTY OFFICIAL TOLD POLOFF THAT THE FINANCE PORTFOLIO IS
C O N F I D E N T I A L SECTION 02 OF 02 VILNIUS 000412

SIPDIS

E.O. 12958: DECL: 03/02/2019
TAGS: PREL, PGOV, LH
SUBJECT: LITHUANIA: COALITION TALKS STALL

THE REAL OBSTACLE AND THAT THE PRIME MINISTER WILL YIELD IT BY FRIDAY.

3. (U) THE PRESS EXPECTS A DEAL BEFORE THE HOLIDAY WEEKEND.
"""


def test_a_second_section_repeats_its_header_and_the_cable_still_releases():
    out = sbu_redact.Pipeline().redact(_TWO_SECTIONS, levels=LEVELS, partner="GBR")  # no LeakError
    usg = out["usg"].text
    assert "THE COALITION TALKS RESUMED ON MONDAY" in usg
    assert "THE PRESS EXPECTS A DEAL BEFORE THE HOLIDAY WEEKEND" in usg
    for level in LEVELS:  # the continuation of (C) paragraph 2 after the section header
        assert "THE REAL OBSTACLE AND THAT THE PRIME MINISTER" not in out[level].text
        assert "THE FINANCE PORTFOLIO IS" not in out[level].text
    assert usg.count("TAGS: PREL, PGOV, LH") == 2  # the repeated E.O. and TAGS lines are header fields


def test_the_repeated_subject_is_a_portion_like_the_first():
    doc = sbu_redact.read(_TWO_SECTIONS)
    subjects = [p for p in doc.portions if _TWO_SECTIONS[p.start:p.end].startswith("SUBJECT:")]
    assert len(subjects) == 2
    assert subjects[0].marking.level == subjects[1].marking.level == "CONFIDENTIAL"


@pytest.mark.parametrize("label", ["Official - SBU", "Official – SBU", "OFFICIAL-SBU", "Official - Sensitive"])
def test_the_opennet_label_marks_the_message_sbu(label):
    text = (f"From: Ruiz, Ana <RuizA@state.gov>\nSent: Tuesday, March 4, 2025 9:12 AM\nTo: Post-Admin\n"
            f"Subject: Housing pool changes\n\n{label}\nUNCLASSIFIED\n\nAll,\n\nThe housing board will "
            f"reassign the two vacant townhouses to the incoming management officers next month.\n\n"
            f"Ana\n\n{label}\nUNCLASSIFIED\n")
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    assert "reassign the two vacant townhouses" in out["usg"].text
    assert "reassign the two vacant townhouses" not in out["public"].text


def test_the_label_in_a_u_sentence_does_not_withhold_the_sentence():
    text = ("UNCLASSIFIED\n\n(U) The official - SBU training course is now open to all staff; the "
            "course covers the handling of sensitive information.\n\nUNCLASSIFIED\n")
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "public"])
    assert "training course is now open to all staff" in out["public"].text


_CONTACTS = """UNCLASSIFIED

(U) Visit contacts:

Control Officer: Tomas Lind
(O) +46 8 783 5300 ext. 210
(C) +46 70 555 1234

(U) The motorcade departs the residence at 0830.

UNCLASSIFIED
"""


def test_a_cell_phone_label_is_no_confidential_mark():
    doc = sbu_redact.read(_CONTACTS)
    assert all(p.marking is None or p.marking.level != "CONFIDENTIAL" for p in doc.portions)


@pytest.mark.parametrize("line", [
    "(C) 2024 Northwind Training Group, Inc. Used under license.",
    "(c) 2019 Meridian Maps LLC",
    "(C) 2021 Atlas Imagery GmbH. Used with permission.",
])
def test_a_company_notice_is_no_confidential_mark(line):
    text = f"UNCLASSIFIED\n\n(U) Slide 3: regional map.\n\n{line}\n\n(U) Slide 4: timeline.\n\nUNCLASSIFIED\n"
    doc = sbu_redact.read(text)
    assert all(p.marking is None or p.marking.level != "CONFIDENTIAL" for p in doc.portions)


@pytest.mark.parametrize("paragraph", [
    "(C) +7 495 555 0199 is the number the source uses for the meetings with the ministry.",
    "(C) 2024 procurement by Northwind Inc. of the radar parts was financed by the ministry's reserve fund "
    "without a tender, the official said.",
    "(C) 555 0199",  # under a CONFIDENTIAL banner a bare number stays in a confidential document
])
def test_a_real_confidential_paragraph_stays_withheld(paragraph):
    text = f"CONFIDENTIAL\n\n(U) Summary of the call.\n\n{paragraph}\n\nCONFIDENTIAL\n"
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    for level in LEVELS:
        assert paragraph[4:30] not in out[level].text
