"""The scope fallback's own trigger (reader/scope.py `_claimed`, `unresolved_scope.claims` of the
marking vocabulary): a level claimed for text in any words ("it's C", "was meant to be (S)",
"belongs at the Confidential level", "the para ... is confidental, my bad") that governing
statements did not resolve raises every portion it could mean, its own included, whatever the
phrasing of what it names. Rounds 48 and 49 found these phrasings; the documents here are written
for this test. And what must stay released: level words in ordinary prose."""
import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "The port captain admitted that the tanker manifests were altered before the inspection"
PLAIN = "The ferry timetable changes on Monday"


def _email(statement: str) -> str:
    return (f"Classification: UNCLASSIFIED\n\nAll,\n\n{statement}\n\n{SECRET}.\n\n{PLAIN}.\n\n"
            "Thanks\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", [
    "Per the front office, the whole readout belongs at the Confidential level now.",
    "oops -- my second para was meant to be (S), not U. Will resend on SIPR.",
    "Folks - the bit about the tanker is confidental, my bad.",
    "Heads up: that readout is SECRET, not U.",
    "Reviewer note: the tanker item is really C.",
    "the tanker stuff = SECRET//NOFORN",
    "Everything after this line is CONFIDENTIAL.",
    "[note-taker: discussion from this point was held at the S level]",
    "pls handle accordingly, the tanker item is secret//noforn",
])
def test_a_claim_in_any_words_raises_what_it_could_mean(statement):
    assert_withheld(_email(statement), SECRET)


def test_a_claim_in_a_csv_notes_cell_raises_its_own_row():
    text = ("Classification: UNCLASSIFIED\nid,date,post,class,summary,notes\n"
            f"7,2018-05-04,Lima,U,{SECRET},actually C - see RSO email\n"
            "8,2018-05-07,Quito,U,Credentials ceremony,\n")
    assert_withheld(text, SECRET)


def test_a_claim_in_an_unmarked_errata_row_still_names_other_rows():
    text = ("log_id;date;contact;summary;classification\n"
            f"A-1;04.06.2019;Port office;{SECRET};UNCLASSIFIED\n"
            "A-2;05.06.2019;Chamber;Members asked about visas;UNCLASSIFIED\n"
            ';;;"CORRECTION: the port office entry is CONFIDENTIAL - fix before upload";\n')
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("prose", [
    "The salary survey results remain confidential.",
    "She said it was a secret meeting with the mayor.",
    "We are escalating the visa backlog to S for a decision.",
    "Please treat the attendee list as confidential.",
    "The Secret Service advance team arrives on Monday.",
    "Annex C is attached; the C-130 lands at noon.",
    "Her grade on the language test is S, the top grade.",
])
def test_level_words_in_ordinary_prose_claim_nothing(prose):
    text = f"Classification: UNCLASSIFIED\n\n{prose}\n\n{PLAIN}.\n\nClassification: UNCLASSIFIED\n"
    assert PLAIN in versions(text)["usg"]


def test_a_resolved_statement_raises_only_what_it_names():
    # governing statements resolve "paragraph 2": the claim trigger does not widen it
    text = (f"UNCLASSIFIED\nSUBJECT: PORT\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n"
            "3. (U) Correction: paragraph 2 is SECRET.\n\nUNCLASSIFIED\n")
    released = versions(text)["usg"]
    assert SECRET not in released and PLAIN in released


def test_the_reading_says_what_it_saw_and_why():
    doc = sbu_redact.read(_email("oops -- my second para was meant to be (S), not U."))
    assert any(p.code == "GOVERNING_SCOPE_UNRESOLVED" and "meant to be (S)" in p.message for p in doc.problems)
