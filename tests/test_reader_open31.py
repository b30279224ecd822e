"""Leaks found by this session's reviewers (review31b, 2026-12-04) and not fixed before landing; they leak
on main `bf01f67` too. Each is a strict xfail: when a fix lands, the test passes, pytest reports it, and the
marker must go. The backstop skips a level word as a mention ("e.g. SECRET", "what X called SECRET")
without asking whether its portion names other text; a claim after a dash ("- SECRET") is read as a mark on
its own paragraph only."""
from __future__ import annotations

import pytest

from released import assert_withheld

MINISTER = "The minister confirmed the withdrawal begins 3 March from the northern bases."

OPEN = [
    ("e.g.", "(U) Logistics for the delegation are set.\n"
             "(U) Per the source, the next paragraph carries a higher level, e.g. SECRET.\n"
             f"(U) {MINISTER}\n"),
    ("called", "(U) Agenda below.\n"
               "(U) The next paragraph is what the Ministry called SECRET.\n"
               f"(U) {MINISTER}\n"),
    ("dash", "(U) Team - notes from today's call with the MOD.\n"
             f"(U) {MINISTER}\n"
             "(U) Nothing goes outside this thread - SECRET.\n"),
]


@pytest.mark.xfail(strict=True, reason="known leak (review31b, on main bf01f67 too): the claim is skipped as a "
                                       "mention or read as a mark on its own paragraph only")
@pytest.mark.parametrize("kind,text", OPEN, ids=[k for k, _ in OPEN])
def test_a_claim_on_another_paragraph_withholds_it(kind, text):
    assert_withheld(text, MINISTER, levels=("usg", "partner", "public"))
