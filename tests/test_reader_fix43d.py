"""fix43d: release lists in words and NOFORN that dropped off at partner (round 173's leaks), by class.

Classes: 1 a sharing or release sentence whose recipients are a GROUP of states ("may be shared with ANZUS partners
only", "with Nordic-Baltic Eight (NB8) partners", "with Weimar Triangle governments (France, Germany, Poland)"):
the text is limited to that group (`country_groups` of rules/markings.yaml; a capitalised group name the rules cannot
expand limits it to the USA and the countries named), so it is withheld from the UK unless the group holds GBR;
2 a sentence that keeps the text from the UK in any wording, however long its object ("do not release the (CUI)
paragraphs of this message to the United Kingdom", "withhold ... from Britain", "not releasable to the United
Kingdom"): NOFORN, whatever the banner's REL TO list says; 3 a line that introduces a quotation and names NOFORN in
words ("para 3 of 26 ACCRA 711 (an SBU NOFORN cable) reads:"): NOFORN for the document.

First run (round 173 on lead43 = main 469c2454 + rounds 173-175): 5 documents leaked at partner (adv173-014, 024, 026,
058, 059); after: 0. The withheld cases below each fail on main (PYTHONPATH=/tmp/m43); the release cases (traps of
the same shape: a group that holds the UK, a sharing sentence naming no group, a negation about the press) pass on
both.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner",)

# (id, document, phrases withheld at partner)
WITHHELD: list[tuple[str, str, list[str]]] = [
    ('group-quad-only',
     "UNCLASSIFIED//SBU\n\nSBU: this note may be passed to Quad partners only.\n\n(SBU) The Indian delegation will "
     "propose a joint survey of the Andaman shelf.\n\nUNCLASSIFIED//SBU\n", ['joint survey of the Andaman shelf']),
    ('group-benelux-no-only',
     "UNCLASSIFIED//SBU\n\n(U) Meeting notes follow.\n\nThe SBU paragraphs below can be shared with the Benelux "
     "governments.\n\n(SBU) Dutch customs flagged three containers at the Maasvlakte terminal.\n\nUNCLASSIFIED//SBU\n",
     ['flagged three containers at the Maasvlakte']),
    ('group-unknown-members',
     "UNCLASSIFIED//SBU\n\nHandling - may be shared with Pacific Islands Forum members.\n\n(SBU) Fiji will ask for a "
     "second patrol boat before the cyclone season.\n\nUNCLASSIFIED//SBU\n", ['second patrol boat before the cyclone']),
    ('group-acronym-baltic',
     "UNCLASSIFIED//SBU\n\nSBU. Releasable to the Baltic States only.\n\n(SBU) Riga will extend the "
     "border fence contract by six months.\n\nUNCLASSIFIED//SBU\n", ['extend the border fence contract']),
    ('keep-from-uk-long-object',
     "CUI//REL TO USA, FVEY\n\nPlease do not pass paragraphs two and three of this e-mail to Britain until the review "
     "ends.\n\n(CUI) The broker in Antwerp used a forged licence for the valves.\n\nCUI//REL TO USA, FVEY\n",
     ['forged licence for the valves']),
    ('keep-from-uk-wrapped',
     "CUI//REL TO USA, FVEY\n\nNote: we must not release the (CUI) portions of this message\nto the United Kingdom "
     "for now.\n\n(CUI) Halifax port police seized two drums of precursor.\n\nCUI//REL TO USA, FVEY\n",
     ['seized two drums of precursor']),
    ('withhold-from-uk',
     "CUI//REL TO USA, FVEY\n\nWithhold the CUI items in this message from the United Kingdom.\n\n(CUI) The front "
     "company in Penang received a third shipment.\n\nCUI//REL TO USA, FVEY\n", ['received a third shipment']),
    ('not-releasable-uk',
     "CUI//REL TO USA, FVEY\n\nThis summary is not releasable to the United Kingdom.\n\n(CUI) The inspector found the "
     "seals were replaced in transit.\n\nCUI//REL TO USA, FVEY\n", ['seals were replaced in transit']),
    ('quote-intro-sbu-nf',
     "UNCLASSIFIED//SBU\n\n(U) Background for the call follows.\n\n(U) Para 5 of 26 LOME 402 (an SBU/NOFORN cable) "
     "says:\n\n    \"The port director admitted that fuel tankers leave without manifests.\"\n\n(U) Talk soon.\n\n"
     "UNCLASSIFIED//SBU\n", ['fuel tankers leave without manifests']),
]

# (id, document, (U) or SBU phrases released at partner: traps of the same shapes)
RELEASED: list[tuple[str, str, list[str]]] = [
    ('group-aukus-holds-uk',
     "UNCLASSIFIED//SBU\n\nSBU - may be shared with AUKUS partners only.\n\n(SBU) The submarine training slots were "
     "agreed for 2027.\n\nUNCLASSIFIED//SBU\n", ['training slots were agreed for 2027']),
    ('group-five-eyes-no-only',
     "UNCLASSIFIED//SBU\n\nThe (SBU) paragraph may be shared with Five Eyes partners.\n\n(SBU) The harbour survey "
     "ends in May.\n\nUNCLASSIFIED//SBU\n", ['harbour survey ends in May']),
    ('no-group-no-only',
     "UNCLASSIFIED//SBU\n\nThis may be shared with interagency colleagues.\n\n(SBU) The harbour survey ends in "
     "June.\n\nUNCLASSIFIED//SBU\n", ['harbour survey ends in June']),
    ('negation-press',
     "UNCLASSIFIED//SBU\n\nDo not release the (SBU) paragraphs of this message to the press.\n\n(SBU) The harbour "
     "survey ends in July.\n\nUNCLASSIFIED//SBU\n", ['harbour survey ends in July']),
]


@pytest.mark.parametrize("case_id,text,withheld", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, PARTNER)


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released_at_partner(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase, level="partner")
