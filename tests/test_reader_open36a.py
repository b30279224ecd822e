"""open36a: mid-line portion marks whose exceptions released the mark's text (issue 8, review35c), by class.

Classes: 1 `(C)` before a year or a company with classified text after it; 2 a legend-like `(S) SECRET ...`; 3 list
letters elsewhere in the portion (`REF (B)`, `REFS (B) AND (D)`, `(a) and (b)`) that made a `(C)` a "letter";
4 `marked (C)` / `labelled (C)`; 5 an example-cue word before (`than`, `According to`, `such as`, `Like`); 6 a
mention word after (`CABLES`, `POLICE`, `documents`, `portions`); 7 title-case words with the mark's initials before
it (`in Caracas, (C)`, `Separately, (S)`, `Seoul (S)`, `Threat Section (TS)`, `IN CAIRO, (C)`); 8 `(S) is the ...`;
9 an inline mark in a chat message's indented continuation line; 10 a list of marks before the text. Each class in a
cable, a memo, an e-mail or a chat. RELEASE: the (U) paragraph after a raised one, a bare copyright line in an
unclassified document, list letters that are no level.

First run on main `f1d8506` (before any change; 42 cases, 25 failed). Leaks:
- 1: `(C) 2027 TALKS ...` (year, caps cable) and `(C) 2025 Acme Corp. All rights reserved. The CEO said ...`;
  passed: `(C) 2025 Orion Ltd staff told us ...` and `(C) 2024 figures ...`.
- 2: all three (`(S) SECRET TALKS`, `(C) CONFIDENTIAL sources`, `(TS) TOP SECRET intercepts`).
- 3: `REF (B)` ... `(C)`, `REFS (B) AND (D)` ... `(C)`, `(a) and (b)` ... `(C)`; passed: `(A) and (B)` ... `(S)`.
- 4: `marked (C)`, `AS MARKED (S)`; passed: `labelled (C)`.
- 5: `than (S)`, `SUCH AS (S)`, `Like (C)`; passed: `According to (S//NF)`.
- 6: all four (`CABLES`, `POLICE`, `documents`, `portions`).
- 7: `in Caracas, (C)`, `Separately, (S)`, `Seoul (S)`, `Threat Section (TS)`; passed: `IN CAIRO, (C)`.
- 8: `Separately, (S) is the`, `In addition, (S) is the`; passed: `ALSO, (C) IS THE` and `(S) is a`.
- 9: four-blank and tab indents; passed: the two-blank indent.
- 10: both passed. RELEASE: all six passed.
Fix (reader/inline_marks.py, reader/marks.py `_COPYRIGHT`, rules/markings.yaml `company_notice`, reader/evidence.py):
an inline mark is left alone only when provably no mark (a spelled-out run `(A)`, `(B)`, then `(C)`; a notice that is
the whole rest of its portion, or of its line for marks read elsewhere; a legend that is the whole rest); every
other exception is gone and the mark raises its whole portion. Text split off a marked portion (a chat message's
indented lines, `chat_continuations`; the wrapped lines `split_raises` records) is read for inline marks too (all
unmarked text was tried first: 11 more harness documents over-redacted, `34 (C)` degrees, office symbols).
Harness (8,788 documents) against `f1d8506`: 0 leaking documents (none new); over-redaction 2,433 -> 2,443 (12 new:
`Tropical Storm (TS)`, `office (C)`, `marked (C)`, `(C) or (S) on`, `Condition (C) is the`, notices that text
follows on their line; 2 fixed), KNOWN_OVER_REDACTION updated. Seven older tests of such mentions are xfails
(tests/conftest.py, session 36). Left: a letter of a run spelled out from `(A)` (`(A) ... (B) ... (C) THE MINISTER
...`) and a line-start enumerator stay list letters; a stated notice (`(C) 2025 Acme Corp. All rights reserved.`)
leaves the lines after it under the portion's own mark.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")


def _cable(level: str, para: str, refs: str = "") -> str:
    """A cable: banner, optional REF block, a (U) paragraph 1 holding `para`'s mid-line mark, a (U) paragraph 2."""
    ref = f"{refs}\n\n" if refs else ""
    return (f"{level}\n\nSUBJECT: (U) BILATERAL CONSULTATIONS\n\n{ref}1. (U) {para}\n\n"
            f"2. (U) POST WILL CONTINUE TO FOLLOW THE ISSUE.\n\n{level}\n")


def _memo(level: str, para: str) -> str:
    return (f"{level}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Readout of the visit\n\n"
            f"(U) {para}\n\n(U) The next meeting is set for Friday at the chancery.\n\n{level}\n")


def _email(level: str, para: str) -> str:
    return ("From: Duty, Officer (Embassy)\nSent: Monday, May 23, 2026 10:14 AM\nTo: EAP/K; INR/EAP\n"
            f"Subject: Contact notes\n\nClassification: {level}\n\n(U) {para}\n\n"
            f"(U) Thanks to the motor pool for the early start.\n\nClassification: {level}\n")


def _chat(level: str, line: str) -> str:
    return (f"{level}\nChannel classification: {level}\n\n"
            f"[2026-07-09 10:01] Field Desk: (U) Road to Herat reopened this morning, no incidents.\n"
            f"{line}\n[2026-07-09 10:03] Ops: (U) Noted, moving the second part to SIPR.\n\n{level}\n")


# (id, document, phrase that must be withheld at every level)
CASES: list[tuple[str, str, str]] = [
    # ---- 1: (C) before a year or a company, followed by classified text (no bare copyright line)
    ("copyright-year-cable", _cable("CONFIDENTIAL", "EXPORTERS SUBMITTED COMMENTS. AS REF A REPORTED, (C) 2027 TALKS "
                                    "WILL COVER THE HIDDEN ANNEX THE VICE MINISTER SHOWED US."),
     "TALKS WILL COVER THE HIDDEN ANNEX"),
    ("copyright-company-memo", _memo("SECRET", "We toured the fair. (C) 2025 Orion Ltd staff told us that the Orion "
                                     "contract is a front for the IRGC."), "contract is a front for the IRGC"),
    ("copyright-year-email", _email("CONFIDENTIAL", "Vendors met us on Monday. (C) 2024 figures from the ministry "
                                    "show the subsidy went to the ruling party."), "subsidy went to the ruling party"),
    ("copyright-rights-then-more", _memo("SECRET", "Slides shown. (C) 2025 Acme Corp. All rights reserved. The "
                                         "CEO said the shipment went to Tehran."), "shipment went to Tehran"),
    ("copyright-company-after-sentence", _memo("SECRET", "Post attended the fair. (C) 2025 Acme Corp staff told us the "
                                               "Acme Corp contract is a front."), "contract is a front"),
    # ---- 2: a legend-like mark: (S) followed by a level word
    ("legend-cable", _cable("SECRET", "THE MINISTER RECEIVED THE AMBASSADOR. AS NOTED IN REF B, (S) SECRET TALKS WITH "
                            "THE REBELS CONTINUE IN DOHA."), "TALKS WITH THE REBELS CONTINUE IN DOHA"),
    ("legend-memo-confidential", _memo("CONFIDENTIAL", "The visit was brief. Later, (C) CONFIDENTIAL sources said the "
                                       "mayor will resign in June."), "the mayor will resign in June"),
    ("legend-email-topsecret", _email("TOP SECRET", "All arrived safely. Per the brief, (TS) TOP SECRET intercepts "
                                      "place the cell in Kandahar."), "place the cell in Kandahar"),
    # ---- 3: list letters: REF (B), REASONS 1.4 (B) AND (D) set off a (C) that is a mark
    ("letters-ref-cable", _cable("CONFIDENTIAL", "THE MINISTRY ISSUED NEW RULES, SEE REF (B). AS REF (B) REPORTED, "
                                 "(C) THE DEPUTY ADMITTED THE CARGO WENT TO SYRIA.", "REF: (A) STATE 1 (B) ANKARA 2"),
     "THE DEPUTY ADMITTED THE CARGO WENT TO SYRIA"),
    ("letters-reasons-cable", _cable("CONFIDENTIAL", "THE GENERAL SPOKE ON 1 MAY (REFS (B) AND (D)). BUT, (C) THE "
                                     "GENERAL ORDERED THE SHOOTING IN MARCH.",
                                     "CLASSIFIED BY: AMBASSADOR J. SMITH, REASONS 1.4 (B) AND (D)"),
     "THE GENERAL ORDERED THE SHOOTING IN MARCH"),
    ("letters-memo-ab", _memo("CONFIDENTIAL", "Options (a) and (b) were discussed. The envoy added that (C) the prime "
                              "minister will veto option (b) in cabinet."), "will veto option (b) in cabinet"),
    ("letters-list-abc", _memo("SECRET", "Tasks (A) and (B) are done. (S) The source says the depot at Homs holds "
                               "sarin."), "depot at Homs holds sarin"),
    # ---- 4: "marked (C)"
    ("marked-memo", _memo("CONFIDENTIAL", "We met the council. The file they marked (C) the Governor is under "
                          "investigation for bribery."), "the Governor is under investigation for bribery"),
    ("marked-cable", _cable("SECRET", "WE MET THE COUNCIL. AS MARKED (S) THE ARMY WILL CLOSE THE BORDER ON FRIDAY."),
     "THE ARMY WILL CLOSE THE BORDER ON FRIDAY"),
    ("labelled-email", _email("CONFIDENTIAL", "The brief, labelled (C) the minister is being blackmailed by the "
                              "cartel, was shown to us."), "the minister is being blackmailed by the cartel"),
    # ---- 5: an example-cue word before the mark
    ("cue-than", _memo("SECRET", "The talks were cordial. The envoy was more open than (S) usual: the Kremlin has "
                       "approved the swap."), "the Kremlin has approved the swap"),
    ("cue-according", _email("SECRET//NOFORN", "Elections are in May. According to (S//NF) a source in the Interior "
                             "Ministry, results will be rigged."), "a source in the Interior Ministry"),
    ("cue-such-as", _cable("SECRET", "TALKS WENT WELL. ON ISSUES SUCH AS (S) THE NUCLEAR FILE THE MINISTER SAID IRAN "
                           "HAS A SECOND SITE."), "IRAN HAS A SECOND SITE"),
    ("cue-like", _memo("CONFIDENTIAL", "The host was friendly. Like (C) his deputy, he takes cash from the smugglers."),
     "he takes cash from the smugglers"),
    # ---- 6: a mention word after the mark
    ("mention-cables", _cable("SECRET", "THE MINISTRY DENIED THE REPORTS. HOWEVER, (S) CABLES FROM THE MINISTRY SHOW "
                              "THE ARMS WENT TO WAGNER."), "THE ARMS WENT TO WAGNER"),
    ("mention-police", _cable("SECRET//NOFORN", "THE OPPOSITION RALLIED. PER A SOURCE, (S//NF) POLICE UNITS WILL RAID "
                              "THE PARTY OFFICE ON FRIDAY."), "POLICE UNITS WILL RAID THE PARTY OFFICE"),
    ("mention-documents", _email("SECRET", "The ministry denied any deal. However, (S) documents obtained by the "
                                 "station show the deal was signed."), "show the deal was signed"),
    ("mention-portion", _memo("SECRET", "All went well. Separately (S) portions of the army will mutiny on Sunday."),
     "the army will mutiny on Sunday"),
    # ---- 7: _defined_by: a title-case word with the same initial before the mark; an abbreviation in words
    ("defined-city-comma", _memo("CONFIDENTIAL", "The Ambassador met civil society. As we heard in Caracas, (C) the "
                                 "opposition leader is a paid informant."), "the opposition leader is a paid informant"),
    ("defined-separately", _email("SECRET", "The delegation arrived Tuesday. Separately, (S) the Station assesses "
                                  "Saleh funds the drone program."), "Saleh funds the drone program"),
    ("defined-city-nocomma", _memo("SECRET", "The visit went well. During the stop in Seoul (S) the delegation learned "
                                   "Pyongyang moved two launchers."), "Pyongyang moved two launchers"),
    ("defined-two-words", _memo("TOP SECRET", "Meeting with the Task Force. Briefer from Threat Section (TS) the cell "
                                "plans to hit the Serena Hotel."), "the cell plans to hit the Serena Hotel"),
    ("defined-cable-caps", _cable("CONFIDENTIAL", "THE AMBASSADOR MET THE PRESS. IN CAIRO, (C) THE GENERAL SAID THE "
                                  "ARMY WILL DELAY THE VOTE."), "THE ARMY WILL DELAY THE VOTE"),
    # ---- 8: (S) is the ...
    ("is-the-separately", _memo("SECRET", "The delegation arrived. Separately, (S) is the assessment of the Station: "
                                "Saleh is the principal financier."), "Saleh is the principal financier"),
    ("is-the-in-addition", _memo("SECRET", "The delegation arrived. In addition, (S) is the assessment of the "
                                 "Station: Saleh is the principal financier."), "Saleh is the principal financier"),
    ("is-the-cable", _cable("CONFIDENTIAL", "THE MEETING ENDED. ALSO, (C) IS THE VIEW OF THE ATTACHE: THE COLONEL "
                            "RUNS THE SMUGGLING RING."), "THE COLONEL RUNS THE SMUGGLING RING"),
    ("is-a-email", _email("SECRET", "Lunch was fine. (S) is a key point: the minister has a secret account in "
                          "Dubai."), "the minister has a secret account in Dubai"),
    # ---- 9: an inline mark in an indented chat continuation line
    ("chat-indent-4", _chat("UNCLASSIFIED//FOUO", "    Per the district chief, (S) the Governor's nephew runs the "
                            "checkpoint racket."), "the Governor's nephew runs the checkpoint racket"),
    ("chat-indent-tab", _chat("UNCLASSIFIED", "\tAlso, (C) the police chief sells the fuel ration."),
     "the police chief sells the fuel ration"),
    ("chat-indent-2-nf", _chat("UNCLASSIFIED//FOUO", "  and btw (S//NF) the convoy leaves at 0400 via Shindand."),
     "the convoy leaves at 0400 via Shindand"),
    # ---- 10: a list of marks before the text
    ("marks-s-or-c", _cable("SECRET", "THE CABINET MET. IN A SIDE MEETING, (S) OR (C) THE MINISTER SAID HE WILL RESIGN "
                            "BEFORE THE VOTE."), "THE MINISTER SAID HE WILL RESIGN"),
    ("marks-c-comma-s", _cable("SECRET", "THE AMBASSADOR CALLED. FOLLOWING REF A, (C), (S) THE PRESIDENT WILL PARDON "
                               "THE PLOTTERS."), "THE PRESIDENT WILL PARDON THE PLOTTERS"),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in CASES], ids=[i for i, _, _ in CASES])
def test_mid_line_mark_withholds(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- must release at usg
RELEASE: list[tuple[str, str, str]] = [
    # the (U) paragraph after a raised one is still released
    ("plain-after-cable", _cable("SECRET", "THE MINISTRY DENIED THE REPORTS. HOWEVER, (S) CABLES SHOW THE ARMS WENT "
                                 "NORTH."), "POST WILL CONTINUE TO FOLLOW THE ISSUE."),
    ("plain-after-memo", _memo("CONFIDENTIAL", "As we heard in Caracas, (C) the leader is an informant."),
     "The next meeting is set for Friday at the chancery."),
    ("plain-after-chat", _chat("UNCLASSIFIED//FOUO", "    Per the chief, (S) the nephew runs the racket."),
     "Noted, moving the second part to SIPR."),
    # a bare copyright line in an unclassified document
    ("copyright-line", "UNCLASSIFIED\n\n(U) The vendor's brochure is attached.\n\n(C) 2025 Acme Corp. All rights "
                       "reserved.\n\n(U) Post has no objection.\n\nUNCLASSIFIED\n", "The vendor's brochure is attached."),
    ("copyright-word", "UNCLASSIFIED\n\n(U) Copyright (C) 2024 Orion Ltd. All rights reserved.\n\n(U) The trade fair "
                       "opens Monday.\n\nUNCLASSIFIED\n", "The trade fair opens Monday."),
    # list letters in a (U) paragraph that are not levels
    ("ref-letters", _cable("UNCLASSIFIED", "SEE REFS (A) AND (B) FOR BACKGROUND ON THE TARIFF.",
                           "REF: (A) STATE 1 (B) ANKARA 2"), "SEE REFS (A) AND (B) FOR BACKGROUND"),
    # provably no mark: a run of list letters spelled out from (A); a legend that is the whole rest of its portion
    ("letter-run", _memo("UNCLASSIFIED", "The allowance covers (A) travel, (B) lodging, and (C) per diem for the team."),
     "(C) per diem for the team"),
    ("legend", _memo("UNCLASSIFIED", "Markings used below: (U) unclassified, (C) confidential, (S) secret."),
     "(C) confidential, (S) secret."),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in RELEASE], ids=[i for i, _, _ in RELEASE])
def test_plain_text_releases(text: str, phrase: str) -> None:
    assert_released(text, phrase)


# Left (found at the end of open36a): an unmarked line that the layout splits off a (U) paragraph without
# `split_raises.record_split` (here: a caps cable's line under its short marked first line) is not read for inline
# marks; reading every unmarked portion fixed it but over-redacted 11 more harness documents (`34 (C)` degrees,
# office symbols in unmarked lines), so that gate is for the next job. (open37a: unmarked text is read for a mark right
# after a clause break, `SAID THAT, (S) THE ARMY ...`: this passes.)
def test_split_off_caps_line_inline_mark_withholds() -> None:
    text = ("UNCLASSIFIED\n\nSUBJECT: (U) CURFEW\n\n1. (U) CURFEW EXTENDED TO MAY 25.\nPRESIDENTIAL GUARD COMMANDER "
            "SAID THAT, (S) THE ARMY WILL ARREST THE MAYOR ON FRIDAY.\n\n2. (U) POST WILL FOLLOW.\n\nUNCLASSIFIED\n")
    assert_withheld(text, "THE ARMY WILL ARREST THE MAYOR", ALL)
