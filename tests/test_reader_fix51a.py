"""fix51a: old leak classes the last session's reviewers found (issue 8), fresh cases by class.

First run (review50 documents a, b, c on main `04f90b38`): 14 of 134 documents leaked. Of the brief's classes, 7:
r50a-17 (`Distribution: FBI, French DGSI, Ministry of Defence only` in a (U) paragraph), r50a-28 (`These entries must
not go to Cheltenham or the NCSC`), r50c-01 (`You may share this paragraph with the British embassy only` in a (U//FOUO)
paragraph under a U//FOUO//NOFORN banner), r50c-13 (a release window `up to 30 November 2026` in a cable whose DTG
says December, a November reference above the header), r50c-20 and r50c-24 (a CSV worksheet row about `Figure 2
caption` / `Fig. 2 label` whose caption is a `Caption:` / `Label:` line of its own), r50c-36 (`<approval by="Cobra Gold
planning cell" countersigned="true"/>` read as the UK's countersignature). After: 0 of them leak (the reviewer cases
below). Left (not these classes): r50c-03, -05, -09, -30, -54 ask SBU or FOUO text withheld at usg (self statements:
`This paragraph is SBU` under (SBU//NF)), r50c-03 also at partner (a NOFORN stated in an e-mail's Subject only).

Fix, by class, only raising: 1 markings.yaml: a closed list after a distribution label (`Distribution:`, `Audience:`)
anywhere in a line (the `list_leaves_out_uk` pattern; fix49d's line-start pattern missed it after a portion mark), and
`go to` after any noun of `this`/`these`/`that`/`those`; 2 record_targets `_caption_lines`: a row about a block's
caption, title, legend or label raises the `Caption:`-labelled portions on either side of the block's portion, up to
the next block; 3 release_conditions `_NAMED_VALUE`: a two-letter field name (`by=`, `"by":`) is read, so a party
attribute `by` names another party's step; 4 reader/forbidden_releases.py (new): a controlled portion granting a
release to the UK (a REL TO list read from its words, or a permission, `may share`, `OK to pass`, `shareable`, `REL TO`,
before a UK name) in a document whose banner says NOFORN takes NOFORN; 5 release_conditions `lapsed`
compares with `_document_dates` (a cable's DTG, an ISO date-time) as `not_yet_valid` does.

Cases: the 7 reviewer documents above (`fix51a_review_cases.json`) and 22 fresh ones (5, 4, 4, 4, 5 by class), each
failing on main `04f90b38` (run from a copy of the tests with PYTHONPATH=/tmp/m51); 5 guards of the same shapes that
main already withholds (a tab and a pipe worksheet row, a JSON `"by"`, an ISO date-time, `valid through`); 8 traps
that must still release (a closed list holding GCHQ, `must not go to the archive`, another figure's label, the UK
liaison's own countersignature, a UK permission under a banner without NOFORN or in a plain (U) portion, a narrative
`The UK shared ...`, a DTG before the window's end). Harness (11,972 documents) against main's t0 (/tmp/s51/t0.txt): the 2,853 documents whose text can reach a change
(a distribution label, `go to`, a two-letter field name, a DTG or ISO date-time, a caption word beside a block, a
NOFORN sign with a release word) re-run on the final tree: NEW LEAKS 0, new over-redaction 0 (adv131-014, a note
`Figure 3 and its caption are SECRET//NOFORN` whose figure no marked portion names, raised every portion until a
note about a caption that finds no block was left to main's reading), fixed 0 (t0 has no leaking document). 6,044
documents of an earlier snapshot's whole run: no change either. Fresh-case limits: a bare `Shareable with the UK` or `REL TO USA,
GBR` inside an (SBU) paragraph is read by `forbidden_releases`' own words, not as evidence; `FBI, DGSI only` (an agency
no rule names as French) limits nothing.
"""
from __future__ import annotations

import pytest

from released import reviewer_documents_test, versions

test_reviewer_document_is_withheld = reviewer_documents_test("fix51a")


def _memo(banner: str, *paras: str) -> str:
    body = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paras, 1))
    return f"{banner}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Field notes\n\n{body}\n\n{banner}\n"


_XML = """<?xml version="1.0"?>
<releaseRecord date="2026-11-20">
  <classification>CUI</classification>
  <releasableTo>USA, GBR</releasableTo>
  <releaseCondition>{cond}</releaseCondition>
  {step}
  <text>The amphibious group will stage the reconnaissance platoon at Hat Yai before the landing.</text>
</releaseRecord>
"""

# (id, document, phrase that must be withheld, levels)
WITHHELD: list[tuple[str, str, str, tuple[str, ...]]] = [
    # 1 a closed list after a distribution label in a paragraph; a ban on a UK establishment after `these <noun>`
    ("dist-label-french-home-office",
     _memo("UNCLASSIFIED//FOUO", "(U) Distribution: DEA, French OCRTIS, Home Office only.",
           "(U//FOUO) The courier switched to a Marseille ferry on the 4th.", "(U) Next meeting in March."),
     "courier switched to a Marseille ferry", ("partner", "public")),
    ("audience-label-spanish-cabinet-office",
     _memo("UNCLASSIFIED//FOUO", "(U//FOUO) Audience: Spanish Guardia Civil, FBI, Cabinet Office only. The cartel "
           "moved its accountant to Malaga in October.", "(U) Coffee is in room 4."),
     "cartel moved its accountant to Malaga", ("partner", "public")),
    ("these-minutes-cheltenham",
     _memo("UNCLASSIFIED//FOUO", "(U//FOUO) These minutes must not go to Cheltenham.",
           "(U//FOUO) The intercept site at Ayios Nikolaos lost power twice last week.", "(U) End of notes."),
     "intercept site at Ayios Nikolaos lost power", ("partner", "public")),
    ("that-spreadsheet-northwood",
     _memo("UNCLASSIFIED//FOUO", "(U//FOUO) That spreadsheet should not go to Northwood or the Doughnut.",
           "(U//FOUO) Two frigates will miss the spring exercise for engine work.", "(U) End of notes."),
     "Two frigates will miss the spring exercise", ("partner", "public")),
    ("those-transcripts-ncsc",
     _memo("UNCLASSIFIED//FOUO", "(U//FOUO) Those transcripts cannot go to the NCSC.",
           "(U//FOUO) The ransomware crew reused a Lithuanian hosting account.", "(U) End of notes."),
     "ransomware crew reused a Lithuanian hosting account", ("partner", "public")),
    # 2 a worksheet row about a block's caption, legend, title or label: the caption's own line is raised
    ("csv-row-chart-title-above",
     "UNCLASSIFIED\n\nitem,decision,classification\nChart 1 title,retain,SECRET\n\n"
     "(U) Title: payments from the ministry to the militia commander, 2025.\n(U) Chart 1. Monthly totals.\n"
     "(U) The chart covers twelve months.\n",
     "payments from the ministry to the militia commander", ("usg", "partner", "public")),
    ("csv-row-exhibit-label",
     "UNCLASSIFIED\n\nref,page,item,decision,level\nX-2,5,Exhibit 4 label,retain,CONFIDENTIAL\n\n"
     "(U) Exhibit 4. Photograph of the warehouse.\n(U) The warehouse lies east of the rail yard.\n"
     "(U) Label: the white van belongs to the Kassem brothers.\n",
     "white van belongs to the Kassem brothers", ("usg", "partner", "public")),
    ("csv-row-photo-caption-dash",
     "UNCLASSIFIED//FOUO\n\nline,page,item,action,class\n3,7,Photo 3 caption,retain,SECRET\n\n"
     "(U) Photo 3. The pier at dusk.\n(U) The pier was rebuilt in 2019.\n(U) The fishing fleet moors on the south side.\n"
     "(U) Caption - the grey hull at the end of the pier is the smugglers' mother ship.\n",
     "grey hull at the end of the pier is the smugglers", ("usg", "partner", "public")),
    ("csv-row-diagram-legend",
     "UNCLASSIFIED\n\nid,item,outcome,level\nD-1,Diagram 1 legend,retain,CONFIDENTIAL\n\n"
     "(U) Diagram 1. Network layout.\n(U) The layout shows the ministry's data centre.\n"
     "(U) Legend: the dashed line is the tap the service installed on the backbone.\n",
     "dashed line is the tap the service installed", ("usg", "partner", "public")),
    # 3 an approval whose party (`by=`) is not the one the condition names
    ("by-exercise-cell",
     _XML.format(cond="ISA-44 countersigned by the UK liaison officer",
                 step='<approval by="Cobra Gold planning cell" countersigned="true"/>'),
     "stage the reconnaissance platoon at Hat Yai", ("partner", "public")),
    ("by-talisman-staff",
     _XML.format(cond="MOU annex countersigned by the British defence attache",
                 step='<signature by="Exercise Talisman Sabre staff" countersigned="yes"/>'),
     "stage the reconnaissance platoon at Hat Yai", ("partner", "public")),
    ("by-steel-shield-signed",
     _XML.format(cond="letter of intent signed by the British liaison",
                 step='<step by="Steel Shield exercise cell" signed="true"/>'),
     "stage the reconnaissance platoon at Hat Yai", ("partner", "public")),
    ("by-ulchi-cell-yes",
     _XML.format(cond="data annex countersigned by the British exchange officer",
                 step='<countersignature by="Ulchi Freedom Shield J5 cell" countersigned="yes"/>'),
     "stage the reconnaissance platoon at Hat Yai", ("partner", "public")),
    # 4 a release to a partner stated in a controlled portion of a NOFORN document
    ("fouo-noforn-pass-to-uk",
     _memo("UNCLASSIFIED//FOUO//NOFORN", "(U//FOUO//NF) The new badge readers arrive in January.",
           "(U//FOUO) This paragraph may be passed to the UK delegation only. The motorcade will use the river "
           "route on Tuesday.", "(U) Contact the RSO with questions."),
     "motorcade will use the river route", ("partner", "public")),
    ("cui-noforn-releasable-to-gbr",
     _memo("CUI//NOFORN", "(CUI//NF) The grant audit found two shell companies.",
           "(CUI) Releasable to GBR only. The auditors will interview the finance director in Leeds.",
           "(U) Next update in two weeks."),
     "auditors will interview the finance director", ("partner", "public")),
    ("sbu-noforn-share-with-british",
     _memo("SBU//NOFORN", "(SBU//NF) The guard rota changes on the 3rd.",
           "(SBU) You may share this item with the British High Commission. The safe room door is being replaced.",
           "(U) Parking is closed on Friday."),
     "safe room door is being replaced", ("partner", "public")),
    ("fouo-noforn-ok-to-share-london",
     _memo("UNCLASSIFIED//FOUO//NOFORN", "(U//FOUO//NF) Visa interviews are suspended next week.",
           "(U//FOUO) OK to share this with London only: the consular server will be moved to Frankfurt.",
           "(U) Thanks all."),
     "consular server will be moved to Frankfurt", ("partner", "public")),
    # 5 a release window that ended before a date the document states only as a cable DTG or an ISO date-time
    ("dtg-after-window",
     "Ref: letter of 3 October 2026.\nSENSITIVE BUT UNCLASSIFIED\nR 121400Z NOV 26\nFM AMEMBASSY NICOSIA\nTO SECSTATE "
     "WASHDC\n\nSUBJECT: Port screening\n\n1. (SBU) The screening data can be passed to the British High Commission "
     "up to 31 October 2026. Customs found drone parts in three containers from Latakia.\n\n"
     "2. (U) Post will follow up.\n",
     "Customs found drone parts in three containers", ("partner", "public")),
    ("dtg-after-window-until",
     "Reference: call of 1 September 2026.\nSBU\nP 050900Z OCT 26\nFM AMEMBASSY TUNIS\nTO SECSTATE WASHDC\n\n"
     "SUBJECT: Coast guard\n\n1. (SBU) Sharing with the UK is authorized until 30 September 2026. The coast guard "
     "chief expects two more boats to sail from Sfax this week.\n\n2. (U) More to follow.\n",
     "expects two more boats to sail from Sfax", ("partner", "public")),
    ("dtg-after-window-london",
     "See our note of 3 November 2026.\nSENSITIVE BUT UNCLASSIFIED\nO 201000Z NOV 26\nFM AMEMBASSY BEIRUT\nTO SECSTATE "
     "WASHDC\n\nSUBJECT: Port of Tripoli\n\n1. (SBU) This report can be passed to London up to 15 November 2026. The port "
     "police chief is taking payments from the fuel smugglers.\n\n2. (U) Post will report.\n",
     "port police chief is taking payments", ("partner", "public")),
    ("dtg-after-window-canberra-ottawa",
     "Ref A: cable of 1 May 2026.\nSBU\nR 090700Z JUN 26\nFM AMEMBASSY SUVA\nTO SECSTATE WASHDC\n\nSUBJECT: Fisheries\n\n"
     "1. (SBU) This assessment may be shared with the British High Commission up to 31 May 2026. The minister's "
     "brother owns the trawler company.\n\n2. (U) Post will report.\n",
     "minister's brother owns the trawler company", ("partner", "public")),
    ("dtg-after-window-shareable",
     "Meeting of 20 June 2026.\nSBU\nO 101200Z JUL 26\nFM AMEMBASSY ACCRA\nTO SECSTATE WASHDC\n\nSUBJECT: Piracy\n\n"
     "1. (SBU) These notes may be shared with the Royal Navy up to 30 June 2026. The tanker crew paid a ransom "
     "through a Lagos broker.\n\n2. (U) Post will report.\n",
     "crew paid a ransom through a Lagos broker", ("partner", "public")),
]

# (same shapes, already withheld on main `04f90b38`: kept as guards, not counted among the cases that fail on main)
GUARDS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("dtg-after-window-valid-through",
     "Minutes of 2 July 2026.\nSBU\nR 140800Z AUG 26\nFM AMEMBASSY DAKAR\nTO SECSTATE WASHDC\n\nSUBJECT: Fisheries\n\n"
     "1. (SBU) Release to GBR valid through 31 July 2026. The patrol found Chinese trawlers inside the zone twice.\n\n"
     "2. (U) Post will report.\n",
     "patrol found Chinese trawlers inside the zone", ("partner", "public")),
    ("tab-row-figure-caption",
     "UNCLASSIFIED//FOUO\n\nReview sheet\nID\tPage\tItem\tAction\tLevel\nR-4\t2\tFigure 5 caption\tretain\tSECRET\n\n"
     "(U) Figure 5. Harbour approaches.\n(U) The breakwater is two kilometres long.\n"
     "(U) Caption: the radar on the lighthouse is the navy's only coastal sensor.\n(U) Figure 6. Town centre.\n",
     "radar on the lighthouse is the navy's only coastal sensor", ("usg", "partner", "public")),
    ("pipe-row-map-legend",
     "UNCLASSIFIED\n\n| No. | Item | Decision | Level |\n|---|---|---|---|\n| 7 | Map 2 legend | withhold | CONFIDENTIAL |\n\n"
     "(U) Map 2. Border crossings.\n(U) Legend: red dots mark the smugglers' night crossings near Kapitan Andreevo.\n",
     "red dots mark the smugglers' night crossings", ("usg", "partner", "public")),
    ("json-by-exercise",
     '{"classification": "CUI", "releasable_to": ["USA", "GBR"],\n "release_condition": "ISA-12 countersigned by the UK '
     'desk officer",\n "approval": {"by": "Pacific Vanguard planning cell", "countersigned": true},\n "text": "The '
     'submarine tender will refuel at Apra Harbor on the 9th."}\n',
     "submarine tender will refuel at Apra Harbor", ("partner", "public")),
    ("iso-datetime-after-window",
     "Note of 2 November 2026\nSent: 2026-11-21T09:12:44Z\nSubject: SBU - detainee transfer\n\n(SBU) Release to the UK "
     "is valid through 15 November 2026. The transfer flight leaves from Bagram at night.\n\n(U) Thanks.\n",
     "transfer flight leaves from Bagram", ("partner", "public")),
]

# (id, document, phrase that must be released, level): traps of the same shapes
RELEASED: list[tuple[str, str, str, str]] = [
    ("dist-label-gchq", _memo("UNCLASSIFIED//FOUO", "(U) Distribution: FBI, GCHQ only.",
                              "(U//FOUO) The courier switched to a Marseille ferry on the 4th."),
     "courier switched to a Marseille ferry", "partner"),
    ("these-entries-archive", _memo("UNCLASSIFIED//FOUO", "(U//FOUO) These entries must not go to the archive.",
                                    "(U//FOUO) The relay station came back on air."),
     "relay station came back on air", "partner"),
    ("caption-other-figure",
     "UNCLASSIFIED\n\nitem,decision,classification\nFig. 2 label,retain,CONFIDENTIAL\n\n(U) Fig. 2. Photo of the quay.\n"
     "(U) Label: the man in the grey coat.\n(U) Fig. 3. Photo of the market.\n(U) Label: stalls selling fruit at dawn.\n",
     "stalls selling fruit at dawn", "usg"),
    ("by-uk-liaison", _XML.format(cond="ISA-44 countersigned by the UK liaison officer",
                                  step='<approval by="UK liaison officer" countersigned="true"/>'),
     "stage the reconnaissance platoon at Hat Yai", "partner"),
    ("share-uk-no-noforn-banner",
     _memo("UNCLASSIFIED//FOUO", "(U//FOUO) The new badge readers arrive in January.",
           "(U//FOUO) This paragraph may be passed to the UK delegation only. The motorcade will use the river route."),
     "motorcade will use the river route", "partner"),
    ("share-uk-plain-u-under-noforn",
     _memo("UNCLASSIFIED//FOUO//NOFORN", "(U//FOUO//NF) The new badge readers arrive in January.",
           "(U) You may share this with the British embassy. The canteen reopens on Monday."),
     "canteen reopens on Monday", "partner"),
    ("uk-shared-narrative-under-noforn",
     _memo("SBU//NOFORN", "(SBU//NF) Visa interviews are suspended next week.",
           "(SBU) The UK shared its own data with us last week. The canteen reopens on Monday."),
     "canteen reopens on Monday", "partner"),
    ("dtg-before-window-end",
     "Ref: letter of 3 October 2026.\nSENSITIVE BUT UNCLASSIFIED\nR 121400Z OCT 26\nFM AMEMBASSY NICOSIA\nTO SECSTATE "
     "WASHDC\n\nSUBJECT: Port screening\n\n1. (SBU) The screening data can be passed to the British High Commission "
     "up to 31 October 2026. Customs found drone parts in three containers from Latakia.\n\n2. (U) Post will follow up.\n",
     "Customs found drone parts in three containers", "usg"),
]


@pytest.mark.parametrize("case", WITHHELD + GUARDS, ids=[c[0] for c in WITHHELD + GUARDS])
def test_withheld(case: tuple[str, str, str, tuple[str, ...]]) -> None:
    _, text, phrase, levels = case
    assert " ".join(phrase.split()) in " ".join(text.split())
    for level, released in versions(text, ("usg", "partner", "public")).items():
        if level in levels:
            assert phrase not in " ".join(released.split()), level


@pytest.mark.parametrize("case", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case: tuple[str, str, str, str]) -> None:
    _, text, phrase, level = case
    assert phrase in " ".join(versions(text, ("usg", "partner", "public"))[level].split()), level
