"""fix45a: review records by class (issue 8): quoted copies of a raised part, and relative positions beside numbers.

Classes (my own documents, written before reading the reader; each withheld case fails on main d45fe65c):
1 a reply or record raises a paragraph (`s/(U)/(C)/ for para 1`, `s/(U)/(S)/ on bullet 1`) and the thread also holds a
copy of that paragraph, quoted with `|`, an indent or `  > (U) ...`, still reading (U): main released the copy at
every level. 2 a remark names its part by its place beside a paragraph number (`Reviewer note on para 3: the one
before it is S//NF`, `paragraph 3 is fine; the preceding one is SECRET`): main raised only the paragraph holding the
remark.
First run on main (PYTHONPATH=/tmp/m45): 5 of the 5 withheld cases leaked at usg, partner and public; the release
traps released. Fix: `reader/raised_copies.py` (a portion holding most of a raised part's words, in runs of four,
takes the raised part's marking; matched by text, never by position), `reader/relative_remarks.py` (every candidate
a place-naming remark may mean is raised: fail closed). Both only raise.
Measured (whole corpus but rounds 179-181, read with the two passes instrumented): they change the reading of 10
documents (adv14-020, adv48-001, adv50-010, adv66-051-b, adv71-001, adv82-001, adv148-027, adv167-017, adv171-055,
adv173-011); each runs through the harness exactly as on main (t0) after the thresholds were set (8 words, 80%: a
memo's `MEMORANDUM FOR THE COMBINED PLANNING CELL` line had raised para 1 of adv66-051-b). Review documents:
review43z r06 and r07 (a quoted `> (U)` copy of a remark-raised line) leaked at usg on main, withheld now;
review44z b01/b03 (`para 2 and the one before it`, unnumbered `(U)` paragraphs) still leak: left.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

NUMBERED = ("1. (U) Routine staffing update for the quarter was filed.\n\n2. (U) The agent will cross at the northern "
            "checkpoint at night.\n\n3. (U) The embassy garden party is on Friday afternoon.\n\n")

# (id, document, phrases withheld at every level)
WITHHELD: list[tuple[str, str, list[str]]] = [
    ("copy-indented-after-sed",
     "1. (U) The mayor accepted cash from the smuggling ring last spring in Porto.\n\n2. (U) Weather was fine.\n\n"
     "s/(U)/(C)/ for para 1\n\nQuoted:\n    (U) The mayor accepted cash from the smuggling ring last spring in Porto.\n",
     ["mayor accepted cash from the smuggling ring"]),
    ("copy-bar-quoted",
     "1. (U) The auditor found the ministry paid ghost workers in two provinces.\n\n2. (U) The weather was fine.\n\n"
     "s/(U)/(C)/ for para 1\n\n| (U) The auditor found the ministry paid ghost workers in two provinces.\n",
     ["ghost workers in two provinces"]),
    ("copy-indented-quote-bullet",
     "- (U) The informant says the cell stores detonators under the bakery.\n- (U) Staff meeting moved.\n\n"
     "s/(U)/(S)/ on bullet 1\n\nQuoting the thread:\n  > (U) The informant says the cell stores detonators under the bakery.\n",
     ["stores detonators under the bakery"]),
    ("place-one-before-it-on-para",
     NUMBERED + "Reviewer note on para 3: the one before it is S//NF.\n", ["agent will cross at the northern checkpoint"]),
    ("place-preceding-one-beside-number",
     NUMBERED + "Remark: paragraph 3 is fine; the preceding one is SECRET.\n", ["agent will cross at the northern checkpoint"]),
]

# (id, document, phrase released at usg): traps of the same shape
RELEASED: list[tuple[str, str, str]] = [
    ("copy-of-unraised-part",
     "1. (U) The embassy choir performs at the cathedral on Sunday evening.\n\n2. (U) The port reopened.\n\n"
     "On Mon, Li wrote:\n> (U) The embassy choir performs at the cathedral on Sunday evening.\n",
     "The embassy choir performs at the cathedral"),
    ("copy-other-part-raised",
     "1. (U) The deputy minister took a bribe from the dredging firm in March.\n\n2. (U) The port reopened to ferries "
     "and fishing boats today.\n\ns/(U)/(S)/ for para 1\n\n> (U) The port reopened to ferries and fishing boats today.\n",
     "The port reopened to ferries and fishing boats today"),
    ("place-one-before-it-unclassified",
     NUMBERED + "Reviewer note on para 3: the one before it is fine as U.\n", "The agent will cross at the northern"),
]


@pytest.mark.parametrize("case_id,text,withheld", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,phrase", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, text: str, phrase: str) -> None:
    assert_released(text, phrase)
