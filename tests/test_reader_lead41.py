"""Leaks the lead closed in the session of 2026-12-05 23:44 UTC (issue 8), each only raising.

- adv168-069 (round 168's first run on main `2e21c610`): an UNCLASSIFIED IRC log printed as `[14:04] <lydia> (SBU)
  The alarm code ...`. A chat post's mark was read only in the `nick:` forms; with the IRC author in angle brackets and
  no colon (or a bare author after a time) the post stayed in the unmarked log, which took the banner's UNCLASSIFIED,
  and its (SBU) (and a (C) or (S) in the same place) was released at every level, the mark itself stripped from the
  release. `inline_marks.raise_chat_head_marks` (a late pass of its own, after the controls) raises the portion that
  holds such a post to at least its mark; it never splits or lowers. Measured on the 13 rounds with chat logs of these
  shapes: adv168-069 fixed, no new over-redaction.
"""
from __future__ import annotations

import pytest

import sbu_redact


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
