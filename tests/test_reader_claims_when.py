"""A level followed by "in", "at", "on", "under" or "within" is a claim only when what follows names a
setting (a brief, a deck, a meeting): "was Secret in the morning brief" governs the text it names.
When it names a time ("were Top Secret at the time", "DOWNGRADED TO CONFIDENTIAL ON 01/15/2016",
"was Secret in 1973"), the sentence tells history, not this document's level (adv53-044 and adv4-036,
over-redacted when round 115's fix first took every such preposition).
"""
import pytest

from released import assert_withheld, mark_of, portion_marks

PLAIN = "The archive reading room reopens on the second Tuesday of May"
SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"


def _memo(history: str) -> str:
    return ("CONFIDENTIAL\n\nINFORMATION MEMO FOR THE UNDER SECRETARY\nSUBJECT: The 1981 records release\n\n"
            f"1. (U) {history}\n\n2. (U) {PLAIN}.\n\n"
            "3. (C) One partner service asked us to hold back the record of a minister's private visit.\n\n"
            "Classified By: R. Oduya, reason 1.4(d)\nCONFIDENTIAL\n")


@pytest.mark.parametrize("history", [
    "Most records in the release were Top Secret at the time and were declassified after review.",
    "Every file was Confidential in 1981; the review board released them in 2019.",
    "The minutes were Secret on the day they were written and were downgraded later.",
])
def test_a_level_held_at_a_time_is_history_not_a_claim(history):
    marks = portion_marks(_memo(history))
    assert mark_of(marks, PLAIN) == ("(U)", False)


def test_a_downgrading_notice_does_not_raise_the_unclassified_paragraphs():
    text = ("CONFIDENTIAL\n\nDOWNGRADED TO CONFIDENTIAL ON 03/02/2015 BY AUTHORITY OF THE\nSYSTEMATIC REVIEW PROGRAM\n\n"
            f"1. (U) {PLAIN}.\n\n2. (C) The minister asked that we keep the border orders from the press.\n\nCONFIDENTIAL\n")
    assert mark_of(portion_marks(text), PLAIN) == ("(U)", False)


@pytest.mark.parametrize("setting", ["at the country team", "in the morning brief", "on the high side deck"])
def test_a_level_held_in_a_setting_is_still_a_claim(setting):
    text = ("From: Okafor, Bisi\nTo: Lang, Theo\nSubject: RE: port\nClassification: UNCLASSIFIED\n\n"
            f"Theo - the paragraph you quoted below (starting \"The harbour master\") was Secret {setting}.\n\n"
            f"(U) {PLAIN}.\n\n-----Original Message-----\nFrom: Lang, Theo\n\n> (U) Quick question.\n>\n> {SECRET}.\n")
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))
