"""fix40a: review records that raise a (U) part (issue 8), by class.

Classes (round 162's known-leak xfails): 1 a reviewer's comment raising a (U) paragraph, in French (`[Commentaire MD1:
ce paragraphe devrait etre S//NF]`) or as an HTML comment node (`<!-- reviewer: this para should be (C) -->`); 2 a
compare table, YAML changelog or foreign compare summary that records a raised mark while the body still shows (U)
(`| Para 3, mark | (U) | (C//NF) |`, `- para: 3 / from: U / to: C`, `Absatz 4: (U) ersetzt durch (S//NF)`); 3 a sed
correction in another shape (`s|U|S//NF|`, `s/(U)/(S//NF)/` unescaped, `/g for everything I pasted above`, `para 2
above` below a quote, `bullet 3` of an HTML list, `the last bullet` of a nested quote).

First run on main (7348326): 10 documents leaked at every level (adv162-001, 002, 010, 011, 012, 017, 019, 021, 022,
023); after: none (rounds 160-162, then the whole harness). Fix: the comment rule of `governing_statements.levels` and
`transcribed_note` (rules) take `<!--` as a note's opening and `commentaire`/`devrait etre`; `reader/sed_corrections.py`
reads other delimiters, unescaped slashes, `/g`, `the last bullet`, and a named part not found as numbered as the Nth
marked paragraph above (or below) it; `reader/change_records.py` (new) reads change records. The cases below are
written fresh (other wording, other formats) and each withheld case fails on main; the release cases are traps of
the same shapes (a sed fixing a typo, a compare table changing dates, a changelog that lowers) that main releases.
Whole harness (9,761 documents) against main 7348326: no new leak; 10 fixed; over-redaction 2,800 -> 2,801 (adv162-017:
main's sed fallback also raises the line above the correction; in KNOWN_OVER_REDACTION). A French comment read as a
governing statement released paragraphs main withholds (the unreadable-note rule stops for a note it reads), so the
comments are a raising pass of their own (`reader/review_comments.py`), not statements.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# (id, document, phrases withheld at every level, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    # 1 a reviewer's comment, French or an HTML comment node, after the (U) paragraph it raises
    ('comment-french-devrait-etre-memo',
     "SECRET//NOFORN\nDRAFT 3 -- Embassy Dakar -- POL section\nTO: AF/W - Director Ames\nFROM: PolOff Lena Toure\n"
     "DATE: March 2, 2027\nSUBJECT: (U) Mali transition\n\n1. (U) The regional summit opens in Dakar on 8 March.\n\n"
     "2. (U) A presidential adviser told us the junta in Bamako will expel the UN mission before the rainy season.\n"
     "[Commentaire LT3 (Lena Toure, POL): à mon avis ce paragraphe devrait être S//NF -- source du paragraphe 1.]\n"
     "[Comment KB1 (K. Brandt): Ok, fixing in the clean copy.]\n\n"
     "3. (U) The embassy will host a reception for the delegations.\nSECRET//NOFORN\n",
     ['will expel the UN mission before the rainy season'], ['The regional summit opens in Dakar']),
    ('comment-html-node-must-be',
     "<html><body>\n<p>SECRET//NOFORN</p>\n<p>(U) The harbour master opened the new pilot station on Monday.</p>\n"
     "<p>(U) A coast guard officer said two tankers switched off their transponders off Cape Verde last week.</p>\n"
     "<!-- reviewer note (P. Lindqvist): this paragraph should be S//NF, it comes from the liaison call -->\n"
     "<p>(U) The next port visit is planned for June.</p>\n<p>SECRET//NOFORN</p>\n</body></html>\n",
     ['switched off their transponders off Cape Verde'], ['The harbour master opened the new pilot station']),
    # 2 a change record with the body still (U)
    ('record-markdown-table',
     "SECRET\nRedline report: budget_note v1 -> v2\n\n| Where | Before | After |\n|---|---|---|\n"
     "| Paragraph 2 | (U) | (S) |\n| Paragraph 1 | 4 May | 5 May |\n\nOriginal text follows.\n\n"
     "1. (U) The finance committee meets on 4 May.\n\n"
     "2. (U) The treasurer admitted privately that the reserve fund was emptied to pay the militia.\n\n"
     "3. (U) Minutes will be circulated afterwards.\nSECRET\n",
     ['the reserve fund was emptied to pay the militia'], ['The finance committee meets on 4 May']),
    ('record-yaml-paragraph-old-new',
     "---\ntitle: Border note\nhistory:\n  - paragraph: 2\n    old: U\n    new: S//NF\n    who: kmeyer\n---\n\n"
     "SECRET//NOFORN\n\n(U) The border post at Rafah reopened for freight on Sunday.\n\n"
     "(U) An Egyptian intelligence officer said the tunnels near Kerem Shalom are being flooded this month.\n\n"
     "(U) The next crossing report is due on Friday.\n\nSECRET//NOFORN\n",
     ['the tunnels near Kerem Shalom are being flooded'], ['The border post at Rafah reopened for freight']),
    ('record-spanish-summary',
     "CONFIDENTIAL\nResumen de cambios:\n  Parrafo 3: (U) sustituido por (C)\n  Parrafo 1: formato\n\n"
     "1. (U) The trade delegation arrived in Quito on Tuesday.\n\n2. (U) The banana quota talks continue.\n\n"
     "3. (U) The minister's chief of staff said the central bank will devalue before the holidays.\n"
     "CONFIDENTIAL\n",
     ['the central bank will devalue before the holidays'], ['The trade delegation arrived in Quito']),
    # 3 sed corrections in other shapes
    ('sed-hash-delimiter-item',
     "SECRET//NOFORN\n[10:01] rkhan: (U) The convoy left Kandahar at dawn.\n"
     "[10:01] rkhan: (U) The district chief said the Taliban commander in Spin Boldak is taking payments from Quetta.\n"
     "[10:02] rkhan: (U) Roads are clear to the border.\n[10:05] rkhan: oops s#U#S//NF# for item 2\n"
     "[10:30] jdoe: (U) Lunch is at noon.\nSECRET//NOFORN\n",
     ['the Taliban commander in Spin Boldak is taking payments'], ['Lunch is at noon']),
    ('sed-global-all-above',
     "CONFIDENTIAL\nOkafor, Ben  3/4/2027 9:02 AM\n(U) Readout from the governor's office:\n"
     "(U) The governor said the state will not pay the oil workers' arrears before the election.\n"
     "(U) He also said his deputy is talking to the opposition about switching parties.\n"
     "Okafor, Ben  3/4/2027 9:04 AM\ns/(U)/(C)/g on all of the above, sorry\n"
     "Lee, Ann  3/4/2027 9:10 AM\n(U) Thanks, the team meeting is moved to Thursday.\nCONFIDENTIAL\n",
     ["will not pay the oil workers' arrears", 'is talking to the opposition about switching parties'],
     ['the team meeting is moved to Thursday']),
    ('sed-unescaped-second-para-above-quote',
     "From: A. Ruiz\nSubject: RE: (U) Tunis notes\nClassification: SECRET//NOFORN\n\nOn Monday A. Ruiz wrote:\n"
     "> (U) The parliament approved the budget on Friday.\n>\n"
     "> (U) The interior minister told us he will close the Libyan border crossing for a month without notice.\n>\n"
     "> (U) The UGTT will strike next week.\n\ns/U/S//NF/ on the 2nd paragraph above, my mistake.\n\n"
     "Classification: SECRET//NOFORN\n",
     ['will close the Libyan border crossing for a month'], ['The parliament approved the budget on Friday']),
    ('sed-final-bullet-quote-below',
     "From: M. Chen\nSubject: FW: (U) Port bullets\nClassification: CONFIDENTIAL\n\n"
     "Please use these, but s/(U)/(C)/ on the final bullet.\n\n"
     "> > (U) The frigate arrives on 2 June.\n> > (U) A reception is planned on the pier.\n"
     "> > (U) The navy chief said the frigate will shadow the survey ship near the disputed reef.\n\n"
     "Classification: CONFIDENTIAL\n",
     ['will shadow the survey ship near the disputed reef'], ['The frigate arrives on 2 June']),
    # traps of the same shapes: main releases them, and so must this
    ('trap-sed-typo',
     "UNCLASSIFIED\n[09:00] ana: (U) The visa window opens on Tusday.\n[09:01] ana: s/Tusday/Tuesday/ for para 1\n"
     "[09:02] ben: (U) The consul will attend.\nUNCLASSIFIED\n",
     [], ['The visa window opens on Tusday', 'The consul will attend']),
    ('trap-compare-table-dates',
     "UNCLASSIFIED\n| Location | Original | Revised |\n|---|---|---|\n| Para 2 | 3 May | 4 May |\n\n"
     "1. (U) The school opens in May.\n\n2. (U) The ribbon cutting is on 3 May.\nUNCLASSIFIED\n",
     [], ['The school opens in May', 'The ribbon cutting is on 3 May']),
    ('trap-changelog-lowers',
     "---\nchangelog:\n  - para: 2\n    from: C\n    to: U\n---\n\nUNCLASSIFIED\n\n(U) The library reopens in April.\n\n"
     "(U) The old reading room will become a cafe.\n\nUNCLASSIFIED\n",
     [], ['The library reopens in April', 'The old reading room will become a cafe']),
]


@pytest.mark.parametrize("case_id,text,withheld,released", [c for c in CASES if c[2]],
                         ids=[c[0] for c in CASES if c[2]])
def test_withheld(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,withheld,released", [c for c in CASES if c[3]],
                         ids=[c[0] for c in CASES if c[3]])
def test_released(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
