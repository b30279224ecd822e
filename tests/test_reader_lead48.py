"""The session of 2026-12-07 01:05 UTC: the lead's review of fix48a's scoped stated controls (issue 8).

fix48a tried to scope a sentence stating a foreign-disclosure control (`The draft itinerary is not for foreign
eyes.`) to the portion that holds it when its subject is that portion's own thing, so that the other portions of
the document are not NOFORN (test_foia's (LES) paragraph, withheld at partner since fix47d). Its own 96 edge
documents (tests/corpus/reader/fix48a_review_cases.json) stayed withheld, and the narrowing fired on none of the
11,405 harness documents. review48a (56 documents written against the snapshot `6a35daba`, blind to fix48a's
tests) found **28 new leaks at partner**: subjects that are the document under another name (`the read-ahead`,
`the guidance`, `the dossier`, `the visit program` under a `DAY BY DAY` title), widening clauses (`..., nor is the
next paragraph.`, `Nor is anything else in this cable.`), `This para is not for foreign eyes.` alone in its
paragraph, and portions with another designation (LES, FOUO) that are what the statement is about. Which thing a
sentence's subject is cannot be read exactly from the words, so the whole-document reading (fail closed) stays and
fix48a was not merged. Both sets of documents are cases here: each must stay withheld at every level it names, so a
later narrowing is measured on them.

review48b (36 documents against the session's merge `48135c59`) found **12 new leaks at partner**, all from fix48d's
reading of list items in a partial UK release (`the first two bullets`, `points 1 and 3`, `the last entry` may be
released to the UK): numbered paragraphs were taken for list items, the first list after the sentence for the one it
meant, and `the first point of contact` or `first line supervisors` for item references, so the wrong items went to
the UK. The lead made such a release keep no part (`partial_releases._names_list_items`: every controlled portion takes
NOFORN, fail closed), which also fixed three of its old leaks (a release note taken for an annex heading, `the first
two bullets of para 4`, `Section 3` running to the end); and a review record naming a part by topic now raises every
marked part holding a word of the topic, not only the one holding most (fix48f's `record_targets`: its decoy,
`hands the keeper of the house ...`, was released at every level on main and on the merge). Its 36 documents are
cases here too (ids `review48b-...`).
"""
from __future__ import annotations

from released import reviewer_documents_test

test_reviewer_document_is_withheld = reviewer_documents_test("lead48")
test_fixer_edge_document_is_withheld = reviewer_documents_test("fix48a")
