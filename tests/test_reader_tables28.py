"""Round 120's structure leaks (issue 8), fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record, page or message, never the (U) of what it
follows or sits inside.

- a table whose first column holds each row's mark alone, the same mark on every row (`(U)`), in any table
  syntax (pipes, a reStructuredText grid, tabs, a semicolon export, a quoted CSV export): the mark marks its
  cell; every other cell of the row is unmarked and takes the document's level (its banner, title or list
  name), not the row's (U).

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
