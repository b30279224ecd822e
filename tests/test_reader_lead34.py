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


# review34d (old leaks at partner, on e0d0104 too): release fields that the reader dropped or read too kindly, and
# plain (U) text kept releasable because an unmarked header line "held" the banner's NOFORN.
@pytest.mark.parametrize("text, phrase", [
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\nHandling: NODIS\n\n"
     "(U//FOUO) Talking points for the private channel to the Emir are attached.\n", "private channel to the Emir"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\nHandling: EXDIS\n\n"
     "(U//FOUO) Talking points for the private channel to the Emir are attached.\n", "private channel to the Emir"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasability: US ONLY\n\n"
     "(U//FOUO) The Harrow account ledger shows payments to two customs officers.\n", "Harrow account ledger"),
    ("UNCLASSIFIED//FOUO\nDissemination: REL TO USA, FVEY; except GBR pending MOU renewal\n\n"
     "(U//FOUO) The Basra port manifests list dual-use pumps bound for Bandar Abbas.\n", "Basra port manifests"),
    ("SBU//NOFORN\nSubject: Weekly schedule\n\n(U) Ambassador Keane will meet the opposition leader privately on "
     "Thursday.\n\nSBU//NOFORN\n", "will meet the opposition leader"),
])
def test_release_fields_and_banner_controls_reach_the_partner_level(text, phrase):
    assert_withheld(text, phrase, levels=("partner", "public"))


# review34c (new in fixwrap34's merge): a (U) first line pointing at the next paragraph, whose next line was split off
# as text of its own, named that line, and the paragraph it meant was released at every level. A first line that
# points ahead or back is no longer split (`split_raises.record_split`).
@pytest.mark.parametrize("first, under, then, phrase", [
    ("1. (U) THE NEXT PARAGRAPH IS SECRET NOFORN PER THE RSO.",
     "POST WILL FOLLOW UP SEPTEL WITH THE FULL LIST OF NAMES PROVIDED BY THE CENTRAL BANK GOVERNOR.",
     "2. (U) PAYMENTS TO THE HIRAK LEADERSHIP ARE ROUTED THROUGH THE ADEN BRANCH OF THE CAC BANK.",
     "PAYMENTS TO THE HIRAK LEADERSHIP"),
    ("1. (U) THE FOLLOWING PARAGRAPH IS SECRET NOFORN.", "      ALL CLASSIFIED POUCH MATERIAL MUST BE DOUBLE WRAPPED.",
     "2. (U) OUR RECRUITED ASSET IN THE MINISTRY REPORTS A CABINET RESHUFFLE BEFORE THE END OF THE MONTH.",
     "OUR RECRUITED ASSET IN THE MINISTRY"),
    ("1. (U) The next paragraph is SECRET NOFORN and must not be shared with liaison.",
     "Post will follow up septel with the full list of names provided by the Central Bank governor.",
     "2. (U) The governor's brother runs the qat smuggling route through Shuqra and pays the coast guard.",
     "brother runs the qat smuggling route"),
])
def test_next_paragraph_named_by_a_u_first_line_stays_withheld(first, under, then, phrase):
    text = f"C O N F I D E N T I A L SANAA 000977\n\nSUBJECT: PAYMENTS\n\n{first}\n{under}\n\n{then}\n"
    assert_withheld(text, phrase, levels=("usg", "partner", "public"))
