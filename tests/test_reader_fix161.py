"""fix161: this session's first-run leaks and rounds 156/158's known-leak xfails (issue 8), by class.

Classes (this session's first-run leaks and rounds 156/158's known-leak xfails; my own documents of each class, then
two or more variants of mine each, written before I read the reader): 1 a draft's review record that raises a part
(a comment balloon or margin note in brackets, `[Comment KT2: para 2 should be (S)]`, `[Margin note (RA): this
paragraph must be S//NF]`; a suggestion log's `replace "(U)" with "(S//NF)" at the start of paragraph 2`; a compare
summary's `Paragraph 3: portion mark "(U)" replaced by "(C)"`); 2 a sed-style correction (`s/(U)/(S)/` under a chat
line, `s/U/C/ for para 2`, `s/(U)/(C)/ on bullet 2` at the top of an e-mail reply); 3 Five Eyes with the UK excepted
(`Releasable to: FVEY except UK`, `Five Eyes partners, minus the British`); 4 a JSON array of release countries
without GBR (one line, several lines); 5 control words spelled letter by letter in a banner or handling line
(`CUI//N O F O R N`, `Handling: N-O-F-O-R-N`, `Dissemination: N.O.F.O.R.N.`, `Handling:  U S  O N L Y`); 6 an OCR page
footer with the page's banner (`- 2 -   SECRET   DRAFT`, `-- 2 --   CONFIDENTIAL//NOFORN`); 7 a (U) pull quote inside
a paragraph whose tail is unmarked.

First run on the base (main `2168ede` + rounds 159-161, commit `7e807759`; 32 checks, 14 failed): 13 of 19 documents
leaked (review: margin note, suggestion log, compare summary; all three sed; the multi-line JSON array; all four
spelled controls; both OCR footers). Passed on the base: `review-comment-balloon` (`para 2 should be (S)` was read),
both Five Eyes variants (`except`, `minus` were read), the one-line JSON array and both pull quotes (so class 7 is not
mine: see below). One release check failed on the base and is no check of these classes (`sed-chat-for-para`: an
export with no banner whose lines open with a time is read unmarked, over-redaction): dropped.

Fix, by class, only raising or adding controls: 1 `governing_statements.levels` (rules) reads a bracketed comment or
margin note's `should be S//NF` / `should be (S)` and a `replace[d] "(U)" with/by "(S//NF)"` as a statement; the
`transcribed_note` rule takes comment balloons, and a note that is a portion of its own raises the portion above it
too (`governing._apply`); 2 `reader/sed_corrections.py` (new; reuses `raising.raised_to` as `chat_corrections` does,
without touching it): `s/OLD/NEW/` whose NEW is a marking raises the part it names (`para 2`, `item 3`, `the third
bullet`) where that part is marked OLD, else the portion above; 3 `controls_in_words`' exception sentence takes `no`
(`Five Eyes (no UK)`); 4 `reader/release_arrays.py` (new): a release field's JSON/YAML array is read as its value;
5 `reader/spelled_controls.py` (new): a run of single capitals parted by blanks, dots or hyphens after a line start,
`/` or a label's colon is read as the tokens it spells (or, after a colon, two release field signs: `US ONLY`);
6 `page_forms.footer_status` (rules, `DRAFT`, ...) beside the number and banner of a footer line, and `-- 2 --` as a
page number alone. Red-team cases (the `red-*` cases, written after the fixes): on the base 6 of 11 leaked
(`red-sed-item-number`, `red-fvey-comma-no-gbr`, `red-json-releasability-one-line`, `red-caveats-dotted`,
`red-compare-changed-to`, `red-comment-own-paragraph`); all pass now.
Harness (9,688 documents: every round on this branch) against main `2168ede` (t0b): no new leaking document; 14
fixed (adv156-022/023/025, adv158-001/007/030/032, adv160-003/013/020, adv161-021/022/027/029); over-redaction 2,767
-> 2,767, 1 new (adv158-007, in KNOWN_OVER_REDACTION), 1 fixed (adv110-029: its letter-spaced classification line
`C O N F I D E N T I A L  STATE` now reads).
Known over-redaction: the compare summary's other change lines (`Paragraph 1: deleted "very"`) are read as naming
paragraph 1 too (strict xfail); a footer banner raises the whole document (adv158-007's page 1, as every page banner
does, `evidence.take_page_banner`).
Left: class 7 (adv158-021) and adv161-005 (a bare (U) after blank lines with an indented continuation of a (C)
sentence) are (U) continuations across quote depth and blank lines, open39b's rule in the same session: skipped. The
plain (U) paragraph of adv156-033 under `Releasability: Five Eyes (no UK)` is released to the partner by the
project's rule (a (U) mark says its text is uncontrolled): not a leak, its xfail stays with that reason.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 a draft's review record (comment balloon, suggestion log, compare summary) that raises a part's mark
    ('review-comment-balloon',
     "SECRET\nDRAFT for clearance\n\nSUBJECT: (U) Port Talks\n\n1. (U) The port talks resumed on 3 May in Mombasa.\n\n"
     "2. (U) The minister's aide told us the minister will cancel the Chinese berth contract after the vote.\n"
     "[Comment KT2: para 2 should be (S) -- it came from the aide in confidence.]\n\n"
     "3. (U) The next round is set for June.\n\nSECRET\n",
     ['will cancel the Chinese berth contract'], ALL, ['The port talks resumed on 3 May']),
    ('review-margin-note-this-para',
     "SECRET//NOFORN\nWorking draft v3\n\n(U) The summit is planned for Lima in October.\n\n"
     "(U) The vice minister confided that the president will not attend if the Bolivian delegation comes.\n"
     "[Margin note (RA): this paragraph must be S//NF, source is the vice minister.]\n\n"
     "(U) Logistics are with the Lima embassy.\n\nSECRET//NOFORN\n",
     ['the president will not attend if the Bolivian delegation comes'], ALL, ['The summit is planned for Lima']),
    ('review-suggestion-log',
     "SECRET//NOFORN\nShared draft: Baltic options paper\n\n1. (U) The Baltic ministers meet in Riga on 2 March.\n\n"
     "2. (U) Estonia's intelligence service told us a Russian cable ship loitered over the Balticconnector for six hours.\n\n"
     "3. (U) Options are at Tab A.\n\n--- Suggestions ---\n"
     "Suggestion 1 by P. Ames, Feb 3: replace \"(U)\" with \"(S//NF)\" at the start of paragraph 2. Status: Accepted.\n"
     "Suggestion 2 by P. Ames, Feb 3: delete \"quietly\". Status: Rejected.\nSECRET//NOFORN\n",
     ['a Russian cable ship loitered over the Balticconnector'], ALL, ['The Baltic ministers meet in Riga']),
    ('review-compare-summary',
     "CONFIDENTIAL\nCOMPARE SUMMARY -- paper_v2 vs paper_v3\n"
     "Change 1: Paragraph 3: portion mark \"(U)\" replaced by \"(C)\".\nChange 2: Paragraph 1: deleted \"very\".\n"
     "(Body below is v2 text.)\n\n1. (U) The election is on 4 April.\n\n2. (U) Observers from the OAS will attend.\n\n"
     "3. (U) A party official said the ruling party will ban the main opposition candidate on tax grounds.\n\n"
     "4. (U) We will report after the vote.\n\nCONFIDENTIAL\n",
     ['will ban the main opposition candidate on tax grounds'], ALL, ['The election is on 4 April']),
    # 2 a sed-style correction that re-marks a line above
    ('sed-chat-previous-line',
     "SECRET\nchannel: ~af-sahel 2026-10-02\n[10:01] a.mensah: (U) morning\n"
     "[10:03] a.mensah: (U) the junta's deputy says the Wagner contract will be renewed for three more years\n"
     "[10:03] a.mensah: s/(U)/(S)/\n[10:04] j.roe: (U) noted\nSECRET\n",
     ['the Wagner contract will be renewed for three more years'], ALL, ['morning']),
    ('sed-chat-for-para',
     "[Slack export - #drafts - 2026-10-05]\n09:00 kim: draft paras:\n09:00 kim: 1. (U) The ferry line reopens on 1 November.\n"
     "09:01 kim: 2. (U) The port chief told the attache that customs officers are paid by the smuggling network.\n"
     "09:01 kim: 3. (U) The ministry will publish the timetable.\n09:05 lee: s/U/C/ for para 2, that was in confidence\n"
     "09:06 kim: ok\n",
     ['customs officers are paid by the smuggling network'], ALL, []),
    ('sed-email-bullet',
     "From: A. Ruiz\nTo: B. Chen\nSubject: RE: (U) talking points\nClassification: CONFIDENTIAL\n\n"
     "s/(U)/(C)/ on bullet 2 please -- that is from the ambassador's dinner.\nA\n\n-----Original Message-----\n"
     "Subject: (U) talking points\n\n- (U) The trade fair opens on 9 May.\n"
     "- (U) The foreign minister expects to be replaced in the June reshuffle.\n- (U) Our stand is in hall 3.\n",
     ['expects to be replaced in the June reshuffle'], ALL, ['The trade fair opens on 9 May']),
    # 3 Five Eyes with the UK excepted
    ('fvey-except-uk-line',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasable to: FVEY except UK\n\n(U) The exercise starts on 2 June.\n\n"
     "(U//FOUO) The Canadian frigate will shadow the survey vessel near the cable landing.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ['will shadow the survey vessel near the cable landing'], PARTNER, []),
    ('fvey-minus-british',
     "SENSITIVE BUT UNCLASSIFIED\nDissemination: Five Eyes partners, minus the British\n\n"
     "(SBU) The fisheries patrol tracked the trawler into the closed zone on 4 March.\n\n"
     "(U) The annual report is online.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     ['tracked the trawler into the closed zone'], PARTNER, []),
    # 4 a JSON or YAML array of release countries without GBR
    ('json-rel-array',
     '{\n  "doc": "case-77",\n  "classification": "CUI",\n  "releasable_to": ["USA", "CAN", "AUS"],\n'
     '  "body": "The broker in Halifax moved the drone parts through a shell firm in Limassol."\n}\n',
     ['moved the drone parts through a shell firm'], PARTNER, []),
    ('json-rel-array-multiline',
     '{\n  "id": "R-1",\n  "marking": "U//FOUO",\n  "relTo": [\n    "USA",\n    "NZL"\n  ],\n'
     '  "summary": "The port authority gave us the crew lists of the two tankers."\n}\n',
     ['gave us the crew lists of the two tankers'], PARTNER, []),
    # 5 letter-spaced, hyphen-spaced, dotted control words
    ('spaced-noforn-banner',
     "CUI//N O F O R N\nMEMORANDUM\nSUBJECT: (U) Visa review\n\n(U) The review covered 400 cases.\n\n"
     "(CUI) Twelve applicants used the same forged tax letters from a Lagos agent.\n\nCUI//N O F O R N\n",
     ['used the same forged tax letters from a Lagos agent'], PARTNER, ['The review covered 400 cases']),
    ('hyphen-noforn-handling',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nHandling: N-O-F-O-R-N\n\n(U) The site visit is on 3 May.\n\n"
     "(U//FOUO) The guard company's manager lets visitors in without badges at night.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ["lets visitors in without badges at night"], PARTNER, ['The site visit is on 3 May']),
    ('dotted-noforn-dissem',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nDissemination: N.O.F.O.R.N.\n\n(U) The audit started in May.\n\n"
     "(U//FOUO) The contractor billed twice for the same generator.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ['billed twice for the same generator'], PARTNER, ['The audit started in May']),
    ('spaced-us-only',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nHandling:  U S  O N L Y\n\n(U) The call is on Friday.\n\n"
     "(U//FOUO) The informant in Antwerp named the diamond courier.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ['named the diamond courier'], PARTNER, ['The call is on Friday']),
    # 6 a centred OCR page footer with the page's banner
    ('ocr-footer-dash-page',
     "UNCLASSIFIED\n\nTRIP NOTES\n\nThe delegation visited the dam and met the governor.\n\n- 1 -        UNCLASSIFIED\n"
     "Privately the governor said the army takes a cut of every contract at the dam site.\n\n"
     "- 2 -          SECRET          DRAFT\n",
     ['the army takes a cut of every contract'], ALL, []),
    ('ocr-footer-page-n',
     "UNCLASSIFIED\n\nVISIT REPORT\n\nThe team toured the port.\n\n-- 1 --    UNCLASSIFIED\n"
     "The harbour master admitted that the navy unloads arms at berth 9 at night.\n\n"
     "-- 2 --    CONFIDENTIAL//NOFORN\n",
     ['the navy unloads arms at berth 9'], ALL, []),
    # 7 a (U) pull quote inside a paragraph whose tail is unmarked
    ('pull-quote-inside-nf',
     "UNCLASSIFIED//SBU\n\n(U) The unit interviewed 800 applicants.\n\n(SBU//NF) The fraud manager thinks a travel agency coaches applicants\n"
     "> (U) \"A proud team.\" - Consul\nand forges bank letters with the help of a branch manager in Kutaisi.\n\n"
     "(U) Holidays are posted online.\nUNCLASSIFIED//SBU\n",
     ['forges bank letters with the help of a branch manager'], PARTNER, ['The unit interviewed 800 applicants']),
    ('pull-quote-inside-c',
     "CONFIDENTIAL\n\n(U) The mayor opened the bridge.\n\n(C) The contractor admitted he paid the mayor's office\n"
     "> (U) \"A great day for the city.\" - Mayor\nfor the permit through his cousin at the water board.\n\n"
     "(U) Traffic resumes Monday.\nCONFIDENTIAL\n",
     ['for the permit through his cousin at the water board'], ALL, ['The mayor opened the bridge']),
    # red-team cases written after the fixes (run on the base too: see the docstring)
    ('red-sed-irc-escaped',
     "SECRET\n<a.li> (U) the minister will resign on Friday before the budget\n<a.li> s/\\(U\\)/(S\\/\\/NF)/g\n"
     "<b.k> (U) ok\nSECRET\n", ['will resign on Friday'], ALL, []),
    ('red-sed-lowering-changes-nothing',
     "SECRET\n[09:00] a: (S) the raid is set for dawn at the farm\n[09:01] a: s/(S)/(U)/\nSECRET\n",
     ['the raid is set for dawn'], ALL, []),
    ('red-sed-item-number',
     "From: X\nSubject: RE: items\nClassification: SECRET\n\ns/(U)/(S)/ for item 3, my error\n\n---- Original ----\n"
     "1. (U) Lunch at noon.\n2. (U) Bring badges.\n3. (U) The source in the ministry will hand over the ledger on Monday.\n",
     ['will hand over the ledger on Monday'], ALL, []),
    ('red-fvey-rel-to-no-uk',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nREL TO: FVEY (no UK)\n\n(U//FOUO) The patrol found the drifting buoy off Tromso.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n", ['found the drifting buoy'], PARTNER, []),
    ('red-fvey-comma-no-gbr',
     "SENSITIVE BUT UNCLASSIFIED\nReleasable to Five Eyes, no GBR\n\n(SBU) The port agent moved the crates at night.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n", ['moved the crates at night'], PARTNER, []),
    ('red-yaml-flow-rel',
     "classification: CUI\nrel_to: [USA, CAN, AUS]\nbody: The exporter shipped the lathes through Tallinn.\n",
     ['shipped the lathes through Tallinn'], PARTNER, []),
    ('red-json-releasability-one-line',
     '{"classification": "U//FOUO", "releasability": ["USA", "AUS"], "text": "The liaison shared the ledger scans."}\n',
     ['shared the ledger scans'], PARTNER, []),
    ('red-secret-spaced-nf',
     "SECRET//N O F O R N\n\n(S) The unit moves to the border on Friday.\n\nSECRET//N O F O R N\n",
     ['moves to the border on Friday'], PARTNER, []),
    ('red-caveats-dotted',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nCaveats: N.O.F.O.R.N.\n\n(U//FOUO) The vendor double-billed the embassy.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n", ['double-billed the embassy'], PARTNER, []),
    ('red-compare-changed-to',
     "SECRET\nCompare report v3 vs v4\nChange 1: Para 2: \"(U)\" changed to \"(S)\".\n\n1. (U) The talks open Monday.\n\n"
     "2. (U) The envoy will concede the northern district in the final text.\n\nSECRET\n",
     ['will concede the northern district'], ALL, []),
    ('red-comment-own-paragraph',
     "SECRET\nDRAFT\n\n1. (U) The fair opens 3 May.\n\n2. (U) The minister's aide said the tender is rigged for a Cypriot firm.\n\n"
     "[Comment AB3: this para should be (S) - aide spoke in confidence]\n\n3. (U) Next round in June.\n\nSECRET\n",
     ['the tender is rigged for a Cypriot firm'], ALL, ['Next round in June']),
]


@pytest.mark.parametrize("case_id,text,withheld,levels,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


# release checks that fail closed by design: the compare summary's other change lines name paragraph 1 within the
# statement's reach, and every paragraph a statement could mean is raised
_OVER_REDACTED = {"review-compare-summary": "the summary's `Paragraph 1: deleted` line is read as naming paragraph 1"}


@pytest.mark.parametrize("case_id,text,withheld,levels,released",
                         [pytest.param(*c, marks=[pytest.mark.xfail(reason=_OVER_REDACTED[c[0]], strict=True)]
                                       if c[0] in _OVER_REDACTED else []) for c in CASES if c[4]],
                         ids=[c[0] for c in CASES if c[4]])
def test_released(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
