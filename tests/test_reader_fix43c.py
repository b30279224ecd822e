"""fix43c: page heads in any case, handling lines with data, negated release sentences, front-matter record levels,
notes in other languages that name two parts (issue 8), by class.

First run (main 469c2454): round 172's four open leaks (adv172-004 a cable's section break copied in lower case
mid-sentence, then a bare (U); adv172-008 `DISSEMINATION LIMITED TO USG` in an all-caps UNCLAS cable; adv172-044 and
adv172-048, a Kazakh and a Thai note naming the second and third paragraphs) and the reviewers' old leaks still open
on main: review42y c04, m01-m10, p01, h02 (a handling statement main knows followed by data on its line, in a cable's
header zone or after any separator: printed as a header field), review42c d01 (a front-matter `level: U` record
under `classification: SECRET//NOFORN`), review42c h13 (`not releasable to the United Kingdom or releasable to Canada
only` read GBR into the list). After: all of them withheld.

Fix, by class, only raising: (1) `resumed_portions`: a cut paragraph that ends on page-head lines the reader kept in it
(any case) is read without them too (main's reading kept beside); (2) `cable_header.take_handling_statement`: a line
holding a statement and anything else is never a header field, anywhere; rules/markings.yaml reads `DISSEMINATION
(DISTRIBUTION, RELEASE) LIMITED TO USG`; (3) `evidence.take_controls_in_words`: a country named after a negation
(rules `release_negations`) is never in the list; (4) `level_keys`: a `level:` key naming no higher level leaves its
record's text at the document's level; (5) rules/note_words.yaml `conjunctions` by language and Kazakh/Kyrgyz words;
`scope_exact._listed_places` reads places listed after a conjunction without their noun (`ย่อหน้าที่สองและที่สาม`).
The cases below are my own, written fresh (each fails on main), with traps of the same shapes that must still release.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, level_case_tests

PARTNER = ("partner", "public")

# (id, document, phrases withheld at `levels`, levels, phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 a reprinted section head or page head in lower case inside a sentence, then a bare mark
    ('section-break-lower-case',
     "CONFIDENTIAL\nSIPDIS\nE.O. 13526: DECL: 05/02/2035\nTAGS: PGOV, KE\nSUBJECT: Coastal security talks\n\n"
     "1. (U) The coast guard commander hosted the delegation in Mombasa on Monday.\n\n"
     "2. (C) The commander admitted privately that two patrol boats were sold last year to a smuggling network run by "
     "a\nconfidential\nsection 2 of 4 nairobi 004417\n(U)\nSomali trader close to a county governor, and that the sale was "
     "hidden from auditors.\n\n3. (U) The delegation will return in the autumn.\nHALL\n",
     ["Somali trader close to a county governor"], ALL,
     ["The coast guard commander hosted the delegation", "The delegation will return in the autumn"]),
    ('page-head-title-case',
     "SECRET\nSIPDIS\nTAGS: PREL, UP\nSUBJECT: Grain corridor\n\n1. (U) Shipping resumed from Odesa on Tuesday.\n\n"
     "2. (S) A port official said the navy escorts will stop at the end of the month because the fleet is moving "
     "toward\nSecret\nSection 03 Of 05 Kyiv 002231\n(U)\nCrimean southern approaches where drones were seen last week.\n\n"
     "3. (U) Insurance rates fell slightly.\n",
     ["Crimean southern approaches where drones were seen last week"], ALL,
     ["Shipping resumed from Odesa on Tuesday", "Insurance rates fell slightly"]),
    # 2 a handling statement and data on one line: never a header field
    ('handling-data-cable-header',
     "S E C R E T LAGOS 000912\n\nE.O. 13526: DECL: 01/01/2036\nTAGS: PINR, NI\n"
     "NO FOREIGN DISSEM // CASE 88-Q TARIQ ALVI 1400Z APAPA WHARF\nSUBJECT: HARBOR CONTACTS\n\n"
     "1. (S) THE CONTACT WILL REPORT AGAIN ON FRIDAY.\n\n2. (U) THE PORT REOPENED ON MONDAY.\n",
     ["CASE 88-Q TARIQ ALVI 1400Z APAPA WHARF"], ALL, ["THE PORT REOPENED ON MONDAY"]),
    ('handling-data-memo-semicolon',
     "SECRET\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Meeting notes\n\n(S) The team will meet the contact on Thursday.\n\n"
     "NOT RELEASABLE TO FOREIGN NATIONALS; ASSET ORCHID 2215Z 09 JUN MOMBASA\n\n"
     "(U) The visiting delegation toured the port.\n\nSECRET\n",
     ["ASSET ORCHID 2215Z 09 JUN MOMBASA"], ALL, ["The visiting delegation toured the port"]),
    ('distribution-limited-to-us-government',
     "UNCLAS SECTION 01 OF 01 ACCRA 000455\nSENSITIVE\nSIPDIS\nDISTRIBUTION LIMITED TO THE US GOVERNMENT\n"
     "TAGS: PGOV, GH\nSUBJECT: DISTRICT ELECTION DISPUTE\n\n1. (U) THE ELECTORAL COMMISSION PUBLISHED RESULTS ON MONDAY.\n\n"
     "2. (SBU) A COMMISSIONER SAID TWO RETURNING OFFICERS WERE PAID TO CHANGE THE TALLY SHEETS.\n\nDAVIS\n",
     ["A COMMISSIONER SAID TWO RETURNING OFFICERS WERE PAID"], PARTNER,
     ["THE ELECTORAL COMMISSION PUBLISHED RESULTS ON MONDAY"]),
    # 3 a negated release never adds the country it negates
    ('negated-release-britain',
     "SENSITIVE BUT UNCLASSIFIED\n\nThis summary is not releasable to Britain or releasable to New Zealand only\n\n"
     "the contact says the harbour police ignore the night shipments.\n",
     ["the contact says the harbour police ignore the night shipments"], ("partner",), []),
    # 4 a record's own level never reads lower than the front matter above it
    ('front-matter-level-u-record',
     "---\nclassification: CONFIDENTIAL\nentries:\n  - text: |\n      The ambassador met the opposition leader at the "
     "residence.\n    level: UNCLASSIFIED\n  - text: |\n      the opposition leader named three judges who take bribes.\n"
     "    level: U\n...\n",
     ["the opposition leader named three judges who take bribes"], ALL, []),
    # 5 a note in another language naming two parts
    ('kazakh-note-conjunction-men',
     "UNCLASSIFIED\nEmbassy Astana\nSubject: Regional visit\n\n(U) The governor opened the new trade centre.\n\n"
     "(U) An aide said the governor's nephew controls the customs post at Khorgos.\n\n"
     "(U) The aide added that two inspectors were dismissed for refusing bribes.\n\n(U) The visit ended with a dinner.\n\n"
     "Ескерту: екінші мен үшінші абзацтар құпия.\n\nUNCLASSIFIED\n",
     ["the governor's nephew controls the customs post", "two inspectors were dismissed for refusing bribes"], ALL,
     ["The governor opened the new trade centre", "The visit ended with a dinner"]),
    ('thai-note-item-and-item',
     "UNCLASSIFIED\nConsulate Chiang Mai\nSubject: Provincial meeting\n\n(U) The governor welcomed the consul.\n\n"
     "(U) The police chief said officers escort trucks of methamphetamine to the border each week.\n\n"
     "(U) He said the district chief takes a share of every shipment.\n\n(U) The consul thanked the governor.\n\n"
     "หมายเหตุ: ข้อที่สอง และ ที่สาม เป็นความลับ\n\nUNCLASSIFIED\n",
     ["officers escort trucks of methamphetamine", "the district chief takes a share"], ALL,
     ["The governor welcomed the consul", "The consul thanked the governor"]),
]

# traps of the same shapes: released as main releases them
TRAPS: list[tuple[str, str, list[str], str]] = [
    ('section-break-between-whole-paragraphs',
     "SECRET\nSIPDIS\nTAGS: PREL, MG\nSUBJECT: Mining talks\n\n1. (S) The adviser said the deal depends on prepayment.\n"
     "secret\nsection 02 of 02 ulaanbaatar 000811\n2. (U) Post will report on the outcome of the talks.\n",
     ["Post will report on the outcome of the talks"], "usg"),
    ('handling-line-alone-stays-field',
     "S E C R E T LAGOS 000913\n\nTAGS: PINR, NI\nNOT RELEASABLE TO FOREIGN NATIONALS\nSUBJECT: HARBOR VISIT\n\n"
     "1. (U) THE PORT REOPENED ON MONDAY.\n",
     ["THE PORT REOPENED ON MONDAY"], "usg"),
    ('release-list-names-britain',
     "SENSITIVE BUT UNCLASSIFIED\n\nThis summary is releasable to Canada and the United Kingdom only\n\n"
     "the contact says the harbour police ignore the night shipments.\n",
     ["the contact says the harbour police ignore the night shipments"], "partner"),
    ('front-matter-unclassified-level-u',
     "---\nclassification: UNCLASSIFIED\nentries:\n  - text: |\n      The ambassador opened the new library.\n"
     "    level: U\n...\n",
     ["The ambassador opened the new library"], "usg"),
    ('thai-note-one-paragraph',
     "UNCLASSIFIED\nConsulate Chiang Mai\nSubject: Provincial meeting\n\n(U) The governor welcomed the consul.\n\n"
     "(U) The police chief discussed road safety.\n\n(U) The consul thanked the governor.\n\n"
     "หมายเหตุ: ย่อหน้าที่สองเป็นความลับ\n\nUNCLASSIFIED\n",
     ["The consul thanked the governor"], "usg"),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,text,released,level", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, text: str, released: list[str], level: str) -> None:
    for phrase in released:
        assert_released(text, phrase, level)
