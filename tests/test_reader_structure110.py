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


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "\u25aa"])
def test_an_unmarked_symbol_bullet_after_a_marked_one_in_a_memo(bullet):
    text = ("CONFIDENTIAL\n\nACTION MEMO FOR THE UNDER SECRETARY\nSUBJECT: (U) Port fees dispute\n\n"
            "Background:\n"
            f"{bullet}\t(U) The port authority raised its fees in October.\n"
            f"{bullet}\tThe transport minister told us he will cancel the concession if we stay silent.\n"
            f"{bullet}\t(U) The shipping lines have complained in public.\n\nCONFIDENTIAL\n")
    assert_withheld(text, "The transport minister told us he will cancel the concession", ALL)
    assert_released(text, "The shipping lines have complained in public")


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


@pytest.mark.parametrize("line_end", ["\n", "\u2028"])
def test_indented_children_under_a_marked_outline_heading(line_end):
    lines = ["Notebook: POL  >  Section: SECRET - Trade talks  >  Page: Trade working group prep",
             "Monday, November 30, 2026    9:40 AM", "",
             "(U) Items to raise",
             "    The deputy minister told us the steel quota will be waived for his cousin's firm",
             "    Ask for the quota allocation table",
             "(U) Logistics",
             "    Room 4, ministry annex", "", "Tags: Follow up, Important", ""]
    assert_withheld(line_end.join(lines), "The deputy minister told us the steel quota will be waived", ALL)


# --- a chat message's lines under its marked first line ----------------------------------------------

@pytest.mark.parametrize("indent", ["", "    ", "\t"])
def test_lines_under_a_chat_messages_marked_first_line(indent):
    text = ("Channel: #ops-horn (SECRET//NOFORN)\nExported 2026-12-02 08:00 UTC\n\n"
            "[07:01] amensah: (U) morning, stand-up at nine\n"
            "[07:03] dlee: (U) relaying the field note:\n"
            f"{indent}the militia commander at Beledweyne has our driver and wants cash for him\n"
            f"{indent}through the usual broker, do not tell the district commissioner\n"
            "[07:05] amensah: (U) thanks, on it\n")
    assert_withheld(text, "the militia commander at Beledweyne has our driver and wants cash", ALL)
    assert_released(text, "morning, stand-up at nine")


# --- every class's documents as cases: (text, phrases withheld at every level, phrases released at usg) ---

CASES = [
    pytest.param(CABLE_HEAD + ("1. (U) THE CROSSINGS REOPENED ON MONDAY.\n"
                             "2. (U) WHAT HAPPENS NEXT:\n"
                             "   -- (U) THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY.\n"
                             "   -- THE ARMY WILL MOVE TWO BRIGADES TO KILIS BEFORE THE ELECTION.\n"
                             "R. OSEI\n"),
                 ["THE ARMY WILL MOVE TWO BRIGADES TO KILIS BEFORE THE ELECTION"],
                 ["THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY"], id='an_unmarked_double_dash_item_after_a_marked_one_in_a_cable'),
    pytest.param(CABLE_HEAD + ("1. (U) WHAT HAPPENS NEXT:\n"
                             "   -- (U) THE GOVERNOR WILL HOLD A PRESS CONFERENCE ON FRIDAY AT THE\n"
                             "      PROVINCIAL HALL, WHICH THE PRESS OFFICE ANNOUNCED YESTERDAY.\n"
                             "   -- (S//NF) THE ARMY WILL MOVE TWO BRIGADES TO KILIS.\n"),
                 ["THE ARMY WILL MOVE TWO BRIGADES TO KILIS"],
                 ["PROVINCIAL HALL, WHICH THE PRESS OFFICE ANNOUNCED YESTERDAY"], id='a_wrapped_double_dash_item_stays_with_its_mark'),
    pytest.param(CABLE_HEAD + ("1. (U) THE CROSSINGS REOPENED ON MONDAY.\n"
                             "2. (U) WHAT WE HEARD:\n"
                             "   \u25aa (U) TRUCK QUEUES ARE DOWN TO TWO DAYS.\n"
                             "   \u25aa THE BORDER GUARDS ARE WAVING THROUGH FIGHTERS FOR A FEE.\n"),
                 ["THE BORDER GUARDS ARE WAVING THROUGH FIGHTERS FOR A FEE"],
                 [], id='an_unmarked_bullet_after_a_marked_one_in_a_cable'),
    pytest.param(CABLE_HEAD + ("1. (U) THE CROSSINGS REOPENED ON MONDAY.\n"
                             "2. (U) OUR CONTACTS' VIEW OF EACH CROSSING:\n"
                             "| CROSSING   | VIEW                                            |\n"
                             "| CILVEGOZU  | SMUGGLERS PAY THE CUSTOMS CHIEF FOR EACH TRUCK   |\n"
                             "| (U) ONCUPINAR | OPEN TO AID CONVOYS ONLY                    |\n"
                             "| AKCAKALE   | THE MILITIA THERE TAXES EVERY RETURNING REFUGEE  |\n"
                             "3. (U) POST WILL REPORT ON THE NEXT CONVOY.\n"),
                 ["SMUGGLERS PAY THE CUSTOMS CHIEF FOR EACH TRUCK", "THE MILITIA THERE TAXES EVERY RETURNING REFUGEE"],
                 ["OPEN TO AID CONVOYS ONLY", "POST WILL REPORT ON THE NEXT CONVOY"], id='unmarked_pipe_rows_under_a_marked_paragraph_of_a_cable'),
    pytest.param("1. (U) Readout of the donor meeting, by agency:\n"
                "| Agency | Readout |\n"
                "| WFP    | The minister diverted the March rations to his home district |\n"
                "| (U) UNICEF | Clinics reopened in two provinces |\n"
                "2. (U) Next meeting in January.\n\nCONFIDENTIAL\n",
                 ["The minister diverted the March rations to his home district"],
                 [], id='unmarked_pipe_rows_under_a_marked_paragraph_of_a_fragment'),
    pytest.param(FORM,
                 ["A visa fraud ring has bribed two of our local guards", "The host ministry reads our appointment lists through a contractor"],
                 [], id='answers_under_marked_prompts_of_a_form'),
    pytest.param(CABLE_HEAD.replace("S E C R E T", "C O N F I D E N T I A L") + (
            "1. (U) THE MAYOR RECEIVED THE AMBASSADOR IN HIS OFFICE ON TUESDAY.\n"
            "HE ASKED FOR HELP WITH THE WATER PROJECT, AS HE DID LAST YEAR, AND THANKED\n"
            "US FOR THE SCHOLARSHIPS.\n\n"
            "2. (U) POST WILL FOLLOW UP.\n"),
                 [],
                 ["HE ASKED FOR HELP WITH THE WATER PROJECT"], id='a_numbered_paragraph_typed_with_a_hard_break_stays_whole', marks=pytest.mark.xfail(strict=True, reason="over-redaction, fail closed: a new sentence under a short (U) first line of a SECRET cable is text of its own since "
                 "fixwrap34 (adv141-050: the same shape can be a classified sentence)")),
    pytest.param("Exit questionnaire, Embassy Dhaka (CONFIDENTIAL when filled in)\n"
                "1. (U) Your section and grade.\n"
                "Management, FS-03.\n"
                "2. (U) Anything the next officer should know?\n"
                "The landlord of the warehouse on Road 12 reports our deliveries to the intelligence service.\n"
                "3. (U) Would you recommend this post?\n"
                "Yes.\n",
                 ["The landlord of the warehouse on Road 12 reports our deliveries"],
                 [], id='answers_under_marked_prompts_of_a_questionnaire_without_blank_lines'),
    pytest.param("# Sahel field contacts - SECRET\n\n(U) Contacts for the Niamey trip.\n\n"
                "| Contact | Notes |\n|---|---|\n"
                "| (U) Mayor's chief of staff | (U) Reachable through the protocol office |\n"
                "| (U) Customs director | Says the junta sells fuel permits to the smugglers at Assamaka |\n"
                "| (U) Radio station owner | (U) Prefers meetings in the afternoon |\n",
                 ["Says the junta sells fuel permits to the smugglers at Assamaka"],
                 ["Reachable through the protocol office"], id='an_unmarked_cell_beside_a_marked_first_cell_in_a_table_marked_cell_by_cell'),
    pytest.param("SECRET\n\n(U) Contacts for the Niamey trip.\n\n"
                "| Contact | Notes |\n|---|---|\n"
                "| (U) Mayor's chief of staff | Reachable through the protocol office |\n"
                "| (U) Radio station owner | Prefers meetings in the afternoon |\n\nSECRET\n",
                 [],
                 ["Reachable through the protocol office"], id='a_table_marked_by_its_first_cells_only_keeps_each_row_whole'),
    pytest.param("Channel: #ops-horn (SECRET//NOFORN)\nExported 2026-12-02 08:00 UTC\n\n"
                "[07:01] amensah: (U) morning all, the stand-up moves to nine because the front office\n"
                "wants the room at eight for the visiting delegation from the ministry\n"
                "[07:03] dlee: (S//NF) the broker has been paid\n",
                 [],
                 ["wants the room at eight for the visiting delegation from the ministry"], id='a_chat_message_wrapped_at_the_width_stays_whole'),
    pytest.param("Sheet: AF/E Election Support Plan (SECRET)\n"
                "Row  Task                                                     Start     Owner\n"
                "1    (U) Phase 1: Observer training                           01/05/27  K. Osei\n"
                "2       (U) Book the training venue                           01/05/27  K. Osei\n"
                "3    (U) Phase 2: Contingency                                 02/01/27  L. Brandt\n"
                "4       Pre-position the evacuation aircraft at Entebbe       02/01/27  L. Brandt\n"
                "5       (U) Update the warden message                         02/03/27  L. Brandt\n",
                 ["Pre-position the evacuation aircraft at Entebbe"],
                 ["Update the warden message"], id='unmarked_child_rows_under_a_marked_row_of_a_sheet'),
    pytest.param("                         S E C R E T\n"
                "MEMORANDUM FOR THE RECORD\n\n"
                "SUBJECT:  (U) Call from the Kenyan deputy chief of mission\n\n"
                "1.  (U) The deputy chief of mission called to discuss visa processing\n"
                "    times for his diplomats.\n\n"
                "2.  (U) He also asked about the trade fair in Chicago.\n\n"
                "    Then he said that the Kenyan navy intercepted an arms dhow off\n"
                "    Lamu and is holding its crew at a site it will not name.\n\n"
                "3.  (U) I promised a reply on the trade fair by Friday.\n\n"
                "                         S E C R E T\n",
                 ["the Kenyan navy intercepted an arms dhow off"],
                 ["I promised a reply on the trade fair by Friday"], id='an_unmarked_typed_paragraph_after_a_marked_numbered_one'),
    pytest.param("CONFIDENTIAL\n\n(U) Status of the requests.\n\n"
                "| Request | Owner | Status |\n|---|---|---|\n"
                "| (U) Port visit | (U) DAO | (U) Approved |\n"
                "| (U) Overflight | (U) DAO | Denied, the minister wants a bribe first |\n\nCONFIDENTIAL\n",
                 ["Denied, the minister wants a bribe first"],
                 [], id='an_unmarked_cell_in_a_tab_free_pipe_table_of_three_columns'),
    pytest.param("Room: [C] POL-SECTION\n\n"
                "[2026-12-02 10:00:01] rpatel: (U) Meeting moved to 11\n"
                "[2026-12-02 10:03:40] tkhan: (U) heard from the contact:\n"
                "the speaker will block the budget unless his son gets the port contract\n"
                "[2026-12-02 10:05:12] rpatel: (U) ok\n",
                 ["the speaker will block the budget unless his son gets the port contract"],
                 [], id='lines_under_a_chat_message_with_its_date_in_brackets'),
    pytest.param("Sheet: Embassy move plan [CONFIDENTIAL]\n"
                "Row  Task                                                         Due\n"
                "10   (U) Phase 1: Survey the new compound                        03/01/27\n"
                "11     (U) Order the vehicles                                    03/02/27\n"
                "12     Move the classified holdings by night through the south gate  03/05/27\n",
                 ["Move the classified holdings by night through the south gate"],
                 [], id='unmarked_rows_of_a_sheet_with_two_figure_row_numbers'),
    pytest.param("                 C O N F I D E N T I A L\n"
                "MEMORANDUM OF CONVERSATION\n\n"
                "1.   (U) The mayor described the new bus routes in some detail\n"
                "     and asked for a transit expert.\n\n"
                "2.   (U) He raised the sister-city program.\n\n"
                "     The mayor then told us the police chief is selling seized weapons\n"
                "     to the gangs in the port district.\n\n"
                "3.   (U) We agreed to meet again in March.\n\n"
                "                 C O N F I D E N T I A L\n",
                 ["the police chief is selling seized weapons"],
                 [], id='an_unmarked_typed_paragraph_after_a_marked_numbered_one_under_a_spaced_stamp'),
]


@pytest.mark.parametrize("text, withheld, released", CASES)
def test_case(text, withheld, released):
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)
    for phrase in released:
        assert_released(text, phrase)


# A numbered paragraph whose marked first line is a heading (`2. (U) Port headline`, no stop, under half the
# width) and a sentence set on the line under it: the sentence is text of its own, which the heading's mark
# does not mark (overred64 found the form leaking on main with a plain number). A sentence broken mid-clause
# (`met with` / `Minister Vella ...`) stays one paragraph.
_CABLE_HEAD = ("S E C R E T VALLETTA 000123\n\nSIPDIS\n\nE.O. 12958: DECL: 12/01/2031\nTAGS: PREL, MT\n"
               "SUBJECT: WEEKLY ROUNDUP\n\nClassified By: Ambassador Jane Doe for reasons 1.4 (b) and (d)\n\n"
               "1. (U) The minister opened the new clinic on Monday and said the\n"
               "hospital wing would follow in the spring, once the tender closes.\n\n")


@pytest.mark.parametrize("heading", ["Port headline", "Harbor security", "FUEL DEPOT UPDATE"])
def test_a_sentence_under_a_numbered_heading_is_its_own_portion(heading):
    from released import mark_of, portion_marks
    text = (_CABLE_HEAD + f"2. (U) {heading}\n   The navy will move two corvettes to the northern base in March.\n\n"
            "3. (S) Sources say the budget is cut by a third over two years,\nand the cut falls on the coast guard.\n")
    assert mark_of(portion_marks(text), "two corvettes")[0] != "(U)"


def test_a_sentence_broken_mid_clause_under_a_numbered_line_stays_whole():
    from released import mark_of, portion_marks
    text = (_CABLE_HEAD + "2. (U) The Ambassador met with\nMinister Vella on the port tender and the clinic.\n\n"
            "3. (S) Sources say the budget is cut by a third over two years,\nand the cut falls on the coast guard.\n")
    assert mark_of(portion_marks(text), "Minister Vella")[0] == "(U)"
