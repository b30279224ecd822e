"""fix42a: a raising substitute command whose TARGET is named in a new way (issue 8, reader/sed_targets.py).

First run (main da725b17): the round-168 known leaks adv168-002/004/006/011/014/018/019/020 and last session's
review41ab r41ab-008/024/042 all leaked; after: none of them leaks (round 168: 8 fixed, 1 newly over-redacted,
adv168-018, whose `im vorletzten Absatz` is read only as a paragraph word of rules/note_words.yaml and so raises
every (U) paragraph: fail closed). The cases below are fresh (other wordings and formats), each leaking on main;
the release cases are traps of the same shapes that must stay releasable (an exact target leaves the other (U)
paragraphs alone; a command that lowers raises nothing).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

_BODY = ("1. (U) The governor opened the new ferry terminal in the northern port on Monday.\n"
         "2. (U) Local officials described the timetable for the summer crossings to the islands.\n"
         "3. (U) A harbor police officer said customs staff wave through cigarette shipments for a fee.\n"
         "4. (U) The terminal will host a trade fair for regional fishermen in September.\n")
_SECRET = "A harbor police officer said customs staff wave through cigarette shipments for a fee."
_FREE = "Local officials described the timetable for the summer crossings to the islands."

# (id, document, phrases withheld at every level, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("ed-line-address",
     "SECRET\nSubject: FW: ferry terminal notes\n\nTeam, before filing apply this to the notes:\n\n  ed notes.txt\n"
     "  3s/(U)/(S)/\n  w\n  q\n\nThanks.\n\n" + _BODY + "\nSECRET\n", [_SECRET], [_FREE]),
    ("powershell-part-next-line",
     "CONFIDENTIAL\nMEMORANDUM\n\nNote: run\n  (gc .\\draft.txt) -replace '\\(U\\)', '(C)' | sc .\\out.txt\n"
     "against Part B only, please.\n\nA. VISIT\n(U) The delegation toured the fish market and the cold store.\n\n"
     "B. ENFORCEMENT\n(U) The coast guard chief named two trawler captains who pay off inspectors.\n\n"
     "C. PRESS\n(U) Local papers carried photos of the visit on their front pages.\n\nCONFIDENTIAL\n",
     ["The coast guard chief named two trawler captains who pay off inspectors."],
     ["The delegation toured the fish market and the cold store."]),
    ("replace-dialog-paragraph-beginning",
     "SECRET\nFrom: Ames, Tor\nSubject: RE: draft\n\nOne fix: Edit > Replace, Find: (U) then Replace with: (S)\n"
     "for the paragraph beginning\n\"A harbor police officer\" only.\n\nTor\n\n" + _BODY + "\nSECRET\n",
     [_SECRET], [_FREE]),
    ("sed-lettered-item-number",
     "SECRET//NOFORN\nTicket OPS-77: text for review\n\nB.1 (U) The consulate met the port authority on Tuesday.\n"
     "B.2 (U) A customs officer said a militia controls the container yard at night.\n"
     "B.3 (U) The authority plans a new berth for cruise ships.\n\nComment (r.diaz):\n"
     "   s/(U)/(S\\/\\/NF)/ at B.2 -- source protection.\n\nSECRET//NOFORN\n",
     ["A customs officer said a militia controls the container yard at night."],
     ["The consulate met the port authority on Tuesday."]),
    ("vim-pattern-by-words",
     "CONFIDENTIAL\n#pol-notes\n\n@maria 10:02\n(U) The minister toured the new hospital wing.\n"
     "(U) Local police admitted they lost track of the two suspects last week.\n"
     "(U) The wing opens to patients in March.\n\n@maria 10:05\n:g/Local police/s/(U)/(C)/\n\nCONFIDENTIAL\n",
     ["Local police admitted they lost track of the two suspects last week."], []),
    ("sd-printed-file",
     "SECRET\nListing of share \\\\fs2\\book (printout)\n\n--- notes.md ---\nannex2.md is not final: run "
     "sd '\\(U\\)' '(S)' annex2.md before printing.\n\n--- annex1.md ---\n"
     "(U) The ambassador visited the flood shelters in the river delta.\n\n--- annex2.md ---\n"
     "(U) A general said the army will move a missile battery to the border in May.\n\n--- annex3.md ---\n"
     "(U) Agenda for the return trip and the press stop.\n\nSECRET\n",
     ["A general said the army will move a missile battery to the border in May."],
     ["The ambassador visited the flood shelters in the river delta."]),
    ("sed-rel-to-mark-new",
     "Correction: s/(U)/(S\\/\\/REL TO USA, AUS)/ for para 3\n\nSECRET//REL TO USA, AUS\n\n"
     "SUBJECT: (U) Ferry terminal\n\n" + _BODY + "\nSECRET//REL TO USA, AUS\n", [_SECRET], [_FREE]),
    ("powershell-zero-based-range",
     "Apply: (Get-Content a.txt) -replace '\\(U\\)', '(S)' on paragraphs 1-2 (zero-based)\n\nSECRET\n\n" + _BODY
     + "\nSECRET\n", [_SECRET], []),
    ("yaml-record-bullet-then-part",
     "edits:\n- bullet: 3\n  part: 1\n  from: U\n  to: S\n\nSECRET\n\nNotes\n\n"
     "- (U) The governor opened the new ferry terminal on Monday.\n- (U) The terminal has six berths.\n"
     "- (U) An aide said the governor took a bribe for the dredging contract.\n\nSECRET\n",
     ["An aide said the governor took a bribe for the dredging contract."], []),
]

# traps of the same shapes: the exact target, or a command that lowers, leaves the other (U) text releasable
RELEASE: list[tuple[str, str, list[str]]] = [
    ("item-number-exact",
     "SECRET\nReview\n\nComment: s/(U)/(S)/ on 1.2\n\n1.1 (U) The fair opened on time.\n"
     "1.2 (U) A colonel said the unit sells fuel on the side.\n1.3 (U) Attendance was high all weekend.\n\nSECRET\n",
     ["The fair opened on time.", "Attendance was high all weekend."]),
    ("lowering-command",
     "SECRET\nNote: s/(S)/(U)/ for para 2, it was public.\n\n1. (U) The fair opened on time in the main square.\n"
     "2. (S) The colonel said the unit sells fuel on the side.\n\nSECRET\n",
     ["The fair opened on time in the main square."]),
]


@pytest.mark.parametrize("case_id,text,withheld,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,released", RELEASE + [(c[0], c[1], c[3]) for c in CASES if c[3]],
                         ids=[c[0] for c in RELEASE] + [c[0] for c in CASES if c[3]])
def test_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
