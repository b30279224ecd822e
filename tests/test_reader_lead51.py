"""The session of 2026-12-07 12:01 UTC: the lead's reviews of this session's reader changes (issue 8).

review51a (40 documents against fix51c's snapshot `664f89ff`, blind to its tests) found **21 new leaks**: fix51c's
over-redaction fixes RELEASED text main withheld. Its JSON reader (`json_marked_strings`) read each marked message as
its own portion but never read keys, flags (`"noforn": true`), numbers (`"classification": 2`), a `"label"` or
`"banner"` key, an attachment title or a message continuing the one before; its TOML reader read a plain `[export]`
table's `banner = "SECRET//NOFORN"` as nothing; its INSERT rows without a column list ignored a `noforn` column; its
LaTeX command lines ended a portion that continued below them. **fix51c was reverted**: over-redaction fails closed.
review51b (51 documents against the merge `7f4f24df`) found 7 more, all from the same JSON reader, and nothing from
fix51e, fix51f or fix51b (the moved vocabulary matches main's lists; `check --public` with a warm cache drops no
PUBLIC_WITHHELD line main had).
review51c (45 documents against the merge) found **10 new leaks at partner** from two rules: `release_conditions.
names_no_one` (a group less a member it does not name keeps NOFORN) read fix51g's demonyms (`irish`, `yank`) and
fix51d's `the Yard` as naming the member, so `FVEY less one partner at the irish desk` lost its NOFORN (mended:
`_names_foreign(wide=False)` there); fix51a's `Distribution:` label put inside main's closed-list pattern made its
match start at the label and swallow main's narrower one (`Audience - London asked for it, but it goes to the
Australian and Canadian desks only`; mended: a pattern of its own). Also mended: `NOT_REL_TO: GBR` read as a release
field by fix51g's key prefix. The reviewers' documents that the mended tree withholds are cases here (ids
`review51x-...`); left open (they leak on main too): review51a's SQL INSERT with a column list and a `noforn` flag
column, a chat `[10:01] Name (S//NF) ...` line continued by `(U) ...`, pretty-printed JSON whose `"label"` says TS//SI
over `"text": "(U) ..."` lines; review51b's Markdown `###` sub-heading ending a `##` heading span, a YAML review item
with its level on a later line, an S//NF sentence wrapping onto a line that starts `(U) and that`; review51c's lower-case
`Distribution: usa, can and aus only.`, `NOT_REL_TO: GBR` (not read as a bar), `Foreign release: none authorized`.
"""
from __future__ import annotations

from released import reviewer_documents_test

test_reviewer_document_is_withheld = reviewer_documents_test("lead51")
