"""fix45c: release lists that leave out the UK (issue 8): an exception word in an odd place, or a group of states.

Classes: 1 the LAST exception of a sharing sentence (main's patterns read the first one: `with no delay, except the
United Kingdom` took `no delay`); 2 an exception after `U.S.` or over a line end (`U.S. and Five Eyes save England`);
3 words of exception main's patterns do not know (`but`, `not`, `not incl.`, `exclusive of`, `ex-UK`, `(-UK)`,
`except one: the UK`) and words of sharing (`may see`, `Caveat:`, `cc:`, a table's `Distribution` cell); 4 an
exception written after the words it leaves out (`UK aside`, `(UK excl.)`); 5 a group exclusion that leaves out the
UK without naming it (`NATO allies except non-Schengen members`, `except those outside North America`, `less the
Commonwealth`). Review documents of the class on main: review44w s04, review44z v05, v06, g02.

First run (probe of 68 fresh sentences, each under an UNCLASSIFIED//SBU banner above and below an (SBU) paragraph):
27 leaked at partner on main (s04's `save England` after `U.S.`, g02's `non-Schengen`, `ex-UK`, `not incl. UK`,
`not London`, `less the Commonwealth`, `(not GBR)`, `UK aside`, `(UK excl.)`, `(-UK)`, `except one:`, `may see this,
except`, `except those in Europe`, ...); none after. Fix, only raising (rules/markings.yaml `controls_in_words`, three
NOFORN patterns beside main's, none in place of them; `excepted_country_names` gains England, Scotland, Wales and
Northern Ireland, read only in an exception): no country is put into any list.
The cases below are written fresh for this file (other wording, formats and secrets than the probe); on main
(d45fe65c) all 17 withheld cases fail (the probe's sentence for `save England` after `U.S.` was checked on main alone)
and all 6 release cases pass; on this branch all 23 pass. The release cases are traps of the same shape (`no delay`, `save time`, `bar association`, a
football table with `UK excluded`, a public visa notice, staff `except those on leave`) and release on main too.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner",)


def _memo(line: str, secret: str, after: bool = False) -> str:
    body = f"(SBU) {secret}.\n\n(U) The working group meets again on Thursday.\n"
    head = "UNCLASSIFIED//SBU\n\nMEMORANDUM FOR THE FILE\n\n"
    return head + (body + "\n" + line + "\n" if after else line + "\n\n" + body) + "\nUNCLASSIFIED//SBU\n"


# (id, document, phrase withheld at partner)
CASES: list[tuple[str, str, str]] = [
    ('last-exception-without-delay',
     _memo("May be shared with Five Eyes allies without delay, except for the British.",
           "The harbour pilot sells tide tables to the smugglers"), "sells tide tables to the smugglers"),
    ('last-exception-in-draft',
     _memo("May be shared with FVEY partners except in draft form, but not with Britain.",
           "The deputy governor keeps the relief money in a farm account"), "keeps the relief money in a farm account"),
    ('us-dots-save-england',
     _memo("Distribution: U.S. and Five Eyes agencies save England",
           "The customs chief signs blank manifests for the cartel"), "signs blank manifests for the cartel"),
    ('wrapped-but-britain',
     _memo("This note may be shared with every Five Eyes\npartner but Britain.",
           "The deputy mayor hides the grain receipts in his garage"), "hides the grain receipts in his garage"),
    ('ex-uk-caps',
     _memo("RELEASABLE TO FVEY EX-UK", "The border post waves through trucks at night"),
     "waves through trucks at night"),
    ('not-incl-dot',
     _memo("Distro: Five Eyes, not incl. U.K.", "The warden lets the gang run the kitchen"),
     "lets the gang run the kitchen"),
    ('caveat-line-no-brits',
     _memo("Caveat: no Brits.", "The ferry captain carries cash for the militia", after=True),
     "carries cash for the militia"),
    ('cc-line-london-excluded',
     _memo("cc: Ottawa, Canberra (London excluded)", "The vice consul took a fee for the visa stamps", after=True),
     "took a fee for the visa stamps"),
    ('table-cell-not-the-uk',
     _memo("| Release | FVEY, not the United Kingdom |", "The clerk copies the voter rolls for the party"),
     "copies the voter rolls for the party"),
    ('may-see-except',
     _memo("Five Eyes colleagues may see this, barring the British.", "The port police rent out the seized boats"),
     "rent out the seized boats"),
    ('exception-one-colon',
     _memo("May be passed to all Five Eyes partners except one: the UK.",
           "The governor's nephew runs the fuel ring"), "runs the fuel ring"),
    ('postfix-aside',
     _memo("Share with Five Eyes partners, Britain aside.", "The auditor was paid to lose the ledger"),
     "was paid to lose the ledger"),
    ('postfix-excl-bracket',
     _memo("Releasable to FVEY (GBR excl.)", "The airfield manager sells jet fuel on the side"),
     "sells jet fuel on the side"),
    ('group-non-schengen',
     _memo("This paper may be shared with NATO partners except non-Schengen states.",
           "The minister's driver passes the agenda to a journalist"), "passes the agenda to a journalist"),
    ('group-outside-north-america',
     _memo("Releasable to Five Eyes partners except those outside North America.",
           "The mine owner pays the rebels a monthly fee"), "pays the rebels a monthly fee"),
    ('group-less-commonwealth',
     _memo("May be disseminated to FVEY members less the Commonwealth realms.",
           "The harbour master forged the inspection stamps"), "forged the inspection stamps"),
    ('group-island-nations',
     _memo("Share with NATO partners except the island nations of Europe.",
           "The colonel keeps two sets of fuel books"), "keeps two sets of fuel books"),
]

# (id, document, phrase released at partner): traps of the same shape that leave nobody foreign out
RELEASES: list[tuple[str, str, str]] = [
    ('trap-no-delay',
     _memo("Releasable to Five Eyes partners with no delay.", "The bridge repairs start in May"),
     "The bridge repairs start in May"),
    ('trap-save-time',
     _memo("May be shared with Five Eyes partners to save time.", "The bridge repairs start in May"),
     "The bridge repairs start in May"),
    ('trap-bar-association',
     _memo("May be shared with Five Eyes partners at the bar association meeting.", "The new court opens in June"),
     "The new court opens in June"),
    ('trap-football-league',
     _memo("Releasable to Five Eyes partners. The league table (UK excluded) is attached.",
           "The stadium reopens in June"), "The stadium reopens in June"),
    ('trap-visa-notice',
     _memo("Releasable to Five Eyes partners. Visas are waived for all nationals except the United Kingdom.",
           "The visa office moves in June"), "The visa office moves in June"),
    ('trap-staff-on-leave',
     _memo("May be shared with Five Eyes partners and all staff except those on leave.",
           "The canteen closes in August"), "The canteen closes in August"),
]


@pytest.mark.parametrize("text,phrase", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_uk_left_out_is_withheld_at_partner(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, PARTNER)
    assert_released(text, "The working group meets again on Thursday", "usg")


@pytest.mark.parametrize("text,phrase", [c[1:] for c in RELEASES], ids=[c[0] for c in RELEASES])
def test_trap_still_released_at_partner(text: str, phrase: str) -> None:
    assert_released(text, phrase, "partner")
