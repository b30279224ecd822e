"""The classes of round 50's first run (tests/corpus/adversarial50/FIRST_RUN.md) fixed by class. On
documents written for this test: a level claimed by negation ("is NOT unclass", "none of ... is
U"), a spill notice ("contained classified information"), a question ("shouldn't para 3 be at
least C?"), a mistyped level ("CONFIDENITAL", "SECRTE", and one slip of the keyboard the list
does not hold), a network or a handling rule ("SIPR-only", "via JWICS", "off OpenNet", "the red
cover sheet", "cleared U.S. Government personnel only"), and a statement naming "the last
paragraph" of an e-mail whose paragraphs have no numbers. And ordinary prose that claims nothing."""
import pytest

from released import assert_withheld, versions

SECRET = "The customs chief admitted that the scanner contract was steered to his brother-in-law"
PLAIN = "The visa section opens at nine on Mondays"


def _email(statement: str) -> str:
    return (f"Classification: UNCLASSIFIED\n\nAll,\n\n{PLAIN}.\n\n{statement}\n\n{SECRET}.\n\n"
            "Thanks\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", [
    "FYI the paragraph below is NOT unclass -- it came off a briefing slide.",
    "None of what Omar wrote below is U. Do not forward.",
    "SECURITY INCIDENT -- the 10:42 message in this thread contained classified information.",
    "Aaron -- shouldn't the next para be at least C?",
    "pls fix: the para on customs is CONFIDENITAL and the one after it is SECRTE.",
    "pls fix: the customs para is SCERTE.",
    "Those figures come from a SIPR-only brief; pull them.",
    "I'm re-sending the second half of this note via JWICS.",
    "Print the customs part on the red cover sheet and keep it off OpenNet.",
    "The part below is for cleared U.S. Government personnel only.",
])
def test_a_level_claimed_in_other_words(statement):
    assert_withheld(_email(statement), SECRET)


def test_the_last_paragraph_of_an_email_without_numbered_paragraphs():
    text = (f"Classification: UNCLASSIFIED\n\nAll,\n\n{PLAIN}.\n\n{SECRET}.\n\n"
            "FYI the last paragraph is SECRET//NOFORN -- re-sending on the high side.\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("prose", ["The ambassador is ENTIRELY right about the timetable.",
                                   "The consulate is not unclear about the rules.",
                                   "We will post the agenda on OpenNet and the wiki."])
def test_prose_that_claims_nothing(prose):
    text = f"Classification: UNCLASSIFIED\n\n{prose}\n\n{PLAIN}.\n\nClassification: UNCLASSIFIED\n"
    assert PLAIN in versions(text)["usg"]
