"""fix44d: round 176's partner leaks, by class.

First run (main b77dc9ec): adv176-001, -002, -014, -017 and -031 leaked at partner; after this branch none of them
does. The classes:

1. a group of states named in words in a sharing sentence (`country_groups` of rules/markings.yaml): Schengen, the
   Bucharest Nine, the EU of 27, ASEAN added; a word for the area may come between the name and the word for its
   states ("Schengen area partner services"), and the imperative with "only" is read too ("share the SBU paragraphs
   with the Visegrad Four governments only");
2. a quotation's source line AFTER the quote naming NOFORN ("-- para 4 of 26 STATE 44812, SBU NOFORN");
3. a record that the UK or every foreign participant left, or that the session went on US-only;
4. a bracketed or labelled note stating NOFORN (`[INTERNAL NOTE - SBU//NOFORN - DO NOT READ OUT]`).

Each is held for the document (fails closed). Groups that hold the UK (AUKUS) still release at partner.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner",)

WITHHELD: list[tuple[str, str, list[str]]] = [
    ('schengen-zone-authorities',
     "UNCLASSIFIED//SBU\n\nNote: this (SBU) summary may be passed to Schengen zone partner authorities only.\n\n"
     "(SBU) Two forged residence cards were bought in a Sofia cafe.\n\nUNCLASSIFIED//SBU\n",
     ['forged residence cards were bought']),
    ('imperative-bucharest-nine',
     "UNCLASSIFIED//SBU\n\n(U) Readout below.\n\nPlease pass the SBU items to the Bucharest Nine capitals only.\n\n"
     "(SBU) Bucharest wants a second air policing rotation in March.\n\nUNCLASSIFIED//SBU\n",
     ['second air policing rotation']),
    ('imperative-eu27',
     "UNCLASSIFIED//SBU\n\nHandling -- share this with EU27 member states only.\n\n(SBU) The tariff list leaks "
     "before the council vote.\n\nUNCLASSIFIED//SBU\n", ['tariff list leaks before']),
    ('attribution-after-quote-nf',
     "UNCLASSIFIED//SBU\n\n(U) Quoted for your talking points:\n\n> The harbour master took cash from the ferry "
     "line for berths.\n— para 2 of 25 DAKAR 318 - SBU NOFORN\n\n(U) Thanks.\n\nUNCLASSIFIED//SBU\n",
     ['took cash from the ferry line']),
    ('source-paren-after-quote',
     "UNCLASSIFIED//SBU\n\n> Customs officers at the Tema gate wave through trucks with a sticker.\n"
     "(Source: 26 ACCRA 902 para 6, SBU NOFORN)\n\n(U) See you Monday.\n\nUNCLASSIFIED//SBU\n",
     ['wave through trucks with a sticker']),
    ('us-only-session',
     "UNCLASSIFIED//SBU\n\nMINUTES - PORT SECURITY TALKS\n\n(U) The delegations agreed the agenda.\n\n"
     "After lunch the rest of the meeting was a US-only discussion.\n\nCoast Guard described the sensor gap "
     "near Dover in detail.\n\nUNCLASSIFIED//SBU\n", ['described the sensor gap']),
    ('british-delegation-left',
     "UNCLASSIFIED//SBU\n\nRECORD OF MEETING\n\n(U) Opening remarks were made.\n\nThe British delegation departed "
     "at 1400.\n\nState will keep the Gibraltar tender figures in house.\n\nUNCLASSIFIED//SBU\n",
     ['Gibraltar tender figures in house']),
    ('brace-label-nf',
     "UNCLASSIFIED//SBU\n\nQ&A\n\n(U) No comment on the case.\n\n{Internal: SBU, NOFORN}\nThe suspect worked for "
     "the port authority for a decade.\n\nUNCLASSIFIED//SBU\n", ['worked for the port authority for a decade']),
]

RELEASED: list[tuple[str, str, list[str]]] = [
    ('imperative-aukus-holds-uk',
     "UNCLASSIFIED//SBU\n\nPlease share the SBU paragraph with AUKUS partners only.\n\n(SBU) The dry dock slot "
     "moves to June.\n\nUNCLASSIFIED//SBU\n", ['dry dock slot moves to June']),
    ('imperative-no-group',
     "UNCLASSIFIED//SBU\n\nShare this with the desk officers only.\n\n(SBU) The dry dock slot moves to July."
     "\n\nUNCLASSIFIED//SBU\n", ['dry dock slot moves to July']),
    ('quote-attribution-no-control',
     "UNCLASSIFIED//SBU\n\n> The talks were constructive.\n-- para 1 of 26 ROME 44, UNCLASSIFIED\n\n(SBU) The dry "
     "dock slot moves to August.\n\nUNCLASSIFIED//SBU\n", ['dry dock slot moves to August']),
    ('bracket-note-no-control',
     "UNCLASSIFIED//SBU\n\n[INTERNAL NOTE - SBU - DO NOT READ OUT]\n(SBU) The dry dock slot moves to September."
     "\n\nUNCLASSIFIED//SBU\n", ['dry dock slot moves to September']),
    ('delegation-arrived',
     "UNCLASSIFIED//SBU\n\nThe British delegation arrived at 0900.\n\n(SBU) The dry dock slot moves to October."
     "\n\nUNCLASSIFIED//SBU\n", ['dry dock slot moves to October']),
]


@pytest.mark.parametrize("case_id,text,withheld", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, PARTNER)


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released_at_partner(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase, level="partner")
