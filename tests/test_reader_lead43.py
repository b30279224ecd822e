"""The session of 2026-12-06 07:11 UTC: the lead's merge of fix43a-d (issue 8).

Round 173 (general, blind) leaked 5 of 61 documents on main `469c2454`, all at partner: release lists naming a group
of states in words (`ANZUS partners only`, `Nordic-Baltic Eight (NB8) partners`, `Weimar Triangle governments`), a
body sentence keeping the (CUI) paragraphs of a `REL TO USA, FVEY` e-mail from the United Kingdom, and a quoted
paragraph whose lead-in line says it comes from an SBU NOFORN cable. fix43d closed them (`country_groups` in
rules/levels.yaml, `_groups_named` in reader/evidence.py).

The reviewers' documents that leaked on a branch and are withheld on main `469c2454` and here
(tests/corpus/reader/lead43_review_cases.json, each the reviewer's own document):
- review43ab (fix43a): a command naming `the heading "Background"` raised only the portions under the FIRST line
  reading that heading; with two memos (or a quoted older draft) each holding one, the second memo's paragraph went
  out at every level (h02, h12, h13, h15). Main found no heading and raised every (U) portion; now every line that
  reads the heading counts (`sed_targets._under_heading`).
- review43cd (fix43d): a group's members were ADDED to every release list read in words: `Releasable to the
  Canadian liaison cell (P3) only` (main: REL TO USA, CAN) and `Releasable to the embassy security office (P3) only`
  (main: US only) gained GBR and FRA, and so did lists with the group after a negation (`never to G7 partners`,
  `excluding AUKUS partners`): released at partner (x17, v01-v14). A group's members now stand in only where main's
  reading of the sentence limits nothing, and never beside a negation.
- review43z (the first merge): the section under a named heading ended at the first numbered paragraph or
  sub-heading, and the rest of it went out (h05-h34); a heading-scoped command now also raises every candidate.
- review43w (the second merge): no new leak; it showed fix43f's line ranges trusting a listing's numbers when
  the listing was renumbered (`cat -b`, `cat FILE | nl`, `grep -v '^$' FILE | cat -n`, `tail -n +3 FILE | cat -n`):
  leaking on main too (s01-s16). A listing's numbers now count as the file's only when `cat -n`, `nl -ba` or
  `grep -n` printed the file itself; otherwise every candidate is raised as well.
"""
from __future__ import annotations

import pytest

import sbu_redact
from released import assert_review_case_withheld, review_cases

CASES = review_cases("lead43")

SBU_TEXT = "The ministry will move the new coastal radar to the northern cape next spring."


@pytest.fixture(scope="module")
def pipeline() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


def _email(handling: str) -> str:
    return (f"UNCLASSIFIED//SBU\n\nFrom: Haddad, Rana\nTo: POL-DL\nSubject: Radar site\n\n{handling}\n\n"
            f"(SBU) {SBU_TEXT}\n\n(U) The next meeting is on Tuesday.\n\nUNCLASSIFIED//SBU\n")


def _released_at_partner(pipeline: sbu_redact.Pipeline, text: str) -> bool:
    out = pipeline.redact(text, levels=["partner"], partner="GBR")
    return SBU_TEXT in " ".join(out["partner"].text.split())


# (the first two leak at partner on main `469c2454`; the other four are withheld there and leaked on fix43d's branch)
@pytest.mark.parametrize("handling", [
    "SBU - may be shared with Visegrad Group partners only.",
    "This message may be shared with Benelux governments only.",
    "Handling: SBU. May be shared with the Quad partners only.",
    "SBU: releasable to the embassy security office (P3) only.",
    "SBU: releasable to the Canadian liaison cell (AUKUS) only.",
    "SBU - may be shared with Canada, never with G7 partners, only.",
])
def test_sbu_limited_to_a_group_without_the_uk_is_withheld_at_partner(pipeline, handling):
    assert not _released_at_partner(pipeline, _email(handling))


@pytest.mark.parametrize("handling", [
    "SBU - may be shared with Five Eyes partners only.",
    "SBU - may be shared with NATO allies only.",
])
def test_sbu_shared_with_a_group_holding_the_uk_is_released_at_partner(pipeline, handling):
    assert _released_at_partner(pipeline, _email(handling))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reviewers_leak_is_withheld(pipeline: sbu_redact.Pipeline, case: dict) -> None:
    assert_review_case_withheld(pipeline, case)
