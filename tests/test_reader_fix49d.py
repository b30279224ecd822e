"""fix49d: the UK left out by other names and groups (rounds 191 and 193; issue 8), by class.

First run on main ad2afc4b (tests/corpus/adversarial191 and 193, FIRST_RUN.md): 6 documents of this brief leaked at
partner: adv191-003 (a chat: the next two are SBU `and do not go to Porton Down`), adv193-002 (`Distribution: CANZUS
only`), 005 (a handling bullet `Not to the Scotland Yard liaison or anyone at Marsham Street` under a `Share with ...`
bullet), 010 (`P.S. Fine to share with Ottawa, but not with our friends across the pond`), 015 (a footer `Not for
distribution to UKUSA second parties in Europe`), 017 (`SBU - cleared for Commonwealth partners in the Pacific only`).
After this branch: 0 of the 6 leak.

Fix, by class, only raising or adding controls (rules/markings.yaml unless named):
- more UK institutions in `uk_government_names.offices` (Porton Down, Dstl, AWE Aldermaston, UKHSA, the Met Police,
  Police Scotland, PSNI, the Ministry of Justice and Petty France, Caxton House, MOD Abbey Wood, ...);
- a ban written `not to` after a bullet, a line start, `and`, `but` or a comma (beside fix48d's `not for`), and `go to`
  after `and`/`but`/a comma (`the next two are SBU and do not go to ...`): NOFORN when the words name someone foreign;
- groups by acronym that leave the UK out (`CANZUS`, `AUSCANNZUS`, `CANZ`, ...: `country_groups`), read in a
  distribution line with `only` (`Distribution: CANZUS only`) and after `cleared/approved/OK for ... only`: a limit;
  the Five Eyes less the UK as one token (`FVEY-minus-UK`, `5EYES_less_GBR`): NOFORN;
- regions that leave the UK out (`partners in the Pacific`, `allies in the Americas`: `regions_leaving_out_uk`,
  `evidence._groups_named`): a group of unknown members, a limit to the USA and the countries named;
- colloquial names of the UK (`across the pond`, `our cousins`: `uk_government_names.colloquial`, `evidence.
  _colloquial_uk`), foreign only in a sentence that keeps a text from someone and not in a document from a U.S. post
  in the UK; the UKUSA second parties (`second parties`, `UKUSA`: `foreign_recipients`).
The cases below are fresh variants (other wordings and formats), each of which leaks at partner on main ad2afc4b
(/tmp/m49), and traps of the same shapes that must still be released.
"""
from __future__ import annotations

import pytest

from released import assert_released, level_case_tests

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # A the UK named by a research establishment, its police or a ministry's building, in a ban
    ('chat-fouo-and-dont-go-to-dstl',
     "Teams chat - vaccine supply cell\n\n10:02 Ortiz: (U) morning all\n"
     "10:04 Ortiz: (U) next two are FOUO and don't go to Dstl, they get the cleaned-up deck\n"
     "10:05 Ortiz: (U//FOUO) the cold-chain contractor missed two delivery windows in Ohio\n"
     "10:06 Ortiz: (U//FOUO) the backup lot expires before the spring campaign starts\n10:09 Park: (U) noted\n",
     ["the cold-chain contractor missed two delivery windows", "the backup lot expires before the spring"], PARTNER,
     ["morning all"]),
    ('share-bullet-then-not-to-met-police',
     "UNCLASSIFIED//LES\n\n(U) Card skimming update.\n\n"
     "(U//LES) The crew installs skimmers at fuel pumps on the M4 corridor and cashes out in Dublin.\n\n"
     "Dissemination notes:\n* Share with Garda counterparts if asked.\n* Not to the Met Police fraud desk.\n"
     "* File in the case folder.\n\nUNCLASSIFIED//LES\n",
     ["installs skimmers at fuel pumps on the M4 corridor"], PARTNER, ["Card skimming update"]),
    ('numbered-not-to-anyone-at-petty-france',
     "SBU\n\nSUBJECT: (U) Extradition file\n\n1. (U) The hearing is set for 14 January.\n\n"
     "2. (SBU) The defendant's brother offered a witness money through a cousin in Leeds.\n\n"
     "Handling:\n1) Keep on the team site.\n2) Not to anyone at Petty France, or at the CPS.\n\nSBU\n",
     ["offered a witness money through a cousin in Leeds"], PARTNER, ["The hearing is set for 14 January"]),
    ('these-are-cui-but-must-not-go-to-aldermaston',
     "CUI\n\n(U) Metallurgy review notes.\n\n(CUI) The furnace vendor's alloy batches failed the creep test twice.\n\n"
     "(U) These are CUI, and must not go to AWE Aldermaston until the vendor answers.\n\nCUI\n",
     ["alloy batches failed the creep test twice"], PARTNER, ["Metallurgy review notes"]),
    # B groups by acronym that leave the UK out
    ('slide-audience-auscannzus-only',
     "UNCLASSIFIED//FOUO\n\nSlide 1 of 6\nAudience: AUSCANNZUS only\n\n(U) Quarterly search-and-rescue statistics.\n\n"
     "(U//FOUO) Two regional centres will lose their night helicopter cover in March.\n\nUNCLASSIFIED//FOUO\n",
     ["will lose their night helicopter cover in March"], PARTNER, ["Quarterly search-and-rescue statistics"]),
    ('distro-dash-canz-only',
     "SBU\n\nDistro - CANZ only\n\n(SBU) The customs pilot will start at two Pacific ports before the holidays.\n\n"
     "(U) Questions to the desk.\n\nSBU\n",
     ["The customs pilot will start at two Pacific ports"], PARTNER, ["Questions to the desk"]),
    ('approved-for-canzus-partners-only',
     "CUI\n\n(U) Fisheries patrol schedule.\n\n(CUI) The patrol vessel will loiter near the Chatham Rise for ten days.\n\n"
     "(U) Approved for CANZUS partners only.\n\nCUI\n",
     ["will loiter near the Chatham Rise for ten days"], PARTNER, ["Fisheries patrol schedule"]),
    ('releasability-fvey-minus-uk-one-token',
     "CUI\n\nTitle: Harbour survey\nReleasability: FVEY-minus-UK\n\n(U) Survey of berths 1 to 6.\n\n"
     "(CUI) The north breakwater has settled by forty centimetres since 2019.\n\nCUI\n",
     ["The north breakwater has settled by forty centimetres"], PARTNER, ["Survey of berths 1 to 6"]),
    # C regions that leave the UK out, and the UKUSA second parties
    ('ok-for-allies-in-the-americas-only',
     "SBU\n\n(U) Hurricane logistics readout.\n\n(SBU) Two airports will refuse relief flights without a fee waiver.\n\n"
     "SBU -- OK for allies in the Americas only\n",
     ["Two airports will refuse relief flights without a fee waiver"], PARTNER, ["Hurricane logistics readout"]),
    ('cleared-for-release-to-partners-in-asia-only',
     "UNCLASSIFIED//FOUO\n\n(U//FOUO) The semiconductor export licences for two fabs are on hold.\n\n"
     "(U) Cleared for release to partners in Asia only.\n\nUNCLASSIFIED//FOUO\n",
     ["export licences for two fabs are on hold"], PARTNER, []),
    ('not-to-be-passed-to-european-second-parties',
     "UNCLASSIFIED//FOUO\n\n(U) Collection planning notes.\n\n"
     "(U//FOUO) The ground station upgrade slips to the summer.\n\n"
     "(U) Not for release to European second parties.\n\nUNCLASSIFIED//FOUO\n",
     ["The ground station upgrade slips to the summer"], PARTNER, ["Collection planning notes"]),
    # D colloquial names of the UK, from a U.S. writer
    ('fine-for-canberra-but-not-for-the-folks-across-the-pond',
     "From: desk officer\nSubject: readout\nClassification: SBU\n\n(U) Talks ended on time.\n\n"
     "(SBU) Their delegation will concede the fishing quota in round three.\n\n"
     "Fine to share with Canberra, but not with the folks across the pond.\n",
     ["will concede the fishing quota in round three"], PARTNER, ["Talks ended on time"]),
    ('do-not-forward-to-our-cousins',
     "SBU\n\n(U) Cyber incident note.\n\n(SBU) The intruder kept a foothold in the payroll server for six weeks.\n\n"
     "(U) Please do not forward to our cousins yet.\n\nSBU\n",
     ["kept a foothold in the payroll server for six weeks"], PARTNER, ["Cyber incident note"]),
]

# (id, level, document, phrase that must still be released at `level`)
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-rugby-trip-across-the-pond', "partner",
     "SBU\n\n(U) The embassy rugby squad flies across the pond on Friday; tickets are not for resale.\n\n"
     "(SBU) The motor pool will stage the team bus at the east gate.\n\nSBU\n",
     "The motor pool will stage the team bus at the east gate"),
    ('trap-porton-down-press-release', "partner",
     "SBU\n\n(U) Porton Down published its annual report on Tuesday and it is available online.\n\n"
     "(SBU) The lab tour for the visiting delegation moves to Thursday.\n\nSBU\n",
     "The lab tour for the visiting delegation moves to Thursday"),
    ('trap-canzus-trade-name', "partner",
     "SBU\n\n(U) The CANZUS Logistics tender for the warehouse lease closes on Friday.\n\n"
     "(SBU) The incumbent's bid is 12 percent above the estimate.\n\nSBU\n",
     "The incumbent's bid is 12 percent above the estimate"),
    ('trap-pacific-partners-with-the-uk', "partner",
     "SBU\n\n(SBU) The cutter will call at Suva in May.\n\n"
     "(U) Cleared for partners in the Pacific and the United Kingdom only.\n\nSBU\n",
     "The cutter will call at Suva in May"),
    ('trap-fvey-no-show', "partner",
     "SBU\n\n(U) The FVEY no-show at the conference was noted by the chair.\n\n"
     "(SBU) The venue contract renews in April.\n\nSBU\n",
     "The venue contract renews in April"),
    ('trap-distribution-office-only', "partner",
     "SBU\n\nDistribution: OES/OPA only\n\n(SBU) The station survey needs two more weeks.\n\nSBU\n",
     "The station survey needs two more weeks"),
    ('trap-not-to-exceed-bullet', "partner",
     "SBU\n\n(SBU) The report on the London office move is due in March.\n\n"
     "Format:\n- Not to exceed ten pages.\n- Use the Whitehall template.\n\nSBU\n",
     "The report on the London office move is due in March"),
    ('trap-across-the-pond-from-embassy-london', "partner",
     "SBU\n\nU.S. EMBASSY LONDON\n\n(SBU) The ministry will publish the port security review in June.\n\n"
     "(U) Not to be forwarded to our colleagues across the pond until the desk clears it.\n\nSBU\n",
     "The ministry will publish the port security review in June"),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,level,text,phrase", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, level: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, level)
