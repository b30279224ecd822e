"""The classes of leak that round 39's first run found (tests/corpus/adversarial39/FIRST_RUN.md), on
documents written for this test: the same words under two marks in one document (a paragraph a
user re-marked lower by hand above the original, a reply re-marking a quoted sentence) take the
highest (`reader/repeated.py`); a marked first line that ends its sentence short of the text's
longest line, followed by a new sentence, is a portion of its own (the few wrapped lines set the
width too narrow to tell), so the unmarked sentence after it takes the document's level."""
import pytest

from released import assert_withheld

SENTENCE = "The crown prince told the Ambassador privately that the finance minister was removed for blocking the port deal."


@pytest.mark.parametrize("lower, higher", [("(U)", "(C)"), ("(U//FOUO) -- remarked, per my read --", ">> (S//NF)")])
def test_the_same_words_under_two_marks_take_the_highest(lower, higher):
    text = ("Classification: CONFIDENTIAL\n\nFrom: Keller, Dana\nSubject: RE: shuffle\n\n"
            "I changed para 2 to U since it was in the press this morning.\n\n"
            f"{lower} {SENTENCE}\n\n-----Original Message-----\nFrom: Oyelaran, Tunde\n\n"
            f"{higher} {SENTENCE} He asked that we not repeat it.\n\nClassification: CONFIDENTIAL\n")
    assert_withheld(text, SENTENCE)


def test_boilerplate_of_a_few_words_raises_nothing():
    import sbu_redact
    text = ("CONFIDENTIAL\n\n1. (C) The minister will resign. We will continue to report.\n\n"
            "2. (U) The ceremony is on Monday. We will continue to report.\n\nCONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    assert [p.marking.level for p in doc.portions if p.explicit] == ["CONFIDENTIAL", "UNCLASSIFIED"]


def test_an_unmarked_sentence_after_a_marked_one_line_sentence_takes_the_banner():
    leftover = "The deputy minister said the census is a pretext to keep journalists out of the camps."
    text = ("CONFIDENTIAL\n\nMeeting notes: Humanitarian Access Working Group, 7 July 2021\n\n"
            "1. (C) The ministry will deny access to the northern camps until the census is complete, according to "
            "the deputy minister.\n\nReleasable to NGO partners (U):\n"
            f"(U) Access to the northern camps remains restricted pending a government census.\n{leftover}\n\n"
            "2. (U) The next working group meeting is on 21 July.\n\nCONFIDENTIAL\n")
    assert_withheld(text, leftover)
