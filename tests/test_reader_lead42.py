"""Leaks the lead closed in the session of 2026-12-06 03:32 UTC (issue 8), each only raising.

Round 170 (general, blind) leaked 2 of 58 documents on main `da725b17`:
- adv170-016 (partner): an SBU e-mail whose handling line says the (SBU) paragraphs "may be shared with EU member
  state missions in / Brussels only": the sentence runs over a line end, and release sentences in words were read
  within one line only, so nothing limited the paragraphs and GBR received them. Release sentences in words
  (`controls_in_words`: "may be shared with ... only", "releasable to ... only") now read over one line end (not a
  blank line): reading more of them only limits more. rules/levels.yaml gains the `EU` release group (the 27 member
  states since 2020; GBR is not one) and `EU` / `European Union` name it.
- adv170-033 (usg): a FOIA re-review working copy keeps the annotations of a prior release in a margin column
  (`B1 1.4(D)         2. AL-MASRI SAID ...`): the paragraph numbers behind the column start no portion, so the
  annotated lines were read into the (U) paragraph above and released. `reader/prior_release_marks.py` raises each
  portion holding a line that opens with a (b)(1) annotation with an E.O. section 1.4 reason, then a gap, to at least
  CONFIDENTIAL (it never splits: a (U) paragraph that swallowed annotated lines is withheld whole). A cable's
  `E.O. 12958: DECL: <date>` (only a classified cable has a date to declassify on) now also counts as a
  classification authority block.
The reviewers' documents that leaked on a branch or the merged candidate and are withheld on main `da725b17` and
here (tests/corpus/reader/lead42_review_cases.json, each the reviewer's own document; g07 and review42ab-a02 also
leaked, or crashed, on main):
- review42ab (fix42a, fix42b; 33 documents): fix42b split every row of a change record at double spaces too (for
  rows printed in spaced columns), so a stray `U` in a `|`, tab or comment cell became the new mark, U to U raised
  nothing and the (U) paragraph was released (b14, b17, b18): the spaced reading is now tried only beside main's;
  `2,.s/(U)/(S)/` (an ed range ending at `.`) crashed fix42a's reader (a02).
- review42c (fix42c, lead42; 65 documents): fix42c's new handling-line paths (a statement after designations,
  `SBU - FOR OFFICIAL USE ONLY: ...`; a `Distribution:` label) printed a line that goes on as a sentence as a header
  field in every version (a01-a11, g01-g10; g07, `Dissemination: law enforcement sensitive since ...`, on main too):
  such a line now stays body text whenever the statement is not at its start or ends a label; the lead's first
  wrapped release sentence replaced the one-line reading and read `not releasable to the United Kingdom, but` /
  `... releasable to Canada only` as one list naming GBR (h04, partner): the wrapped readings are patterns of their
  own beside the one-line ones, so the limits intersect.
- review42z (the merged candidate; 50 documents): a short body line opening with fix42c's new `NO RELEASE OUTSIDE
  USG` phrases, or reached through its new label and designation paths, with data after the statement (`NO RELEASE
  OUTSIDE USG - SRC 4471-B KHAN / 0930Z 14 MAR`, `Distribution: US DIRECT HIRE ONLY - Khan, Raza (4471) 14.03`) was
  printed as a header field at usg and partner (d04-d16, k01-k04; d15, an older statement, on main too): in those
  paths a line holding anything besides statements and captions stays body text.
- review42y (the final candidate; 59 documents): in a cable's header zone (the lines under SUBJECT, REF and
  CLASSIFIED BY up to the first marked paragraph) every line holding a statement was a field, so a first body line
  ending `-- NO DISTRIBUTION OUTSIDE THE US GOVERNMENT.` (fix42c's phrase; main read it as no statement) was printed
  at usg and partner (c01-c07, v02-v19): there too, a line with the phrases that also open sentences and data or
  prose besides statements and captions stays body text (main's own statements in the header zone, followed by
  data, still print there as on main: an old leak, left open).

Five of the six withheld cases below fail on main `da725b17` (measured: `releasable to the Japanese and` / `Korean
delegations only` was already limited there); the released cases are traps of the same shapes that must keep releasing.
"""
from __future__ import annotations


import pytest

import sbu_redact
from released import assert_review_case_withheld, review_cases

CASES = review_cases("lead42")

SBU_LINE = "The finance ministry will freeze the accounts of three shipping agents next week."
OPEN_LINE = "The meeting is on Thursday in the small conference room."


@pytest.fixture(scope="module")
def pipeline() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


def _email(handling: str) -> str:
    return (f"From: Ortega, Lucia\nTo: EB-TFS\nSubject: Shipping agents\nClassification: UNCLASSIFIED//SBU\n\n"
            f"{handling}\n\n(SBU) {SBU_LINE}\n\n(U) {OPEN_LINE}\n\nLucia Ortega\n")


def _margin(annotation: str, gap: str = "        ") -> str:
    pad = " " * (len(annotation) + len(gap))
    return ("FOIA F-2025-01177 -- re-review working copy; prior release (2016) annotations at left\n"
            f"{pad}SUBJECT: HAITI: PORT DIRECTOR ON CUSTOMS FRAUD\n\n"
            f"{pad}1. (U) THE PORT DIRECTOR MET ECONOFF ON JUNE 4 AT THE TERMINAL.\n\n"
            f"{annotation}{gap}2. HE SAID TWO SENATORS TAKE A SHARE OF EVERY CONTAINER FEE\n"
            f"{annotation}{gap}AND THE MONEY GOES THROUGH A BANK IN MIAMI.\n\n{pad}SANDERS\n")


WITHHELD = [  # (id, text, phrase, levels that must not see it)
    ("wrapped-canadian-australian", _email("Note: the (SBU) paragraph below may be shared with our Canadian and\n"
                                           "Australian counterparts only, at the working group."),
     SBU_LINE, ("partner", "public")),
    ("wrapped-releasable-to", _email("Handling: releasable to the Japanese and\nKorean delegations only."),
     SBU_LINE, ("partner", "public")),
    ("eu-member-states-wrapped", _email("Handling: this may be passed to the EU member state\nmissions only, for the "
                                        "Brussels meeting."), SBU_LINE, ("partner", "public")),
    ("margin-b1-upper", _margin("B1 1.4(D)"), "TAKE A SHARE OF EVERY CONTAINER FEE", ("usg", "partner", "public")),
    ("margin-b1-two-reasons", _margin("B1 1.4(B),(D)", "\t"), "THE MONEY GOES THROUGH A BANK IN MIAMI",
     ("usg", "partner", "public")),
    ("margin-b1-lower", _margin("b1 1.4(c)"), "TAKE A SHARE OF EVERY CONTAINER FEE", ("usg", "partner", "public")),
]

RELEASED = [  # (id, text, phrase, levels that must see it)
    ("wrapped-british-canadian", _email("Note: the (SBU) paragraph below may be shared with our British and\n"
                                        "Canadian counterparts only, at the working group."), SBU_LINE,
     ("usg", "partner")),
    ("plain-u-under-wrapped-limit", _email("Note: the (SBU) paragraph below may be shared with our Canadian and\n"
                                           "Australian counterparts only."), OPEN_LINE, ("usg", "partner", "public")),
    ("exemption-explained-in-prose",
     "(U) Exemption (b)(1), E.O. 13526 section 1.4(c), covers foreign relations; two cables were withheld under it.\n"
     "(U) Requesters may appeal within ninety days of the letter.\n",
     "Requesters may appeal within ninety days of the letter", ("usg", "partner", "public")),
    ("eo-not-applicable",
     "UNCLAS ASTANA 000412\n\nE.O. 13526: N/A\nTAGS: PGOV, KZ\nSUBJECT: KAZAKHSTAN: PARTY CONGRESS DATES\n\n"
     "1. THE PARTY ANNOUNCED THAT ITS CONGRESS WILL OPEN ON MARCH 3 IN ASTANA.\n\nHOAGLAND\n",
     "THE PARTY ANNOUNCED THAT ITS CONGRESS WILL OPEN ON MARCH 3", ("usg", "partner", "public")),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(pipeline: sbu_redact.Pipeline, case: tuple) -> None:
    _, text, phrase, levels = case
    versions = pipeline.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    for level in levels:
        assert _flat(phrase) not in _flat(versions[level].text), level


@pytest.mark.parametrize("case", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(pipeline: sbu_redact.Pipeline, case: tuple) -> None:
    _, text, phrase, levels = case
    versions = pipeline.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    for level in levels:
        assert _flat(phrase) in _flat(versions[level].text), level


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reviewers_leak_is_withheld(pipeline: sbu_redact.Pipeline, case: dict) -> None:
    assert_review_case_withheld(pipeline, case)
