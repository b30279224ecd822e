"""open37b: wraps, rows, tables and cells that moved text away from its mark (issue 8, old leaks of review36c/f/m).

Classes: A a (U) label with its mark after it (`SUMMARY (U):`) whose form looked "marked after" because another line
ends in a parenthesised acronym `(MFA)`; B an unmarked line under a (U) line cut at 57-58 columns, and a `(U)` at the
start of a line that continues a sentence cut at the line end (a symbol, not a new portion); C reviewer notes in a
table's cells naming a paragraph by number in lower case or mixed languages; D numbered rows in order where "item 2
above" is counted from the note; E two tables under one note ("row 3 of the table above"); F a counted-paragraph
statement ("the next two paragraphs") over double-spaced lines.
Not leaks (the document is marked by its own marks, so the project releases it; kept as release checks): c06 and 26
(a (U) line cut mid-sentence with its lower-case rest on the next line is that (U) portion; review36c counted raising
it as over-redaction, o01), c22 and 25 (a ticked `[X] U` block is marked (U) by its tick, adv19-056).

First run on main `41a188a` (before any change; 24 withhold cases, 8 release checks: 18 failed, 14 passed). Leaks:
- A: all three (`(MFA)`, `(IAEA)`, `(MOD)` lines with one label marked after).
- B: c07, the 57-column memo, the 58-column caps cable, m67; passed: `(U)` after `where` and after `energy`.
- C: all six (pipe tables and `;`/`,` sheets: "does a secret only", "bat da secret too", "this para is secret
  too", "does name a source: secret", "should be confidential", "is s, not u").
- D: r04 and the CSV `item 3 above`; passed: the pipe table's `row 4 above`.
- E: r06; passed: two pipe tables, two CSV sheets.
- F: f34 and the three-paragraph variant; passed: `The following two paragraphs` (its lines end their sentences).
- RELEASE: all eight passed.
Fix, raising only: A `unsure_wraps`: a form "marks labels after them" only where two lines close on a level's mark,
not on `(MFA)`; B `unsure_wraps`: where the marked line is the text's widest and short of a cable's 69 columns, a
short word's slack (6), not a long one's (12), proves a width cut; `reader/symbol_marks.py`: a bare `(U)` opening a
line that goes on in lower case with the sentence a higher mark opened on the line above takes that level (not an
indented outline item, a table's class cell, a chat's sender line or a drop cap: 5 harness documents over-redacted
by the first try, and 1 more by B without any slack); D `numbered_rows`: rows numbered in their order are counted
up from a note below them too (not from a numbered row holding the note: adv47-031); E the nearest table above a
note (parted by a blank line) is counted on its own; F `scope_exact._counted_blocks`: a blank line between a line ending on a word and one going on
in lower case does not start a new counted paragraph.
Harness (9,019 documents) against main `41a188a` (/tmp/s37/t0b.txt): 0 new leaking documents, over-redaction 2,536
-> 2,536 (0 new, 0 fixed). C left (xfail below); fixed by cellnotes37 (reader/cell_notes.py), now plain tests.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")

# (id, document, phrase that must be withheld at every level)
CASES: list[tuple[str, str, str]] = [
    # ---- A: a label marked after, a second line ending in an acronym in parentheses
    ("c05-label-after-mfa", "SECRET//NOFORN\n\nSUBJECT: (U) MEETING WITH THE MINISTRY OF FOREIGN AFFAIRS (MFA)\n\n"
     "1. SUMMARY (U):\nStation reporting shows the minister is a paid asset of the SVR.\n\n2. (S//NF) Post will not raise "
     "this with the ministry.\n\nSECRET//NOFORN\n", "the minister is a paid asset"),
    ("A-memo-iaea", "SECRET\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Talks with the International Atomic Energy "
     "Agency (IAEA)\n\nBACKGROUND (U):\nThe deputy director general is on the Station payroll.\n\n(S) Do not raise this "
     "with the Agency.\n\nSECRET\n", "deputy director general is on the Station payroll"),
    ("A-email-mod", "Classification: CONFIDENTIAL\n\nSubject: (U) Call with the Ministry of Defence (MOD)\n\n"
     "Comment (U):\nOur contact in the MOD says the 4th Brigade will refuse the deployment order.\n\n(C) Keep this "
     "close.\n\nClassification: CONFIDENTIAL\n", "4th Brigade will refuse the deployment order"),
    # ---- B: a mid-sentence wrap at 57-58 columns; a (U) symbol continuing a sentence
    ("c07-58col", "SECRET//NOFORN\n\n1. (U) Minutes of the Joint Working Group meeting, 3 March\nBLUEBIRD reported "
     "that the minister met the SVR resident.\n\n2. (S//NF) Do not share this cable with partners.\n\nSECRET//NOFORN\n",
     "BLUEBIRD reported that the minister"),
    ("B-57col-memo", "SECRET\n\n(U) Notes of the weekly coordination meeting, 12 May 2026\nOur source said the general "
     "will defect to Kyiv next week.\n\n(S) Handle via ORCON channels.\n\nSECRET\n",
     "general will defect to Kyiv next week"),
    ("B-58col-caps", "CONFIDENTIAL\n\n1. (U) READOUT OF THE TRADE COUNCIL PLENARY, 14 APRIL 2026\nTHE MINISTER "
     "ADMITTED THE TENDER WAS RIGGED FOR HIS BROTHER.\n\n2. (C) POST WILL NOT RAISE THIS.\n\nCONFIDENTIAL\n",
     "THE TENDER WAS RIGGED FOR HIS BROTHER"),
    ("m67-symbol-u", "SECRET//NOFORN\n(S//NF) The reactor runs at 27 MW. Below\n(U) is the coolant's internal energy; "
     "the reactor has not shut down since March.\nSECRET//NOFORN\n", "has not shut down since March"),
    ("B-symbol-u-where", "SECRET\n\n(S) The first law gives Q - W = dU, where\n(U) is the internal energy; the "
     "plant vents at night to hide the output.\n\nSECRET\n", "the plant vents at night to hide the output"),
    ("B-symbol-u-and", "CONFIDENTIAL\n\n(C) The tank stores heat Q and energy\n(U) at 40 bar; the ministry hid the "
     "crack from the inspectors.\n\nCONFIDENTIAL\n", "the ministry hid the crack from the inspectors"),
    # ---- C: reviewer notes in table cells naming a paragraph
    ("n01-welsh-does", "SECRET//NOFORN\n\n| Para | Reviewer note |\n|------|---------------|\n| 2 | does a secret "
     "only |\n| 3 | (U) |\n\n2. (U) Courier DRAGONFLY meets the handler at the Souk Hotel.\n\n3. (U) Parking permits "
     "renew in June.\n\nSECRET//NOFORN\n", "Courier DRAGONFLY meets the handler"),
    ("n02-basque-mix", "SECRET//NOFORN\nReview sheet\n\npara;note\n1;bat da secret too\n2;(U)\n\n1. (U) Courier "
     "DRAGONFLY meets the handler at the Souk Hotel.\n\n2. (U) Parking permits renew in June.\n\nSECRET//NOFORN\n",
     "Courier DRAGONFLY meets the handler"),
    ("n04-secret-too", "SECRET//NOFORN\n\n| Para | Reviewer note |\n|------|---------------|\n| 1 | this para is "
     "secret too |\n| 2 | fine as marked |\n\n1. (U) Courier DRAGONFLY meets the handler at the Souk Hotel.\n\n2. (U) "
     "Parking permits renew in June.\n\nSECRET//NOFORN\n", "Courier DRAGONFLY meets the handler"),
    ("n05-does-name", "SECRET//NOFORN\n\n| Para | Reviewer note |\n|------|---------------|\n| 1 | does name a "
     "source: secret |\n| 2 | fine as marked |\n\n1. (U) Courier DRAGONFLY meets the handler at the Souk Hotel.\n\n2. "
     "(U) Parking permits renew in June.\n\nSECRET//NOFORN\n", "Courier DRAGONFLY meets the handler"),
    ("C-csv-confidential", "CONFIDENTIAL\nQA sheet\n\npara,comment\n1,ok\n2,should be confidential\n\n1. (U) The "
     "embassy pool reopens Monday.\n\n2. (U) The minister's driver sells the convoy schedule.\n\nCONFIDENTIAL\n",
     "driver sells the convoy schedule"),
    ("C-pipe-is-s", "SECRET\n\n| Paragraph | Check |\n|---|---|\n| 1 | looks fine |\n| 2 | is s, not u |\n\n(1) (U) "
     "Canteen menus are posted.\n\n(2) (U) ASSET HERON photographs the launch site weekly.\n\nSECRET\n",
     "HERON photographs the launch site"),
    # ---- D: rows numbered in order, "item N above"
    ("r04-inorder-item2", "SECRET//NOFORN\nExport: action items\n\nid;class;item\n1;(U);Cafeteria closes early on "
     "Friday.\n2;(U);Parking permits renew in June.\n3;(U);Courier DRAGONFLY meets the handler at the Souk Hotel.\n"
     "4;(U);Ops room moves to building 7 on Monday.\n\nNote: item 2 above is SECRET//NOFORN; re-mark before sharing.\n"
     "SECRET//NOFORN\n", "Courier DRAGONFLY meets the handler"),
    ("D-pipe-row3-above", "CONFIDENTIAL\n\n| # | Class | Task |\n|---|---|---|\n| 1 | (U) | Order toner. |\n"
     "| 2 | (U) | The mayor takes cash from the port authority. |\n| 3 | (U) | Book the hall. |\n| 4 | (U) | Send "
     "invites. |\n| 5 | (U) | Close the file. |\n\nNote: row 4 above is CONFIDENTIAL.\n\nCONFIDENTIAL\n",
     "The mayor takes cash from the port authority"),
    ("D-csv-item3-above", "SECRET\n\nno,class,entry\n1,(U),Gym hours change.\n2,(U),Agent KESTREL crosses at Tabqa "
     "on the 9th.\n3,(U),Shuttle runs at noon.\n4,(U),Printer is fixed.\n\nNB: item 3 above is SECRET.\n\nSECRET\n",
     "Agent KESTREL crosses at Tabqa"),
    # ---- E: two tables under one note
    ("r06-two-tables", "SECRET//NOFORN\nExport: visitors\n\nid;class;item\n1;(U);Visitor badge for J. Harlow.\n"
     "2;(U);Visitor badge for M. Okafor.\n3;(U);Visitor badge for the press pool.\n\nExport: action items (sorted by "
     "priority)\n\nid;class;item\n6;(U);Cafeteria closes early on Friday.\n5;(U);Parking permits renew in June.\n"
     "4;(U);Courier DRAGONFLY meets the handler at the Souk Hotel.\n1;(U);Ops room moves to building 7 on Monday.\n"
     "2;(U);Generator test is on Sunday.\n3;(U);Mail room hours change in July.\n\nNote: row 3 of the table above is "
     "SECRET//NOFORN; re-mark before sharing.\nSECRET//NOFORN\n", "Courier DRAGONFLY meets the handler"),
    ("E-pipe-two-tables", "CONFIDENTIAL\n\nRooms\n\n| id | class | room |\n|---|---|---|\n| 1 | (U) | Room A. |\n"
     "| 2 | (U) | Room B. |\n\nTasks\n\n| id | class | task |\n|---|---|---|\n| 3 | (U) | Buy paper. |\n| 1 | (U) | "
     "The governor is taking bribes from the port. |\n| 2 | (U) | Fix the fan. |\n\nNote: row 2 of the table above "
     "is CONFIDENTIAL.\n\nCONFIDENTIAL\n", "The governor is taking bribes from the port"),
    ("E-csv-two-tables", "SECRET\nSheet 1\n\nid,class,item\n1,(U),Badge for A.\n2,(U),Badge for B.\n3,(U),Badge for "
     "C.\n4,(U),Badge for D.\n\nSheet 2\n\nid,class,item\n9,(U),Mail room shut.\n8,(U),Source OSPREY meets the colonel "
     "in Hama.\n7,(U),Lift repaired.\n\nNote: row 2 of the table above is SECRET.\n\nSECRET\n",
     "Source OSPREY meets the colonel"),
    # ---- F: counted paragraphs over double-spaced lines
    ("f34-two-doublespaced", "UNCLASSIFIED\n\nTeam,\n\nThe next two paragraphs are SECRET//NOFORN.\n\nOur source says "
     "the network will smuggle the centrifuge parts\n\nthrough the port of Jebel Ali hidden in refrigeration units.\n\n"
     "The buyer is a front company in Dalian run by\n\na former PLA officer named Zhou Wei.\n\nThanks, Ann\n\n"
     "UNCLASSIFIED\n", "former PLA officer named Zhou Wei"),
    ("F-following-two", "UNCLASSIFIED\n\nAll,\n\nThe following two paragraphs are CONFIDENTIAL.\n\nThe minister's aide "
     "told us the budget vote\n\nwill be delayed to protect the coalition.\n\nHe also said the finance minister\n\n"
     "will resign once the IMF loan is signed.\n\nBest, Raj\n\nUNCLASSIFIED\n", "will resign once the IMF loan"),
    ("F-three-doublespaced", "UNCLASSIFIED\n\nTeam,\n\nThe next three paragraphs are SECRET.\n\nThe convoy leaves "
     "Erbil at 0300.\n\nIt carries the\n\nsurface-to-air missiles for the Peshmerga.\n\nThe route passes\n\nthrough "
     "Makhmour and avoids Kirkuk.\n\nRegards, Lee\n\nUNCLASSIFIED\n", "avoids Kirkuk"),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in CASES], ids=[i for i, _, _ in CASES])
def test_moved_text_withholds(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


def _doc(case_id: str) -> str:
    return next(text for i, text, _ in CASES if i == case_id)


# ---------------------------------------------------------------- must release at usg
RELEASE: list[tuple[str, str, str]] = [
    # documents marked by their own marks (not leaks): the rest of a (U) sentence; a block ticked U
    ("c06-own-mark", "SECRET//NOFORN\n\n1. (U) The delegation discussed the port visit schedule and\nper Station "
     "reporting the envoy is a recruited asset of the SVR.\n\n2. (S//NF) Do not share this cable with partners.\n\n"
     "SECRET//NOFORN\n", "The delegation discussed the port visit schedule"),
    ("f26-own-mark", "SECRET\n\n1. (U) The weekly call covered logistics, travel and\nthe informant inside the cartel "
     "who named the Sinaloa accountant.\n2. (U) Next call Monday.\n\nSECRET\n", "Next call Monday."),
    ("c22-ticked-u", "TRAVEL INCIDENT REPORT\nClassification: SECRET//NOFORN\n\nBlock classification:  [X] U   [ ] C   "
     "[ ] S\nTraveller: J. Harlow, RSO Beirut\nNarrative: Visa renewal was filed on Monday.\nBLUEBIRD was arrested by "
     "the security service\nwhile carrying Station documents.\n\nBlock classification:  [ ] U   [ ] C   [X] S\n"
     "Narrative: Exfil plan is in the annex.\n\nClassification: SECRET//NOFORN\n", "Visa renewal was filed on Monday."),
    ("f25-ticked-u", "SECRET//NOFORN\n\nParagraph classification:  [X] U   [ ] C   [ ] S\nSecond battalion will "
     "withdraw from Bakhmut on the 14th before the announcement.\n(U) Admin notes follow.\n\nSECRET//NOFORN\n",
     "Admin notes follow."),
    # the (U) paragraphs and rows that no note names
    ("n04-para2", _doc("n04-secret-too"), "Parking permits renew in June."),
    ("r04-other-row", _doc("r04-inorder-item2"), "Ops room moves to building 7 on Monday."),
    ("r06-first-table", _doc("r06-two-tables"), "Visitor badge for J. Harlow."),
    ("f34-greeting", _doc("f34-two-doublespaced"), "Thanks, Ann"),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in RELEASE], ids=[i for i, _, _ in RELEASE])
def test_marked_text_releases(text: str, phrase: str) -> None:
    assert_released(text, phrase)
