"""Over-redaction, fifth round: pages of a form-feed file under their own banners
(sbu_redact/reader/pages.py), marks in the cells of a table row (reader/cells.py), and the next
page named by a statement (reader/page_refs.py). On documents written for this test: what is now
released, and what must stay withheld."""
import pytest

import sbu_redact
from released import assert_withheld, versions

PLAIN = "The court granted the motion to extend the briefing schedule by thirty days"
PLAIN2 = "The clerk will circulate the hearing calendar for the spring term"
SECRET = "The withheld cable reports that the liaison service shared intercepts of the militia"
SECRET2 = "The source says the minister will resign before the budget vote in March"


def released(text: str, *phrases: str) -> None:
    usg = versions(text)["usg"]
    for phrase in phrases:
        assert phrase in usg, phrase


# --- pages under their own banners ---

def filing(second: str = "SECRET//NOFORN", heading: str = "CLASSIFIED APPENDIX -- EX PARTE", first_extra: str = "",
           bottom: str = "") -> str:
    return (f"UNCLASSIFIED\n\nBRIEF FOR APPELLEE\n\n{PLAIN}.\n\n{PLAIN2}.{first_extra}\n"
            f"\f{second}\n{heading}\n\nA-1. {SECRET}.\n\nA-2. {SECRET2}.\n{bottom or second}\n")


def test_a_page_under_its_own_lower_banner_is_read_at_it():
    text = filing()
    released(text, PLAIN, PLAIN2)
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    doc = sbu_redact.read(text)
    assert any(p.code == "PART_BANNER" for p in doc.problems)


def test_a_lower_page_after_a_higher_one_that_opens_an_item_of_its_own():
    text = (f"SECRET\nMEMO\n\n{SECRET}.\nSECRET\n\fUNCLASSIFIED\nAttachment 2 -- press release\n\n{PLAIN}.\n"
            "UNCLASSIFIED\n")
    released(text, PLAIN)
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("text, phrase", [
    # a lower page right after a higher one, opening no item of its own: it may go on from it
    (f"CONFIDENTIAL\nBRIEFING PAPER\n\nKey points\n{SECRET}.\nCONFIDENTIAL\n\fUNCLASSIFIED\n{SECRET2}.\n"
     "UNCLASSIFIED\n", SECRET2),
    # a paragraph cut by the page break
    (f"SECRET\nREVIEW\n\n(S) {SECRET} who con-\n\fUNCLASSIFIED\ntinued to pay {SECRET2}.\nUNCLASSIFIED\n", SECRET2),
    # a page that holds a banner of another level
    (f"UNCLASSIFIED\nNOTES\n\n{SECRET}.\nSECRET\n\fSECRET\nANNEX\n\n{SECRET2}.\nSECRET\n", SECRET),
    # an authority block on the lower page
    (f"UNCLASSIFIED\nNOTES\n\n{SECRET}.\nClassified By: J. Doe, Reason: 1.4(c)\n\fSECRET\nANNEX\n\n{SECRET2}.\n"
     "SECRET\n", SECRET),
])
def test_what_is_not_certain_keeps_the_files_level(text, phrase):
    assert_withheld(text, phrase)


def test_a_page_whose_first_line_is_not_its_banner_keeps_the_files_level():
    text = f"SECRET\n\n{SECRET}.\n\fPage 2\nUNCLASSIFIED\n{SECRET2}.\n"
    assert_withheld(text, SECRET2)


def test_the_same_words_on_a_higher_page_keep_the_higher_level():
    words = "The embassy will brief the visiting delegation on the port security plan next week"
    text = f"UNCLASSIFIED\nSUMMARY\n\n{words}.\nUNCLASSIFIED\n\fSECRET\nANNEX A\n\n{words}.\n{SECRET}.\nSECRET\n"
    assert_withheld(text, words)


# --- marks in table cells ---

def test_marks_in_later_cells_of_a_pipe_table_mark_each_cell():
    text = ("SECRET//NOFORN\nSanctions tracker\n\n| Entity | Status | Note |\n|---|---|---|\n"
            f"| Orvell Trading | (U) Designated 2022 | (U) {PLAIN} |\n"
            f"| Baskan Metals | (S//NF) Under review | (S//NF) {SECRET} |\nSECRET//NOFORN\n")
    released(text, PLAIN, "Designated 2022")
    assert_withheld(text, SECRET)
    assert_withheld(text, "Baskan Metals")  # (an unmarked cell takes the document's level)
    assert_withheld(text, "Orvell Trading")


def test_a_mark_at_the_end_of_a_cell():
    text = (f"SECRET\n| Item | Discussion | Action |\n|---|---|---|\n| 1 | {PLAIN} (U) | RM |\n"
            f"| 2 | {SECRET} (S) | NEA |\nSECRET\n")
    released(text, PLAIN)
    assert_withheld(text, SECRET)


def test_a_tab_separated_marks_column_marks_its_row():
    text = (f"CLASSIFICATION: SECRET\nID\tDate\tMark\tText\nT-101\t2018-03-02\t(U)\t{PLAIN}\n"
            f"T-102\t2018-03-04\t(S)\t{SECRET}\nCLASSIFICATION: SECRET\n")
    released(text, PLAIN, "T-101")
    assert_withheld(text, SECRET)


def test_a_bare_mark_in_a_class_column():
    text = (f"SECRET//NOFORN\n\n#  | Action | Owner | Class\n1  | {PLAIN} | Ng | U\n2  | {SECRET} | Kaur | S//NF\n"
            "\nSECRET//NOFORN\n")
    released(text, PLAIN)
    assert_withheld(text, SECRET)


def test_a_row_marked_in_every_cell_is_split():
    text = (f"CONFIDENTIAL\n\n| Project | Status |\n|---|---|\n| (U) Mombasa port scanners | (C) {SECRET} |\n"
            f"| (U) Kisumu clinics | (U) {PLAIN} |\n\nCONFIDENTIAL\n")
    released(text, PLAIN, "Mombasa port scanners")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("row", [
    f"| T-1 | (U) | {SECRET} |",  # a mark alone in a cell, no column of marks named
    f"| T-1 | (5BU) Routine | {SECRET} |",  # a garbled mark: the row stays one portion
    f"| (U) T-1 | (S) Routine | {SECRET} |",  # a row marked by its first cell with an unmarked cell
])
def test_cells_that_are_not_certain_keep_the_row(row):
    text = f"SECRET\n\n| ID | Note | Text |\n|---|---|---|\n{row}\n\nSECRET\n"
    assert_withheld(text, SECRET)


# --- the next page named by a statement ---

def book(after: str = "\fTab D (U) Press plan: one pool spray at the terminal, no questions.\n") -> str:
    return ("UNCLASSIFIED\nBRIEFING BOOK\n\nCover note (U): Tab C, on the following page, reproduces verbatim the "
            f"CONFIDENTIAL cable of 12 May.\n\nTab A (U) Schedule: {PLAIN}.\n\f\nTab C\n{SECRET}.\n\n{SECRET2}.\n{after}")


def test_the_next_page_named_with_its_part():
    text = book()
    released(text, PLAIN, "one pool spray at the terminal")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)


@pytest.mark.parametrize("text", [
    book(after=f"\fThe cable goes on: {PLAIN2}.\n"),  # the page after may go on with Tab C
    book().replace("Tab C\n", "Tab B\n"),  # the part named does not open the next page
    book().replace("on the following page", "on page 3"),  # a page by its number
])
def test_the_next_page_not_certain_keeps_the_fallback(text):
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    if "goes on" in text:
        assert_withheld(text, PLAIN2)


# --- a quotation marked at its end (reader/quotes.py) ---

QUOTED = "the prime minister has already decided to call early elections in May"
AROUND = "I would keep the first talking point as drafted yesterday"
AFTER = "we should not echo that in the press guidance"


def quoting(paragraph: str) -> str:
    return f"Classification: UNCLASSIFIED\n\nFrom: Harlan, Ivy\nTo: Ruiz, Tomas\nSubject: points\n\n{paragraph}\n\nIvy\n"


@pytest.mark.parametrize("paragraph", [
    f"(U) {AROUND}. The post's cable said ``{QUOTED} (C)'' and {AFTER}.",
    f"(U) {AROUND}. The post's cable said \u201c{QUOTED} (C)\u201d and {AFTER}.",
    f"{AROUND}. The article reads in part: \u2018{QUOTED}. (C)\u2019 And {AFTER}.",
    f"{AROUND}. The cable continues: \"{QUOTED} (C).\" And {AFTER}.",
])
def test_a_quotation_marked_at_its_end_takes_its_mark_alone(paragraph):
    text = quoting(paragraph)
    released(text, AROUND, AFTER)
    assert_withheld(text, QUOTED)


@pytest.mark.parametrize("paragraph", [
    f"(U) {AROUND}. The cable said \u201c{QUOTED} (C)\u201d and {AFTER} (S).",  # another mark, not a quotation's
    f"(U) {AROUND}. The cable said {QUOTED} (C)\u201d and {AFTER}.",  # no opening quotation mark
    f"(U) {AROUND}. The cable said \u201c(C) {QUOTED}\u201d and {AFTER}.",  # the mark opens the quotation
    f"{AROUND}'s view. The cable said {QUOTED}. (C)' And {AFTER}.",  # an apostrophe opens nothing
])
def test_a_quotation_not_certain_raises_the_whole_portion(paragraph):
    text = quoting(paragraph)
    assert_withheld(text, QUOTED)
    assert_withheld(text, AFTER)
