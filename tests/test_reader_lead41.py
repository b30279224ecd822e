"""Leaks the lead closed in the session of 2026-12-05 23:44 UTC (issue 8), each only raising.

- adv168-069 (round 168's first run on main `2e21c610`): an UNCLASSIFIED IRC log printed as `[14:04] <lydia> (SBU)
  The alarm code ...`. A chat post's mark was read only in the `nick:` forms; with the IRC author in angle brackets and
  no colon (or a bare author after a time) the post stayed in the unmarked log, which took the banner's UNCLASSIFIED,
  and its (SBU) (and a (C) or (S) in the same place) was released at every level, the mark itself stripped from the
  release. `inline_marks.raise_chat_head_marks` (a late pass of its own, after the controls) raises the portion that
  holds such a post to at least its mark; it never splits or lowers. Measured on the 13 rounds with chat logs of these
  shapes: adv168-069 fixed, no new over-redaction.

The reviewers' documents that leaked on a merged branch and are withheld on main `2e21c610` and here
(tests/corpus/reader/lead41_review_cases.json, each the reviewer's own document):
- review41ab (fix41a, fix41b; 44 documents): a change record's section word (`section: 2`, new in fix41b) ended the
  record of the paragraph word above it (`- para: 3` / `section: 2` / `was: U` / `now: C`), and paragraph 2 was raised
  instead of 3, which was released (r41ab-026, 033, 034, 043, 044); `para 0` / `paras 0-2` crashed the reader with an
  IndexError (fix41a's scopes, fix41b's records, and main's `0th paragraph from the end`, r41ab-020, 041). A section
  word now names a part only outside a paragraph word's record; a part numbered 0 names none (the callers' fallbacks
  raise).
- review41cd (fix41c, fix41d; 59 documents): a body line opening with one of fix41c's handling phrases and going on as
  a sentence (`No foreign nationals were in the room when the defector named ...`) became a header field printed as
  it is (a01, a03, a06, v05, v09): its controls count, but it stays body text; a bare-mark portion fix41c raised ended
  the search for the portion main raised (c01, w02): main's search goes on, and main's cut reading is kept beside the
  one without break lines; `Classification: US Government Personnel Only` read as UNCLASSIFIED//NOFORN (a08, v07).
- review41z (the merged candidate; 40 documents): the lead's first fix of a08/v07 (any `Classification:` value of
  dissemination words alone left unread) dropped the NOFORN main read from `Classification: NOT RELEASABLE TO FOREIGN
  NATIONALS` (H01-H04, partner). Now only fix41c's new phrases are kept out of a `Classification:` value
  (`opens_sentences: true` in rules/markings.yaml), where main read them as nothing.
"""
from __future__ import annotations


import pytest

import sbu_redact
from released import assert_review_case_withheld, review_cases

CASES = review_cases("lead41")


@pytest.fixture(scope="module")
def pipeline() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


SECRET_LINE = "the duty officer keeps the vault combination in the red binder"
SBU_LINE = "the guard rotation for the residence changes every ninth day"


def _log(post: str, banner: str = "UNCLASSIFIED") -> str:
    return (f"{banner}\n#amman-gso 2026-10-02\n[09:10] <rkhoury> (U) The motor pool will close early on Thursday.\n"
            f"[09:11] <rkhoury> (U) Please return the vehicle keys to the front desk before noon.\n{post}\n"
            f"[09:15] <tmills> ok thanks\n{banner}\n")


WITHHELD = [  # (post, phrase, levels that must not see it)
    (f"[09:12] <tmills> (C) {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"09:12 <@tmills> (S) {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"[09:12] <tmills>: (S//NF) {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"[09:12] tmills (C) {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"<tmills> (C) {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"[09:12] <tmills> *(S)* {SECRET_LINE}.", SECRET_LINE, ("usg", "partner", "public")),
    (f"[09:12] <tmills> (SBU) {SBU_LINE}.", SBU_LINE, ("public",)),
    (f"[09:12] <tmills> (SBU//NF) {SBU_LINE}.", SBU_LINE, ("partner", "public")),
]


@pytest.mark.parametrize("post,phrase,levels", WITHHELD, ids=[w[0][:28] for w in WITHHELD])
def test_chat_post_mark_after_time_and_author_is_read(pipeline, post, phrase, levels):
    out = pipeline.redact(_log(post), levels=["usg", "partner", "public"], partner="GBR")
    for level in levels:
        assert phrase not in out[level].text, f"{post!r} released at {level}"


RELEASED = [
    "[09:12] <tmills> (U) The shuttle leaves from the north gate at five.",
    "[09:12] <tmills> (FYI) The shuttle leaves from the north gate at five.",
]


@pytest.mark.parametrize("post", RELEASED, ids=[p[:28] for p in RELEASED])
def test_unclassified_chat_posts_stay_released_at_usg(pipeline, post):
    out = pipeline.redact(_log(post), levels=["usg"])
    assert "Please return the vehicle keys to the front desk before noon." in out["usg"].text


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reviewers_leak_is_withheld(pipeline, case):
    assert_review_case_withheld(pipeline, case)
