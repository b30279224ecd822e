"""The structure leak classes of rounds 103 and 105's first runs, fixed by class (helper insert25),
on short documents written for this test (not the rounds' own): a note, footnote or comment set into
a marked portion in any markup's syntax; an edited chat message in any export's form; a log's
four-figure time; a sentence under a short marked line (a cable's annex, a form's field); a field
continued on another page. And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master has agreed to copy the night manifests for our liaison officer"
PLAIN = "The ferry timetable for the winter season was published on Monday"
ADDED = "also the harbour master has agreed to copy the night manifests for our liaison officer"  # (a line that wraps on)


def _released(text, level="usg"):
    return versions(text, (level,))[level]


@pytest.mark.parametrize("note", [
    "[fn:harbour: {secret}.]",                                          # Org-mode, a named inline footnote
    '<note type="editorial" resp="#jk">{secret}.</note>',               # TEI, a note element
    '<ref name="hm">{secret}.</ref>',                                   # MediaWiki, a named ref
    "<fn>{secret}.</fn>",                                               # DITA, a footnote element
    "<text:note text:note-class=\"endnote\"><text:note-body>{secret}.</text:note-body></text:note>",  # ODF
    "<!-- {secret} -->",                                                # an HTML comment
    "@footnote{{{secret}, see @ref{{Annex}}.}}",                        # Texinfo, braces inside
    "\\marginpar{{{secret}}}",                                          # LaTeX, a margin note
    "\\endnote{{{secret}}}",                                            # LaTeX, an endnote
    "#footnote[{secret}]",                                              # Typst
    "{{{{efn|{secret}.}}}}",                                            # a MediaWiki explanatory footnote template
    "(({secret}.))",                                                    # DokuWiki
    "[note]{secret}.[/note]",                                           # BBCode
    "footnote:harbour[{secret}.]",                                      # AsciiDoc, a footnote with an id
    '<span class="gdoc-footnote">{secret}.</span>',                     # a footnote's span
])
def test_a_footnote_or_note_in_any_markup_inside_a_marked_paragraph_is_not_marked_by_it(note):
    text = ("SECRET\nPort notes\n\n(U) " + PLAIN + " " + note.format(secret=SECRET)
            + " The new pier opens in April.\n\n(U) The pilots' strike ended on Friday.\n\nSECRET\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_link_element_is_not_a_note():
    text = ('<?xml version="1.0"?>\n<TEI><teiHeader><p>SECRET</p></teiHeader><text><body>\n'
            f'<p>(U) {PLAIN}, as <ref target="#annex">the annex</ref> shows.</p>\n</body></text></TEI>\n')
    assert "the annex" in _released(text)


@pytest.mark.parametrize("comment", [
    "[Comment: {secret}]",                                  # a sheet's comment in brackets, no author
    "[Reviewer's note: {secret}]",                          # a reviewer's note
    "[Suggested\nchange by P. Okafor: {secret}]",           # a suggestion whose label wraps
])
def test_a_bracketed_comment_inside_a_marked_portion_is_read_as_unmarked(comment):
    text = ("CONFIDENTIAL\nDraft points\n\n1. (U) " + PLAIN + " " + comment.format(secret=SECRET)
            + ".\n2. (U) Thank the mayor for the visit.\n\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("cell", [
    "(U) lunch confirmed; Note from K. Addo: {secret}",
    "(U) lunch confirmed -- Comment (K. Addo): {secret}",
])
def test_a_comment_with_its_author_inside_a_table_cell_is_read_as_unmarked(cell):
    text = ("Tab: SECRET - visits\n\n| # | Who | Status |\n|---|-----|--------|\n"
            f"| 1 | Harbour master | {cell.format(secret=SECRET)} |\n| 2 | Pilots | (U) {PLAIN} |\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


@pytest.mark.parametrize("header", [
    "Okafor, Ngozi [14:02] (edited):",          # a header's marker before its colon
    "Okafor, Ngozi - 14:02 - Edited",           # after a dash
    "Okafor, Ngozi · 14:02 (edited 14:05)",     # with the edit's time
    "Okafor, Ngozi [14:02] [bewerkt]:",         # Dutch, in brackets
])
def test_lines_added_under_an_edited_chat_message_are_not_marked_by_its_first_line(header):
    text = ("Chat: SECRET - port cell\n\nMensah, Kofi [13:58]:\n(U) " + PLAIN + "\n"
            f"{header}\n(U) the debrief is booked for room 4 at the terminal, with the port captain and two pilots\n"
            f"{ADDED}\nMensah, Kofi [14:06]:\n(U) thanks\n")
    assert_withheld(text, ADDED)
    assert PLAIN in _released(text)


def test_an_unmarked_entry_of_a_watch_log_with_four_figure_times_is_its_own_portion():
    text = ("SECRET//NOFORN\nPORT WATCH LOG\n"
            f"1905Z (U) {PLAIN}.\n2240Z Harbour: {SECRET},\n      and the tug crews were told.\n"
            "0115Z (U) Quiet night, no traffic.\nSECRET//NOFORN\n")
    assert_withheld(text, SECRET)
    assert PLAIN in _released(text)


def test_a_cables_short_marked_paragraph_does_not_mark_the_sentence_on_the_line_under_it():
    text = ("S E C R E T SECTION 01 OF 01 VALLETTA 000321\n\nSIPDIS\n\nE.O. 13526: DECL: 12/02/2036\n"
            "TAGS: PREL, MT\nSUBJECT: (U) PORT VISIT\n\nCLASSIFIED BY: CDA A. Borg for reasons 1.4 (b) and (d).\n\n"
            "1. (U) The harbour authority confirmed the schedule for the visit of the destroyer to the Grand\n"
            "Harbour on 14 December, with berthing at the cruise terminal for three days and liberty ashore.\n\n"
            "ANNEX: PORT OFFICIALS\n(U) Joseph Camilleri, harbour master since 2019.\n"
            f"{SECRET} during the visit.\n\nBORG\n")
    assert_withheld(text, SECRET)


def test_a_sentence_under_a_forms_marked_field_that_it_would_have_fitted_is_not_the_fields():
    text = ("SECRET\nREQUEST FOR VESSEL ACCESS (FORM 77-B)\n\n"
            "1. Port: (U) Valletta\n2. Vessel: (U) USNS Supply\n"
            "9. Justification: (U) Resupply of the visiting destroyer and her two escorts.\n"
            "Port security also reports that the harbour master has agreed to copy the night\n"
            "manifests for our liaison officer before each sailing from the Grand Harbour.\n"
            "10. Approved by: (U) Defense attache\nSECRET\n")
    assert_withheld(text, "the harbour master has agreed to copy the night")
    assert "USNS Supply" in _released(text)


@pytest.mark.parametrize("note, page, label", [
    ("(contd p. 3)", "- 3 -", "Item 6 (cont.):"),
    ("(cont'd overleaf)", "[Page 2 of 2]", "CONTINUATION OF ITEM 6 -"),
])
def test_a_fields_text_continued_on_another_page_under_its_label_is_not_the_field_above(note, page, label):
    text = ("CONFIDENTIAL\nHARBOUR SECURITY REFERRAL\n\n"
            "Item 5 (U) Vessel: MV Sliema Star, general cargo\n"
            f"Item 6 (C) Concern: the master has been seen meeting the agent {note}\n"
            "Item 7 (U) Inspector: on file\n\n"
            f"{page}\n"
            f"Item 7 (U) continued: {PLAIN}\n"
            f"{label}\n{ADDED}.\nCONFIDENTIAL\n")
    assert_withheld(text, ADDED)
    assert PLAIN in _released(text)  # (the continued field is the labelled one, not the first marked)
