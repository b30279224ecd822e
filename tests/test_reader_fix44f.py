"""fix44f: structured exports whose header, meta record, comment or front matter states a level govern every record;
a record's own level field only raises (issue 8, round 178 second wave).

Open leaks on lead44 (main b77dc9ec + fix44a-d): adv178-002 (an NDJSON `_meta` line SECRET//NOFORN over `"level":
"U"` records, with an `_end` line of words: an unmarked record was taken to justify the header), adv178-010 (front
matter `remarks: Overall classification of this page is CONFIDENTIAL` over `level: U` entries inside it), adv178-012
(a nested `metadata` object whose `classified_by` value, read first, hid its `banner: TOP SECRET//NOFORN`),
adv178-060 (a SQL dump under `-- CLASSIFICATION: UNCLASSIFIED` whose row `(3,'SBU','...')` went to the public: the
row's level column was never read); review44ab j02 (`"header": {"classification": "SECRET//REL TO USA, GBR"}`, an
object holding only its marking, was lifted to the top-level object and so read as no header) and j04 (a top-level
`"classification": "SECRET"` under which a nested `"level": "TS"` record made the header read as justified, so a
`"level": "U"` record was released).

Fix, only raising: json_export's header is every object outside arrays whose own classification or banner keys state
a valid marking (each key counts, not the first), it governs every other record of the text, and it is taken as
justified (main's reading) only where the records' own marks roll up to exactly it (an unmarked record justifies
nothing); level_keys takes a level a front matter states in words as the document's level for `level: U` records;
sql_level_columns (new) raises an INSERT row to the level its `level` column names (from the INSERT's column list
or the table's CREATE TABLE). Each case of CASES fails on lead44 (6 of 6, checked with PYTHONPATH at its tree);
the release cases (traps of the same shapes, and a header its records justify exactly) pass on both.
Measured against lead44: round 178 14 -> 10 leaking documents (002, 010, 012, 060 fixed); review44ab docs j02, j04
fixed (0 new leaks); the 286 export documents of every round (JSON and JSON lines, SQL INSERTs, front matter with
level keys: all that the three changed readers can touch) 4 fixed, 0 new leaks, over-redaction 151 -> 151.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PUBLIC = ("public",)

# (id, document, phrases withheld at `levels`, levels, phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ('json-marking-only-header-object',
     '{\n  "meta": {"classification": "CONFIDENTIAL//NOFORN"},\n  "entries": [\n'
     '    {"seq": 7, "classification": "UNCLASSIFIED", "body": "Customs chief admitted the scanner logs are falsified weekly."},\n'
     '    {"seq": 8, "classification": "UNCLASSIFIED", "body": "Smuggling ring pays the night shift through a cousin."}\n'
     '  ]\n}\n',
     ['scanner logs are falsified weekly', 'pays the night shift through a cousin'], ALL, []),
    ('json-top-level-header-below-nested-record',
     '{\n  "classification": "CONFIDENTIAL",\n  "items": [\n'
     '    {"no": 1, "cls": "U", "note": "Staff picnic moved indoors.", "child": {"cls": "S", "note": "Defector hides in the Riga safehouse flat."}},\n'
     '    {"no": 2, "cls": "U", "note": "Informant drives the grey van on Fridays to Tartu."}\n'
     '  ]\n}\n',
     ['Informant drives the grey van on Fridays', 'Defector hides in the Riga safehouse'], ALL, []),
    ('ndjson-meta-and-trailer-with-words',
     '{"header": {"feed": "ops log", "classification": "SECRET"}}\n'
     '{"n": 1, "level": "U", "msg": "Asset HALCYON reported the convoy will leave at dawn."}\n'
     '{"n": 2, "level": "U", "msg": "HALCYON was paid from the discretionary account this week."}\n'
     '{"trailer": {"count": 2, "comment": "log closed by the duty officer at the usual hour"}}\n',
     ['convoy will leave at dawn', 'paid from the discretionary account'], ALL, []),
    ('json-nested-banner-after-unreadable-classified-by',
     '{\n  "info": {\n    "classified_by": "J2 deputy, see 1.4(a)",\n    "overall_banner": "SECRET//NOFORN",\n'
     '    "app": "TrackBoard"\n  },\n  "rows": [\n'
     '    {"key": "R1", "classification": "UNCLASSIFIED", "text": "Radar picket moved north of the lake on the fourth."},\n'
     '    {"key": "R2", "classification": "UNCLASSIFIED", "text": "Second battery rotates its crews every nine days."}\n'
     '  ]\n}\n',
     ['Radar picket moved north of the lake', 'Second battery rotates its crews'], ALL, []),
    ('front-matter-comment-states-secret-over-level-u',
     '---\ntitle: Source register\nsummary: "This register is classified SECRET overall; entry levels are out of date."\n'
     'entries:\n  - level: U\n    text: "Harbour pilot reports the tanker switched flags off Malta"\n'
     '  - level: U\n    text: "Pilot was paid twice by the station in October"\n---\n\n'
     '# Register\n\n(U) The port calendar is public.\n',
     ['tanker switched flags off Malta', 'Pilot was paid twice by the station'], ALL, []),
    ('sql-row-level-les-with-column-list',
     '-- CLASSIFICATION: UNCLASSIFIED\n'
     "INSERT INTO `log` (`id`, `note`, `sec_level`) VALUES (10,'Ambassador opened the trade fair at noon','U');\n"
     "INSERT INTO `log` (`id`, `note`, `sec_level`) VALUES (11,'Police informant list for the fair perimeter attached','LES');\n",
     ['Police informant list for the fair perimeter'], PUBLIC, ['Ambassador opened the trade fair at noon']),
]

# (id, document, phrases released at every level)
RELEASE: list[tuple[str, str, list[str]]] = [
    ('sql-unclassified-rows-u',
     '-- CLASSIFICATION: UNCLASSIFIED\nCREATE TABLE `t` (`id` int, `level` char(2), `note` text);\n'
     "INSERT INTO `t` VALUES (1,'U','Embassy closes for the national holiday on Friday');\n"
     "INSERT INTO `t` VALUES (2,'U','Visa section resumes normal hours next Monday');\n",
     ['Embassy closes for the national holiday on Friday', 'Visa section resumes normal hours next Monday']),
    ('json-unclassified-header-records-u',
     '{\n  "meta": {"classification": "UNCLASSIFIED", "tool": "Board"},\n  "records": [\n'
     '    {"id": 1, "level": "U", "text": "Library hours change for the winter season."},\n'
     '    {"id": 2, "level": "U", "text": "Cafeteria serves soup on Tuesdays and Thursdays."}\n  ]\n}\n',
     ['Library hours change for the winter season', 'Cafeteria serves soup on Tuesdays']),
]

# (id, document, phrases released at usg): a header its records justify exactly (main's reading stands)
JUSTIFIED: list[tuple[str, str, list[str]]] = [
    ('ndjson-meta-confidential-justified',
     '{"_meta": {"system": "notes", "classification": "CONFIDENTIAL"}}\n'
     '{"id": 1, "level": "U", "text": "The festival opens on the main square next week"}\n'
     '{"id": 2, "level": "C", "text": "Governor privately plans to dismiss the police chief"}\n',
     ['The festival opens on the main square next week']),
]


@pytest.mark.parametrize("text,withheld,levels,released", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_header_governs(text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("text,released", [pytest.param(*c[1:], id=c[0]) for c in RELEASE])
def test_unclassified_exports_release(text: str, released: list[str]) -> None:
    for phrase in released:
        for level in ALL:
            assert_released(text, phrase, level)


@pytest.mark.parametrize("text,released", [pytest.param(*c[1:], id=c[0]) for c in JUSTIFIED])
def test_justified_header_releases_u_records(text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
    assert_withheld(text, 'Governor privately plans to dismiss the police chief', ALL)
