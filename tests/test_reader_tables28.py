"""Round 120's structure leaks (issue 8), fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record, page or message, never the (U) of what it
follows or sits inside.

- a table whose first column holds each row's mark alone, the same mark on every row (`(U)`), in any table
  syntax (pipes, a reStructuredText grid, tabs, a semicolon export, a quoted CSV export): the mark marks its
  cell; every other cell of the row is unmarked and takes the document's level (its banner, title or list
  name), not the row's (U);
- an outline's child set in deeper under a marked node, by a tab or as a bullet (a OneNote page, an indented
  checklist): a node of its own, unmarked, not the (U) of its parent;
- an answer under a marked question labelled `Q2.` that ends a sentence (`?` or not);
- a dash or bullet item under a marked unnumbered line of a cable's closing section (`(U) BORN ...` /
  `-- ...`): unmarked, it takes the cable's level.

Each test holds non-examples too: a column of marks that tells its rows apart (`(U)` here, `(S)` there) marks
each row whole; a mark, a tab and a paragraph are no table; prose with semicolons is no row."""
from __future__ import annotations

from test_reader_structure114 import check  # (each phrase withheld at every level, or released at usg)


# --- a column of marks that gives every row the same (U): the other cells are unmarked ----------------------


def test_pipe_table_with_a_uniform_marks_column_under_a_secret_title():
    text = ("# SECRET - Water sector donor tracker\n\n(U) Updated after each donor meeting.\n\n"
            "| Cls | Donor | Met on | Remarks |\n|---|---|---|---|\n"
            "| (U) | KfW | 3 Feb | the utility chairman asked KfW to route the grant through his cousin's bank |\n"
            "| (U) | JICA | 9 Feb | Pump station handover on schedule |\n\n(U) Questions to the ECON desk.\n\nSECRET\n")
    check(text, ["the utility chairman asked KfW to route the grant through his cousin's bank"],
          ["Updated after each donor meeting.", "Questions to the ECON desk."])
    # a non-example: a column of marks that tells its rows apart marks each row whole
    varied = text.replace("| (U) | JICA", "| (S) | JICA").replace("| (U) | KfW | 3 Feb | the utility chairman asked KfW to "
                                                               "route the grant through his cousin's bank |",
                                                               "| (U) | KfW | 3 Feb | Grant agreement signed at the ministry |")
    check(varied, ["Pump station handover on schedule"], ["Grant agreement signed at the ministry"])


def test_grid_table_with_a_uniform_marks_column():
    text = ("CONFIDENTIAL//NOFORN\n\nRefinery outage board\n=====================\n\n(U) Status on 2 March.\n\n"
            "+------+----------+---------------------------------------------------------+\n"
            "| Mark | Site     | Note                                                    |\n"
            "+======+==========+=========================================================+\n"
            "| (U)  | Baiji    | the plant manager hid the second fire from the ministry |\n"
            "+------+----------+---------------------------------------------------------+\n"
            "| (U)  | Basra    | Running at full capacity                                |\n"
            "+------+----------+---------------------------------------------------------+\n\n"
            "CONFIDENTIAL//NOFORN\n")
    check(text, ["the plant manager hid the second fire from the ministry"], ["Status on 2 March."])


def test_tab_separated_copy_with_a_uniform_marks_column():
    text = ("Board: Visiting delegations  SECRET//NOFORN\n\nMark\tDelegation\tArrives\tDetail\n"
            "(U)\tMinistry of Interior\t4 May\ttheir deputy minister carries a second passport under another name\n"
            "(U)\tChamber of Commerce\t6 May\tLunch at the residence\n\n(U) Maintained by the protocol office.\n\n"
            "SECRET//NOFORN\n")
    check(text, ["their deputy minister carries a second passport under another name"],
          ["Maintained by the protocol office."])
    # a non-example: a mark, a tab and a paragraph are no table of two columns
    plain = ("SECRET\n\n(U)\tThe embassy will be closed on Monday for the national holiday.\n"
             "(U)\tThe consular section reopens on Tuesday at nine.\n\n"
             "(S)\tthe ministry asked us to delay the visa decision for the general\n\nSECRET\n")
    check(plain, ["the ministry asked us to delay the visa decision for the general"],
          ["The embassy will be closed on Monday for the national holiday."])


def test_semicolon_export_with_its_banner_in_the_first_cell():
    text = ("CONFIDENTIAL;;;\nKod;Firma;Poznamka;\n"
            "(U);Alfa Trade;the director pays the customs chief a monthly retainer;\n"
            "(U);Beta Logistics;Warehouse audit closed;\n;;;\n(U) Kept by the ECON section;;;\n;;;\nCONFIDENTIAL;;;\n")
    check(text, ["the director pays the customs chief a monthly retainer"], ["Kept by the ECON section"])
    # a non-example: prose with semicolons under a banner is no row
    prose = ("CONFIDENTIAL\n\n(U) The visit went well; the governor attended; the press was kept out.\n"
             "(U) Next visit in June; dates to follow; no action needed.\n\n"
             "(C) the governor admitted the militia is paid from the port revenue.\n\nCONFIDENTIAL\n")
    check(prose, ["the governor admitted the militia is paid from the port revenue"],
          ["The visit went well; the governor attended; the press was kept out."])


def test_quoted_csv_export_with_a_class_column_under_a_list_title():
    text = ('"Tracker: Port inspections - SECRET//NOFORN"\n"Exported 2026-05-02 by jdoe"\n'
            '"Class","Port","Inspected","Finding"\n'
            '"(U)","Tema","2026-04-20","the harbour master lets the sanctioned tanker berth at night"\n'
            '"(U)","Takoradi","2026-04-22","No findings"\n""\n"SECRET//NOFORN"\n')
    check(text, ["the harbour master lets the sanctioned tanker berth at night"], [])
    # a non-example: a class column that tells its records apart marks each record whole
    varied = ('"Tracker: Port inspections - SECRET//NOFORN"\n"Class","Port","Inspected","Finding"\n'
              '"(U)","Tema","2026-04-20","Routine inspection with no findings"\n'
              '"(S)","Takoradi","2026-04-22","the harbour master lets the sanctioned tanker berth at night"\n'
              '""\n"SECRET//NOFORN"\n')
    check(varied, ["the harbour master lets the sanctioned tanker berth at night"],
          ["Routine inspection with no findings"])


# --- an outline's child under a marked node -----------------------------------------------------------------


def test_tab_indented_children_under_a_marked_outline_node():
    text = ("SECRET\n\nNotebook: POL | Page: Election prep\n\n(U) Logistics for the observers\n"
            "\tthe interior ministry plans to cut mobile data in the north on election day\n"
            "\t\tsource is the deputy minister's chief of staff\n"
            "\t(U) Hotel blocks are booked in Tamale.\n(U) Press plan\n\t(U) A statement is drafted by PD.\n\nSECRET\n")
    check(text, ["the interior ministry plans to cut mobile data in the north on election day",
                 "source is the deputy minister's chief of staff"],
          ["Hotel blocks are booked in Tamale.", "A statement is drafted by PD."])


def test_bullets_set_deeper_under_a_marked_node():
    text = ("CONFIDENTIAL\r\n\r\n(U) Airport arrival checklist\r\n"
            "    - the governor's guards take money from travellers at the VIP gate\r\n"
            "    - (U) Book two cars for the delegation.\r\n(U) Follow-up\r\n    - (U) Send the thank-you notes.\r\n"
            "\r\nCONFIDENTIAL\r\n")
    check(text, ["the governor's guards take money from travellers at the VIP gate"],
          ["Book two cars for the delegation.", "Send the thank-you notes."])
    circles = ("SECRET\n\n(U) Arrival checklist\n   o the motorcade route passes the militia's weapons depot\n"
               "   o (U) Two cars are booked.\n(U) Departure\n   o (U) The flight leaves at 18:40.\n\nSECRET\n")
    check(circles, ["the motorcade route passes the militia's weapons depot"], ["Two cars are booked."])
    # a non-example: a hanging indent that wraps a marked paragraph (no tab, no bullet) stays in its paragraph
    plain = ("SECRET\n\n1.  (U) The visiting trade delegation asked for a meeting with the chamber of\n"
             "    commerce and the port authority next week.\n\n"
             "2.  (S) the port authority chief is under investigation for taking bribes.\n\nSECRET\n")
    check(plain, ["the port authority chief is under investigation for taking bribes"],
          ["commerce and the port authority next week."])


# --- an answer under a marked question ----------------------------------------------------------------------


def test_answers_under_labelled_questions_that_end_a_sentence():
    text = ("Survey: Residence security review (SECRET//NOFORN)\n\n"
            "(U) Q1. Give the residence's street address.\nRruga e Elbasanit 103.\n"
            "(U) Q2. List any lock failures found this quarter.\nthe safe room code was shared with a local contractor.\n"
            "(U) Q3. Name the inspecting officer.\nJ. Marsh.\n\n"
            "Survey: Residence security review (SECRET//NOFORN)\n")
    check(text, ["the safe room code was shared with a local contractor"], ["List any lock failures found this quarter."])
    # a non-example: a question that wraps onto the next line (no sentence ended) keeps its second line
    plain = ("SECRET\n\n(U) Q4. Describe the training your section received during the\n"
             "last fiscal year, with its cost.\nthe RSO used the training money for a hunting trip.\n\nSECRET\n")
    check(plain, ["the RSO used the training money for a hunting trip"], ["last fiscal year, with its cost."])


# --- a dash item under a marked line of a cable's closing section -------------------------------------------


CABLE = ("C O N F I D E N T I A L LOME 000318\n\nE.O. 12958: DECL: 03/02/09\nTAGS: PGOV PINR TO\n"
         "SUBJECT: TOGO: NEW INTERIOR MINISTER\n\n1. (U) THE PRESIDENT NAMED A NEW INTERIOR MINISTER ON MARCH 1.\n\n"
         "2. BIOGRAPHIC NOTE:\n(U) EDUCATED IN DAKAR AND LYON; SPEAKS ENGLISH, FRENCH AND EWE; MARRIED, FOUR CHILDREN.\n"
         "{items}\n\nSMITH\n")


def test_dash_items_under_a_marked_line_of_a_cable_bio_note():
    text = CABLE.format(items="-- OWES LARGE GAMBLING DEBTS TO A LEBANESE TRADER IN LOME\n"
                              "-- HIS BROTHER RUNS THE PORT CUSTOMS BRIGADE")
    check(text, ["OWES LARGE GAMBLING DEBTS TO A LEBANESE TRADER IN LOME", "HIS BROTHER RUNS THE PORT CUSTOMS BRIGADE"],
          ["EDUCATED IN DAKAR AND LYON; SPEAKS ENGLISH, FRENCH AND EWE", "THE PRESIDENT NAMED A NEW INTERIOR MINISTER ON MARCH 1."])
    bullets = CABLE.format(items="\u2022 OWES LARGE GAMBLING DEBTS TO A LEBANESE TRADER IN LOME\n"
                                 "\u2022 (U) HIS WIFE IS A NURSE AT THE MAIN HOSPITAL.")
    check(bullets, ["OWES LARGE GAMBLING DEBTS TO A LEBANESE TRADER IN LOME"], ["HIS WIFE IS A NURSE AT THE MAIN HOSPITAL."])


# --- a classification column in words beside the marks column: the row stays whole (review of 2026-12-04) ----


def test_a_row_whose_classification_column_says_secret_is_not_split_into_unmarked_cells():
    # (the (U) first cell marks the row's title; the Classification column says the row is SECRET: under an
    # UNCLASSIFIED banner, splitting the row would release its notes as the banner's level)
    text = ("UNCLASSIFIED\n\n| Mark | Visit | Date | Classification | Notes |\n|---|---|---|---|---|\n"
            "| (U) | Harbour office call | 12 Nov | SECRET | the harbour master said the cargo scanners are dummies |\n"
            "| (U) | Team lunch | 13 Nov | UNCLASSIFIED | canteen on the fourth floor |\n\nUNCLASSIFIED\n")
    check(text, ["the harbour master said the cargo scanners are dummies"], [])


def test_a_tab_row_with_a_handling_column_keeps_its_control():
    text = ("UNCLASSIFIED\n\nMark\tVisit\tDate\tHandling\tNotes\n"
            "(U)\tHarbour office call\t12 Nov\tNOFORN\tthe harbour master said the cargo scanners are dummies\n"
            "(U)\tTeam lunch\t13 Nov\tnone\tcanteen on the fourth floor\n\nUNCLASSIFIED\n")
    from released import assert_withheld
    assert_withheld(text, "the harbour master said the cargo scanners are dummies", ("partner", "public"))


def test_a_semicolon_export_record_whose_classification_column_says_more_than_its_mark():
    text = ("UNCLASSIFIED\nMark;Visit;Date;Classification;Notes\n"
            "(U);Harbour office call;12 Nov;SECRET;the harbour master said the cargo scanners are dummies\n"
            "(U);Team lunch;13 Nov;UNCLASSIFIED;canteen on the fourth floor\nUNCLASSIFIED\n")
    check(text, ["the harbour master said the cargo scanners are dummies"], [])
