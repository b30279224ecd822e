"""Round 104's largest first-run class, fixed by class: a note in a language the claims do not
read states a level in marking shape for other text ("Son paragraf GİZLİDİR (C)", "第3条属于
机密(CONFIDENTIAL)"), so what it names cannot be found and every portion is raised for a
reviewer (`reader/untranslated.py`). Documents written for this test, in languages and forms the
round did not use; and what such a note must not do."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"


def _memo(note: str) -> str:
    return f"UNCLASSIFIED\nPort visit notes, 2 December\n\n(U) {PLAIN}.\n\n{SECRET}.\n\n{note}\n\nUNCLASSIFIED\n"


@pytest.mark.parametrize("note", [
    "Märkus (Kadri, LES): ülemine lõik on SALAJANE (SECRET), palun mitte edasi saata.",  # Estonian
    "Athugasemd: efsta málsgreinin er TRÚNAÐARMÁL (CONFIDENTIAL). Ekki áframsenda.",  # Icelandic, a sentence on
    "注：上記の段落は機密(SECRET)です。転送しないでください。",  # Japanese, glued to the level
    "ໝາຍເຫດ: ຂໍ້ຄວາມຂ້າງເທິງ ແມ່ນ SECRET//NOFORN ຫ້າມສົ່ງຕໍ່",  # Lao
    "Àkíyèsí: ìpínrọ̀ kejì jẹ́ CONFIDENTIAL, ẹ má ṣe fi ránṣẹ́ síta.",  # Yoruba, combining marks
])
def test_a_classified_level_in_a_note_of_another_language_withholds_the_unmarked_text(note):
    assert_withheld(_memo(note), SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("note", [
    "குறிப்பு: மேலே உள்ள பத்தி SBU, வெளியிட வேண்டாம்.",  # Tamil
    "Megjegyzés (Zsófi): a fenti bekezdés SBU, kérem ne küldjék tovább.",  # Hungarian
])
def test_sbu_in_a_note_of_another_language_withholds_the_unmarked_text_from_the_public(note):
    assert_withheld(_memo(note), SECRET, levels=("public",))


def test_noforn_in_a_note_of_another_language_withholds_the_text_from_partners():
    note = "Shënim (Arta): paragrafi sipër është SBU NOFORN, mos e ndani me partnerët."  # Albanian
    assert_withheld(_memo(note), SECRET, levels=("partner", "public"))


def test_a_raising_correction_keeps_the_control_it_names():
    text = (f"UNCLASSIFIED\nBoard minutes\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n"
            "3. (U) Next meeting on 10 December.\n\n"
            "CORRECTION (secretary, 3 Dec): item 2 of these minutes should have been marked SBU NOFORN, not U.\n\n"
            "UNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("paragraph", [
    "Die Schulung zum Umgang mit SECRET-Dokumenten findet am Montag im Saal B statt.",  # a compound noun
    "Le stage couvre les points (a), (b) et (c) du programme de formation.",  # list letters, no marks
])
def test_a_paragraph_of_another_language_that_only_mentions_a_level_keeps_the_rest_released(paragraph):
    text = f"UNCLASSIFIED\nTraining notes\n\n(U) {PLAIN}.\n\n(U) {paragraph}\n\nUNCLASSIFIED\n"
    assert PLAIN in versions(text, ("usg",))["usg"]


def test_a_level_alone_in_a_cell_of_a_foreign_roster_is_no_note():
    text = ("UNCLASSIFIED\nLista de capacitación\n\n(U) Nombre\tCargo\tCurso\n"
            "(U) Ana Ruiz\tAsistente\tManejo de SBU básico\n\n"
            f"(U) {PLAIN}.\n\nUNCLASSIFIED\n")
    assert PLAIN in versions(text, ("usg",))["usg"]


@pytest.mark.parametrize("note", [
    "Poznámka prekladateľa: položka vyššie je tajné, neposielať ďalej.",  # Slovak, the level's own word
    "Σημείωση: η παραπάνω παράγραφος είναι απόρρητη, μην την προωθήσετε.",  # Greek
    "Huomautus: yllä oleva kappale on salainen - ei jakeluun.",  # Finnish
    "ማስታወሻ፦ ከላይ ያለው አንቀጽ ምስጢራዊ ነው።",  # Amharic
])
def test_a_level_in_the_notes_own_word_withholds_the_unmarked_text(note):
    assert_withheld(_memo(note), SECRET, levels=("usg", "partner", "public"))


def test_a_foreign_word_for_secret_in_an_english_sentence_is_no_claim():
    text = (f"UNCLASSIFIED\nReading list\n\n(U) {PLAIN}.\n\n"
            "(U) The novel El secreto de sus ojos is on the list for the book club this month.\n\nUNCLASSIFIED\n")
    assert PLAIN in versions(text, ("usg",))["usg"]


def test_noforn_in_lower_case_said_of_the_bit_about_a_topic_withholds_that_text_from_partners():
    text = ("UNCLASSIFIED//SBU\nVisit schedule notes\n\n(SBU) Sat: arrival at 0615 on the military aircraft.\n\n"
            f"(SBU) Sat dinner: {SECRET}.\n\n(SBU) Sun: wheels up at 1400.\n"
            "margin (control officer): the bit abt the harbour master is noforn, dont share w/ the hosts\n\n"
            "UNCLASSIFIED//SBU\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_a_note_in_latin_letters_with_digits_for_sounds_and_a_label_of_several_words_is_read():
    note = "nb mel Karim: el 7aja mta3 el port rahi sirriya, ma tab3athhech lel partenaires."  # Arabizi
    assert_withheld(_memo(note), SECRET, levels=("usg", "partner", "public"))
