"""A labelled note in a language whose short words English spells too states its level (issue 8, helper
finnish28): `Huom: lista on salainen.` (Finnish `on`, "is"), `Uwaga: to jest tajne.` (Polish `to`), `Lura: ...
a ... na sirri ne.` (Hausa `a`). The reader took such a note for English as soon as one of its words was a
word of English, and the claims, which read English, found no text it names: the unmarked text it is about
was released at every level. The note's language is now read from its own words first
(`unresolved_scope.untranslated.note_languages`, `reader/untranslated._own_language`): a level word of a
language, every English-looking word a word of that language, and one more word of it that English does
not spell. An English sentence with a foreign-looking level word ("a secreto meeting") stays English, and
a note that negates its level in its own words ("lista ei ole salainen") states none.
"""
from __future__ import annotations

import pytest

from released import assert_withheld, mark_of, portion_marks, versions

LIST = "The harbour master takes cash from two shipping agents to skip the customs inspection"
ROSTER = "Three of the night guards at the port gate are paid by the smuggling network on the coast"


def _email(note: str, unmarked: str = LIST) -> str:
    return ("From: Virtanen, Aino (LE)\nTo: Pol-Econ\nSubject: Harbour notes\nClassification: UNCLASSIFIED\n\n"
            "(U) The new ferry timetable starts on the first Monday of March.\n\n"
            f"{unmarked}.\n\n{note}\n\n(U) The visa window opens on Saturday.\n\nAino\n")


def test_a_finnish_note_with_an_english_looking_word_states_its_level():
    # (the known leak of tests/test_reader_known_leaks27.py, found by helper overred66)
    text = ("From: Virtanen, Aino (LE)\nTo: Pol-Econ\nSubject: Harbour notes\nClassification: UNCLASSIFIED\n\n"
            "(U) The new ferry timetable starts on the first Monday of March.\n\n"
            f"{LIST}.\n\nHuom: lista on salainen.\n\n(U) The visa window opens on Saturday.\n\nAino\n")
    assert_withheld(text, LIST, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("note", [
    "Huom (Aino): koko lista on luottamuksellinen, ei jakeluun.",  # Finnish `on`
    "NB (Kadri): see nimekiri on salajane.",  # Estonian `see`, `on`
    "Uwaga: to jest tajne.",  # Polish `to`
    "Napomena: to je povjerljivo.",  # Croatian `to`
    "Let op: de lijst in de bijlage is geheim.",  # Dutch `in`
    "Nota: die lys in die e-pos is vertroulik.",  # Afrikaans `in`
    "Obs: listan under rubriken ar hemlig.",  # Swedish `under` (written without its letter a-ring)
    "Merk: listen for uke 12 er fortrolig.",  # Norwegian `for`
    "Catatan: item ini bersifat rahasia.",  # Indonesian `item`
    "Paalala: ang listahan at ang mga pangalan ay lihim.",  # Tagalog `at`
    "Lura: jerin sunayen a nan na sirri ne.",  # Hausa `a`
    "Nota: el listado es confidencial, no compartir.",  # Spanish `no`
    "Nota: la lista e riservata per ora, il testo sopra e riservato.",  # Italian `per`
    "Nota: a lista acima e sigilosa, no arquivo do setor.",  # Portuguese `a`, `no`, `do`
    "Remarque: on ne diffuse pas, la liste est confidentielle.",  # French `on`
    "Megj.: a lista titkos.",  # Hungarian `a`
    "Huom: koko lista on salainen, ks. item 4.",  # (`item` is no Finnish word: the reader cannot tell, and raises)
])
def test_a_note_in_a_language_english_shares_short_words_with_states_its_level(note):
    assert_withheld(_email(note), LIST, levels=("usg", "partner", "public"))


def test_the_note_may_come_before_the_text_it_is_about():
    text = ("Subject: port visit\nClassification: UNCLASSIFIED\n\n(U) The port visit is on Tuesday.\n\n"
            f"Uwaga: to jest tajne, nie przekazywac.\n\n{ROSTER}.\n\n(U) Cars leave the embassy at 0800.\n")
    assert_withheld(text, ROSTER, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("note", [
    "Note: the delegation held a secreto meeting with the minister on Friday.",
    "Note: a secreto meeting in Lima.",
    "Note: the geheim folder on the shared drive was renamed.",
    "Note: she said the lista on the wall was a joke.",
    "Reminder: the Salainen family moved to Turku in June.",
    "Title: lista secreto for item 4",  # (one word of Spanish, two of English only)
])
def test_an_english_note_with_a_foreign_looking_level_word_raises_nothing(note):
    text = _email(note)
    assert LIST in versions(text, ("usg",))["usg"]


@pytest.mark.parametrize("note", [
    "Huom: lista ei ole salainen.",  # Finnish
    "Uwaga: to nie jest tajne.",  # Polish
    "Let op: de lijst in de bijlage is niet geheim.",  # Dutch
    "Nota: el listado no es confidencial.",  # Spanish
    "Catatan: item ini tidak rahasia.",  # Indonesian
])
def test_a_note_that_negates_its_level_in_its_own_words_raises_nothing(note):
    text = _email(note)
    assert LIST in versions(text, ("usg",))["usg"]


def test_a_finnish_note_that_names_the_next_paragraph_raises_that_paragraph_only():
    text = ("Subject: Baltic ferry meeting\n\n(U) The ferry operators met in Turku and agreed the winter timetable.\n\n"
            "Huom: seuraava kappale on salainen.\n"
            "(U) A coast guard officer said Russian survey ships mapped the cable route twice in October.\n\n"
            "(U) I will send the attendance list on Monday.\n")
    marks = portion_marks(text)
    assert mark_of(marks, "winter timetable") == ("(U)", False)
    assert mark_of(marks, "attendance list on Monday") == ("(U)", False)
    assert mark_of(marks, "mapped the cable route")[0] == "(S)"  # (`salainen` is SECRET)


# (a bad `note_languages` entry names file and key: tests/test_rules_structure.py)


def test_a_finnish_note_that_glosses_its_level_in_english_raises_the_attachment_it_names_only():
    # (its `SECRET` is English's and no Finnish word: the claims read the note and find `Liite 3`)
    text = ("UNCLASSIFIED\nEMBASSY HELSINKI - VISIT MEMO\nSubject: Visit to the Oulu port authority\n\n"
            "1. (U) The delegation toured the new container terminal.\n"
            "2. (U) The port director asked about training for the customs dog teams.\n"
            "3. (U) Attachment 3 (port security notes) below.\n"
            "Huom. (lahetysto): Liite 3 on SALAINEN (SECRET) - ei jakeluun.\n\n"
            "ATTACHMENT 3\n"
            f"{ROSTER}.\nUNCLASSIFIED\n")
    assert_withheld(text, ROSTER, levels=("usg", "partner", "public"))
    released = versions(text, ("usg",))["usg"]
    assert "The delegation toured the new container terminal" in released
    assert "training for the customs dog teams" in released
