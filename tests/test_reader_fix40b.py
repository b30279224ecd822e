"""fix40b: structural leaks (spelled runs, wrapped table cells, loose marks, pull quotes, bare (U) lines).

Classes (rounds 156/158/161/162's strict xfails; my own documents of each class, written fresh, then traps of the same
shapes that must still be released): 1 a spelled-out run whose last letter is a lower-case `(c)` opening a classified
clause (`(a) visas, (b) housing, and (c) the delegation head admitted ...`, `(i) the survey, (ii) the lease, and (c)
the landlord is a front ...`); 2 a pipe table's classified cell wrapped onto a row whose mark cell says `(U)`; 3 a
loose mark closing a line before a comma or a semicolon (`... supports (S/NF),`); 4 a `(U)` pull quote inside a
paragraph whose mark reads with errors (`(SBU NOFORN)`), its tail opening an unmarked portion in lower case; 5 a bare
`(U)` line inside an unfinished classified sentence (under a marked paragraph of several lines, after blank lines;
after a page's foot, banner and form feed); 6 a release line refusing the partner by name (`Releasability: Five
Eyes (no UK)`), whose plain (U) paragraphs went to the partner.

First run on main `7348326` (PYTHONPATH=/tmp/m40): rounds 156/158/161/162 leaked 9 of these documents (adv156-014,
-017, -020, -033, adv158-021, -025, -026, adv161-005, adv162-016); after the fix none leaks. Every `withheld` case below
fails on main; every `released` check passes on main and here.

Fix, by class, only raising: 1 `inline_marks._lower_case_marks` (a lower-case `(c)`/`(s)` after two or more short
items of its sentence, none a clause, is a mark when its own head, to the first clause break, reads as a clause: a
noun with a relative clause after a comma stays an item, adv158-066); 2 `reader/wrapped_cells.py` (new); 3
`stuck_marks._CLOSING_MARK` takes a comma or semicolon after the mark; 4 `resumed_portions` reads a cut paragraph's
rest that opens an unmarked portion in lower case under one-line portions, and a cut mark with errors makes it
doubtful; 5 `symbol_marks` reads a bare `(U)` line under a marked paragraph that runs on to the line above, across a
page's foot (`Page 1 of 2`), a banner alone and a form feed, and with its text in lower case on the next line; 6
`evidence.with_stated_controls` gives plain (U) portions the limit of a stated control that refuses a country by name
(rules `release_field_refuses_country`; also for release fields, `release_field_limit`): usg keeps the text, only
partners lose it (the project's rule that a plain (U) mark is uncontrolled yields where the author names who may not
see the document).
Harness (9,761 documents, every round) against main `7348326`: no new leak; 9 leaking documents fixed (adv156-014,
-017, -020, -033, adv158-021, -025, -026, adv161-005, adv162-016); over-redaction at usg 2,800 -> 2,801: adv156-020 is
newly over-redacted (its (U) line shares a portion with the loose-marked line; fails closed, KNOWN_OVER_REDACTION).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 a lower-case (c) that opens a classified clause after a run of short items
    ('run-abc-lower-c-clause',
     "SECRET\n\nSUBJECT: (U) Harbor dredging\n\n(U) The port authority approved three things on Monday: (a) the "
     "dredging budget, (b) two new pilot boats, and (c) the harbor master quietly confirmed that the navy will base "
     "two submarines at the north quay from March onward.\n\n(U) The next meeting is on 4 June.\n\nSECRET\n",
     ['the navy will base two submarines at the north quay'], ALL, ['The next meeting is on 4 June']),
    ('run-roman-lower-c-clause',
     "CONFIDENTIAL\n\nFrom: Ortiz, Lena\nSubject: clinic lease\n\n(U) We still need (i) the fire inspection, (ii) "
     "the deed copy, and (c) the owner is a\nfront company for the deputy governor, who skims the rent.\n\n"
     "(U) The inspector comes on Friday.\n\nCONFIDENTIAL\n",
     ['front company for the deputy governor'], ALL, ['The inspector comes on Friday']),
    # 2 a classified table cell wrapped onto a row marked (U)
    ('table-wrap-lower',
     "SECRET//NOFORN\n\n(U) Weekly table.\n\n| Class | Entry |\n|---|---|\n"
     "| (U) | The ferry schedule returned to normal on 3 March. |\n"
     "| (S//NF) | A walk-in source says the customs chief at the northern crossing waves through |\n"
     "| (U) | fuel trucks owned by the militia in return for weekly cash payments. |\n"
     "| (U) | Rainfall was above average. |\n\nSECRET//NOFORN\n",
     ['fuel trucks owned by the militia in return for weekly cash payments'], ALL, ['Rainfall was above average']),
    ('table-wrap-open-word',
     "CONFIDENTIAL\n\n| Mark | Note |\n|------|------|\n"
     "| (C) | The finance minister privately told us he will resign after the budget vote and move to |\n"
     "| (U) | London to run his brother's investment fund. |\n| (U) | The embassy picnic is on 6 July. |\n\n"
     "CONFIDENTIAL\n",
     ["London to run his brother's investment fund"], ALL, ['The embassy picnic is on 6 July']),
    # 3 a loose mark before a comma at a line's end
    ('loose-mark-comma',
     "SECRET//NOFORN\nStaff call notes\n\n(U) Present: all sections.\n"
     "J2: the rebel commander bought six man-portable missiles from a Libyan broker last week (S/NF),\n"
     "J4: fuel deliveries are on schedule. (U)\n(U) Next call on Tuesday.\n\nSECRET//NOFORN\n",
     ['bought six man-portable missiles from a Libyan broker'], ALL, ['Next call on Tuesday']),
    ('loose-mark-comma-ts',
     "TOP SECRET\nDesk log\n\n(U) On duty: night desk.\n"
     "Ops: the partner service intercepted the general's call ordering the strike on the airfield (TS),\n"
     "Admin: the coffee machine is fixed. (U)\n(U) Log closed at 0600.\n\nTOP SECRET\n",
     ["intercepted the general's call ordering the strike"], ALL, ['Log closed at 0600']),
    # 4 a (U) pull quote inside a paragraph whose mark reads with errors; its tail opens a portion in lower case
    ('pull-quote-doubtful-mark',
     "UNCLASSIFIED//SBU\n\n(U) The consular section processed 2,100 cases.\n\n"
     "(SBU NOFORN) A local fixer sells fake appointment slots to applicants\n"
     "> (U) \"We serve every applicant fairly.\" - Consul, press event\n"
     "and bribes a guard at the side gate to let his clients skip the queue.\n\n"
     "(U) The section closes on 25 December.\n\nUNCLASSIFIED//SBU\n",
     ['bribes a guard at the side gate to let his clients skip the queue'], ALL,
     ['The section closes on 25 December']),
    # 6 a release line that refuses the partner by name: plain (U) text is kept from the partner too
    ('release-line-fvey-no-uk',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasability: FVEY (no UK)\n\nSubject: (U) Harbor survey\n\n"
     "1. (U) The survey boat logged 212 soundings off the north pier this week.\n\n"
     "2. (U//FOUO) The pier's fender system failed its load test.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ['logged 212 soundings off the north pier', "fender system failed its load test"], PARTNER,
     ['logged 212 soundings off the north pier']),
    # 5 a bare (U) line inside an unfinished classified sentence
    ('bare-u-multiline-sentence-blank-lines',
     "SECRET\n\nSUBJECT: (U) Border crossings\n\n1. (U) Traffic at the main crossing rose 4 percent in May.\n\n"
     "2. (S) The border police chief admitted to our attache that he lets the cartel's trucks\n"
     "pass at night and that the cash goes to\n\n\n(U)\n    an account in Panama held by the interior minister's "
     "nephew.\n\n3. (U) The new scanners arrive in July.\n\nSECRET\n",
     ["an account in Panama held by the interior minister's"], ALL, ['The new scanners arrive in July']),
    ('bare-u-after-page-foot',
     "CONFIDENTIAL\nMonthly report\n\n1. (U) The ambassador visited the port on 2 May.\n\n"
     "2. (C) The harbor master told us that the customs director takes a cut of every container cleared for\n\n"
     "- 1 -\nCONFIDENTIAL\n\x0c(U)\nthe two shipping lines that the president's son controls.\n\n"
     "3. (U) The next report is due in June.\n\nCONFIDENTIAL\n",
     ["the two shipping lines that the president's son controls"], ALL, ['The next report is due in June']),
]

# traps of the same shapes: lists, ordinary (U) tables and (U) lines released where main releases them
TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-run-lower-c-noun-with-relative-clause',
     "UNCLASSIFIED\n\n(U) The reception needs (a) a guest list, (b) a caterer, and (c) the mayor's favorite brass "
     "band, which the protocol office has already hired.\n\n(U) Dress is casual.\n\nUNCLASSIFIED\n",
     ["the mayor's favorite brass band", 'Dress is casual']),
    ('trap-run-lower-c-short-item',
     "CONFIDENTIAL\n\n(U) The kit holds (a) two radios, (b) a charger, and (c) spare batteries.\n\n"
     "(C) The team leaves for the border on 3 June.\n\nCONFIDENTIAL\n",
     ['(c) spare batteries']),
    ('trap-table-u-rows-complete',
     "SECRET\n\n| Mark | Item |\n|---|---|\n| (S) | The convoy route passes through the northern valley |\n"
     "| (U) | The weather station reopened on 2 May. |\n| (U) | Rainfall was normal. |\n\nSECRET\n",
     ['The weather station reopened on 2 May']),
    ('trap-closing-mark-own-line',
     "CONFIDENTIAL\nNotes\n\n(U) Attendees: all.\nECON: the trade fair is on track. (U)\n"
     "(U) Next sync: Friday.\n\nCONFIDENTIAL\n",
     ['the trade fair is on track', 'Next sync: Friday']),
]


@pytest.mark.parametrize("case_id,text,withheld,levels,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("case_id,text,withheld,levels,released", [c for c in CASES if c[4]],
                         ids=[c[0] for c in CASES if c[4]])
def test_released(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
