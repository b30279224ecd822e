"""The classes of round 47's first run (tests/corpus/adversarial47/FIRST_RUN.md) fixed at the end of
the session; the rest stay strict known leaks in the harness. On documents written for this test: a
mark after a German or a spaced French closing quote; "next para is secret"; NOFORN in Dutch;
"should've carried an (S)", "oughta be marked secret"; a mark before an aside's closing bracket or
brace; a paragraph's mark before a closing exclamation mark."""
import pytest

from released import assert_withheld


@pytest.mark.parametrize("quoted", ["\u201eA senior officer admitted the station was sold to a state firm\u201c(C)",
                                    "\u00ab A senior officer admitted the station was sold to a state firm \u00bb(S)"])
def test_a_mark_after_german_and_spaced_french_closing_quotes(quoted):
    text = f"UNCLASSIFIED\nSUBJECT: STATEMENT\n\n2. (U) The spokesman read a statement that ended: {quoted}.\n\nUNCLASSIFIED\n"
    assert_withheld(text, "admitted the station was sold to a state firm")


@pytest.mark.parametrize("statement", ["pls note: next para is secret, handle accordingly",
                                       "4. (U) Correction: para 3 should've carried an (S), not a (U).",
                                       "4. (U) para 3 oughta be marked secret fyi"])
def test_more_corrections_in_words(statement):
    secret = "The treasurer warned that the treasury will miss its payment in June"
    if statement.startswith("pls"):
        text = f"Classification: UNCLASSIFIED\n\nAll,\n\n{statement}\n\n{secret}.\n\nThanks\n"
    else:
        text = f"UNCLASSIFIED\nSUBJECT: BONDS\n\n1. (U) Talks.\n\n2. (U) Trade.\n\n3. (U) {secret}.\n\n{statement}\n\nUNCLASSIFIED\n"
    assert_withheld(text, secret)


def test_noforn_in_dutch():
    item = "the election commission will delay the runoff by six weeks"
    text = f"SENSITIVE BUT UNCLASSIFIED\nSUBJECT: RUNOFF\n\n2. (SBU) The chief said {item}. niet delen met buitenlandse partners\n\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, item, ("partner", "public"))


@pytest.mark.parametrize("aside", ["[the director admitted the contract was rigged (C)]", "{the director admitted the contract was rigged (S)}"])
def test_a_mark_before_an_asides_closing_bracket_or_brace(aside):
    text = f"UNCLASSIFIED\nNotes\n\n- ECON raised the port review {aside} and asked for guidance.\n\nUNCLASSIFIED\n"
    assert_withheld(text, "the director admitted the contract was rigged")


def test_a_paragraphs_mark_before_an_exclamation_mark():
    secret = "The minister let slip that the prime minister will resign if the budget fails"
    text = f"UNCLASSIFIED\nSubject: budget\n\n(U) The vote is Tuesday.\n\n{secret} (S)!\n\nUNCLASSIFIED\n"
    assert_withheld(text, secret)
