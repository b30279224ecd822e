"""Leaks a reviewer found in this session's claim placement (issue 8), fixed towards withholding.

Class A: a statement that names a figure's caption and "the paragraph that comments it": the commenting
paragraph need not name the figure again ("Comme on le voit, ..."), so every portion from the figure's first
mention down to the statement is raised (`reader/pointers.by_figure_mentions`), not only those naming it.
Class B: a line in capitals that carries its own portion mark in front (`(U) DELEGATION LANDS TUESDAY`) may be
the first paragraph, not a title: "the second paragraph" is counted both ways and both candidates are raised
(`reader/scope_exact.by_place_abroad`); a title with no mark in front is still not counted.
Class C: "Treat as SECRET if it goes beyond this thread" names no text for certain: the statement's fallback
(every portion) holds (`unresolved_scope.refers` counts "thread" again); "the second bullet ... beyond this
thread" still raises that bullet alone (tests/test_reader_claims31.py class C).
"""
import pytest

from released import assert_released, assert_withheld
from test_reader_claims31 import BULLETS, _email

ALL = ("usg", "partner", "public")

# ---------------------------------------------------------------- class A: the paragraph commenting a figure

PIER = "the new pier at Beira will berth two frigates from March"
LUNCH = "Coffee is served in the lobby"


@pytest.mark.parametrize("caption, comment, note", [
    ("Figure 4 : carte du port de Beira.", f"D'après la carte, {PIER}.",
     "Note : la légende de la figure 4 et le paragraphe qui la commente sont SECRET."),
    ("Schéma 2 : plan des quais de Beira.", f"Comme on le voit, {PIER}.",
     "NB : la légende du schéma 2 et le paragraphe qui le commente sont SECRET."),
])
def test_a_the_paragraph_commenting_a_figure_is_raised(caption, comment, note):
    text = f"(U) Harbour visit notes.\n(U) {caption}\n(U) {comment}\n(U) {LUNCH}.\n(U) {note}\n"
    assert_withheld(text, PIER, levels=ALL)
    assert_released(text, "Harbour visit notes")  # (above the figure: no comment of it)


def test_a_non_example_no_paragraph_after_the_statement_is_raised():
    text = (f"(U) Harbour visit notes.\n(U) Schéma 2 : plan des quais de Beira.\n(U) Comme on le voit, {PIER}.\n"
            "(U) NB : la légende du schéma 2 et le paragraphe qui le commente sont SECRET.\n"
            f"(U) {LUNCH}.\n")
    assert_withheld(text, PIER, levels=ALL)
    assert_released(text, LUNCH)


# ---------------------------------------------------------------- class B: a marked line in capitals

SHIPS = "THE ADMIRAL SAID TWO SUBMARINES WILL USE THE EAST BASIN"


@pytest.mark.parametrize("note", [
    "Σημείωση του γραφείου: η δεύτερη παράγραφος είναι απόρρητη.",
    "Shënim i zyrës: paragrafi i dytë është sekret.",
])
def test_b_a_marked_capital_line_is_counted_as_a_paragraph(note):
    text = (f"(U) DELEGATION LANDS TUESDAY MORNING\n(U) {SHIPS}.\n(U) DINNER IS AT THE RESIDENCE.\n"
            f"(U) CARS ARE BOOKED.\n(U) {note}\n")
    assert_withheld(text, SHIPS, levels=ALL)
    assert_released(text, "CARS ARE BOOKED")


def test_b_non_example_a_title_with_no_mark_in_front_is_not_counted():
    text = ("EMBASSY TIRANA - VISIT NOTES (UNCLASSIFIED)\n\n(U) The delegation lands on Tuesday morning.\n\n"
            "(U) The admiral said two submarines will use the east basin.\n\n(U) Cars are booked.\n"
            "Shënim i zyrës: paragrafi i dytë është sekret.\n")
    assert_withheld(text, "two submarines will use the east basin", levels=ALL)
    assert_released(text, "Cars are booked")


# ---------------------------------------------------------------- class C: "beyond this thread" alone

MINISTER = "The deputy minister confirmed the east basin will be dredged for submarines"


@pytest.mark.parametrize("note", [
    "Handle as SECRET should it go beyond this thread.",
    "Please treat it as SECRET if it travels outside this thread.",
])
def test_c_a_thread_named_alone_fails_closed(note):
    text = f"(U) All - notes from this morning's call.\n(U) {MINISTER}.\n(U) {note}\n"
    assert_withheld(text, MINISTER, levels=ALL)


def test_c_non_example_the_bullet_named_with_the_thread_is_raised_alone():
    text = _email("Should the 3rd bullet go past this thread, handle it as SECRET.")
    assert_withheld(text, BULLETS[2], levels=ALL)
    assert_released(text, BULLETS[3])
