"""Leaks the session's reviewers found in merged fixes (issue 8, session of 2026-12-05 20:13 UTC), each closed by the
lead before landing, back to what main read or only raising. Every case is a reviewer's own document (not a corpus
document): it leaked on the merged branch named in its id and is withheld on main `7348326` and here.

- review40b (fix40b, 37 documents, 12 new leaks): `resumed_portions` stopped at the first unmarked lower-case
  portion it raised (a photo credit, `continued from page 1`) that already had the document's level, so the later
  (U) paragraph main raised kept its (U); `stuck_marks` read a block's last line ending `(U),` or `annex (C);` as
  a closing mark, which hid the early marks main's reading raised. Both now keep main's reading as well.
- review40b2 (fix40b after the fixes above, 30 documents, 12 new leaks): a lower-case `(c)` read as a mark inside
  `inherit` made its portion the classified one that holds an `UNCLASSIFIED//NOFORN` banner's (or a `Dissemination:`
  or `Releasability:` field's) control, so the other (U) paragraphs lost the NOFORN main gave them, at partner and
  public. The lower-case marks are now a raising pass of their own after the controls (`raise_lower_case_marks`).
- review40a (fix40a's first commit, 34 documents): HTML and French reviewer comments were read as governing statements
  whose target words were not understood, so they raised only their own portion and the one above and counted as
  read, and main's fail-closed raise of everything after an unresolved statement stopped (h08, h14, h15, h17; fix40a
  rebuilt them as a raising pass of its own, `review_comments.py`); a sed correction naming two parts (`for the last
  bullet and the second bullet`) raised only the first (s04; now every part named).
- review40a2 (fix40a's final form, 38 documents, 12 new leaks): `the last para 2`, `final bullet 1`, `bottom item 2`:
  the new `last` ordinal took the words and the number main read was lost. A part named by its number is read on its
  own as well (`_NAMED_NUMBER`).
- review40z (the merged candidate, 47 documents, 12 new leaks): (A) fix40c's `item 3 graduates to C` read in
  `govern()` raised a (U) paragraph before the document's controls were placed, and the holder checks took it for the
  classified portion that holds an `UNCLASSIFIED//NOFORN` or `REL TO` banner's control: the other (U) paragraphs lost
  it at partner and public (main's own `Para 3 is CONFIDENTIAL` did the same: an old leak, now closed too). The holders
  and the orphan controls are now looked for among the portions as marked, before statements raised any. (B) fix40c's
  YAML `level:` keys made a file under a `# SECRET//NOFORN` comment with `level: U` records a YAML export whose records
  were released: reverted (adv164-052 leaks again, a strict xfail). (C) fix40c's level words (`secretu`) made the note
  readers of `untranslated` read a note main could not read, placed on its first paragraph only, and main's raise of
  every portion stopped (`I paragrafi 2 è 4 sò secretu`): those words are now `claim_level_words`, read only by
  `foreign_level_sentences`, which runs after main's readings and their fallback.
"""
from __future__ import annotations


import pytest

import sbu_redact
from released import assert_review_case_withheld, review_cases

CASES = review_cases("lead40")


@pytest.fixture(scope="module")
def pipeline() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reviewers_leak_is_withheld(pipeline, case):
    assert_review_case_withheld(pipeline, case)
