"""overred40: letters in parentheses that label the lines of a run, not portion marks (issue 8, over-redaction).

First run (rounds 163 and 166 on main 7348326): UNCLASSIFIED documents whose lines open with labels in
parentheses were withheld whole at usg: the reader took `(S)`, `(C)`, `(U)` for portion marks above the banner
(the document's marking rolled up to SECRET, every unmarked line with it) and `(M)`, `(XL)`, `(D)` for unreadable
marks. 17 traps of that shape over-redacted (adv163-052/053/054/056/057/058/060, adv166-076 ... 085).

Fix (`reader/label_runs.py`, a RELEASE rule, so narrow): a line's opening `(S)` is no mark only when its block
(or a `Key:` line) holds a token that is no marking and no enumerator (`(M)`, `(XL)`, `(O)`, `(D)`, `(T)`; not
`(A)` or `(I)`, and no block whose unmarked tokens count on as a list, `(A)` `(B)`), and the document says
nothing above UNCLASSIFIED anywhere (banner, evidence, release fields, every other mark, no classified word).
After: 8 of the 17 fixed (adv163-052/053, adv166-076/077/079/081/084/085) and 4 older traps of the shape
(adv139-048, adv21-062, adv22-061, adv22-064); whole harness (10,038 documents): no new leak, over-redaction
2,890 -> 2,878.
Left withheld (main's reading, fail closed): runs proved only by a key line elsewhere or a column (`(C)` under
`High (C)`, 054/080/083), runs of only marks (`(C)` `(S)` `(U)` element symbols, 056; a rubric, 060), the
softball roster's `(C)`/`(U)`/`(A)` (057), Org-mode tags (058), and documents with an unproven `(S)` line
elsewhere (078, 082).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

# (id, document, phrases released at usg) -- each withheld at usg on main
RELEASED: list[tuple[str, str, list[str]]] = [
    ('polo-sizes',
     "UNCLASSIFIED\n\nSubject: July 4 picnic polos\n\nThe polo order closed on Monday. Counts:\n"
     "(S) 9 polos in navy for the front gate team\n(M) 15 polos in white for the grill volunteers\n"
     "(L) 11 polos in navy, collect at the CLO office\n(XXL) 3 polos, delivered to the motor pool\n\n"
     "(SBU) The picnic guard force reports to the RSO at the north gate.\n\nUNCLASSIFIED\n",
     ['9 polos in navy for the front gate team', '15 polos in white', 'The polo order closed on Monday']),
    ('phone-legend',
     "UNCLASSIFIED\n\nCONSULATE DUTY CONTACTS, JANUARY\nLegend: (C) mobile, (W) work, (H) home\n\n"
     "Duty week 1: Vice Consul Aldo Pereira\n(C) 55-0100-2231\n(W) 55-0199-4410 ext. 31\n"
     "Duty week 2: Consular Assistant Mia Kovac\n(C) 55-0100-7781\n(H) 55-0188-0042\n\n"
     "Call the switchboard after hours.\n\nUNCLASSIFIED\n",
     ['Duty week 1: Vice Consul Aldo Pereira', '55-0100-7781', 'Call the switchboard after hours']),
    ('quartet-bullets',
     "UNCLASSIFIED\n\nHoliday quartet for the national day reception:\n\n- (S) Helga Brandt\n- (A) Rosa Ilunga\n"
     "- (T) Ken Mori\n- (B) Tariq Osei\n\nWe rehearse on Thursdays in the atrium.\n",
     ['Helga Brandt', 'Ken Mori', 'We rehearse on Thursdays in the atrium']),
    ('shuttle-codes',
     "Classification: UNCLASSIFIED\n\nMotor pool shuttle codes for the summit week\n\n"
     "(E) Express shuttle from the hotel to the venue, every twenty minutes\n"
     "(S) Standard shuttle with stops at both hotels and the press centre\n"
     "(N) Night shuttle after the gala dinner, last run at one\n\n"
     "Classification: UNCLASSIFIED\n",
     ['Standard shuttle with stops at both hotels', 'Express shuttle from the hotel']),
]

# (id, document, phrases withheld at usg): the same label shapes where the document or the run proves nothing
WITHHELD: list[tuple[str, str, list[str]]] = [
    ('sizes-under-secret-banner',
     "SECRET\n\nCounts:\n(S) the source in the port authority passed the manifest of the Karima\n"
     "(M) 22 shirts, same pickup\n(L) 19 shirts, same pickup\n(XL) 8 shirts\n\nSECRET\n",
     ['the source in the port authority passed the manifest']),
    ('real-s-among-lowercase-enumerators',
     "UNCLASSIFIED\n\nThe working group agreed:\n(a) to meet again in March;\n"
     "(S) the defence attache learned the brigade will redeploy to the northern border;\n"
     "(b) to invite the finance ministry.\n\nUNCLASSIFIED\n",
     ['the brigade will redeploy to the northern border']),
    ('real-s-among-capital-enumerators',
     "UNCLASSIFIED\n\nOutcomes:\n(A) the talks continue in Geneva;\n"
     "(S) a liaison officer reported the militia moved its rocket launchers to the old airfield;\n"
     "(B) the next round is in May.\n\nUNCLASSIFIED\n",
     ['the militia moved its rocket launchers to the old airfield']),
    ('only-s-and-c-tokens',
     "UNCLASSIFIED\n\n(S) The informant named the customs officer who takes bribes at the Ruvuma crossing\n"
     "(C) The ministry will replace the customs director after the audit\n"
     "(S) The informant meets his handler every Thursday in Mtwara\n\nUNCLASSIFIED\n",
     ['named the customs officer who takes bribes', 'will replace the customs director']),
    ('sizes-with-classified-by-line',
     "UNCLASSIFIED\nClassified By: J. Ortega, Political Counselor\n\nCounts:\n"
     "(S) the minister's aide confirmed the cabinet will sack the army chief on Friday\n"
     "(M) 22 shirts\n(L) 19 shirts\n\nUNCLASSIFIED\n",
     ["the cabinet will sack the army chief on Friday"]),
    ('sizes-with-noforn-elsewhere',
     "UNCLASSIFIED\n\nCounts:\n(S) the defector described the tunnel under the customs post at Rafah\n"
     "(M) 22 shirts\n(L) 19 shirts\n\nHandling: NOFORN\n\nUNCLASSIFIED\n",
     ['the defector described the tunnel under the customs post']),
    ('sizes-and-an-unproven-s-paragraph',
     "UNCLASSIFIED\n\n(S) 14 shirts\n(M) 22 shirts\n(L) 19 shirts\n\n"
     "(S) The station learned the governor moved the election ballots to his brother's warehouse.\n\nUNCLASSIFIED\n",
     ["the governor moved the election ballots to his brother's warehouse"]),
]


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_label_run_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,withheld", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_not_a_proven_label_stays_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ("usg",))
