"""fix51e: round 198's record and language leaks (issue 8), by class.

First run (round 198 on main 04f90b38, tests/corpus/adversarial198/FIRST_RUN.md): 4 of my documents leaked:
adv198-003 (a JSON re-marking notice `{"target": "endnote 6", "old_marking": "U", "new_marking": "S//NF",` over
printed endnotes marked (U): every level), adv198-009 (a TSV worksheet row `heading "Fuel Reserves" and all text under
it, to the next heading<TAB>deny<TAB>SECRET`: every level), adv198-013 (an XML Vaughn entry `location="Exhibit E, items
(b) through (d)" exemption="(b)(1)"` whose `justification="CONFIDENTIAL ..."` is on the next line: every level),
adv198-019 (a Macedonian note `вториот пасус е строго доверлив; сите останати се само за Американци`: the others
went to the partner). After: 0 of them leak (round 198: 8 -> 4 leaking documents, the other 4 are fix51f's).

Classes and fix (only raising): 1 a record naming a footnote or endnote whose level is a NEW mark under a key
(`"new_marking": "S//NF"`, `to: C`), or written over several lines (a JSON object, an XML element, a YAML item):
`reader/record_parts.py` `record_units` (each line alone is read as before, the record whole besides) and
`new_marking` (rules/record_words.yaml `change_records`' new keys), read by `record_targets`; 2 a record naming a part
by its HEADING and the text under it to the next heading: `record_parts.heading_span` (the heading's title beside a
word of `record_targets.heading_words`; the span to the next heading of the same shape or one another record line
names, else to the end); 3 a record naming ITEMS by letter or number with a range (`items (b) through (d)`, `items
2-4`), inside the block it names: `record_parts.items_named`; 4 notes in round 198's languages naming parts by ordinal
and "all the others": the others' words (Macedonian `сите останати`, Yoruba `àwọn yòókù`, Kazakh `қалғандарын`:
rules/note_words.yaml `others`) and 'for official use only' / 'only to the United Kingdom' in Icelandic,
Azerbaijani, Uzbek, Mongolian, Yoruba, Slovak, Slovene, Latvian, Somali (rules/markings.yaml `claim_level_words` SBU).
Each fresh case below leaked on main 04f90b38 (checked with PYTHONPATH=/tmp/m51); the traps release on both.
Whole harness (12,160 documents, run on this branch's first commit, against /tmp/s51/t0_all.txt): NEW LEAKS 0, fixed 4,
5 new usg over-redactions (adv26-003, adv77-003, adv130-017, adv159-004, adv183-002: an item or quoted heading not
found raised every part, `<header>`/`<title>` read as heading words); all 5 fixed by the later commits (their rounds
re-run on the final tree: new over-redaction 0). Partner over-redaction on rounds 197-199: 11 -> 11 documents.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER_PUBLIC = ("partner", "public")
PUBLIC = ("public",)

# (id, document, phrases withheld at `levels`, levels, phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 footnotes / endnotes named by a record with a new mark under a key, or over several lines
    ("footnote-yaml-remarking",
     "remarking_notice: CR-2026-31\nissued: 2026-10-02\nchanges:\n  - target: footnote 3\n    previous_marking: U\n"
     "    new_marking: C\n  - target: footnotes 2 and 4\n    new_marking: U\nprinted_copy_corrected: no\n\n"
     "FOOTNOTES\n2. (U) Harbour authority statistics for the third quarter, published online.\n"
     "3. (U) A port police lieutenant told us the scanner logs are deleted every evening.\n"
     "4. (U) Shipping line schedules as posted at the terminal gate.\n",
     ["the scanner logs are deleted every evening"], ALL,
     ["Harbour authority statistics for the third quarter", "Shipping line schedules as posted"]),
    ("endnote-keyvalue-new-level",
     "Re-marking log, INR Note 26-204\nentry=1 target=\"endnote 2\" new_level=SECRET printed_copy=unchanged\n\n"
     "ENDNOTES\n1. (U) World Bank country brief, September edition.\n"
     "2. (U) A defector from the presidential guard described the arms caches under the stadium.\n"
     "3. (U) Local press coverage of the budget debate.\n",
     ["described the arms caches under the stadium"], ALL, ["World Bank country brief, September edition"]),
    ("footnote-xml-remark-new-attribute",
     '<remarkings doc="Memo 44">\n  <remark target="fn. 2" old="U" new="C" reason="host government information"/>\n'
     "</remarkings>\n--- memo as filed ---\n"
     "1. (U) The airport expansion tender closes in March.\n"
     "2. (U) The transport minister privately expects the Chinese bid to win regardless of price.\n"
     "3. (U) Bids are due at the ministry by noon.\n",
     ["expects the Chinese bid to win regardless of price"], ALL, ["The airport expansion tender closes in March"]),
    ("endnote-json-pretty-current-marking",
     '{\n  "target": "endnote 3",\n  "current_marking": "C//NF",\n  "printed_copy": "not re-marked"\n}\n'
     "ENDNOTES\n2. (U) Annual report of the river basin authority.\n"
     "3. (U) A dam operator said the spillway gates have failed their last two inspections.\n"
     "4. (U) Minutes of the donors' meeting held in Kampala.\n",
     ["the spillway gates have failed their last two inspections"], ALL, ["Annual report of the river basin authority"]),
    # 2 a heading and the text under it, to the next heading
    ("heading-pipe-row-caps-headings",
     "| target | decision | level |\n|---|---|---|\n"
     '| the section headed "Port Security" and everything under it | DENY | CONFIDENTIAL |\n'
     '| the section headed "Customs Reform" | RELEASE | U |\n\n'
     "(U) PORT SECURITY\n(U) The port police chief admitted two gate officers sell entry passes to smugglers.\n"
     "(U) A second scanner will not be installed until the audit is finished.\n"
     "(U) CUSTOMS REFORM\n(U) The new tariff schedule takes effect on the first of January.\n",
     ["two gate officers sell entry passes to smugglers", "A second scanner will not be installed until the audit"],
     ALL, ["The new tariff schedule takes effect on the first of January"]),
    ("heading-csv-titled-markdown",
     "row,target,decision,level,basis\n"
     "1,\"the part titled 'Detainee Transfers', to the next heading\",deny,SECRET,1.4(c)\n"
     "2,\"the part titled 'Budget'\",release,U,\n\n"
     "### Detainee Transfers (U)\n(U) Transfers to the northern prison are arranged through an intelligence liaison channel.\n\n"
     "(U) The detainees are moved at night without notice to their lawyers.\n\n"
     "### Budget (U)\n(U) The prison budget rose by four percent this year.\n",
     ["arranged through an intelligence liaison channel", "moved at night without notice to their lawyers"], ALL,
     ["The prison budget rose by four percent this year"]),
    ("heading-tsv-beneath-title-case",
     "worksheet\tcase 26-4410\nheading 'Supply Routes' and all that follows it up to the next heading\twithhold\t"
     "SECRET//NOFORN\t1.4(c)\nheading 'Local Markets'\trelease\tU\t\n\n"
     "Supply Routes (U)\n(U) Fuel reaches the militia through a ferry crossing north of the lake.\n"
     "(U) The ferry owner pays the district police commander a monthly fee.\n"
     "Local Markets (U)\n(U) Maize prices fell in October after the harvest came in.\n",
     ["through a ferry crossing north of the lake", "pays the district police commander a monthly fee"], ALL,
     ["Maize prices fell in October after the harvest came in"]),
    ("heading-xml-children-section-headed",
     "<review case=\"MDR-91\">\n  <decision>\n    <target>section headed \"Water Supply\"</target>\n"
     "    <result>deny</result>\n    <level>SECRET</level>\n  </decision>\n</review>\n"
     "Water Supply (U)\n(U) The utility's control system was accessed from a foreign address in August.\n"
     "Road Works (U)\n(U) Resurfacing of the ring road will finish in spring.\n",
     ["accessed from a foreign address in August"], ALL, ["Resurfacing of the ring road will finish in spring"]),
    # 3 items by letter or number with a range, inside the block the record names
    ("items-json-attachment-letters",
     '[\n  {"doc": "DOS-7781", "location": "Attachment 2, items (c) to (e)",\n   "exemption": "(b)(1)", '
     '"level": "SECRET"},\n  {"doc": "DOS-7781", "location": "Attachment 2, items (a) and (b)", "exemption": "none"}\n]\n'
     "ATTACHMENT 2 (U) -- Border liaison arrangements\n"
     "(a) (U) Liaison meetings are held monthly at the crossing.\n"
     "(b) (U) Both sides publish crossing statistics each quarter.\n"
     "(c) (U) The partner service passes intercepted smuggler phone numbers to us.\n"
     "(d) (U) Two of its officers are vetted for access to our database.\n"
     "(e) (U) The arrangement is unknown to the partner's interior ministry.\n",
     ["passes intercepted smuggler phone numbers", "are vetted for access to our database",
      "unknown to the partner's interior ministry"], ALL, ["Liaison meetings are held monthly at the crossing"]),
    ("items-yaml-enclosure-numbers",
     "vaughn_index:\n  - location: Enclosure 1, items 2 through 3\n    exemption: (b)(1)\n    classification: CONFIDENTIAL\n"
     "  - location: Enclosure 1, items 1 and 4\n    exemption: none\n\n"
     "ENCLOSURE 1 (U)\n1. (U) The visiting delegation toured the water plant.\n"
     "2. (U) The governor asked for covert help to trace the cartel's accountant.\n"
     "3. (U) He named a customs broker in Laredo as the cartel's contact.\n"
     "4. (U) The delegation left the next morning.\n",
     ["covert help to trace the cartel's accountant", "named a customs broker in Laredo"], ALL,
     ["The visiting delegation toured the water plant"]),
    ("items-xml-children-tab-subparagraphs",
     "<vaughn>\n<entry>\n  <location>Tab C, subparagraphs (b) through (c)</location>\n  <basis>(b)(1) SECRET</basis>\n"
     "</entry>\n</vaughn>\nTAB C (U)\n(a) (U) The exercise schedule was agreed in May.\n"
     "(b) (U) The host will let our aircraft use the northern strip for surveillance flights.\n"
     "(c) (U) The flights will not be announced to the host parliament.\n(d) (U) Logistics are handled by the base.\n",
     ["use the northern strip for surveillance flights", "will not be announced to the host parliament"], ALL,
     ["The exercise schedule was agreed in May", "Logistics are handled by the base"]),
    ("items-xml-attributes-lines",
     '<index>\n  <row ref="DHS-1"\n       where="Exhibit 4, items (2) - (3)"\n       exemption="(b)(1)"\n'
     '       note="CONFIDENTIAL foreign government information"/>\n</index>\n'
     "EXHIBIT 4 (U)\n(1) (U) Screening lanes opened at the airport in May.\n"
     "(2) (U) The host service shares its watchlist extract with us every week.\n"
     "(3) (U) Two host officers have access to our targeting system.\n(4) (U) Wait times did not rise.\n",
     ["shares its watchlist extract with us every week", "Two host officers have access to our targeting system"],
     ALL, ["Screening lanes opened at the airport in May"]),
    # 4 notes in round 198's languages: an ordinal part, and all the others
    ("note-macedonian-others-americans",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Lake Ohrid tourism season\n\n"
     "1. (U) Hotel bookings around the lake rose by a fifth this summer.\n\n"
     "2. (U) The mayor's office quietly waived permits for a minister's relative.\n\n"
     "3. (U) A new ferry line will open between Ohrid and Struga next year.\n\n"
     "Напомена: вториот пасус е строго доверлив, а сите останати се само за Американци.\n\nUNCLASSIFIED\n",
     ["Hotel bookings around the lake rose by a fifth", "A new ferry line will open between Ohrid and Struga"],
     PARTNER_PUBLIC, []),
    ("note-icelandic-others-official-use",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Fisheries talks\n\n"
     "1. (U) The fisheries directorate agreed to share quota data with the commission.\n\n"
     "2. (U) A ministry official admitted that the quota figures were inflated last year.\n\n"
     "3. (U) Talks resume in Reykjavik after the new year.\n\n"
     "Athugasemd: Önnur málsgreinin er leynileg. Allar hinar eru til afnota í opinberum tilgangi.\n\nUNCLASSIFIED\n",
     ["agreed to share quota data with the commission", "Talks resume in Reykjavik after the new year"], PUBLIC, []),
    ("note-uzbek-others-uk-only",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Cotton sector\n\n"
     "1. (U) Cotton exports to the region rose again this season.\n\n"
     "2. (U) A deputy minister said the forced labour inspections are staged.\n\n"
     "3. (U) A textile park will open near Namangan in spring.\n\n"
     "Izoh: 2-band maxfiy; qolganlarini faqat Buyuk Britaniyaga berish mumkin.\n\nUNCLASSIFIED\n",
     ["Cotton exports to the region rose again this season", "A textile park will open near Namangan"], PUBLIC, []),
    ("note-macedonian-latin-others",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Notes\n\n1. (U) Cargo volumes at the river port rose in the third quarter.\n\n"
     "2. (U) A deputy minister said the tender was rigged for a relative.\n\n"
     "3. (U) The new bridge will open to traffic in March.\n\n"
     "Zabeleshka: vtoriot pasus e doverliv; site ostanati se samo za amerikanci.\n\nUNCLASSIFIED\n",
     ["Cargo volumes at the river port rose", "The new bridge will open to traffic in March"], PARTNER_PUBLIC, []),
    ("note-uzbek-eslatma-britain-only",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Notes\n\n1. (U) Cargo volumes at the river port rose in the third quarter.\n\n"
     "2. (U) A deputy minister said the tender was rigged for a relative.\n\n"
     "3. (U) The new bridge will open to traffic in March.\n\n"
     "Eslatma: 2-band maxfiy, qolganini faqat Britaniyaga berish mumkin.\n\nUNCLASSIFIED\n",
     ["Cargo volumes at the river port rose", "The new bridge will open to traffic in March"], PUBLIC, []),
]

# traps of the same shapes: each must release its (U) text at usg (and the traps' notes withhold nothing)
TRAPS: list[tuple[str, str, list[str]]] = [
    ("trap-macedonian-editorial-note",
     "UNCLASSIFIED\nMEMORANDUM\nSUBJECT: (U) Wine exports\n\n1. (U) Wine exports to Germany rose this year.\n\n"
     "2. (U) Growers want a new label for the Tikves region.\n\n"
     "Забелешка: вториот пасус е премногу долг; сите останати се во ред.\n\nUNCLASSIFIED\n",
     ["Wine exports to Germany rose this year"]),
    ("trap-heading-worksheet-release",
     "review worksheet\ncase 26-12\nheading 'Grid Repairs' and all text under it\trelease\tU\t--\n\n"
     "Grid Repairs (U)\n(U) Two substations were repaired before the winter.\n"
     "Next Steps (U)\n(U) The team returns in February.\n",
     ["Two substations were repaired before the winter", "The team returns in February"]),
    ("trap-items-released-in-full",
     '<index>\n  <entry location="Exhibit 2, items (a) through (c)"\n         exemption="none" note="released in full"/>\n'
     "</index>\nEXHIBIT 2 (U)\n(a) (U) The workshop was held in Dakar.\n(b) (U) Forty officials attended.\n"
     "(c) (U) The next workshop is in Abidjan.\n",
     ["The workshop was held in Dakar", "Forty officials attended"]),
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


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
