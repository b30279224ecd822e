"""fix45f: round 180's records that name their target by a time stamp, a quoted fragment or a guide item (issue 8).

First run (round 180 on main d45fe65c + rounds 179-181): 7 of 67 leaked; of them, this branch's classes were 013 (a
reviewer's `para 3 falls under item 4.2 -- mark (S)` under a guide excerpt), 030 (a Bulgarian chat reply `the
message from 14:32 is (S), not (U)`), 032 (a Russian margin note `the paragraph with the words «...» is (S//NF), not
(U)`), 041 (a Teams chat note `from 12:03 to 12:40 is S`) and 043 (a Confluence history row `marking of the sentence
with '...' (U) -> (CUI//NOFORN)`); 022/023 (Polish/Czech positions with a negation) are fix45b's. After: 013, 030,
032, 041, 043 fixed (`reader/named_targets.py`).

Cases below are written fresh (other tools, languages, quotation marks, stamp formats); each withheld case leaks on
main. Release cases are traps of the same shape: a history row that lowers, a time stamp note with no level.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# (id, document, phrases withheld at every level (or at the levels given last), (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]] | tuple[str, str, list[str], list[str], tuple[str, ...]]] = [
    ("slack-german-stamp",
     "CONFIDENTIAL\nSlack export #ops-berlin 2027-02-03\n[09:15] Weber: (U) The trade fair opens on Tuesday.\n"
     "[09:17] Weber: (U) The ministry aide passed us the procurement shortlist for the frigates.\n"
     "[09:20] Lang: (U) Noted, thanks for the update.\n"
     "[09:31] Weber: Die Nachricht von 09:17 ist (C), nicht (U). Bitte korrigieren.\nCONFIDENTIAL\n",
     ["passed us the procurement shortlist for the frigates"], ["The trade fair opens on Tuesday"]),
    ("zoom-seconds-range",
     "SECRET\nZoom transcript -- Horn of Africa sync\n00:19:50 Kim: (U) Welcome, the agenda is in the invite.\n"
     "00:21:05 Osei: (U) The militia moved two mortars to the ridge above Baidoa last night.\n"
     "00:23:40 Osei: (U) Our liaison saw the mortar crews train at the old airstrip.\n"
     "00:25:10 Kim: (U) Next topic is the water trucking contract.\n"
     "Host note: everything 00:21:05 - 00:23:40 is (S). Do not post as U.\nSECRET\n",
     ["moved two mortars to the ridge above Baidoa", "saw the mortar crews train at the old airstrip"],
     ["the agenda is in the invite", "Next topic is the water trucking contract"]),
    ("polish-low-double-quotes",
     "SECRET//NOFORN\nNOTATKA -- Gdansk port\nUwaga recenzenta: zdanie ze slowami \u201ethe harbour pilot roster\u201d"
     " \u2014 (S//NF), nie (U).\n(U) The port held an open day for local schools in May.\n"
     "(U) The navy keeps the harbour pilot roster for the LNG berth in a safe at the base.\n"
     "(U) The city will repave the ferry terminal road.\nSECRET//NOFORN\n",
     ["keeps the harbour pilot roster for the LNG berth"], ["The port held an open day for local schools"]),
    ("japanese-corner-brackets",
     "SECRET\nMEMO -- Okinawa basing\n"
     "\u30e1\u30e2\uff1a\u300cthe tunnel entrance under hill 22\u300d\u306e\u6bb5\u843d\u306f (S) \u3067\u3059\u3002\n"
     "(U) The prefecture held its annual festival at the harbour.\n"
     "(U) Survey teams mapped the tunnel entrance under hill 22 for the new fuel depot.\n"
     "(U) Bus routes near the base change in April.\nSECRET\n",
     ["mapped the tunnel entrance under hill 22"], ["Bus routes near the base change in April"]),
    ("guide-item-level-only",
     "CONFIDENTIAL\nSCG extract -- Project DUNE\nItem 3.1  Public fact of the program ............ U\n"
     "Item 3.2  Names of informants in the program ...... C\n"
     "Classifier's remark: paragraph 2 falls under item 3.2 and needs correcting.\nBRIEFING TEXT\n"
     "(U) The program supports clinics in three districts.\n"
     "(U) Two nurses at the Tarim clinic report to the program officer each week.\n"
     "(U) A review of the program is planned for the autumn.\nCONFIDENTIAL\n",
     ["Two nurses at the Tarim clinic report"], []),
    ("wiki-history-low-single-quotes",
     "CUI\nWiki -- Page: Asylum caseload -- rev 9\n(U) Caseload in the region grew by a fifth in 2026.\n"
     "(U) The officer keeps the night convoy schedule for returnees on the shared drive.\n"
     "(U) Office hours are posted at the entrance.\nRevision log\n"
     "  rev 10  2027-01-04  M. Diaz  \"label of the line with \u201anight convoy schedule\u2019 (U) => (CUI//NOFORN)\"\n"
     "CUI\n",
     ["keeps the night convoy schedule for returnees"], [], ("partner", "public")),
]

# traps of the same shapes: must not raise the (U) text they quote or stamp
TRAPS: list[tuple[str, str, list[str]]] = [
    ("stamp-without-level",
     "UNCLASSIFIED\n08:10 Lee: (U) The library opens at nine.\n08:12 Lee: (U) Volunteers meet at the side door.\n"
     "Note: at 08:12 the name is spelled Leigh, not Lee.\nUNCLASSIFIED\n",
     ["The library opens at nine", "Volunteers meet at the side door"]),
    ("history-lowering-change",
     "UNCLASSIFIED\n(U) The garden party is on Friday.\n(U) Guests park at the north lot.\n"
     "History: v2 \"marking of the sentence with 'garden party' (SBU) -> (U)\"\nUNCLASSIFIED\n",
     ["The garden party is on Friday", "Guests park at the north lot"]),
]


@pytest.mark.parametrize("case_id,text,withheld,levels", [(c[0], c[1], c[2], c[4] if len(c) > 4 else ALL)
                                                          for c in CASES], ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("case_id,text,withheld,released", [c[:4] for c in CASES if c[3]],
                         ids=[c[0] for c in CASES if c[3]])
def test_released(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
