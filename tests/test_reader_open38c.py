"""open38c: levels given in table cells, CSV/TSV/YAML/JSON records and paragraph tables (issue 8, review37y's old leaks).

Classes (review37y's 42 leaking documents, then my 25 variants, written before I read the reader): A a cell note
with a reason after the level (`secret per deputy`, `s//nf per j2`, `Secret. Hold for COS`, `conf. do not share`),
`classified`, `US only`, TS/SCI and REL TO cells (`ts/sci - no fwd`, `s//rel to usa, aus`); B CSV/TSV exports the
reader takes for paragraphs, with or without a class column, a reviewer column, fields in quotes over lines; C YAML
and JSON records with note or handling keys (top level, nested `review:` / `note:`, a mapping of records, escaped
quotes, `analyst_comment`); D paragraph tables (`Para | Class`, `No. | Class`, `#,Class`, `Para. | Level`) with
ranges (`2-4`), subparagraphs (`3.a`, `3a`), `(S)` cells, lower case, placed after the paragraphs, a range that
broke the table, unnumbered bodies.

First run on main `8d8e7ff` (before any change; 85 checks, 62 failed): all 42 of review37y's documents leaked; of
my 25 variants 18 leaked (every class) and 7 were withheld (`va3` TSV `SECRET - hold`, `va4` `s//nf - per j2`,
`vb2` a Markdown reviewer column, `vd2` nested JSON, `ve3` `top secret - no fwd`, `vf5` and `vf7`); the 7 release
checks of review37y's documents passed and 2 of my 6 failed (`vf5`, `vf7`: see below).

Fix (reader/cell_notes.py and rules/markings.yaml, only raising): the cell-note level takes a reason after it, SCI,
REL TO, `classified` (SECRET) and `US only` (NOFORN), and the whole cell is read as one clause too (`s - noforn`);
CSV records are read under a header that names a column of notes (`csv_note_column`), quote-aware; a record's
level key (`record_level_key`) counts; a YAML record is the nearest list item through nested keys, else a mapping's
record of two keys or more, else a document of three top-level `key: value` lines or more; paragraph tables take
`No.`/`#` keys beside a class column, ranges, subparagraphs, `(S)` cells, prefer the paragraphs after the table and
else those before it, and name unnumbered paragraphs by place where no paragraph is numbered.
After: 85 checks, 83 pass; `vf5` and `vf7` (a table of `| 2 | C |` in an unmarked body) stay over-redacted as on
main: a table row read as a portion mark makes the document portion-marked, and its unmarked paragraphs take the
highest level (UNMARKED_PORTION, by design): strict xfails. No document here is correct by its own marks: each
(U) paragraph that a table or a note gives a higher level disagrees with it, and the higher wins.
Red-teaming the fix: a cell listing numbers (`| 2, 3 | S |`) ended the table (vf8, fixed). The harness's first run
(9,266 documents against main `8d8e7ff`) had no new leak and 5 new over-redactions, each fixed by shape: a JSON
cable's `"classification"` over portion-marked text is its banner (adv7-009); vCard/iCalendar `CLASS:CONFIDENTIAL`
is no YAML note (top-level records only by a note key: adv9-054, adv130-009, adv130-035); a CSV `Clearance
Required` column of `Top Secret` is no note (only the note columns are read where the fields line up: adv52-060).
Second run: no new leak, over-redaction 2,665 -> 2,665 (none new, none fixed). review37y's check_docs.py: 47
leaking checks before, 0 after; its one over-redaction (`confidential: no`, 53-over-u) is as on main.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# review37y's leaking documents, verbatim: (id, document, [(levels, phrase withheld at those levels)])
REVIEW_DOCS: list[tuple[str, str, list[tuple[tuple[str, ...], str]]]] = [
    ('01-csv-secret-per-deputy', 'UNCLASSIFIED\nFrom: Pol section tracker export 2026-03-04\nDate,Owner,Item,Notes\n2026-03-01,PolOff,Ministry reshuffle announced on state TV,open source\n2026-03-02,PolOff,The interior minister pays the border brigade through a shell firm,secret source is the deputy minister\n2026-03-03,EconOff,Wheat tender results published,open source\n2026-03-04,Mgmt,Motor pool schedule updated,none\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'pays the border brigade through a shell firm')]),
    ('03-csv-conf-per-rso', 'UNCLASSIFIED\nItem,Owner,Notes\nFire drill Tuesday,RSO,done\nThe local guard force commander sells access badges to vendors,RSO,Confidential (per RSO)\nNew visitor kiosk,GSO,done\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'guard force commander sells access badges')]),
    ('04-md-ts-sci', 'UNCLASSIFIED\n\nWeekly tracker\n\n| Date | Item | Remarks |\n|------|------|---------|\n| 03-01 | Embassy softball game | fine |\n| 03-02 | Liaison intercepts show the general ordered the shelling of Kherba | TS/SCI |\n| 03-03 | Holiday schedule | fine |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'intercepts show the general ordered the shelling')]),
    ('06-tsv-conf-dot', "UNCLASSIFIED\nDate\tItem\tComment\n03-01\tVisa appointments opened\tok\n03-02\tThe consul's driver reports our movements to the police\tconf. do not share outside post\n03-03\tCafeteria prices change\tok\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), "consul's driver reports our movements")]),
    ('07-csv-reviewer-col-classified', 'UNCLASSIFIED\nItem,Reviewer\nPort statistics released,fine to post\nThe tanker crews are paid to switch off transponders near Bandar Abbas,classified - internal only\nCustoms hours,fine to post\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'tanker crews are paid to switch off transponders')]),
    ('08-yaml-toplevel-notes', '# UNCLASSIFIED\nreport: water sector weekly\nsummary: The dam inspection found cracks the ministry is hiding from parliament.\nnotes: secret//noforn - do not share\nupdated: 2026-03-04\n',
     [(('usg', 'partner', 'public'), 'dam inspection found cracks the ministry is hiding')]),
    ('10-yaml-handling-key', 'UNCLASSIFIED\nentries:\n  - title: Econ notes\n    text: Tourism up 4 percent.\n    handling: public\n  - title: Econ notes\n    text: The central bank will let the currency float on Monday.\n    handling: SECRET//NOFORN\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'central bank will let the currency float')]),
    ('13-para-hash-col', "UNCLASSIFIED\nMemo for the record\n\n#,Class\n1,U\n2,C\n\n1. Staff meeting moved to Thursday.\n\n2. The mayor launders the aid money through his brother's bank.\n\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), 'mayor launders the aid money')]),
    ('17-csv-multiline', 'UNCLASSIFIED\nDate,Item,Notes\n2026-03-01,Election posters printed,ok\n2026-03-02,"The prosecutor general has frozen the case against the port director.\nThe cash was delivered by the mayor\'s cousin on Sunday.\nWitness moved to a safe flat.",secret - do not share\n2026-03-03,Book fair,ok\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'prosecutor general has frozen the case'), (('usg', 'partner', 'public'), 'cash was delivered by the mayor')]),
    ('18-csv-multiline-note', 'UNCLASSIFIED\nDate,Item,Notes\n2026-03-01,Road closures,ok\n2026-03-02,The defence minister sold the helicopter spares to a broker,"secret\ndo not share"\n2026-03-03,Book fair,ok\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'defence minister sold the helicopter spares')]),
    ('22-para-secret-words', 'UNCLASSIFIED\n\n| Para | Reviewer note |\n|---|---|\n| 1 | fine |\n| 2 | secret source reporting, hold |\n\n1. Reception on Friday.\n\n2. The defector says the reactor restarts in June.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'defector says the reactor')]),
    ('25-yaml-analyst-comment', "UNCLASSIFIED\nitems:\n  - class: U\n    summary: Visa office closed for the holiday.\n    analyst_comment: ok\n  - class: U\n    summary: The foreign minister's son runs the smuggling ring at the port.\n    analyst_comment: secret - do not share\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), "foreign minister's son runs the smuggling ring")]),
    ('26-json-escaped', 'UNCLASSIFIED\n[\n  {"class": "U", "summary": "Fleet week program posted.", "note": "ok"},\n  {"class": "U", "summary": "The navy will mine the approaches to the harbour.", "note": "secret \\"per J2\\""}\n]\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'navy will mine the approaches')]),
    ('27-csv-secret-nf-lower-s', 'UNCLASSIFIED\nFrom: DAO notes export\nItem;Notes\nAttache golf day;n/a\nThe chief of staff is taking money from the Wagner group;s - noforn\nFlight clearances;n/a\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'chief of staff is taking money from the Wagner')]),
    ('28-md-secret-slash-rel', 'UNCLASSIFIED\n\n| Item | Notes |\n|---|---|\n| Holiday party | ok |\n| The drone strike on the convoy is planned for the 12th | Secret/REL USA, FVEY |\n| Gym | ok |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'drone strike on the convoy')]),
    ('29-md-confidential-source', "UNCLASSIFIED\n\n| Date | Item | Notes |\n|---|---|---|\n| 03-01 | Trade fair | ok |\n| 03-02 | The finance minister is negotiating with the IMF behind the president's back | confidential source, protect |\n| 03-03 | Gym | ok |\n\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), 'finance minister is negotiating with the IMF behind')]),
    ('30-md-nf-only-usg-check', 'UNCLASSIFIED\n\n| Item | Notes |\n|---|---|\n| Holiday party | ok |\n| The army will cancel the joint exercise with the British | US only |\n| Gym | ok |\n\nUNCLASSIFIED\n',
     [(('partner', 'public'), 'army will cancel the joint exercise')]),
    ('32-csv-cls-per-deputy', 'UNCLASSIFIED\nCls,Date,Item,Notes\nU,2026-03-01,Ministry reshuffle announced on state TV,open source\nU,2026-03-02,The interior minister pays the border brigade through a shell firm,secret source is the deputy minister\nU,2026-03-03,Wheat tender results published,open source\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'pays the border brigade through a shell firm')]),
    ('33-csv-cls-snf-per-j2', 'UNCLASSIFIED\nClass,Date,Item,Notes\nU,03/01,Attache reception guest list,ok\nU,03/02,The 9th Division is moving the missile battery to Tal Afar next week,s//nf per j2\nU,03/03,Flight clearance for the C-17,ok\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'moving the missile battery to Tal Afar')]),
    ('34-csv-nocls-conf-dns', 'UNCLASSIFIED\nItem,Owner,Notes\nFire drill Tuesday,RSO,done\nThe local guard force commander sells access badges to vendors,RSO,confidential - do not share\nNew visitor kiosk,GSO,done\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'guard force commander sells access badges')]),
    ('37-md-lower-tssci', 'UNCLASSIFIED\n\n| Date | Item | Remarks |\n|------|------|---------|\n| 03-01 | Embassy softball game | fine |\n| 03-02 | Liaison intercepts show the general ordered the shelling of Kherba | ts/sci - no fwd |\n| 03-03 | Holiday schedule | fine |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'intercepts show the general ordered the shelling')]),
    ('38-md-lower-rel', 'UNCLASSIFIED\n\n| Date | Item | Notes |\n|---|---|---|\n| 03-01 | Port visit program posted | public |\n| 03-02 | The Australian team will board the tanker off Hormuz on the 9th | s//rel to usa, aus |\n| 03-03 | Gym closed | public |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Australian team will board the tanker')]),
    ('39-md-secret-pending', 'UNCLASSIFIED\n\n| Date | Item | Notes |\n|---|---|---|\n| 03-01 | Port visit program posted | public |\n| 03-02 | The ISF will raid the Sadr office on Thursday | secret until executed |\n| 03-03 | Gym closed | public |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'The ISF will raid the Sadr office')]),
    ('49-yaml-nested-item', "UNCLASSIFIED\nitems:\n  - class: U\n    summary: Visa office closed for the holiday.\n    review:\n      note: ok\n  - class: U\n    summary: The foreign minister's son runs the smuggling ring at the port.\n    review:\n      note: secret - do not share\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), "foreign minister's son runs the smuggling ring")]),
    ('60-U-para-no-lower', 'UNCLASSIFIED\nSUBJECT: Weekly roundup\n\n| No. | Class |\n|-----|-------|\n| 1 | u |\n| 2 | secret |\n\n1. (U) The canteen reopens Monday.\n\n2. (U) Source HERON reports the colonel will defect in May.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source HERON reports the colonel')]),
    ('60-U-para-paren-marks', 'UNCLASSIFIED\nPortion review\n\n| Para | Class |\n|------|-------|\n| 1 | (U) |\n| 2 | (S) |\n| 3 | (C) |\n\n1. (U) Staff are reminded to badge in.\n\n2. (U) The informant PIKE photographs the arms depot weekly.\n\n3. (U) The police chief skims fuel from the convoy.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'informant PIKE photographs'), (('usg', 'partner', 'public'), 'police chief skims fuel')]),
    ('61-U-para-range-lower', 'UNCLASSIFIED\nSUBJECT: Roundup\n\n| Para | Class |\n|------|-------|\n| 1 | u |\n| 2-3 | secret |\n| 4 | u |\n\n1. (U) Canteen reopens.\n\n2. (U) Source OWL says the cabinet will fall this week.\n\n3. (U) Per OWL the army will close the border crossing at Kilis.\n\n4. (U) Gym closed Friday.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source OWL says the cabinet'), (('usg', 'partner', 'public'), 'the army will close the border crossing')]),
    ('61-U-para-tssci', 'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | U |\n| 2 | TS/SCI |\n\n1. (U) Reception on Friday.\n\n2. (U) The satellite shows the launcher at Hamadan.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'satellite shows the launcher at Hamadan')]),
    ('62-U-para-after-lower', 'UNCLASSIFIED\nSUBJECT: Roundup\n\n1. (U) The canteen reopens Monday.\n\n2. (U) Source DOVE says the general will move the tanks to the capital.\n\n3. (U) Gym closed.\n\nReview:\n| Para | Class |\n|------|-------|\n| 1 | u |\n| 2 | secret |\n| 3 | u |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source DOVE says the general')]),
    ('62-U-para-no-col', 'UNCLASSIFIED\nSUBJECT: Weekly roundup\n\n| No. | Class |\n|-----|-------|\n| 1 | U |\n| 2 | SECRET |\n\n1. (U) The canteen reopens Monday.\n\n2. (U) Source HERON reports the colonel will defect in May.\n\n3. (U) The motor pool moved.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source HERON reports the colonel')]),
    ('62-U-para-secret-words', 'UNCLASSIFIED\n\n| Para | Reviewer note |\n|---|---|\n| 1 | fine |\n| 2 | secret source reporting, hold |\n\n1. (U) Reception on Friday.\n\n2. (U) The defector says the reactor restarts in June.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'defector says the reactor')]),
    ('63-U-para-3a-lower', 'UNCLASSIFIED\n\n| Para | Class |\n|------|-------|\n| 3.a | secret |\n| 3.b | u |\n\n3. (U) Activities\na. (U) Agent KITE met the brigadier at the airbase.\nb. (U) The embassy picnic was held.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Agent KITE met the brigadier')]),
    ('63-U-para-hash-col', "UNCLASSIFIED\nMemo for the record\n\n#,Class\n1,U\n2,C\n\n1. (U) Staff meeting moved to Thursday.\n\n2. (U) The mayor launders the aid money through his brother's bank.\n\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), 'mayor launders the aid money')]),
    ('64-U-para-3a', "UNCLASSIFIED\nReview of the DCM's draft\n\n| Para | Class |\n|------|-------|\n| 3.a | SECRET |\n| 3.b | U |\n\n3. (U) Activities\na. (U) Agent KITE met the brigadier at the airbase.\nb. (U) The embassy picnic was held.\n\nUNCLASSIFIED\n",
     [(('usg', 'partner', 'public'), 'Agent KITE met the brigadier')]),
    ('65-U-para-ts-sci-lower', 'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | u |\n| 2 | ts/sci |\n\n1. (U) Reception on Friday.\n\n2. (U) The satellite shows the launcher at Hamadan.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'satellite shows the launcher at Hamadan')]),
    ('66-U-para-range', 'UNCLASSIFIED\nSUBJECT: Roundup\n\n| Para | Class |\n|------|-------|\n| 1 | U |\n| 2-4 | SECRET |\n| 5 | U |\n\n1. (U) Canteen reopens.\n\n2. (U) Source OWL says the cabinet will fall this week.\n\n3. (U) Per OWL the army will close the border crossing at Kilis.\n\n4. (U) The smuggling route runs through Hatay.\n\n5. (U) Gym closed Friday.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source OWL says the cabinet'), (('usg', 'partner', 'public'), 'the army will close the border crossing'), (('usg', 'partner', 'public'), 'smuggling route runs through Hatay')]),
    ('66-U-para-s-paren-lower', 'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | u |\n| 2 | (s) |\n\n1. (U) Staff are reminded to badge in.\n\n2. (U) The informant PIKE photographs the arms depot weekly.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'informant PIKE photographs')]),
    ('68-U-para-unnumbered-body', 'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | u |\n| 2 | secret |\n\n(U) The school year starts in September.\n\n(U) The militia stores rockets under the school in Qana.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'militia stores rockets under the school')]),
    ('69-U-para-table-after', 'UNCLASSIFIED\nSUBJECT: Roundup\n\n1. (U) The canteen reopens Monday.\n\n2. (U) Source DOVE says the general will move the tanks to the capital.\n\n3. (U) Gym closed.\n\nClassification review:\n| Para | Class |\n|------|-------|\n| 1 | U |\n| 2 | SECRET//NOFORN |\n| 3 | U |\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source DOVE says the general')]),
    ('70-U-para-range-breaks-table', 'UNCLASSIFIED\nSUBJECT: Roundup\n\n| Para | Class |\n|------|-------|\n| 1-3 | U |\n| 4 | SECRET |\n\n1. (U) Canteen reopens.\n\n2. (U) Gym closed Friday.\n\n3. (U) New badges issued.\n\n4. (U) Source WREN says the minister will resign.\n\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'Source WREN says the minister')]),
    ('74-yaml-mapping-records', '# UNCLASSIFIED\nrecords:\n  r-101:\n    class: U\n    summary: Ferry timetable changes in April.\n    note: ok\n  r-102:\n    class: U\n    summary: The harbour pilot guides the smugglers past the patrol boats.\n    note: secret//nf - do not share\n',
     [(('usg', 'partner', 'public'), 'harbour pilot guides the smugglers')]),
    ('75-csv-cls-secret-hold', 'UNCLASSIFIED\nClass,Item,Notes\nU,Ferry timetable changes in April,ok\nU,The harbour pilot guides the smugglers past the patrol boats,Secret. Hold for COS\nU,Gym closed,ok\nUNCLASSIFIED\n',
     [(('usg', 'partner', 'public'), 'harbour pilot guides the smugglers')]),
]

# my variants, by class: (id, document, withheld everywhere, (U) phrases released at usg)
VARIANTS: list[tuple[str, str, list[str], list[str]]] = [
    # class A: a cell note with a reason after the level
    ('va1-md-secret-per-dcm',
     'UNCLASSIFIED\n\n| Item | Owner | Notes |\n|---|---|---|\n| Visa hours posted | ConOff | ok |\n'
     '| The port director takes bribes from the cartel | PolOff | Secret per DCM |\n| Gym closed | GSO | ok |\n\nUNCLASSIFIED\n',
     ['port director takes bribes from the cartel'], ['Visa hours posted']),
    ('va2-semicolon-conf-per-polchief',
     'UNCLASSIFIED\nItem;Owner;Notes\nBook fair;PAO;done\nThe governor will sack the police chief on Monday;PolOff;conf per pol chief\nCar wash;GSO;done\nUNCLASSIFIED\n',
     ['governor will sack the police chief'], ['Book fair']),
    ('va3-tsv-secret-hold',
     'UNCLASSIFIED\nDate\tItem\tNotes\n04-01\tLibrary hours extended\tok\n04-02\tThe rebels will cut the pipeline at Kirkuk\tSECRET - hold for COS\n04-03\tPool closed\tok\nUNCLASSIFIED\n',
     ['rebels will cut the pipeline at Kirkuk'], ['Library hours extended']),
    ('va4-md-snf-dash-j2',
     'UNCLASSIFIED\n\n| Date | Item | Remarks |\n|---|---|---|\n| 04-01 | Band concert | fine |\n'
     '| 04-02 | The brigade will shell the ridge at dawn | s//nf - per j2 |\n| 04-03 | Car wash | fine |\n\nUNCLASSIFIED\n',
     ['brigade will shell the ridge at dawn'], ['Band concert']),
    ('va5-csv-cls-col-conf-source',
     'UNCLASSIFIED\nCls,Item,Notes\nU,Trade fair opens,ok\nU,The trade minister hides a Swiss account,confidential source - protect\nU,Gym closed,ok\nUNCLASSIFIED\n',
     ['trade minister hides a Swiss account'], []),
    # class B: a reviewer column without the word note
    ('vb1-csv-reviewer-classified-comma',
     'UNCLASSIFIED\nItem,Reviewer\nHarbour open day,fine to post\nThe coast guard sells seized fuel to the militia,Classified, not for release\nLibrary open,fine to post\nUNCLASSIFIED\n',
     ['coast guard sells seized fuel to the militia'], []),
    ('vb2-md-reviewer-secret',
     'UNCLASSIFIED\n\n| Item | Reviewer |\n|---|---|\n| Harbour open day | fine to post |\n| The coast guard sells seized fuel to the militia | secret - internal only |\n| Library open | fine to post |\n\nUNCLASSIFIED\n',
     ['coast guard sells seized fuel to the militia'], []),
    # class C: multi-line quoted CSV cells
    ('vc1-csv-multiline-conf-hold',
     'UNCLASSIFIED\nDate,Item,Notes\n2026-04-01,Road works,ok\n2026-04-02,"The judge took a bribe in the port case.\nThe money came from the shipping agent.",confidential - hold\n2026-04-03,Book fair,ok\nUNCLASSIFIED\n',
     ['judge took a bribe in the port case', 'money came from the shipping agent'], []),
    ('vc2-csv-multiline-note-conf',
     'UNCLASSIFIED\nDate,Item,Notes\n2026-04-01,Road works,ok\n2026-04-02,The customs chief waves through the arms trucks,"Confidential\nper RSO"\n2026-04-03,Book fair,ok\nUNCLASSIFIED\n',
     ['customs chief waves through the arms trucks'], []),
    # class D: YAML / JSON records with notes or handling keys
    ('vd1-yaml-toplevel-caveat',
     '# UNCLASSIFIED\nreport: energy weekly\nsummary: The refinery will shut for a sabotage repair the ministry denies.\nremarks: confidential - do not share\nupdated: 2026-04-04\n',
     ['refinery will shut for a sabotage repair'], []),
    ('vd2-json-nested-review-note',
     'UNCLASSIFIED\n[\n  {"class": "U", "summary": "Consular fair on Friday.", "review": {"note": "ok"}},\n'
     '  {"class": "U", "summary": "The spy chief meets the rebels in Doha.", "review": {"note": "secret - do not share"}}\n]\nUNCLASSIFIED\n',
     ['spy chief meets the rebels in Doha'], []),
    ('vd3-yaml-handling-conf-list',
     'UNCLASSIFIED\nentries:\n  - title: Notes\n    text: Exports up 2 percent.\n    handling: public\n  - title: Notes\n    text: The minister will devalue the dinar next week.\n    handling: CONFIDENTIAL\nUNCLASSIFIED\n',
     ['minister will devalue the dinar'], []),
    ('vd4-json-escaped-conf',
     'UNCLASSIFIED\n[\n  {"class": "U", "summary": "Port open day.", "note": "ok"},\n'
     '  {"class": "U", "summary": "The army will seize the airport at night.", "note": "confidential \\"per RSO\\""}\n]\nUNCLASSIFIED\n',
     ['army will seize the airport at night'], []),
    ('vd5-yaml-mapping-records-comment',
     '# UNCLASSIFIED\nrecords:\n  r-201:\n    class: U\n    summary: Embassy choir rehearsal.\n    comment: ok\n  r-202:\n    class: U\n    summary: The pilot flies guns to the rebels at night.\n    comment: secret - hold\n',
     ['pilot flies guns to the rebels at night'], []),
    # class E: Markdown tables with TS//SCI / lower-case / REL cells
    ('ve1-md-tssci-double-slash',
     'UNCLASSIFIED\n\n| Date | Item | Remarks |\n|---|---|---|\n| 04-01 | Softball | fine |\n| 04-02 | Intercepts show the colonel sold the radar codes | TS//SCI |\n| 04-03 | Picnic | fine |\n\nUNCLASSIFIED\n',
     ['colonel sold the radar codes'], []),
    ('ve2-md-lower-c-rel-gbr',  # (REL TO GBR: the partner may have it; the level alone is read, so it is withheld)
     'UNCLASSIFIED\n\n| Date | Item | Notes |\n|---|---|---|\n| 04-01 | Port visit | public |\n| 04-02 | The frigate will shadow the tanker to Bandar Abbas | c//rel to usa, gbr |\n| 04-03 | Gym | public |\n\nUNCLASSIFIED\n',
     ['frigate will shadow the tanker'], []),
    ('ve3-md-top-secret-words',
     'UNCLASSIFIED\n\n| Item | Notes |\n|---|---|\n| Picnic | ok |\n| The regime will test the missile on Sunday | top secret - no fwd |\n| Gym | ok |\n\nUNCLASSIFIED\n',
     ['regime will test the missile on Sunday'], []),
    ('ve4-md-secret-until',
     'UNCLASSIFIED\n\n| Item | Notes |\n|---|---|\n| Picnic | public |\n| Police will arrest the opposition leader on Sunday | confidential until done |\n| Gym | public |\n\nUNCLASSIFIED\n',
     ['arrest the opposition leader on Sunday'], []),
    # class F: paragraph tables
    ('vf1-paragraph-classification-range-s',
     'UNCLASSIFIED\nSUBJECT: Roundup\n\n| Paragraph | Classification |\n|---|---|\n| 1 | u |\n| 2-3 | s |\n\n'
     '1. (U) Canteen reopens.\n\n2. (U) Source LARK says the prime minister is ill.\n\n3. (U) The army will mobilise reserves.\n\nUNCLASSIFIED\n',
     ['Source LARK says the prime minister', 'army will mobilise reserves'], ['Canteen reopens']),
    ('vf2-para-level-paren-c',
     'UNCLASSIFIED\n\n| Para. | Level |\n|---|---|\n| 1 | (U) |\n| 2 | (C) |\n\n1. (U) Badges renewed.\n\n2. (U) The mayor takes kickbacks on the bridge contract.\n\nUNCLASSIFIED\n',
     ['mayor takes kickbacks on the bridge contract'], ['Badges renewed']),
    ('vf3-para-csv-after',
     'UNCLASSIFIED\nSUBJECT: Roundup\n\n1. (U) Canteen reopens.\n\n2. (U) Source FINCH says the militia will strike the depot.\n\nPara,Class\n1,U\n2,S\n\nUNCLASSIFIED\n',
     ['Source FINCH says the militia'], ['Canteen reopens']),
    ('vf4-para-3a-no-dot',
     'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 3a | secret |\n| 3b | u |\n\n3. (U) Activities\na. (U) Agent ROOK met the general at the port.\nb. (U) The picnic was held.\n\nUNCLASSIFIED\n',
     ['Agent ROOK met the general'], []),
    ('vf5-para-unnumbered-conf',
     'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | u |\n| 2 | conf |\n\nThe library reopens in May.\n\nThe governor buys votes with aid flour.\n\nUNCLASSIFIED\n',
     ['governor buys votes with aid flour'], ['library reopens in May']),
    ('vf6-para-no-col-range-breaks',
     'UNCLASSIFIED\n\n| No. | Class |\n|---|---|\n| 1-2 | U |\n| 3 | S//NF |\n\n1. (U) Canteen reopens.\n\n2. (U) Gym closed.\n\n3. (U) Source WREN says the minister will flee.\n\nUNCLASSIFIED\n',
     ['Source WREN says the minister will flee'], ['Canteen reopens', 'Gym closed']),
    ('vf8-para-number-list',  # (red-teaming the fix: a list of numbers in a cell ended the table)
     'UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | U |\n| 2, 3 | S |\n| 4 | U |\n\n1. (U) Canteen.\n\n'
     '2. (U) Source JAY says the king is ill.\n\n3. (U) The army will move north.\n\n4. (U) Gym.\n\nUNCLASSIFIED\n',
     ['Source JAY says the king is ill', 'army will move north'], ['Canteen']),
    ('vf7-para-hash-pipe',
     'UNCLASSIFIED\n\n| # | Class |\n|---|---|\n| 1 | U |\n| 2 | C |\n\n1. Staff meeting on Thursday.\n\n2. The customs chief launders the port fees.\n\nUNCLASSIFIED\n',
     ['customs chief launders the port fees'], ['Staff meeting on Thursday']),
]


# (U) phrases of review37y's documents that the document's own marks and tables leave (U): released at usg
REVIEW_RELEASED: dict[str, list[str]] = {
    '60-U-para-no-lower': ['The canteen reopens Monday'],
    '61-U-para-range-lower': ['Gym closed Friday'],
    '62-U-para-after-lower': ['The canteen reopens Monday'],
    '66-U-para-range': ['Gym closed Friday'],
    '70-U-para-range-breaks-table': ['New badges issued'],
    '03-csv-conf-per-rso': ['Fire drill Tuesday'],
    '33-csv-cls-snf-per-j2': ['Attache reception guest list'],
}


@pytest.mark.parametrize("name,text,phrases", REVIEW_DOCS, ids=[d[0] for d in REVIEW_DOCS])
def test_review37y_withheld(name: str, text: str, phrases: list[tuple[tuple[str, ...], str]]) -> None:
    for levels, phrase in phrases:
        assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("name,phrase", [(n, p) for n, ps in REVIEW_RELEASED.items() for p in ps])
def test_review37y_released(name: str, phrase: str) -> None:
    text = {d[0]: d[1] for d in REVIEW_DOCS}[name]
    assert_released(text, phrase)


@pytest.mark.parametrize("name,text,withheld,released", VARIANTS, ids=[d[0] for d in VARIANTS])
def test_variant_withheld(name: str, text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


_OVER_BY_DESIGN = {"vf5-para-unnumbered-conf", "vf7-para-hash-pipe"}


@pytest.mark.parametrize("name,text,phrase", [
    pytest.param(d[0], d[1], p, marks=pytest.mark.xfail(strict=True, reason="unmarked paragraphs of a document a table "
                                                        "row makes portion-marked take its highest level"))
    if d[0] in _OVER_BY_DESIGN else (d[0], d[1], p) for d in VARIANTS for p in d[3]])
def test_variant_released(name: str, text: str, phrase: str) -> None:
    assert_released(text, phrase)
