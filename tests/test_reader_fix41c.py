"""fix41c: split table rows, a bare (U) after a break, NO FOREIGN NATIONALS lines, `level:` keys after the text.

First run (main 2e21c610): 8 known leaks of rounds 164/166 (strict xfails): adv164-013 (CSV), adv164-014 (HTML
`<tr>`), adv166-015 (TSV), adv166-016 (pipe row with an empty cell): a classified cell's sentence split by an export
into the next row whose class cell says U; adv164-027 (cable SECTION 02 header, then a bare `(U)` line), adv166-024
(`-- continued --`, then a bare `(U)`); adv164-021 (`DISTRIBUTION: ... - NO FOREIGN NATIONALS`, partner);
adv164-052 (a YAML record's `level: C//NF` key after its text). After: 0 of the 8 leak.

Fixes, each only raising: reader/wrapped_cells.py reads any one-line table row's cells (`<td>`, tab, `|`, `||`,
quoted CSV, fixed-width columns) with the mark cell anywhere; reader/resumed_portions.py takes a portion that opens
with a bare mark line after a cut sentence; rules `handling_statements` has NO FOREIGN NATIONALS and US PERSONNEL ONLY
lines; reader/level_keys.py raises (never lowers) a record's text to its `level:` key's level.

The cases below are mine (fresh wording and formats); each withheld case fails on main 2e21c610.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

CASES = [
    # 1 a classified cell split into the next row whose class cell says U
    ('semicolon-csv-split',
     "CONFIDENTIAL\nref;class;office;remark\nA-1;U;Consular;Passport printer repaired on Monday.\n"
     "A-2;C;Political;\"The deputy speaker privately admitted that the coalition will collapse\"\n"
     "A-3;U;;\"unless the finance minister resigns before the budget vote in March.\"\n"
     "A-4;U;Management;Parking lot repaving starts next week.\nCONFIDENTIAL\n",
     ['unless the finance minister resigns before the budget vote'], ALL,
     ['Parking lot repaving starts next week']),
    ('html-td-split',
     "<p>SECRET</p>\n<table>\n<tr><th>Class</th><th>Item</th></tr>\n<tr><td>U</td><td>Visitor badges expire at the end of the month.</td></tr>\n"
     "<tr><td>S</td><td>Our contact in the port police says two customs officers take bribes from</td></tr>\n"
     "<tr><td>U</td><td>the cartel's shipping agent to wave through reefer containers.</td></tr>\n"
     "<tr><td>U</td><td>The cafeteria closes early on Friday.</td></tr>\n</table>\n<p>SECRET</p>\n",
     ["the cartel's shipping agent to wave through reefer containers"], ALL, ['The cafeteria closes early on Friday']),
    ('tab-mark-second-column',
     "SECRET//NOFORN\n\nNo\tMark\tNote\n1\tU\tVehicle inspections are due in January\n"
     "2\tS//NF\tA defector told the team that the brigade keeps its drones in\n"
     "3\tU\tan abandoned cement works north of the ring road near the old quarry\n"
     "4\tU\tGym hours change from next week\n\nSECRET//NOFORN\n",
     ['an abandoned cement works north of the ring road'], ALL, ['Gym hours change from next week']),
    ('pipes-no-rule-empty-cell',
     "CONFIDENTIAL\n\n| Class | Site | Remarks |\n| U | Annex | Generator test passed on schedule |\n"
     "| C | Chancery | The guard force commander believes that two local guards sold the |\n"
     "| U | | patrol schedule to a criminal group operating near the east gate |\n"
     "| U | Residence | Pool maintenance completed |\n\nCONFIDENTIAL\n",
     ['patrol schedule to a criminal group operating near the east gate'], ALL, ['Pool maintenance completed']),
    ('json-objects-split',
     '{"banner": "SECRET", "rows": [\n  {"class": "U", "note": "Gym reopens Monday."},\n'
     '  {"class": "S", "note": "The defector said the regiment hides its launchers in"},\n'
     '  {"class": "U", "note": "the tunnels under the old textile mill near the river."},\n'
     '  {"class": "U", "note": "Pool closed."}\n]}\n',
     ['the tunnels under the old textile mill near the river'], ALL, ['Gym reopens Monday']),
    # 2 a classified sentence broken by a break and a bare (U)
    ('contd-bare-u',
     "SECRET\n\n1. (U) The delegation arrived on Sunday.\n\n2. (S) The mayor told us in confidence that the police chief "
     "is funneling\n(cont'd)\n(U)\nconfiscated fuel to a smuggling ring that supplies the militia.\n\n"
     "3. (U) The delegation departs on Thursday.\n\nSECRET\n",
     ['confiscated fuel to a smuggling ring that supplies the militia'], ALL, ['The delegation departs on Thursday']),
    ('caps-cable-more-bare-u',
     "C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000311\nSIPDIS\nSUBJECT: (U) MINING PROTESTS\n\n"
     "1. (U) PROTESTS CONTINUED IN APURIMAC ON MONDAY.\n\n2. (C) A MINISTRY OFFICIAL SAID THE PRESIDENT WILL DECLARE "
     "A STATE OF EMERGENCY IN\nMORE\nC O N F I D E N T I A L SECTION 02 OF 02 LIMA 000311\n(U)\n"
     "THREE PROVINCES AND SEND ARMY UNITS TO THE MINE ROAD.\n\n3. (U) POST WILL FOLLOW UP.\n\nSMITH\n",
     ['THREE PROVINCES AND SEND ARMY UNITS TO THE MINE ROAD'], ALL, ['POST WILL FOLLOW UP']),
    # 3 handling lines that keep the text from foreign nationals
    ('cable-distribution-no-foreign-nationals',
     "UNCLAS SECTION 01 OF 01 LAGOS 000912\nSENSITIVE\nSIPDIS\nDISTRIBUTION: SBU - NO FOREIGN NATIONALS\n"
     "E.O. 13526: N/A\nTAGS: ASEC, NI\nSUBJECT: (U) RESIDENCE SECURITY\n\n1. (U) THE NEW RESIDENCE LEASES START IN "
     "JANUARY.\n\n2. (SBU) THE QUICK REACTION FORCE WILL STAGE AT THE IKOYI CLUB GATE.\n\nBROWN\n",
     ['THE QUICK REACTION FORCE WILL STAGE AT THE IKOYI CLUB GATE'], PARTNER, []),
    # 4 a record's level key after its text
    ('yaml-front-matter-lvl-after-text',
     "---\n# consular notes - export\nitems:\n  - day: 2026-10-02\n    text: |-\n      (U) The visa backlog fell to nine "
     "days.\n    lvl: U\n  - day: 2026-10-03\n    text: |-\n      The police liaison said the airport immigration chief "
     "sells\n      entry stamps to a trafficking network from Lagos.\n    lvl: S//NF\n...\n# banner: SECRET//NOFORN\n",
     ['entry stamps to a trafficking network from Lagos'], ALL, ['The visa backlog fell to nine days']),
]

# traps of the same shapes: they stay releasable
RELEASED = [
    ('unclassified-table-wrapped-row',
     "UNCLASSIFIED\n\n| Class | Item | Note |\n|---|---|---|\n| U | Fleet | The motor pool will rotate the vans during |\n"
     "| U | | the holiday period to spread the mileage evenly |\n\nUNCLASSIFIED\n",
     'the holiday period to spread the mileage evenly'),
    ('row-of-its-own-under-classified',
     "CONFIDENTIAL\n\n| Class | Port | Remarks |\n|---|---|---|\n| C | Bar | Harbor master said that the smugglers use the |\n"
     "| U | Kotor | cruise season ends in October this year |\n\nCONFIDENTIAL\n",
     'cruise season ends in October this year'),
    ('tsv-row-naming-its-own-entity',
     "UNCLASSIFIED//SBU\nno\tfirm\tmark\tremark\n1\tNorth Harbor Metals\t(U)\tfiled its annual report late this year\n"
     "2\tRiver Delta Shipping\t(SBU)\tMoves sanctioned crude through a transshipment hub paid by a bank in Dubai\n"
     "3\tCedar Point Ltd\t(U)\tnothing to report since the last quarterly review\nUNCLASSIFIED//SBU\n",
     'nothing to report since the last quarterly review'),
    ('section-break-finished-sentence',
     "SECRET\n\n1. (S) The minister approved the arms transfer on Monday.\n-- page 2 --\n(U)\n"
     "Staff will attend the reception at the residence.\n\nSECRET\n",
     'Staff will attend the reception at the residence'),
    ('yaml-level-u-under-secret-comment',
     "# SECRET//NOFORN\nitems:\n  - text: |\n      The clinic schedule is posted on the intranet.\n    level: U\n"
     "  - text: |\n      (S//NF) The source reports troop moves.\n    level: S//NF\n",
     None),
]


@pytest.mark.parametrize("case_id,text,withheld,levels,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("case_id,text,withheld,levels,released", [c for c in CASES if c[4]],
                         ids=[c[0] for c in CASES if c[4]])
def test_released(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,phrase", [t for t in RELEASED if t[2]], ids=[t[0] for t in RELEASED if t[2]])
def test_trap_released(case_id: str, text: str, phrase: str) -> None:
    assert_released(text, phrase)


def test_level_u_key_releases_nothing() -> None:
    """A `level: U` key never lowers: the record under a `# SECRET//NOFORN` comment stays as main reads it."""
    text = RELEASED[-1][1]
    assert_withheld(text, 'The source reports troop moves', ALL)
