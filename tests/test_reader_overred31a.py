"""Round 130's over-redacted tool exports, fixed by class (issue 8). Documents written for this test,
not the round's wording; and what each fix must not do (text that stays withheld).

Class A: a ticket tool's classification field (`Data classification: UNCLASSIFIED`, ServiceNow; Jira's
`Custom field (Classification): UNCLASSIFIED`) is the record's classification line
(`evidence._CLASSIFICATION_LINE`): unmarked text takes its level, not doubt; a higher level there raises
the unmarked text as before.
Class B: a ticket tool's comment header (`Comment by Silva, Ana [ 03/Dec/26 10:15 ]`, Jira) is a message
header alone on its line (`structure.chat_message_header`): the mark on the line under it opens the comment,
it does not go on with the header; the unmarked comment under a marked one still takes the record's level.
Class C: an OPML outline. overred31a's `reader/opml.py` leaked (review of round 31, fixrev31d: an e-mail
quoting an OPML snippet lost its portion marks; comments, other elements, free-text attributes and later
titles or head fields were released at a node's (U)); it is removed, outlines are read as any markup file
again, and only the must-withhold tests stay (the must-release ones are dropped with it).
Class D: a single vCard's `CLASS:PUBLIC` (RFC 2426's access class, `structure.vcard_public_classes`) reads as
the card's classification line, UNCLASSIFIED: its unmarked notes are releasable; other values read as before.
Class E: a note or footnote set into a portion (`\\footnote{...}`, an XML `<note>`, `[Note by ...: ...]`) whose
text opens with a mark that reads exactly is marked by that mark (`insertions._own_marked`); one without a
mark, and a redline's moved or inserted text, is still read as unmarked.
Class F: a CSV export's banner row with quoted cells (`"SBU//NOFORN","","",""`, `"SECRET",,,`) is a banner, as
the unquoted `SECRET//NOFORN,,,` already was (`marks.MarkReader.banner_at`).
"""
import pytest
from released import assert_withheld, versions

# ---------------------------------------------------------------- class A: a ticket's classification field

NOTE_1 = "the generator in the motor pool was serviced on Tuesday morning"
NOTE_2 = "new filters for the backup generator arrive with the next pouch"
SBU_NOTE = "the generator room key is kept in the post one locker overnight"


def _servicenow(level: str, note_mark: str = "(SBU) ") -> str:
    return (f"Incident INC0104411\nNumber: INC0104411        Opened: 2026-11-28 09:00:00\n"
            f"Category: Facilities       Subcategory: Power\nData classification: {level}\n"
            f"Short description: Backup generator service\nDescription:\n{NOTE_1}.\n\nActivity:\n"
            f"2026-11-28 11:00:00 - Mensah, Kofi - Work notes\n{note_mark}{SBU_NOTE}.\n"
            f"2026-11-29 08:15:00 - Mensah, Kofi - Work notes\n{NOTE_2}.\n")


def _jira(level: str) -> str:
    return (f"[FAC-3310] Generator service\nCreated: 28/Nov/26 09:00  Updated: 29/Nov/26 08:15\nStatus: Open\n"
            f"Project: Facilities\nReporter: Mensah, Kofi  Assignee: Lund, Eva\nCustom field (Classification): {level}\n\n"
            f"Description\n{NOTE_1}.\n\nComments\nComment by Lund, Eva [ 28/Nov/26 11:00 ]\n(SBU) {SBU_NOTE}.\n\n"
            f"Comment by Mensah, Kofi [ 29/Nov/26 08:15 ]\n{NOTE_2}.\n")


def test_servicenow_data_classification_field_governs_unmarked_notes() -> None:
    text = _servicenow("UNCLASSIFIED")
    out = versions(text, ("usg",))
    assert NOTE_1 in out["usg"] and NOTE_2 in out["usg"]
    assert_withheld(text, SBU_NOTE, ("public",))


def test_jira_custom_classification_field_governs_unmarked_comments() -> None:
    text = _jira("UNCLASSIFIED")
    out = versions(text, ("usg",))
    assert NOTE_1 in out["usg"] and NOTE_2 in out["usg"]
    assert_withheld(text, SBU_NOTE, ("public",))


def test_higher_ticket_classification_still_withholds_unmarked_text() -> None:
    for text in (_servicenow("SECRET//NOFORN"), _jira("CONFIDENTIAL")):
        assert_withheld(text, NOTE_1, ("usg", "partner", "public"))
        assert_withheld(text, NOTE_2, ("usg", "partner", "public"))


def test_unmarked_ticket_without_classification_field_stays_withheld() -> None:
    text = _servicenow("UNCLASSIFIED").replace("Data classification: UNCLASSIFIED\n", "Data owner: Facilities\n")
    assert_withheld(text, NOTE_2, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class B: a ticket's comment headers

OPEN_1 = "the courier confirmed the pickup window for Thursday afternoon"
OPEN_2 = "customs released both crates after the paperwork was stamped"
SECRET_C = "the crates hold the replacement crypto units for the annex vault"


def _jira_marked(under_last: str = "") -> str:
    return ("[LOG-9021] Crate shipment to the annex\nCreated: 01/Dec/26 08:00  Updated: 03/Dec/26 17:30\n"
            "Custom field (Classification): SECRET\n\nDescription\n(U) Track the shipment of two crates.\n\n"
            "Comments\nComment by Osei, Abena [ 01/Dec/26 09:40 ]\n(U) " + OPEN_1 + ".\n\n"
            "Comment by Brandt, Jonas [ 02/Dec/26 14:05 ]\n(S) " + SECRET_C + ".\n\n"
            "Comment by Osei, Abena [ 03/Dec/26 5:30 PM ]\n(U) " + OPEN_2 + "." + under_last + "\n")


def test_marked_comments_under_jira_headers_are_their_own_portions() -> None:
    text = _jira_marked()
    out = versions(text, ("usg",))
    assert OPEN_1 in out["usg"] and OPEN_2 in out["usg"]
    assert_withheld(text, SECRET_C, ("usg", "partner", "public"))


def test_marked_comment_under_header_with_numeric_date() -> None:
    text = _jira_marked().replace("[ 01/Dec/26 09:40 ]", "[ 12/01/2026 09:40 ]")
    out = versions(text, ("usg",))
    assert OPEN_1 in out["usg"]


def test_unmarked_line_in_a_marked_comment_stays_withheld() -> None:
    rest = "the annex vault door code was changed for the delivery"
    text = _jira_marked(under_last="\n\nComment by Brandt, Jonas [ 03/Dec/26 18:00 ]\n" + rest + ".")
    assert_withheld(text, rest, ("usg", "partner", "public"))


def test_header_like_sentence_is_no_comment_header() -> None:
    # a sentence that names a comment's author goes on onto the marked line under it: doubt keeps it withheld
    text = ("SECRET\n(S) The report quoted the comment by Brandt, who said the crates hold the units and\n"
            "(U) " + OPEN_1 + ".\nSECRET\n")
    assert_withheld(text, OPEN_1, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class C: OPML outlines

NODE_1 = "buses leave the hotel for the ministry at half past eight"
NODE_2 = "lunch is hosted by the chamber of commerce in the old town"
SENSITIVE_NODE = "the deputy minister plans to resign after the summit and has told no one"


def _opml(title: str, marks: tuple[str, str, str], note: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n'
            f"    <title>{title}</title>\n  </head>\n  <body>\n"
            f'    <outline text="{marks[0]}Day one">\n'
            f'      <outline text="{marks[1]}{NODE_1}"{note}/>\n'
            f'      <outline text="{marks[2]}{SENSITIVE_NODE}"/>\n'
            f"    </outline>\n"
            f'    <outline text="{marks[1]}{NODE_2}"/>\n  </body>\n</opml>\n')


def test_opml_unmarked_child_of_marked_node_takes_the_title_level() -> None:
    text = _opml("SECRET - Visit schedule", ("(U) ", "(U) ", ""))
    assert_withheld(text, SENSITIVE_NODE, ("usg", "partner", "public"))


def test_opml_note_attribute_is_not_marked_by_the_text_mark() -> None:
    note_text = "the hotel manager reports to the security service every evening"
    text = _opml("SECRET - Visit schedule", ("(U) ", "(U) ", "(S) "), note=f' _note="{note_text}"')
    assert_withheld(text, note_text, ("usg", "partner", "public"))


def test_opml_title_case_title_is_no_banner() -> None:
    text = _opml("Unclassified - Visit schedule", ("", "", "(SBU) "))
    assert_withheld(text, NODE_1, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class D: a vCard's CLASS:PUBLIC

CARD_NOTE = "gave the alumni lecture on river trade in March and welcomes"
CARD_NOTE_2 = "visits from exchange students"
CARD_SBU = "personal mobile number is held by the protocol office only"


def _vcard(access: str, second: str = "") -> str:
    return ("BEGIN:VCARD\nVERSION:3.0\nN:Mensah;Akua;;Dr.;\nFN:Dr. Akua Mensah\nORG:University of Ghana\n"
            f"CLASS:{access}\nNOTE:Dr. Mensah {CARD_NOTE}\n  {CARD_NOTE_2} at the archive.\n"
            f"NOTE:(SBU) Her {CARD_SBU}.\nREV:2026-11-20T10:00:00Z\nEND:VCARD\n{second}")


def test_vcard_class_public_governs_unmarked_folded_note() -> None:
    text = _vcard("PUBLIC")
    out = versions(text, ("usg",))
    assert CARD_NOTE in out["usg"] and CARD_NOTE_2 in out["usg"]
    assert_withheld(text, CARD_SBU, ("public",))


def test_vcard_class_public_lower_case() -> None:
    text = _vcard("public")
    out = versions(text, ("usg",))
    assert CARD_NOTE in out["usg"]


def test_vcard_class_private_or_confidential_stays_withheld() -> None:
    for access in ("PRIVATE", "CONFIDENTIAL"):
        assert_withheld(_vcard(access), CARD_NOTE, ("usg", "partner", "public"))


def test_two_vcards_one_public_stay_withheld() -> None:
    other = "BEGIN:VCARD\nVERSION:3.0\nFN:Kwame Boateng\nNOTE:Told us the port authority will strike in May.\nEND:VCARD\n"
    assert_withheld(_vcard("PUBLIC", other), "Told us the port authority will strike in May", ("usg", "partner", "public"))


# ---------------------------------------------------------------- class E: notes and footnotes with their own mark

FOOT = "the communique was published by the ministry the same evening"
NOTE_U = "say the director's name with the stress on the first syllable"
NOTE_S = "the director is under investigation by the prosecutor's office"


def test_latex_footnote_with_its_own_mark() -> None:
    text = ("\\documentclass{article}\n\\fancyhead[C]{SECRET}\n\\begin{document}\n"
            "(U) The ministers met in Almaty on Tuesday.\\footnote{(U) " + FOOT + ".}\n\n"
            "(S) " + NOTE_S + ".\n\\end{document}\n")
    out = versions(text, ("usg",))
    assert FOOT in out["usg"]
    assert_withheld(text, NOTE_S, ("usg", "partner", "public"))


def test_xml_note_element_with_its_own_mark() -> None:
    text = ('<?xml version="1.0"?>\n<xliff version="1.2">\n<file original="toast.docx">\n'
            '<header><note>Classification: CONFIDENTIAL</note></header>\n<body>\n<trans-unit id="7">\n'
            "<source>(U) Welcome to the new library.</source>\n"
            f'<note from="PAS">(U) {NOTE_U}.</note>\n'
            f'<note from="POL">(C) {NOTE_S}.</note>\n</trans-unit>\n</body>\n</file>\n</xliff>\n')
    out = versions(text, ("usg",))
    assert NOTE_U in out["usg"]
    assert_withheld(text, NOTE_S, ("usg", "partner", "public"))


def test_unmarked_footnote_in_marked_paragraph_stays_withheld() -> None:
    text = ("\\documentclass{article}\n\\fancyhead[C]{SECRET}\n\\begin{document}\n"
            "(U) The ministers met in Almaty on Tuesday.\\footnote{" + NOTE_S + ".}\n\\end{document}\n")
    assert_withheld(text, NOTE_S, ("usg", "partner", "public"))


def test_moved_text_with_a_mark_stays_withheld() -> None:
    text = "SECRET\n(U) The ministers met in Almaty. [MOVED TO: (U) " + NOTE_S + ".] They agreed a date.\nSECRET\n"
    assert_withheld(text, NOTE_S, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class F: a CSV banner row with quoted cells

ROW_U = "Referral for a visiting choir director from Lyon"
ROW_C = "Applicant's brother works for the host intelligence service"


def _csv(banner: str) -> str:
    return (f'{banner}\n"Case","Opened","Remarks"\n"R-11","2026-10-01","(U) {ROW_U}."\n'
            f'"R-12","2026-10-02","(C) {ROW_C}."\n{banner}\n')


def test_csv_quoted_banner_row() -> None:
    for banner in ('"SBU//NOFORN","",""', '"SBU//NOFORN",,', '"SBU//NOFORN";"";""'):
        text = _csv(banner).replace(f"(C) {ROW_C}", f"(SBU//NF) {ROW_C}")
        out = versions(text, ("usg",))
        assert ROW_U in out["usg"] and ROW_C in out["usg"], banner
        assert_withheld(text, ROW_C, ("partner", "public"))


def test_csv_quoted_banner_governs_unmarked_cell() -> None:
    text = _csv('"SECRET//NOFORN","",""').replace(f"(U) {ROW_U}", ROW_U)
    assert_withheld(text, ROW_U, ("usg", "partner", "public"))


def test_csv_quoted_title_row_is_no_banner() -> None:
    text = _csv('"Referral tracker","",""').replace(f"(C) {ROW_C}", ROW_C)
    assert_withheld(text, ROW_C, ("usg", "partner", "public"))


def test_opml_comment_banner_governs_unmarked_nodes() -> None:
    text = _opml("Visit schedule", ("(U) ", "(U) ", "")).replace("<opml", "<!-- SECRET//NOFORN -->\n<opml", 1)
    assert_withheld(text, SENSITIVE_NODE, ("usg", "partner", "public"))


# ---------------------------------------------------------------- fixrev31d: what the OPML reader leaked (must withhold)

SECRET_NODE = "the envoy will carry a private letter from the king to the rebel commander"
SBU_LINE = "the driver's home address is on the motor pool roster in the annex"


def _outline(head: str = "<title>Visit schedule</title>", body: str = "") -> str:
    return ('<?xml version="1.0"?>\n<opml version="2.0">\n<head>\n' + head + "\n</head>\n<body>\n"
            f'<outline text="(U) {NODE_1}"/>\n' + body + "</body>\n</opml>\n")


def test_email_quoting_an_opml_snippet_keeps_its_confidential_paragraph() -> None:
    text = ("From: Lund, Eva\nTo: Mensah, Kofi\nSubject: outline export\nClassification: UNCLASSIFIED\n\n"
            f"(C) {SECRET_NODE}.\n\n(U) The export is below.\n\n"
            '<opml version="2.0"><head><title>Plan</title></head><body>\n'
            f'<outline text="(U) {NODE_2}"/>\n</body></opml>\n')
    assert_withheld(text, SECRET_NODE, ("usg", "partner", "public"))


def test_note_quoting_an_opml_snippet_keeps_its_sbu_paragraph() -> None:
    text = (f"Subject: planner\nClassification: UNCLASSIFIED\n\n(SBU) {SBU_LINE}.\n\n(U) Paste of the planner file:\n"
            '<opml version="1.0"><head><title>Plan</title></head><body>\n<outline text="(U) Day one"/>\n</body></opml>\n')
    assert_withheld(text, SBU_LINE, ("public",))


# class 2 comments, class 3 other elements, class 4 free-text attributes, class 5 every title and head field
@pytest.mark.parametrize(("head", "body"), [
    pytest.param("<title>SECRET - Visit schedule</title>", f"<!-- {SECRET_NODE} -->\n",
                 id="comment_in_body_takes_the_outline_level"),
    pytest.param("<title>Visit schedule</title>", f"<!-- (S//NF) {SECRET_NODE} -->\n",
                 id="comment_with_its_own_mark_stays_withheld"),
    pytest.param("<title>SECRET - Visit schedule</title>", f'<node text="{SECRET_NODE}"/>\n',
                 id="other_element_on_its_line_takes_the_outline_level"),
    pytest.param("<title>CONFIDENTIAL - Visit schedule</title>", f'<item label="{SECRET_NODE}"/>\n',
                 id="unknown_element_attribute_takes_the_outline_level"),
    pytest.param("<title>SECRET - Visit schedule</title>", f'<outline text="(U) Day two" category="{SECRET_NODE}"/>\n',
                 id="free_text_category_takes_the_outline_level"),
    pytest.param("<title>SECRET - Visit schedule</title>", f'<outline text="(U) Day two" type="{SECRET_NODE}" url="http://x.example/{SBU_LINE}"/>\n',
                 id="free_text_url_or_type_takes_the_outline_level"),
    pytest.param("<title>UNCLASSIFIED - Visit schedule</title>\n<title>SECRET//NOFORN - Visit schedule</title>", f'<outline text="{SECRET_NODE}"/>\n',
                 id="second_title_raises_the_outline"),
    pytest.param("<title>UNCLASSIFIED - Visit schedule</title>\n<ownerName>SECRET//NOFORN</ownerName>", f'<outline text="{SECRET_NODE}"/>\n',
                 id="owner_field_banner_raises_the_outline"),
])
def test_opml_text_outside_node_marks_takes_the_outline_level(head: str, body: str) -> None:
    assert_withheld(_outline(head, body), SECRET_NODE, ("usg", "partner", "public"))


def test_suggested_insertion_in_secret_paragraph_stays_withheld() -> None:
    text = (f"SECRET//NOFORN\n(S//NF) The talks stalled. [Suggested insertion by R. Cole: (U) {SECRET_NODE}.] "
            "The delegation left.\nSECRET//NOFORN\n")
    assert_withheld(text, SECRET_NODE, ("usg", "partner", "public"))


def test_handwritten_insertion_in_confidential_paragraph_stays_withheld() -> None:
    text = (f"CONFIDENTIAL\n(C) The talks stalled. [Handwritten insertion, K. Ross: (U) {SECRET_NODE}.] "
            "The delegation left.\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET_NODE, ("usg", "partner", "public"))
