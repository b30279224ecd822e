"""Leaks found by this session's reviewers (review31b, 2026-12-04), on main `bf01f67` too, fixed on branch
open32 (issue 8): the backstop skipped a level word as a mention ("e.g. SECRET", "what X called SECRET")
without asking whether its sentence names other text; a claim after a dash ("- SECRET") was read as a mark on
its own paragraph only. A sentence that names other text (`backstop.names_other` of rules/markings.yaml: the next or previous
paragraph, below, above, this thread or message) with a level word in it is a claim on that text
(`scope.unresolved_statements`); a level named as an example with no other text named stays a mention."""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

MINISTER = "The minister confirmed the withdrawal begins 3 March from the northern bases."

OPEN = [
    ("e.g.", "(U) Logistics for the delegation are set.\n"
             "(U) Per the source, the next paragraph carries a higher level, e.g. SECRET.\n"
             f"(U) {MINISTER}\n"),
    ("called", "(U) Agenda below.\n"
               "(U) The next paragraph is what the Ministry called SECRET.\n"
               f"(U) {MINISTER}\n"),
    ("dash", "(U) Team - notes from today's call with the MOD.\n"
             f"(U) {MINISTER}\n"
             "(U) Nothing goes outside this thread - SECRET.\n"),
]


# two more of each class, in other words (issue 8): an example word, a name given, a claim after a dash
OWN = [
    ("e.g.-2", "(U) Scheduling is complete.\n"
               "(U) Heads up: the following paragraph sits at a higher level, e.g. SECRET.\n"
               f"(U) {MINISTER}\n"),
    ("i.e.-3", "(U) The annex is attached.\n"
               "(U) The paragraph below is not for wide release, i.e. SECRET.\n"
               f"(U) {MINISTER}\n"),
    ("called-2", "(U) Travel is booked.\n"
                 "(U) What follows in the next paragraph is what London termed, and we called, SECRET.\n"
                 f"(U) {MINISTER}\n"),
    ("called-3", f"(U) {MINISTER}\n"
                 "(U) The Embassy called the previous paragraph SECRET.\n"),
    ("dash-2", "(U) Quick update from the desk.\n"
               f"(U) {MINISTER}\n"
               "(U) Please keep this message inside the building - SECRET.\n"),
    ("dash-3", f"(U) {MINISTER}\n"
               "(U) Handle the paragraph above with care -- CONFIDENTIAL.\n"),
    ("wrapped", "(U) Per the source, the next\nparagraph carries a higher level, e.g. SECRET.\n\n"
                f"(U) {MINISTER}\n"),  # (the sentence wrapped in its portion)
    ("after-this-one", "(U) The paragraph after this one is what the Ministry called CONFIDENTIAL.\n"
                       f"(U) {MINISTER}\n"),
    ("everything-below", "(U) Everything below is what they called SECRET//NOFORN.\n"
                         f"(U) {MINISTER}\n"),
]

# not claims: a level named as an example or a name, with no other text named; they stay released
NOT_CLAIMS = [
    "(U) A clearance such as SECRET is required for the visit.\n",
    "(U) The film is called Secret and opens on Friday.\n",
    "(U) Staff need a clearance, e.g. SECRET, to enter the annex.\n",
    "(U) Reply to this message if you hold a SECRET clearance.\n",  # (other text named, a clearance held)
]


@pytest.mark.parametrize("kind,text", OPEN + OWN, ids=[k for k, _ in OPEN + OWN])
def test_a_claim_on_another_paragraph_withholds_it(kind, text):
    assert_withheld(text, MINISTER, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_a_level_named_as_an_example_stays_released(text):
    doc = text + f"(U) {MINISTER}\n"
    for level in ("usg", "partner", "public"):
        assert_released(doc, MINISTER, level)
        assert_released(doc, text[4:].strip(), level)
