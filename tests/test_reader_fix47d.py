"""fix47d: the UK left out of a release by other names (issue 8, rounds 185 and 187).

First run (main be2bae98 + rounds 185-187, lead47 0017baf9): 11 documents leaked at partner: adv185-001 (not for
Main Building), 002 (kept out of Vauxhall Cross and Thames House), 003 (not for passage to the Home Office), 011
(Compact of Free Association partners only); adv187-001 (distribution list: no copy to the Home Office or the NCA),
002 (HTML cell: FVEY defence ministries, Main Building excepted), 007 (Markdown header: cleared for Canberra, Ottawa,
Wellington), 009 (CSV: ABCANZ less B), 012 (the realms, not the mother country), 016 (REL TO QUAD PARTNERS), 018 (P.S.
nothing to go to Blighty). After: all 11 withheld at partner. Whole harness (11,405 documents, rules of 8bd87d3c)
against /tmp/s47/t0_all.txt: NEW LEAKS 0, 11 fixed, over-redaction at usg 3,565 -> 3,565 (none new, none fixed):
every raise here is a partner control (NOFORN or a REL TO limit), which never touches usg.

Fix (rules only, only raising): the UK's ministries, agencies, buildings and nicknames in one block of
`excepted_country_names` (read only in an exception or a sentence that keeps a text from someone); new
`controls_in_words` sentences ("none of ... are for", "not for passage to", "kept out of", "no copy to", "nothing to go
to"), a group named in a REL TO line or a "may go to ... only" sentence (Quad, the Compact of Free Association states),
"cleared for" a list of capitals, "ABCANZ less B", and a group with a name excepted after it ending a cell.

The cases below are fresh variants (each leaks on main) and traps of the same shapes that must still release.
"""
from __future__ import annotations

import pytest

from released import versions

SBU = "SENSITIVE BUT UNCLASSIFIED"

# (id, document, phrase withheld at partner)
LEAKS: list[tuple[str, str, str]] = [
    ('not-meant-for-northwood',
     f"{SBU}\n\nSUBJECT: (U) Fuel audit\n\n1. (U) Handling: the SBU lines of this note are not meant for Northwood.\n\n"
     "2. (SBU) The Rota fuel pier loses about four percent of each delivery to theft.\n\n"
     f"3. (U) The audit closes in May.\n\n{SBU}\n",
     'loses about four percent of each delivery'),
    ('none-of-for-nca',
     "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n\n(U) None of the LES items below are for the National Crime Agency.\n\n"
     "(U//LES) The courier now flies through Lisbon with a second passport.\n\n(U) Questions to the duty agent.\n\n"
     "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n",
     'flies through Lisbon with a second passport'),
    ('not-for-passage-hmrc-caps',
     "UNCLAS SENSITIVE\nSUBJECT: CUSTOMS DATA TALKS\n\n1. (U) PARA 3 IS NOT FOR PASSAGE TO HMRC OR THE BORDER FORCE.\n\n"
     "2. (U) THE TALKS MET IN DOVER ON MAY 2.\n\n3. (SBU) OUR ANALYSTS THINK THE MANIFEST FEED DROPS ONE RECORD IN NINE.\n\n"
     "4. (U) NEXT ROUND IN JUNE.\n",
     'THE MANIFEST FEED DROPS ONE RECORD IN NINE'),
    ('kept-out-of-hands-met-police',
     f"{SBU}\n\n(U) Please see that paragraph 2 is kept well out of the hands of the Metropolitan Police for now.\n\n"
     "(SBU) The informant in Croydon has asked to be moved before the trial.\n\n"
     f"(U) The trial opens in October.\n\n{SBU}\n",
     'has asked to be moved before the trial'),
    ('no-copies-scotland-yard',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. (U//FOUO) The forger prints the stamps in a garage near Valletta.\n\n"
     "2. (U) The case review is in March.\n\nCopies:\n  * Legat Rome\n  * Legat Madrid\n  * no copies for New Scotland Yard\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     'prints the stamps in a garage near Valletta'),
    ('markdown-cell-main-building-excluded',
     "CUI\n\n| Item | Mark | Partners |\n|---|---|---|\n"
     "| The sonar upgrade slips to 2029 because of a supplier failure | CUI | Five Eyes ministries (Main Building excluded) |\n"
     "| The dock opens to visitors in June | U | Public |\n\nCUI\n",
     'The sonar upgrade slips to 2029'),
    ('markdown-cell-northwood-excepted',
     "CUI\n\n| Item | Mark | Share |\n|---|---|---|\n"
     "| The frigate refit lost its second dry dock slot | CUI | FVEY navies, Northwood excepted |\n"
     "| The dock opens to visitors in June | U | Public |\n\nCUI\n",
     'lost its second dry dock slot'),
    ('csv-approved-for-capitals',
     "# CUI - tracker export\n# rows approved for release to Wellington and Ottawa\nid,portion,text\n"
     "1,CUI,The harbour radar has a blind arc north of the breakwater\n2,U,The harbour tour runs on Sundays\n# CUI\n",
     'has a blind arc north of the breakwater'),
    ('csv-abcanz-ex-b',
     "# CUI tracker\nid,mark,sharing,text\n1,CUI,ABCANZ ex-B,The bridging kit failed its load test at the second span\n"
     "2,U,Public,The exercise ends on 4 May\n# CUI\n",
     'failed its load test at the second span'),
    ('not-for-blighty',
     f"{SBU}\n\n(SBU) The harbour master in Limassol takes cash to clear the yachts. Not for Blighty.\n\n"
     f"(U) Weather was fine.\n\n{SBU}\n",
     'takes cash to clear the yachts'),
    ('nothing-to-be-sent-to-the-poms',
     f"{SBU}\n\n(U) Canberra can see this; nothing to be sent to the Poms until the minister signs.\n\n"
     f"(SBU) The grain deal hides a second shipment through Darwin.\n\n{SBU}\n",
     'hides a second shipment through Darwin'),
    ('realms-but-never-mother-country',
     f"{SBU}\n\n1. (SBU) The premier will drop the levy if the Treasury finds the money.\n"
     "   Shareable with Canada, Australia and New Zealand, never with the mother country.\n\n"
     f"2. (U) Next round in April.\n\n{SBU}\n",
     'will drop the levy if the Treasury finds the money'),
    ('rel-to-cofa-footer',
     "Slide 1\nTitle: Atoll water supply\n- (CUI) The Majuro desalination plant runs at half capacity since the storm\n"
     "- (U) Rainwater tanks are being delivered\nFooter: CUI // REL TO COFA\n",
     'runs at half capacity since the storm'),
    ('freely-associated-states-only',
     f"{SBU}\n\n(U) The SBU notes will go to the Freely Associated States only.\n\n"
     f"(SBU) Yap officials want the grant paid before the audit ends.\n\n{SBU}\n",
     'want the grant paid before the audit ends'),
    ('rel-to-eu27-line',
     f"{SBU}\n\nREL TO EU27\n\n(SBU) The customs union talks will slip past the summer.\n\n{SBU}\n",
     'will slip past the summer'),
]

# (id, document, phrase released at partner and at usg): the same shapes naming no one foreign, or the UK as a partner
TRAPS: list[tuple[str, str, str]] = [
    ('walking-tour-flyer',
     "UNCLASSIFIED\n\n(U) Embassy walking club: Saturday's route passes Main Building, Vauxhall Cross, Thames House and "
     "the Home Office, and ends at Northwood station.\n\n(U) The walk is not meant for young children. No copy to the "
     "newsletter.\n\nUNCLASSIFIED\n",
     'ends at Northwood station'),
    ('home-office-announced',
     f"{SBU}\n\n(U) The Home Office announced a new visa scheme on Monday.\n\n"
     f"(SBU) Our consular chief expects the queue to double by July.\n\n{SBU}\n",
     'expects the queue to double by July'),
    ('quad-cricket',
     f"{SBU}\n\n(U) The Quad cricket final is on Saturday; tickets are not for the press.\n\n"
     f"(SBU) The ambassador will host the finalists at the residence.\n\n{SBU}\n",
     'host the finalists at the residence'),
    ('rel-to-usa-gbr',
     "CUI//REL TO USA, GBR\n\n(CUI//REL TO USA, GBR) The joint survey found two uncharted wrecks off Rockall.\n\n"
     "CUI//REL TO USA, GBR\n",
     'found two uncharted wrecks off Rockall'),
    ('nothing-to-report-from-london',
     f"{SBU}\n\n(U) Nothing to report from London this week; none of the speakers were for the motion.\n\n"
     f"(SBU) The trade attache thinks the tender will be reopened.\n\n(U) Keep it out of the rain.\n\n{SBU}\n",
     'thinks the tender will be reopened'),
    ('cleared-for-london-too',
     f"{SBU}\n\n(U) The SBU lines are cleared for Canberra, London and Ottawa.\n\n"
     f"(SBU) The port fees will rise by a third next year.\n\n{SBU}\n",
     'will rise by a third next year'),
]


@pytest.mark.parametrize("case_id,text,phrase", LEAKS, ids=[c[0] for c in LEAKS])
def test_withheld_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert phrase in text
    out = versions(text, ("usg", "partner", "public"))
    assert phrase not in out["partner"], case_id
    assert phrase not in out["public"], case_id


@pytest.mark.parametrize("case_id,text,phrase", TRAPS, ids=[c[0] for c in TRAPS])
def test_released_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert phrase in text
    out = versions(text, ("usg", "partner"))
    assert phrase in " ".join(out["usg"].split()), case_id
    assert phrase in " ".join(out["partner"].split()), case_id
