"""The classes of the first runs of rounds 77-80 and the known leak of round 75 (adv75-033), fixed
by class, on documents written for this test: a banner under a draft's title line. And what must
stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


@pytest.mark.parametrize("title", ["USNATO DRAFT - NOT YET CLEARED", "DRAFT", "Embassy Tallinn working draft v3"])
@pytest.mark.parametrize("end", ["\n", "\r", "\x85"])
def test_a_banner_under_a_drafts_title_line(title, end):
    text = end.join([title, "CONFIDENTIAL", "", "SUBJECT: PORT READOUT", "",
                     f"1. (U) {PLAIN} at the weekly meeting.", f"[{SECRET}]",
                     "2. (U) The minister summarized the discussion.", ""])
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("first, sibling", [
    ("[4] (U) Customs yearbook, 2025, table 9.", f"[5] Talk with the port director, who said {SECRET.lower()}."),
    ("        (iii) (U) late fees under clause 9;", f"        (iv) a claim that {SECRET.lower()};"),
    ("§ 2.1 (U) Each side names a liaison officer.", f"§ 2.2 {SECRET}."),
])
def test_an_unmarked_item_of_a_list_after_a_marked_one(first, sibling):
    text = f"CONFIDENTIAL\n\nNotes\n{first}\n{sibling}\n[9] (U) {PLAIN}.\n\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET.lower() if SECRET.lower() in sibling else SECRET)
    assert PLAIN in versions(text)["usg"]


def test_lettered_subparagraphs_under_a_marked_cable_paragraph():
    text = ("SECRET SECTION 01 OF 01 VALLETTA 000311\nSIPDIS\nE.O. 13526: DECL: 11/30/2041\nTAGS: PREL, MT\n"
            "SUBJECT: (U) PORT TALKS\nClassified By: DCM Ann Vella for reasons 1.4 (b) and (d)\n"
            "1. (U) The port talks were held on 20 November. Two points:\n"
            f"A. {SECRET}.\nB. The deputy minister wants it kept quiet.\n2. (U) {PLAIN}.\nVELLA\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_wiki_macro_opens_a_block_of_its_own():
    text = ("Page classification: CONFIDENTIAL\n\n(U) Teams will cover two districts this week.\n"
            "{expand:title=Ministry contacts (C)}\n" f"{SECRET}\n" "{expand}\n" f"(U) {PLAIN}.\n\nPage classification: CONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_the_text_under_a_running_head_does_not_take_the_heads_mark():
    text = ("SECRET\n\n(U) Harbour Review 2026\n\n1. (U) The review covers three ports.\n\n"
            "2. (S) The harbour master admitted that the customs scanners were\n\n\nSECRET\n"
            "(U) Harbour Review 2026                                   Page 2\n"
            "switched off for a week and nobody has told the ministry about it at all.\n\n"
            f"3. (U) {PLAIN}.\n\nSECRET\n")
    assert_withheld(text, "nobody has told the ministry about it at all")
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("note, levels", [
    # a sourcing sentence naming an intelligence product by its level
    ("The line about the scanners is lifted almost word for word from the S/NF DIA intsum of the 3rd.", ("usg", "partner", "public")),
    # a pointer without a number and a level after a pronoun
    ("the bottom row should not be on this system, it's classified (from the liaison channel).", ("usg", "partner", "public")),
    # a designation and NOFORN written with a space
    ("The annex below is SBU NOFORN (host service data).", ("partner", "public")),
    # a pointer and a designation with no verb
    ("[following 2 lines sensitive/SBU - not for release]", ("public",)),
    # government eyes only; do not share with the contractors
    ("Note: the table below is government eyes only. Do not share with the support contractor staff.", ("partner", "public")),
    # Japanese: limited to US staff
    ("注: 以下の段落は米国人職員限り。", ("partner", "public")),
    # Korean and Hindi: the level before its verb
    ("메모: 아래 항목은 대외비입니다.", ("usg", "partner", "public")),
    ("नोट: नीचे वाली बात गुप्त है।", ("usg", "partner", "public")),
])
def test_claims_in_words_of_rounds_77_and_80(note, levels):
    text = ("From: Okafor, Ben\nTo: Desk\nSubject: harbour\nClassification: UNCLASSIFIED\n\n"
            f"{note}\n\n{SECRET}.\n")
    assert SECRET in versions(text.replace(note, "Note: see below."), ("usg",))["usg"]  # (the note is what withholds it)
    out = versions(text, ("usg", "partner", "public"))
    for level in levels:
        assert "customs scanners were switched off" not in out[level], level


@pytest.mark.parametrize("note, levels", [
    ("Your third point is NOFORN though, so keep it away from the partners.", ("partner", "public")),
    ("keep the last item in the building, it's US-only (nofrn).", ("partner", "public")),
    ("Remark: item 2 is for DEA and FBI eyes only.", ("partner", "public")),
    ("NB: la ligne du 14/11 est SECRETE - pas pour le cluster.", ("usg", "partner", "public")),
    ("for the record what I said at about 3:40 is confidential, it's from the contact.", ("usg", "partner", "public")),
    ("the MARKET section is not releasable to foreign nationals.", ("partner", "public")),
    ("the Sources section is LES and NOFORN - no copies to the liaison.", ("partner", "public")),
    ("Text below the line: SBU NF", ("partner", "public")),
    ("Not: İkinci paragraf gizlidir.", ("usg", "partner", "public")),
    ("نوٹ: اگلا پیراگراف صرف امریکی عملے کے لیے ہے۔", ("partner", "public")),
    ("Sonraki iki satır yabancılara verilmez:", ("partner", "public")),
])
def test_claims_in_words_of_rounds_80_to_82(note, levels):
    text = ("From: Okafor, Ben\nTo: Desk\nSubject: harbour\nClassification: UNCLASSIFIED//SBU\n\n"
            f"{note}\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n3. (U) The pilots' strike is over.\n")
    assert SECRET in versions(text.replace(note, "Note: see below."), ("usg", "partner"))["partner"]
    out = versions(text, ("usg", "partner", "public"))
    for level in levels:
        assert "customs scanners were switched off" not in out[level], level


def test_a_comment_under_the_text_it_calls_the_bottom_half():
    text = ("UNCLASSIFIED//SBU\n(U) Ministers opened the round.\n----------\n"
            f"(SBU) {SECRET}.\n[cmt]: don't let the contractors see the bottom half - NOFORN too.\n")
    assert "customs scanners" not in versions(text, ("usg", "partner"))["partner"]


def test_a_designation_and_control_heading_in_a_cable():
    text = ("UNCLAS SECTION 01 OF 01 LIMA 000411\nSENSITIVE\nSIPDIS\nE.O. 13526: N/A\nTAGS: SNAR, PE\n"
            "SUBJECT: PORT SEIZURES\n\n1. (U) Customs reported nine seizures.\n\nSBU NOFORN\n\n"
            f"2. {SECRET}.\n\n3. (U) {PLAIN}.\nSMITH\n")
    out = versions(text, ("usg", "partner"))
    assert "customs scanners" not in out["partner"] and PLAIN in out["partner"]


@pytest.mark.parametrize("lines", [
    ["Article 3 (U) Offenses are those punishable by a year.", "4(1) (U) Mirrors the 2003 treaty.", f"  4(2) {SECRET}."],
    ["2. (U) Party leaders described their plans:", f"-- {SECRET}.", "-- They will march at noon."],
])
def test_unmarked_sub_items(lines):
    if lines[0].startswith("2."):
        text = ("CONFIDENTIAL SECTION 01 OF 01 TBILISI 000211\nSIPDIS\nE.O. 13526: DECL: 11/30/2041\nTAGS: PGOV\n"
                "SUBJECT: (U) RALLY\nClassified By: DCM Ann Lee for reasons 1.4 (b) and (d)\n" + "\n".join(lines)
                + f"\n3. (U) {PLAIN}.\nLEE\n")
    else:
        text = "CONFIDENTIAL\n\nTREATY ANALYSIS\n" + "\n".join(lines) + f"\n4(3) (U) {PLAIN}.\n\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_ticket_entry_after_a_marked_one_and_a_diffs_added_lines():
    ticket = ("CONFIDENTIAL\nINC0001  Category: Security\n\n2024-05-01 10:00:00 - Comments\n(U) We are looking into it.\n"
              f"2024-05-01 10:20:00 - Work notes\n{SECRET}\n2024-05-01 11:00:00 - Comments\n(U) {PLAIN}.\nCONFIDENTIAL\n")
    assert_withheld(ticket, SECRET)
    assert PLAIN in versions(ticket)["usg"]
    diff = ("CONFIDENTIAL\n--- a/points.txt\n+++ b/points.txt\n@@ -1,2 +1,3 @@\n (U) Thank the minister.\n"
            f"+{SECRET}\n (U) Announce the relief.\nCONFIDENTIAL\n")
    assert_withheld(diff, SECRET)


@pytest.mark.parametrize("note", [
    "Reviewer: the bullet on the scanners is out of the S//NF port analysis - it is classified.",
    "Anotação: a última frase é confidencial - não compartilhar.",
    "Ports -- whole section is C per DCM, don't circulate",
])
def test_claims_in_words_of_round_84(note):
    text = ("UNCLASSIFIED//SBU\nPort notes\n(U) The ferry timetable was discussed.\n"
            f"{note}\n{SECRET}.\n(U) {PLAIN}.\nUNCLASSIFIED//SBU\n")
    assert SECRET in versions(text.replace(note, "Ports"), ("usg",))["usg"]
    assert_withheld(text, SECRET)


def test_a_table_cell_with_a_second_mark_after_a_forced_line_break():
    text = ("Page classification: CONFIDENTIAL\n\n||Port||Notes||\n|Vale|(U) Toured the new crane.|\n"
            f"|Mora|(U) Visited the school. \\\\ (C) {SECRET}|\n|Tarn|(U) {PLAIN}.|\n\nPage classification: CONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_comment_balloon_with_its_own_tag():
    text = ("CONFIDENTIAL\nMEMORANDUM FOR THE DCM\nSUBJECT: (U) Port outreach\n\n"
            f"1. (U) {PLAIN} at the port.\n[Comment [AB2]: Ann Bell 2026-03-02 10:14: {SECRET}.]\n"
            "2. (U) We recommend that the counselor attend.\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]
