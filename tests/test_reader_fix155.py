"""Round 155 and 157 blind first-run leaks (fix155), each tested by class with variants of our own.

Classes: a chat message that corrects the line above it (`^ that last line is S//NF`); a table whose column
header carries the mark of its cells while each row's Class cell says U; a page whose only banner sits in a
PDF footer line beside the page number and `Derived From`; a marked portion cut by a page break that goes on
after a (U) running head; a two-column PDF paste where the right column's marked paragraph resumes, unmarked,
after the left column's next (U) block; a distribution list saying an annex is for US agencies only; a (U)
footnote that lands in the middle of an (SBU//NF) paragraph.

First run (the tests written before reading the reader code, on lead38 `ba15d322` = main `8d8e7ff` + this session's
corpora): 14 failed, 7 passed. Leaked: all three chat corrections (a caret `^ ... that last line is S//NF`, an IRC
`^^ oops, that should have been marked (S//NF)`, a Teams `^ previous message is C//NF`); all three column-header
marks (CSV, TSV with the marked column first, a Markdown table's `Assessment (S)`); the footer lines `Page 2 of 2
CONFIDENTIAL//NOFORN  Derived From: ...` and `Page 2 of 3 | CONFIDENTIAL//NOFORN | ...`; the page break after an
(S//NF) judgment with a (U) running head and `Page 1` footer; the two-column (C//NF) paragraph resuming after a (U)
block, with and without a blank line; the `Annex D is for US agencies only` and `Enclosure 2 is not releasable to
foreign recipients` distribution notes (partner); the (SBU//NF) paragraph cut by `1 (U) ...` footnotes (partner).
Passed at once: a footer `SECRET   - 2 -   Classified By: ...` (its authority line), the form-feed and `Page 1 of 2`
page breaks, the two-column tail after a (U) paragraph of two lines, `Attachment B is for U.S. eyes only`, the
`[1] (U)` and superscript footnotes.
After the fix: 21 passed. Over-redaction accepted (fail closed): a record whose header-marked cell holds text is
raised whole (its event cells too); the (U) block where a cut paragraph resumes is raised whole (a running head, a
column's (U) block, a footnote); a chat correction whose own `(S//NF)` reads as a mark still raises the lines under it.
"""
from __future__ import annotations

from released import ALL, assert_released, assert_withheld

# ---------------------------------------------------------------- class 1: a chat line corrects the line above

CHAT_A = "is replacing the Gedo sector commander next week because he sold ammunition"
CHAT_B = "the border brigade will be moved to Mandera before the vote"
CHAT_U = "the UN panel report on charcoal exports is out publicly today"


def test_chat_caret_correction_raises_the_line_above() -> None:
    text = ("Chat log: room ops-horn-desk   Exported 11/18/2026 15:40Z   Classification: SECRET//NOFORN\n\n"
            "[14:02] t.abara: (U) morning all, transition brief moved to 1500\n"
            f"[14:06] t.abara: (U) heads up, the NISA deputy director {CHAT_A} to middlemen\n"
            "[14:06] t.abara: ^ correction, that last line is S//NF, not U. fat fingers\n"
            "[14:07] k.lindqvist: (U) np, noted\n"
            f"[14:13] t.abara: (U) {CHAT_U}, link in the wiki\n\n"
            "Classification: SECRET//NOFORN\n")
    assert_withheld(text, CHAT_A, ALL)
    assert_released(text, CHAT_U)


def test_chat_caret_correction_other_wording_irc_style() -> None:
    text = ("SECRET//NOFORN\n#horn-desk log 2026-11-18\n\n"
            "<jdoe> (U) lunch at noon?\n"
            f"<asmith> (U) fyi {CHAT_B}\n"
            "<asmith> ^^ oops, that should have been marked (S//NF)\n"
            f"<jdoe> (U) {CHAT_U}\n\nSECRET//NOFORN\n")
    # (the correction's own `(S//NF)` reads as its mark, and the scope fallback raises the line under it too)
    assert_withheld(text, CHAT_B, ALL)


def test_chat_correction_previous_message_words_teams_export() -> None:
    text = ("CONFIDENTIAL//NOFORN\nTeams chat export\n\n"
            f"Smith, Anna 09:14  (U) {CHAT_B}\n"
            "Smith, Anna 09:15  ^ previous message is C//NF, sorry\n"
            f"Doe, John 09:16  (U) {CHAT_U}\n\nCONFIDENTIAL//NOFORN\n")
    # (this export's lines read as one portion, raised whole)
    assert_withheld(text, CHAT_B, ALL)


# ---------------------------------------------------------------- class 2: a column header's mark governs its cells

CSV_A = "Minister says Asayish is holding two Iranian Kurdish dissidents at a farm near Koya"
CSV_B = "PUK security chief plans to arrest the Sulaymaniyah governor's brother"


def test_csv_column_header_mark_governs_cells_rows_class_u() -> None:
    text = ("# SECRET//NOFORN\n# KRG engagement tracker, export 2026-11-17\n"
            "Class,Date,Engagement,Source Notes (S//NF)\n"
            f"U,2026-11-02,DCM call on KRG Interior Minister (public readout issued),{CSV_A}\n"
            f"U,2026-11-09,Public health grant signing in Sulaymaniyah,{CSV_B}\n"
            "U,2026-11-12,Press roundtable on the Erbil airport expansion,none\n"
            "# SECRET//NOFORN\n")
    assert_withheld(text, CSV_A, ALL)
    assert_withheld(text, CSV_B, ALL)


def test_tsv_column_header_mark_first_column() -> None:
    text = ("CONFIDENTIAL//NOFORN\n"
            "Analyst comment (C//NF)\tClass\tEvent\n"
            f"{CSV_B}\tU\tGrant ceremony at the citadel\n"
            f"{CSV_A}\tU\tVisit to the dam project\n"
            "CONFIDENTIAL//NOFORN\n")
    assert_withheld(text, CSV_A, ALL)
    assert_withheld(text, CSV_B, ALL)


def test_markdown_table_header_cell_mark_governs_column() -> None:
    text = ("SECRET\n\n| Class | Date | Meeting | Assessment (S) |\n|---|---|---|---|\n"
            f"| U | 2 Nov | Call on the minister | {CSV_A} |\n"
            f"| U | 9 Nov | Grant signing | {CSV_B} |\n\nSECRET\n")
    assert_withheld(text, CSV_A, ALL)
    assert_withheld(text, CSV_B, ALL)


# ---------------------------------------------------------------- class 3: a page's banner only in its footer line

PDF_A = "said his government will delay the Greater Sunrise"
PDF_B = "asked for U.S. help tracking Chinese survey ships in the Wetar Strait"
PDF_U = "opened the new Peace Corps regional office in Baucau"


def test_pdf_footer_line_carries_page_banner_with_page_number() -> None:
    text = ("UNCLASSIFIED\nTrip Report: Visit to Dili, 2-4 November 2026\n\n"
            f"The Deputy Assistant Secretary {PDF_U} and met\nstudents at the National University.\n\n"
            "Page 1 of 2                                                                UNCLASSIFIED\n\n"
            f"In a private meeting the Prime Minister {PDF_A}\npipeline decision until after the election.\n\n"
            f"The Defense Force commander {PDF_B}\nand said he had not told his own minister.\n\n"
            "Page 2 of 2        CONFIDENTIAL//NOFORN        Derived From: State OCG Sec 1.4(b),(d)   "
            "Declassify On: 20511104\n")
    assert_withheld(text, PDF_A, ALL)
    assert_withheld(text, PDF_B, ALL)


def test_pdf_footer_banner_first_with_dash_page_number() -> None:
    text = ("UNCLASSIFIED\n\nMemo on the port visit\n\n"
            f"The team {PDF_U}.\n\n- 1 -\n\n"
            f"The minister {PDF_A} and more.\n\n"
            "SECRET        - 2 -        Classified By: J. Smith   Reason: 1.4(d)\n")
    assert_withheld(text, PDF_A, ALL)


def test_pdf_footer_banner_between_pipes_mid_document() -> None:
    text = ("UNCLASSIFIED\n\nWeekly notes\n\n"
            f"The delegation {PDF_U}.\n\n"
            "UNCLASSIFIED | Page 1 of 3\n\n"
            f"The commander {PDF_B}.\n\n"
            "Page 2 of 3 | CONFIDENTIAL//NOFORN | Derived From: Multiple Sources\n\n"
            "The embassy softball game is on Saturday.\n\nUNCLASSIFIED | Page 3 of 3\n")
    assert_withheld(text, PDF_B, ALL)


# ---------------------------------------------------------------- class 4: a portion cut by a page break

PB_A = "cargo manifests were falsified by an IRGC front company registered in Bandar Anzali"
PB_U = "Caspian ferry traffic between Iran and Russia rose by"


def test_page_break_splits_sn_judgment_after_u_running_head() -> None:
    text = ("SECRET//NOFORN\n\n(U) Iran: Drone Transfers to Russia Through 2028\n\n(U) Key Judgments\n\n"
            "(U) We assess that Iran will continue to supply drones to Russia.\n\n"
            "(S//NF) Tehran has begun shipping complete airframes by Caspian ferry from Amirabad,\n"
            "bypassing the rail route; we judge that at least three ferries made the crossing and that the\n"
            "                                        SECRET//NOFORN\n"
            "                                           Page 1\n"
            "SECRET//NOFORN\n(U) Iran: Drone Transfers to Russia Through 2028\n"
            f"{PB_A} under the\nname Sepehr Darya Logistics.\n\n"
            f"(U) Open-source shipping data show that {PB_U}\nabout 40 percent in 2026.\n\nSECRET//NOFORN\n")
    assert_withheld(text, PB_A, ALL)
    assert_released(text, PB_U)


def test_page_break_form_feed_running_head_u_title() -> None:
    text = ("CONFIDENTIAL\n\n(U) Port Security Review\n\n"
            "(C) The harbour police have stopped inspecting containers from two shipping lines, and the\n"
            "\x0cCONFIDENTIAL\n(U) Port Security Review                                   Page 2\n"
            f"{PB_A} according to a customs clerk.\n\n"
            f"(U) Public figures show {PB_U} half.\n\nCONFIDENTIAL\n")
    assert_withheld(text, PB_A, ALL)
    assert_released(text, PB_U)


def test_page_break_page_of_footer_running_head_mid_sentence() -> None:
    text = ("SECRET\n\n(U) Drone Transfers\n\n"
            "(S) The ferry operator told our source that the\n\nPage 1 of 2\nSECRET\n\n"
            "(U) Drone Transfers\n"
            f"{PB_A}, which he saw himself.\n\n(U) {PB_U} forty percent.\n\nSECRET\n")
    assert_withheld(text, PB_A, ALL)


# ---------------------------------------------------------------- class 5: two columns interleaved

COL_A = "moved toward the Zalambessa border crossing in"
COL_B = "commanders to prepare for a short war in Tigray."
COL_U = "Kenya's parliament approved additional pay"


def test_two_column_right_paragraph_resumes_after_left_u_block() -> None:
    text = ("CONFIDENTIAL//NOFORN\n\nAfrica Weekly\n\n"
            "(U) Ethiopia: Tigray Talks Resume\n(U) Negotiators met in Nairobi\non 2 November.\n\n"
            "(C//NF) Eritrea: Troop Movements\nAn Eritrean liaison officer told the US defense\n"
            "attache in Asmara that two mechanized brigades\n\n"
            f"(U) Kenya: Haiti Mission Funding\n(U) {COL_U}\nfor police officers deployed to Haiti.\n"
            f"{COL_A}\nlate October, and that President Isaias has told\n{COL_B}\n\n"
            "(U) Sudan: Famine Declared\n(U) The committee confirmed famine.\n\nCONFIDENTIAL//NOFORN\n")
    assert_withheld(text, COL_A, ALL)
    assert_withheld(text, COL_B, ALL)  # (the (U) block it resumes in is raised whole: over-redaction, fail closed)


def test_two_column_s_paragraph_resumes_lowercase_after_u_paragraph() -> None:
    text = ("SECRET\n\n(S) Our source in the ministry said the defense minister has ordered\n"
            "two brigades to\n\n"
            f"(U) {COL_U} on Tuesday\nafter a long debate.\n"
            f"{COL_A} the coming weeks.\n\nSECRET\n")
    assert_withheld(text, COL_A, ALL)


def test_two_column_tail_after_u_block_no_blank_line() -> None:
    text = ("CONFIDENTIAL\n\n(C) Liaison reporting indicates that the chief of staff has ordered\n"
            "the reserve units to\n\n(U) Weather: Rains Expected\n(U) Heavy rain is forecast for the highlands\n"
            f"this week.\n{COL_B}\n\nCONFIDENTIAL\n")
    assert_withheld(text, COL_B, ALL)


# ---------------------------------------------------------------- class 6: distribution list keeps an annex US-only

DL_A = "plans to execute search warrants at two chemical brokers in"
DL_B = "has subpoenaed records of the freight"
DL_U = "Seizures of fentanyl at the southwest border fell by about 30 percent"


def test_distribution_annex_d_us_agencies_only_annex_cui() -> None:
    text = ("CUI\n\nIntelligence Report: Fentanyl Precursor Networks\n\nDistribution:\n"
            "  DEA Special Operations Division (full report)\n"
            "  British Embassy Washington, NCA liaison officer (report without Annex D)\n"
            "  (U) Annex D is for US agencies only and is not to be shown to foreign recipients.\n\n"
            f"(U) {DL_U} in 2026.\n\n"
            "Annex D -- Pending US Investigative Steps\n"
            f"(CUI) The Houston field office {DL_A}\nSugar Land in February.\n"
            f"(CUI) A grand jury {DL_B}\nforwarder.\n\nCUI\n")
    assert_withheld(text, DL_A, ("partner",))
    assert_withheld(text, DL_B, ("partner",))
    assert_released(text, DL_U, "usg")


def test_distribution_enclosure_not_releasable_to_foreign_recipients() -> None:
    text = ("UNCLASSIFIED//FOUO\n\nDistribution: NCA (UK) liaison; DHS I&A; DEA SOD\n"
            "Note: Enclosure 2 is not releasable to foreign recipients.\n\n"
            f"(U) {DL_U} last year.\n\nEnclosure 2: Next Steps\n"
            f"(U//FOUO) The field office {DL_A} Texas.\n\nUNCLASSIFIED//FOUO\n")
    assert_withheld(text, DL_A, ("partner",))


def test_distribution_attachment_b_us_eyes_only() -> None:
    text = ("CUI\n\nTo: FBI, DEA, RCMP liaison, UK NCA liaison\n"
            "Attachment B is for U.S. eyes only.\n\n"
            f"(U) {DL_U} this year.\n\nATTACHMENT B\n"
            f"(CUI) A grand jury {DL_B} forwarder.\n\nCUI\n")
    assert_withheld(text, DL_B, ("partner",))


# ---------------------------------------------------------------- class 7: a footnote lands mid-paragraph

FN_A = "uses the Waigani Drive route only on Tuesdays and Fridays with an armed police escort from the"
FN_B = "Boroko station whose commander, Inspector Joseph Kila, is vetted by the office."
FN_U = "Crime statistics published by the police show a rise in armed robbery"


def test_u_footnote_mid_sbu_nf_paragraph_tail_unmarked() -> None:
    text = ("UNCLASSIFIED//SBU\n\nRegional Security Report\n\n"
            "(U) Port Moresby has a high rate of violent crime; the advisory is at Level 3.1\n\n"
            "(SBU//NF) The Regional Security Office has changed the motorcade routes between the chancery and\n"
            "the residential compound after two carjacking attempts in September, and now\n"
            "1 (U) Travel advisory for Papua New Guinea, reissued 4 August 2026.\n"
            "2 (U) Royal Papua New Guinea Constabulary, annual crime statistics, 2025.\n"
            f"{FN_A}\n{FN_B}\n\n(U) {FN_U} in 2025.2\n\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, FN_A, ("partner", "public"))
    assert_withheld(text, FN_B, ("partner", "public"))
    assert_released(text, FN_U, "usg")


def test_bracketed_footnote_mid_c_nf_paragraph() -> None:
    text = ("CONFIDENTIAL//NOFORN\n\n(C//NF) The defense minister told the ambassador that the army will\n"
            "[1] (U) Ministry of Defense press release, 3 May 2026.\n"
            f"{FN_A}\nnext month.\n\n(U) {FN_U}.\n\nCONFIDENTIAL//NOFORN\n")
    assert_withheld(text, FN_A, ALL)


def test_superscript_footnote_mid_sbu_nf_paragraph() -> None:
    text = ("UNCLASSIFIED//SBU\n\n(SBU//NF) The post has moved the ambassador's route and\n"
            "\u00b9 (U) Post security notice, 2025.\n"
            f"{FN_B}\n\n(U) {FN_U}.\n\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, FN_B, ("partner", "public"))
