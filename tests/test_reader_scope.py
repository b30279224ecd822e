"""The fail-closed fallback of governing statements (reader/scope.py, issue 8 round 10): a
portion that states a level for other text in words governing.py does not resolve raises every
portion it could mean, with GOVERNING_SCOPE_UNRESOLVED; marks of a portion's own text, mentions
of other documents and markings named as a search term raise nothing else."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _memo(statement: str, before: str = "(U) The harbor survey started in May.") -> str:
    return ("UNCLASSIFIED//FOUO\n\nMEMORANDUM FOR THE RECORD\n\n"
            f"{before}\n\n{statement}\n\n"
            "(U//FOUO) The dredging contract runs through March with the same supplier.\n\n"
            "(U) The next survey is due in the spring.\n\nUNCLASSIFIED//FOUO\n")


def _unresolved(doc: sbu_redact.Document) -> list[sbu_redact.Problem]:
    return [p for p in doc.problems if p.code == "GOVERNING_SCOPE_UNRESOLVED"]


@pytest.mark.parametrize("statement, level", [
    ("(U//FOUO) Correction: entry C of the roster below should have been marked (S//NF).", "S"),
    ("(U) Chapter 2 of this study is classified CONFIDENTIAL in its entirety.", "C"),
    ("(U) Response 4 below is SECRET//NOFORN; do not paste it into the trip book.", "S"),
    ("Handling note: Figures 3 through 5 are SECRET//NOFORN and their captions are wrong.", "S"),
])
def test_a_statement_naming_text_it_cannot_resolve_raises_every_later_portion(statement, level):
    doc = sbu_redact.read(_memo(statement))
    assert marking_of(doc, "The dredging contract").startswith(f"({level}")
    assert marking_of(doc, "The next survey").startswith(f"({level}")
    problems = _unresolved(doc)
    assert problems and "cannot be found" in problems[0].message and "offset" in problems[0].message


def test_a_statement_pointing_only_ahead_leaves_the_text_before_it():
    doc = sbu_redact.read(_memo("(U) Response 4 below is SECRET//NOFORN; do not paste it into the trip book."))
    assert marking_of(doc, "The harbor survey") == "(U)"


@pytest.mark.parametrize("statement", [
    "(U) Note: the figures in the preceding table are SECRET and were pasted here in error.",
    "(U) Chapter 2 of this study is classified CONFIDENTIAL in its entirety.",  # no direction: both ways
])
def test_a_statement_pointing_back_or_nowhere_raises_the_earlier_text_too(statement):
    doc = sbu_redact.read(_memo(statement))
    assert marking_of(doc, "The harbor survey") != "(U)"


@pytest.mark.parametrize("statement", [
    # a mark at the start of a sentence inside a portion is the mark of that text
    "(U) Opening remarks follow. (S//NF) The minister asked for the attached list of sites.",
    # another document's text, not in this one
    "(U) Section 5 of the reference cable is SECRET and is not quoted here.",
    "(U) The annex to this paper is classified SECRET and has been sent separately.",
    # markings named as a search term (a participle, no statement)
    "(U) I request all records marked SECRET//NOFORN about the dam, including attachments.",
    # a statement about its own portion
    "(U) This paragraph is CONFIDENTIAL because it names the source.",
    # a legend explains a marking
    "(U) Legend: a paragraph marked (C) is CONFIDENTIAL.",
])
def test_marks_of_its_own_text_and_mentions_raise_nothing_else(statement):
    doc = sbu_redact.read(_memo(statement))
    assert marking_of(doc, "The next survey") == "(U)"
    assert marking_of(doc, "The dredging contract") == "(U//FOUO)"
    assert not _unresolved(doc)


def _transcript(opening: str, closing: str | None) -> str:
    return ("UNCLASSIFIED\nTRANSCRIPT - STAFF MEETING\n\nMS. REYES: The budget call moved to Friday.\n\n"
            f"{opening}\n\nMR. KANE: The ministry will stall the vote until spring.\n\n"
            + (f"{closing}\n\n" if closing else "")
            + "MS. REYES: The picnic is on Saturday.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("opening, closing, level", [
    ("[CLASSIFIED PORTION BEGINS - SECRET]", "[CLASSIFIED PORTION ENDS]", "S"),
    ("(Classified session begins: CONFIDENTIAL)", "(End of classified session)", "C"),
    ("[CLASSIFIED SESSION - SECRET]", "[END OF CLASSIFIED SESSION]", "S"),
    ("[BEGIN TOP SECRET DISCUSSION]", "[END TOP SECRET DISCUSSION]", "TS"),
    ("*** CLASSIFIED SEGMENT FOLLOWS ***", "*** CLASSIFIED SEGMENT ENDS ***", "C"),  # no level: classified
])
def test_a_bracketed_classified_stretch_raises_the_text_between_its_lines(opening, closing, level):
    doc = sbu_redact.read(_transcript(opening, closing))
    assert marking_of(doc, "The ministry will stall").startswith(f"({level}")
    assert marking_of(doc, "The budget call moved") == "(U)"
    assert marking_of(doc, "The picnic is on") == "(U)"


def test_a_stretch_without_a_closing_line_runs_to_the_end():
    doc = sbu_redact.read(_transcript("[CLASSIFIED PORTION BEGINS - SECRET]", None))
    assert marking_of(doc, "The picnic is on").startswith("(S")
    assert _unresolved(doc)


@pytest.mark.parametrize("line", [
    "MR. KANE: The classified portion begins after lunch in the SCIF, not here.",  # a sentence, no line of its own
    "[Audio of the classified session was not recorded]",
    "Classified Information Handling - Student Handout 3",                # a title
    "(Classified material - handling rules)",
])
def test_a_sentence_about_a_classified_session_opens_no_stretch(line):
    doc = sbu_redact.read(_transcript(line, None))
    assert marking_of(doc, "The picnic is on") == "(U)"
