"""Round 110's structure leaks, fixed by class on documents written for this test (not the corpus's
wording): text under or after a `(U)` line that is not part of it takes the level of its document
(or message), never the (U) of the line above it.

- another item of a dash or bullet list after a marked item (`-- WE WILL ...` under `-- (U) ...` in a
  cable; a Word paste's symbol-font bullet U+F0B7);
- a table's rows under a marked paragraph that introduces them, and a row after a marked row;
- a line under a marked first line that is not its wrap: an outline's child under a `(U)` heading, a
  form's answer under its `(U)` prompt (a list whose every numbered marked line has its answer under it);
- a table's cell with no mark beside a marked cell, in a table marked cell by cell;
- a chat message's lines under its `(U)` first line, when they are not its wrap;
- a typed memo's unmarked paragraph after a blank line under a marked numbered paragraph.

Each class has non-examples: text that is the marked portion's own and must stay releasable."""
from __future__ import annotations

import pytest

from released import assert_withheld, versions

ALL = ("usg", "partner", "public")


def assert_released(text: str, phrase: str, level: str = "usg") -> None:
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    assert phrase in " ".join(versions(text, (level,))[level].split()), level


CABLE_HEAD = ("S E C R E T ANKARA 004412\n"
              "NOFORN\n"
              "E.O. 13526: DECL: 12/01/2046\n"
              "TAGS: PREL MOPS TU\n"
              "SUBJECT: TURKEY: BORDER CROSSINGS, STATE OF PLAY\n"
              "CLASSIFIED BY: DCM R. OSEI, REASONS 1.4 (B) AND (D)\n")


# --- another item of a dash or bullet list -------------------------------------------------------

def test_an_unmarked_double_dash_item_after_a_marked_one_in_a_cable():
    text = CABLE_HEAD + ("1. (U) THE CROSSINGS REOPENED ON MONDAY.\n"
                         "2. (U) WHAT HAPPENS NEXT:\n"
                         "   -- (U) THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY.\n"
                         "   -- THE ARMY WILL MOVE TWO BRIGADES TO KILIS BEFORE THE ELECTION.\n"
                         "R. OSEI\n")
    assert_withheld(text, "THE ARMY WILL MOVE TWO BRIGADES TO KILIS BEFORE THE ELECTION", ALL)
    assert_released(text, "THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY")


def test_a_wrapped_double_dash_item_stays_with_its_mark():
    text = CABLE_HEAD + ("1. (U) WHAT HAPPENS NEXT:\n"
                         "   -- (U) THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY AT THE\n"
                         "      PROVINCIAL HALL, WHICH THE PRESS OFFICE ANNOUNCED YESTERDAY.\n"
                         "   -- (S//NF) THE ARMY WILL MOVE TWO BRIGADES TO KILIS.\n")
    assert_released(text, "PROVINCIAL HALL, WHICH THE PRESS OFFICE ANNOUNCED YESTERDAY")
    assert_withheld(text, "THE ARMY WILL MOVE TWO BRIGADES TO KILIS", ALL)


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "\u25aa"])
def test_an_unmarked_symbol_bullet_after_a_marked_one_in_a_memo(bullet):
    text = ("CONFIDENTIAL\n\nACTION MEMO FOR THE UNDER SECRETARY\nSUBJECT: (U) Port fees dispute\n\n"
            "Background:\n"
            f"{bullet}\t(U) The port authority raised its fees in October.\n"
            f"{bullet}\tThe transport minister told us he will cancel the concession if we stay silent.\n"
            f"{bullet}\t(U) The shipping lines have complained in public.\n\nCONFIDENTIAL\n")
    assert_withheld(text, "The transport minister told us he will cancel the concession", ALL)
    assert_released(text, "The shipping lines have complained in public")


# --- a table's rows under a marked paragraph ------------------------------------------------------

def test_unmarked_pipe_rows_under_a_marked_paragraph_of_a_cable():
    text = CABLE_HEAD + ("1. (U) THE CROSSINGS REOPENED ON MONDAY.\n"
                         "2. (U) OUR CONTACTS' VIEW OF EACH CROSSING:\n"
                         "| CROSSING   | VIEW                                            |\n"
                         "| CILVEGOZU  | SMUGGLERS PAY THE CUSTOMS CHIEF FOR EACH TRUCK   |\n"
                         "| (U) ONCUPINAR | OPEN TO AID CONVOYS ONLY                    |\n"
                         "| AKCAKALE   | THE MILITIA THERE TAXES EVERY RETURNING REFUGEE  |\n"
                         "3. (U) POST WILL REPORT ON THE NEXT CONVOY.\n")
    assert_withheld(text, "SMUGGLERS PAY THE CUSTOMS CHIEF FOR EACH TRUCK", ALL)
    assert_withheld(text, "THE MILITIA THERE TAXES EVERY RETURNING REFUGEE", ALL)
    assert_released(text, "OPEN TO AID CONVOYS ONLY")
    assert_released(text, "POST WILL REPORT ON THE NEXT CONVOY")


# --- a line under a marked first line that is not its wrap -----------------------------------------

FORM = ("Survey responses - Consular staffing review (SECRET//NOFORN)\n"
        "Respondent 3, submitted 12/02/2026\n\n"
        "1. (U) Which section do you work in?\n"
        "Consular, American citizen services.\n\n"
        "2. (U) What changed in your workload this year?\n"
        "A visa fraud ring has bribed two of our local guards to pass documents.\n\n"
        "3. (U) Is the waiting room big enough?\n"
        "Yes, after the spring renovation.\n\n"
        "4. (U) Any other comment?\n"
        "The host ministry reads our appointment lists through a contractor.\n")


def test_answers_under_marked_prompts_of_a_form():
    assert_withheld(FORM, "A visa fraud ring has bribed two of our local guards", ALL)
    assert_withheld(FORM, "The host ministry reads our appointment lists through a contractor", ALL)


def test_a_numbered_paragraph_typed_with_a_hard_break_stays_whole():
    text = CABLE_HEAD.replace("S E C R E T", "C O N F I D E N T I A L") + (
        "1. (U) THE MAYOR RECEIVED THE AMBASSADOR IN HIS OFFICE ON TUESDAY.\n"
        "HE ASKED FOR HELP WITH THE WATER PROJECT, AS HE DID LAST YEAR, AND THANKED\n"
        "US FOR THE SCHOLARSHIPS.\n\n"
        "2. (U) POST WILL FOLLOW UP.\n")
    assert_released(text, "HE ASKED FOR HELP WITH THE WATER PROJECT")


def test_indented_children_under_a_marked_outline_heading():
    text = ("Page: Trade working group prep\n"
            "(U) Items to raise\n"
            "    The deputy minister told us the steel quota will be waived for his cousin's firm\n"
            "    Ask for the quota allocation table\n"
            "(U) Logistics\n"
            "    Room 4, ministry annex\n")
    assert_withheld(text, "The deputy minister told us the steel quota will be waived", ALL)
