"""The fail-closed fallback's exact targets (sbu_redact/reader/scope_exact.py): a statement for
other text that governing statements did not read raises only what it names when that is certain
(a numbered paragraph, a place, a count, quoted opening words), and every portion it could mean
otherwise; and governing.py's paragraph that names its own number ("2. PARA 2 ... CONFIDENTIAL:").
On documents written for this test: what is now released, and what must stay withheld."""
import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"
OTHER = "The pilot boat is back in service after its refit"


def cable(statement: str, numbered: bool = True) -> str:
    n = (lambda k: f"{k}. ") if numbered else (lambda k: "")
    return ("UNCLAS PORT LOUIS 000123\n\nSIPDIS\n\nSUBJECT: PORT VISIT\n\n"
            f"{n(1)}(U) {PLAIN}.\n\n{n(2)}(U) {OTHER}.\n\n{n(3)}(U) {SECRET}.\n\n{n(4)}(U) {statement}\n\nSMITH\n")


@pytest.mark.parametrize("statement", [
    "COMMENT: DEPARTMENT MAY WISH TO UPGRADE PARA 3 TO CONFIDENTIAL BEFORE ANY REPETITION.",
    "Drafter's note: para 3 carries the wrong marking; it should be (C) not (U).",
    "REGRET PARA 3 WENT OUT MARKED (U). IT IS NOT/NOT UNCLASSIFIED; TREAT IT AT THE LEVEL OF REF A (SECRET).",
])
def test_a_numbered_paragraph_is_raised_alone(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    usg = versions(text)["usg"]
    assert PLAIN in usg and OTHER in usg


@pytest.mark.parametrize("statement", [
    "Para 3 and 7 should be (S) not (U).",  # a paragraph this cable does not have
    "Para 3 or 2 should be (S) not (U).",  # one of two
    "The para on the customs scanners should be (S), not para 2.",  # more than one way of naming
])
def test_what_is_not_certain_keeps_the_fallback(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


@pytest.mark.parametrize("statement", ["Para 3 of reftel is SECRET; it should be (S).",
                                       "In reftel, para 3 was marked (U); it should be (S)."])
def test_another_documents_paragraph_is_not_this_ones(statement):
    # a mention of the reference cable's paragraph 3 (the fallback raises nothing for it either)
    assert SECRET in versions(cable(statement))["usg"]


def test_a_number_two_paragraphs_carry_keeps_the_fallback():
    text = cable("Para 3 should be (S) not (U).").replace("2. (U)", "3. (U)")
    assert PLAIN not in versions(text)["usg"]


def test_a_paragraph_of_a_quoted_message_alone_numbered():
    text = ("From: A. Writer\nSubject: RE: readout\nClassification: UNCLASSIFIED\n\n"
            "Shouldn't para 3 be at least C? It is the pull-aside almost word for word.\n\n"
            "-----Original Message-----\nFrom: B. Writer\nSubject: readout\n\n"
            f"1. (U) {PLAIN}.\n\n2. (U) {OTHER}.\n\n3. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_numbered_paragraphs_in_two_messages_keep_the_fallback():
    text = ("From: A. Writer\nSubject: RE: readout\nClassification: UNCLASSIFIED\n\n"
            f"1. (U) {PLAIN}.\n\n2. (U) Shouldn't para 3 be at least C?\n\n"
            "-----Original Message-----\nFrom: B. Writer\nSubject: readout\n\n"
            f"3. (U) {SECRET}.\n\n4. (U) {OTHER}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


def memo(*paragraphs: str, heading: str = "MEMORANDUM") -> str:
    return ("UNCLASSIFIED\n" + heading + "\nSUBJECT: (U) Port visit\n\n" + "\n\n".join(paragraphs)
            + "\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("statement", ["Footer: 2nd para is SECRET//NOFORN -- marking error, do not release.",
                                       "Correction: the third paragraph is S (Secret), not U.",
                                       'Correction: the para starting "The harbour master" is S (Secret), not U.'])
def test_a_paragraph_by_its_place_or_its_opening_words(statement):
    text = memo(f"(U) {PLAIN}.", f"(U) {OTHER}.", f"(U) {SECRET}.", statement).replace(
        "2nd para", "3rd para")
    assert_withheld(text, SECRET)
    usg = versions(text)["usg"]
    assert PLAIN in usg and OTHER in usg


def test_an_unmarked_paragraph_among_those_counted_keeps_the_fallback():
    text = memo(f"(U) {PLAIN}.", f"{OTHER}.", f"(U) {SECRET}.", "Footer: 3rd para is SECRET -- marking error.")
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


def test_opening_words_two_paragraphs_share_keep_the_fallback():
    text = memo(f"(U) The harbour master {PLAIN}.", f"(U) {OTHER}.", f"(U) {SECRET}.",
                'Correction: the para starting "The harbour master" is S (Secret), not U.')
    assert_withheld(text, SECRET)
    assert OTHER not in versions(text)["usg"]


def test_a_bullet_numbered_after_its_mark_below_the_statement():
    text = ("From: A. Writer\nTo: Staff\nSubject: hearing prep\nClassification: UNCLASSIFIED\n\n"
            "Folks -- the numbers in bullet 3 below are tank only. Save them for the Tank session.\n\n"
            f"(U) 1. {PLAIN}.\n(U) 2. {OTHER}.\n(U) 3. {SECRET}.\n(U) 4. Close with the priorities.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_bullet_counted_above_when_it_is_below_keeps_the_fallback():
    text = ("From: A. Writer\nTo: Staff\nSubject: hearing prep\nClassification: UNCLASSIFIED\n\n"
            f"(U) 1. {PLAIN}.\n(U) 2. {OTHER}.\n\n"
            "Folks -- the numbers in bullet 3 above are tank only. Save them for the Tank session.\n\n"
            f"(U) 3. {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


def email(*paragraphs: str) -> str:
    return ("From: A. Writer\nTo: Staff\nSubject: weekly notes\nClassification: UNCLASSIFIED\n\n"
            + "\n\n".join(paragraphs) + "\n\nClassification: UNCLASSIFIED\n")


SECOND = "The navy commander said the president is seriously ill and hiding it"


@pytest.mark.parametrize("statement", ["Reviewer's note: the last two bullets are SECRET. Re-mark before filing.",
                                       "Note: the last two bullets are S, not U."])
def test_the_last_bullets_by_count(statement):
    text = email(statement, f"* {PLAIN}.\n* {OTHER}.\n* {SECRET}.\n* {SECOND}.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECOND)
    assert PLAIN in versions(text)["usg"]


def test_the_paragraphs_below_by_count():
    # (in a reply above a quoted message: counted in its own message)
    text = email(f"{PLAIN}.", "The two paragraphs below are to be handled as SECRET.", f"{SECRET}.",
                 f"{SECOND}.", "Thanks,\nDalia", "-----Original Message-----\nFrom: B. Writer\n"
                 "Sent: Monday, May 11, 2015 4:40 PM\nSubject: weekly notes\n\nA visiting choir sang on Sunday.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECOND)
    assert PLAIN in versions(text)["usg"]


def unresolved(text: str) -> bool:
    return any(p.code == "GOVERNING_SCOPE_UNRESOLVED" for p in sbu_redact.read(text).problems)


def test_paragraphs_not_set_apart_keep_the_fallback():
    text = email(f"{PLAIN}.", f"The two paragraphs below are to be handled as SECRET.\n{OTHER}.\n{SECRET}.",
                 f"{SECOND}.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECOND)
    assert unresolved(text)  # (the fallback: every portion below it)


def test_bullets_of_two_lists_keep_the_fallback():
    text = email("Reviewer's note: the last two bullets are SECRET. Re-mark before filing.",
                 f"* {PLAIN}.\n* {SECRET}.", f"{OTHER}.", f"* {SECOND}.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECOND)
    assert PLAIN not in versions(text)["usg"]


def test_this_message_is_the_statements_own():
    text = cable("NOTE: THE REPORTING IN PARA 3 IS ORIGINATOR CONTROLLED. DO NOT PASS IT BEYOND THE ADDRESSEES "
                 "OF THIS MESSAGE.")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_paragraph_that_names_its_own_number_marks_itself():
    # governing.py: "2. PARA 2 FOR US EYES ONLY -- CONFIDENTIAL: ..." is paragraph 2's own mark
    text = ("UNCLAS PORT LOUIS 0412\n\nSUBJECT: CABINET RESHUFFLE\n\n1. " + PLAIN.upper() + ".\n\n"
            "2. PARA 2 FOR US EYES ONLY -- CONFIDENTIAL: " + SECRET.upper() + ".\n\n3. " + OTHER.upper() + ".\n\nBRANDT\n")
    assert_withheld(text, SECRET.upper())
    usg = versions(text)["usg"]
    assert PLAIN.upper() in usg and OTHER.upper() in usg


def test_a_number_two_paragraphs_carry_is_not_its_own():
    text = ("UNCLAS PORT LOUIS 0412\n\nSUBJECT: CABINET RESHUFFLE\n\n2. " + PLAIN.upper() + ".\n\n"
            "2. PARA 2 FOR US EYES ONLY -- CONFIDENTIAL: " + SECRET.upper() + ".\n\n3. " + OTHER.upper() + ".\n\nBRANDT\n")
    assert_withheld(text, SECRET.upper())
    assert_withheld(text, PLAIN.upper())
