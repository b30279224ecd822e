"""open38b: release limits in metadata, escaped control lines, titled blocks and Five-Eyes wordings (issue 8, old leaks).

Classes (the reviewers' documents, then two or three variants of mine each, written before I read the reader): 1 a
Five-Eyes release that leaves Britain out in other words (`Distribution: Five Eyes minus GB`, `Distro: FVEY (minus
GB)`); 2 a release field of another shape (`Releaseable to:`, `Rel. To:` with `Foreign-Disclosure: NO`, `Releasable To
(Countries):`, `Releasable by: USA only`, `Disclosure: Not releasable to foreign nationals`, `Releasability - USA
ONLY`, `REL: USA; AUS; CAN`); 3 a NOFORN field over (U) paragraphs or chat lines; 4 a mark inside a fenced code block;
5 a `(U)` that is a symbol in a list of definitions (`- (U) denotes ...` / `- (P) denotes ...`); 6 a titled block tag
(`<div title=...>`, `<p title=...>`, `<li title=...>`) between HTML portions.

First run on main `8d8e7ff` (before any change; 45 checks, 24 failed): every one of the 12 review documents leaked;
of my 18 variants 11 leaked (`fvey-minus-gb-paren`, the five release-field variants but `releasability-dash-us` and
`releasable-by-us`, both NOFORN-field variants, both code-block variants, `li-title`) and 7 passed; one release check
failed (`li-title`'s (U) item, raised whole by its tag: over-redaction by design, a strict xfail).

Not leaks, skipped (the project treats them as correctly marked by their own marks): review37c e16 (`+ (U) ...` item
whose unindented next line goes on with the same sentence: the (U) item's text), e27 (`- (UNCLASSIFIED) ...`), e28
(`- [U] ...`); review37f e00 (`2. (U) MINISTER SALEH WILL RESIGN ...`: a paragraph marked (U)); review36m 05b (a `(U)`
alone on the line above its paragraph marks that paragraph); review36b 01 and 28 and my two NOFORN-field variants: a
plain (U) mark says its text is uncontrolled (the project's rule since round 8, `reader/document_controls.py`), so a
`Dissemination: NOFORN` field does not reach a line marked (U) (strict xfails).

Fix, by class, only raising or adding controls: 1 `GB: GBR` in `country_names`, `distro` among the exception
sentence's field labels; 2 `release_field` takes `Releaseable`, `Rel.`, `REL:`, `Releasable by`, a parenthesis after
the label, `Disclosure:` only before words of foreign release, and a dash after `Releasability` / `Releasable to`
(those labels only); a REL TO list parted by `;`; `foreign_release_refused` (`Foreign-Disclosure: NO`) is NOFORN;
4 `reader/code_block_marks.py`: a portion whose mark stands inside a closed ``` or ~~~ block (not a diagram) takes the
marking of the portion that opens before the fence; 5 `symbol_marks.raise_defined_symbols`: adjacent items that open
with `(X) denotes|represents|stands for|means|=` (rules `defined_symbol_item`), one of whose letters is no mark, raise
their (U) items to the level unmarked text takes (a legend of marks, every letter a mark, is left); 6
`attribute_gaps.py`: a hidden attribute's value in the markup between portions is withheld wherever the portion its tag
opens (the next one) is withheld (the reader already raised that portion; the version kept the tag as written).
After: 44 checks pass, 5 strict xfails (the four NOFORN-field checks above and `li-title`'s release). Red-teaming the
fixes for over-redaction: a legend of marks (`legend-of-marks`) and a code block under a (U) portion (`code-under-u`)
keep their (U) text. The reviewers' check_docs.py (leaking documents, main `8d8e7ff` -> this branch): review37c 5 -> 3
(e16, e27, e28: marked by their own marks), review37f 14 -> 7 (b01-b06, hyphen wraps, not this job's; e00 its own
mark), review36b 2 -> 2 (01, 28: (U) by their own marks), review36m 2 -> 1 (05b: its own mark's line).
Harness (9,266 documents on this branch) against main `8d8e7ff` (t0b): no new leaking document (5 old ones, all
foreign-language notes), over-redaction 2,665 -> 2,665, none new, none fixed.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)
PARTNER_PUBLIC = ("partner", "public")
ALL_BUT_USG = PARTNER_PUBLIC

# The reviewers' documents, verbatim (review37c, review37f, review36b, review36m): (id, document, levels that must
# withhold the phrase, phrase)
REVIEW_DOCS = [
    ('c15_fvey_minus_gb',
     'From: a.reyes@dhs.gov\nTo: border-team\nSubject: sensor gaps\nClassification: UNCLASSIFIED//FOUO\nDistribution: Five Eyes minus GB\n\nTeam, the tunnel sensors in the Otay Mesa sector have been offline since 3 March and nobody outside DHS knows yet.\nKeep this off the UK liaison channel.\n',
     ALL_BUT_USG, 'tunnel sensors in the Otay Mesa sector have been offline'),
    ('e15_nonescaped_control_wrap',
     'SECRET//REL TO USA, AUS\n\nWorking notes, enrichment model\n\n- (U) denotes the enrichment fraction of the feed;\n  the centrifuge hall at Qom-2 holds 1,044 IR-6 machines per our source.\n- (P) denotes the product assay.\n\nSECRET//REL TO USA, AUS\n',
     ALL, 'holds 1,044 IR-6 machines'),
    ('a08_block_title',
     '<html><body>\n<p>SECRET//NOFORN</p>\n<p>(U) The consular section reopened on Monday.</p>\n<div title="defector is hiding at the Karimov dacha"><p>(U) Visa appointments resume next week.</p></div>\n<p title="defector is hiding at the Karimov dacha">(U) Staff parking is unchanged.</p>\n<p>(S//NF) The defector\'s location is held by the station.</p>\n<p>SECRET//NOFORN</p>\n</body></html>\n',
     ALL, 'defector is hiding at the Karimov dacha'),
    ('d07_rel_releaseable',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nReleaseable to: USA\nClassification: SBU\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('d08_rel_nofornfield',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nClassification: UNCLASSIFIED//FOUO\nRel. To: USA\nForeign-Disclosure: NO\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('d10_rel_countries',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nClassification: UNCLASSIFIED//FOUO\nReleasable To (Countries): USA\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('d12_releasable_by',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nClassification: UNCLASSIFIED//FOUO\nReleasable by: USA only\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('d13_disclosure',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nClassification: UNCLASSIFIED//FOUO\nDisclosure: Not releasable to foreign nationals\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('d14_rel_semicolon',
     'From: M. Hall\nTo: GSO\nSubject: Lease review\nClassification: UNCLASSIFIED//FOUO\nReleasability - USA ONLY\n\nThe embassy reviewed the Tarnak site lease and found no issues with the landlord.\nThe budget office will pay the Tarnak site lease from the Q3 account.\n',
     PARTNER, 'Tarnak site lease'),
    ('01_nf_field_u_paras',
     'UNCLASSIFIED//FOR OFFICIAL USE ONLY\nMEMORANDUM FOR RECORD\nDissemination: NOFORN\n\n(U//FOUO) Purpose. This memo records the Kharkiv depot inventory review held on 3 March.\n\n(U) Background. The liaison cell moves to Brize next month.\n\n(U//FOUO) Action. J4 to finalize the list.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n',
     PARTNER_PUBLIC, 'liaison cell moves to Brize'),
    ('28_held_only_in_quote',
     '[09:12] maj.ortiz: > (C) earlier: the range is closed\n[09:13] capt.hale: Handling: NOFORN for this thread\n[09:14] capt.hale: (U) The Brize liaison roster is posted.\n[09:15] maj.ortiz: (U) thanks\n',
     PARTNER_PUBLIC, 'Brize liaison roster'),
    ('04b_code_block_plain',
     "SECRET//NOFORN\n\n(S//NF) The tasking script below pulls the feed for asset GRANITE HAWK; do not run it outside the enclave.\n\n```\ngrep -E '(U)' feed.log | \\\n(U) asset GRANITE HAWK feed --since 0600Z\n```\n\n(U) Questions to the desk.\n\nSECRET//NOFORN\n",
     ALL, 'asset GRANITE HAWK'),
]

# (id, the (U) or releasable phrase each review document's usg version must still hold)
REVIEW_RELEASES = [
    ("a08_block_title", "The consular section reopened on Monday."),
    ("01_nf_field_u_paras", "the Kharkiv depot inventory"),
    ("04b_code_block_plain", "Questions to the desk."),
    ("d07_rel_releaseable", "Tarnak site lease"),
    ("d13_disclosure", "Tarnak site lease"),
    ("c15_fvey_minus_gb", "tunnel sensors in the Otay Mesa sector"),
]


def _lease(field: str, level: str = "UNCLASSIFIED//FOUO") -> str:
    """review37f's lease email with another release field in its header."""
    return ("From: J. Ortega\nTo: Facilities\nSubject: Warehouse lease\n"
            f"Classification: {level}\n{field}\n\nFacilities reviewed the Hadley warehouse lease and the rent "
            "schedule.\nPayment of the Hadley warehouse lease comes from the Q4 account.\n")


# My variants, written before reading the reader: (id, document, levels, withheld phrase, released phrase at usg)
VARIANTS: list[tuple[str, str, tuple[str, ...], str, str | None]] = [
    # ---- a Five-Eyes release that leaves Britain out, in other words and places
    ("fvey-less-gbr-memo", "UNCLASSIFIED//FOUO\nMEMORANDUM FOR RECORD\nDissemination: FVEY less GBR\n\n(U//FOUO) The "
                           "radar at Point Loma is down for two weeks.\n\nUNCLASSIFIED//FOUO\n",
     PARTNER_PUBLIC, "radar at Point Loma is down", "radar at Point Loma is down"),
    ("fvey-except-gb-email", "From: ops\nTo: team\nSubject: gaps\nClassification: UNCLASSIFIED//FOUO\n"
                             "Releasable to: Five Eyes except GB\n\nThe drone feed over Nogales drops every night at 0200."
                             "\n", PARTNER_PUBLIC, "drone feed over Nogales drops", "drone feed over Nogales drops"),
    ("fvey-minus-gb-paren", "From: ops\nTo: team\nSubject: gaps\nClassification: UNCLASSIFIED//FOUO\n"
                            "Distro: FVEY (minus GB)\n\nThe drone feed over Nogales drops every night at 0200.\n",
     PARTNER_PUBLIC, "drone feed over Nogales drops", None),
    # ---- release fields of other shapes that leave the partner out
    ("rel-releaseable-only", _lease("Releaseable To: USA only"), PARTNER, "Hadley warehouse lease",
     "Hadley warehouse lease"),
    ("rel-semicolons", _lease("REL: USA; AUS; CAN"), PARTNER, "Hadley warehouse lease", "Hadley warehouse lease"),
    ("rel-countries-caps", _lease("RELEASABLE TO (COUNTRY): USA, CAN"), PARTNER, "Hadley warehouse lease", None),
    ("foreign-disclosure-no", _lease("Foreign Disclosure: No"), PARTNER, "Hadley warehouse lease", None),
    ("disclosure-not-foreign", _lease("Disclosure: NOT RELEASABLE TO FOREIGN NATIONALS", "SBU"), PARTNER,
     "Hadley warehouse lease", None),
    ("releasability-dash-us", _lease("Releasability - US only"), PARTNER, "Hadley warehouse lease", None),
    ("releasable-by-us", _lease("Releasable by: US only"), PARTNER, "Hadley warehouse lease", None),
    # ---- a NOFORN field over (U) portions
    ("nf-handling-u-memo", "UNCLASSIFIED//FOUO\nMEMORANDUM FOR RECORD\nHandling: NOFORN\n\n(U//FOUO) The depot audit "
                           "closes Friday.\n\n(U) The liaison team relocates to Lakenheath in May.\n\n"
                           "UNCLASSIFIED//FOUO\n", PARTNER_PUBLIC, "liaison team relocates to Lakenheath",
     "liaison team relocates to Lakenheath"),
    ("nf-dissem-chat", "[10:01] lt.kerr: Dissemination: NOFORN for this channel\n[10:02] sgt.ames: (U) The Lakenheath "
                       "liaison list is on the share.\n[10:03] lt.kerr: (U) ok\n", PARTNER_PUBLIC,
     "The Lakenheath liaison list", None),
    # ---- a mark inside a fenced code block is code, not a portion mark
    ("code-tilde-fence", "SECRET//NOFORN\n\n(S//NF) Run the query below only on the enclave host.\n\n~~~\n"
                         "select * from sightings where tag = '(U)'\n(U) source NIGHT OWL position --last 24h\n~~~\n\n"
                         "(U) Ask the desk for access.\n\nSECRET//NOFORN\n", ALL, "source NIGHT OWL position",
     "Ask the desk for access."),
    ("code-fence-c-conf", "CONFIDENTIAL\n\n(C) The script below lists the informants.\n\n```bash\n"
                          "(C) ./list.sh --group RIVERBEND\n(U) ./notify.sh informant BLUE FINCH --now\n```\n\n"
                          "(U) End of note.\n\nCONFIDENTIAL\n", ALL, "informant BLUE FINCH", "End of note."),
    # ---- a letter in parentheses that is a variable in a definition list, not a mark
    ("var-represents", "SECRET\n\nModel notes\n\n* (U) represents the feed rate;\n  the Fordow cascade "
                       "runs 174 IR-2m machines per our source.\n* (P) represents the product rate.\n\nSECRET\n",
     ALL, "runs 174 IR-2m machines", None),
    ("var-where-stands-for", "TOP SECRET//NOFORN\n\nNotes on the yield formula\n\n- (C) stands for the "
                             "chamber volume, which at site DELTA is 40 m3 per the HUMINT report\n- (V) stands for the "
                             "velocity.\n\nTOP SECRET//NOFORN\n", ALL, "at site DELTA is 40 m3", None),
    # ---- a block tag's title between HTML portions
    ("section-title", "<html><body>\n<p>SECRET</p>\n<p>(U) The motor pool moved.</p>\n<section title=\"the "
                      "asset meets his handler in Tbilisi\"><p>(U) Parking is unchanged.</p></section>\n"
                      "<p>(S) The meeting place is known to the station.</p>\n<p>SECRET</p>\n</body></html>\n",
     ALL, "the asset meets his handler in Tbilisi", "The motor pool moved."),
    # (written after the fixes, red-teaming them for over-redaction: a legend of marks, every letter a mark, and a
    # code block under a (U) portion keep their (U) text)
    ("legend-of-marks", "SECRET\n\n(U) Marking legend:\n- (U) denotes unclassified text\n- (C) denotes confidential "
                        "text\n\n(S) The safe house is on Rue Hamra.\n\nSECRET\n", ALL, "The safe house is on Rue Hamra",
     "denotes unclassified text"),
    ("code-under-u", "SECRET\n\n(U) An example of a portion mark in a template:\n\n```\n(U) The office opens at 9.\n```"
                     "\n\n(S) The courier arrives by the north gate.\n\nSECRET\n", ALL,
     "The courier arrives by the north gate", "The office opens at 9."),
    ("li-title", "<html><body>\n<p>CONFIDENTIAL</p>\n<ul><li title=\"the minister banks in Zug\">(U) Lunch at "
                 "noon.</li>\n<li>(C) The minister's accounts are listed in the annex.</li></ul>\n<p>CONFIDENTIAL</p>\n"
                 "</body></html>\n", ALL, "the minister banks in Zug", "Lunch at noon."),
]


# a plain (U) mark says its text is uncontrolled (the project's rule since round 8, reader/document_controls.py): a
# NOFORN field over the document does not reach a line its author marked (U); these are correctly marked, not leaks
_U_BY_ITS_OWN_MARK = {"01_nf_field_u_paras", "28_held_only_in_quote", "nf-handling-u-memo", "nf-dissem-chat"}
_OWN_MARK = pytest.mark.xfail(strict=True, reason="a line marked (U) is (U): a NOFORN field does not reach it")


@pytest.mark.parametrize("doc,levels,withheld", [
    pytest.param(d, lv, w, id=i, marks=[_OWN_MARK] if i in _U_BY_ITS_OWN_MARK else [])
    for i, d, lv, w in REVIEW_DOCS])
def test_review_documents_withhold(doc: str, levels: tuple[str, ...], withheld: str) -> None:
    assert_withheld(doc, withheld, levels)


_DOCS = {i: d for i, d, *_ in REVIEW_DOCS}


@pytest.mark.parametrize("doc_id,released", REVIEW_RELEASES, ids=[i for i, _ in REVIEW_RELEASES])
def test_review_documents_release(doc_id: str, released: str) -> None:
    assert_released(_DOCS[doc_id], released)


@pytest.mark.parametrize("doc,levels,withheld", [
    pytest.param(d, lv, w, id=i, marks=[_OWN_MARK] if i in _U_BY_ITS_OWN_MARK else [])
    for i, d, lv, w, _ in VARIANTS])
def test_variants_withhold(doc: str, levels: tuple[str, ...], withheld: str) -> None:
    assert_withheld(doc, withheld, levels)


# (the (U) item holding a titled tag takes the page's level, reader/hidden_attributes.py: over-redaction by design)
_RAISED_BY_ITS_TAG = pytest.mark.xfail(strict=True, reason="a portion holding a tag's hidden words takes the page's level")


@pytest.mark.parametrize("doc,released", [
    pytest.param(d, r, id=i, marks=[_RAISED_BY_ITS_TAG] if i == "li-title" else [])
    for i, d, _, _, r in VARIANTS if r])
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)
