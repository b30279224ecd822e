"""Round 154 blind variants that fix151/open37c did not reach (fix154), each tested by class with a variant of
our own.

Classes: a portion mark left at the end of the line above in a document marked only at line ends (an e-mail
pasted from a PDF, a slide export with each bullet's mark tabbed out to the end of the bullet above), and a
mark written loosely (`2. (C/NF)`, one slash) stuck to the line above in an OCR'd cable; words hidden by wiki
markup (`[[File:...|alt=...]]`, `{{Tooltip|shown|hidden}}`) in (U) paragraphs of a classified page; an evenly
spaced control line that spells a handling statement in words (`N O F O R E I G N D I S S E M I N A T I O N`);
a release list without GBR in an XML property (`<property name="Releasability"><vt:lpwstr>USA, AUS</vt:lpwstr>`).

First run (before any fix, on lead37 `84c83bb4` = main `41a188a` + this session's corpora and merged fixes):
6 failed, 3 passed. Leaked: the memo whose line-end marks sit one line early (no line opens with a mark) and the
slide export with tabbed marks; the OCR'd cable's `2. (C/NF)` (a one-slash mark was not trusted to raise); the
Image alt and Hover title templates; the spaced `N O T F O R R E L E A S E ...` line (read as nothing); the
`ReleasableTo` XML property (not read as a field). Passed: the three guards (a trailing-marked document whose
blocks end on their marks, wiki templates in an UNCLASSIFIED page, an XML release list naming GBR).
After the fix: 9 passed. Over-redaction accepted (fail closed): a block whose marks sit one line early raises each
line under a mark to at least that mark, so a (U) line under a (C//NF) mark is withheld at usg too; a paragraph
holding wiki markup that hides words is raised whole.
"""
from __future__ import annotations

from released import ALL, assert_released, assert_withheld

# ---------------------------------------------------------------- class 1: marks stuck to the line above

SECRET_A = "the port director is taking payments from two shipping agents"
SECRET_B = "the army chief plans to replace three regional commanders in June"


def test_trailing_marks_one_line_early_memo_block_ends_unmarked() -> None:
    # marked only at line ends; the block ends on an unmarked line: each mark belongs to the line under it
    text = ("SECRET//NOFORN\n\nMEMORANDUM FOR THE RECORD\n\n"
            "The ambassador met the transport minister on 4 March at the ministry. (U)\n"
            "They discussed the new container terminal and its opening date in May. (S//NF)\n"
            f"The minister said {SECRET_A} and asked for discretion. (U)\n"
            "The ambassador thanked him for the invitation to the opening.\n\n"
            "SECRET//NOFORN\n")
    assert_withheld(text, SECRET_A, ALL)


def test_trailing_marks_after_tabs_bullets_last_unmarked() -> None:
    text = ("CONFIDENTIAL//NOFORN\nWeekly slides (text export)\n\n"
            "Slide 4: Defense\t\t\t(U)\n"
            "* Exercise dates published by the ministry\t\t(C//NF)\n"
            f"* Contact says {SECRET_B}\t\t(U)\n"
            "* Band concert at the residence on Friday\t\t(C//NF)\n"
            f"* A second contact confirmed that {SECRET_A}\n\n"
            "CONFIDENTIAL//NOFORN\n")
    assert_withheld(text, SECRET_B, ALL)
    assert_withheld(text, SECRET_A, ALL)


def test_loose_single_slash_mark_stuck_to_previous_line_caps_cable() -> None:
    text = ("C O N F I D E N T I A L\nNOFORN\n\nSUBJECT: (U) PORT VISIT\n\n"
            "1. (U) THE HARBOUR MASTER CONFIRMED TWO BERTHS FOR THE VISIT ON\n"
            "MAY 3. 2. (C/NF)\n"
            f"A CUSTOMS OFFICER SAID {SECRET_A.upper()}.\n"
            "3. (U) THE BAND WILL PLAY ON THE PIER.\n\n"
            "C O N F I D E N T I A L\n")
    assert_withheld(text, SECRET_A.upper(), ("usg", "partner", "public"))


def test_trailing_marks_with_blank_lines_left_as_they_read() -> None:
    # a document marked at portions' ends whose blocks end on their marks: nothing moves
    text = ("SECRET\n\nThe liaison officer described the new border post and its staffing. (S)\n\n"
            "The embassy softball game is on Saturday at the residence. (U)\n\nSECRET\n")
    assert_released(text, "The embassy softball game is on Saturday at the residence.", "usg")


# ---------------------------------------------------------------- class 2: wiki markup hides words

WIKI_A = "the governor told our officer the port tender was rigged for his cousin"
WIKI_B = "the minister will sack the customs chief after the holiday"


def test_wiki_image_alt_and_abbr_template_in_u_paragraphs() -> None:
    text = ("{{Classification|SECRET//NOFORN}}\n'''SECRET//NOFORN'''\n\n== Port tender ==\n\n"
            "(U) The port authority opened bids on March 2. "
            f"[[Image:port-0302.png|frame|alt={WIKI_A}|The harbour on March 2]]\n"
            "Local papers reported the tender.\n\n"
            "(U) The customs service announced new hours; the "
            f"{{{{Hover title|{WIKI_B}|announcement}}}} was posted online.\n\n"
            "(U) The embassy will attend the trade fair in April.\n\n"
            "'''SECRET//NOFORN'''\n")
    assert_withheld(text, WIKI_A, ALL)
    assert_withheld(text, WIKI_B, ALL)
    assert_released(text, "The embassy will attend the trade fair in April.", "usg")


def test_wiki_templates_in_unclassified_page_left_alone() -> None:
    text = ("'''UNCLASSIFIED'''\n\n(U) The {{Abbr|ILO|International Labour Organization}} report is out.\n"
            "[[File:report.png|thumb|alt=Cover of the annual report|Cover]]\n\n'''UNCLASSIFIED'''\n")
    for level in ALL:
        assert_released(text, "report is out.", level)


# ---------------------------------------------------------------- class 3: spaced handling statements

SPACED_A = "the visa referral database lists 42 pending cases from the ministry"


def test_spaced_not_for_release_to_foreign_nationals_under_banner() -> None:
    text = ("UNCLASSIFIED//SBU\nN O T F O R R E L E A S E T O F O R E I G N N A T I O N A L S\n\n"
            "From: Consular chief\nSubject: Referral review\n\n"
            f"The review found that {SPACED_A}.\n\nThanks\n")
    assert_withheld(text, SPACED_A, ("partner", "public"))


# ---------------------------------------------------------------- class 4: a release list in XML metadata

REL_A = "two harbour pilots are suspected of passing berth schedules to smugglers"


def test_xml_property_release_list_without_gbr_limits_sbu_at_partner() -> None:
    text = ('<?xml version="1.0"?>\n<Properties>\n'
            '  <property pid="2" name="Classification"><vt:lpwstr>UNCLASSIFIED//SBU</vt:lpwstr></property>\n'
            '  <property pid="3" name="ReleasableTo"><vt:lpwstr>USA, NZL</vt:lpwstr></property>\n'
            '</Properties>\n--- slide 1 ---\nUNCLASSIFIED//SBU\n'
            "(U) The port security seminar is on 9 April.\n"
            f"(U//SBU) Police say {REL_A}.\n"
            "UNCLASSIFIED//SBU\n")
    assert_withheld(text, REL_A, ("partner", "public"))
    assert_released(text, REL_A, "usg")


def test_xml_property_release_list_with_gbr_keeps_sbu_at_partner() -> None:
    text = ('<Properties>\n'
            '  <property pid="3" name="Releasability"><vt:lpwstr>USA, GBR</vt:lpwstr></property>\n'
            '</Properties>\nUNCLASSIFIED//SBU\n'
            f"(U//SBU) Police say {REL_A}.\n"
            "(U) The port security seminar is on 9 April.\n"
            "UNCLASSIFIED//SBU\n")
    assert_released(text, "The port security seminar is on 9 April.", "usg")
    assert_withheld(text, REL_A, ("public",))
