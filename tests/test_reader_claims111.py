"""Round 111's first-run leaks, fixed by class (claims in free words). Documents written for this
test, not the round's wording; and what each fix must not do (non-examples, which keep text released).

Class A: a labelled note in another language states a level in its own word for other text
(`reader/untranslated.py`): the note is read whatever line breaks the file uses (CR, NEL, U+2028),
inside brackets, and when the reader already read its level word as a stamp (the note's own words
stand on both sides of it); a paragraph or item named by its number is raised exactly, marked or not.
"""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"
OTHER = "The visa window will open on Saturday for passport renewals"


def _email(note: str, newline: str = "\n") -> str:
    lines = ["From: Field, Dana (Post)", "To: Pol-Econ", "Subject: Port visit notes", "Classification: UNCLASSIFIED",
             "", "Hello all,", "", f"{PLAIN}.", "", f"{SECRET}.", "", note, "", f"{OTHER}.", "", "Dana", ""]
    return newline.join(lines)


# ---------------------------------------------------------------- class A: notes in their own language

@pytest.mark.parametrize("note", [
    "Pozn. (Marek): tieto údaje nám polícia dala ako DÔVERNÉ, prosím neposielať ďalej mimo RSO.",  # Slovak, a stamp
    "Bilješka (Ana): odlomak o rafineriji je POVJERLJIVO – izvor je ministarstvo, ne prosljeđivati.",  # Croatian
])
def test_a_level_stamp_inside_a_labelled_note_of_another_language_names_other_text(note):
    assert_withheld(_email(note), SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("newline", ["\u2028", "\u0085", "\r"])
def test_a_labelled_note_is_read_whatever_line_break_the_file_uses(newline):
    note = "ಸೂಚನೆ (ರವಿ): ಮೇಲಿನ ಪ್ಯಾರಾ ರಹಸ್ಯ – ದಯವಿಟ್ಟು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ."  # Kannada, "the paragraph above is secret"
    assert_withheld(_email(note, newline), SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("note", [
    "గమనిక (లత): పై పేరా రహస్యం, దయచేసి బయటకు పంపవద్దు.",  # Telugu
    "ਨੋਟ (ਹਰਪ੍ਰੀਤ): ਉੱਪਰਲਾ ਪੈਰਾ ਗੁਪਤ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਅੱਗੇ ਨਾ ਭੇਜੋ।",  # Punjabi
    "Nòt (Jean): paragraf anlè a se sekrè, pa voye l bay pèsonn deyò anbasad la.",  # Haitian Creole
    "Nòt (Jean): paragraf sou pò a konfidansyèl, pa pataje l.",  # Haitian Creole, confidential
])
def test_a_level_word_of_the_notes_own_language_withholds_the_text_it_may_name(note):
    assert_withheld(_email(note), SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("note", [
    "[Piezīme (A. Kalniņa): otrā rindkopa ir slepena, nesūtīt tālāk.]",  # Latvian, in brackets, lower case
    "(Pastaba (Jonas): antra pastraipa yra slapta, prašau nesiųsti toliau.)",  # Lithuanian, in parentheses
])
def test_a_note_in_brackets_is_a_labelled_note(note):
    assert_withheld(_email(note), SECRET, levels=("usg", "partner", "public"))


def test_an_item_named_by_its_number_in_an_unmarked_list_is_raised_exactly():
    text = ("From: Novak, Petra (Post)\nTo: GSO\nSubject: Tender notes\nClassification: UNCLASSIFIED\n\n"
            f"1. {PLAIN}.\n2. {SECRET}.\n3. {OTHER}.\n\n"
            "Pozn. (Petra): informace v bodě 2 jsou od policie, je to DŮVĚRNÉ, prosím nepřeposílat.\n\n"
            "Petra\n")
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))
    assert PLAIN in " ".join(versions(text, ("usg",))["usg"].split())  # (item 3 holds the note: its portion)


def test_the_last_paragraph_named_in_latvian_is_raised():
    text = ("UNCLAS RIGA 000111\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PGOV LG\nSUBJECT: NOTES\n\n"
            f"1. (U) {PLAIN}.\n\n2. (U) {OTHER}.\n\n3. {SECRET}.\n\n"
            "[Piezīme no J. Ozola: pēdējā rindkopa ir SLEPENA – avots ir policija.]\n")
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))


# non-examples: a level word of another language that states nothing about this document's text

@pytest.mark.parametrize("paragraph", [
    "ರಹಸ್ಯ ಕಾರ್ಯಾಚರಣೆ ಚಲನಚಿತ್ರ ಪ್ರದರ್ಶನ ಶನಿವಾರ ನಡೆಯಲಿದೆ",  # Kannada: a film screening, no label
    'Nòt (Jean): fim "Sekrè lanmè a" ap pase samdi a 6 è nan sant kiltirèl la',  # a quoted title
])
def test_a_level_word_in_a_title_or_unlabelled_line_keeps_the_text_released(paragraph):
    text = f"UNCLASSIFIED\nCultural notes\n\n(U) {PLAIN}.\n\n(U) {paragraph}.\n\nUNCLASSIFIED\n"
    assert PLAIN in " ".join(versions(text, ("usg",))["usg"].split())


def test_a_stamp_alone_after_its_label_is_no_note_about_other_text():
    text = f"Einstufung: VS-NUR FÜR DEN DIENSTGEBRAUCH\n\nVermerk\n\n(U) {PLAIN}.\n\n(U) {OTHER}.\n"
    assert PLAIN in " ".join(versions(text, ("usg",))["usg"].split())


# ---------------------------------------------------------------- class B: claims in English words

def _package(cover: str, divider: str) -> str:
    return ("From: Ruiz, Ana (Post)\nTo: Front office\nSubject: Visit package\nClassification: UNCLASSIFIED\n\n"
            f"{cover}\n\n"
            f"{divider.format(label='Enclosure 1', page=1)}\n{PLAIN}.\n\n"
            f"{divider.format(label='Enclosure 2', page=2)}\n{SECRET}.\n\n"
            f"{divider.format(label='', page=3).replace(' — ', ' ').replace(' - ', ' ').replace('  ', ' ')}\n"
            "The minister's deputy expects the port tender to be cancelled before the elections.\n\n"
            f"{divider.format(label='Enclosure 3', page=4)}\n{OTHER}.\n\nAna\n")


@pytest.mark.parametrize("divider", [
    "=== {label} — p. {page} ===",
    "----- {label} - Page {page} of 4 -----",
])
def test_a_cover_note_names_a_pasted_enclosure_whose_divider_carries_its_page(divider):
    cover = ("Three enclosures pasted below. Enclosure 1 is the schedule and is unclassified. Enclosure 2 (pages 2-3) "
             "is CONFIDENTIAL and should really go on the high side. Enclosure 3 is the press line.")
    text = _package(cover, divider)
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))
    assert_withheld(text, "The minister's deputy expects the port tender to be cancelled", levels=("usg",))
    usg = " ".join(versions(text, ("usg",))["usg"].split())
    assert PLAIN in usg and OTHER in usg  # (the enclosures the note does not name, in its other sentences)


def _reply(said: str) -> str:
    return ("From: Cole, Sam (Post)\nTo: Diaz, Rita\nSubject: RE: talking points\nClassification: UNCLASSIFIED\n\n"
            f"Rita - {said} Thanks.\n\nSam\n\n-----Original Message-----\nFrom: Diaz, Rita\n"
            "Subject: talking points\n\nSam, points below.\n\n"
            f"> (U) {PLAIN}.\n>\n> {SECRET}.\n")


@pytest.mark.parametrize("said", [
    "heads up, the bit you pasted from the embassy readout was classified; please pull it.",
    "the passage he cited is actually classified, so keep it off this system.",
    "the excerpt she forwarded to you is classified, so it cannot stay on this system.",
])
def test_a_reply_says_the_text_quoted_to_it_is_classified(said):
    assert_withheld(_reply(said), SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("said", [
    "None of the rows below is releasable to the Brits except the first one.",
    "none of this may be shared with foreign counterparts, apart from the opening line.",
])
def test_none_of_it_releasable_to_foreigners_withholds_it_from_the_partner(said):
    assert_withheld(_readiness(said), SECRET, levels=("partner", "public"))


def _readiness(said: str) -> str:
    return (f"From: Ito, Ken (Post)\nTo: Pol-Mil\nSubject: Readiness\nClassification: UNCLASSIFIED\n\n{said}\n\n"
            f"{PLAIN}.\n\n{SECRET}.\n\nKen\n")


# non-examples: the same words that state nothing above the text

@pytest.mark.parametrize("said", [
    "the paragraph you quoted is from a declassified report and fine to use.",
    "the text you pasted is unclassified; go ahead.",
])
def test_a_reply_that_clears_the_quoted_text_keeps_it_released(said):
    assert PLAIN in " ".join(versions(_reply(said), ("usg",))["usg"].split())


def test_none_of_it_released_to_the_public_is_no_foreign_exclusion():
    text = _readiness("None of this was released to the public before the March review.")
    assert PLAIN in " ".join(versions(text, ("partner",))["partner"].split())
