"""fix50f: round 195's leaks (issue 8), by class; fresh cases and traps.

First run (round 195 on main `e8e4ac0d`, tests/corpus/adversarial195/FIRST_RUN.md): 7 of 61 documents leaked
(adv195-002 worksheet caption; adv195-015 Catalan note; adv195-029/030/031/036/037 UK releases under a condition or
window not shown met). After (this branch): 0 of 61. The cases below were written fresh (other wordings, formats,
languages); every non-trap case leaks on main `e8e4ac0d` (/tmp/m50: 24 of 24), every trap releases on main and here.

Classes and fixes (each only raises):
1 a release that ran UNTIL a date, the recipients over a line end or the date after `through`/`up to` (adv195-037):
  rules/markings.yaml (fix50f block), `until_date_passed` (`release_conditions.lapsed`: dates the document states,
  none fails closed). Trap: a window still open on the document's date.
2 a release field valid FROM a later date than the document's (`"dissem_valid_from"`, `releaseValidFrom=`,
  `sharing_start:`, `GBR release effective:`; adv195-030): `from_date_ahead`, `release_conditions.not_yet_valid` (the
  document's first date, ISO date-times and a cable's date-time group read too). Trap: a window opened before.
3 a record's `<condition>` element or nested condition key about a release whose approval is shown pending or not at
  all (adv195-029): `unless_condition_completed`, `release_conditions.condition_completed` (`condition_shown_met` or an
  approval element's `status` met). Trap: `status="approved"`. (fix50c's `<releaseCondition>` element is theirs.)
4 a release that waits on a block the document shows not completed: a table cell `yes, once ... block 12` in a column
  naming the UK or a release (adv195-031), a ticked `Approved subject to the condition in block 9` (adv195-036), and
  `box_filled` reading `unsigned`/`not received` as empty (`release_conditions.says_unfilled`,
  record_words.yaml `unfilled_values`). Traps: the block shown signed, consent shown received.
5 a worksheet's CSV row whose mark is a column of it (`...,Figure 2 caption,retain,CONFIDENTIAL,...`) over a (U)
  caption (adv195-002): `record_targets._by_row_block`. Trap: the row declassifies.
6 a note in Catalan naming a part by its ordinal beside a word the exact readers place (`l'annex`; adv195-015):
  `scope._names_with_parts_abroad` makes the claim unsure, so every part it could mean is raised. Trap: an English
  part claim and a Catalan note saying the rest is not classified.
"""
from __future__ import annotations

import pytest

import sbu_redact

ALL = ("usg", "partner", "public")



def memo(note: str, annex: str = "ANNEX\nThe unit keeps two patrol boats at the cruise terminal.\n") -> str:
    """(class 6) A (U) memo of four paragraphs and an annex, with a note in another language at its end."""
    return ("UNCLASSIFIED\nMEMORANDUM\nDATE: 20 November 2026\nSUBJECT: (U) Harbour policing talks\n\n"
            "1. (U) The councillor asked for boarding training.\n2. (U) Ferry traffic doubles in summer.\n"
            "3. (U) The councillor said his officers pass ferry manifests to a Libyan service.\n"
            "4. (U) A workshop is proposed for April.\n\n" + annex + "\n" + note + "\n\nDrafted by the consular assistant\nUNCLASSIFIED\n")


W = ["councillor said his officers pass ferry manifests"]


# (id, document, {level: phrases withheld}, {level: phrases released})
CASES: list[tuple[str, str, dict[str, list[str]], dict[str, list[str]]]] = [
    # ---- 1 a release authorised UNTIL a date the document's own date is past (passive, REL TO, prose)
    ('until-passive-cable',
     "R 140815Z JAN 27\nFM AMEMBASSY NAIROBI\nTO SECSTATE WASHDC 0112\nUNCLAS NAIROBI 000112\nSENSITIVE\n"
     "SUBJECT: (U) Charcoal exports from the Lamu corridor\n\n1. (U) Charcoal lorries queue at the Mokowe weighbridge.\n"
     "2. (SBU) A county officer takes cash to wave through the lorries at night.\n"
     "3. (SBU) Handling: the SBU paragraphs of this cable can be passed to the British High Commission up to\n"
     "31 December 2026 under the forestry arrangement.\nDOE\n",
     {"partner": ["takes cash to wave through the lorries"]}, {"partner": ["Charcoal lorries queue at the Mokowe"]}),
    ('until-shared-with-letter',
     "SENSITIVE BUT UNCLASSIFIED\nOffice of the Legal Attache, London\n2 December 2026\n\n"
     "(U) Thank you for the meeting last week.\n(SBU) The witness lives at an address in Croydon known to the team.\n"
     "(SBU) These notes may be shared with the Metropolitan Police through 15 November 2026 only.\n",
     {"partner": ["witness lives at an address in Croydon"]}, {"partner": ["Thank you for the meeting"]}),
    # trap: the window is still open on the document's date
    ('until-given-memo',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nMEMORANDUM\nDate: 4 December 2026\nSubject: (U) Harbour pilots\n\n"
     "1. (U) The harbour pilots union met the port authority on Monday.\n"
     "2. (U//FOUO) Two pilots admitted taking payments from a bunkering firm.\n"
     "3. (U) The FOUO items above can be given to the UK liaison officer through 30 October 2026.\n",
     {"partner": ["Two pilots admitted taking payments"]}, {"partner": ["harbour pilots union met"]}),
    ('until-wrapped-shareable',
     "SENSITIVE BUT UNCLASSIFIED\nDate: 9 December 2026\n\n(U) The fisheries talks resumed.\n"
     "(SBU) The patrol vessel's engine has failed twice this month.\n"
     "(U) Handling: the SBU portion is shareable with the Royal Navy liaison\nuntil 1 December 2026.\n",
     {"partner": ["patrol vessel's engine has failed"]}, {"partner": ["fisheries talks resumed"]}),
    # trap: the window is still open on the document's date
    ('trap-until-open',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nMEMORANDUM\nDate: 4 December 2026\nSubject: (U) Harbour pilots\n\n"
     "1. (U) The harbour pilots union met the port authority on Monday.\n"
     "2. (U//FOUO) Two pilots admitted taking payments from a bunkering firm.\n"
     "3. (U) The FOUO items above can be given to the UK liaison officer through 30 June 2027.\n",
     {}, {"partner": ["Two pilots admitted taking payments"]}),
    # ---- 2 a release valid FROM a date after the document's date
    ('from-json-effective',
     '{\n  "id": "CBP-LHR-2026-118",\n  "created": "2026-12-01",\n  "banner": "CUI",\n  "rel_to": ["USA", "GBR"],\n'
     '  "release_effective_date": "2027-02-01",\n  "summary": "(U) Air cargo screening at Heathrow, a review",\n'
     '  "finding": "(CUI) Screeners skipped the second x-ray on night shifts in October"\n}\n',
     {"partner": ["Screeners skipped the second x-ray"]}, {"partner": ["Air cargo screening at Heathrow"]}),
    ('from-yaml-start',
     "title: (U) Fishing licence audit\ndate: 2026-10-05\nmarking: UNCLASSIFIED//LES\nsharing:\n  with: [GBR]\n"
     "  sharing_start: 2026-12-15\nitems:\n  - (U) Forty licences were audited.\n"
     "  - (LES) Nine licences were issued to a front company of the Navarro family.\n",
     {"partner": ["issued to a front company of the Navarro family"]}, {"partner": ["Forty licences were audited"]}),
    ('from-xml-attribute',
     '<report id="USAID-26-77" date="2026-11-20">\n  <handling>\n    <banner>CUI</banner>\n'
     '    <dissemination relTo="USA GBR" releaseValidFrom="2027-03-01"/>\n  </handling>\n'
     '  <para portion="U">(U) The grant covers two coastal radars.</para>\n'
     '  <para portion="CUI">(CUI) The second radar site sits on land owned by a minister.</para>\n</report>\n',
     {"partner": ["sits on land owned by a minister"]}, {"partner": ["The grant covers two coastal radars"]}),
    ('from-label-line',
     "CUI\nCase note 2026-118, 20 November 2026\nREL TO USA, GBR\nGBR release effective: 15 January 2027\n\n"
     "(U) The shipment was weighed at Tilbury.\n(CUI) The broker's second phone is registered to his sister.\n",
     {"partner": ["broker's second phone is registered"]}, {"partner": ["shipment was weighed at Tilbury"]}),
    # trap: the window opened before the document's date
    ('trap-from-open',
     '{\n  "created": "2026-11-30",\n  "banner": "CUI",\n  "rel_to": ["USA", "GBR"],\n  "dissem_valid_from": "2026-10-01",\n'
     '  "summary": "(U) Port state control statistics",\n  "finding": "(CUI) Inspectors detained three tankers in November"\n}\n',
     {}, {"partner": ["Inspectors detained three tankers in November"]}),
    # ---- 3 a release condition in a record element whose approval is shown pending
    ('cond-xml-pending',
     '<memo date="2026-11-02">\n  <banner>UNCLASSIFIED//FOR OFFICIAL USE ONLY</banner>\n  <release>\n    <to>GBR</to>\n'
     '    <condition>Sharing with the UK only after the post security officer approves.</condition>\n'
     '    <rsoApproval status="requested" date=""/>\n  </release>\n'
     '  <p portion="U">(U) The embassy fence repair is finished.</p>\n'
     '  <p portion="U//FOUO">(U//FOUO) The rear gate camera has been dead since October.</p>\n</memo>\n',
     {"partner": ["rear gate camera has been dead"]}, {"partner": ["embassy fence repair is finished"]}),
    ('cond-yaml-pending',
     "title: (U) Motorcade review\ndate: 2026-11-03\nbanner: UNCLASSIFIED//FOUO\nrelease:\n  to: [USA, GBR]\n"
     "  condition: Release to the British only upon concurrence of the regional director.\n"
     "  concurrence: pending\nbody:\n  - (U) Motorcade routes were reviewed.\n"
     "  - (U//FOUO) The airport route has no alternate after the bridge.\n",
     {"partner": ["airport route has no alternate"]}, {"partner": ["Motorcade routes were reviewed"]}),
    ('cond-xml-pending-ns',
     '<ns:report xmlns:ns="urn:x" date="2026-11-15">\n <ns:handling>\n  <ns:banner>UNCLASSIFIED//LES</ns:banner>\n'
     '  <ns:relTo>GBR</ns:relTo>\n  <ns:condition>Foreign disclosure to GBR upon approval by the FDO.</ns:condition>\n'
     '  <ns:fdoApproval status="pending"/>\n </ns:handling>\n'
     ' <ns:p>(U) The task force met twice.</ns:p>\n <ns:p>(LES) The suspect uses a safe flat on Bute Street.</ns:p>\n'
     '</ns:report>\n',
     {"partner": ["safe flat on Bute Street"]}, {"partner": ["The task force met twice"]}),
    ('cond-xml-no-status',
     '<report date="2026-11-15">\n <releasability>\n  <relTo>USA</relTo><relTo>GBR</relTo>\n'
     '  <condition>Release to GBR subject to originator consent.</condition>\n </releasability>\n'
     ' <para portion="U//FOUO">(U//FOUO) The convoy leaves Niamey at dawn on Thursdays.</para>\n'
     ' <para portion="U">(U) The road was repaved in 2025.</para>\n</report>\n',
     {"partner": ["convoy leaves Niamey at dawn"]}, {"partner": ["road was repaved in 2025"]}),
    # trap: the approval is shown given
    ('trap-cond-xml-approved',
     '<report date="2026-11-15">\n <releasability>\n  <relTo>USA</relTo><relTo>GBR</relTo>\n'
     '  <condition>Foreign release to GBR only upon approval by the foreign disclosure officer.</condition>\n'
     '  <fdoApproval status="approved" approvedBy="K. Lee" approvedOn="2026-11-16"/>\n </releasability>\n'
     ' <para portion="U//FOUO">(U//FOUO) The convoy leaves Niamey at dawn on Thursdays.</para>\n</report>\n',
     {}, {"partner": ["convoy leaves Niamey at dawn"]}),
    # ---- 4 a release that waits on a block or box the document shows not completed
    ('block-md-uk-column',
     "# Tracker (3 December 2026)\nClassification: UNCLASSIFIED//LES\n\n| No. | Entry | Mark | Share with GBR |\n"
     "|---|---|---|---|\n| 1 | Weekly call moved to Thursday | U | yes |\n"
     "| 2 | The Toxteth courier changed phones again | LES | yes, after the chief signs block 6 |\n\n"
     "Form status:\n- Block 6, section chief: not signed\n",
     {"partner": ["Toxteth courier changed phones again"]}, {"partner": ["Weekly call moved to Thursday"]}),
    ('block-form-ticked-subject-to',
     "RELEASE DECISION                Ref RD-26-044\n1. Recipient: UK Ministry of Defence\n"
     "2. Classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
     "3. Decision: [ ] Denied   [X] Approved, subject to block 7   [ ] Approved\n4. Date: 10 November 2026\n"
     "7. Condition: the originating command must concur.\n   Concurrence: [ ] Yes   [X] No   (date ____)\n\n"
     "(U) The exercise was held at Salisbury Plain.\n(U//FOUO) Two radios were lost on the second night.\n",
     {"partner": ["Two radios were lost on the second night"]}, {"partner": ["exercise was held at Salisbury Plain"]}),
    ('block-sharing-once-signed',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) The visit programme is attached.\n"
     "(U//FOUO) The minister's car uses the north entrance.\n\n"
     "Sharing with the UK permitted once block 12 is signed.\nBlock 12 (attache): unsigned\n",
     {"partner": ["minister's car uses the north entrance"]}, {"partner": ["visit programme is attached"]}),
    ('block-form-conditional-approval',
     "DISCLOSURE FORM   FD-26-300\nA. Foreign recipient: British Embassy Tunis\nB. Marking: UNCLASSIFIED//FOUO\n"
     "C. Decision: [x] Approved subject to the condition in box E\nD. Date: 3 November 2026\n"
     "E. Condition: host nation consent in writing.  Consent: [ ] Received  [x] Not yet received\n\n"
     "(U) The survey covered two ports.\n(U//FOUO) The Sfax crane operators are unpaid since August.\n",
     {"partner": ["Sfax crane operators are unpaid"]}, {"partner": ["survey covered two ports"]}),
    # trap: the block is shown signed
    ('trap-block-signed',
     "# Tracker (3 December 2026)\nClassification: UNCLASSIFIED//LES\n\n| No. | Entry | Mark | UK? |\n"
     "|---|---|---|---|\n| 1 | Weekly call moved to Thursday | U | yes |\n"
     "| 2 | The Toxteth courier changed phones again | LES | yes, once the attache signs block 12 |\n\n"
     "- Block 12, country attache: signed 1 Dec (R. Hale)\n",
     {}, {"partner": ["Toxteth courier changed phones again"]}),
    ('trap-form-consent-received',
     "RELEASE DECISION                Ref RD-26-045\n1. Recipient: UK Ministry of Defence\n"
     "2. Classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
     "3. Decision: [ ] Denied   [X] Approved subject to the condition in block 7   [ ] Approved\n4. Date: 10 November 2026\n"
     "7. Condition: the originating command must concur.\n   Concurrence: [X] Received (12 Nov 2026)   [ ] Not received\n\n"
     "(U) The exercise was held at Salisbury Plain.\n(U//FOUO) Two radios were lost on the second night.\n",
     {}, {"partner": ["Two radios were lost on the second night"]}),
    # ---- 5 a worksheet row (CSV) that keeps a block's caption at a level; the caption printed (U)
    ('row-csv-annex-figure',
     "FOIA-2026-1140 review worksheet, exported 2 December 2026\nrequest,seq,portion,action,classification,basis\n"
     "FOIA-2026-1140,1,Annex B narrative,release,U,\nFOIA-2026-1140,2,Annex B Figure 3 caption,retain,SECRET,25X1\n"
     "FOIA-2026-1140,3,Annex B Figure 4 caption,release,U,\n\nANNEX B -- RIVER CROSSINGS\n"
     "(U) Engineers surveyed six crossings on the Ubangi in 2019.\n(U) Figure 3. Ferry landing at Zongo used by the smuggling cell.\n"
     "(U) Figure 4. Bridge pier at Bangui after the flood.\n(U) The survey ended in March 2019.\n",
     {"usg": ["Ferry landing at Zongo used by the smuggling cell"], "public": ["Ferry landing at Zongo"]},
     {"usg": ["Engineers surveyed six crossings", "Bridge pier at Bangui after the flood", "The survey ended in March"]}),
    ('row-csv-semicolon-chart',
     "MDR-2026-0902;declassification review;1 December 2026\nitem;part;decision;level;authority\n"
     "1;Enclosure 2 text;declassify;U;N/A\n2;Enclosure 2 Chart 1 title;withhold;CONFIDENTIAL;1.4(d)\n\nENCLOSURE 2\n"
     "(U) Fuel deliveries to the garrison fell in 2018.\n(U) Chart 1. Diesel diverted to the militia depot at Birao.\n"
     "(U) Deliveries resumed in 2019.\n",
     {"usg": ["Diesel diverted to the militia depot at Birao"]},
     # (the lead, review50c) a caption row also takes `_by_block`'s neighbours of the chart, so the lines beside it
     # are withheld too (fail closed: a caption's own line need not repeat the chart's label)
     {}),
    ('row-csv-quoted-map-legend',
     'case,item,location,decision,level\n"MDR-26-77",1,"Tab A body",declassify,U\n"MDR-26-77",2,"Tab A, Map 2 legend",retain,SECRET\n'
     '\nTAB A\n(U) The border post was rebuilt in 2014.\n(U) Map 2. Tunnel entrances near the Rafah crossing marked in red.\n'
     '(U) The post has twelve guards.\n',
     {"usg": ["Tunnel entrances near the Rafah crossing"]},
     {"usg": ["The post has twelve guards"]}),
    ('row-csv-exhibit-table',
     "worksheet,row,part,action,class,reason\nISCAP-26-3,1,Exhibit 4 Table 1 title,retain,CONFIDENTIAL,25X6\n"
     "ISCAP-26-3,2,Exhibit 4 body,declassify,U,\n\nEXHIBIT 4\n(U) The embassy moved in 2011.\n"
     "(U) Table 1. Guard posts left unmanned after midnight.\n(U) Costs were shared with the host ministry.\n",
     {"usg": ["Guard posts left unmanned after midnight"]},
     {"usg": ["The embassy moved in 2011", "Costs were shared with the host ministry"]}),
    ('trap-row-caption-declassified',
     "MDR-2026-0733 worksheet\ncase,item,location,decision,level,authority\nMDR-2026-0733,1,Exhibit C Figure 1 caption,declassify,U,N/A\n"
     "MDR-2026-0733,2,Exhibit C Figure 2 caption,declassify,U,N/A\n\nEXHIBIT C\n(U) The program trained officers.\n"
     "(U) Figure 1. Coverage of the radar site at Takoradi.\n(U) Figure 2. Coverage of the radar site at Tema.\n",
     {}, {"usg": ["Coverage of the radar site at Takoradi", "Coverage of the radar site at Tema"]}),
    # ---- 6 a note in Catalan naming a part by its ordinal beside text the exact readers place (the annex)
    ('cat-annex-if-any', memo("Nota del traductor: el tercer paràgraf és secret; la resta, i l'annex si n'hi ha, només per a ús oficial."),
     {"usg": W, "public": W + ["Ferry traffic doubles in summer"]}, {}),
    ('cat-annex-first', memo("Nota: l'annex i el tercer paràgraf són confidencials."),
     {"usg": W}, {}),
    ('cat-table', memo("Nota: el tercer paràgraf és confidencial, i també la taula 1 de l'annex."),
     {"usg": W}, {}),
    ('cat-annex-b', memo("Nota: el segon i el tercer paràgrafs són secrets, com l'annex B.", annex="ANNEX B\nThe unit keeps two patrol boats.\n"),
     {"usg": W + ["Ferry traffic doubles in summer"]}, {}),
    ('trap-cat-rest-unclass-en', memo("Note: paragraph 3 is CONFIDENTIAL. Nota de la traductora: la resta no és classificada.", annex=""),
     {"usg": W}, {"usg": ["A workshop is proposed for April", "Ferry traffic doubles in summer"]}),
]


def _versions(text: str) -> dict[str, str]:
    out = sbu_redact.Pipeline().redact(text, levels=list(ALL), partner="GBR")
    return {level: " ".join(out[level].text.split()) for level in ALL}


@pytest.mark.parametrize("case_id,text,withheld,released", CASES, ids=[c[0] for c in CASES])
def test_case(case_id: str, text: str, withheld: dict[str, list[str]], released: dict[str, list[str]]) -> None:
    got = _versions(text)
    flat = " ".join(text.split())
    for level, phrases in withheld.items():
        for phrase in phrases:
            assert phrase in flat, phrase
            assert phrase not in got[level], (level, phrase)
    for level, phrases in released.items():
        for phrase in phrases:
            assert phrase in flat, phrase
            assert phrase in got[level], (level, phrase)
