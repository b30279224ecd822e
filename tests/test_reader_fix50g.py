"""fix50g: round 196's leaks (issue 8) by class: release lists that leave out the UK by a named grouping, stated in a
document's container metadata or in a table, and an SQL schema's default.

Classes (round 196's first run on main `e8e4ac0d`: 7 of 66 documents leaked at partner, one at every level): 1 a
grouping's name in a REL TO list (`CUI//REL TO QUAD`: the marking grammar dropped an unknown name and read plain CUI);
2 container metadata setting a control above the parts: a LaTeX running head (`\\fancyhead[C]{CUI//REL TO QUAD}`), a
page text's running head (`FOUO | Releasable to GCC host nations | Page 1 of 2`), a mail header (`X-Releasability: LES -
Weimar Triangle partners (FRA, DEU, POL)`), a chat export's sensitivity label (`Sensitivity label: CUI//NOFORN`);
3 an intersection of two groupings (`NATO allies that are also EU members`: it holds the UK only if both do); 4 a
release matrix by nationality column (`N` under `British`); 5 an SQL dump whose CREATE TABLE gives the classification
column DEFAULT 'SECRET' and whose INSERTs leave the column out.

Fix, only raising: `markings._groups_listed` reads `country_groups` names in a REL TO list (the UK's membership only
where main read no list; a list none of whose names reads is the USA's only); reader/running_heads.py (new) reads LaTeX
and page running heads as release field values; the release field label takes a mail header's `X-`; the channel label
takes sensitivity labels; reader/group_intersections.py (new) decides `unless_both_hold_uk` for the intersection
patterns of `controls_in_words` (`groups_holding_uk` in rules); reader/release_matrix.py (new) raises a matrix row that
says no under the UK; reader/line_records.py gives an INSERT that leaves out the marking column its DEFAULT.
A name that is no code stays the grammar's flaw as on main (a portion `(CUI//REL TO AUKUS)` stays doubtful).
Round 196 after: the 7 documents fixed, no new leak, usg over-redaction unchanged (26). Harness: the 1,852 documents
(of 11,972) that hold any text these changes read (a REL TO, an `X-` header, a label, a LaTeX head, a page running head,
an intersection, a CREATE TABLE): 0 new leaks, 7 fixed, usg over-redaction 416 -> 416 (the whole harness could not be
run in the session's time on the shared cores). 25 `leak-*` cases below, each failing on main (`/tmp/m50`); 7 `trap-*`
cases (FVEY, AUKUS, NATO, E3 lists that hold the UK; a matrix `Y` under British; an SQL DEFAULT 'U') release as main.
"""
from __future__ import annotations

import pytest

from released import versions

# (id, document, phrases withheld at partner and public, phrases released at partner)
LEAKS: list[tuple[str, str, list[str], list[str]]] = [
    # 1 a grouping's name in a REL TO list
    ('leak-banner-rel-to-quad',
     "CUI//REL TO QUAD\n\n(U) The working group met in Tokyo.\n\n"
     "(CUI) The Japanese coast guard will share radar tracks from Yonaguni within the hour.\n\nCUI//REL TO QUAD\n",
     ['share radar tracks from Yonaguni'], ['The working group met in Tokyo']),
    ('leak-banner-rel-to-visegrad-four',
     "UNCLASSIFIED//FOUO//REL TO VISEGRAD FOUR\n\n(U) Budget talks continue.\n\n(U//FOUO) The Slovak border police asked for four thermal cameras at Vysne Nemecke.\n\nUNCLASSIFIED//FOUO//REL TO VISEGRAD FOUR\n",
     ['asked for four thermal cameras'], ['Budget talks continue']),
    ('leak-banner-rel-to-gulf-cooperation-council',
     "SBU//REL TO GCC\n\n(U) Fuel stocks were reviewed.\n\n(SBU) The Omani tanker depot at Duqm will close for repairs in March.\n\n"
     "SBU//REL TO GCC\n",
     ['will close for repairs in March'], ['Fuel stocks were reviewed']),
    ('leak-banner-rel-to-unknown-group',
     "CUI//REL TO PACIFIC ISLANDS FORUM\n\n(U) The fisheries meeting ended.\n\n"
     "(CUI) Two longliners switched off their transponders near the Tuvalu boundary.\n\nCUI//REL TO PACIFIC ISLANDS FORUM\n",
     ['switched off their transponders'], ['The fisheries meeting ended']),
    # 2 container metadata: LaTeX heads, page running heads, mail headers, sensitivity labels
    ('leak-latex-rhead-noforn',
     "\\documentclass{article}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n\\rhead{UNCLASSIFIED//FOUO//NOFORN}\n"
     "\\begin{document}\n(U) The depot survey is complete.\n\n"
     "(U//FOUO) The Ramstein fuel bladders hold only four days of reserve at surge rates.\n\\end{document}\n",
     ['hold only four days of reserve'], ['The depot survey is complete']),
    ('leak-latex-lfoot-rel-to-anzus',
     "\\documentclass{report}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n\\lfoot{CUI//REL TO ANZUS \\quad \\thepage}\n"
     "\\begin{document}\n(U) Exercise planning continues.\n\n"
     "(CUI) The Wellington planners want the amphibious phase moved to Kaikoura Bay.\n\\end{document}\n",
     ['want the amphibious phase moved'], ['Exercise planning continues']),
    ('leak-page-head-slashes-gulf-partners',
     "FOUO / Releasable to Gulf partner air forces / Page 1 of 4\n\n(U) Fuel review.\n\n(FOUO) The Qatari tanker fleet is down to six trucks.\n\n\fFOUO / Releasable to Gulf partner air forces / Page 2 of 4\n\n(U) End.\n",
     ['down to six trucks'], ['Fuel review']),
    ('leak-page-head-bars-rel-to-gcc',
     "SBU | Rel to GCC host nations | p. 1\n\n(U) Fuel review.\n\n(SBU) The Qatari tanker fleet is down to six trucks.\n",
     ['down to six trucks'], ['Fuel review']),
    ('leak-page-head-schengen-police',
     "LES | Releasable to Schengen partner police | Page 1 of 1\n\n(U) Note.\n\n(LES) The Lyon cell rents a garage in Villeurbanne.\n",
     ['rents a garage'], ['Note.']),
    ('leak-page-foot-tabs-benelux',
     "(U) Customs cooperation note.\n\n(SBU) The Rotterdam scanners flagged nine reefer containers from Santos last week.\n\n"
     "SBU\tReleasable to Benelux customs services\tpg. 1/1\n",
     ['flagged nine reefer containers'], ['Customs cooperation note']),
    ('leak-mail-x-dissemination-visegrad',
     "From: desk@example.gov\nTo: team@example.gov\nSubject: fuel fraud\nX-Dissemination: LES - Visegrad Four partners only\n\n"
     "(LES) The Budapest prosecutor will charge the Szeged haulier on 3 March.\n\n(U) More next week.\n",
     ['will charge the Szeged haulier'], ['More next week']),
    ('leak-mail-x-handling-benelux',
     "From: desk@example.gov\nSubject: ports\nX-Handling: LES - Benelux partners only\n\n(LES) The Antwerp broker will ship the next load on 3 March.\n\n(U) More next week.\n",
     ['will ship the next load'], ['More next week']),
    ('leak-mail-x-releasability-quad',
     "From: desk@example.gov\nSubject: ports\nX-Releasability: CUI - Quad partners\n\n(CUI) The Chennai yard will refit the tanker on 3 March.\n\n(U) More next week.\n",
     ['will refit the tanker'], ['More next week']),
    ('leak-chat-sensitivity-label',
     "Mattermost export - ~border-ops\nSensitivity label: FOUO//NOFORN (applies to all posts)\n\n[09:01] ana: (U) morning all\n[09:04] ben: (FOUO) the informant in Nogales moved to the second safe house\n",
     ['moved to the second safe house'], ['morning all']),
    # 3 an intersection of two groupings
    ('leak-cell-g7-members-also-eu',
     "# Requests\n\n(U) Desk log.\n\n| Ref | Marking | Share | Summary |\n|---|---|---|---|\n"
     "| R-1 | LES | G7 members that are also EU members | The courier flew from Lagos to Milan with two phones |\n"
     "| R-2 | U | public | The annual report is out |\n",
     ['The courier flew from Lagos to Milan'], []),
    ('leak-sentence-fvey-also-in-quad',
     "UNCLASSIFIED//FOUO\n\n(U) Notes.\n\n(U//FOUO) The Darwin rotation slips to August; shareable with Five Eyes partners "
     "who are also in the Quad.\n\nUNCLASSIFIED//FOUO\n",
     ['The Darwin rotation slips to August'], ['Notes.']),
    ('leak-field-members-of-both-nato-and-eu',
     "SBU\nReleasability: members of both NATO and the EU\n\n(U) Meeting notes.\n\n"
     "(SBU) The Gdansk terminal will take a third LNG tanker in January.\n\nSBU\n",
     ['take a third LNG tanker'], ['Meeting notes']),
    ('leak-cell-nato-allies-who-are-also-schengen',
     "| Item | Mark | Release | Text |\n|---|---|---|---|\n"
     "| 1 | FOUO | NATO allies who are also Schengen states | The Tallinn ferry manifest lists three forged passports |\n"
     "| 2 | U | all | The ferry timetable changes in May |\n",
     ['lists three forged passports'], []),
    # 4 a release matrix by nationality column
    ('leak-matrix-codes-gbr-no',
     "UNCLASSIFIED//FOUO\n\n(U) Release matrix below.\n\n"
     "Item   Title                                      USA  AUS  GBR  CAN  NZL\n"
     "A-1    (FOUO) Mine clearance drills for reservists   Y    Y    N    Y    Y\n"
     "A-2    (U) Public affairs guidance                   Y    Y    Y    Y    Y\n\nUNCLASSIFIED//FOUO\n",
     ['Mine clearance drills for reservists'], []),
    ('leak-matrix-names-yes-no',
     "UNCLASSIFIED//FOUO\n\n(U) Which partners may see each lesson.\n\n"
     "Lesson                                    Canada  United Kingdom  Australia  Japan\n"
     "(FOUO) Drone jamming field notes            Yes     No              Yes        Yes\n\nUNCLASSIFIED//FOUO\n",
     ['Drone jamming field notes'], []),
    ('leak-matrix-short-row',
     "UNCLASSIFIED//FOUO\n\n(U) Matrix.\n\n"
     "Product                          American  British  Canadian  French\n"
     "(FOUO) Port security checklist       Y   N   Y\n\nUNCLASSIFIED//FOUO\n",
     ['Port security checklist'], []),
    ('leak-matrix-x-under-british',
     "UNCLASSIFIED//FOUO\n\n(U) Disclosure table.\n\n"
     "Module                                Australian  British  Canadian\n"
     "(FOUO) Convoy ambush after-action        OK          X        OK\n\nUNCLASSIFIED//FOUO\n",
     ['Convoy ambush after-action'], []),
]

# (id, document, phrases withheld at every level, phrases released at usg)
SQL_LEAKS: list[tuple[str, str, list[str], list[str]]] = [
    # 5 an SQL schema's default level for rows that leave the column out
    ('leak-sql-default-confidential-mysql',
     "-- MySQL dump 10.13\nCREATE TABLE `notes` (\n  `id` int NOT NULL,\n  `marking` varchar(16) DEFAULT 'CONFIDENTIAL',\n"
     "  `body` text\n);\nINSERT INTO `notes` (`id`, `body`) VALUES (1,'The minister will resign on Friday'),"
     "(2,'The army chief opposes the ceasefire');\n"
     "INSERT INTO `notes` (`id`, `marking`, `body`) VALUES (3,'U','The parade is on Sunday');\n",
     ['The minister will resign on Friday', 'The army chief opposes the ceasefire'], ['The parade is on Sunday']),
    ('leak-sql-default-secret-noforn',
     "CREATE TABLE intel.reports (\n    rid integer,\n    classification text DEFAULT 'SECRET//NOFORN' NOT NULL,\n"
     "    summary text\n);\nINSERT INTO intel.reports (rid, summary) VALUES (7, 'A cell in Gao is buying drones');\n"
     "INSERT INTO intel.reports (rid, classification, summary) VALUES (8, 'U', 'The Gao market reopened');\n",
     ['A cell in Gao is buying drones'], ['The Gao market reopened']),
    ('leak-sql-default-top-secret',
     "-- dump\nCREATE TABLE IF NOT EXISTS t1 (\n  id INTEGER PRIMARY KEY,\n  classification VARCHAR(20) DEFAULT 'TOP SECRET',\n"
     "  note TEXT\n);\nINSERT INTO t1 (id, note) VALUES (10, 'The satellite will pass over the launch site at dawn');\n"
     "INSERT INTO t1 (id, classification, note) VALUES (11, 'U', 'The cafeteria closes early');\n",
     ['The satellite will pass over the launch site at dawn'], ['The cafeteria closes early']),
]

# (id, document, phrases released at partner): groups that hold the UK, an SQL DEFAULT 'U'
TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-banner-rel-to-fvey',
     "CUI//REL TO USA, FVEY\n\n(CUI) The Halifax frigate sails on 2 June.\n\nCUI//REL TO USA, FVEY\n",
     ['The Halifax frigate sails on 2 June']),
    ('trap-banner-rel-to-aukus',
     "CUI//REL TO AUKUS\n\n(CUI) The submarine crew training moves to Perth.\n\nCUI//REL TO AUKUS\n",
     ['The submarine crew training moves to Perth']),
    ('trap-page-head-releasable-to-fvey',
     "FOUO | Releasable to FVEY | Page 1 of 2\n\n(FOUO) The Ottawa conference moved to October.\n\n"
     "\fFOUO | Releasable to FVEY | Page 2 of 2\n\n(U) End.\n",
     ['The Ottawa conference moved to October']),
    ('trap-latex-head-rel-to-nato',
     "\\documentclass{article}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n\\chead{CUI//REL TO USA, NATO}\n"
     "\\begin{document}\n(CUI) The Tapa range opens to allied gunners in May.\n\\end{document}\n",
     ['The Tapa range opens to allied gunners in May']),
    ('trap-mail-x-releasability-e3',
     "From: desk@example.gov\nSubject: talks\nX-Releasability: REL TO USA, FRA, DEU, GBR\n\n"
     "(SBU) The E3 directors meet in Geneva on Thursday.\n",
     ['The E3 directors meet in Geneva on Thursday']),
    ('trap-matrix-british-yes',
     "UNCLASSIFIED//FOUO\n\n(U) Matrix.\n\n"
     "Item   Title                                 American  Australian  British  Canadian\n"
     "B-1    (FOUO) Vehicle recovery drills          Y           Y           Y        Y\n\nUNCLASSIFIED//FOUO\n",
     ['Vehicle recovery drills']),
]

SQL_TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-sql-default-u',
     "CREATE TABLE notes (\n  id int,\n  classification varchar(8) DEFAULT 'U',\n  body text\n);\nINSERT INTO notes (id, classification, body) VALUES (1, 'U', 'The parade is on Sunday');\nINSERT INTO notes (id, body) VALUES (2, 'The canteen menu changes on Monday');\n",
     ['The canteen menu changes on Monday']),
]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name,text,withheld,released", LEAKS, ids=[c[0] for c in LEAKS])
def test_withheld_from_partner(name: str, text: str, withheld: list[str], released: list[str]) -> None:
    out = versions(text, ("usg", "partner", "public"))
    for phrase in withheld:
        assert phrase in _norm(text)
        assert phrase not in _norm(out["partner"]), "partner"
        assert phrase not in _norm(out["public"]), "public"
    for phrase in released:
        assert phrase in _norm(out["usg"]), "usg"


@pytest.mark.parametrize("name,text,withheld,released", SQL_LEAKS, ids=[c[0] for c in SQL_LEAKS])
def test_sql_default_withheld(name: str, text: str, withheld: list[str], released: list[str]) -> None:
    out = versions(text, ("usg", "partner", "public"))
    for phrase in withheld:
        assert phrase in _norm(text)
        for level in ("usg", "partner", "public"):
            assert phrase not in _norm(out[level]), level
    for phrase in released:
        assert phrase in _norm(out["usg"]), "usg"


@pytest.mark.parametrize("name,text,released", [*TRAPS, *SQL_TRAPS], ids=[c[0] for c in [*TRAPS, *SQL_TRAPS]])
def test_released_to_partner(name: str, text: str, released: list[str]) -> None:
    out = versions(text, ("partner",))
    for phrase in released:
        assert phrase in _norm(text)
        assert phrase in _norm(out["partner"]), "partner"
