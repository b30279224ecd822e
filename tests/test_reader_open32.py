"""Leaks this session's reviewers (review32c, review32d) and fixers (fixlang32) found that leak on main before
the session (`eacf9ee`) too and that were not fixed before landing (issue 8). They were strict xfails until
open33 fixed them (below). Found 2026-12-04 by writing documents
against the merged diff; their originals are in the reviewers' scratch folders of that session.

- A claim at the top of a reply on "the last paragraph" with the original message quoted below: the reader takes
  the quoted message's last paragraph (review32d, `scope_exact._placed_among` or the reply split).
- "The last paragraph is secret" in Vietnamese or Greeklish with no lead word ("Ghi chu:", "Note:") before it
  (review32d: the singular "đoạn cuối" and "teleftaia paragrafos" are not in the place words).
- A note that mixes English and another language on one line (fixlang32: read by neither reader).
- A Mermaid edge label with its own (U) and a node label after it on the same line, in an SBU//NOFORN file:
  the node's unmarked text is released at partner (review32c, m1; `diagram_labels` is not involved).

open33 fixed the six by class: the reply's own text is raised with the quoted message; the place words of
Vietnamese and Greeklish in the rules; a diagram the layout split is raised whole; the mixed line was no matter of
mixing: Slovak `odsek` was missing from the paragraph words of `refers_abroad` (`FIXED`).
"""
from __future__ import annotations

import pytest

from released import assert_withheld

SECRET_PLAN = "Counter-surveillance team Bravo will sit in the blue van on Rue Halim."

REPLY = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSubject: RE: Visit logistics\n\n"
         "The last paragraph is SECRET//NOFORN.\n\n"
         "The delegation arrives Tuesday at 0900 and stays at the Marriott.\n\n"
         f"{SECRET_PLAN}\n\n"
         "Thanks,\nDana Whitfield\nRegional Security Office\n\n"
         "-----Original Message-----\nFrom: Karen Obi\nSent: Thursday, December 3, 2026 4:12 PM\n\n"
         "Dana, can you send the plan?\n\nThanks, Karen\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def _note_last(note: str) -> str:
    return ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSubject: Visit logistics\n\n"
            "The delegation arrives Tuesday at 0900 and stays at the Marriott.\n\n"
            f"{SECRET_PLAN}\n\n{note}\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


MERMAID = 'UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) Interview flow for referred applicants.\n\n```mermaid\nflowchart LR\n  subgraph S1["(SBU//NF) Referral handling"]\n    A["(U) Applicant submits DS-160"] --> B["Fraud unit checks Ali Hassan\'s list"]\n    B --> C["(U) Interview at window 4"]\n  end\n  %% (U) Window 4 has the document camera.\n  %% ALPHA sits behind window 4 during referred interviews.\n  C -->|"(U) refused"| D["Case to Omar Farah at MOI"]\n```\n\n(U) Questions to the consular chief.\n'

FIXED = [  # (open33: fixed by class; their variants are in tests/test_reader_open33.py)
    ("reply-with-original-below", REPLY, SECRET_PLAN, ("usg", "partner")),
    ("vietnamese-no-lead", _note_last("Đoạn cuối là mật."), SECRET_PLAN, ("usg", "partner")),
    ("vietnamese-ascii-no-lead", _note_last("Doan cuoi la tuyet mat."), SECRET_PLAN, ("usg", "partner")),
    ("greeklish-no-lead", _note_last("I teleftaia paragrafos einai aporriti."), SECRET_PLAN, ("usg", "partner")),
    ("mermaid-edge-then-node", MERMAID,
     "Case to Omar Farah at MOI", ("partner",)),
    ("english-and-slovak-on-one-line", _note_last("Tom, the notes from lunch. Pozor: posledny odsek je TAJNE"),
     SECRET_PLAN, ("usg", "partner")),
]


@pytest.mark.parametrize("kind,text,phrase,levels", FIXED, ids=[k for k, *_ in FIXED])
def test_fixed_leak_is_withheld(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels=levels)
