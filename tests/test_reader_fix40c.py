"""fix40c: notes in other languages, unlisted list verbs, a YAML `level:` key, enclosure lists (issue 8).

First run on lead40 (main 7348326 + rounds 163-165): 18 documents of the brief leaked (adv150-027/028, adv152-033,
adv154-030, adv156-001/002/004/006, adv164-001/003/004/006/008/039/040/052, adv165-018); after: 0 of them.

Fix, only raising: 1 `reader/foreign_level_sentences.py` (new): a sentence (cut at sentence ends, a portion mark, a
colon) of another language with a level word of `level_words`, a word naming text and few English words is a claim
(the rules' level words gained Low German `geheem`, Friulian `segret`, Corsican `secretu`, Jèrriais `sécrêt`,
Walloon `do secret`, Ladin `ie secret`, Tatar `яшерен`, `tres secret`, `ultrassecreto`; `refers_abroad` Faroese
`parturin`, Jèrriais `pathagraphe`, Limburgish `berich`); 2 `governing_statements`: an item named by its number and a
level one or two words after it ("item 3 graduates to S//NF", "bullet two wears a C"), and `bullet N` as a target;
3 `yaml_export`: a record's `level:` key whose value is a marking marks it; 4 `reader/enclosure_lists.py` (new):
`Encl: (2) ... (SECRET)` raises the portions under the `ENCLOSURE (2)` heading.
Every case below was written fresh (not a corpus document) and its withheld check fails on main 7348326.
Whole harness (9,953 documents) against main's first runs: no new leak; 17 documents fixed; over-redaction 2,849 ->
2,862, the 13 new being fixed documents whose note raises every portion it could mean (in KNOWN_OVER_REDACTION).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

_MEMO = ("UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Harbour visit\n\n"
         "1. (U) The harbour master showed us the new quay.\n\n"
         "2. (U) He said the customs chief takes money from two Albanian shipping lines.\n\n"
         "3. (U) The next visit is set for June.{note3}\n\n{note}UNCLASSIFIED\n")

# (id, document, phrases withheld at every level, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ('low-german-second-sentence',
     _MEMO.format(note3=" Dat tweete Afsnitt is geheem un blifft bi uns", note=""),
     ['takes money from two Albanian shipping lines'], []),
    ('friulian-own-line',
     _MEMO.format(note3="", note="Il secont paragraf al è segret, no par i forescj.\n\n"),
     ['takes money from two Albanian shipping lines'], []),
    ('corsican-after-mark',
     _MEMO.format(note3=" (U) u paragrafu 2 hè secretu per tutti", note=""),
     ['takes money from two Albanian shipping lines'], []),
    ('french-point-tres-secret',
     _MEMO.replace("2. (U) He said", "Point 2. (U) He said").format(
         note3="", note="Mot du colonel : le point 2 reste Tres Secret et ne sort pas du ministere.\n\n"),
     ['takes money from two Albanian shipping lines'], []),
    ('item-verb-climbs',
     "SECRET//NOFORN\nSubject: weekly items\n\n(U) Items for the weekly:\n1. (U) The ferry resumed service.\n"
     "2. (U) A police colonel sells passports to Syrian smugglers.\n3. (U) The fair opens Monday.\n\n"
     "Note: item 2 climbs to S//NF - cleared by J2 today.\n\nSECRET//NOFORN\n",
     ['sells passports to Syrian smugglers'], []),
    ('yaml-level-key-after-block',
     "---\n# Consulate field log\nlog:\n  - day: 2026-12-01\n    text: |\n      (U) The port reopened.\n    level: U\n"
     "  - day: 2026-12-02\n    text: |+\n      The governor admitted the militia guards the mine\n"
     "      and takes a cut of every truck.\n\n    level: S//NF\n...\n# banner: SECRET//NOFORN\n",
     ['takes a cut of every truck'], []),
    ('enclosure-list-confidential',
     "UNCLASSIFIED\n\nFrom: Director\nTo: Records Office\nSubj: FORWARDING OF FILES\nEncl: (1) Cover note (U)\n"
     "      (2) Embassy memo of 4 May 2020 (CONFIDENTIAL) - its markings were lost in copying\n\n"
     "1. (U) Enclosure (2) is forwarded for review.\n\nENCLOSURE (1)\n(U) Please file the memo under 2020.\n\n"
     "ENCLOSURE (2)\nMEMO\nThe minister's brother owns the cement importer that won every road tender.\n\n"
     "UNCLASSIFIED\n",
     ['owns the cement importer that won every road tender'], ['Enclosure (2) is forwarded for review']),
]

# traps of the same shapes that must still release (each passes on main too)
RELEASED: list[tuple[str, str, str]] = [
    ('spanish-table-booked-para',
     "UNCLASSIFIED\nChat export\n11/02/26, 09:00 - Ana Ruiz: (U) Tengo una mesa reservada para las dos en el puerto.\n"
     "11/02/26, 09:05 - Tom Hale: (U) Perfect, see you there.\nUNCLASSIFIED\n",
     'see you there'),
    ('item-verb-no-level',
     "UNCLASSIFIED\n(U) Items:\n1. (U) The ferry resumed service.\n2. (U) The fair opens Monday.\n\n"
     "Note: item 2 moves to the printer tomorrow.\n\nUNCLASSIFIED\n",
     'The fair opens Monday'),
    ('yaml-level-not-a-marking',
     "entries:\n  - day: 2026-12-01\n    classification: U\n    text: (U) The port reopened.\n    level: 3\n",
     'The port reopened'),
    ('enclosure-list-unclassified',
     "UNCLASSIFIED\n\nSubj: FILES\nEncl: (1) Cover note (UNCLASSIFIED)\n\n1. (U) Enclosure (1) is forwarded.\n\n"
     "ENCLOSURE (1)\n(U) The archive opens at nine on weekdays.\n\nUNCLASSIFIED\n",
     'The archive opens at nine on weekdays'),
]


# (the YAML `level:` keys were reverted before landing: under a `# SECRET//NOFORN` comment, `level: U` records were
# released, review40z b01-b03, tests/test_reader_lead40.py; this case is a known leak again, like adv164-052)
_REVERTED: dict[str, str] = {}  # (fix41c: reader/level_keys.py raises from `level:` keys, never lowers: withheld again)


@pytest.mark.parametrize("case_id,text,withheld,released", [
    pytest.param(*c, marks=[pytest.mark.xfail(strict=True, reason=_REVERTED[c[0]])] if c[0] in _REVERTED else [])
    for c in CASES], ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,withheld,released", [c for c in CASES if c[3]], ids=[c[0] for c in CASES if c[3]])
def test_released_beside(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,phrase", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, text: str, phrase: str) -> None:
    assert_released(text, phrase)
