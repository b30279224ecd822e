"""A labelled note in another language written in Latin letters is read as that language's note even
when one of its short words is spelled like an English one ("Huom: lista on salainen": Finnish `on` is
"is"; Estonian "see on salajane"; Swedish "listan är hemlig" has none). Found by a helper on the lead's
tree (overred66's report): the note raised nothing and the unmarked list under the (U) line was released.
A note in another script keeps the old rule: an English word in it is a gloss, and the claims read it
(adv75-051: "... = last line SBU, ministry said it off the record").
"""
import pytest

from released import assert_withheld, mark_of, portion_marks

LIST = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"


def _email(note: str) -> str:
    return ("From: Virtanen, Aino (LE)\nTo: Pol-Econ\nSubject: Harbour notes\nClassification: UNCLASSIFIED\n\n"
            f"(U) {PLAIN}.\n\n{LIST}.\n\n{note}\n\n(U) The visa window opens on Saturday.\n\nAino\n")


@pytest.mark.parametrize("note", [
    "Huom: lista on salainen.",
    "Märkus: see lõik on salajane.",
    "Huom: tämä kohta on salainen, ei ulkomaille.",
])
def test_a_latin_note_with_a_word_english_spells_too_still_states_its_level(note):
    assert_withheld(_email(note), LIST, levels=("usg", "partner", "public"))


def test_an_english_note_is_still_read_by_the_claims():
    text = _email("Note: the list is on the agenda for Monday.")
    assert mark_of(portion_marks(text), PLAIN) == ("(U)", False)
