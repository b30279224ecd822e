"""Rounds 122 and 124's table leaks (issue 8), fixed by class on documents written for this test (not the
corpus's wording): a cell that is not marked takes the level of its table's document (or record), never
the (U) of a marked cell in its row or of the paragraph that introduces the table (`reader/tables.py`).

- delimited rows (tabs: a database dump's `COPY` block, a query exported tab-separated): a cell marked
  `(U)` in the middle of the row marks that cell; the row's other cells are unmarked;
- a MediaWiki table (`{|` ... `|}`, rows `| (U) || ... || ...`): the same;
- fixed-width columns (a sheet pasted into an e-mail or a cable, a `lynx -dump` rendering whose remarks
  wrap onto further lines): the same, and a table with no mark under a `(U)` lead-in paragraph is
  unmarked text, not the lead-in's;
- a form's responses printed as blocks (`(U) 3. Question` / its answer under it): the answer is unmarked.

Each test holds non-examples too: a table whose every cell of the column carries its own (U) is released;
a column of marks that tells its rows apart marks each row whole; prose spaced twice is no table; numbered
paragraphs that wrap onto their next line are no questions with answers."""
from __future__ import annotations

from test_reader_structure114 import check  # (each phrase withheld at every level, or released at usg)


# --- delimited rows: tabs ------------------------------------------------------------------------------


def test_a_database_copy_block_whose_subject_cell_is_marked_u():
    text = ("--\n-- MySQL-style dump of table visits\n-- Classification: SECRET//NOFORN\n--\n\n"
            "SET client_encoding = 'UTF8';\n\n"
            "COPY public.visits (id, city, subject, detail, day) FROM stdin;\n"
            "11\tLAGOS\t(U) Port authority courtesy call\tthe harbour master named the customs officer who "
            "sells manifests\t2026-10-02\n"
            "12\tABUJA\t(U) Election commission briefing\tThe commission chair expects the vote to be postponed "
            "secretly\t2026-10-05\n"
            "13\tKANO\t(U) Trade fair opening\tthe governor's aide asked for a cut of the stand fees\t2026-10-09\n"
            "14\tENUGU\t(U) University visit\t(U) Ribbon cutting with the governor\t2026-10-11\n\\.\n")
    check(text, ["the harbour master named the customs officer who sells manifests",
                 "The commission chair expects the vote to be postponed secretly",
                 "the governor's aide asked for a cut of the stand fees"], [])


def test_a_tab_separated_query_export_with_a_marks_column_after_the_id():
    text = ("Query: qryPartnerVisits (CONFIDENTIAL//REL TO USA, GBR)\n\n"
            "Ref\tMark\tPartner\tNote\n"
            "A1\t(U)\tCoast guard academy\tTheir commandant is on the payroll of a fishing cartel\n"
            "A2\t(U)\tNavy hydrographic office\t(U) Survey vessel visit confirmed\n"
            "A3\t(U)\tFisheries ministry\t(U) Agreed to the joint patrol calendar\n\n"
            "Query classification: CONFIDENTIAL//REL TO USA, GBR\n")
    check(text, ["Their commandant is on the payroll of a fishing cartel"],
          ["Survey vessel visit confirmed", "Agreed to the joint patrol calendar"])
    # a non-example: a mark, a tab and a paragraph are no table
    plain = ("SECRET\n\n(U)\tThe consular section reopens on Tuesday after the holiday weekend.\n\n"
             "(S) The visa fraud unit is watching two local staff.\n\nSECRET\n")
    check(plain, ["The visa fraud unit is watching two local staff."],
          ["The consular section reopens on Tuesday after the holiday weekend."])


# --- MediaWiki tables ------------------------------------------------------------------------------------


def test_a_mediawiki_table_with_a_marks_column_and_unmarked_notes():
    text = ("{{Classification|SECRET//NOFORN}}\n'''SECRET//NOFORN'''\n\n"
            "== (U) Border crossing closures ==\n(U) Closures reported by posts this quarter.\n\n"
            "{| class=\"wikitable\"\n! Mark !! Crossing !! Note\n|-\n"
            "| (U) || Torkham || Militia commanders charge a fee that funds the local insurgent shura\n|-\n"
            "| (U) || Chaman || (U) Closed for three days after flooding\n|-\n"
            "| (U) || Ghulam Khan || (U) Reopened to cargo trucks\n|}\n\n'''SECRET//NOFORN'''\n")
    check(text, ["Militia commanders charge a fee that funds the local insurgent shura"],
          ["Closures reported by posts this quarter.", "Closed for three days after flooding"])


def test_a_mediawiki_table_marked_cell_by_cell_with_an_unmarked_note():
    text = ("{{Classification|CONFIDENTIAL}}\n'''CONFIDENTIAL'''\n\n(U) Fuel depots on the southern front.\n\n"
            "{| class=\"wikitable sortable\"\n! Site !! Status !! Note\n|-\n"
            "| (U) Odesa port || Open || (U) Grain corridor traffic is normal\n|-\n"
            "| (U) Kherson depot || Closed || the depot manager sells diesel to the occupation forces\n|}\n\n"
            "'''CONFIDENTIAL'''\n")
    check(text, ["the depot manager sells diesel to the occupation forces"],
          ["Fuel depots on the southern front.", "Grain corridor traffic is normal"])
    # a non-example: a column of marks that tells its rows apart marks each row whole
    varied = ("'''SECRET'''\n\n{| class=\"wikitable\"\n! Mark !! Site !! Note\n|-\n"
              "| (U) || Port Sudan || Ferry schedule posted at the terminal\n|-\n"
              "| (S) || Suakin || the navy moved a radar there\n|}\n\n'''SECRET'''\n")
    check(varied, ["the navy moved a radar there"], ["Ferry schedule posted at the terminal"])


# --- fixed-width columns ---------------------------------------------------------------------------------


def test_a_cable_lead_in_paragraph_over_an_unmarked_fixed_width_table():
    text = ("S E C R E T SECTION 01 OF 01 AMMAN 000455\n\nNOFORN\nE.O. 13526: DECL: 10/02/2041\n"
            "TAGS: PREL, MASS, JO\nSUBJECT: (U) JORDAN: BORDER EQUIPMENT DELIVERIES\n\n"
            "Classified By: DCM Laura Finch for reasons 1.4 (b) and (d)\n\n"
            "1. (U) THE TABLE BELOW LISTS DELIVERIES DUE THIS QUARTER:\n\n"
            "LINE      SYSTEM                STATUS\n"
            "JO-M-AAB  THERMAL TOWERS (6)    JAF WILL DIVERT TWO TOWERS TO THE SYRIAN BORDER UNIT\n"
            "JO-B-QQC  PATROL VEHICLES       ARMY CHIEF THREATENS TO REFUSE THE END-USE CHECKS\n\n"
            "2. (U) POST WILL UPDATE AFTER THE JOINT REVIEW.\n\nFINCH\n")
    check(text, ["JAF WILL DIVERT TWO TOWERS TO THE SYRIAN BORDER UNIT",
                 "ARMY CHIEF THREATENS TO REFUSE THE END-USE CHECKS"],
          ["THE TABLE BELOW LISTS DELIVERIES DUE THIS QUARTER", "POST WILL UPDATE AFTER THE JOINT REVIEW."])


def test_a_fixed_width_sheet_with_a_marks_column_and_wrapped_unmarked_remarks():
    text = ("   CONFIDENTIAL\n   Consular crisis board\n\n"
            "   Mark  City       Level  Remarks\n"
            "   (U)   Bamako     4      (U) Ordered departure since 3 October\n"
            "   (U)   Gao        4      The junta's intelligence service has a list of US\n"
            "                           dual nationals it plans to hold at the airport\n"
            "   (U)   Mopti      3      (U) Road to the airport reopened\n\n   CONFIDENTIAL\n")
    check(text, ["The junta's intelligence service has a list of US",
                 "dual nationals it plans to hold at the airport"],
          ["Ordered departure since 3 October", "Road to the airport reopened"])


def test_a_fixed_width_export_with_a_row_number_before_its_marks_column():
    text = ("Sheet: EUR Cyber Tasker - SECRET//NOFORN\n\n"
            "No   Mark  Task                   Owner   Latest note\n"
            "1    (U)   Phishing drill         IRM     (U) Drill finished on Friday\n"
            "2    (U)   Hotel network check    DS      Hotel wifi is run by a front company of the GRU\n"
            "3    (U)   Laptop refresh         IRM     (U) Forty units shipped\n\n"
            "Sheet classification: SECRET//NOFORN\n")
    check(text, ["Hotel wifi is run by a front company of the GRU"],
          ["Drill finished on Friday", "Forty units shipped"])
    # a non-example: prose typed with two blanks after each sentence is no table
    prose = ("SECRET\n\n(U) The visit went well.  Our hosts were warm.  The press came late.\n"
             "Lunch ran long.  The minister left early.  We flew home at six.\n\n"
             "(S) The minister's aide asked for a private channel.\n\nSECRET\n")
    check(prose, ["The minister's aide asked for a private channel."],
          ["The visit went well.", "Our hosts were warm.", "The minister left early."])


# --- a form's responses: answers under marked, numbered questions ----------------------------------------


def test_form_response_answers_under_marked_numbered_questions():
    text = ("Embassy Warden Survey - West Africa (CONFIDENTIAL//NOFORN)\n"
            "Response 2 of 6   Submitted 10/14/2026 08:12 GMT\n\n"
            "(U) 1. Post\nConakry\n\n"
            "(U) 2. Number of registered wardens\n41 wardens, 3 vacancies\n\n"
            "(U) 3. Threat reporting received in the last 30 days\n"
            "3 reports; a gendarmerie colonel warned us that a militia plans to seize the fuel depot near the chancery\n\n"
            "(U) 4. Anything else\nthe ambassador's driver has been approached twice by a foreign service\n\n"
            "Survey classification: CONFIDENTIAL//NOFORN\n")
    check(text, ["a gendarmerie colonel warned us that a militia plans to seize the fuel depot near the chancery",
                 "the ambassador's driver has been approached twice by a foreign service"],
          ["Number of registered wardens", "Threat reporting received in the last 30 days"])


def test_form_answers_under_questions_numbered_before_their_mark():
    text = ("SECRET\n\nLocal guard force questionnaire - Juba\n\n"
            "1. (U) Contract holder\nWestgate Security Ltd\n\n"
            "2. (U) Guards on duty at night\n18\n\n"
            "3. (U) Incidents since the last review\n"
            "2 guards admitted passing our patrol schedule to a militia commander in Gudele\n\n"
            "4. (U) Recommendation\nReplace the night supervisor before the national day\n\nSECRET\n")
    check(text, ["2 guards admitted passing our patrol schedule to a militia commander in Gudele"],
          ["Guards on duty at night", "Incidents since the last review"])
    # a non-example: numbered (U) paragraphs whose text wraps onto the next line are one portion each
    wrapped = ("SECRET\n\n1. (U) The embassy will hold its annual town hall for American citizens on the\n"
               "first Saturday of November at the chancery auditorium.\n\n"
               "2. (U) Registration opens in September on the embassy website and closes two\n"
               "weeks before the event for security screening purposes.\n\n"
               "3. (U) Consular staff will answer questions about passports and voting from\n"
               "abroad after the ambassador's opening remarks.\n\nSECRET\n")
    check(wrapped, [], ["first Saturday of November at the chancery auditorium.",
                        "weeks before the event for security screening purposes."])


# --- a header whose every name carries one same mark --------------------------------------------------------


def test_a_pipe_table_under_a_marked_header_whose_rows_open_with_their_marks():
    # the header's `(U)` names mark no row's cells: each row is marked by its first cell's mark, as before
    text = ("SECRET\n\nTABLE 3 (U). CONSULAR OUTREACH, FY2025\n\n"
            "| (U) Town | (U) Month | (U) Remarks |\n"
            "| (U) Kisumu | June | Passport clinic at the county offices drew two hundred applicants |\n"
            "| (S) Garissa | July | The clinic was cover for a meeting with a defector from the cell |\n"
            "| (U) Eldoret | August | Alumni reception at the teachers college |\n\nSECRET\n")
    check(text, ["The clinic was cover for a meeting with a defector from the cell"],
          ["Passport clinic at the county offices drew two hundred applicants",
           "Alumni reception at the teachers college"])
    # a non-example: a first row whose cells carry different marks is a row of a table marked cell by cell
    cell_by_cell = ("SECRET\n\n"
                    "| (U) Kisumu | (S) The county commissioner is a source |\n"
                    "| (U) Garissa | The clinic was cover for a meeting with a defector |\n"
                    "| (U) Eldoret | (U) Alumni reception at the teachers college |\n\nSECRET\n")
    check(cell_by_cell, ["The county commissioner is a source", "The clinic was cover for a meeting with a defector"],
          ["Alumni reception at the teachers college"])
