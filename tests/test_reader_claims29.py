"""Round 121 and 123's first-run English claims leaks, fixed by class. Documents written for this test,
not the rounds' wording; and what each fix must not do (non-examples: text that stays released, checked
in the same documents as a real claim, so that each test fails where the claim leaked).

Class A: a cable's handling caption of a control word split by a hyphen, with spaces around it or left
at its end (`NO-FORN`, `NO - FORN`, `NOFORN-`) reads as that control (`cable_header.caption_words`).
"""
import pytest

from released import assert_withheld, mark_of, portion_marks, versions

ALL = ("usg", "partner", "public")


def _released(text: str, *phrases: str) -> None:
    """Each of `phrases` is read as a plain (U) portion (not raised)."""
    marks = portion_marks(text)
    raised = [phrase for phrase in phrases if mark_of(marks, phrase) != ("(U)", False)]
    assert not raised, raised


# ---------------------------------------------------------------- class A: a caption split by a hyphen

CUSTOMS = "Customs officials told us the backlog will be blamed on the shipping lines until the audit is done"
DWELL = "The port authority publishes weekly dwell times on its website"


def _cable(captions: str, line: str = "UNCLAS SENSITIVE LIMA 000412") -> str:
    return (f"{line}\n\n{captions}\n\nE.O. 13526: N/A\nTAGS: ECON, ETRD, PE\n"
            "SUBJECT: CUSTOMS: PORT OF CALLAO CONTAINER BACKLOG\n\n"
            f"1. (SBU) {CUSTOMS}.\n\n2. (U) {DWELL}.\n\nCARTER\n")


@pytest.mark.parametrize("captions", ["NO-FORN\nSIPDIS", "SIPDIS\nNOFORN-", "SIPDIS\nNO - FORN", "SIPDIS NO-FORN"])
def test_a_a_caption_split_by_a_hyphen_is_that_control(captions):
    text = _cable(captions)
    assert_withheld(text, CUSTOMS, levels=("partner", "public"))
    assert DWELL in versions(text, ("usg",))["usg"]  # (the (U) paragraph stays released at usg)


def test_a_a_hyphenated_header_word_is_no_caption():
    # (non-example: a hyphenated word that joins into no caption says nothing; checked beside a real one)
    assert_withheld(_cable("SIPDIS\nNO-FORN"), CUSTOMS, levels=("partner",))
    for words in ("SIPDIS\nNON-PAPER", "SIPDIS\nFOR-EUR", "SIPDIS\nNO-FLY"):
        text = _cable(words)
        assert CUSTOMS in versions(text, ("partner",))["partner"], words
