"""fix45d: cable header zones without TAGS and exports whose record level is empty (issue 8).

First run (main d45fe65c, review44w): 7 documents leaked of these classes: c05, c06 (a REF line with `(C//NF)` or
`(S)` in an SBU cable with no classification line and no TAGS line, read as a memo: the REF line and its wrapped line
took the banner's SBU) and j05, j06, j07, j08, jp09 (a JSON export whose first record's own level is empty,
`"classification": ""`, or unreadable, `"SECERT"`: it cancelled the header's rule, so a `"U"` record under a SECRET
header was released). After: none of them leaks. Main already withheld review44z k04 (a REF line after a NOFORN
handling line) and the same REF lines in a cable with a classification line.

Fix, only raising: `json_export._header_marking` no longer lets an empty or unreadable record level cancel the header
(the record takes the header's level, or stays doubtful); `reader/header_zone_marks.py` (new) notes every line from
the top to the first marked paragraph that holds a classified mark, with its wrapped lines, where the zone holds a
SUBJECT or REF label, and `raise_header_line_marks` raises the portions over it. No line becomes a field.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# (id, document, phrases withheld at every level, phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ('ref-no-tags-unindented-wrap',
     "UNCLASSIFIED//SBU\nSUBJECT: (SBU) HARBOR CUSTOMS REVIEW\n\nREF: A) DAKAR 2211 (C//NF) NOFORN - THE DEPUTY SAID THAT\n"
     "THE CUSTOMS CHIEF SELLS CONTAINER SLOTS TO THE CARTEL\nB) DAKAR 2230\n\n"
     "1. (U) The review team visited the harbor on Monday.\n\nUNCLASSIFIED//SBU\n",
     ['THE CUSTOMS CHIEF SELLS CONTAINER SLOTS TO THE CARTEL'], ['The review team visited the harbor on Monday']),
    ('ref-no-tags-indented-item',
     "UNCLAS\nSUBJ: (SBU) ELECTION LOGISTICS\nREF: A. LUSAKA 0101\n     B. LUSAKA 0117 (C) - CONTACT REPORTED\n"
     "     THE ARMY WILL SEIZE THE BALLOT DEPOT\n     C. STATE 7788\n"
     "1. (U) Ballots arrived at the depot on schedule.\nUNCLAS\n",
     ['THE ARMY WILL SEIZE THE BALLOT DEPOT'], ['Ballots arrived at the depot on schedule']),
    ('ref-no-tags-c-item-wrapped',
     "UNCLAS\nSUBJECT: (U) FISHERIES TALKS\nREF: A. QUITO 0455\n   B. QUITO 0460 (C) - NAVY CAPTAIN ROJAS\n"
     "   LEAKS PATROL ROUTES\n\n1. (U) The fisheries talks resumed in Quito.\n\nUNCLAS\n",
     ['LEAKS PATROL ROUTES'], []),
    ('json-empty-level-before-header',
     '{"row": 1, "classification": "", "body": "Blank row left by the converter."}\n'
     '{"_meta": {"banner": "SECRET//NOFORN"}}\n'
     '{"row": 2, "classification": "U", "body": "The courier crossed into Chad with the ledgers"}\n',
     ['The courier crossed into Chad with the ledgers'], []),
    ('json-empty-level-header-first',
     '{"header": {"classification": "SECRET"},\n "rows": [{"level": "", "text": "Row left blank by the tool."},\n'
     '  {"level": "U", "text": "The pilot flew the crates to the eastern airstrip"}]}\n',
     ['The pilot flew the crates to the eastern airstrip'], []),
    ('json-misspelt-level-array',
     '{"items": [{"classification": "SECRT", "text": "Stub entry."}], "meta": {"classification": "CONFIDENTIAL"},\n'
     ' "more": [{"classification": "U", "text": "The mayor keeps the bribes in a shoebox at home"}]}\n',
     ['The mayor keeps the bribes in a shoebox at home'], []),
]

# traps of the same shape that must still release
RELEASED: list[tuple[str, str, list[str]]] = [
    ('ref-no-tags-unmarked-refs',
     "UNCLASSIFIED//SBU\nSUBJECT: (SBU) HARBOR CUSTOMS REVIEW\n\nREF: A) DAKAR 2211\nB) DAKAR 2230\n\n"
     "1. (U) The review team visited the harbor on Monday.\n\nUNCLASSIFIED//SBU\n",
     ['The review team visited the harbor on Monday']),
    ('ref-no-tags-u-mark-in-ref',
     "UNCLASSIFIED\nSUBJECT: (U) FISHERIES TALKS\nREF: QUITO 0455 (U) FISHERIES AGENDA\n\n"
     "1. (U) The fisheries talks resumed in Quito.\n\nUNCLASSIFIED\n",
     ['The fisheries talks resumed in Quito']),
    ('json-header-justified',
     '{"header": {"classification": "SECRET"},\n "rows": [{"level": "S", "text": "Secret row here."},\n'
     '  {"level": "U", "text": "The ferry timetable changes in June"}]}\n',
     ['The ferry timetable changes in June']),
]


@pytest.mark.parametrize("case_id,text,withheld,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,withheld,released", [c for c in CASES if c[3]], ids=[c[0] for c in CASES if c[3]])
def test_released_beside(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_traps_release(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
