"""fix48b: the UK's names in partial_releases.py and withdrawn_members.py come from the rules' one list (issue 8 debt).

fix47e wrote its own UK regex (UK, Britain, British, HMG, Whitehall ...) in reader/partial_releases.py, a second
copy of markings.yaml's `uk_government_names`. Both readers now read every name of the one list
(`VocabularyNames.uk_names`: the list's code, seats, offices and statement names, and the `country_names` naming
the UK), so a UK release limited to parts, or the UK leaving a community, is read when it names the UK by a ministry,
service or building too. First run: this branch's own (no corpus document changes reading: readdiff 0 of 11,405).
The cases below are fresh, each released at the partner level on main 9e2f225b (/tmp/m48: 3 of 3 fail there) and
withheld here, with traps of the same shapes that must still be released (both trees release them).
"""
from __future__ import annotations

import pytest

from released import assert_released, level_case_tests

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ('partial-release-to-the-fcdo',
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) Port visit planning\n\n"
     "1. (SBU) The frigate will take on fuel at the outer mole on the morning of the 9th.\n\n"
     "2. (SBU) The harbour pilot has been passing berth lists to a smuggling crew.\n\n"
     "3. (U) Post may pass paragraph 1 to the FCDO desk officer.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     ["passing berth lists to a smuggling crew"], PARTNER, ["Post may pass paragraph 1"]),
    ('partial-release-to-his-majestys-government',
     "CUI\n\nSUBJECT: (U) Border data exchange\n\n"
     "Table 1: Crossing counts\n(CUI) North gate 412 vehicles, south gate 388 vehicles\n\n"
     "Table 2: Watch list hits\n(CUI) Two hits on the northern gate matched a trafficking network's drivers\n\n"
     "(U) Table 1 may be provided to His Majesty's Government through the liaison cell.\n\nCUI\n",
     ["Two hits on the northern gate matched"], PARTNER, ["through the liaison cell"]),
    ('withdrawn-home-office-left-the-pilot',
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) BLUE LANTERN data pilot\n\n"
     "1. (U) The SBU in this memo may be shared with BLUE LANTERN pilot participants.\n\n"
     "2. (U) The Home Office withdrew from BLUE LANTERN in September.\n\n"
     "3. (SBU) The airline's booking data show three couriers using the same credit card.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     ["three couriers using the same credit card"], PARTNER, []),
]

# (id, level, document, phrase that level must still release)
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-fcdo-named-every-part', "partner",
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) Port visit planning\n\n"
     "1. (SBU) The frigate will take on fuel at the outer mole on the morning of the 9th.\n\n"
     "2. (SBU) The tug crews will be briefed on the berthing plan the evening before.\n\n"
     "3. (U) Post may pass paragraphs 1 and 2 to the FCDO desk officer.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     "The tug crews will be briefed on the berthing plan"),
    ('trap-home-office-left-another-pilot', "partner",
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) BLUE LANTERN data pilot\n\n"
     "1. (U) The SBU in this memo may be shared with BLUE LANTERN pilot participants.\n\n"
     "2. (U) The Home Office withdrew from an unrelated visa study in September.\n\n"
     "3. (SBU) The pilot's dashboards will be upgraded in the spring.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     "The pilot's dashboards will be upgraded in the spring"),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,level,text,phrase", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_still_released(case_id: str, level: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, level)
