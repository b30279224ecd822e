"""fix46c: release lists that name the UK only indirectly, or not at all (issue 8): the Crown's government in another
realm, the other realms, the Crown dependencies and the Overseas Territories, by class.

First run on main (de49986d): review45y e08 (`Releasable only to HMG in Saint Lucia and the Government of Barbados.`)
and e16 (`Shareable with Commonwealth realms (HMG in Canada, HMG in Australia) only.`) were released at partner (GBR).
My own variants, written before the fix: 20 leaked at partner on main (CASES), 7 more were already withheld there
(ALREADY_WITHHELD, kept as guards); all are withheld after. Whole harness (11,027 documents) against main's t0: no new
leak, no change (over-redaction 3,350 -> 3,350); review45s/x/z unchanged. The traps
(`HMG` alone, `HMG in London`, `the Commonwealth` with the UK, `Five Eyes`, a list naming the UK beside realms) keep
their release.

Why they leaked: (1) `releasable only to <list>.`, with "only" before the list and none after it, was read by no
pattern; (2) `realms`, `dependencies`, `territories` were no words for a group's states, and the Caribbean and Pacific
realms, CARICOM, the Crown dependencies and the Overseas Territories no groups; (3) Saint Lucia, Barbados, Jamaica,
Belize, the Bahamas, Gibraltar ... were no names of the vocabulary, so a list naming only them read no country and
was skipped (`list_names_a_country`); (4) a release field whose value names countries in words (`Releasability: HMG
in Canada; HMG in New Zealand`) was read only when it held a sign word.

Fix (only raising, every change a limit or a country that is not the UK): `reader_words.crown_realm_government` also
drops `the Crown in right of`, `the Government of`, `HM Government of` before a realm, a Crown dependency or an
Overseas Territory and `British` in such a territory's name; `crown_realm_names` (new vocabulary) reads those places
as their countries (reader/evidence.py `_countries_named`, `_names_foreign`; not in `_groups_named`'s test of a
group's words, so no group that main read stops being one); `country_groups` gets the Commonwealth realms (without
the UK), the Caribbean and Pacific realms, CARICOM, the Crown dependencies and the Overseas Territories; `_GROUP_PHRASE`
takes `realms`, `dependencies`, `territories`, and a bare capitals acronym of `country_groups` (`CARICOM`) names its
group; a new `controls_in_words` pattern reads `releasable only to` / `shareable only with` / `may only be passed to`
<list> to the sentence's end (only when the list names a country or group); `document_controls._take_field_in_words`
reads a release field's countries and groups in words as a limit.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner", "public")
SECRET_LINE = "The harbour master will close the fuel pier to visiting warships from 4 May."
SECRET = "close the fuel pier to visiting warships"


def _memo(handling: str) -> str:
    return (f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Port visit planning\n\n"
            f"1. (U) The planning team met on 2 April.\n\n2. (U//FOUO) {SECRET_LINE} {handling}\n\n"
            f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def _email(subject: str, caveat: str) -> str:
    return (f"From: Dana Price <PriceD@state.gov>\nSent: Tuesday, April 6, 2027 10:12 AM\nTo: WHA-CAR\n"
            f"Subject: {subject}\n\nClassification: UNCLASSIFIED//SBU\n\n{caveat}\n\n(SBU) {SECRET_LINE}\n\n"
            f"(U) More after the call on Friday.\n\nDana\n\nClassification: UNCLASSIFIED//SBU\n")


def _table(cell: str) -> str:
    return (f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) Port visit tracker\n\n| Item | Releasability |\n|---|---|\n"
            f"| Fuel pier | {cell} |\n\n(U//FOUO) {SECRET_LINE}\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


# (id, document): the fuel-pier sentence is withheld at partner and public
CASES: list[tuple[str, str]] = [
    # the Crown's government in another realm, or a realm's government by name, in a sentence
    ('only-to-hmg-in-jamaica', _memo("Releasable only to His Majesty's Government in Jamaica.")),
    ('only-to-crown-in-right-nz-aus',
     _memo("Releasable only to the Crown in right of New Zealand and the Crown in right of Australia.")),
    ('only-to-govt-of-canada-her-majesty', _memo("Releasable only to Her Majesty's Government of Canada.")),
    ('belize-bahamas-only', _memo("May be shared with the Government of Belize and HMG in the Bahamas only.")),
    ('may-only-be-passed-grenada', _memo("It may only be passed to HM Government in Grenada.")),
    ('shareable-only-with-st-kitts', _memo("Shareable only with the Government of St Kitts and HMG in St. Vincent.")),
    # groups of states that leave the UK out
    ('caribbean-realms-only', _memo("Shareable with the Caribbean realms only.")),
    ('pacific-realms', _memo("Shareable with the Pacific realms.")),
    ('only-to-caricom', _memo("Releasable only to CARICOM.")),
    ('crown-dependencies-named', _memo("Shareable with the Crown Dependencies (Jersey, Guernsey, Isle of Man) only.")),
    ('commonwealth-realms-only', _memo("Shareable with the Commonwealth realms only.")),
    ('overseas-territories-only', _memo("Releasable only to the governments of the British Overseas Territories.")),
    ('gibraltar-bermuda', _memo("Releasable only to HM Government of Gibraltar and the Government of Bermuda.")),
    # e-mail subjects and caveat lines
    ('subject-only-to-hmg-st-lucia',
     _email("Fuel pier -- releasable only to HMG in Saint Lucia", "(U) Notes from the harbour call follow.")),
    ('dissem-line-hmg-in-realms', _email("Fuel pier notes", "Dissem: HMG in Canada, HMG in Australia")),
    ('note-may-only-be-shared-jamaica',
     _email("Fuel pier notes", "Note: the pier figures may only be shared with the Government of Jamaica.")),
    ('field-hmg-in-canada-nz', _email("Fuel pier notes", "Releasability: HMG in Canada; HMG in New Zealand")),
    ('field-crown-dependencies', _email("Fuel pier notes", "Releasable to: the Crown dependencies")),
    ('field-government-of-jamaica', _email("Fuel pier notes", "Releasability: the Government of Jamaica")),
    # table cells
    ('cell-caricom', _table("CARICOM")),
]

# (id, document): variants of mine that main already withheld at partner (REL TO with realm trigraphs, the exclusion
# words of round 181 applied to the realms, a caveat line and a table cell with "only"): kept so that the new readings
# never undo them
ALREADY_WITHHELD: list[tuple[str, str]] = [
    ('rel-to-realm-trigraphs', _memo("REL TO USA, LCA, BRB.")),
    ('realms-save-uk', _memo("Shareable with Commonwealth realms save the UK.")),
    ('realms-not-incl-uk', _memo("Releasable to Commonwealth realms (not incl. UK).")),
    ('realms-ex-uk', _memo("Releasable to Commonwealth realms ex-UK.")),
    ('caveat-realms-only', _email("Fuel pier notes", "Caveat: shareable only with the Caribbean realms")),
    ('cell-hmg-in-canada-australia-only', _table("HMG in Canada, HMG in Australia only")),
    ('cell-hmg-in-new-zealand', _table("HMG in New Zealand")),
]

# (id, document): traps that stay releasable to the UK
TRAPS: list[tuple[str, str]] = [
    ('trap-only-to-hmg', _memo("Releasable only to HMG.")),
    ('trap-hmg-in-london', _memo("Releasable only to HMG in London.")),
    ('trap-commonwealth-with-uk', _memo("Shareable with the Commonwealth including the UK only.")),
    ('trap-five-eyes', _memo("Releasable to Five Eyes only.")),
    ('trap-uk-and-realms', _memo("Releasable only to the UK, Canada and Australia.")),
    ('trap-hmg-beside-realm', _memo("Shareable with Commonwealth realms (HMG, HMG in Canada) only.")),
    ('trap-hmg-and-barbados', _memo("Releasable only to HMG and the Government of Barbados.")),
    ('trap-field-hmg', _email("Fuel pier notes", "Releasability: HMG, HMG in Canada")),
    ('trap-field-uk-canada', _email("Fuel pier notes", "Releasability: UK and Canada")),
    ('trap-new-jersey', _memo("Releasable only to the UK and our New Jersey office.")),
]


@pytest.mark.parametrize("case_id,text", CASES + ALREADY_WITHHELD, ids=[c[0] for c in CASES + ALREADY_WITHHELD])
def test_withheld_from_uk(case_id: str, text: str) -> None:
    assert_withheld(text, SECRET, PARTNER)


@pytest.mark.parametrize("case_id,text", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released_to_uk(case_id: str, text: str) -> None:
    assert_released(text, SECRET, "partner")
    assert_released(text, SECRET, "usg")
