"""Rounds 126 and 128's table and export leaks (issue 8), fixed by class on documents written for this test
(not the corpus's wording): a free-text cell or field of an export (a `Notes`, `Comments`, `REMARKS` column,
an RIS record's `N1` notes) that carries no mark of its own takes the level of its document or record, never
the (U) of the marked cell or title beside it (`reader/free_text_cells.py`).

- a quoted CSV export of a list whose column of marks stands beside the item's title;
- a SQL*Plus spool (a dashed rule under the header) whose long name pushes the remarks right;
- a project plan's task export (fixed-width, `(U)` opening the task's name) with a Notes column;
- a sheet's range pasted under its column letters (`A   B   C`), one blank between two cells;
- an RIS bibliography export whose records' titles are marked and whose `N1` notes are not.

Each test holds non-examples too: a free-text cell that carries its own (U) is released; prose that names
notes and comments is no table; an RIS note marked (U) is released."""
from __future__ import annotations

from released import check  # (each phrase withheld at every level, or released at usg)


# --- quoted CSV: a column of marks beside the title --------------------------------------------------------


def test_a_csv_list_export_whose_remarks_column_is_unmarked():
    text = ("Classification: SECRET//NOFORN\n"
            "Tracker: West Africa maritime engagements\n"
            '"Item","Mark","Lead","Remarks"\n'
            '"Coast guard cadet exchange","(U)","R. Diallo","The deputy commandant leaks patrol schedules to a trawler fleet"\n'
            '"Harbour radar maintenance","(U)","K. Mensah","(U) Contractor on site next week"\n'
            '"Fisheries observer training","(U)","R. Diallo","Spare parts delayed"\n'
            "Classification: SECRET//NOFORN\n")
    check(text, ["The deputy commandant leaks patrol schedules to a trawler fleet", "Spare parts delayed"],
          ["Coast guard cadet exchange", "Contractor on site next week", "Fisheries observer training"])


def test_a_tab_separated_list_with_a_title_row_and_an_unmarked_comment_column():
    text = ("Register: CONFIDENTIAL - visiting delegations\n"
            "Classification: CONFIDENTIAL\n\n"
            "Delegation\tMark\tHost\tDate\tComment\n"
            "Parliamentary trade committee\t(U)\tECON\t03/02\tTheir chair asked us to hide his meeting with the bank\n"
            "Youth entrepreneurs\t(U)\tPD\t03/09\tLunch at the residence\n")
    check(text, ["Their chair asked us to hide his meeting with the bank"], ["Parliamentary trade committee"])


# --- fixed width: spools, plans, pasted ranges -------------------------------------------------------------


def test_a_sqlplus_spool_whose_long_name_pushes_the_remarks_right():
    text = ("Classification: CONFIDENTIAL\n\n"
            "(U) Output of the liaison contacts query follows.\n\n"
            "SQL> select pm, contact, remarks from liaison;\n\n"
            "PM   CONTACT              REMARKS\n"
            "---- -------------------- ----------------------------------------\n"
            "(U)  Deputy harbour master, Tema  Passes our vessel lists to the customs syndicate\n"
            "(U)  Port chaplain        Friendly\n\n"
            "2 rows selected.\n")
    check(text, ["Passes our vessel lists to the customs syndicate"], ["Deputy harbour master, Tema"])
    # a non-example: marks that tell the rows apart mark each row whole, its notes included (round 114)
    rows = ("CONFIDENTIAL\n\nMark\tPost\tGap\tNotes\n(U)\tLisbon\tHR\tInterviews set for next month.\n"
            "(C)\tTbilisi\tRSO\tThe security service keeps delaying the nominee's visa.\n"
            "(U)\tRiga\tGSO\tCovered by a TDY officer.\n\nCONFIDENTIAL\n")
    check(rows, ["The security service keeps delaying the nominee's visa."],
          ["Interviews set for next month.", "Covered by a TDY officer."])


def test_a_project_plan_export_in_a_cable_with_an_unmarked_notes_column():
    text = ("R 051200Z DEC 26\nFM AMEMBASSY TBILISI\nTO SECSTATE WASHDC 1234\nBT\n"
            "C O N F I D E N T I A L TBILISI 001234\n"
            "E.O. 12958: DECL: 12/05/2036\nTAGS: PREL, GG\nSUBJECT: BORDER POLICE TRAINING PLAN\n\n"
            "1. (U) Post forwards the training plan.\n\n"
            "2. (U) Plan export follows:\n"
            "ID  Task Name                      Start     Finish    Notes\n"
            "1   (U) Radio procedures course    02/01/27  02/12/27  Two instructors are reporting to Russian handlers\n"
            "2   (U) Night vision equipment handover lessons   02/15/27  02/20/27  pending\n\n"
            "3. (U) Post welcomes comments on the schedule.\n\nSMITH\nBT\n")
    check(text, ["Two instructors are reporting to Russian handlers"],
          ["Radio procedures course", "Night vision equipment handover lessons", "Post welcomes comments on the schedule"])


def test_a_sheet_range_pasted_under_its_column_letters():
    text = ("SECRET\n\n(U) Partner feedback, pasted from the sheet:\n"
            "A       B                    C\n"
            "(U)    Mine Advisory Group  Said militia fighters mined the road to Hajjah last week\n"
            "(U)    Danish Demining Group Asked for a second vehicle\n\n"
            "(U) Post will follow up.\n\nSECRET\n")
    check(text, ["Said militia fighters mined the road to Hajjah last week", "Asked for a second vehicle"],
          ["Mine Advisory Group", "Post will follow up."])
    # non-examples: free-text cells with their own mark are released; prose that names notes is no table
    marked = ("Classification: SECRET\n\n"
              "Ref  Mark  Site             Notes\n"
              "1    (U)   Cold store       (U) Inspected, no findings\n"
              "2    (U)   Fuel depot       (U) Reopened to traffic\n"
              "3    (U)   Grain silo       (U) New roof finished\n")
    check(marked, [], ["Inspected, no findings", "Reopened to traffic", "New roof finished"])
    prose = ("SECRET\n\n(U) The notes  from the meeting  are attached  and the comments  follow.\n\n"
             "(S) The minister will resign in May.\n\nSECRET\n")
    check(prose, ["The minister will resign in May."], ["The notes from the meeting are attached"])


# --- tagged records: RIS notes fields ---------------------------------------------------------------------


def test_an_ris_export_whose_notes_fields_are_unmarked():
    text = ("Classification: SECRET//NOFORN\n\n"
            "TY  - RPRT\nAU  - World Bank\nTI  - (U) Sahel livestock markets review\nPY  - 2026\n"
            "N1  - The finance minister admitted to us that the herd census was faked\nER  - \n\n"
            "TY  - JOUR\nAU  - Traore, Awa\nTI  - (U) Pastoral corridors and conflict\nPY  - 2025\n"
            "N1  - (U) Useful background on corridor maps\nER  - \n")
    check(text, ["The finance minister admitted to us that the herd census was faked"],
          ["Sahel livestock markets review", "Pastoral corridors and conflict", "Useful background on corridor maps"])


def test_an_ris_export_with_an_abstract_field_unmarked_after_a_marked_title():
    text = ("SECRET\n\n"
            "TY  - GEN\nTI  - (U) Port Sudan fuel imports, notes for the desk\n"
            "AB  - Importers say the army takes a fee on every tanker and diverts half to the front\nER  - \n\n"
            "TY  - GEN\nTI  - (U) Red Sea shipping insurance rates\nPY  - 2026\nER  - \n\nSECRET\n")
    check(text, ["Importers say the army takes a fee on every tanker and diverts half to the front"],
          ["Port Sudan fuel imports, notes for the desk", "Red Sea shipping insurance rates"])
