"""Over-redaction, 6th round (rounds 77-87's classes), on documents written for these tests:

- a chat export whose posts carry their marks after an author's name of several words
  (`[10:02] Okafor, T: (U) ...`, `[28/11/2026, 17:02:44] Ana Ruiz: (U) ...`), after a bare time
  (`10:01 duty: (U) ...`) or between a military time and the author (`[0815Z] (S) maj.ross: ...`):
  read only where every post of the chat is marked (an unmarked post may be a claim in free words
  about another, which is not read);
- a typist's period closing a mark (`(U.)`, `(C.)`);
- a stretch named by its topic with a word that is no paragraph's (`the bit about the tender is
  CONFIDENTIAL`, `the sentence about the pipeline ...`).
"""
from __future__ import annotations

import pytest

from released import mark_of as _find, portion_marks as _marks



CHAT_NAMES = ("SECRET//NOFORN\n"
              "[09:12] Okafor, T: (U) The water survey team lands in Juba at noon\n"
              "[09:14] Lindqvist, Maj: (S//NF) The militia moved two trucks of mortars to the river crossing\n"
              "[09:15] Okafor, T: (U) Lunch is at the guest house after the survey briefing\n"
              "SECRET//NOFORN\n")


def test_chat_author_of_several_words_before_the_mark():
    marks = _marks(CHAT_NAMES)
    assert _find(marks, "water survey team lands") == ("(U)", False)
    assert _find(marks, "Lunch is at the guest house") == ("(U)", False)
    assert _find(marks, "two trucks of mortars")[0] == "(S//NF)"


def test_whatsapp_date_and_name_before_the_mark():
    text = ("[03/02/2026, 08:01:10] Rosa Mendes: (U) Van leaves the compound at half past eight\n"
            "[03/02/2026, 08:02:44] Piet de Wit: (SBU) Gate code for the north lot is changing on Monday\n"
            "[03/02/2026, 08:05:02] Rosa Mendes: (U) Thanks, see everyone at the quiz tonight\n")
    marks = _marks(text)
    assert _find(marks, "Van leaves the compound") == ("(U)", False)
    assert _find(marks, "see everyone at the quiz") == ("(U)", False)
    assert _find(marks, "Gate code for the north lot")[0] == "(SBU)"


def test_chat_bare_time_and_nick_before_the_mark():
    text = ("CONFIDENTIAL\n"
            "11:01 duty: (U) Charter flight from the coast confirmed for the afternoon\n"
            "11:03 rso: (C) The gang holding the airport road agreed to a pause through a broker\n"
            "11:05 duty: (U) Passenger list closes at half past eleven\n"
            "CONFIDENTIAL\n")
    marks = _marks(text)
    assert _find(marks, "Charter flight from the coast") == ("(U)", False)
    assert _find(marks, "Passenger list closes") == ("(U)", False)
    assert _find(marks, "gang holding the airport road")[0] == "(C)"


def test_chat_military_time_then_mark_then_nick():
    text = ("SECRET//REL TO USA, GBR\n"
            "[0910Z] (U) maj.ross: sync at ten in the usual room\n"
            "[0915Z] (S//REL TO USA, GBR) capt.li: the launch site moved nine kilometers east\n"
            "[0917Z] (U) maj.ross: copy, will update the slide\n"
            "SECRET//REL TO USA, GBR\n")
    marks = _marks(text)
    assert _find(marks, "sync at ten in the usual room") == ("(U)", False)
    assert _find(marks, "will update the slide") == ("(U)", False)
    assert _find(marks, "launch site moved nine")[0] == "(S//REL TO USA, GBR)"


def test_chat_with_an_unmarked_post_keeps_the_rarer_forms_unread():
    # the unmarked post is a claim about the one above it, which is not read: the chat stays doubtful
    text = ("[14:02] Hana Cole: (U) Room 4B is booked for the sync at three\n"
            "[14:04] Hana Cole: (U) The survey ship will stay off the cape for three more weeks\n"
            "[14:04] Hana Cole: that one is not for London, keep it from them\n"
            "[14:06] Marco Ruiz: (U) ok, I will edit the slide\n")
    marks = _marks(text)
    assert _find(marks, "survey ship will stay off the cape")[1]  # doubtful
    assert _find(marks, "Room 4B is booked")[1]


@pytest.mark.parametrize(("written", "read_as"), [("(U.)", "(U)"), ("(C.)", "(C)"), ("(S.)", "(S)")])
def test_a_typists_period_closing_the_mark(written, read_as):
    text = (f"CONFIDENTIAL\n\nSUBJECT: (U) VEHICLE TAX NOTE\n\n1. (U) The mission delivered the note.\n\n"
            f"2. {written} The protocol chief named the towing date.\n\nCONFIDENTIAL\n")
    mark, doubtful = _find(_marks(text), "protocol chief named the towing")
    assert mark == read_as and not doubtful


def test_period_after_a_mark_with_controls():
    text = ("SECRET//NOFORN\n\n1. (U) The visit is confirmed.\n\n2. (S//NF.) The source named the buyer.\n\n"
            "SECRET//NOFORN\n")
    assert _find(_marks(text), "source named the buyer") == ("(S//NF)", False)


BIT = ("UNCLASSIFIED//SBU\n\n"
       "(SBU) The grain inspection at the port went smoothly and all samples were clean.\n\n"
       "(SBU) The warehouse operator is under investigation for forged fumigation certificates.\n\n"
       "(SBU) The final report goes to the exporter next week.\n\n"
       "Note from the section chief: the bit about the warehouse operator is CONFIDENTIAL, it came "
       "from the liaison service.\n\n"
       "UNCLASSIFIED//SBU\n")


def test_the_bit_about_a_topic_raises_that_portion_only():
    marks = _marks(BIT)
    assert _find(marks, "forged fumigation certificates")[0] == "(C)"
    assert _find(marks, "grain inspection at the port") == ("(SBU)", False)
    assert _find(marks, "final report goes to the exporter") == ("(SBU)", False)


def test_the_sentence_about_a_topic():
    text = BIT.replace("the bit about the warehouse operator is", "the sentence about the warehouse operator is")
    marks = _marks(text)
    assert _find(marks, "forged fumigation certificates")[0] == "(C)"
    assert _find(marks, "final report goes to the exporter") == ("(SBU)", False)


def test_the_bit_about_a_topic_and_more_stays_unresolved():
    # "... and everything after it": more than the one stretch: every portion is raised as before
    text = BIT.replace("is CONFIDENTIAL, it came", "and everything after it is CONFIDENTIAL, it came")
    marks = _marks(text)
    assert _find(marks, "final report goes to the exporter")[0] == "(C)"
    assert _find(marks, "grain inspection at the port")[0] == "(C)"


def test_the_bit_about_a_topic_found_twice_stays_unresolved():
    text = BIT.replace("The final report goes to the exporter next week.",
                       "The warehouse operator gets the final report next week.")
    marks = _marks(text)
    assert _find(marks, "grain inspection at the port")[0] == "(C)"
