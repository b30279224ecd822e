"""The classes of leak that round 15's first run found (tests/corpus/adversarial15/FIRST_RUN.md),
each on documents written for this test: an instruction to treat a message at a level, a mark
after an opening quotation mark, a banner's control that no portion carries, a designation label
in Markdown, and prose inside what a cable header's extent covers."""
import pytest

import sbu_redact


def _portion(doc, phrase):
    for p in doc.portions:
        if phrase in doc.text[p.start:p.end]:
            return p
    raise AssertionError(f"no portion holds {phrase!r}")


def _rank(doc, phrase):
    p = _portion(doc, phrase)
    return p.marking.rank if p.marking is not None and p.marking.valid else None


_SPILL = """From: Okafor, Dana
Sent: Monday, March 4, 2024 10:02 AM
To: NEA-Desk
Subject: RE: Amman visit
Classification: UNCLASSIFIED

All - I used the wrong system for the message below. Please {instruction}, and delete it.

Dana

From: Okafor, Dana
Sent: Monday, March 4, 2024 9:40 AM
Subject: Amman visit

The minister confided that the border crossing will reopen to trucks next week.
"""


@pytest.mark.parametrize("instruction", [
    "treat the entire contents of my earlier message as CONFIDENTIAL//NOFORN",
    "treat everything in the note I sent at 9:40 as SECRET",
    "handle my previous e-mail as CONFIDENTIAL",
])
def test_an_instruction_to_treat_a_message_at_a_level_raises_it(instruction):
    doc = sbu_redact.read(_SPILL.format(instruction=instruction))
    assert _rank(doc, "border crossing will reopen") not in (None, 0)
    out = sbu_redact.Pipeline().redact(doc.text, levels=["usg"])
    assert "border crossing will reopen" not in out["usg"].text


def test_treat_as_confidential_in_lower_case_is_the_ordinary_word():
    text = _SPILL.format(instruction="treat the salary figures in my earlier note as confidential")
    text = text.replace("I used the wrong system for the message below.", "Thanks for the quick turnaround.")
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "border crossing will reopen" in out["usg"].text


@pytest.mark.parametrize("quote", ['"', "\u201c", "\u00ab"])
def test_a_mark_after_an_opening_quotation_mark_is_read(quote):
    text = ("SENSITIVE BUT UNCLASSIFIED\n\nThe audit reviewed the post's reporting. One cable stated:\n"
            f"{quote}(S) The deputy minister admitted that the ledger was altered twice.\n"
            "The audit omits further material.\n\nSENSITIVE BUT UNCLASSIFIED\n")
    doc = sbu_redact.read(text)
    assert _rank(doc, "ledger was altered") >= 2
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "ledger was altered" not in out["usg"].text


def test_a_banner_control_no_portion_carries_covers_the_controlled_portions():
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY//NOFORN\n\n"
            "(U) The port authority published its annual cargo figures on Tuesday.\n\n"
            "(U//FOUO) The inspection team will board the vessel at berth 7 on Thursday.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY//NOFORN\n")
    doc = sbu_redact.read(text)
    assert "NOFORN" in _portion(doc, "berth 7").marking.dissem
    assert "NOFORN" not in _portion(doc, "annual cargo figures").marking.dissem
    out = sbu_redact.Pipeline().redact(text, levels=["partner"], partner="GBR")
    assert "berth 7" not in out["partner"].text
    assert "annual cargo figures" in out["partner"].text


@pytest.mark.parametrize("line", [
    "> **SBU** Gate code: the east gate code changes to 4471 on Monday.",
    "**FOUO:** the east gate code changes to 4471 on Monday.",
    "__SBU__ the east gate code changes to 4471 on Monday.",
])
def test_a_designation_label_in_markdown_is_a_mark(line):
    text = f"UNCLASSIFIED\n\n# Facilities notes\n\nThe cafeteria reopens on Friday.\n\n{line}\n\nUNCLASSIFIED\n"
    out = sbu_redact.Pipeline().redact(text, levels=["public"])
    assert "4471" not in out["public"].text


def test_markdown_bold_that_is_no_designation_is_no_mark():
    text = "UNCLASSIFIED\n\n**Summary** The cafeteria reopens on Friday after the repairs.\n\nUNCLASSIFIED\n"
    doc = sbu_redact.read(text)
    assert not any(p.explicit for p in doc.portions)


def test_prose_above_a_bottom_stamp_is_body_not_routing():
    text = (" FACSIMILE COVER SHEET\n TO:    EUR/CE Duty Officer\n FROM:  Embassy Warsaw POL\n DATE:  3 May 2001\n\n"
            " The ministry's contact says the pipeline consortium will drop the Polish route and\n"
            " the cabinet has not been told of the change.\n\n"
            "                                 SECRET\n")
    doc = sbu_redact.read(text)
    assert _rank(doc, "pipeline consortium") >= 3
    assert not any("pipeline consortium" in f.value for f in doc.fields)
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "pipeline consortium" not in out["usg"].text


def test_a_correction_above_a_marked_readout_governs_it():
    text = ("From: Lee, Jordan\nSent: Friday, May 3, 2019 9:15 AM\nTo: OES-Staff\nSubject: RE: readout\n\n"
            "All - paragraph 2 of my readout below should have been marked (SBU), not (U). Please do not use it.\n\n"
            "Jordan\n\nFrom: Lee, Jordan\nSubject: readout\n\n"
            "1. (U) The delegations met in Halifax for the second round.\n\n"
            "2. (U) The other side said privately that its quota request will double next year.\n")
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "public"])
    assert "quota request will double" in out["usg"].text
    assert "quota request will double" not in out["public"].text
