"""The classes of round 53's first run (tests/corpus/adversarial53/FIRST_RUN.md) fixed by class. On
documents written for this test: a statement that names the following text and goes on after a
colon with it in its own paragraph; a transcribed text message ("ur para ... = S"); a quotation
"from the NATO SECRET ... document"; "determined as S by the original classification authority";
an OCR'd level with digits for letters ("IS C0NFIDENTIAL")."""
import pytest

from released import assert_withheld

SECRET = "THE MINISTER PRIVATELY TOLD ECONOFF HE WILL CUT STEEL TARIFFS TO ZERO"


def test_a_statement_that_goes_on_after_a_colon_with_its_text():
    text = (f"UNCLAS LIMA 000123\nSUBJECT: TARIFFS\n\n1. THE FAIR OPENED.\n\n2. THE FOLLOWING PARAGRAPH IS CONFIDENTIAL "
            f"UNTIL THE MINISTER ANNOUNCES IT: {SECRET}.\n\n3. EMBASSY WILL REPORT FURTHER.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", [
    '[Transcribed from the text message Ana forwarded: "ur 2nd para = S fyi, resend on sipr"]',
    "OCA DETERMINATION: classification of paragraph 2 determined as S by original classification authority review.",
])
def test_a_level_claimed_by_a_message_or_a_determination(note):
    secret = SECRET.capitalize()
    text = (f"Classification: UNCLASSIFIED\n\n1. (U) The fair opened.\n\n2. (U) {secret}.\n\n3. (U) Next week: the vote.\n\n"
            f"{note}\n")
    assert_withheld(text, secret)


def test_a_quotation_from_a_nato_secret_document():
    quoted = "two Allies will not meet their air defence targets before 2014"
    text = ("UNCLASSIFIED\nSUBJECT: DEFENCE PLANNING\n\n1. (U) The committee met.\n\n2. (U) The staff then read out the "
            f"following, from the NATO SECRET capability targets document: {quoted}.\n\n3. (U) Next meeting in May.\n")
    assert_withheld(text, quoted)


def test_an_ocr_damaged_level_in_a_claim():
    text = (f"UNCLAS ACCRA 01234\nSUBJECT: BUDGET\n\n1. PARLIAMENT OPENED.\n\n2. PARA TWO IS F0R U.S. EYES 0NLY AND IS "
            f"C0NFIDENTIAL: {SECRET}.\n\n3. EMBASSY WILL REPORT FURTHER.\n")
    assert_withheld(text, SECRET)
