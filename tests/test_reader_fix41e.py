"""fix41e: release lists and NOFORN that drop off text (partner leaks of round 167, issue 8), by class.

First run (main `e4d94577` = `2e21c610` + rounds 167-169): 4 of 61 round-167 documents leaked at partner (GBR):
adv167-007 (a fax cover's handling block ticks `[X] NOFORN`), adv167-012 (`(CUI//REL TO USA, AUS, CAN,` wrapped so
that `NZL)` opens the next line), adv167-028 (an (SBU) paragraph closed by a trailing `(NF)`), adv167-036 (`REL TO
USA, AUS, CAN, G̶B̶R̶, NZL` with GBR struck through by U+0336). After `reader/lost_release_limits.py`: 0 of 61.

Classes, each only raising (a limit on foreign release; the level is never raised): 1 a ticked form box in any style
(`[X]`, `[x]`, `☒`, `■`, `(X)`) before NOFORN or a release list (a blank ticked list is NOFORN); 2 a mark or a release
list wrapped over a line end (after a comma, a hyphen or a soft hyphen); 3 a control mark inside a portion (a trailing
`(NF)`); 4 a country struck out of a release list (stroke overlays, `~~GBR~~`, `<s>`, `<del>`, wdiff `[-GBR-]`,
`-GBR-`; on main a `-GBR-` list already fails closed). The cases below are my own (not corpus copies); every `withheld` case leaks at partner on main. The release
cases (unticked boxes, lists that keep GBR, a struck country other than GBR) still release to the partner.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner",)
_EMAIL = ("From: Ruiz, Ana (DHS)\nTo: Border Group\nDate: Mon, 7 Dec 2026 10:00 -0500\nSubject: (U) Call notes\n\nCUI\n\n"
          "(U) Present: CBP, CBSA, Australian Border Force.\n\n{mark}The smugglers now hide cash in tractor tyres shipped\n"
          "through Tauranga and Napier every second week.\n\n(U) Next call Monday.\n\nAna Ruiz\n\nCUI\n")

# (id, document, phrase withheld at partner)
WITHHELD: list[tuple[str, str, str]] = [
    ("ticked-ballot-box",
     "UNCLASSIFIED//SBU\nTRAVEL ADVISORY ROUTING SLIP\nDissemination controls:\n  \u2612 NOFORN\n  \u2610 REL TO\n\n"
     "(U) The team lands in Lusaka on Monday.\n(SBU) The ambassador's residence guard rotation changes at 2200 nightly.\n",
     "guard rotation changes at 2200 nightly"),
    ("ticked-lower-x-words",
     "ROUTING SHEET\nHandling:\n[x] NOT RELEASABLE TO FOREIGN NATIONALS\n[ ] RELEASABLE TO PARTNERS\n\n"
     "(U) Meeting notes follow.\n(SBU) The liaison officer keeps the spare keys in the blue safe.\n",
     "keeps the spare keys in the blue safe"),
    ("ticked-square-blank-list",
     "FAX COVER\n\u25a0 SBU\n\u25a0 REL TO: ________\n\n(SBU) The witness moved to the safe flat on Gordon Street.\n",
     "The witness moved to the safe flat"),
    ("ticked-paren-x",
     "FAX COVER SHEET\nTo: Desk\nHandling (check all that apply):\n  (X) SBU\n  (X) NOFORN\n  ( ) REL TO: ____\n\n"
     "Message:\n(U) Hello.\n(SBU) The spare radios are in locker 12.\n(U) Thanks.\n",
     "The spare radios are in locker 12"),
    ("wrapped-after-comma", _EMAIL.format(mark="(CUI//REL TO USA, AUS, CAN,\nNZL) "), "hide cash in tractor tyres"),
    ("wrapped-list-reordered", _EMAIL.format(mark="(CUI//REL TO USA, NZL, AUS,\nCAN) "), "hide cash in tractor tyres"),
    ("wrapped-after-usa", _EMAIL.format(mark="(CUI//REL TO USA,\nAUS, CAN) "), "hide cash in tractor tyres"),
    ("trailing-nf-memo",
     "UNCLASSIFIED//SBU\n\nMEMORANDUM\nSUBJECT: (U) Visit\n\n1. (U) The visit is confirmed.\n2. (SBU) The governor "
     "will arrive by the service road behind the stadium. (NF)\n3. (U) Dress is casual.\n",
     "arrive by the service road behind"),
    ("trailing-nf-cui",
     "CUI\n(U) Summary.\n(CUI) Agent Rourke's cover address is the dry cleaner on 5th. (NF)\n(U) End.\n",
     "cover address is the dry cleaner"),
    ("struck-overlay-short",
     "CUI//REL TO USA, CAN, G\u0335B\u0335R\u0335, AUS\n\n(U) Summary.\n(CUI) The test range closes on the 9th for repairs.\n",
     "The test range closes on the 9th"),
    ("struck-markdown",
     "# Wiki page\n\n**CUI//REL TO USA, AUS, ~~GBR~~, NZL**\n\n(U) Overview.\n(CUI) Sensor array B drifts two degrees "
     "in cold weather.\n",
     "Sensor array B drifts two degrees"),
    ("struck-html-s",
     "<p>CUI//REL TO USA, <s>GBR</s>, CAN</p>\n<p>(U) Intro.</p>\n<p>(CUI) The depot in Pelham stores the spare "
     "rotors.</p>\n",
     "The depot in Pelham stores the spare"),
    ("struck-html-del",
     "SBU//REL TO USA, AUS, <del>GBR</del>\n\n(U) Intro.\n(SBU) Convoy timings shift to 0500 from Tuesday.\n",
     "Convoy timings shift to 0500"),
    ("struck-wdiff-brackets",
     "CUI//REL TO USA, AUS, [-GBR-] NZL\n\n(U) Intro.\n(CUI) The audit found 12 missing badges at Gate 3.\n",
     "found 12 missing badges at Gate 3"),
]

# (id, document, phrase still released at partner)
RELEASED: list[tuple[str, str, str]] = [
    ("unticked-noforn",
     "ROUTING SHEET\nHandling:\n[ ] NOFORN\n[X] REL TO: USA, GBR\n\n(U) Meeting notes follow.\n"
     "(SBU) The harbor master reopens berth 4 next week.\n",
     "The harbor master reopens berth 4"),
    ("unticked-ballot-box",
     "UNCLASSIFIED//SBU\nControls:\n  \u2610 NOFORN\n\n(SBU) The ferry timetable changes in April.\n",
     "The ferry timetable changes in April"),
    ("wrapped-list-keeps-gbr", _EMAIL.format(mark="(CUI//REL TO USA, GBR, AUS,\nCAN) "), "hide cash in tractor tyres"),
    ("wrapped-soft-hyphen-in-gbr", _EMAIL.format(mark="(CUI//REL TO USA, AUS, G\u00ad\nBR) "),
     "hide cash in tractor tyres"),
    ("struck-other-country",
     "CUI//REL TO USA, GBR, ~~AUS~~, NZL\n\n(U) Intro.\n(CUI) The bridge inspection is due in July.\n",
     "The bridge inspection is due in July"),
    ("trailing-plain-u",
     "UNCLASSIFIED//SBU\n1. (SBU) The clinic opens at nine on weekdays. (U)\n2. (U) Close.\n",
     "The clinic opens at nine on weekdays"),
]


@pytest.mark.parametrize("case_id,text,phrase", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert_withheld(text, phrase, PARTNER)
    assert_released(text, phrase, "usg")  # (only a limit on foreign release: the US Government keeps the text)


@pytest.mark.parametrize("case_id,text,phrase", RELEASED, ids=[c[0] for c in RELEASED])
def test_released_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, "partner")
