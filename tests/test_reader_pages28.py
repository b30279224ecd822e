"""One page map per document (issue 8: "the same concept implemented twice"). The reader found the
pages of a document, and the page a statement names, in five places with five ideas of a page line;
`reader/pages.PageMap` now holds them all (form feeds, `Page 2 of 3`, `- 2 -`, `--- page 4 ---`,
`--- Water board minutes, page 2 ---`), made once per reading and only when asked, and every place
that reads pages asks it. Its vocabulary is one entry, `structure.page_forms` of rules/markings.yaml,
checked on load (tests/test_rules_structure.py).
Documents written for this test."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import sbu_redact
from released import assert_withheld, mark_of, portion_marks
from sbu_redact.config import as_rules
from sbu_redact.reader.pages import PageMap, alone_on_its_line, page_map
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

ALL = ("usg", "partner", "public")
HEAD = "Consulate Brno - Water Board Visit Notes\nUNCLASSIFIED//SBU\n\n"
# the pages' text: one page each
TOUR, TENDER, SPRING, LUNCH = ("(U) The delegation toured the pumping station at Svratka.",
                               "(SBU) The deputy director named two staff he suspects of selling tender documents.",
                               "(U) A follow-up visit is planned for the spring.", "(U) Lunch was hosted by the regional governor.")
LEAKED = "suspects of selling tender documents"
_G = as_rules(None).grammar


def _reading(text: str) -> Reading:
    return Reading(view_of(text), _G)


def _fed(note: str) -> str:
    """Four pages split by form feeds, each with its number at its foot; `note` above the first."""
    pages = [TOUR, TENDER, SPRING, LUNCH]
    return HEAD + note + "\n\n" + "\f".join(f"{text}\n\nPage {n} of 4\n" for n, text in enumerate(pages, 1))


def _headed(note: str, head: str) -> str:
    """Three pages under the lines that head them (`head`, `{n}` the number), `note` above them."""
    pages = [TOUR, TENDER, SPRING]
    return HEAD + note + "\n\n" + "".join(f"{head.format(n=n)}\n{text}\n" for n, text in enumerate(pages, 1))


# ---------------------------------------------------------------- the map itself

def test_the_map_reads_form_feeds_and_their_page_numbers():
    r = _reading(_fed("NOTE: nothing here."))
    pages = page_map(r)
    assert page_map(r) is pages  # (once per reading)
    assert len(pages.feeds) == 4
    assert [n for n, _, _ in pages.numbered_feeds] == [1, 2, 3, 4]
    assert all(r.text[lo:hi].rstrip().endswith(f"Page {n} of 4") for n, lo, hi in pages.numbered_feeds)


def test_a_page_without_its_number_leaves_the_feeds_unnumbered():
    text = HEAD + TOUR + "\n\nPage 1 of 3\n\f" + TENDER + "\n\f" + SPRING + "\n\nPage 3 of 3\n"
    pages = page_map(_reading(text))
    assert len(pages.feeds) == 3 and pages.numbered_feeds is None  # (which page is which: not certain)


def test_a_page_with_two_numbers_leaves_the_feeds_unnumbered():
    text = HEAD + TOUR + "\n\nPage 1 of 2\n\f" + TENDER + "\nPage 2 of 2\nPage 5 of 9\n"
    assert page_map(_reading(text)).numbered_feeds is None


@pytest.mark.parametrize("form", ["--- page {n} ---", "- {n} -", "Page {n} of 3", "[Seite {n}]", "=== p. {n} ==="])
def test_the_map_reads_the_lines_that_give_a_page_number_alone(form):
    pages = page_map(_reading(_headed("Notes taken by the visit officer.", form)))
    assert [n for n, _, _ in pages.marker_lines] == [1, 2, 3]
    assert pages.feeds == [] and pages.numbered_feeds is None


@pytest.mark.parametrize("form", ["--- Water board minutes, page {n} ---", "[Page {n} of 3]", "=== หน้า {n} ===",
                                  "--- Zapis, strana {n} ---"])
def test_the_map_reads_the_lines_that_head_a_page(form):
    assert [n for n, _ in page_map(_reading(_headed("Notes.", form))).head_lines] == [1, 2, 3]


def test_a_document_without_pages_has_an_empty_map():
    pages = page_map(_reading(HEAD + TOUR + "\n" + TENDER + "\n"))
    assert (pages.feeds, pages.numbered_feeds, pages.marker_lines, pages.head_lines) == ([], None, [], [])


@pytest.mark.parametrize("line, alone", [("Page 2 of 3", True), ("  - 4 -", True), ("page 12", True),
                                         ("Page 2 is SECRET", False), ("-- page 2 --", False), ("p. 4", False)])
def test_a_page_number_alone_on_its_line_as_a_memo_reads_it(line, alone):
    assert alone_on_its_line(_G, line) is alone


# ---------------------------------------------------------------- statements that name pages

def test_pages_by_number_across_form_feeds_are_raised_exactly():
    text = _fed("NOTE: pages 2-3 are CONFIDENTIAL.")
    marks = portion_marks(text)
    assert mark_of(marks, LEAKED)[0] == "(C)"
    assert mark_of(marks, "follow-up visit")[0] == "(C)"
    assert mark_of(marks, "pumping station")[0] == "(U)"
    assert mark_of(marks, "regional governor")[0] == "(U)"
    assert_withheld(text, LEAKED, levels=ALL)


def test_one_page_by_its_number_across_form_feeds():
    marks = portion_marks(_fed("NOTE: page 2 is CONFIDENTIAL."))
    assert mark_of(marks, LEAKED)[0] == "(C)"
    assert mark_of(marks, "follow-up visit")[0] == "(U)"


def test_p4_under_page_of_lines_raises_that_page():
    text = (HEAD + TOUR + "\n\nPage 1 of 3\n" + TENDER + "\n\nPage 2 of 3\n" + SPRING + "\n\nPage 3 of 3\n\n"
            "Comment (p.2): should be CONFIDENTIAL.\n")
    marks = portion_marks(text)
    assert mark_of(marks, LEAKED)[0] == "(C)"
    assert mark_of(marks, "pumping station")[0] == "(U)"
    assert mark_of(marks, "follow-up visit")[0] == "(U)"


def test_this_page_under_dash_number_lines():
    text = (HEAD + "- 1 -\n" + TOUR + "\n- 2 -\n" + TENDER + "\n\nReviewer: this page should have been marked SECRET.\n"
            "- 3 -\n" + SPRING + "\n")
    marks = portion_marks(text)
    assert mark_of(marks, LEAKED)[0] == "(S)"
    assert mark_of(marks, "pumping station")[0] == "(U)"
    assert mark_of(marks, "follow-up visit")[0] == "(U)"


@pytest.mark.parametrize("note, head", [
    ("Note: pages 2-3 below are CONFIDENTIAL.", "--- Water board minutes, page {n} ---"),
    ("หมายเหตุ: หน้า 2-3 ด้านล่างเป็นข้อมูลลับ", "=== หน้า {n} ==="),  # Thai, a page word the rules have
    ("Pozn.: strany 2 az 3 nize jsou duverne.", "--- Zapis, strana {n} ---"),  # Czech without diacritics
])
def test_pages_named_under_the_lines_that_head_them(note, head):
    text = _headed(note, head)
    marks = portion_marks(text)
    assert mark_of(marks, LEAKED)[0] == "(C)"
    assert mark_of(marks, "follow-up visit")[0] == "(C)"
    assert mark_of(marks, "pumping station")[0] == "(U)"
    assert_withheld(text, LEAKED, levels=ALL)


def test_czech_pages_joined_by_a_are_raised():  # (the note's `a` is Czech's "and", round 123: `note_languages.czech`)
    assert_withheld(_headed("Pozn.: strany 2 a 3 nize jsou duverne.", "=== Page {n} of 3 ==="), LEAKED, levels=ALL)


# ---------------------------------------------------------------- when the page is not certain: raised (fail closed)

@pytest.mark.parametrize("text", [
    # the figures on a page: other text named beside the page
    _fed("NOTE: the figures on page 2 are SECRET."),
    # page numbers that do not run on
    HEAD + "--- page 2 ---\n" + TOUR + "\n--- page 5 ---\n" + TENDER + "\n--- page 3 ---\n" + SPRING
    + "\nNote (p.5): this page should have been marked SECRET.\n",
    # a page the file does not hold
    _headed("Note: page 7 should have been marked SECRET.", "--- page {n} ---"),
    # pages named some other way
    _headed("Note: these pages should have been marked SECRET.", "--- page {n} ---"),
    # a form-feed page without its number
    HEAD + "NOTE: page 2 is SECRET.\n\n" + TOUR + "\n\nPage 1 of 3\n\f" + TENDER + "\n\f" + SPRING + "\n\nPage 3 of 3\n",
], ids=["figures", "not-running-on", "not-held", "these-pages", "unnumbered-feed"])
def test_a_page_not_told_for_certain_stays_raised(text):
    assert_withheld(text, LEAKED, levels=ALL)
    assert sbu_redact.read(text).portions  # (read, not refused)


# ---------------------------------------------------------------- the map is the one reader of page lines

READER = Path(sbu_redact.__file__).parent / "reader"
PAGE_PLACES = ["page_refs.py", "pointers.py", "scope_exact.py", "scope.py", "governing.py", "marks.py", "memo.py",
               "continued.py"]
# what reads page lines or looks for form feeds (a form feed as one more line end is no page): only `pages.py`
_READS_PAGES = re.compile(r"page_marker\.compiled|scope_page_line|page_forms_|\\x0c\"[ \t]+(?:not[ \t]+)?in\b|== \"\\x0c"
                          r"|_PAGE_LABEL|PAGE_LINE\b"
                          r"|def (?:_pages|page_lines|_page_named)\b|[\"']\(\?i[m]?\)\^?\[ \\\\t\\\\-\]\*page")


@pytest.mark.parametrize("name", PAGE_PLACES)
def test_every_page_place_asks_the_page_map(name):
    source = (READER / name).read_text(encoding="utf-8")
    assert not _READS_PAGES.search(source), name


def test_only_the_page_map_compiles_the_page_vocabulary():
    for path in READER.glob("*.py"):
        if path.name == "pages.py":
            continue
        source = path.read_text(encoding="utf-8")
        assert "page_forms_" not in source and "scope_page_line" not in source, path.name
        assert "page_marker.compiled" not in source, path.name
    assert isinstance(page_map(_reading("x")), PageMap)
