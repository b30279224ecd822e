"""Governing statements of the round-12 adversarial corpus (issue 8): "the preceding answer"
over several paragraphs (back to the question it answers), replies marked by their look ("my
replies are in capitals after each of your points; they are CONFIDENTIAL"), an upgrade notice
in new words ("Treat the entire contents as SECRET//NOFORN"), the quotation a statement
introduces ("Paragraph 4 of REFTEL, which is CONFIDENTIAL, reads in full:"); with traps."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of

QFR = ("UNCLASSIFIED\n\nQUESTIONS FOR THE RECORD\n\n"
       "Question 4 (Rep. Alvarado): What is the Department doing?\n\n"
       "Answer: The Department has asked three states to stop the purchases.\n\n"
       "We have also given the ministry the account numbers.\n\n"
       "Finally, a team is planning the seizure of the next shipment.\n\n"
       "{statement}\n\n"
       "Question 5 (Rep. Okafor): When will the embassy reopen?\n\n"
       "Answer: The Department expects to lift ordered departure in the spring.\n")


def test_the_preceding_answer_is_every_paragraph_back_to_its_question():
    doc = sbu_redact.read(QFR.format(statement="[The preceding answer was determined by the Department to be classified.]"))
    for phrase in ("has asked three states", "given the ministry", "planning the seizure"):
        assert marking_of(doc, phrase) == "(C)", phrase
    assert marking_of(doc, "What is the Department doing") == "(U)"
    assert marking_of(doc, "expects to lift") == "(U)"


def test_the_preceding_paragraph_is_still_one_paragraph():
    doc = sbu_redact.read(QFR.format(statement="[The preceding paragraph is CONFIDENTIAL.]"))
    assert marking_of(doc, "planning the seizure") == "(C)"
    assert marking_of(doc, "has asked three states") == "(U)"


def _reply(statement: str) -> str:
    return ("From: Ekwueme, Dara\nTo: Vasquez, Ines\nSubject: RE: questions\nClassification: UNCLASSIFIED\n\n"
            f"Ines - {statement}\n\n-----Original Message-----\nFrom: Vasquez, Ines\nSubject: questions\n\n"
            "1. Has the ministry signed the contract?\nNO. THE MINISTER IS HOLDING IT UNTIL THE FIRM PAYS.\n")


@pytest.mark.parametrize("statement", [
    "my replies are in capitals after each of your points; they are CONFIDENTIAL, so please handle the thread accordingly.",
    "answers are in bold after each question; they are SECRET.",
])
def test_replies_marked_by_their_look_are_governed(statement):
    doc = sbu_redact.read(_reply(statement))
    assert marking_of(doc, "THE MINISTER IS HOLDING") not in ("(U)",)


@pytest.mark.parametrize("statement", ["my replies are in capitals after each of your points.",
                                       "my replies are in capitals; they are unclassified and can go to the post."])
def test_replies_in_capitals_without_a_level_raise_nothing(statement):
    assert marking_of(sbu_redact.read(_reply(statement)), "THE MINISTER IS HOLDING") == "(U)"


def _upgrade(note: str) -> str:
    return ("From: ISSO\nTo: Staff\nSubject: FW: numbers\nClassification: UNCLASSIFIED\n\n"
            f"ISSO NOTE: {note}\n\n-----Original Message-----\nFrom: Rahimi, Aziz\nSubject: numbers\n\n"
            "(U) The army moved a brigade to the crossing on Friday.\n")


@pytest.mark.parametrize("note", [
    "This message has been upgraded. Treat the entire contents as SECRET//NOFORN from now on.",
    "Please treat this thread in its entirety as Confidential.",
    "Treat everything below as TOP SECRET.",
])
def test_an_upgrade_notice_in_new_words_raises_every_portion(note):
    assert marking_of(sbu_redact.read(_upgrade(note)), "The army moved") != "(U)"


@pytest.mark.parametrize("note", ["Treat the entire contents as a draft until Monday.",
                                  "We treat the whole matter as settled.",
                                  pytest.param("Treat this message as a reminder: the SECRET terminal is down.",
                                               marks=pytest.mark.xfail(strict=True, reason=(
                                                   "over-redaction, failing closed (session 32, open32's rule): a level "
                                                   "word in a sentence that names other text ('this message') is a claim "
                                                   "on it, never a mention; 'the SECRET terminal' is not told apart")))])
def test_treat_as_without_a_level_raises_nothing(note):
    assert marking_of(sbu_redact.read(_upgrade(note)), "The army moved") == "(U)"


def _quote(intro: str) -> str:
    return ("From: Adeleke, Sol\nTo: Desk\nSubject: Abuja 1802\nClassification: UNCLASSIFIED//SBU\n\n"
            "(SBU) The desk asked for the key passage of ABUJA 1802.\n\n"
            f"{intro}\n\n    The adviser told the ambassador that the army will withdraw.\n\n"
            "(U) The book is due on Thursday.\n\nSol\nClassification: UNCLASSIFIED//SBU\n")


def test_the_quotation_a_statement_introduces_takes_its_level():
    doc = sbu_redact.read(_quote("Paragraph 4 of REFTEL, which is CONFIDENTIAL, reads in full:"))
    assert marking_of(doc, "The adviser told") == "(C)"
    assert marking_of(doc, "The book is due") == "(U)"


@pytest.mark.parametrize("intro", ["Paragraph 4 of REFTEL reads in full:",
                                   "Paragraph 4 of REFTEL, which is UNCLASSIFIED, reads in full:"])
def test_a_quotation_introduced_without_a_level_is_not_raised(intro):
    assert marking_of(sbu_redact.read(_quote(intro)), "The adviser told") == "(SBU)"


def _fouo(top: str, caveat: str = "", body: str = "Some text about the port schedule.") -> str:
    return f"{top}\n{caveat}\n\nDEPARTMENT OF THE ARMY\n\nSUBJECT: Liaison\n\n{body}\n\n{top}\n"


@pytest.mark.parametrize("top", ["FOR OFFICIAL USE ONLY", "For Official Use Only", "For Oﬃcial Use Only"])
def test_a_bare_fouo_banner_gives_its_unmarked_text_fouo_not_doubtful(top, policy):
    from conftest import released_text
    doc = sbu_redact.read(_fouo(top))
    assert marking_of(doc, "Some text about") == "(U//FOUO)"
    assert "port schedule" in released_text(doc, policy, "usg")
    assert "port schedule" not in released_text(doc, policy, "public")


@pytest.mark.parametrize("caveat", ["NO FOREIGN DISSEM", "NOFORN", "NOT RELEASABLE TO FOREIGN NATIONALS"])
def test_a_bare_fouo_banner_keeps_the_caveat_under_it(caveat, policy):
    from conftest import released_text
    doc = sbu_redact.read(_fouo("FOR OFFICIAL USE ONLY", caveat))
    assert "NF" in marking_of(doc, "Some text about")
    assert "port schedule" not in released_text(doc, policy, "partner", "GBR")


@pytest.mark.parametrize("top", ["F0R OFFICIAL USE ONLY", "FOR OFFICIAL USE ONLY//SECRT"])
def test_a_damaged_fouo_banner_stays_doubtful(top):
    assert marking_of(sbu_redact.read(_fouo(top)), "Some text about") == "doubtful"


def test_a_bare_fouo_banner_does_not_lower_a_classified_portion():
    doc = sbu_redact.read(_fouo("FOR OFFICIAL USE ONLY", body="(S) The raid is planned.\n\nMore text about it."))
    assert marking_of(doc, "The raid") == "(S)"
    assert marking_of(doc, "More text") == "(S)"


@pytest.mark.parametrize("line", ["SENSITIVE BUT UNCLASSIFIED - NOFORN", "SENSITIVE BUT UNCLASSIFIED - NO-\nFORN",
                                  "FOR OFFICIAL USE ONLY - NOFORN"])
def test_a_caption_after_a_handling_statement_on_its_line_counts(line, policy):
    from conftest import released_text
    text = (f"UNCLAS SECTION 01 OF 01 ABUJA 004471\n\n{line}\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PTER\n"
            "SUBJECT: (SBU) DETENTION SITE\n\n1. (SBU) A worker told us the army holds four hundred boys.\n\nLEONARD\n")
    doc = sbu_redact.read(text)
    assert doc.classification is not None and doc.classification.noforn
    assert "four hundred" not in released_text(doc, policy, "partner", "GBR")


_QA = ("UNCLASSIFIED\n\n(U) QUESTIONS FOR THE RECORD\n\n"
       "(U) Question 6: Is the country buying air defence?\nAnswer: (U) Yes; the first battery arrives in March.\n\n"
       "(U) Question 7: Has the capital asked for mediation?\nAnswer: (U) The office asked us to host a meeting.\n\n"
       "(U) [{statement}]\n\n"
       "(U) Question 8: How many citizens are registered?\nAnswer: (U) About 1,900 citizens are registered.\n\n"
       "UNCLASSIFIED\n")


def test_the_two_preceding_answers_are_the_two_answers_above():
    doc = sbu_redact.read(_QA.format(statement="The two preceding answers are classified CONFIDENTIAL."))
    assert marking_of(doc, "the first battery") == "(C)"
    assert marking_of(doc, "asked us to host") == "(C)"
    assert marking_of(doc, "About 1,900 citizens") == "(U)"
    assert marking_of(doc, "QUESTIONS FOR THE RECORD") == "(U)"


def test_the_preceding_answer_alone_is_one_answer():
    doc = sbu_redact.read(_QA.format(statement="The preceding answer is classified CONFIDENTIAL."))
    assert marking_of(doc, "asked us to host") == "(C)"
    assert marking_of(doc, "the first battery") == "(U)"
