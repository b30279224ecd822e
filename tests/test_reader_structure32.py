"""Round 134's and 136's first-run structure leaks (tool exports and tables), fixed by class. Documents written
for this test, not the rounds' wording; each test also checks what the fix must not do (non-examples: text that
stays released, in the same documents, so that each test fails where the text leaked).

Class A: a quoted CSV or TSV cell that opens with its own portion mark and goes on over lines without one (a line
break typed in the cell): its mark marks its first line only; the next lines take the export's level (its banner
or classification line), not the cell's or the record's (U) (`reader/csv_export._marked_cell_lines`).
Class B: an HTML table row: a mark inside one cell marks that cell only; the row's next cells without marks of
their own take the page's level (`reader/html_cells`).
Class C: a meeting chat saved as text (Zoom's `14:03:40 From Tom Quist to Everyone:`): a message's header ends the
message above it, and a (U) message's next lines (never wrapped by the tool) take the chat's level
(`structure.saved_chat_header`, `reader/portions.saved_chat_line`).
Class D: an Org-mode outline: a heading is one line and opens a node of its own, so an unmarked sub-heading under a
(U) heading or its text, and the text under a (U) heading, take the file's level (`reader/portions.outline_heading`).
"""
from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")


def _held(text: str, secrets: list[str], plains: list[str]) -> None:
    for phrase in secrets:
        assert_withheld(text, phrase, levels=ALL)
    for phrase in plains:
        assert_released(text, phrase)


# ---------------------------------------------------------------- class A: a quoted cell's next lines

CRANES = "The harbor master admitted that two of the new cranes were bought from a sanctioned shipyard"
TENDER = "The ministry will cancel the dredging tender next week and award it directly to a party donor"


def test_csv_quoted_cell_next_line_takes_the_export_level() -> None:
    text = ("CONFIDENTIAL\n"
            '"Ref","Classification","Subject","Notes","Owner"\n'
            '"P-101","UNCLASSIFIED","Port call","(U) Ship visit confirmed for the spring.","ECON/Hale"\n'
            '"P-102","UNCLASSIFIED","Harbor tour","(U) Toured the container terminal with the port authority.\n'
            f'{CRANES}.","ECON/Hale"\n'
            '"P-103","UNCLASSIFIED","Customs","(U) New customs director starts in April.\n'
            '(U) Her deputy stays on until June.","ECON/Ruiz"\n'
            '"P-104","UNCLASSIFIED","Fisheries","(U) Fisheries talks moved to the capital.","ECON/Ruiz"\n'
            "CONFIDENTIAL\n")
    _held(text, [CRANES], ["Toured the container terminal with the port authority",
                           "Her deputy stays on until June", "Fisheries talks moved to the capital"])


def test_tsv_quoted_cell_next_lines_bare_cr_take_the_export_level() -> None:
    text = ("Classification: SECRET\r"
            "Date\tClass\tSummary\tDesk\r"
            '2026-10-02\tU\t"(U) Call on the deputy minister of transport."\tPOL\r'
            '2026-10-05\tU\t"(U) Courtesy call at the ports ministry.\r'
            f'{TENDER}.\r'
            'He asked us not to repeat it to the embassy of any other country."\tECON\r'
            '2026-10-07\tU\t"(U) Visit to the new rail depot."\tECON\r'
            "Classification: SECRET\r")
    _held(text, [TENDER, "He asked us not to repeat it to the embassy of any other country"],
          ["Call on the deputy minister of transport", "Courtesy call at the ports ministry", "Visit to the new rail depot"])
    # (non-example) an unclassified export's cell goes on over lines that stay released
    plain = ("UNCLASSIFIED\n"
             '"Ref","Classification","Notes"\n'
             '"A-1","U","(U) Library reopens in May."\n'
             '"A-2","U","(U) Book fair on March 3.\nPublishers will donate three hundred books to the library."\n'
             "UNCLASSIFIED\n")
    assert_released(plain, "Publishers will donate three hundred books to the library", "public")


# ---------------------------------------------------------------- class B: an HTML table cell's mark

RING = "A customs officer sells export permits to a front company registered in Dubai"
AUDIT = "The internal audit has not been shared with the host government yet"


def test_html_cell_mark_marks_its_cell_only() -> None:
    text = ("<html><head><title>Trade desk</title></head><body>\n"
            "<p>CONFIDENTIAL</p>\n"
            "<p>(U) Weekly trade desk status.</p>\n"
            "<table>\n"
            "<tr><th>Topic</th><th>Status</th><th>Remarks</th></tr>\n"
            "<tr><td>(U) Tariff review</td><td>(U) Draft sent to the ministry</td><td>(U) Reply due Friday</td></tr>\n"
            f"<tr><td>(U) Export permits</td><td>{RING}</td><td>{AUDIT}</td></tr>\n"
            "<tr><td>(U) Trade fair</td><td>(U) Booth confirmed for hall C</td><td>(U) Two exhibitors</td></tr>\n"
            "</table>\n"
            "<p>CONFIDENTIAL</p>\n"
            "</body></html>\n")
    _held(text, [RING, AUDIT], ["Draft sent to the ministry", "Booth confirmed for hall C", "Weekly trade desk status"])


def test_html_cell_mark_in_a_later_cell_upper_case_tags() -> None:
    text = ("<HTML><BODY>\n"
            "<DIV>SECRET</DIV>\n"
            "<TABLE BORDER=1>\n"
            "<TR><TH>Item</TH><TH>Detail</TH><TH>Note</TH></TR>\n"
            "<TR><TD>1</TD><TD>(U) Staff retreat on May 4</TD><TD>(U) Bus leaves at 0800</TD></TR>\n"
            "<TR><TD>2</TD><TD CLASS=\"x\">(U) Generator maintenance</TD>"
            "<TD>The backup site moves to the annex basement while the generator is down</TD></TR>\n"
            "</TABLE>\n"
            "<DIV>SECRET</DIV>\n"
            "</BODY></HTML>\n")
    _held(text, ["The backup site moves to the annex basement while the generator is down"],
          ["Staff retreat on May 4", "Bus leaves at 0800", "Generator maintenance"])


# ---------------------------------------------------------------- class C: a saved meeting chat's messages

LIST = "The airline shared its passenger list with us informally and must not learn that we kept it"
LEAD = "the regional director thinks the mayor tipped off the smugglers before the raid"


def test_saved_chat_message_next_line_and_unmarked_message_take_the_chat_level() -> None:
    text = ("CONFIDENTIAL\n"
            "10:02:11 From Nora Bell to Everyone:\n"
            "\t(U) Morning all, the agenda is in the shared folder.\n"
            "10:04:37 From Sam Ortiz to Everyone:\n"
            "\t(U) Item 3 is the airport screening pilot.\n"
            f"\t{LIST}.\n"
            "10:05:02 From Nora Bell to Everyone:\n"
            "\t(U) Thanks, noted for the minutes.\n"
            "10:06:50 From Sam Ortiz to Nora Bell (Direct Message):\n"
            f"\t{LEAD}\n"
            "10:08:15 From Nora Bell to Everyone:\n"
            "\t(U) We meet again on the 14th.\n"
            "CONFIDENTIAL\n")
    _held(text, [LIST, LEAD], ["Morning all, the agenda is in the shared folder", "Item 3 is the airport screening pilot",
                               "We meet again on the 14th"])


def test_saved_chat_twelve_hour_times_privately() -> None:
    text = ("SECRET\n\n"
            "09:15 AM From Ada Park to Everyone:\n"
            "(U) Slides for the budget drill are posted\n"
            "the reserve fund will be moved offshore before the audit starts\n"
            "09:17 AM From Ben Cole to Ada Park (Privately):\n"
            "(U) Thanks, got them.\n"
            "09:18 AM From Ada Park to Everyone:\n"
            "(U) Break until ten.\n\n"
            "SECRET\n")
    _held(text, ["the reserve fund will be moved offshore before the audit starts"],
          ["Slides for the budget drill are posted", "Thanks, got them", "Break until ten"])


# ---------------------------------------------------------------- class D: an Org-mode outline's headings

def test_org_sub_heading_under_u_heading_text_takes_the_file_level() -> None:
    text = ("#+TITLE: Balkans desk notes\n"
            "#+CLASSIFICATION: SECRET\n\n"
            "* 2026-11-10\n"
            "** (U) Visits\n"
            "   (U) The deputy assistant secretary lands in Skopje on Tuesday.\n"
            "*** Side meeting\n"
            "    The opposition leader will ask for help moving his family abroad after the vote.\n"
            "** (U) Press\n"
            "   (U) No press availability is planned.\n"
            "** Energy\n"
            "   The grid operator expects rolling blackouts the government will deny in public.\n")
    _held(text, ["The opposition leader will ask for help moving his family abroad after the vote",
                 "The grid operator expects rolling blackouts the government will deny in public"],
          ["The deputy assistant secretary lands in Skopje on Tuesday", "No press availability is planned"])


def test_org_text_under_u_heading_takes_the_file_level() -> None:
    text = ("CONFIDENTIAL\n\n"
            "* (U) Logistics\n"
            "  The convoy takes the northern road because the southern one is mined near the border post.\n"
            "** (U) Lodging\n"
            "   (U) Rooms are booked at the guest house.\n"
            "** Cash payments to the militia commander at the fuel depot\n"
            "   Fuel comes from the militia depot, which we pay in cash.\n\n"
            "CONFIDENTIAL\n")
    _held(text, ["The convoy takes the northern road because the southern one is mined near the border post",
                 "Cash payments to the militia commander at the fuel depot",
                 "Fuel comes from the militia depot, which we pay in cash"],
          ["Rooms are booked at the guest house", "Logistics", "Lodging"])
    # (non-example) a Markdown list's star bullet (no Org-mode file) keeps its wrapped line under its mark
    markdown = ("UNCLASSIFIED//FOUO\n\n"
                "* (U) The library reopens on Monday after the repairs to the roof and\n"
                "  the reading room will stay open until eight in the evening.\n"
                "* (U//FOUO) The alarm code changes on Friday.\n\n"
                "UNCLASSIFIED//FOUO\n")
    assert_released(markdown, "the reading room will stay open until eight in the evening", "public")
