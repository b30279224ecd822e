"""Over-redaction, 9th round (rounds 103-108's classes), on documents written for these tests:

- a statement that names a block by the heading alone on its line (`ENCLOSURE 1`, `--- Attachment
  B ---`, `TAB C`) raises the block to the line that closes it (`END ENCLOSURE`, `--- end of
  attachment B ---`, `END TAB C`), not every portion after the heading: the (U) text after the
  closing line keeps its mark.

Each keeps, on the other side, what must stay withheld (the block's text, and everything after
a heading whose closing line names another block).
"""
from __future__ import annotations

import pytest

from released import assert_withheld, mark_of as _find, portion_marks as _marks, versions


def _kept(text: str, phrase: str) -> None:
    assert phrase in versions(text, ("usg",))["usg"], phrase


_GUARD_FORCE = ("From: Duty officer, RSO Nairobi\n"
                "Subject: Guard force review\n"
                "Classification: UNCLASSIFIED//SBU\n"
                "\n"
                "(SBU) The guard contract review is attached, with the findings of the site visit.\n"
                "\n"
                "Attachment B came in over the classified system and is pasted below without its marks. "
                "Attachment B is CONFIDENTIAL.\n"
                "\n"
                "--- Attachment B ---\n"
                "The contractor's night supervisor sells shift rosters to a local militia broker.\n"
                "--- end of attachment B ---\n"
                "\n"
                "(U) The next contract review is scheduled for the spring.\n")

_PORT_STUDY = ("To: ECON staff\n"
               "Subject: Port study\n"
               "UNCLASSIFIED\n"
               "\n"
               "(U) Below is the port study summary.\n"
               "\n"
               "Reader's note: Tab C reproduces a liaison report. Its classification is SECRET//NOFORN.\n"
               "\n"
               "TAB C\n"
               "The liaison service says the harbour master takes payments from a smuggling ring.\n"
               "END TAB C\n"
               "\n"
               "(U) Dredging of the outer channel will start in April.\n")


def test_attachment_named_by_its_divider_ends_at_its_closing_divider():
    marks = _marks(_GUARD_FORCE)
    assert _find(marks, "next contract review") == ("(U)", False)
    assert _find(marks, "night supervisor sells")[0] == "(C)"
    _kept(_GUARD_FORCE, "The next contract review is scheduled for the spring.")
    assert_withheld(_GUARD_FORCE, "night supervisor sells shift rosters to a local militia broker")


def test_tab_named_by_its_heading_ends_at_end_tab():
    marks = _marks(_PORT_STUDY)
    assert _find(marks, "Dredging of the outer channel") == ("(U)", False)
    assert _find(marks, "harbour master takes payments")[0] == "(S//NF)"
    _kept(_PORT_STUDY, "Dredging of the outer channel will start in April.")
    assert_withheld(_PORT_STUDY, "harbour master takes payments from a smuggling ring", ("usg", "partner", "public"))


def test_enclosure_closed_by_end_enclosure_without_its_number():
    text = ("From: Legal attache\n"
            "Subject: Task force minutes\n"
            "Classification: UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n"
            "\n"
            "(U//LES) The minutes of the task force meeting follow, with one enclosure.\n"
            "\n"
            "Enclosure 2 reached us on the high side; it is reproduced here without its markings and is SECRET.\n"
            "\n"
            "ENCLOSURE 2\n"
            "The courier for the ring crosses at the northern checkpoint every other Tuesday.\n"
            "END ENCLOSURE\n"
            "\n"
            "(U) The task force meets again after the holidays at the consulate.\n")
    marks = _marks(text)
    assert _find(marks, "meets again after the holidays") == ("(U)", False)
    assert _find(marks, "courier for the ring")[0] == "(S)"
    _kept(text, "The task force meets again after the holidays at the consulate.")
    assert_withheld(text, "courier for the ring crosses at the northern checkpoint")


# --- what stays raised ------------------------------------------------------------------


@pytest.mark.parametrize("closing", [
    "END TAB D\n",  # the close of another tab than the one named
    "End tab C discussion is deferred; the ring pays the pilots too.\n",  # a sentence, no closing line
])
def test_what_does_not_close_the_block_leaves_the_text_after_it_raised(closing):
    text = _PORT_STUDY.replace("END TAB C\n", closing)
    marks = _marks(text)
    assert _find(marks, "Dredging of the outer channel")[0] == "(S//NF)"
    assert_withheld(text, "Dredging of the outer channel will start in April")
    assert_withheld(text, "harbour master takes payments from a smuggling ring")
