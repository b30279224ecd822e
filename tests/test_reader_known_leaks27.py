"""Known leak classes found this session and not fixed yet: each is a strict xfail, so the suite turns red
the day a change fixes it (and the mark must go) and nobody can forget it is there.

A labelled note in a Latin-letter language whose short words English spells too is taken for English and
raises nothing: `Huom: lista on salainen.` (Finnish `on`, "is"; found by helper overred66 on the lead's
tree of 2026-12-04). The unmarked list under the (U) line of an UNCLASSIFIED e-mail is then released. A
first fix (read such a note as English only when half its words are) raised five older harness documents
whole and broke an exact reading of `Huom: seuraava kappale on salainen.` (tests/test_reader_overred62.py),
and was taken back; the right fix reads the note's own words before the English ones.
"""
import pytest

from released import assert_withheld

LIST = "The harbour master takes cash from two shipping agents to skip the customs inspection"


@pytest.mark.xfail(strict=True, reason="known leak: a Finnish note whose `on` is an English word too raises nothing")
def test_a_finnish_note_with_an_english_looking_word_states_its_level():
    text = ("From: Virtanen, Aino (LE)\nTo: Pol-Econ\nSubject: Harbour notes\nClassification: UNCLASSIFIED\n\n"
            "(U) The new ferry timetable starts on the first Monday of March.\n\n"
            f"{LIST}.\n\nHuom: lista on salainen.\n\n(U) The visa window opens on Saturday.\n\nAino\n")
    assert_withheld(text, LIST, levels=("usg", "partner", "public"))
