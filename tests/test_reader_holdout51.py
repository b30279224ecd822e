"""The classes of round 51's first run (tests/corpus/adversarial51/FIRST_RUN.md) fixed by class. On
documents written for this test: a level claimed "as if it bore a CONFIDENTIAL classification", "may
wish to upgrade para 3 to CONFIDENTIAL before...", a review stamp "PARA 6 RE-MARKED SECRET", a
FOIA reviewer's exemption note "b1, 1.4(c)", "treat the COA 2 paragraph as S//REL USA, AUS",
"originator controlled" in words, "Conf" for confidential, pages that "reproduce a SECRET
briefing", "U.S. citizens only", "Gov't eyes only -- no CTRs", foreign government information
given in confidence, and an old cable's "STRICTLY PROTECT"."""
import pytest

from released import assert_withheld

SECRET = "The harbour pilot said the navy has quietly mined the northern approach channel"


@pytest.mark.parametrize("note", [
    "5. (U) DEPARTMENT SHOULD HANDLE PARA 3 AS IF IT BORE A CONFIDENTIAL CLASSIFICATION.",
    "5. (U) COMMENT: DEPARTMENT MAY WISH TO UPGRADE PARA 3 TO CONFIDENTIAL BEFORE ANY FURTHER DISTRIBUTION.",
    "5. (U) [STAMP, transcribed:] CLASSIFICATION CHALLENGE UPHELD -- PARA 3 RE-MARKED SECRET -- OCA G-3",
    "5. (U) [L1 reviewer: b1, 1.4(c) -- para 3 entire. Refer to DoD.]",
    "5. (U) Note: the reporting in para 3 is originator controlled.",
    "5. (U) The numbers in para 3 are Conf -- don't put them in the unclass memo.",
    "5. (U) Endnote: paragraph 3 reproduces a SECRET briefing given to the team by mistake.",
])
def test_a_level_claimed_in_more_words(note):
    text = (f"UNCLASSIFIED\nSUBJECT: PORT\n\n1. (U) The port reopened.\n\n2. (U) Fees rose.\n\n3. (U) {SECRET}.\n\n"
            f"4. (U) Next meeting Monday.\n\n{note}\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


def test_treat_as_a_level_with_a_rel_to_list():
    text = ("Team -- CG says treat the COA 2 paragraph as S//REL USA, AUS. Fix the marking.\n\n"
            f"(U) COA 1: Pre-position fuel at the depot.\n\n(U//FOUO) COA 2: {SECRET}.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note, levels", [
    ("U.S. citizens only: para 3 is not to be shared with locally employed or dual-national staff.", ("partner", "public")),
    ("NOTE: Para 3 is Gov't eyes only -- no CTRs.", ("partner", "public")),
])
def test_controls_claimed_in_words(note, levels):
    text = (f"MEMORANDUM\nSUBJECT: ACCESS\n\n1. (U) The main entrance closes.\n\n2. (U) Visitors are escorted.\n\n"
            f"3. (U) {SECRET}.\n\n{note}\n")
    assert_withheld(text, SECRET, levels)


@pytest.mark.parametrize("said", ["STRICTLY PROTECT.", "COMMENT: THE FIGURES WERE GIVEN TO US IN CONFIDENCE BY THE HOST GOVERNMENT."])
def test_an_old_cable_that_protects_its_text_in_words(said):
    text = (f"UNCLAS KINSHASA 01234\nSUBJECT: CARGO\n\n1. THE MINE REOPENED.\n\n2. {SECRET.upper()}. {said}\n\n"
            "3. EMBASSY WILL REPORT FURTHER.\n")
    assert_withheld(text, SECRET.upper())
