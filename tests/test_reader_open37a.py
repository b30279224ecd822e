"""open37a: mid-line and list-item marks still read as plain text (issue 8, review36a's old leaks), by class.

Classes (review36a's documents, then two or three variants of mine each, written before I read the reader): 1 a
notice-shaped `(C)` in mid-line whose line wraps on into the portion (`(C) 2025 SHIPMENTS WERE BROKERED BY HANSA TECH
GMBH` / `AND WERE ROUTED ...`, `(C) COPYRIGHT 2024-2026 AL-MANAR NETWORK` / `OUTLETS ...`); 2 a spelled-out run
`(A) ... (B) ...` whose `(C)` is a mark (`REFTELS (A) AND (B), AND (C) THE MINISTER`, `(B) Doha International,
although (C) the Emir`); 3 a line-start `(C)` list item in an unclassified document; 4 an inline mark in unmarked text
(`said that, (S) the army ...`, a hard-broken line of a (U) paragraph); 5 a chat message with no mark of its own and a
mark after its label (`Dan Ortiz: per ops, (S) the convoy ...`); 6 a trailing `(S) SECRET` after a (U) line's text.

First run on main `41a188a` (before any change; 56 checks, 26 failed): every one of review36a's 13 documents leaked;
of my 16 variants 13 leaked (all notice, run, list, legend variants; `unmarked-memo`, `unmarked-note-cable`,
`chat-paren-time`) and 2 passed (`unmarked-break-email`: `(S//NF)` in a hard-broken line; `chat-fyi-nf`). Every
release check passed (the leaking portions released everything).

Fix, by class, only raising: 1 `marks.notice_runs_on`: a notice read from the rest of its line is none where the
portion's text goes on past that line and the line states no rights (`All rights reserved`), in `embedded`,
`stacked` and `inline_marks`; 2 `inline_marks._spelled_out_run`: a run is a list only where no letter is cited
(`REF`, `REFTELS`, `PARAS`, `OPTIONS` before it), each letter has an item of words, and the last item ends in
punctuation or `and`/`or` with no clause break inside it; 3+4+5 `evidence._marks_inside` reads unmarked portions for
inline marks in a narrow shape (`inline_marks(unmarked=True)`): a mark right after `,`, `;` or `:` and a blank, or a
list letter opening the portion that reads as a mark (reading every unmarked portion cost 11 documents, open36a);
6 `inline_marks._legend` counts only with another glossed mark after it or right before it, and only where the
legend opens its line or portion or follows a colon or a sentence end (`_legend_opens`; red-teaming the first fix,
`... compound (S) SECRET (C) CONFIDENTIAL` still leaked).
Harness (9,019 documents on this branch) against main `41a188a`: no new leaking document (17 old ones, all other
classes); over-redaction 2,536 -> 2,538, 2 new (an options memo's and a quiz's `(C)` item, in KNOWN_OVER_REDACTION),
none fixed. Three more that the first version over-redacted are spared by shape (a `(C)` credit line with its
rights, `Eon Productions, used under licence.`; a subsection letter under a line ending in a citation with lower-case
text after it, `section 2` / `(S) of the annex`), and a fourth that `_legend_opens` did (`Examples: (U) unclassified,
(C) confidential, ...`: the portion's own mark opens the legend).
The (U) phrases before a mid-line mark on the same line (c07, e02, r01, r02, r06) are now withheld with their
portion: the project raises a portion whole at a mark that opens no sentence (splitting it is the rule class that
leaked), so those release checks are strict xfails (over-redaction by design).
Left (red-teamed, still released): a mark in unmarked text after no clause break (`The commander said (S) the army
...`: the narrow shape is deliberate, reading every unmarked portion over-redacted 11 documents in open36a); a run
whose last item ends plainly before a clause (`(B) the tender reopened; and (C) the Minister will resign ...`). And a
run whose last item ends in a bare `, and` before a `(C)` that opens a clause (`run-wrapped-memo`) reads as
`(A) travel, (B) lodging, and (C) per diem`: no shape tells them apart (strict xfail).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# review36a's documents, verbatim: (id, document, phrases withheld at every level, (U) phrases released at usg)
REVIEW_DOCS: list[tuple[str, str, list[str], list[str]]] = [
    ('a05', 'SECRET\nSUBJECT: DUAL-USE SHIPMENTS\n\n1. (U) THE TRADE MINISTER OPENED THE FAIR ON 4 MAY. (C) 2025 SHIPMENTS WERE BROKERED BY HANSA TECH GMBH\nAND WERE ROUTED THROUGH THE PORT OF BANDAR ABBAS TO A MINISTRY OF DEFENSE FRONT COMPANY.\n\n2. (U) THE FAIR CLOSES ON 9 MAY.\n\nSECRET\n',
     ['ROUTED THROUGH THE PORT OF BANDAR ABBAS'], ['THE TRADE MINISTER OPENED THE FAIR']),
    ('a08', 'SECRET\nTasking summary\n\n(U) Operation name for the raid on the Kandahar compound (S) SECRET\n\n(U) Tasking summary follows next week.\n\nSECRET\n',
     ['raid on the Kandahar compound'], ['Tasking summary']),
    ('c07', 'SECRET\nSUBJECT: MEDIA REACTION\n\n1. (U) THE PRESS SUMMARY BELOW IS FROM LOCAL MEDIA, AND (C) COPYRIGHT 2024-2026 AL-MANAR NETWORK\nOUTLETS IN THE SOUTH ARE FUNDED BY THE IRGC QODS FORCE VIA A BEIRUT EXCHANGE HOUSE.\n\n2. (U) POST WILL SEND THE FULL SUMMARY SEPTEL.\n\nSECRET\n',
     ['FUNDED BY THE IRGC QODS FORCE'], ['THE PRESS SUMMARY BELOW IS FROM LOCAL MEDIA']),
    ('c09', "CONFIDENTIAL\nSUBJECT: AIRPORT TENDER\n\n1. (U) THE TENDER FOR THE NEW AIRPORT CLOSED ON 2 JUNE. (C) 2026 BIDS FAVOR ALTAIR GULF HOLDINGS LTD\nBECAUSE THE MINISTER'S BROTHER-IN-LAW HOLDS HALF THE SHARES THROUGH A CYPRUS NOMINEE.\n\n2. (U) THE WINNER WILL BE ANNOUNCED IN JULY.\n\nCONFIDENTIAL\n",
     ["THE MINISTER'S BROTHER-IN-LAW HOLDS HALF THE SHARES"], ['THE TENDER FOR THE NEW AIRPORT']),
    ('e01', 'UNCLASSIFIED\nSUBJECT: (U) CABINET MEETING\n\n1. (U) OUTCOMES OF THE MEETING:\n(A) THE BUDGET GOES TO PARLIAMENT ON 4 MAY.\n(B) THE PORT TENDER IS REOPENED.\n(C) THE MINISTER WILL RESIGN AFTER THE BUDGET VOTE, HIS CHIEF OF STAFF TOLD POLOFF PRIVATELY.\n\n2. (U) POST WILL FOLLOW.\n\nUNCLASSIFIED\n',
     ['THE MINISTER WILL RESIGN AFTER THE BUDGET VOTE'], ['OUTCOMES OF THE MEETING']),
    ('e02', 'SECRET\n\nFrom: Pol section\nSubject: Cabinet readout\n\n(U) Outcomes of the cabinet meeting: (A) the budget goes to parliament on 4 May; (B) the port tender is reopened; and, per his chief of staff, (C) the Minister will resign after the budget vote.\n\n(U) More to follow.\n\nSECRET\n',
     ['the Minister will resign after the budget vote'], ['Outcomes of the cabinet meeting']),
    ('h07', 'Channel classification: UNCLASSIFIED//FOUO\n[2026-02-02 09:15] Renee Abara: (U) Morning all\n[2026-02-02 09:16] Dan Ortiz: per ops, (S) the convoy leaves at 0300 by the river road\n[2026-02-02 09:20] Renee Abara: (U) thanks\n',
     ['the convoy leaves at 0300 by the river road'], ['Morning all']),
    ('k01', 'UNCLASSIFIED\n\nSUBJECT: (U) Curfew\n\n1. (U) Curfew in Zinjibar extended to May 25.\n\nThe guard commander said that, (S) the army will arrest the mayor on Friday, before the council meets.\n\n2. (U) Post will follow up.\n\nUNCLASSIFIED\n',
     ['the army will arrest the mayor on Friday'], ['Curfew in Zinjibar extended']),
    ('k02', 'UNCLASSIFIED\nSUBJECT: (U) CURFEW\n\n1. (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.\n\nCOMMENT: THE GUARD COMMANDER TOLD POST THAT, (S) THE ARMY WILL ARREST THE MAYOR ON FRIDAY. END COMMENT.\n\n2. (U) POST WILL FOLLOW.\n\nUNCLASSIFIED\n',
     ['THE ARMY WILL ARREST THE MAYOR'], ['CURFEW IN ZINJIBAR EXTENDED']),
    ('k03', 'UNCLASSIFIED\n\nSUBJECT: (U) Biographic note\n\n(U) Aidos Serikbayev, born 1979 in Almaty, studied law at Georgetown.\nHe is well regarded, but according to a bank contact, (C) he has a gambling debt to a Macau junket operator.\n\n(U) Post will update the note in July.\n\nUNCLASSIFIED\n',
     ['a gambling debt to a Macau junket operator'], ['Aidos Serikbayev, born 1979']),
    ('r01', 'CONFIDENTIAL\nSUBJECT: BORDER AND VISA ISSUES\n\n1. (U) THE AMBASSADOR RAISED BOTH ISSUES IN REFTELS (A) AND (B), AND (C) THE MINISTER SAID PRIVATELY THAT THE ARMY\nWILL CLOSE THE NORTHERN CROSSING NEXT WEEK WITHOUT TELLING PARLIAMENT.\n\n2. (U) POST WILL FOLLOW UP.\n\nCONFIDENTIAL\n',
     ['THE MINISTER SAID PRIVATELY THAT THE ARMY'], ['THE AMBASSADOR RAISED BOTH ISSUES']),
    ('r02', 'SECRET\n\nMEMORANDUM FOR THE DEPUTY CHIEF OF MISSION\nSUBJECT: Basing options\n\n(U) The working group laid out options (A) Al Udeid and (B) Doha International, although (C) the Emir has privately chosen the northern strip and will tell his cabinet only in June.\n\n(U) A decision paper will follow.\n\nSECRET\n',
     ['the Emir has privately chosen the northern strip'], ['The working group laid out options']),
    ('r06', "SECRET\nSUBJECT: LIBYA: OIL DEAL\n\n1. (U) AS REPORTED IN REF (A), THE NOC CHAIRMAN MET THE CONSORTIUM ON 2 MAY; REF (B) COVERED THE\nFIRST ROUND, AND (C) GENERAL HAFTAR'S SON HAS ALREADY SIGNED A SIDE DEAL FOR 20 PERCENT OF THE FIELD.\n\n2. (U) POST WILL REPORT THE NEXT ROUND.\n\nSECRET\n",
     ["GENERAL HAFTAR'S SON HAS ALREADY SIGNED"], ['AS REPORTED IN REF']),
]


def _cable(level: str, para: str) -> str:
    """A caps cable: banner, a (U) paragraph 1 holding `para`, a (U) paragraph 2."""
    return (f"{level}\nSUBJECT: (U) BILATERAL ISSUES\n\n1. (U) {para}\n\n"
            f"2. (U) POST WILL CONTINUE TO FOLLOW THE ISSUE.\n\n{level}\n")


def _memo(level: str, para: str) -> str:
    return (f"{level}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Readout of the visit\n\n"
            f"(U) {para}\n\n(U) The next meeting is set for Friday at the chancery.\n\n{level}\n")


def _email(level: str, para: str) -> str:
    return ("From: Duty, Officer (Embassy)\nSent: Monday, May 23, 2026 10:14 AM\nTo: EAP/K; INR/EAP\n"
            f"Subject: Contact notes\n\nClassification: {level}\n\n(U) {para}\n\n"
            f"(U) Thanks to the motor pool for the early start.\n\nClassification: {level}\n")


_AFTER = {"cable": "POST WILL CONTINUE TO FOLLOW THE ISSUE.", "memo": "The next meeting is set for Friday at the chancery.",
          "email": "Thanks to the motor pool for the early start."}

# My variants, written before reading the reader: (id, document, withheld phrase, released phrase)
VARIANTS: list[tuple[str, str, str, str]] = [
    # ---- notice: (C) YEAR / COPYRIGHT YEAR(-YEAR) + a name ending its line, the portion going on below it
    ("notice-llc-cable", _cable("SECRET", "THE PORT REOPENED ON 3 MAY. (C) 2025 DELIVERIES WENT TO GULF STAR TRADING "
                                "LLC\nAND WERE PAID FOR BY THE HOUTHI FINANCE OFFICE IN SANAA."),
     "PAID FOR BY THE HOUTHI FINANCE OFFICE", "POST WILL CONTINUE TO FOLLOW THE ISSUE."),
    ("notice-range-email", _email("CONFIDENTIAL", "Press clips are below, and (C) COPYRIGHT 2019-2025 REUTERS\nsources "
                                  "say the general will step down before the vote."),
     "the general will step down before the vote", "Thanks to the motor pool for the early start."),
    ("notice-inc-memo", _memo("SECRET", "The expo opened Monday. (C) 2026 Contracts Went To Orion Systems Inc\nbecause "
                              "the minister's son owns the holding company in Dubai."),
     "the minister's son owns the holding company", "The next meeting is set for Friday at the chancery."),
    # ---- a spelled-out run (A) ... (B) ..., then a (C) that is a mark
    ("run-email", _email("SECRET", "We proposed (A) a ceasefire and (B) a prisoner swap; but (C) the rebels plan to "
                         "strike Marib next week."), "the rebels plan to strike Marib",
     "Thanks to the motor pool for the early start."),
    ("run-cable", _cable("CONFIDENTIAL", "POST HAS TWO REQUESTS: (A) VISAS AND (B) SECURITY, BUT (C) THE INTERIOR "
                         "MINISTER IS BLOCKING BOTH ON ORDERS FROM THE PALACE."),
     "THE INTERIOR MINISTER IS BLOCKING BOTH", "POST WILL CONTINUE TO FOLLOW THE ISSUE."),
    # ---- a line-start (C) list item after (A), (B) items in an UNCLASSIFIED document
    ("list-email", "From: Pol section\nSubject: Readout\n\nClassification: UNCLASSIFIED\n\n(U) Action items:\n"
                   "(A) Book the hall for Tuesday.\n(B) Send the invitations.\n(C) The mayor's bodyguard will defect on "
                   "Friday, per the source.\n\n(U) Thanks all.\n\nClassification: UNCLASSIFIED\n",
     "The mayor's bodyguard will defect on Friday", "Thanks all."),
    ("list-fouo-cable", "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nSUBJECT: (U) ELECTION PREPARATIONS\n\n"
                        "1. (SBU) KEY POINTS:\n(A) BALLOTS ARRIVED.\n(B) OBSERVERS ARE ACCREDITED.\n(C) THE ARMY WILL "
                        "DEPLOY TO THE NORTH ON ELECTION DAY TO SUPPRESS TURNOUT.\n\n2. (U) POST WILL FOLLOW."
                        "\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     "DEPLOY TO THE NORTH ON ELECTION DAY", "POST WILL FOLLOW."),
    # ---- an inline mark in unmarked text of an unclassified document
    ("unmarked-memo", "UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Port visit\n\n(U) The port "
                      "reopened on Monday.\n\nThe harbor master told us that, (C) the customs chief takes bribes "
                      "from the smugglers.\n\n(U) Next visit in June.\n\nUNCLASSIFIED\n",
     "the customs chief takes bribes", "The port reopened on Monday."),
    ("unmarked-note-cable", "UNCLASSIFIED\nSUBJECT: (U) FLOODS\n\n1. (U) FLOOD WATERS ARE RECEDING IN THE SOUTH.\n\n"
                            "NOTE: PER THE GOVERNOR, (S) THE ARMY DIVERTED AID TRUCKS TO THE MILITIA. END NOTE.\n\n"
                            "2. (U) POST WILL FOLLOW.\n\nUNCLASSIFIED\n",
     "THE ARMY DIVERTED AID TRUCKS TO THE MILITIA", "FLOOD WATERS ARE RECEDING IN THE SOUTH."),
    ("unmarked-break-email", "From: Pol section\nSubject: Bio\n\nClassification: UNCLASSIFIED\n\n(U) Maria Lenz, "
                             "born 1970 in Graz, joined the party in 1995.\nShe is respected; per a banker, (S//NF) she "
                             "holds an account in Zug for the party.\n\n(U) More later.\n\n"
                             "Classification: UNCLASSIFIED\n",
     "she holds an account in Zug", "Maria Lenz, born 1970 in Graz"),
    # ---- a chat message with no mark of its own, a mark after its label's words
    ("chat-fyi-nf", "Channel classification: UNCLASSIFIED\n[2026-03-01 08:00] Ana Ruiz: (U) hi team\n"
                    "[2026-03-01 08:02] Tom Bell: fyi (S//NF) the source moved to Erbil last night\n"
                    "[2026-03-01 08:03] Ana Ruiz: (U) ok\n", "the source moved to Erbil", "hi team"),
    ("chat-paren-time", "UNCLASSIFIED//FOUO\nTom Bell (09:16): (U) morning\nDan Ortiz (09:17): per J2, (C) the "
                        "checkpoint at km 40 is run by the militia\nTom Bell (09:18): (U) thanks\n",
     "the checkpoint at km 40 is run by the militia", "morning"),
    # ---- a trailing legend-like mark: text (S) SECRET at the end of a (U) line
    ("legend-memo-ts", "TOP SECRET\nTasking\n\n(U) Summary of the strike on the Homs depot (TS) TOP SECRET\n\n"
                       "(U) Tasking follows next week.\n\nTOP SECRET\n", "strike on the Homs depot",
     "Tasking follows next week."),
    # (written after the first fix, red-teaming it: a trailing legend of two glossed marks)
    ("legend-two-trailing", "SECRET\nTasking\n\n(U) Operation name for the raid on the Kandahar compound (S) SECRET (C) "
                            "CONFIDENTIAL\n\n(U) Tasking follows next week.\n\nSECRET\n", "raid on the Kandahar compound",
     "Tasking follows next week."),
    ("legend-cable-c", _cable("CONFIDENTIAL", "THE ARREST OF THE MAYOR IS PLANNED FOR FRIDAY (C) CONFIDENTIAL"),
     "THE ARREST OF THE MAYOR IS PLANNED", "POST WILL CONTINUE TO FOLLOW THE ISSUE."),
]


@pytest.mark.parametrize("doc,withheld", [(d, w) for _, d, ws, _ in REVIEW_DOCS for w in ws],
                         ids=[i for i, _, ws, _ in REVIEW_DOCS for _ in ws])
def test_review_documents_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


# (the (U) phrase stands before the mid-line mark in the portion that mark raises whole: over-redaction by design)
_RAISED_WITH_THE_MARK = {"c07", "e02", "r01", "r02", "r06"}


@pytest.mark.parametrize("doc,released", [
    pytest.param(d, r, id=i, marks=[pytest.mark.xfail(strict=True, reason="released text shares the raised portion")]
                 if i in _RAISED_WITH_THE_MARK else [])
    for i, d, _, rs in REVIEW_DOCS for r in rs])
def test_review_documents_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,withheld", [(d, w) for _, d, w, _ in VARIANTS], ids=[i for i, *_ in VARIANTS])
def test_variants_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, r in VARIANTS], ids=[i for i, *_ in VARIANTS])
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)


def test_run_with_bare_and_before_clause_withholds() -> None:
    # (was a strict xfail; open39a reads the item after the letter to its sentence's end, where `confirmed the` makes
    # it a clause: `inline_marks._next_item_is_a_clause`)
    text = _memo("SECRET", "The team reviewed sites (A) north and (B) south of the river,\nand (C) the General confirmed "
                 "the missiles are stored at the south site.")
    assert_withheld(text, "the missiles are stored at the south site", ALL)
