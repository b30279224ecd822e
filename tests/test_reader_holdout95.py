"""The leak classes of the first runs of rounds 95-101, fixed by class, on documents written for
this test (not the rounds' own). And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master has agreed to copy the night manifests for our liaison officer"
PLAIN = "The ferry timetable for the winter season was published on Monday"


def _released(text, level="usg"):
    return versions(text, (level,))[level]


def test_a_banner_at_the_foot_of_a_numbered_agenda_with_no_cable_line_marks_its_unmarked_block():
    text = ("Subject: SECRET//NOFORN - deputies prep\nWhen: Thursday 14:00\nWhere: Room 6W-114\n\n(U) Agenda\n"
            f"1. (U) {PLAIN}.\n2. (U) Any other business\n\nDial-in: secure line only, bridge 7714\n"
            f"Read-ahead:\n{SECRET}.\n\nSECRET//NOFORN\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_correction_that_names_an_item_and_a_designation_raises_the_item():
    text = ("SENSITIVE BUT UNCLASSIFIED\nWarehouse committee, 2 March\n"
            f"1. (U) {PLAIN}.\n2. (SBU) {SECRET}.\n"
            "Correction 3 March (GSO): item 2 should read SBU NOFORN. Please update your copies.\n"
            "SENSITIVE BUT UNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("layout", [
    "{plain}.\nIN THE MARGIN: WHAT THE DESK HEARS\n{secret}\n",           # a sidebar's heading in capitals
    "{plain}.\n      \u201c{secret}\u201d\n",                              # a pull quote set deeper
    "{plain}.\n______________\n1 {secret}.\n",                             # a footnote under a rule
])
def test_a_block_set_apart_from_a_marked_paragraph_takes_the_documents_level(layout):
    long_plain = PLAIN + ", and the port authority expects the new terminal to open before the spring holidays"
    text = "CONFIDENTIAL\n\nQuarterly brief\n\n(U) " + layout.format(plain=long_plain, secret=SECRET) + "CONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_each_row_of_a_tab_separated_sheet_is_its_own_portion():
    text = ("SBU//NOFORN\nName\tOffice\tNote\n(U) Ana Ruiz\tGeneral Services Office\thandles the motor pool schedule "
            "and the residential lease renewals for every new arrival at post\n"
            f"Piet Vos\tPort authority\t{SECRET}\nSBU//NOFORN\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_an_xml_element_after_one_that_closed_is_not_the_marked_elements_text():
    text = ("<?xml version=\"1.0\"?>\n<!-- SECRET -->\n<feed>\n<entry><title>(U) Ferries</title>\n"
            f"<summary>(U) {PLAIN}</summary></entry>\n<entry><title>(U) Port</title>\n"
            f"<content>{SECRET}</content></entry>\n</feed>\n<!-- SECRET -->\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("note", [
    "[Note by J. Park: {secret}]",
    "[Comment JP3: {secret}]",
    "{{Comment by J. Park: {secret}}}",
    "<<Comment (J. Park): {secret}>>",
])
def test_a_note_or_comment_with_its_author_inside_a_marked_row_is_unmarked(note):
    text = ("CONFIDENTIAL\nRow | Class | Item | Status\n"
            f"1 | (U) | Ferries | {PLAIN}\n2 | (U) | Port | on hold {note.format(secret=SECRET)}\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("block", [
    "{{{{hidden|title=More|content=\n{secret}\n}}}}",
    "{{{{collapse top|title=Notes}}}}\n{secret}\n{{{{collapse bottom}}}}",
    "```suggestion\n{secret}\n```",
])
def test_a_wiki_template_or_fenced_block_under_a_marked_paragraph_is_a_block_of_its_own(block):
    text = f"CONFIDENTIAL\n== (U) Ferries ==\n(U) {PLAIN}.\n" + block.format(secret=SECRET) + "\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("footnote", ["\\footnote{{{secret}.}}", "^[{secret}.]"])
def test_a_footnote_set_inside_a_marked_paragraph_is_unmarked(footnote):
    text = f"% CONFIDENTIAL\n(U) {PLAIN}." + footnote.format(secret=SECRET) + "\n(U) The ferries run hourly.\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("line", ["% Classification: SECRET", "Footer: SECRET//REL TO USA, GBR",
                                  "{{Classification banner|SECRET}}"])
def test_a_classification_in_a_comment_a_footer_label_or_a_wiki_banner_is_the_documents(line):
    text = f"{line}\n[Shape 1] (U) {PLAIN}\n[Connector 1 -> 2] {SECRET}\n[Shape 2] (U) The ferries run hourly\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_an_outline_node_a_tab_deeper_is_a_child_of_its_own():
    text = f"CONFIDENTIAL\n\n1 \t(U) Ferries\n\t\t(U) {PLAIN}\n\t\t\t{SECRET}\n2 \t(U) Logistics\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("quotation", [
    "BEGIN TEXT:\n{secret}.\nEND TEXT.",
    "     {secret}.",
])
def test_text_quoted_inside_a_u_paragraph_of_a_classified_cable_takes_the_cables_level(quotation):
    intro = "THE MINISTRY REPLIED IN WRITING; FOLLOWING IS THE TEXT:" if quotation.startswith(" ") else \
        "THE MINISTRY PASSED US THE FOLLOWING NOTE."
    text = ("C O N F I D E N T I A L SECTION 01 OF 01 RIGA 000777\n\nSIPDIS\n\nE.O. 13526: DECL: 11/20/2041\n"
            "TAGS: PREL, LG\nSUBJECT: (U) FERRIES\n\n"
            f"1. (U) {intro}\n" + quotation.format(secret=SECRET.upper()) + f"\n2. (U) {PLAIN.upper()}.\nTELL\n")
    assert_withheld(text, SECRET.upper())
    assert PLAIN.upper() in _released(text)


def test_a_chat_reply_that_points_below_does_not_mark_the_lines_it_points_at():
    text = ("Export of #harbour   Classification: SECRET//NOFORN\n"
            f"[09:01] Ana Ruiz: (U) {PLAIN}.\n    [09:05] Piet Vos: (U) Thanks, details below (edited)\n"
            f"    {SECRET}\n    [09:07] Ana Ruiz: (U) Noted.\nClassification: SECRET//NOFORN\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("pointer", ["(continued on page 2)", ">>> SEE REVERSE", "(Fortsetzung auf der Rueckseite)"])
def test_a_field_continued_on_the_next_page_raises_the_first_marked_field_there(pointer):
    text = ("SECRET\nINCIDENT FORM                                   Page 1 of 2\n"
            "4. (U) Date: 3 March\n5. (S) Narrative: the watch saw the sedan again near the gate\n"
            f"   {pointer}\n\nSECRET\n\f\nSECRET\nINCIDENT FORM                                   Page 2 of 2\n"
            f"6. (U) Police notified: yes, the duty sergeant at the central station took it\n   {SECRET}.\n"
            f"7. (U) {PLAIN}.\n\nSECRET\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_corrected_copys_header_line_that_names_a_paragraph_raises_it():
    text = ("UNCLAS SECTION 01 OF 01 RIGA 000778\nCORRECTED COPY - CLASSIFICATION OF PARA 2 CORRECTED TO SBU NOFORN VICE SBU\n\n"
            "SENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV, LG\nSUBJECT: (U) FERRIES\n\n"
            f"1. (U) {PLAIN.upper()}.\n\n2. (SBU) {SECRET.upper()}.\n\n3. (U) POST WILL REPORT.\nTELL\n")
    assert_withheld(text, SECRET.upper(), levels=("partner", "public"))
    assert PLAIN.upper() in _released(text, "public")


# round 102's classes (variants of rounds 97, 99 and 101), on documents written for this test

@pytest.mark.parametrize("banner", ["<note>SECRET//NOFORN</note>", "<releaseinfo>SECRET</releaseinfo>",
                                    "Klassifizierung: SECRET", "Sheet classification: SECRET"])
def test_a_banner_in_an_element_or_a_label_in_another_language_is_the_documents(banner):
    text = f"{banner}\n(U) {PLAIN}.\n\n{SECRET}.\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_markdown_footnote_definition_is_an_item_of_its_own():
    text = f"---\nclassification: CONFIDENTIAL\n---\n\n(U) {PLAIN}.[^1]\n\n[^1]: (U) Port bulletin, 2 March.\n[^2]: {SECRET}.\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_node_set_deeper_under_an_indented_marked_node_is_a_child_of_its_own():
    text = f"CONFIDENTIAL\nPlanning outline\n\n(U) Ferries\n    (U) {PLAIN}\n        {SECRET}\n(U) Logistics\n\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_quote_unquote_letter_in_a_u_paragraph_takes_the_cables_level():
    text = ("C O N F I D E N T I A L MAPUTO 000999\nE.O. 13526: DECL: 12/01/2036\nTAGS: PREL, MZ\nSUBJECT: (U) A LETTER\n\n"
            f"1. (U) THE GOVERNOR HANDED US A LETTER. TEXT FOLLOWS.\n\nQUOTE\n{SECRET.upper()}.\nUNQUOTE\n\n"
            f"2. (U) {PLAIN.upper()}.\nNWOSU\n")
    assert_withheld(text, SECRET.upper())
    assert PLAIN.upper() in _released(text)


def test_an_rtf_footnote_group_is_not_the_paragraphs_text():
    text = ("{\\rtf1\\ansi {\\header \\pard SECRET\\par}\n\\pard (U) " + PLAIN + ".{\\super\\chftn}{\\footnote\\pard "
            "{\\super\\chftn} " + SECRET + ".}\\par\n\\pard (U) The ferries run hourly.\\par\n}")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_lines_under_the_first_of_an_edited_chat_message_are_not_covered_by_its_mark():
    text = (f"Channel: ~harbour (SECRET//NOFORN)\n\n@ana 09:14\n(U) {PLAIN}\n\n@piet 09:20 (edited)\n"
            f"(U) thanks, noted, I will dial in from the annex and bring the updated roster for the weekly sync\n"
            f"{SECRET}\n\n@ana 09:22\n(U) agreed\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_correction_in_spanish_that_a_bullet_should_have_been_marked_c_withholds_it():
    text = ("Classification: CONFIDENTIAL\n\nDe: Ana Ruiz\nAsunto: (U) Reunión\n\n"
            "Corrección: el tercer punto de mi correo de ayer debió marcarse (C), no (U).\n\n"
            f"-----Mensaje original-----\n(U) Puntos:\n- (U) La reunión fue el lunes.\n- (U) Hubo café.\n- (U) {SECRET}.\n"
            "\nClassification: CONFIDENTIAL\n")
    assert_withheld(text, SECRET)


def test_a_comment_span_in_an_html_table_cell_is_not_the_cells_text():
    text = ("<html><body>\n<p>SECRET//NOFORN</p>\n<table>\n<tr><th>Item</th><th>Remarks</th></tr>\n"
            f"<tr><td>Ferries</td><td>(U) {PLAIN}</td></tr>\n"
            f"<tr><td>Port</td><td>(U) on hold<span class=\"comment\" title=\"J. Park\">{SECRET}</span></td></tr>\n"
            "</table>\n<p>SECRET//NOFORN</p>\n</body></html>\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)
