"""fix44b: structured exports whose header states a classification, handling lines in a header zone, UK exclusions
written after the countries (issue 8).

Classes: 1 a structured export whose header states a classification governs its records (a JSON export's `"header":
{"classification": "SECRET//NOFORN"}` or top-level `"classification"` above records whose `"level": "U"` keys reach it
nowhere; JSON lines after a header line; a Markdown front matter whose `note:` says the file is classified SECRET
above (U) items); 2 a handling statement in a cable's header zone (`NOFORN - SOURCE ...` under REF, `DISSEMINATION
LIMITED TO USG` alone under SUBJECT) is a document control, never a REF or subject field printed as written; 3 UK
exclusions in words after the countries (`AUKUS partners (UK excluded)`, `ACGU members, Britain excepted`, `Five
Eyes, save Britain`).

First run on main `b77dc9ec` (the cases below, written fresh): every withheld case leaked at one level or more
(adv175-028 and review43cd h01, x03, review43z c01, g03, g11 leaked on main); all pass on the branch. The release
cases (traps of the same shapes: a header justified by a record of its level, a weekend exception, a plain REF line)
pass on both.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

_JSON_HEADER = """{
  "header": {"classification": "SECRET//NOFORN", "tool": "tracker-dump 1.4", "run": "2026-11-30"},
  "rows": [
    {"n": 17, "level": "U", "text": "The harbour pilot takes payments from the smuggling ring every Friday."},
    {"n": 18, "level": "UNCLASSIFIED", "text": "The pilot's brother keeps the ledgers in a garage in Durres."}
  ]
}
"""
_JSON_TOP = """{
  "classification": "CONFIDENTIAL//NOFORN",
  "exportedBy": "ops-desk",
  "entries": [
    {"id": "a", "level": "U", "body": "The mayor will sell the port concession to a shell company before the vote."}
  ]
}
"""
_JSON_LINES = ('{"meta": {"classification": "SECRET", "source": "liaison-feed"}}\n'
               '{"id": 1, "level": "U", "msg": "The colonel moved the launchers to the quarry near the border last night."}\n'
               '{"id": 2, "level": "U", "msg": "The launchers will be fuelled on Thursday before dawn."}\n')
_FRONT_MATTER = """---
title: desk notes
note: Everything in this file is classified SECRET//NOFORN.
---
- (U) The deputy minister's driver sells the convoy schedule to a trucking firm.
- (U) The firm passes the schedule to the militia commander in Kidal.
"""
_CABLE_REF = """UNCLAS SECTION 01 OF 01 BAMAKO 000412

SIPDIS

E.O. 12958: N/A
TAGS: PGOV, PINR
SUBJECT: MARKET PRICES

REF: A. BAMAKO 0398
NOFORN -- SOURCE DIARRA SAYS THE GENERAL HIDES FUEL IN THE STADIUM

1. (U) Grain prices rose four percent in October.
"""
_MEMO_SUBJECT = """UNCLASSIFIED//SBU
SUBJECT: CUSTOMS REVIEW
DISSEMINATION LIMITED TO THE USG
1. (SBU) The customs chief will transfer the deputy who reported the bribes.
"""
_UK = "SBU\n(SBU) The refinery manager diverts two tankers a week to a buyer in Lome. {}\n"

CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ("json-header-object", _JSON_HEADER, ["takes payments from the smuggling ring", "keeps the ledgers in a garage"],
     ALL, []),
    ("json-top-level-key", _JSON_TOP, ["sell the port concession to a shell company"], ALL, []),
    ("json-lines-header-line", _JSON_LINES, ["moved the launchers to the quarry", "will be fuelled on Thursday"], ALL, []),
    ("front-matter-note", _FRONT_MATTER, ["sells the convoy schedule", "passes the schedule to the militia"], ALL, []),
    ("cable-ref-noforn-line", _CABLE_REF, ["THE GENERAL HIDES FUEL IN THE STADIUM"], PARTNER,
     ["Grain prices rose four percent"]),
    ("memo-subject-dissemination-line", _MEMO_SUBJECT, ["will transfer the deputy who reported the bribes"], PARTNER,
     ["will transfer the deputy who reported the bribes"]),
    ("uk-excluded-parenthesised", _UK.format("May be shared with AUKUS partners (UK excluded)."),
     ["diverts two tankers a week"], PARTNER, []),
    ("uk-excepted-after-comma", _UK.format("Releasable to Five Eyes members, Britain excepted."),
     ["diverts two tankers a week"], PARTNER, []),
    ("uk-excluded-with-the", _UK.format("Can be passed to Five Eyes partners, with the United Kingdom excluded."),
     ["diverts two tankers a week"], PARTNER, []),
    ("uk-save", _UK.format("May be shared with the Five Eyes, save Britain."), ["diverts two tankers a week"],
     PARTNER, []),
]

# traps of the same shapes that must still release
RELEASES: list[tuple[str, str, str, str]] = [
    ("json-header-justified", """{
  "header": {"classification": "CONFIDENTIAL", "tool": "x"},
  "rows": [
    {"n": 1, "level": "C", "text": "The envoy said the talks will collapse after the holiday."},
    {"n": 2, "level": "U", "text": "The talks are held in the old customs house downtown."}
  ]
}
""", "The talks are held in the old customs house downtown.", "usg"),
    ("json-unclassified-header", """{
  "header": {"classification": "UNCLASSIFIED", "tool": "x"},
  "rows": [
    {"n": 1, "level": "U", "text": "The ferry timetable changes on the first of March."}
  ]
}
""", "The ferry timetable changes on the first of March.", "usg"),
    ("uk-weekends-excepted", _UK.replace("The refinery manager diverts two tankers a week to a buyer in Lome.",
                                         "The embassy will host the trade fair in May.").format(
        "May be shared with Five Eyes partners, weekends excepted."), "will host the trade fair in May", "partner"),
    ("cable-plain-ref", _CABLE_REF.replace("NOFORN -- SOURCE DIARRA SAYS THE GENERAL HIDES FUEL IN THE STADIUM\n", ""),
     "Grain prices rose four percent", "partner"),
]


@pytest.mark.parametrize("case_id,text,withheld,levels,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("case_id,text,withheld,levels,released", [c for c in CASES if c[4]],
                         ids=[c[0] for c in CASES if c[4]])
def test_released_at_usg(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...],
                         released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,phrase,level", RELEASES, ids=[c[0] for c in RELEASES])
def test_trap_released(case_id: str, text: str, phrase: str, level: str) -> None:
    assert_released(text, phrase, level)
