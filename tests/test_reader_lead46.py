"""The session of 2026-12-06 18:12 UTC: the lead's merges of fix46a-c, fix46f and fixnames46 (issue 8).

review46z (the first merged candidate `4f00c487`, 40 documents and 44 name passages): 17 new leaks, all at
`partner`, all from fix46c's release fields in words (`reader/document_controls.py`, `_take_field_in_words` called
from `take_field`). A table whose header names a release column (`| Item | Releasability |`) and whose cell is prose
with no sign word (`the UK when the FDO agrees`, `Australia and the UK once the exercise ends`, review38b rf08's
`brother of a British officer` under a `Rel` column) was read on main as stating no control, and main's fail-closed
rule then gave the document NOFORN (the column may be no release column; its cells may be conditions). fix46c read
the countries such a cell names as a REL TO list first, so the control count rose and the NOFORN was never added:
the FOUO text was released to GBR. The column path now reads countries in words only AFTER main's check, as one
more limit (tests/corpus/reader/lead46_review_cases.json, each the reviewer's own document).
"""
from __future__ import annotations


from released import reviewer_documents_test


test_reviewer_document_is_withheld = reviewer_documents_test("lead46")
