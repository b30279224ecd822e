"""The session of 2026-12-07 08:18 UTC: the lead's reviews of this session's reader changes (issue 8).

review50a (34 documents against fix50b's snapshot `c38e3593`, blind to its tests) found **8 new leaks**, all at
partner, from one rule: fix50b's split of the UK list gave `withdrawn_members._left_community` (a kind-1 use:
naming the UK raises) the wider list with `ambiguous_offices`, and its `finditer` tried matches only where the last
one ended. A match that began at one of the new names (`The Foreign Secretary's departure from Brussels means the UK
is no longer a participant`) was thrown away (its object named no community) and had swallowed the UK's own
statement, so the NOFORN raise was lost. The lead's mend tries the pattern at every start after a thrown-away match;
it also fixes five of the reviewer's documents that leak on main too (`Home Office`, `Metropolitan police service
withdrawal`, a participant list naming the MoD, a partial release to the Home Office, a lapsed release to the SFO).
The reviewer's documents that the mended tree withholds are cases here (ids `review50a-...`). Two leak on main and
here and are left open (issue 8): a closed `Distribution: FBI, French DGSI, Ministry of Defence only` list (an office
named beside a country adjective), and `These entries must not go to Cheltenham or the NCSC` (`entries` is not among
the words the ban reads before `go to`).
review50b (40 documents against the merge `716368d8` of fix50a, b, c, d, g and fixnames50, blind to their tests) found
**12 new leaks** (usg and partner), all from one rule: fix50g's SQL reader (`line_records._omitted_markings`) read
the DEFAULT of a marking column as the mark of every INSERT row that leaves the column out, and counted those rows as
explicitly marked. An UPDATE or a trigger that marks the rows SECRET//NOFORN, an `ALTER ... SET DEFAULT`, a table
dropped and created again, another database's table of the same name, a CREATE after the INSERT, a second marking
column (`dissem_controls DEFAULT 'NOFORN'`), a comment, or a SECRET//NOFORN banner around the dump: each was released
at usg and partner, where main withheld the rows at every level. What such a row is marked cannot be read exactly
from a dump, so the lead's mend makes the rows doubtful (withheld at every level) whatever the DEFAULT says; a
DEFAULT of plain (U) still leaves main's reading. All 40 of its documents are withheld on the mended tree and are
cases here; five of them leaked on main and are fixed by this session's changes (a coalition of foreign royal navies,
`Ministry of Defence` in a participant list, `(U) NF - ...` under a SECRET banner, `GCC states that are also NATO
members`, a row without a classification column under a CUI default).
review50c (59 documents against `0f2c76b5`, the merge of fix50e and fix50f onto the above) found no leak against main
but **12 documents that the merge before it had closed**: the lead's first merge of fix50c's and fix50f's worksheet
rows read a caption row by fix50f's row-block reading alone, which left a caption's own line unraised when it did not
repeat the block's label (pipe worksheets, every level); and fix50e's `COBRA` among the UK's ambiguous offices made
`COBRA GOLD participants` a group holding the UK, so fix50g's intersection NOFORN was dropped (partner). The mends: a
row takes what both readings find; `group_intersections.holds_uk` and `release_conditions._other_party` (uses where
naming the UK keeps a text releasable) read only the names that say the country (`ambiguous=False`); `COBRA` and
`COBR` are out of the list. Its documents the mended tree withholds are cases here. Left open (they leak on main too):
a release window `up to 30 November 2026` in a cable whose DTG says December but whose first written date is a
November reference above the header (`release_conditions.lapsed` does not read the DTG), CSV caption rows
(`Figure 2 caption,retain,CONFIDENTIAL`), an `<approval by="Cobra Gold planning cell" countersigned="true"/>` read as
the UK's countersignature, and `share this paragraph with the British embassy only` under a U//FOUO//NOFORN banner.
"""
from __future__ import annotations

from released import reviewer_documents_test

test_reviewer_document_is_withheld = reviewer_documents_test("lead50")
