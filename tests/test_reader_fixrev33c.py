"""An unmarked line under a short `(U)` line is no certain wrap when the width is unknown (helper fixrev33c, issue 8;
review33c, old on main `44e044b`).

In a classified document, the line right under a marked first line that is the text's longest line was read as that
line wrapped (its first word "could not have fitted" on it) and released at every level. A wrap is certain only when
the width is known: at least three lines reach about the same width, as a wrapped paragraph's lines do
(`reader/portions.width_known`). When they do not (a tiny document, a chat whose lines no width wraps), the unmarked
line is text of its own and takes the document's level. Wrapped paragraphs in a document of known width stay released.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")

LEAKS = [
    ("SECRET\n[14:02] maj.harlan: (U) shift change complete\nthe convoy departs Kandahar at 0300\nSECRET\n",
     "the convoy departs Kandahar at 0300"),
    ("SECRET\n1. (U) summary attached.\nthe raid is set for Friday\nSECRET\n", "the raid is set for Friday"),
    ("SECRET//NOFORN\n\nJOC WATCH CHAT EXPORT - 14 MAR\n\n[14:02] maj.harlan: (U) shift change at the JOC is complete\n"
     "the convoy departs Kandahar at 0300 under HAWK escort\n[14:04] cpt.rees: (S//NF) copy, HAWK is tasked\n"
     "[14:06] maj.harlan: (U) thanks all\n\nSECRET//NOFORN\n", "the convoy departs Kandahar at 0300"),
]


@pytest.mark.parametrize("text,phrase", LEAKS)
def test_an_unmarked_line_under_the_longest_u_line_takes_the_document_level(text, phrase):
    assert_withheld(text, phrase, ALL)


WRAPPED = (
    "CONFIDENTIAL\n\n"
    "1. (U) The ambassador met the minister of finance on Tuesday to discuss the\n"
    "visa regime for students and the schedule of the joint commission, which\n"
    "has not met since March; both sides agreed to convene it again before the\n"
    "end of the year and to exchange draft terms of reference in the autumn.\n\n"
    "2. (C) The minister said privately that the cabinet is divided on the\n"
    "question and that the president has not yet decided how to proceed.\n\n"
    "CONFIDENTIAL\n"
)


def test_a_wrapped_u_paragraph_of_known_width_stays_released():
    for phrase in ("visa regime for students", "end of the year and to exchange"):
        assert_released(WRAPPED, phrase, "usg")
        assert_released(WRAPPED, phrase, "public")
    assert_withheld(WRAPPED, "the cabinet is divided", ("partner", "public"))
