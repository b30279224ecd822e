"""Known leaks closed by helper known32 (issue 8), each shown to leak on the branch's start (`1efbd2d`).

1. A claim on the next paragraph whose level word is wrapped onto a line of its own ("... carries a higher
   level, e.g.⏎SECRET."): the line after "e.g." was cut off as a new paragraph (or read as a page banner,
   or a running head), and a level word alone on a line in capitals was not counted by the backstop, so the
   paragraph the claim names was released. Now "e.g."/"i.e." (and the backstop's `mention_before` words)
   end no paragraph, and a line in capitals is read with the mixed-case sentence it goes on from.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MINISTER = "The minister confirmed the withdrawal begins 3 March from the northern bases."
HEAD = "(U) Scheduling for the visit is complete.\n"

# the pointer and the level on different lines of one sentence
WRAPPED = [
    ("eg-next-line", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET.\n\n" + f"(U) {MINISTER}\n"),
    ("eg-next-line-no-stop", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET\n\n" + f"(U) {MINISTER}\n"),
    ("eg-next-line-unmarked", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET.\n\n" + f"{MINISTER}\n"),
    ("eg-top-secret", HEAD + "(U) The following paragraph sits higher than this one, e.g.\nTOP SECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("ie-next-line", HEAD + "(U) The paragraph below is not for wide release, i.e.\nCONFIDENTIAL.\n\n"
     + f"(U) {MINISTER}\n"),
    ("two-lines-down", HEAD + "(U) The next paragraph carries a higher level,\nfor example,\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("pointer-line-above", HEAD + "(U) Note on the next paragraph:\nit carries a higher level, e.g.\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("such-as-top-secret", HEAD + "(U) Treat the following paragraph as something higher, such as\nTOP SECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("for-example-no-comma", HEAD + "(U) The next paragraph carries a higher level, for example\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
]

# a level named as an example on the next line, with no other text named: a mention, released
EXAMPLES = [
    "(U) Staff need a clearance, e.g.\nSECRET, to enter the annex.\n",
    "(U) Staff need a clearance, e.g.\nSECRET.\n",
]


@pytest.mark.parametrize("kind,text", WRAPPED, ids=[k for k, _ in WRAPPED])
def test_a_claim_wrapped_onto_the_next_line_withholds_the_paragraph_it_names(kind, text):
    assert_withheld(text, MINISTER, levels=ALL)


@pytest.mark.parametrize("text", EXAMPLES)
def test_a_level_named_as_an_example_on_the_next_line_stays_released(text):
    doc = HEAD + text + f"\n(U) {MINISTER}\n"
    for level in ALL:
        assert_released(doc, MINISTER, level)
        assert_released(doc, "Staff need a clearance", level)
        assert_released(doc, "Scheduling for the visit is complete.", level)
