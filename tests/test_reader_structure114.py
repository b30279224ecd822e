"""Rounds 114 and 116's structure leaks, fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record, page or message, never the (U) of what it
follows or sits inside.

- a table whose first column holds each row's mark alone, and whose later column marks some of its cells
  with marks of their own: that column's unmarked cell is unmarked (pipes, tabs);
- a deeper node of an outline under a marked node (Org-mode's `**` under `* (U) ...`);
- a chat message's further lines under its marked first line, right under the message's header;
- an answer under a marked question of a form or questionnaire (`A:` under `(U) Q: ...`, a response
  under `(U) Q3. ...?`, whatever its case);
- a cable's closing section: an unmarked paragraph after a marked unnumbered paragraph inside a
  numbered one.

Each test also holds non-examples: text that is the marked portion's own, or a table marked only by its
column of marks, which must stay releasable."""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld, check



# --- a column whose cells carry marks of their own, beside a column of marks ----------------------------


@pytest.mark.xfail(strict=True, reason="over-redaction, failing closed (2026-12-04, overred29 f52af07): a tab sheet's `Mark` column is now read as a record marking column, as an export's PM column is, and the (U) cells beside it are withheld with the row; the unmarked notes cell stays withheld")
def test_an_unmarked_cell_of_a_self_marked_tab_column_beside_a_marks_column():
    text = ("CONFIDENTIAL//NOFORN\t\t\t\n"
            "Port security grants - tracker (Embassy Dakar)\t\t\t\n"
            "Mark\tProject\tPhase\tComment\n"
            "(U)\tCargo scanner training\tDelivered\t(U) Twelve customs officers certified\n"
            "(U)\tHarbor patrol boats\tDelayed\tThe harbor master resells our fuel to the trawler fleet\n"
            "(U)\tGate cameras\tPlanned\t(U) Vendor chosen in November\n"
            "CONFIDENTIAL//NOFORN\t\t\t\n")
    assert_withheld(text, "The harbor master resells our fuel to the trawler fleet", ALL)
    assert_released(text, "Twelve customs officers certified")
    assert_released(text, "Vendor chosen in November")


def test_an_unmarked_cell_of_a_self_marked_pipe_column_beside_a_marks_column():
    text = ("SECRET\n\n## Visa referral log\n\n"
            "| Cls | Applicant | Referred by | Note |\n|---|---|---|---|\n"
            "| (U) | Trade delegation, 4 persons | ECON | (U) Routine, approved |\n"
            "| (U) | Deputy governor's nephew | POL | Governor's office admitted the nephew runs the smuggling ring |\n"
            "| (U) | University rector | PAS | (U) Speaking tour in March |\n\nSECRET\n")
    assert_withheld(text, "Governor's office admitted the nephew runs the smuggling ring", ALL)
    assert_released(text, "Speaking tour in March")
    # a non-example: a table marked by its column of marks alone keeps each row whole, marked by it
    plain = ("SECRET\n\n## Visa referral log\n\n"
             "| Cls | Applicant | Referred by | Note |\n|---|---|---|---|\n"
             "| (U) | Trade delegation, 4 persons | ECON | Routine and approved last week |\n"
             "| (S) | Deputy governor's nephew | POL | Governor's office admitted the nephew runs the smuggling ring |\n\nSECRET\n")
    assert_released(plain, "Routine and approved last week")
    assert_withheld(text.replace("(U) | Deputy", "(S) | Deputy"), "Governor's office admitted the nephew", ALL)


def test_an_unmarked_cell_of_a_self_marked_column_of_a_grid_table():
    rule = "+-----+-----------------------------+-----------------------------------------------------------------+\n"
    text = ("SECRET//NOFORN\n\nVisa referral log\n\n" + rule
            + "| Cls | Applicant                   | Note                                                            |\n"
            + rule.replace("-", "=")
            + "| (U) | Trade delegation, 4 persons | (U) Routine, approved                                           |\n" + rule
            + "| (U) | Deputy governor's nephew    | The governor's office admits the nephew runs the fuel smuggling |\n" + rule
            + "| (U) | University rector           | (U) Speaking tour in March                                      |\n" + rule
            + "\nSECRET//NOFORN\n")
    check(text, ["The governor's office admits the nephew runs the fuel smuggling"],
          ["Speaking tour in March", "University rector"])


CONTACTS = ("---\ntitle: Contacts - Ministry of Energy\nclassification: SECRET//NOFORN\n---\n\n"
            "> **SECRET//NOFORN**\n\n# Contacts - Ministry of Energy\n\n"
            "| Mark | Name | Title | Comments |\n|------|------|-------|----------|\n"
            "| (U) | Dr. Amina Yusuf | Permanent Secretary | Met the Ambassador in May |\n"
            "| (U) | Mr. Tunde Bello | Director, Upstream | Told us the minister takes a share of every new oil block award |\n\n"
            "## Notes\n\n(U) Update this page after each call.\n\n{note}\n\nSECRET//NOFORN\n")


@pytest.mark.parametrize("note", ["Keep the comments column off any unclassified export.",
                                  "Do not copy the Comments column to OpenNet.",
                                  "The comments column is close hold: high-side only."])
def test_a_column_that_the_document_keeps_back_from_unclassified_exports(note):
    check(CONTACTS.format(note=note), ["Told us the minister takes a share of every new oil block award"],
          ["Update this page after each call"])
    # (round 120's reading, tests/test_reader_tables28.py: a column of marks that gives every row the same (U)
    # marks the mark's cell only; the row's other cells are unmarked and take the document's level, whatever the
    # note says; the notes below keep nothing back and withhold nothing more)
    for plain in ("The comments column gives the date of the last meeting.",
                  "The comments column is copied to the unclassified tracker every week."):
        check(CONTACTS.format(note=plain), ["Told us the minister takes a share of every new oil block award"],
              ["Update this page after each call"])


@pytest.mark.xfail(strict=True, reason="over-redaction, failing closed (2026-12-04, overred29 f52af07): a tab sheet's `Mark` column is now read as a record marking column, as an export's PM column is, and the (U) cells beside it are withheld with the row; the unmarked notes cell stays withheld")
def test_a_tab_column_kept_back_by_a_note_under_the_sheet():
    text = ("SECRET//NOFORN\t\t\nVetted units tracker\t\t\nMark\tUnit\tNotes\n"
            "(U)\tHarbor police\tThe commander sells seized cocaine back to the cartel\n"
            "(U)\tAirport police\tNew scanners installed\n"
            "Notes column: not releasable to foreign partners or on unclassified systems.\t\t\nSECRET//NOFORN\t\t\n")
    check(text, ["The commander sells seized cocaine back to the cartel"], ["Airport police"])


# --- a deeper node of an outline under a marked node ------------------------------------------------------


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_org_mode_children_under_a_marked_heading(line_end):
    lines = ["#+TITLE: CONFIDENTIAL - Donor coordination notes", "#+STARTUP: overview", "",
             "* (U) Agenda", "  (U) Budget support, health sector, elections.", "",
             "* (U) Health sector",
             "** Vaccine procurement",
             "   The ministry's procurement chief takes a cut of every cold-chain contract.",
             "*** Follow-up",
             "    raise it with the auditor general privately",
             "* (U) Next meeting", "  (U) The next meeting is on 14 January at the EU delegation.", "",
             "# CONFIDENTIAL", ""]
    text = line_end.join(lines)
    check(text, ["The ministry's procurement chief takes a cut of every cold-chain contract",
                 "raise it with the auditor general privately"], ["The next meeting is on 14 January at the EU delegation"])


# --- a chat message's further lines under its marked first line -------------------------------------------


@pytest.mark.parametrize("header", ["[2026-12-01 09:14] Mensah, Kofi", "2026-12-01 09:14 - Mensah, Kofi",
                                    "2026-12-01 09:14 | Mensah, Kofi", "[09:14] Mensah, Kofi",
                                    "12/1/2026, 9:14 AM - Mensah, Kofi:", "Mensah, Kofi  12/1 9:14 AM",
                                    "Mensah, Kofi \u2014 Today at 09:14", "Kofi Mensah, 1 Dec 2026 09:14",
                                    "Mensah, Kofi \u00b7 9:14 AM"])
def test_lines_under_a_chat_messages_marked_first_line_under_its_header(header):
    text = ("Chat: POL Abuja coordination [SECRET//NOFORN]\nExported 2026-12-01 18:00 UTC\n"
            "--------------------------------------------\n"
            "[2026-12-01 09:02] Reyes, Ana\n(U) Good morning. The country team meeting is at ten.\n\n"
            f"{header}\n"
            "(U) Notes from my call with the governor's aide:\n"
            "he says the governor will release the detained journalists only after the state election\n"
            "and the army will keep the curfew in the northern wards until then\n\n"
            "[2026-12-01 09:20] Reyes, Ana\n(U) Thanks, I will add it to the agenda for ten.\n"
            "--------------------------------------------\nClassification of this chat: SECRET//NOFORN\n")
    check(text, ["he says the governor will release the detained journalists only after the state election",
                 "the army will keep the curfew in the northern wards until then"], ["The country team meeting is at ten"])


def test_a_chat_message_wrapped_under_its_header_stays_whole_but_its_next_line_does_not():
    wrapped = ("Chat: POL Abuja coordination [SECRET//NOFORN]\n\n"
               "[2026-12-01 09:02] Reyes, Ana\n"
               "(U) Good morning, the country team meeting moves to ten because the front office needs\n"
               "the conference room for the delegation from the electoral commission this morning\n\n"
               "[2026-12-01 09:14] Mensah, Kofi\n"
               "(U) Noted.\n"
               "the aide says the governor pays the militia in the northern wards through his brother\n\n"
               "Classification of this chat: SECRET//NOFORN\n")
    assert_released(wrapped, "the conference room for the delegation from the electoral commission")
    assert_withheld(wrapped, "the aide says the governor pays the militia in the northern wards", ALL)


# --- an answer under a marked question ----------------------------------------------------------------


@pytest.mark.parametrize("line_end", ["\n", "\r", "\r\n"])
def test_answers_labelled_under_marked_questions(line_end):
    lines = ["CONFIDENTIAL", "EMBASSY TBILISI - DEPARTURE DEBRIEF FORM", "Case 2026-114", "",
             "(U) Q: Which office did you work in?", "A: The economic section.",
             "(U) Q: Main concerns raised by contacts", "A: a deputy minister said the pipeline tender is fixed for a Chinese bidder",
             "(U) Q: Anything else", "Answer: the customs chief asked us twice for a visa for his son",
             "", "Reviewed by: RSO        CONFIDENTIAL", ""]
    text = line_end.join(lines)
    check(text, ["a deputy minister said the pipeline tender is fixed for a Chinese bidder",
                 "the customs chief asked us twice for a visa for his son"], ["Which office did you work in?"])


def test_responses_under_marked_numbered_questions_of_a_forms_export():
    text = ("Form: SECRET//REL TO USA, GBR - Liaison visit debrief (Djibouti)\nResponses: 2\n\n"
            "Response 1 of 2\nTimestamp: 12/01/2026 10:01:12\n"
            "(U) Q1. Which partner did you visit?\nFrench forces, Djibouti\n"
            "(U) Q2. What did the partner tell you?\nthe French expect the Houthis to mine the strait approaches in January\n"
            "(U) Q3. Is a follow-up visit planned?\nyes - next month, with the J2\n\n"
            "Response 2 of 2\nTimestamp: 12/01/2026 15:44:09\n"
            "(U) Q1. Which partner did you visit?\nJapanese SDF base\n"
            "(U) Q2. What did the partner tell you?\nnothing new\n"
            "(U) Q3. Is a follow-up visit planned?\nno\n\n"
            "Form classification: SECRET//REL TO USA, GBR\n")
    assert_withheld(text, "the French expect the Houthis to mine the strait approaches in January", ALL)
    assert_released(text, "What did the partner tell you?")
    # a non-example: a marked question whose sentence wraps onto the next line stays whole
    wrapped = ("CONFIDENTIAL\n\n(U) Q: Did the delegation raise the question of the port concession, or the fees that the\n"
               "ministry has charged since the spring?\nA: No.\n\nCONFIDENTIAL\n")
    assert_released(wrapped, "ministry has charged since the spring?")


# --- a cable's closing section ------------------------------------------------------------------------------


CABLE = ("C O N F I D E N T I A L LUSAKA 000318\n"
         "SIPDIS\n"
         "E.O. 13526: DECL: 12/01/2036\n"
         "TAGS: PGOV, PREL, ZA\n"
         "SUBJECT: Zambia: New Mines Minister\n\n"
         "Classified By: Ambassador M. Ortiz for reasons 1.4 (b) and (d)\n\n"
         "1. (U) President Hichilema named Joseph Banda as Minister of Mines on 28 November.\n\n"
         "2. (C) Banda told us he will review the Chinese copper licenses.\n\n"
         "3. (U) Biographic note:\n"
         "(U) Banda, 58, is a mining engineer from Kitwe who studied at the University of Zambia.\n\n"
         "{second}\n\n"
         "(U) Family:\n"
         "- he is married with three children\n"
         "- his brother holds a stake in the Konkola smelter through a nominee in Mauritius\n\n"
         "ORTIZ\n")


def test_an_unmarked_paragraph_and_bullet_of_a_cables_closing_section():
    text = CABLE.format(second="Contacts say Banda owes his post to the president's campaign financier and "
                               "has promised him the Kansanshi tailings contract.")
    check(text, ["Contacts say Banda owes his post to the president's campaign financier",
                 "his brother holds a stake in the Konkola smelter through a nominee in Mauritius"],
          ["is a mining engineer from Kitwe who studied at the University of Zambia",
           "President Hichilema named Joseph Banda as Minister of Mines"])


def test_a_marked_second_paragraph_of_a_closing_section_stays_releasable():
    text = CABLE.format(second="(U) Contacts say Banda owes his post to the president's campaign financier and "
                               "has promised him the Kansanshi tailings contract.")
    assert_released(text, "Contacts say Banda owes his post to the president's campaign financier")
    text = CABLE.format(second="He has promised the Kansanshi tailings contract to a campaign financier, contacts say.")
    assert_withheld(text, "He has promised the Kansanshi tailings contract to a campaign financier", ALL)
