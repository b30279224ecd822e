"""An ordinal pointer ("the second paragraph") in a document that also holds a paragraph labelled with that
ordinal (`SECOND PARAGRAPH:`, `Paragraph two:`) that is not the counted one (helper fixrev32f, issue 8, round
136 `adv136-033`): which one it means is not certain, so both are raised (fail closed,
`reader/ordinal_labels.py`). Both cases released the labelled paragraph at usg on lead32 `724ff1b`.
"""
from __future__ import annotations

from released import assert_released, assert_withheld

FLOOR = "The tender committee will publish the shortlist on the ministry website on Friday."
DEAL = "The minister has privately promised the Doganay consortium the northern terminal whatever the scores say."


def _mail(*paragraphs: str) -> str:
    return ("Classification: UNCLASSIFIED\n\nFrom: Kerr, Alison M <KerrAM@state.gov>\nSent: Thursday, December 3, "
            "2026 9:40 AM\nTo: EB-TPP-DL\nSubject: Port tender: readout from the ministry\n\n"
            + "\n\n".join(paragraphs) + "\n\nAlison\n\nClassification: UNCLASSIFIED\n")


def test_mixed_case_email_labelled_paragraph_is_raised() -> None:
    text = _mail("1. (U) The deputy minister's office sent us a two-paragraph readout this morning.",
                 f"2. (U) Paragraph one: {FLOOR}", f"3. (U) Paragraph two: {DEAL}",
                 "4. (U) Their covering note says the second paragraph is Confidential and not for the bidders.")
    assert_withheld(text, "Doganay consortium", ("usg",))
    assert_withheld(text, "publish the shortlist", ("usg",))


def test_all_caps_cable_labelled_paragraph_is_raised() -> None:
    text = ("UNCLAS SECTION 01 OF 01 ANKARA 001204\n\nSENSITIVE\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: ECON, EINV, TU\n"
            "SUBJECT: (SBU) PORT TENDER: MINISTRY READOUT\n\n"
            "1. (SBU) THE MINISTRY PASSED ECONOFF A READOUT IN TWO PARAGRAPHS ON 2 DECEMBER.\n\n"
            f"2. (SBU) FIRST PARAGRAPH: {FLOOR.upper()}\n\n"
            f"3. (SBU) SECOND PARAGRAPH: {DEAL.upper()}\n\n"
            "4. (SBU) THE CONTACT ADDED BY HAND THAT THE SECOND PARAGRAPH IS SECRET.\n\n"
            "5. (U) EMBASSY WILL ATTEND THE PUBLIC OPENING OF BIDS.\n\nFLAKE\n")
    assert_withheld(text, "DOGANAY CONSORTIUM", ("usg",))
    assert_withheld(text, "PUBLISH THE SHORTLIST", ("usg",))
    assert_released(text, "PUBLIC OPENING OF BIDS", "usg")


def test_counted_and_labelled_the_same_raises_only_it() -> None:
    text = _mail(f"(U) Paragraph one: {FLOOR}", f"(U) Paragraph two: {DEAL}",
                 "(U) Their covering note says the second paragraph is Confidential and not for the bidders.",
                 "(U) We will attend the public opening of bids on Monday.")
    assert_withheld(text, "Doganay consortium", ("usg",))
    assert_released(text, "publish the shortlist", "usg")
    assert_released(text, "public opening of bids", "usg")
