"""Round 107 leaked CONFIDENTIAL text at usg and partner from a contractor's report paged by separator
lines (`--- page 4 ---`): a reviewer's tracked comment said the text "on this page (p.4)" should have been
marked C, and the reader took "this page" for the comment itself. A statement that names a page of a paged
file (`this page`, `p.4`, `page 4`, `the page above`) governs every portion of that page, exactly, whatever
form the pages' lines take (`--- page 4 ---`, `- 4 -`, `Page 4 of 9` alone on its line, form feeds); when the
page cannot be told for certain, every portion the statement could mean is raised. Documents written for
this test, not the corpus's wording."""
import pytest

from released import assert_withheld, mark_of, portion_marks

HEAD = "Embassy Lusaka - Grants Quarterly Summary, Q3\nUNCLASSIFIED//SBU\n\n"
P1 = "(U) The library corner grant closed on schedule in Kabwe."
P2 = "(SBU) The ministry's procurement chief asked for a cut of the borehole contract before he signs."
P3 = "(U) Two alumni joined the regional youth leadership cohort."
SECRET = "procurement chief asked for a cut"


def paged(form: str, note: str, note_on_page: bool = False) -> str:
    """Three pages numbered 2-4 in the separator form `form` (`{n}` the number), the note under the last."""
    pages = [(2, P1), (3, P2), (4, P3)]
    if form == "footer":
        body = "".join(f"{text}\n\nPage {n} of 4\n" for n, text in pages)
        return HEAD + body + "\n" + note + "\n"
    body = "".join(form.format(n=n) + "\n" + text + "\n" for n, text in pages)
    return HEAD + body + ("" if note_on_page else "\n") + note + "\n"


FORMS = {"dashes-page": "--- page {n} ---", "equals-page": "=== Page {n} ===", "bare-dash": "- {n} -",
         "page-of": "Page {n} of 4", "bracketed": "[Page {n}]"}


@pytest.mark.parametrize("form", list(FORMS))
def test_a_note_naming_page_3_raises_that_page_exactly(form):
    text = paged(FORMS[form], "Reviewer note (p.3): this page should have been marked CONFIDENTIAL, not SBU.")
    marks = portion_marks(text)
    assert mark_of(marks, SECRET)[0] == "(C)"
    assert mark_of(marks, "library corner grant")[0] == "(U)"
    assert mark_of(marks, "alumni joined")[0] == "(U)"
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("words", ["Page 3 is CONFIDENTIAL per the RSO.", "Per the RSO, the text on page 3 should be marked C.",
                                   "pp. 3-3 are CONFIDENTIAL per the RSO."])
def test_a_page_by_its_number(words):
    text = paged(FORMS["dashes-page"], words)
    marks = portion_marks(text)
    assert mark_of(marks, SECRET)[0] == "(C)"
    assert mark_of(marks, "alumni joined")[0] == "(U)"


ON_A_PAGE = {
    "footer lines": paged("footer", "Reviewer note (p.3): this page should have been marked CONFIDENTIAL, not SBU."),
    "this page": (HEAD + "--- page 1 ---\n" + P1 + "\n--- page 2 ---\n" + P2
                  + "\nComment: this page should have been marked C.\n--- page 3 ---\n" + P3 + "\n"),
    "the page above": (HEAD + "--- page 1 ---\n" + P1 + "\n--- page 2 ---\n" + P2
                       + "\n--- page 3 ---\nComment: the page above should have been marked C.\n" + P3 + "\n"),
    "form feeds": HEAD + P1 + "\n\f" + P2 + "\nNote: this page should have been marked C.\n\f" + P3 + "\n",
}


@pytest.mark.parametrize("case", list(ON_A_PAGE))
def test_the_page_a_note_stands_on_or_names(case):
    marks = portion_marks(ON_A_PAGE[case])
    assert mark_of(marks, SECRET)[0] == "(C)"
    assert mark_of(marks, "library corner grant")[0] == "(U)"
    assert mark_of(marks, "alumni joined")[0] == "(U)"


# --- the page is not certain: every portion the statement could mean stays raised ---

RAISED = {
    "a note set apart under the last page": paged(
        FORMS["dashes-page"], "Reviewer note: this page should have been marked CONFIDENTIAL, not SBU."),
    "a page the file does not hold": paged(
        FORMS["dashes-page"], "Reviewer note (p.7): this page should have been marked CONFIDENTIAL."),
    "numbers that do not run on": (HEAD + "--- page 2 ---\n" + P1 + "\n--- page 5 ---\n" + P2 + "\n--- page 3 ---\n" + P3
                                   + "\n\nReviewer note (p.5): this page should have been marked C.\n"),
    "another document's page": paged(
        FORMS["dashes-page"], "Reviewer note: this page should have been marked C, as page 3 of the annex is."),
}


@pytest.mark.parametrize("case", list(RAISED))
def test_a_page_not_certain_raises_every_page(case):
    marks = portion_marks(RAISED[case])
    assert mark_of(marks, SECRET)[0] == "(C)"
    assert mark_of(marks, "library corner grant")[0] == "(C)"
    assert mark_of(marks, "alumni joined")[0] == "(C)"
    assert_withheld(RAISED[case], SECRET, levels=("usg", "partner"))


def test_p2_beside_this_page_on_another_page_raises_both():
    text = (HEAD + "--- page 1 ---\n" + P1 + "\n--- page 2 ---\n" + P2 + "\n--- page 3 ---\n" + P3
            + "\nComment: p.2 carries on onto this page and both should have been marked C.\n")
    marks = portion_marks(text)
    assert mark_of(marks, SECRET)[0] == "(C)"
    assert mark_of(marks, "alumni joined")[0] == "(C)"
    assert mark_of(marks, "library corner grant")[0] == "(U)"
