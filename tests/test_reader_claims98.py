"""The classes of round 98's first-run leaks (claims in free words), fixed by class, on documents
written for this test: a designation or level said in capitals with another language's copula
(before it, "er SBU", or after it, "CONFIDENTIAL हो"), a Slovenian level word, an Uzbek numbered
item, a divider heading an attachment a cover note classifies, and "its S" without its
apostrophe. And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"


@pytest.mark.parametrize("note", [
    "Bemaerkning: afsnittet ovenfor er SBU, ikke til pressen.",  # Danish: the section above is SBU
    "Fanamarihana: ny andininy teo aloha dia SBU.",  # Malagasy: the paragraph before is SBU
    "Fiiro gaar ah: qoraalka sare waa SBU, ha u dirin cid kale.",  # Somali: the text above is SBU
    "ማሳሰቢያ: ከላይ ያለው አንቀጽ SBU ነው።",  # Amharic: the paragraph above is SBU
    "မှတ်ချက် - အပေါ်က စာပိုဒ် SBU ပါ။",  # Burmese: the paragraph above is SBU
])
def test_sbu_said_with_a_copula_of_another_language_withholds_the_text_from_the_public(note):
    text = f"UNCLASSIFIED\nPort visit notes\n\n(U) {PLAIN}.\n\n(U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n"
    assert_withheld(text, SECRET, levels=("public",))


@pytest.mark.parametrize("note", [
    "Merknad: avsnittet over er SBU NOFORN, ikke del med partnere.",  # Norwegian
    "შენიშვნა: ზედა ჩანაწერი არის SBU NOFORN.",  # Georgian: the entry above is SBU NOFORN
])
def test_sbu_noforn_said_with_a_copula_of_another_language_withholds_the_text_from_partners(note):
    text = f"UNCLASSIFIED\nPort visit notes\n\n(U) {PLAIN}.\n\n(U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", [
    "टिप्पणी: माथिको अनुच्छेद CONFIDENTIAL हो।",  # Nepali: the paragraph above is CONFIDENTIAL
    "नोट: ऊपर वाला पैराग्राफ SECRET है।",  # Hindi: the paragraph above is SECRET
    "Opomba: zgornji odstavek je ZAUPNO, ne posiljati naprej.",  # Slovenian: the paragraph above is CONFIDENTIAL
    "Izoh: 2-band MAXFIY (CONFIDENTIAL), tarqatmang.",  # Uzbek: item 2 is CONFIDENTIAL
])
def test_a_level_said_for_other_text_in_another_language_withholds_it_at_usg(note):
    text = f"UNCLASSIFIED\nPort visit notes\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n"
    assert_withheld(text, SECRET)


def test_an_attachment_a_cover_note_classifies_is_withheld_under_its_divider():
    text = ("Classification: UNCLASSIFIED\nFrom: Consul\nTo: Desk\nSubject: weekly notes\n\n"
            "(U) Note: Attachment C is SECRET//NOFORN, pasted here because the high side was down.\n\n"
            f"--- Attachment A ---\n(U) {PLAIN}.\n\n--- Attachment C ---\n{SECRET}.\nHe meets them at the fuel dock on Fridays.\n\n"
            "Classification: UNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))
    assert PLAIN in versions(text, ("usg",))["usg"]


def test_its_without_its_apostrophe_before_a_portion_letter_is_a_claim():
    text = ("UNCLASSIFIED\nHelp desk ticket 4471\n\n"
            "User says the file on the share has (U) on para 3 but its S, the ISSO agreed; para copied below.\n\n"
            f"copied: (U) {SECRET}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)
