"""Leaks the lead fixed while merging this session's work (issue 8): each found by a blind round's first run on the
merged tree or by a read-only reviewer, and fixed towards withholding.

- adv141-041 (new in the merge of open34): "the last two paragraphs are secret" (Armenian, at the foot of an
  e-mail) over a two-line signature block (`Ani Petrosyan` / `Political Section`): the claim landed on the
  signature and the note's own neighbour only, and the two SBU paragraphs above were released at usg. Short
  closing blocks are no longer counted as paragraphs of "the last two" (`scope_exact._last_lines`, `_closing_block`).
  The same in English ("Note: the last two paragraphs are SECRET." over a one-line signature) leaked on main
  `e0d0104` too (`scope_exact._by_count` counted the signature): fixed the same way.
"""
from __future__ import annotations

import pytest

from released import assert_withheld

FIRST = "The prime minister's adviser said Yerevan will announce accession in September."
SECOND = "The association agreement will be dropped without any consultation with Brussels."


def _mail(note: str, signature: str) -> str:
    return ("From: Petrosyan, Ani (Yerevan)\nTo: EUR/CARC\nSubject: Customs union debate\n\nClassification: SBU\n\n"
            "(U) Parliament held hearings on the Eurasian customs union on October 15.\n\n"
            f"(SBU) {FIRST}\n\n(SBU) {SECOND}\n\n{signature}\n\n{note}\n\nClassification: SBU\n")


@pytest.mark.parametrize("note", [
    "Contact's note: վերջին երկու պարբերությունները գաղտնի են, օտարերկրացիների համար չեն",
    "Заметка: последние два абзаца секретны.",
    "Note: the last two paragraphs are SECRET.",
])
@pytest.mark.parametrize("signature", ["Ani Petrosyan\nPolitical Section", "Ani Petrosyan", "Thanks,\nAni\nPOL"])
@pytest.mark.parametrize("phrase", [FIRST, SECOND])
def test_last_two_paragraphs_over_a_signature_block_are_withheld(note, signature, phrase):
    assert_withheld(_mail(note, signature), phrase, levels=("usg", "partner", "public"))
