"""fix46h: release lists and exceptions that keep a text from the UK without naming it as a country (issue 8), by class.

First run on main (de49986d): round 184's 005 (an e-mail Subject `share w/ FVEY less the FCDO` over FOUO paragraphs),
009 (`REL: Washington, Canberra, Ottawa, Wellington`), 013 (a table cell `All partner embassies other than the British
Embassy` under `May be shared with`), 014 (`Five Eyes minus one (ex-UK) may receive this paragraph.`) and review46s
c01 (`Releasable to HMG in Canada; not to the UK.`), c09 (`Releasability: HMG in Canada; UK barred`), d01 (`releasable
only to Canadian officials rather than the British.`) were released at partner (GBR). After: all seven withheld at
partner and public; my own variants below (CASES, 19) each leaked on main and are withheld after; the traps (13) keep
their release. Rounds 184, 181, 179, 176 (261 documents) against main's lines of the session's baseline: 0 new leaks,
fixed adv184-003 (already on lead46), 005, 009, 013, 014; over-redaction at usg unchanged (86 -> 86). review46s's 59
documents against main: 0 new leaks, c01 c09 d01 fixed here. A scan of every corpus document with the new patterns:
each fires only on release sentences and lines (none on round 184's or 162's traps).

Why they leaked: (1) the UK's ministries, services and the places that stand for them (FCDO, King Charles Street,
Vauxhall Cross, GCHQ, the British Embassy) were no names in an exception, so `less the FCDO` kept the text from no one
known; (2) a group of partners with one taken out and no verb of sharing before it (`Five Eyes minus one (ex-UK) may
receive`, a table cell `All partner embassies other than ...`) was read by no pattern; (3) an exception after a
semicolon (`Releasable to Canada; not to the UK.`) stood outside the release's clause; (4) `UK barred` after a
`Releasability:` label had no verb of sharing before it; (5) `rather than` / `instead of` were no words of an
exception; (6) capitals in a release list (`REL: Washington, Canberra`) were read as countries only where a sentence
keeps a text from them.

Fix (only raising: NOFORN where the words taken out name someone foreign, or a limit that intersects what else is
read): `excepted_country_names` gets the UK's ministries and places (read only in an exception); five
`controls_in_words` patterns at the end of the list; `list_names_capitals` (reader/evidence.py `_capitals_limit`)
reads a release list of capitals as a limit to the USA and those capitals' countries (London keeps the UK).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner", "public")
SECRET_LINE = "The relief convoy will cross at the northern bridge after curfew on the 14th."
SECRET = "relief convoy will cross at the northern bridge"


def _memo(handling: str, banner: str = "UNCLASSIFIED//FOR OFFICIAL USE ONLY", mark: str = "U//FOUO") -> str:
    return (f"{banner}\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Convoy planning\n\n"
            f"1. (U) The planning cell met on 9 May.\n\n2. ({mark}) {SECRET_LINE} {handling}\n\n"
            f"3. (U) The next meeting is on 16 May.\n\n{banner}\n")


def _email(subject: str, caveat: str = "") -> str:
    return (f"From: Lee Ortiz <OrtizL@state.gov>\nSent: Monday, May 10, 2027 9:05 AM\nTo: AF-EX\n"
            f"Subject: {subject}\n\n{caveat}\n\n(SBU) {SECRET_LINE}\n\n(U) More after Friday's call.\n\nLee\n")


def _cell_table(cell: str) -> str:
    return ("<html><body>\n<p>UNCLASSIFIED//SBU</p>\n<table>\n<tr><th>Mark</th><th>Item</th><th>Sharing</th></tr>\n"
            "<tr><td>U</td><td>The planning cell met on 9 May</td><td>Anyone</td></tr>\n"
            f"<tr><td>SBU</td><td>{SECRET_LINE}</td><td>{cell}</td></tr>\n</table>\n<p>UNCLASSIFIED//SBU</p>\n"
            "</body></html>\n")


# (id, document): the convoy sentence is withheld at partner and public (each leaked on main de49986d)
CASES: list[tuple[str, str]] = [
    # the UK's ministries and places in an exception
    ('subject-fvey-minus-fco', _email("SBU -- pass to FVEY minus the FCO -- convoy timings")),
    ('sharing-except-king-charles-street', _memo("Share with Five Eyes except King Charles Street.")),
    ('releasable-less-gchq', _memo("Releasable to FVEY partners less GCHQ.")),
    ('distribution-sans-vauxhall-cross', _memo("Distribution: Five Eyes sans Vauxhall Cross.")),
    # a group of partners with one taken out, no verb of sharing before it
    ('coalition-partners-except-british-high-commission',
     _memo("Coalition partners except the British High Commission may be briefed.")),
    ('fvey-minus-one-ex-uk-may-see', _memo("FVEY minus one (ex-UK) may see this.")),
    ('allies-other-than-the-brits', _memo("Allies other than the Brits can have this paragraph.")),
    ('cell-partner-missions-except-uk', _cell_table("Partner missions except the UK")),
    ('cell-five-eyes-less-hmg', _cell_table("Five Eyes less HMG")),
    # an exception after a semicolon in the release's sentence
    ('semicolon-never-with-the-british', _memo("Shareable with Canada and Australia; never with the British.")),
    ('semicolon-but-not-to-london', _memo("Releasable to HMG in New Zealand; but not to London.")),
    ('semicolon-excluding-uk', _memo("May be released to NATO allies; excluding the United Kingdom.")),
    # barred after a Releasability label
    ('field-uk-excluded', _email("Convoy notes", "Releasability: Government of Canada; UK excluded")),
    ('field-britain-barred', _email("Convoy notes", "Releasability: Five Eyes, Britain barred")),
    # rather than, instead of
    ('instead-of-the-uk', _memo("Pass to the Australian liaison officer instead of the UK desk.")),
    ('rather-than-hmg', _memo("This paragraph may be shared with Ottawa rather than HMG.")),
    # capitals for countries in a release list
    ('rel-to-capitals', _memo("\n   REL TO: Ottawa, Canberra")),
    ('releasable-to-capitals', _memo("Releasable to Canberra and Wellington.")),
    ('rel-capitals-paris-berlin', _memo("\nREL: Washington, Paris, Berlin")),
]

# (id, document): traps that stay releasable to the UK (the same shapes with the UK kept, or no release at all)
TRAPS: list[tuple[str, str]] = [
    ('trap-rel-capitals-with-london', _memo("\n   REL: Washington, Ottawa, London")),
    ('trap-rel-capitals-with-whitehall', _memo("Releasable to Canberra and Whitehall.")),
    ('trap-arithmetic-minus', _memo("The budget of 12 million minus the UK grant leaves 9 million.")),
    ('trap-amount-less-british-share', _memo("Our cost is that figure less the British share of fuel.")),
    ('trap-countries-except-uk', _memo("Visitors from all Commonwealth countries except the United Kingdom need a visa.")),
    ('trap-fcdo-in-a-notice', _memo("Officials from the FCDO and GCHQ will attend the Whitehall event.")),
    ('trap-semicolon-not-for-press', _memo("Releasable to the UK and Canada; not for the press.")),
    ('trap-rather-than-the-press', _memo("Releasable to the UK rather than to the media.")),
    ('trap-partners-other-than-press', _memo("Partners other than the press office may attend.")),
    ('trap-partners-except-uk-signed', _memo("All partners except the UK have signed the port agreement.")),
    ('trap-field-press-barred', _email("Convoy notes", "Releasability: UK and Canada; press barred")),
    ('trap-field-media-excluded', _email("Convoy notes", "Releasability: HMG and Canada; media excluded")),
    ('trap-rel-trigraphs', _memo("\n   REL: USA, GBR, CAN")),
]


@pytest.mark.parametrize("case_id,text", CASES, ids=[c[0] for c in CASES])
def test_withheld_from_uk(case_id: str, text: str) -> None:
    assert_withheld(text, SECRET, PARTNER)
    assert_released(text, SECRET, "usg")


@pytest.mark.parametrize("case_id,text", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released_to_uk(case_id: str, text: str) -> None:
    assert_released(text, SECRET, "partner")
    assert_released(text, SECRET, "usg")
