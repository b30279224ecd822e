"""The session of 2026-12-06 21:54 UTC: the lead's review of fix47a's narrowed joined claims (issue 8).

fix47a narrowed fix46i's `reader/joined_claims.py` (a note that joins a numbered part's claim to a second clause
stating a level raised every other portion): a second clause with no subject of its own raised nothing, an ordinal
raised only the paragraph it counts to. It released 26 of the 46 older documents fix46i over-redacted, with no new
leak on the whole harness. review47a (75 documents written against the diff) found **22 new leaks** on the merged
candidate `311715b1`: notes whose second clause is an order about the whole document (`Para 4 is U. Keep SECRET.`,
`please handle as CONFIDENTIAL`, `from here on, treat as SECRET`, `Should be SECRET, the whole thing.`) raised
nothing, and ordinals that count copies, versions, an unnumbered summary or an annex's paragraphs (`the second copy
is SECRET`, `para 2 of the annex is NOFORN and the third is SECRET`) raised the wrong paragraph. The merge was
reverted; main's blunt rule stands. These are the reviewer's own documents (tests/corpus/reader/
lead47_review_cases.json): each must stay withheld at every level it names, so a later narrowing is measured on them.

fix47f made the reader see a chat post's mark after its time and author (`[09:01] <hsato> (U) ...`, Matrix
`@pnair: (U)`, WhatsApp `17:42 - Omar K.: (U)`) in logs of an exact shape, releasing 8 ordinary chat logs main
withheld as unmarked. review47f (36 documents against the snapshot `6e0cc0ed`) found **13 new leaks, each at every
level**: a statement above or below the log (`all traffic in this room is SECRET//NOFORN no matter how individual
lines are marked`), a line-code legend, a channel topic or a classified paragraph that a (U) post repeats in fewer
than twelve words, a later `my 09:01 line should have been marked (S//NF)`, a level right after the post's mark
(`(U) SECRET: ...`, `(U) TS//SCI ...`) and a classification letter as the author (`<C>`). The merge was reverted;
the reviewer's 13 documents are cases here too (ids `review47f-...`).
"""
from __future__ import annotations


from released import reviewer_documents_test


test_reviewer_document_is_withheld = reviewer_documents_test("lead47")


# review47f's old leak (main too): `TS//SCI` left in a (U) portion's text was no marking to the backstop (SCI is no
# register token: the class of the control systems), so the portion was released at every level. Now a run joined
# by `//` that holds it is a marking the grammar cannot read: the portion is doubtful, withheld everywhere.
import pytest  # noqa: E402

from released import ALL, assert_released, assert_withheld  # noqa: E402

_MEMO = ("MEMORANDUM FOR THE RECORD\nSUBJECT: (U) Port call\n\n1. (U) Lunch is at noon today.\n\n2. {}\n\n"
         "3. (U) The ship leaves on Friday.\n")


@pytest.mark.parametrize("body", [
    "(U) TS//SCI the navy will close the strait to tankers next week.",
    "(U) Per the brief (TS//SCI) the navy will close the strait to tankers next week.",
    "(U) We were told TS//SCI//NOFORN that the navy will close the strait to tankers.",
    "(U) TOP SECRET//SCI the navy will close the strait to tankers next week.",
])
def test_sci_left_in_a_portion_is_withheld(body):
    assert_withheld(_MEMO.format(body), "close the strait to tankers", ALL)


@pytest.mark.parametrize("body", [
    "(U) The analysts hold TS//SCI clearances and the strait schedule is public.",
    "(U) Apply for TS/SCI access early; the strait schedule is public.",
    "(U) The SCI facility tour and the strait schedule are public.",
])
def test_sci_as_a_clearance_or_a_word_stays_released(body):
    assert_released(_MEMO.format(body), "the strait schedule")
