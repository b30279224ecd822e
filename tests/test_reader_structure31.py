"""Rounds 130 and 132's structure leaks, fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record or page, never the (U) of what it follows or
sits inside.

- a wiki page's nested list items (MediaWiki `*#`, `#*`, `##`, `*:`) under a marked item: each is an item of
  its own, which its parent's mark does not mark; a wiki item or line that opens with bold or italic quotes
  before its mark (`'''(U) ...`) is marked by it;
- a paragraph cut by a page break (a running head or footer, a page's number, a form feed) that goes on, in
  lower case, under a marked caption or heading at the top of the next page: the rest of the cut paragraph,
  unmarked, not under the caption's mark;
- editor change markup (CriticMarkup's `{--deleted--}`, `{~~old~>new~~}`, `{>>comment<<}`) inside a marked
  paragraph: text another hand set into it, unmarked; a reviewer's comment that names a level in words raises the
  paragraph it sits in;
- a CSV export without quotes (`ID,Task,Start,Finish,Notes`) and an export pasted into a marked paragraph, its
  rows marked in a cell before their free-text cell: that cell, without a mark of its own, is unmarked text.

Each test also holds non-examples: text that is the marked portion's own, which must stay releasable."""
from __future__ import annotations

from released import assert_released, check

# --- wiki lists ----------------------------------------------------------------------------------------------


def test_mediawiki_numbered_list_children_under_a_marked_item_take_the_page_level():
    text = ("{{Classification|CONFIDENTIAL}}\n"
            "== Harbour works ==\n"
            "# (U) The dredging contract was signed in March.\n"
            "#* The contractor is a front for the port authority chairman's brother.\n"
            "#* (U) Work starts after the monsoon.\n"
            "# (U) The new quay opens to ferries next year.\n"
            "## The navy wants the quay for its patrol boats instead.\n"
            "{{Classification|CONFIDENTIAL}}\n")
    check(text, ["The contractor is a front for the port authority chairman's brother.",
                 "The navy wants the quay for its patrol boats instead."],
          ["The dredging contract was signed in March.", "Work starts after the monsoon.",
           "The new quay opens to ferries next year."])


def test_mediawiki_mixed_list_and_bold_marked_line():
    text = ("{{Classification|SECRET//NOFORN}}\n"
            "'''(U) Weekly notes of the trade section.'''\n"
            "* (U) Fertiliser imports fell by a fifth.\n"
            "*# The minister's nephew holds the only import licence for urea.\n"
            "*: His company ships through a bonded warehouse in Mombasa.\n"
            "*# (U) Prices are published every Friday.\n"
            "* (U) Wheat imports were flat.\n"
            "{{Classification|SECRET//NOFORN}}\n")
    check(text, ["The minister's nephew holds the only import licence for urea.",
                 "His company ships through a bonded warehouse in Mombasa."],
          ["Weekly notes of the trade section.", "Fertiliser imports fell by a fifth.",
           "Prices are published every Friday.", "Wheat imports were flat."])


# --- a paragraph cut by a page break -------------------------------------------------------------------------


def test_paragraph_cut_by_running_footer_and_head_goes_on_under_a_marked_caption():
    text = ("SECRET//NOFORN\n\n"
            "SUBJECT: (U) Fuel smuggling on the northern border\n\n"
            "1. (U) Customs seized four tankers in October.\n\n"
            "2. (S//NF) A customs officer told us that the border brigade commander takes a share of every\n"
            "convoy and has warned his officers not to\n\n"
            "SECRET//NOFORN                                          Page 1 of 2\n"
            "Fuel smuggling - northern border                        Page 2\n"
            "(U) Figure 1: Seizures by month.\n"
            "stop any truck that carries the brigade's pass.\n\n"
            "3. (U) The ministry will publish the October figures next week.\n\n"
            "SECRET//NOFORN                                          Page 2 of 2\n")
    check(text, ["stop any truck that carries the brigade's pass."],
          ["Figure 1: Seizures by month.", "Customs seized four tankers in October.",
           "The ministry will publish the October figures next week."])


def test_paragraph_cut_by_form_feed_and_page_number_goes_on_under_a_marked_heading():
    text = ("CONFIDENTIAL\n\n"
            "1. (C) The governor's office has drafted a decree that would let the provincial police\n"
            "detain journalists for thirty days without charge, and the governor plans to sign it\n"
            "- 1 -\n"
            "\f"
            "- 2 -\n"
            "(U) Annex A lists the provinces concerned.\n"
            "before the elections in May, while the capital is distracted.\n\n"
            "2. (U) The talks with the U.S.\n"
            "delegation ended on Friday.\n\n"
            "CONFIDENTIAL\n")
    check(text, ["before the elections in May, while the capital is distracted."],
          ["Annex A lists the provinces concerned.", "The talks with the U.S. delegation ended on Friday."])


# --- free-text columns of CSV exports --------------------------------------------------------------------------


def test_unquoted_csv_task_list_comments_column_takes_the_document_level():
    text = ("CONFIDENTIAL\n\n"
            "SUBJECT: (U) Visit logistics\n\n"
            "Task,Owner,Due,Comments\n"
            "(U) Print badges,J. Alvarez,2026-03-02,the deputy will meet the defector at the hotel bar\n"
            "(U) Book vans,K. Osei,2026-03-03,\n"
            "(U) Confirm rooms,K. Osei,2026-03-04,use the side entrance because the opposition watches the lobby\n\n"
            "CONFIDENTIAL\n")
    check(text, ["the deputy will meet the defector at the hotel bar",
                 "use the side entrance because the opposition watches the lobby"],
          ["Print badges,J. Alvarez,2026-03-02", "Book vans,K. Osei,2026-03-03"])


def test_gantt_rows_pasted_into_a_marked_cable_paragraph_notes_unmarked():
    text = ("S E C R E T BAMAKO 000412\n\n"
            "E.O. 12958: DECL: 05/02/2046\n"
            "TAGS: PREL, MASS, ML\n"
            "SUBJECT: (U) TRAINING PLAN FOR THE GENDARMERIE\n\n"
            "1. (U) THE TRAINING PLAN FROM THE SCHEDULER FOLLOWS.\n\n"
            "ID,Task,Start,Finish,Remarks\n"
            "1,(U) Range survey,2026-05-04,2026-05-08,the range sits inside the militia's training camp\n"
            "2,(U) Medical course,2026-05-11,2026-05-22,\n"
            "3,(U) Radio course,2026-06-01,2026-06-12,two trainees report to the intelligence service, one to the party\n\n"
            "2. (U) POST WILL REPORT WHEN THE FIRST COURSE ENDS.\n\n"
            "SMITH\n")
    check(text, ["the range sits inside the militia's training camp",
                 "two trainees report to the intelligence service, one to the party"],
          ["THE TRAINING PLAN FROM THE SCHEDULER FOLLOWS.", "Medical course,2026-05-11,2026-05-22",
           "POST WILL REPORT WHEN THE FIRST COURSE ENDS."])
    assert_released(text, "Range survey")


# --- editor change markup (CriticMarkup) -----------------------------------------------------------------------


def test_criticmarkup_deletions_and_substitutions_in_a_marked_paragraph_are_unmarked():
    text = ("SECRET//NOFORN\n\n"
            "# (U) Grain corridor notes\n\n"
            "1. (U) The corridor reopened on Monday after the storm.{-- The convoy escort is drawn from the\n"
            "presidential guard's reserve battalion.--}\n\n"
            "2. (U) Insurers will review the premiums in {~~June~>the week the navy withdraws its frigates~~}.\n\n"
            "3. (U) The next shipment leaves Odesa on Friday.\n\n"
            "SECRET//NOFORN\n")
    check(text, ["The convoy escort is drawn from the", "the week the navy withdraws its frigates"],
          ["The corridor reopened on Monday after the storm.", "Insurers will review the premiums in",
           "The next shipment leaves Odesa on Friday."])


def test_criticmarkup_reviewer_comment_naming_a_level_raises_its_paragraph():
    text = ("CONFIDENTIAL\n\n"
            "SUBJECT: (U) Port visit planning\n\n"
            "1. (U) The frigate will call at the northern port in the second week of April, refuelling from the\n"
            "ministry's own depot.{>>Editor: this is Secret at least, it gives the date<<}\n\n"
            "2. (U) The crew will play a football match with the port authority team.{>>typo fixed<<}\n\n"
            "CONFIDENTIAL\n")
    check(text, ["The frigate will call at the northern port in the second week of April", "typo fixed"],
          ["The crew will play a football match with the port authority team."])
