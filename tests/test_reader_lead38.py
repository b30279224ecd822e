"""Lead, session 38: what review38b found in open38b's merge, fixed by the lead (issue 8).

review38b wrote 69 documents against open38b's release-field change; two classes leaked at partner in the merge and
not on main `8d8e7ff`: `GB` read as the UK in a list of who may see the text (initials, gigabytes, "the GB cell":
`country_names` had `GB: GBR`), and a release list parted by `;` with a condition after it (`Releasable to: USA; GBR
(upon FDO approval)`: the `;` made the list read, the condition was dropped). Old leaks of the same fields it found:
the condition after a list parted by commas; a note in the label's parentheses (`Releasable To (except GBR): FVEY`,
`Releasable To (after 1 July):`); a list without the USA (`Releasable to: FVEY`, read as nothing, released at public).

First run (the merged lead `c270cd42`): every case below leaked (the review's run). Fix, each only adding controls:
`GB` counts only among the countries a sentence excepts (`excepted_country_names`); after a list of who may see the
text, any words left unread make the field NOFORN (`document_controls.take_field`); a label's note other than
`release_field_label_notes` (`(Countries)`) makes it NOFORN; a list without the USA is read with the USA first.

review38f (64 documents against fix155's merge and the release-field fix) found two classes leaking in the merge and
not on main: a column header's lower mark (`Meeting (U)`, `Remarks (SBU)`) set a row with an empty Class cell to that
mark, below the banner it would otherwise take (csv_export.with_column_marks: now a record with no mark of its own is
only raised by a classified column mark); a PDF footer line `Page 1 of 2   UNCLASSIFIED   Declassify On: 20361231`
read as a page banner dropped the authority part's evidence (footer_banners: a footer whose banners are all
unclassified beside an authority part is no banner). And an old one: `Releasable to: FVEY minus UK` read as nothing
(MINUS, SANS, WITHOUT, EXCL are release-field signs now: NOFORN). First run: each leaked on the merged lead `351e97e5`.
"""
from __future__ import annotations

import pytest

from released import assert_withheld

CASES = [
    ('min01_gb_initials',
     'UNCLASSIFIED\n[10:03] k.ortiz: departs Camp Bucca 0400Z via route TAMPA, two gun trucks short\n[10:04] m.lee: Fine to share with the Aussies once GB signs off, nobody else.\n',
     ('partner', 'public'), 'two gun trucks short'),
    ('min04_gb_gigabytes',
     'UNCLASSIFIED\nThe fallback router sits in room 214, unpatched since January.\nOK to share with the Canadians as the 4 GB zip, nobody else.\n',
     ('partner', 'public'), 'unpatched since January'),
    ('min05_gb_may_be_passed',
     'UNCLASSIFIED\nThe harbor security boats are in maintenance.\nThis note may be passed to the Greek Navy and the GB cell at NSA Souda only.\n',
     ('partner', 'public'), 'harbor security boats are in maintenance'),
    ('min02_semicolon_condition',
     'UNCLASSIFIED\nReleasable to: USA; GBR (upon FDO approval)\nResupply runs through Cotonou and is exposed at the Benin border crossing at Malanville.\n',
     ('partner', 'public'), 'exposed at the Benin border crossing'),
    ('rf22_semicolon_if_approved',
     'UNCLASSIFIED\nSubject: site survey, Lajes\nReleasable To: USA; GBR; PRT if approved by the DAO\n\n(U) The runway lighting backup is a single generator behind hangar 4.\nThe perimeter camera on the east fence has been dark since March.\n',
     ('partner', 'public'), 'dark since March'),
    ('min03_comma_condition',
     'UNCLASSIFIED\nReleasable to: USA, GBR (upon FDO approval)\nResupply runs through Cotonou and is exposed at the Benin border crossing at Malanville.\n',
     ('partner', 'public'), 'exposed at the Benin border crossing'),
    ('rf14_label_paren_banner',
     'UNCLASSIFIED\nTitle: Sahel logistics assessment\nReleasable To (after 1 July): USA, GBR\n\nThe Niamey airfield fuel farm holds four days of JP-8. Resupply runs through\nCotonou and is exposed at the Benin border crossing at Malanville.\n',
     ('partner', 'public'), 'exposed at the Benin border crossing'),
    ('rf18_dash_form_paren',
     'UNCLASSIFIED\nReleasability - USA, GBR (draft; confirm with FDO)\n(U) The staging base will lose two of its three tanker ramps in August.\n',
     ('partner', 'public'), 'lose two of its three tanker ramps'),
    ('rf19_label_paren_except',
     'UNCLASSIFIED\nTitle: Pacific basing study, annex C\nReleasable To (except GBR): FVEY\n\nThe Darwin fuel depot runs at 40 percent capacity until the new tanks open in 2028.\n',
     ('partner', 'public'), 'Darwin fuel depot runs at 40 percent'),
    ('rf21_semicolon_excluded',
     'UNCLASSIFIED\nREL: FVEY; GBR excluded for this annex\nThe Darwin fuel depot runs at 40 percent capacity until the new tanks open in 2028.\n',
     ('partner', 'public'), 'Darwin fuel depot runs at 40 percent'),
    ('a07_md_min_header_u_empty_class',
     'SECRET//NOFORN\n\n| Class | Meeting (U) | Outcome |\n|---|---|---|\n| | Budget session | the Minister privately asked for 40 additional Stinger missiles |\n\nSECRET//NOFORN\n',
     ('usg', 'partner', 'public'), 'the Minister privately asked for 40 additional Stinger missiles'),
    ('a08_csv_header_u_empty_class',
     'SECRET//NOFORN\nClassification,Date,Meeting (U),Outcome\nU,2026-03-02,Press availability,routine\n,2026-03-03,Budget session,the Minister privately asked for 40 additional Stinger missiles\n,2026-03-04,Rail ministry visit,asset RAVEN confirmed the Belarusian rail shipment\nSECRET//NOFORN\n',
     ('usg', 'partner', 'public'), 'the Minister privately asked for 40 additional Stinger missiles'),
    ('a08_csv_header_u_empty_class',
     'SECRET//NOFORN\nClassification,Date,Meeting (U),Outcome\nU,2026-03-02,Press availability,routine\n,2026-03-03,Budget session,the Minister privately asked for 40 additional Stinger missiles\n,2026-03-04,Rail ministry visit,asset RAVEN confirmed the Belarusian rail shipment\nSECRET//NOFORN\n',
     ('usg', 'partner', 'public'), 'asset RAVEN confirmed the Belarusian rail shipment'),
    ('a14_tsv_header_u_blank_class',
     'SECRET//NOFORN\nDate\tClassification\tTopic (U)\tSummary\n03-01\tU\tBorder\tKosovo border crossing reopened\n03-02\t\tCounterintelligence\tthe Serbian BIA officer sold the NATO liaison roster to the GRU\nSECRET//NOFORN\n',
     ('usg', 'partner', 'public'), 'the Serbian BIA officer sold the NATO liaison roster to the GRU'),
    ('a19_md_header_sbu_mark_empty_class',
     'SECRET//NOFORN\n\n| Class | Topic | Remarks (SBU) |\n|---|---|---|\n| U | Visa appointment backlog update | none |\n| | Liaison | the Jordanian GID passed us the names of two ISIS facilitators in Zarqa |\n\nSECRET//NOFORN\n',
     ('usg', 'partner', 'public'), 'the Jordanian GID passed us the names of two ISIS facilitators in Zarqa'),
    ('b13_footer_min',
     '(U) Reception notes.\n\nPage 1 of 2        UNCLASSIFIED        Declassify On: 20361231\n\nThe Venezuelan general offered to testify about the Tren de Aragua payments.\n',
     ('usg', 'partner', 'public'), 'The Venezuelan general offered to testify about the Tren de Aragua payments'),
    ('b15_footer_derived_from_u',
     '(U) Reception notes.\n\nPage 1 of 2        UNCLASSIFIED        Derived From: DNI CG 3.0\n\nThe Venezuelan general offered to testify about the Tren de Aragua payments.\n',
     ('usg', 'partner', 'public'), 'The Venezuelan general offered to testify about the Tren de Aragua payments'),
    ('b16_footer_reason_u',
     '(U) Reception notes.\n\nPage 1 of 2        UNCLASSIFIED        Reason: 1.4(c)\n\nThe Venezuelan general offered to testify about the Tren de Aragua payments.\n',
     ('usg', 'partner', 'public'), 'The Venezuelan general offered to testify about the Tren de Aragua payments'),
    ('b23_footer_tab_separated_decl',
     '(U) Reception notes.\n\nThe Venezuelan general offered to testify about the Tren de Aragua payments.\n\n- 1 -\tUNCLASSIFIED//FOUO\tDECL: 20361231\n',
     ('usg', 'partner', 'public'), 'The Venezuelan general offered to testify about the Tren de Aragua payments'),
    ('e01_relfield_fvey_less_gb',
     'UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasable to: FVEY minus GB\n\n(U) The visa section resumed normal hours.\n\n(U//FOUO) Per the Home Office readout, the Home Office will expel two Russian diplomats on 30 April.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n',
     ('partner', 'public'), 'the Home Office will expel two Russian diplomats on 30 April'),
    ('e09_relfield_fvey_minus_uk',
     'UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasable to: FVEY minus UK\n\n(U) The visa section resumed normal hours.\n\n(U//FOUO) Per the Home Office readout, the Home Office will expel two Russian diplomats on 30 April.\n',
     ('partner', 'public'), 'the Home Office will expel two Russian diplomats on 30 April'),
]


@pytest.mark.parametrize("name,text,levels,phrase", CASES, ids=[c[0] for c in CASES])
def test_review38_documents_withheld(name, text, levels, phrase):
    assert_withheld(text, phrase, levels)
