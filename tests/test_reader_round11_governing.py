"""Governing statements found by the round-11 adversarial corpus (issue 8): statements that
govern text elsewhere with targets and wordings the reader did not resolve (a corrected-copy
line in capitals, ...). Each reading has must and must-not cases."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _cable(first_line: str) -> str:
    return (f"{first_line}\n\nUNCLAS SECTION 01 OF 01 TUNIS 001093\n\nSENSITIVE BUT UNCLASSIFIED\nSIPDIS\n\n"
            "E.O. 13526: N/A\nTAGS: PREL, SMIG\nSUBJECT: (SBU) MIGRATION TALKS\n\n"
            "1. (U) The ministers met on November 21 to review the agreement.\n\n"
            "2. (SBU) The other side asked for more equipment.\n\n"
            "3. The interior minister told us the coast guard tows boats back.\n\nMAXWELL\n")


@pytest.mark.parametrize("line", ["C O R R E C T E D  C O P Y  -  TEXT OF PARA 3 ADDED; PARA 3 IS CONFIDENTIAL",
                                  "CORRECTED COPY - PARAGRAPH 3 WAS SECRET"])
def test_a_statement_in_capitals_governs_the_paragraph_it_names(line):
    doc = sbu_redact.read(_cable(line))
    assert marking_of(doc, "The interior minister").startswith(("(C", "(S"))
    assert marking_of(doc, "The ministers met") == "(U)"


@pytest.mark.xfail(strict=True, reason="over-redaction, failing closed (2026-12-04, fixrev31b 66404d9): a header line "
                   "with a verb is no routing line any more, and a level in it now governs the whole cable")
def test_a_level_in_capitals_that_names_no_paragraph_governs_nothing():
    doc = sbu_redact.read(_cable("CORRECTED COPY - THE TALKS ARE CONFIDENTIAL"))
    assert marking_of(doc, "The ministers met") == "(U)"


_MEMO = ("{notice}\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM\nSUBJECT: (U//FOUO) Eradication teams\n\n"
         "1. (U//FOUO) The teams have been withdrawn from two municipalities.\n\n"
         "2. (U//FOUO) The liaison says the fire came from a unit of the border battalion.\n\n"
         "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


@pytest.mark.parametrize("notice", [
    "UPGRADE NOTICE: this memorandum is now classified SECRET in its entirety. The portion markings below "
    "have not yet been changed.",
    "Note: the paragraphs below are now classified SECRET.",
])
def test_an_upgrade_notice_raises_the_stale_marks(notice):
    doc = sbu_redact.read(_MEMO.format(notice=notice))
    assert marking_of(doc, "The liaison says").startswith("(S")
    assert marking_of(doc, "The teams have been").startswith("(S")


@pytest.mark.parametrize("notice", [
    "The annex is classified SECRET and is held separately.",     # evidence for unmarked text, no upgrade
    "The minister is now classified as a senior official.",       # no level
])
def test_a_level_without_now_raises_no_marked_portion(notice):
    doc = sbu_redact.read(_MEMO.format(notice=notice))
    assert marking_of(doc, "The liaison says") == "(U//FOUO)"


_HEARING = ("UNCLASSIFIED\n\nHEARING BEFORE THE SUBCOMMITTEE\n\n"
            "Senator WEXLER. When will the consulate reopen?\n\n"
            "Ambassador TREMBLAY. We hope to reopen it in the spring.\n\n"
            "Senator WEXLER. And who attacked it?\n\n"
            "Ambassador TREMBLAY. The attack was planned by an officer of the military intelligence service.\n\n"
            "{note}\n\nSenator WEXLER. Thank you. I yield back.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "[The preceding answer was determined by the Department to be classified and has been retained in the "
    "committee's classified files.]",
    "[The previous response was found to be classified.]",
    "[The preceding answer is SECRET.]",
])
def test_a_note_naming_the_preceding_answer_raises_that_answer_only(note):
    doc = sbu_redact.read(_HEARING.format(note=note))
    assert marking_of(doc, "The attack was planned") in ("(C)", "(S)", "doubtful")
    assert marking_of(doc, "We hope to reopen") == "(U)"
    assert marking_of(doc, "Thank you. I yield") == "(U)"


@pytest.mark.parametrize("note", [
    "[The preceding answer was determined to be accurate.]",                   # no level
    "[The witness said the files were classified years ago.]",                 # classified, no target
    "[The previous answer was determined to be classified information by the press.]",  # no level stated
])
def test_what_names_no_level_or_no_answer_governs_nothing(note):
    doc = sbu_redact.read(_HEARING.format(note=note))
    assert marking_of(doc, "We hope to reopen") == "(U)"
    assert marking_of(doc, "The attack was planned") == "(U)", note


_CAPTIONS = ("UNCLASSIFIED\nAuto-captions - Town hall\n\n"
             "00:13:40 --> 00:13:58\nSPEAKER: The next question is about the housing allowance.\n\n"
             "00:14:10 --> 00:14:36\nSPEAKER: The team will go back in after the army pulls back.\n\n"
             "00:14:36 --> 00:15:02\nSPEAKER: The advance team flies in on a charter.\n\n"
             "00:15:02 --> 00:15:20\nSPEAKER: Next question, please.\n\n{note}\n")


@pytest.mark.parametrize("note", [
    "Captioning note: the segment from 00:14:10 to 00:15:02 was discussed at the SECRET level.",
    "Note: the exchange between 00:14:10 and 00:15:02 is SECRET.",
])
def test_a_time_span_named_classified_raises_the_cues_in_it(note):
    doc = sbu_redact.read(_CAPTIONS.format(note=note))
    assert marking_of(doc, "The team will go back").startswith("(S")
    assert marking_of(doc, "The advance team").startswith("(S")
    assert marking_of(doc, "The next question") == "(U)"
    assert marking_of(doc, "Next question, please") == "(U)"   # the span's end is not in it


def test_a_time_span_that_no_portion_has_raises_every_portion():
    doc = sbu_redact.read(_CAPTIONS.format(note="Note: the segment from 01:10:00 to 01:12:00 was SECRET."))
    assert marking_of(doc, "The next question").startswith("(S")   # not found: all raised, a reviewer decides


def test_a_time_span_without_a_level_governs_nothing():
    doc = sbu_redact.read(_CAPTIONS.format(note="Note: the segment from 00:14:10 to 00:15:02 was cut for time."))
    assert marking_of(doc, "The team will go back") == "(U)"


def test_a_time_span_names_chat_posts_by_their_time():
    text = ("Classification: UNCLASSIFIED\n\n"
            "[11/30/2026 09:02] Kovacs, Peter: Morning all, stand-up at 0915 as usual.\n\n"
            "[11/30/2026 09:11] Barros, Tomas: the liaison says the driver reports to Moscow.\n\n"
            "[11/30/2026 09:12] Barros, Tomas: they plan to arrest him after the summit.\n\n"
            "[11/30/2026 09:20] Whitcomb, Gene: The posts between 09:11 and 09:13 are SECRET. Do not forward.\n\n"
            "[11/30/2026 09:31] Lindqvist, Mara: Reminder that the schedule is due on Friday.\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "the liaison says").startswith("(S")
    assert marking_of(doc, "they plan to arrest").startswith("(S")
    assert not marking_of(doc, "Morning all").startswith("(S")
    assert not marking_of(doc, "Reminder that").startswith("(S")


_INLINE = ("From: Vukovic, Andrej\nSubject: RE: questions\nClassification: UNCLASSIFIED\n\n"
           "Lena - {note}\n\n-----Original Message-----\nFrom: Harcourt, Lena\nSubject: questions\n\n"
           "1. Is the port concession still on the agenda?\n[AV: yes, but it was promised to another bidder]\n\n"
           "Thanks! Lena\n")


@pytest.mark.parametrize("note", ["answers inline below in [brackets]. Heads up: my answers are CONFIDENTIAL.",
                                  "my comments are inline. They are CONFIDENTIAL and sent on the wrong system."])
def test_answers_written_inline_in_a_quoted_message_take_the_stated_level(note):
    doc = sbu_redact.read(_INLINE.format(note=note))
    assert marking_of(doc, "[AV: yes").startswith("(C")   # (the question they sit with too: one portion)


def test_inline_answers_without_a_level_stay_as_marked():
    doc = sbu_redact.read(_INLINE.format(note="answers inline below in [brackets]."))
    assert marking_of(doc, "[AV: yes") == "(U)"
