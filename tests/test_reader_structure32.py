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
Class E (over-redaction): a Mermaid diagram's quoted node labels and `%%` comment lines, each opened by a mark of
its own that reads exactly, are marked by it (the label ends at its closing quote, the comment at its line's end);
the rest of the diagram (names, arrows, unmarked labels and comments) takes the document's level
(`reader/diagram_labels`). So is a JSON Lines export's string value opened by its own mark, up to its closing quote
or its first escaped line break; an unmarked value (a thread reply) takes the export's level; and a PlantUML
diagram's one-line element opened by its own mark (an activity up to its `;`, a message's or one-line note's label
after its colon, a title), while a note of several lines without a mark takes the diagram's level.
"""
import pytest

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


# ---------------------------------------------------------------- class E: a Mermaid diagram's marked labels

def test_mermaid_marked_labels_and_comments_are_released() -> None:
    text = MERMAID_DUTY_DESK
    _held(text, ["Requests from the palace go to the station before anyone else sees them",
                 "only the deputy may skip this step", "Station checks the requester",
                 "The handbook copy on the open network leaves out the palace step on purpose"],
          ["Request arrives at the duty desk", "Duty officer logs the request"])


@pytest.mark.xfail(strict=True, reason="fixrev32c: a %% comment is read by its own mark only inside a Mermaid block "
                   "(review32c: the rule applied to any file that held a diagram block); this one follows the fence")
def test_mermaid_comment_after_the_fence_is_released() -> None:
    assert_released(MERMAID_DUTY_DESK, "Drawn for the duty officer handbook")


MERMAID_DUTY_DESK = ("SECRET//NOFORN\n\n"
            "```mermaid\n"
            "graph LR\n"
            '    S1["(U) Request arrives at the duty desk"] --> S2["(U) Duty officer logs the request"]\n'
            '    S2 --> S3["Requests from the palace go to the station before anyone else sees them"]\n'
            '    S2 -- "only the deputy may skip this step" --> S4("(S//NF) Station checks the requester")\n'
            "```\n"
            "%% (U) Drawn for the duty officer handbook.\n"
            "%% The handbook copy on the open network leaves out the palace step on purpose.\n\n"
            "SECRET//NOFORN\n")


def test_mermaid_labels_with_tilde_fence_and_decision_nodes() -> None:
    text = ("CONFIDENTIAL\n"
            "Flow for the motor pool, as agreed on Monday.\n"
            "~~~mermaid\n"
            "flowchart TD\n"
            '    a{"(U) Is a vehicle free?"} -- yes --> b["(U) Driver collects the keys at the gate"]\n'
            '    a -- no --> c["The spare armored car is kept at the residence garage under a cover"]\n'
            "~~~\n"
            "CONFIDENTIAL\n")
    _held(text, ["The spare armored car is kept at the residence garage under a cover",
                 "Flow for the motor pool, as agreed on Monday"],
          ["Is a vehicle free?", "Driver collects the keys at the gate"])
    # (non-example) a label whose mark does not read stays at the document's level
    garbled = text.replace('["(U) Driver', '["(UX) Driver')
    assert_withheld(garbled, "Driver collects the keys at the gate", levels=("usg",))


def test_json_lines_marked_values_are_released_unmarked_reply_is_not() -> None:
    text = ('{"type":"version","version":1}\n'
            '{"type":"channel","channel":{"name":"ops","display_name":"ops","header":"CONFIDENTIAL"}}\n'
            '{"type":"post","post":{"channel":"ops","user":"kdiaz","message":"(U) Generator test is on Thursday at 0900.",'
            '"replies":[{"user":"pwong","message":"Is it the one the militia tried to buy from the contractor last month?"},'
            '{"user":"kdiaz","message":"(U) Yes, the north one."}]}}\n'
            '{"type":"post","post":{"channel":"ops","user":"pwong","message":"(U) The fuel truck arrives at noon.\\n'
            'Its driver reports to the police informant at the checkpoint every week."}}\n'
            '{"type":"post","post":{"channel":"ops","user":"kdiaz","message":"(C) The guards at gate two were bribed."}}\n'
            "CONFIDENTIAL\n")
    _held(text, ["Is it the one the militia tried to buy from the contractor last month",
                 "Its driver reports to the police informant at the checkpoint every week",
                 "The guards at gate two were bribed"],
          ["Generator test is on Thursday at 0900", "Yes, the north one", "The fuel truck arrives at noon"])


def test_json_lines_spaced_keys_text_field() -> None:
    text = ('{"ts": "2026-11-02T09:00:00Z", "user": "amira", "text": "(U) Visa fair moved to the main hall."}\n'
            '{"ts": "2026-11-02T09:05:00Z", "user": "tomas", "text": "The hall is also where the station meets its '
            'walk-in sources on Fridays."}\n'
            '{"ts": "2026-11-02T09:07:00Z", "user": "amira", "text": "(U) Noted, thanks."}\n'
            '{"ts": "2026-11-02T09:09:00Z", "user": "system", "text": "Channel classification: SECRET"}\n')
    _held(text, ["The hall is also where the station meets its walk-in sources on Fridays"],
          ["Visa fair moved to the main hall", "Noted, thanks"])


def test_plantuml_marked_one_line_elements_are_released_multi_line_note_is_not() -> None:
    text = ("SECRET\n\n"
            "@startuml\n"
            "title (U) Convoy request approval\n"
            "participant \"Motor pool\" as MP\n"
            "participant \"Security office\" as SO\n"
            "MP -> SO : (U) request with vehicle numbers\n"
            "note over SO\n"
            "  Routes through the eastern district need the militia's permission first,\n"
            "  which we get by paying the district commander.\n"
            "end note\n"
            "SO --> MP : (U) approval within one working day\n"
            "note right of MP : Drivers are never told which route was cleared until they leave.\n"
            "@enduml\n\n"
            "SECRET\n")
    _held(text, ["Routes through the eastern district need the militia's permission first",
                 "Drivers are never told which route was cleared until they leave"],
          ["Convoy request approval", "request with vehicle numbers", "approval within one working day"])


def test_plantuml_activity_labels() -> None:
    text = ("CONFIDENTIAL\n"
            "@startuml\n"
            "start\n"
            ":(U) Guest signs in at the front desk;\n"
            ":Guest's name is run against the list the host service gave us;\n"
            ":(U) Escort takes the guest to the meeting room;\n"
            "note left : (U) Escorts wear the red badge.\n"
            "stop\n"
            "@enduml\n"
            "CONFIDENTIAL\n")
    _held(text, ["Guest's name is run against the list the host service gave us"],
          ["Guest signs in at the front desk", "Escort takes the guest to the meeting room", "Escorts wear the red badge"])
