"""Leaks a reviewer (review32a) found in this session's claim-scope rules and in the backstop (helper fixrev32a,
issue 8). Every case released sensitive text on lead32 `fe0e0aa`.

- A section named by its heading ("the section headed "Harbour works" ... is Secret"): a sub-heading inside it, or
  the next paragraph of hard-wrapped prose after a blank line, is no certain end of it (`scope_exact.by_subheading`
  is removed: the claim falls back to failing closed on the rest of the message).
- A paragraph a clause says is not classified, "releasable" or "unclassified in the draft", may be claimed again by
  a later clause (through "it", or by its number) or released only to some: no clearing lowers it
  (`governing.cleared` is removed); a mixed-case level before "here" is a claim (`unresolved_scope.claims`).
- A sentence that names other text (`backstop.names_other` of rules/markings.yaml: "the table below", "the annex
  below", "what comes next") makes a level in it a claim; a level quoted after "mark" in such a sentence is a claim
  on that text, not a label shown (`backstop.mark_before_quoted`).
"""
from __future__ import annotations

import pytest

from released import assert_withheld

ALL = ("usg", "partner", "public")

# --- a section named by its heading ---

BERTH = "The contractor admitted that the new fuel berth at Kundzinsala is being dredged to fourteen metres."
DEPTH = "The survey shows fourteen metres at low water, enough for Aframax tankers."
BUDGET = "The ministry quietly routes the cost through the naval budget line 7741."


def _readout(note: str, harbour: str) -> str:
    return ("Classification: UNCLASSIFIED\n\nFrom: Marsh, Tobias R <MarshTR@state.gov>\nSent: Tuesday, December 1, "
            "2026 4:12 PM\nTo: EUR-CE-Baltics-DL\nSubject: RE: Riga port week readout\n\n"
            f"{note}\n\n-----Original Message-----\nSubject: Riga port week readout\n\n"
            "Logistics\nThe delegation arrived Sunday and the hotel block at the Radisson worked fine.\n\n"
            f"{harbour}\n\nClassification: UNCLASSIFIED\n")


NOTE = ('Folks -- quick follow-up to my note of this morning. The section headed "Harbour works"\nshould never have '
        "gone out on the low side. That section is Secret. Please\ndelete it from your inbox and any forwards.")
HEADINGS = [
    # a sub-heading inside the section
    ("subheading", f"Harbour works\n{BERTH}\n\nDredging depth\n{DEPTH}\n\nWho pays\n{BUDGET}", [BERTH, DEPTH, BUDGET]),
    # the next paragraph of hard-wrapped prose, opening with a capital after a blank line
    ("wrapped-prose", "Harbour works\nThe contractor admitted that the new fuel berth at\nKundzinsala is being dredged "
     "to fourteen metres.\n\nThe ministry quietly routes the cost through the\nnaval budget line 7741, and the navy "
     "will use it.", ["Kundzinsala", "naval budget line 7741"]),
]


@pytest.mark.parametrize("kind,harbour,withheld", HEADINGS, ids=[k for k, *_ in HEADINGS])
def test_a_section_named_by_its_heading_ends_at_no_uncertain_heading(kind, harbour, withheld):
    text = _readout(NOTE, harbour)
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


# --- a paragraph a clause clears, claimed again by another clause or released only to some ---

SWING = "He named deputy Batbold as the swing vote."
STABILITY = "The speaker told the Ambassador he has the votes to cancel the Rio Tinto stability agreement."


def _cable(note: str) -> str:
    return ("UNCLASSIFIED\n\nR 011220Z DEC 26\nFM AMEMBASSY ULAANBAATAR\nTO SECSTATE WASHDC 377\nINFO EMBASSY LONDON\n\n"
            "UNCLAS ULAANBAATAR 000377\n\nE.O. 13526: N/A\nTAGS: PREL PGOV\nSUBJECT: MONGOLIA: MINING LAW DEBATE\n\n"
            "4. (U) Parliament opened the second reading of the mining law on November 26.\n"
            "5. (U) The speaker expects a vote before the Lunar New Year recess.\n"
            f"6. (U) {STABILITY}\n   -- {SWING}\n   -- He said the prime minister owes him his job.\n"
            f"7. (U) Note for readers: {note}\n\nSMITH\n\nUNCLASSIFIED\n")


CLAIMED_AGAIN = [
    ("past-then-pronoun", "paragraph 6 was releasable until this morning; after the minister called it is Secret, "
     "and so is paragraph 5."),
    ("draft-then-pronoun", "paragraph 6 was unclassified in the draft; the final text of it is Secret, like "
     "paragraph 4."),
    ("limited-release", "paragraph 6 is releasable to American officials and nobody else; paragraph 5 is Secret."),
    # (on main too: a mixed-case level before "here" was read as no claim, `unresolved_scope.claims`)
    ("elsewhere-then-here", "paragraph 6 stays unclassified in the cable to Beijing; paragraph 6 and paragraph 5 are "
     "Secret here."),
    ("secret-here", "paragraph 6 is Secret here."),
]


@pytest.mark.parametrize("kind,note", CLAIMED_AGAIN, ids=[k for k, _ in CLAIMED_AGAIN])
def test_no_clearing_lowers_a_paragraph_another_clause_claims(kind, note):
    text = _cable(note)
    for phrase in (STABILITY, SWING):
        assert_withheld(text, phrase, ALL)


# --- a sentence that names other text: the table below, what comes next; a quoted level after "mark" ---

GATE = ("The east gate camera has been dead since August and the night shift leaves the gate unattended\n"
        "from 0200 to 0400 when the contract guards change over.")


def _mail(note: str, table: bool) -> str:
    caption = "(U) Table 1. Guard force gaps\n" if table else ""
    return ("UNCLASSIFIED\n\nFrom: Okafor, Lena <OkaforL@state.gov>\nSent: Wednesday, December 2, 2026 9:05 AM\n"
            "To: AF-EX-Staff\nSubject: (U) Lagos consulate security review\n\n(U) All -- the review team finished on "
            "Monday and the report is attached. The consulate thanked\neveryone for the quick turnaround.\n\n"
            f"(U) {note}\n\n{caption}(U) {GATE}\n\n(U) Lena\n\nUNCLASSIFIED\n")


NAMED = [
    ("mark-table-below", 'Please mark the table below "SECRET" before you forward it.', True),
    ("table-below-marked", 'The table below must be marked "SECRET//NOFORN" and handled that way.', True),
    ("mark-next-paragraph", 'Please mark the next paragraph "SECRET" before you forward it.', False),
    ("what-comes-next", "Treat what comes next as a higher level, e.g. SECRET.", False),
]


@pytest.mark.parametrize("kind,note,table", NAMED, ids=[k for k, *_ in NAMED])
def test_a_level_in_a_sentence_that_names_other_text_is_a_claim(kind, note, table):
    assert_withheld(_mail(note, table), "The east gate camera", ALL)
