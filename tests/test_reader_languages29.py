"""Round 123's claims in other languages, fixed by class (issue 8): a note in a language the rules hold
names text by its place ("the part above", "the second paragraph") and states a level in its own words,
labelled or not (`reader/untranslated._points`); level words in their feminine and inflected forms
(`tajná`, `segreta`, `محرمه`); the words of Uzbek, Latvian typed without diacritics, Somali, Pashto,
Sinhala and Burmese for paragraph, part, above, below and "not for foreigners" (`rules/markings.yaml`,
`unresolved_scope`). Documents written for this test, not the corpus's wording; and what must stay released."""
import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"
LATER = "The next port committee meeting is on Friday"
ALL = ("usg", "partner", "public")


def _above(note: str) -> str:
    """A memo whose note sits right under the paragraph it names."""
    return f"UNCLASSIFIED\nPort visit notes, 2 December\n\n{PLAIN}.\n\n{SECRET}.\n{note}\n\n{LATER}.\n\nUNCLASSIFIED\n"


def _below(note: str) -> str:
    """A memo whose note sits right over the paragraph it names."""
    return f"UNCLASSIFIED\nPort visit notes, 2 December\n\n{PLAIN}.\n\n{note}\n{SECRET}.\n\n{LATER}.\n\nUNCLASSIFIED\n"


def _released_at_usg(text: str, phrase: str) -> bool:
    return phrase in versions(text, ("usg",))["usg"]


# ---------------------------------------------------------------- a note with no label that names text by its place

@pytest.mark.parametrize("note", [
    "Yuqoridagi xatboshi maxfiy, iltimos hech kimga yubormang.",  # Uzbek (Latin letters)
    "پورته برخه محرمه ده، مهرباني وکړئ ویې نه لېږئ.",  # Pashto
    "ඉහත කොටස රහසිගත තොරතුරු ය.",  # Sinhala
    "augstak esosa rindkopa ir slepena, ludzu nepārsūtīt.",  # Latvian typed without most diacritics
])
def test_an_unlabelled_note_under_the_part_it_names_raises_that_part(note):
    text = _above(note)
    assert_withheld(text, SECRET, levels=ALL)
    assert _released_at_usg(text, PLAIN)  # (placed exactly: the paragraph above it, not the whole memo)


@pytest.mark.parametrize("note", [
    "အောက်ပါ စာပိုဒ်မှာ လျှို့ဝှက်ချက်ဖြစ်သည်။",  # Burmese: the paragraph below
    "Quyidagi xatboshi maxfiy.",  # Uzbek
    "පහත ඡේදය රහසිගතයි.",  # Sinhala
])
def test_an_unlabelled_note_over_the_part_it_names_raises_it(note):
    text = _below(note)
    assert_withheld(text, SECRET, levels=ALL)
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, LATER)  # (the paragraph under it only)


def test_the_second_paragraph_in_latvian_typed_without_diacritics():
    text = (f"UNCLASSIFIED\nPort visit notes\n\n{PLAIN}.\n\n{SECRET}.\n\n{LATER}.\n\n"
            "PS otra rindkopa ir slepena -- ta ludza ostas kapteinis.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=ALL)


# ---------------------------------------------------------------- level words in their feminine and inflected forms

@pytest.mark.parametrize("note", [
    "Poznámka: predchádzajúca časť je tajná.",  # Slovak, feminine
    "Nota: la parte precedente è segreta, non inoltrare.",  # Italian, feminine
    "Fiiro: qaybta kore waa sir, fadlan ha gudbin.",  # Somali (ASCII)
    "Xusuusin: faqradda sare waa qarsoodi.",  # Somali
    "یادونه: پورته پاراګراف محرم دی.",  # Pashto
])
def test_a_labelled_note_with_the_level_in_an_inflected_word_raises_the_part_above(note):
    text = _above(note)
    assert_withheld(text, SECRET, levels=ALL)
    assert _released_at_usg(text, PLAIN)


def test_a_somali_note_about_a_topic_raises_the_paragraph_on_it():
    text = ("UNCLASSIFIED\nWeekly notes\n\nThe drought appeal in Gedo reached 60 percent of its target.\n\n"
            "On Baidoa: the regional police chief sells seized fuel back to the traders every week.\n\n"
            f"{LATER}.\n\nFiiro: faqradda ku saabsan Baidoa waa sir.\n\nUNCLASSIFIED\n")
    assert_withheld(text, "the regional police chief sells seized fuel back to the traders", levels=ALL)
    assert _released_at_usg(text, "The drought appeal in Gedo reached 60 percent")


# ---------------------------------------------------------------- not for foreigners in the notes' own words

@pytest.mark.parametrize("note", [
    "Piezime: augstak esoso rindkopu nedot arzemniekiem.",  # Latvian typed without diacritics
    "Izoh: yuqoridagi xatboshini chet elliklarga bermang.",  # Uzbek
    "Fiiro: faqradda sare lagama wadaagi karo shisheeyaha.",  # Somali
])
def test_a_note_that_keeps_sbu_text_from_foreigners_withholds_it_from_partners(note):
    text = (f"UNCLASSIFIED\nPort visit notes\n\n(U) {PLAIN}.\n\n(SBU) {SECRET}.\n{note}\n\n"
            f"(U) {LATER}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


# ---------------------------------------------------------------- what must stay released

@pytest.mark.parametrize("line", [
    "Nota: la secretaria del ministro llegará el lunes.",  # Spanish, a secretary (`secreta` + `ria`)
    "Nota: la segretaria del porto ha confermato la data.",  # Italian, a secretary
    "Napomena: tajnik lučke uprave potvrdio je sastanak.",  # Croatian, a secretary (`tajn` + `ik`)
    "Pour info, le paragraphe ci-dessous n'est plus confidentiel, il est public.",  # French, no longer
    "Maxfiy ovoz berish yakshanba kuni bo'ladi.",  # Uzbek prose, a secret ballot: no place named
])
def test_words_that_only_look_like_a_note_keep_the_memo_released(line):
    text = f"UNCLASSIFIED\nPort visit notes\n\n{PLAIN}.\n\n{line}\n\n{LATER}.\n\nUNCLASSIFIED\n"
    released = versions(text, ("usg",))["usg"]
    assert PLAIN in released and LATER in released


def test_a_long_foreign_paragraph_with_a_place_word_and_a_level_word_is_prose():
    prose = ("Ministr řekl, že v předchozí odstavec zákona o archivech se vejdou i tajné dokumenty z let "
             "devadesátých, které ministerstvo postupně zveřejňuje na svých stránkách, a že celý proces "
             "potrvá ještě nejméně tři roky, protože archiváři musí každý dokument přečíst, posoudit a "
             "zapsat do nového rejstříku, který bude veřejně přístupný všem badatelům i novinářům.")
    doc = sbu_redact.read(f"UNCLASSIFIED\nPress summary\n\n{PLAIN}.\n\n{prose}\n\nUNCLASSIFIED\n")
    assert not any(q.code == "GOVERNING_SCOPE_UNRESOLVED" for q in doc.problems)


# ---------------------------------------------------------------- a Czech or Slovak note whose `a` is "and", not English's "a"

@pytest.mark.parametrize("note", [
    "Pozn.: odstavec vyse a tabulka nize jsou duverne.",  # Czech typed without diacritics
    "Pozn. (Petra): odstavec vyse je duverny a nesmi ven.",  # Czech, the level before `a`
])
def test_a_czech_note_joined_by_a_is_read_as_czech(note):
    assert_withheld(_above(note), SECRET, levels=ALL)


def test_a_czech_note_that_says_nothing_is_secret_keeps_the_memo_released():
    text = _above("Pozn.: toto je jen pro informaci a nic tajneho.")
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, SECRET)


# ---------------------------------------------------------------- reserved by law or for someone is no level

@pytest.mark.parametrize("line", [
    "Aviso legal: reservado por la ley de propiedad intelectual.",
    "Comedor: mesa reservada para el embajador y su esposa.",
])
def test_reserved_for_someone_or_by_law_is_no_note(line):
    text = f"UNCLASSIFIED\nVisit logistics\n\n{line}\n\n{LATER}.\n\nUNCLASSIFIED\n"
    assert _released_at_usg(text, LATER)


def test_reservado_as_a_level_in_a_note_is_still_read():
    assert_withheld(_above("Nota: el párrafo anterior es RESERVADO, no reenviar."), SECRET, levels=ALL)


# ---------------------------------------------------------------- a secretary is no level (`secreta` + `ry`, `secreta` + `ría`)

@pytest.mark.parametrize("line", [
    "PRESENT: Assistant Secretary Lowe; Consul General Ruiz; notetaker",  # English, in a memo of conversation
    "Source: Secretaría de Economía, boletín 17",  # Spanish, a ministry
    "Remarque: secretaire du consul, bureau 4",  # French typed without its accent
    "Напомена: тајник амбасаде стиже у понедељак.",  # Serbian (Cyrillic), a secretary
])
def test_a_line_that_names_a_secretary_keeps_the_marked_paragraphs_as_marked(line):
    text = (f"CONFIDENTIAL\n\nMEMORANDUM OF CONVERSATION\n\n{line}\n\n(U) {PLAIN}.\n\n(C) {SECRET}.\n\n"
            "CONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    assert not any(q.code == "GOVERNING_SCOPE_UNRESOLVED" for q in doc.problems)
    assert _released_at_usg(text, PLAIN)
    assert_withheld(text, SECRET, levels=ALL)
