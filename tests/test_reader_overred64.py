"""Over-redaction, 9th round (rounds 103-108's classes), on documents written for these tests:

- a statement that names a block by the heading alone on its line (`ENCLOSURE 1`, `--- Attachment
  B ---`, `TAB C`) raises the block to the line that closes it (`END ENCLOSURE`, `--- end of
  attachment B ---`, `END TAB C`), not every portion after the heading: the (U) text after the
  closing line keeps its mark.

- a note that names the paragraph right above it or right below it and nothing else (`^ the para
  above is really C`, `the para directly below is really C`) raises that paragraph (a marked one),
  not every portion.

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


_WAREHOUSE = ("From: GSO Lusaka\n"
              "To: Mgmt; RSO\n"
              "Subject: warehouse move\n"
              "Classification: UNCLASSIFIED\n"
              "\n"
              "(U) The warehouse move to the Makeni site is set for the last week of January.\n"
              "\n"
              "(U) The new site's back gate opens onto the road the smuggling convoys use at night, per the police.\n"
              "\n"
              "{note}\n"
              "\n"
              "(U) Movers will need badges from the RSO by the 20th.\n")


@pytest.mark.parametrize("note", [
    "^ the para above is really C, sorry, my mistake - pls delete your copy.",
    "Correction: the paragraph just above shd be C, not U. Delete your copy pls.",
])
def test_the_para_above_is_the_marked_paragraph_right_above(note):
    text = _WAREHOUSE.format(note=note)
    marks = _marks(text)
    assert _find(marks, "warehouse move to the Makeni") == ("(U)", False)
    assert _find(marks, "Movers will need badges") == ("(U)", False)
    assert _find(marks, "back gate opens onto the road")[0] == "(C)"
    _kept(text, "The warehouse move to the Makeni site is set for the last week of January.")
    _kept(text, "Movers will need badges from the RSO by the 20th.")
    assert_withheld(text, "back gate opens onto the road the smuggling convoys use at night")


def test_the_para_directly_below_is_the_marked_paragraph_right_below():
    text = ("From: POL\nSubject: trip notes\nClassification: UNCLASSIFIED\n\n"
            "(U) The delegation met the governor on Tuesday.\n\n"
            "Heads up: the para directly below is really C, came from the DCM's channel.\n\n"
            "(U) The governor said the army will move two battalions to the border next month.\n\n"
            "(U) We return to the capital on Friday by road.\n")
    marks = _marks(text)
    assert _find(marks, "We return to the capital") == ("(U)", False)
    assert _find(marks, "two battalions to the border")[0] == "(C)"
    _kept(text, "We return to the capital on Friday by road.")
    assert_withheld(text, "the army will move two battalions to the border next month")


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


@pytest.mark.parametrize(("unmarked", "note"), [
    (False, "^ the para above and the attachment are really C, sorry."),  # other text named too
    (True, "^ the para above is really C, sorry."),  # the paragraph right above has no mark
])
def test_the_para_above_that_is_not_certain_raises_every_portion(unmarked, note):
    text = _WAREHOUSE.format(note=note)
    text = text.replace("(U) The new site", "The new site") if unmarked else text
    marks = _marks(text)
    assert _find(marks, "warehouse move to the Makeni")[0] == "(C)"
    assert _find(marks, "Movers will need badges")[0] == "(C)"
    assert_withheld(text, "back gate opens onto the road the smuggling convoys use at night")
