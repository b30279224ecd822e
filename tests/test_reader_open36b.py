"""open36b: older leaks of release fields, forwards and quoted blocks (issue 8), by class, with variants.

Classes (the brief's numbering): 1 a release field that narrows releasability (NOFORN, REL TO without GBR) over
unmarked or (U) text, in a plain line, Markdown emphasis, a table row, a footer, a JSON export, an HTML meta tag or
a tab row; 2 forwarded messages whose boundaries the reader cannot place exactly (no `From:` line, a classification
line above `From:`, `> >` chat quotes, an outer message repeating the controls, a forwarded banner at the part's
end, a chat forward); 3 a `>` quoted block split by a blank unquoted line; 4 DoD distribution statements B-F in
other wordings, and a release-field header row followed by a blank line before the table body. RELEASE: plain (U)
text usg keeps, a `REL TO USA, GBR` field leaves (U) text to the partner, Distribution Statement A is public.

First run on main `f1d8506` (before reading the reader code; 50 cases, 28 failed, every RELEASE case passed):
- class 1 (12 of 20): `plain-dissem-unmarked`, `md-bold-underscore-unmarked`, `footer-two-cells-unmarked`,
  `footer-two-cells-u`, `row-two-cells-unmarked`, `row-two-cells-u`, `json-two-keys`, `table-label-value-bold`,
  `table-label-no-colon`, `table-label-colon-outside`, `table-cell-then-value`, `header-row-blank-body` (the
  (U) or unmarked text released at partner); the JSON in an e-mail, the class-then-dissem row, the tab row, the
  meta tags, both Markdown `Distribution:` lines, the REL-then-NOFORN footer and `Releasable to: USA` passed.
- class 2 (6 of 10): `no-from-classification-in-header`, `no-from-classification-at-end`, `original-message-no-from`,
  `classification-above-from`, `outer-repeats-noforn`, `outer-rel-aus` (the forwarded (U) text released at partner);
  the banner at the forward's end, both chat forwards and the `>>` quote passed.
- class 3 (3 of 4): `blank-between-halves`, `double-angle-blank`, `two-blank-lines` (the first half's (U) text
  released at partner); a classification line first, then a blank line, passed.
- class 4 (7 of 11): `f-wrapped-u`, `f-wrapped-unmarked`, `b-applies`, `c-paren`, `c-abbrev`, `e-letter-line`,
  `c-line-breaks`; `DISTRIBUTION D.`, `DISTRIBUTION: D.`, lower case and a statement at the end passed.
Fixed (open36b), by class and towards withholding:
- class 1 (`release_field_limit`): the release fields' combined limit on foreign release (NOFORN, or the countries
  every REL TO list names) goes to every marked portion, plain (U) and unmarked text too, unless a portion's own
  mark carries it (then it is the banner's: a JSON message's security block over `S//NF` and `U` records, round 7).
  Narrowed from the brief's "the WHOLE document" in one respect: a portion marked plain (U) beside a controlled
  portion (other than the field's own line) keeps the project's rule and stays at partner, as
  tests/test_reader_fixbanner34.py requires (the first version withheld it there and failed two of its cases).
  `document_controls`: a cell's next cell is read as the same field's value even after a cell that is a field of
  its own (the most restrictive wins); labels in emphasis; a header row's columns hold over a blank line.
- class 2 (`forwarded_controls`): a line that opens a message (`message_opens`) or a second `From:` starts a
  forward, and from there every marked portion takes the first line's limit as well as the forward's own lines',
  even when they repeat the first line's; a classification line above the forward's `From:` governs from itself;
  a `>` quoted line is never the file's first line; a bare quoted banner (`> SECRET//NOFORN`) is a line too.
- class 3: a quoted block runs on over blank lines between quoted lines.
- class 4 (rules `distribution_statement`): with the word STATEMENT (or `Dist. Statement`) the letter B-F alone says
  it, anywhere on the line, its letter in parentheses; the statements' own words without a letter too.
Red-teamed after the fixes (written then): YAML front matter, a REL TO list without GBR, a statement in
parentheses mid-line, the statement's words with the letter after them, an Android forward with its banner at the
end, a forward under a bold `**From:**`, a nested quote split by a blank line, and review35d's quoted NOFORN line
above a chat's own line (fixed with class 2): only `statement-words-letter-after` failed at first (the words with
no `Statement` before the letter; fixed in the rules); and must-release cases: a distribution list, unclassified and REL TO USA, GBR forwards, an unclassified
quote split by a blank line, a `REL TO USA, FVEY` field, (U) text under a SECRET//NOFORN banner.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")

# ---------------------------------------------------------------- 1: a narrowing release field anywhere

ANNEX = "The review board meets at the Alder Street annex next Tuesday."
U_ANNEX = "(U) " + ANNEX

FIELDS = [
    ("plain-dissem-unmarked", f"UNCLASSIFIED//FOUO\nDissemination: NOFORN\n\n{ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("md-bold-underscore-unmarked", f"UNCLASSIFIED//FOUO\n\n**Dissemination**: _NOFORN_\n\n{ANNEX}\n\nUNCLASSIFIED//FOUO\n"),
    ("footer-two-cells-unmarked",
     f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR RECORD\nSUBJECT: Board logistics\n\n{ANNEX}\n"
     "Bring badges.\n\nPage 1 of 1 | Releasability: REL TO USA, AUS | Handling: REL TO USA, NZL\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"),
    ("footer-two-cells-u",
     f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR RECORD\nSUBJECT: (U) Board logistics\n\n1. {U_ANNEX}\n"
     "2. (U) Bring badges.\n\nPage 1 of 1 | Releasability: REL TO USA, AUS | Handling: REL TO USA, NZL\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"),
    ("footer-rel-then-noforn",
     f"UNCLASSIFIED//FOUO\n\nFrom: logistics@embassy.example.gov\nSubject: board\n\n(U//FOUO) {ANNEX}\n"
     "(U//FOUO) Keys are with the GSO.\n\nPage 1 of 1 | Releasability: REL TO USA, GBR, AUS | Handling: NOFORN\n"),
    ("row-two-cells-unmarked",
     f"UNCLASSIFIED//FOUO\n\n| Releasability: REL TO USA, GBR | Dissemination: NOFORN |\n\n{ANNEX}\n\nUNCLASSIFIED//FOUO\n"),
    ("row-two-cells-u",
     f"UNCLASSIFIED//FOUO\n| Releasability: REL TO USA, AUS | Dissemination: NOFORN |\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("json-two-keys",
     'UNCLASSIFIED//FOUO\n{"title": "board", "releasability": "REL TO USA, GBR", "dissemination": "NOFORN"}\n\n'
     f"{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("json-in-email",
     "UNCLASSIFIED//FOUO\nFrom: ops@state.gov\nSubject: export\n\nAttached is the ticket.\n\n"
     '{"ticket": "4471", "handling": "FOUO", "releasability": "NOFORN", "owner": "RSO"}\n\n'
     f"(U//FOUO) {ANNEX}\n(U//FOUO) Keep this local.\n\nRegards,\nWatch\nUNCLASSIFIED//FOUO\n"),
    ("table-label-value-bold",
     "UNCLASSIFIED//FOUO\n\n| Field | Value |\n|---|---|\n| **Classification:** | UNCLASSIFIED//FOUO |\n"
     f"| **Releasability:** | NOFORN |\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("table-label-no-colon",
     "UNCLASSIFIED//FOUO\n\n| Field | Value |\n|---|---|\n| **Classification:** | UNCLASSIFIED//FOUO |\n"
     f"| **Releasability** | NOFORN |\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("table-label-colon-outside",
     "UNCLASSIFIED//FOUO\n\n| Field | Value |\n|---|---|\n"
     f"| **Releasability**: | NOFORN |\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("table-cell-then-value",
     "UNCLASSIFIED//FOUO\n\n| Field | Value |\n|---|---|\n| Releasability: REL TO USA, GBR | NOFORN per J2 guidance |\n\n"
     f"{U_ANNEX}\n(U) Contractor lists close Friday.\n\nUNCLASSIFIED//FOUO\n"),
    ("table-class-then-dissem",
     "UNCLASSIFIED//FOUO\n\n| Classification | UNCLASSIFIED//FOUO//REL TO USA, GBR | Dissemination | NOFORN |\n"
     f"|---|---|---|---|\n\n(U//FOUO) {ANNEX}\n(U//FOUO) Next meet is the 22nd.\n\nUNCLASSIFIED//FOUO\n"),
    ("tab-row",
     f"UNCLASSIFIED//FOUO\nSubject: weekly\nDoc ID\tOwner\tCaveats\tnone\tDissem\tNOFORN\n\n(U//FOUO) {ANNEX}\n"
     "(U//FOUO) Keep inside.\nUNCLASSIFIED//FOUO\n"),
    ("meta-two-tags",
     '<html><head>\n<meta name="classification" content="UNCLASSIFIED//FOUO//REL TO USA, GBR">'
     '<meta name="releasability" content="NOFORN">\n<title>note</title>\n</head><body>\n<p>UNCLASSIFIED//FOUO</p>\n'
     f"<p>(U//FOUO) {ANNEX}</p>\n<p>(U//FOUO) Receipts by the 5th.</p>\n<p>UNCLASSIFIED//FOUO</p>\n</body></html>\n"),
    ("md-bold-distribution",
     f"UNCLASSIFIED//FOUO\n\n**To:** Front Office\n**Distribution:** NOFORN\n**Subject:** Schedule\n\n(U//FOUO) {ANNEX}\n"
     "(U//FOUO) Do not confirm.\n\nUNCLASSIFIED//FOUO\n"),
    ("md-distribution-value-bold",
     f"UNCLASSIFIED//FOUO\n\n**To:** Front Office\nDistribution: **NOFORN**\n**Subject:** Schedule\n\n(U//FOUO) {ANNEX}\n"
     "(U//FOUO) Do not confirm.\n\nUNCLASSIFIED//FOUO\n"),
    ("releasable-to-usa-end",
     f"UNCLASSIFIED//FOUO\n\n{U_ANNEX}\n(U) Parking is on the east side.\n\nReleasable to: USA\nUNCLASSIFIED//FOUO\n"),
    ("header-row-blank-body",
     "UNCLASSIFIED//FOUO\n\n| Serial | Releasability |\n|---|---|\n| 1 | REL TO USA, GBR |\n\n| 2 | NOFORN |\n\n"
     f"(U) Serial 2 covers the board: {ANNEX}\nUNCLASSIFIED//FOUO\n"),
]


@pytest.mark.parametrize("kind,text", FIELDS, ids=[k for k, _ in FIELDS])
def test_narrowing_release_field_withholds_u_text_from_partner(kind, text):
    assert_withheld(text, ANNEX, PARTNER)


def test_rel_to_gbr_field_leaves_u_text_to_partner():
    text = f"UNCLASSIFIED//FOUO\nReleasable to: USA, GBR\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"
    assert_released(text, ANNEX, "partner")


def test_rel_to_gbr_footer_leaves_u_text_to_partner():
    text = (f"UNCLASSIFIED\n\n{U_ANNEX}\n(U) Parking is on the east side.\n\n"
            "Page 1 of 1 | Releasability: REL TO USA, GBR\nUNCLASSIFIED\n")
    assert_released(text, ANNEX, "partner")


def test_plain_u_text_is_kept_at_usg():
    text = f"UNCLASSIFIED\n\n{U_ANNEX}\n(U) Parking is on the east side.\nUNCLASSIFIED\n"
    assert_released(text, ANNEX, "usg")
    assert_released(text, ANNEX, "partner")


# ---------------------------------------------------------------- 2: forwards the reader cannot place exactly

VALEN = "The shipyard at Port Valen will take the frigate in June."
COVER = "Repair is cover for a sensor fit."

FORWARDS = [
    ("no-from-classification-in-header",
     "UNCLASSIFIED//FOUO\nSubject: FW: (U) ship repair\n\n---------- Forwarded message ---------\n"
     "Date: Tue, 3 Mar 2026\nSubject: ship repair\nClassification: SECRET//NOFORN\n\n"
     f"(U) {VALEN}\n(S//NF) {COVER}\n\nUNCLASSIFIED//FOUO\n"),
    ("no-from-classification-at-end",
     "UNCLASSIFIED//FOUO\n\n(U) See the note below from the embassy.\n\nBegin forwarded message:\nDate: 3 March 2026\n"
     f"Subject: ship repair\n\n(U) {VALEN}\n(S//NF) {COVER}\nClassification: SECRET//NOFORN\n"),
    ("original-message-no-from",
     "UNCLASSIFIED//FOUO\n\n(U) FYI below.\n\n-----Original Message-----\nSent: Monday, May 4, 2026 8:02 AM\n"
     f"Subject: ship repair\n\n(U) {VALEN}\n(S//NF) {COVER}\n\nClassification: SECRET//NOFORN\n"),
    ("classification-above-from",
     "UNCLASSIFIED//FOUO\n\n(U) Passing along, see the bottom part.\n\nClassification: SECRET//NOFORN\n"
     f"From: DIA Desk\nSubject: (U) ship repair\n\n(U) {VALEN}\n(S//NF) {COVER}\n"),
    ("outer-repeats-noforn",
     "Classification: SECRET//NOFORN\n\nFrom: Smith, John\nSent: Monday, May 4, 2026 8:02 AM\nTo: NEA-Watch\n"
     "Subject: FW: repair\n\n(S//NF) Please hold the results below.\n\n-----Original Message-----\n"
     "From: Jones, Mary\nSent: Sunday, May 3, 2026 6:40 PM\nSubject: repair\nClassification: SECRET//NOFORN\n\n"
     f"(U) {VALEN}\n(S//NF) {COVER}\n\nClassification: SECRET//NOFORN\n"),
    ("outer-rel-aus",
     "UNCLASSIFIED//FOUO//REL TO USA, AUS\n\nFrom: Clark, Ann\nSent: Tuesday, April 7, 2026 10:00 AM\n"
     "To: PACOM-Liaison\nSubject: FW: repair\n\n(U//FOUO) Forwarding for the AUS desk only.\n\n"
     "-----Original Message-----\nFrom: Baker, Tom\nSent: Monday, April 6, 2026 4:00 PM\nSubject: repair\n"
     f"Classification: CONFIDENTIAL//REL TO USA, GBR, AUS\n\n(U) {VALEN}\n(C//REL TO USA, GBR, AUS) Tanker support is cut.\n\n"
     "UNCLASSIFIED//FOUO//REL TO USA, AUS\n"),
    ("banner-at-end-of-forward",
     "UNCLASSIFIED//FOUO\n\nFrom: Hall, Peter\nSent: Friday, June 5, 2026 7:30 AM\nTo: DAO-Staff\nSubject: FW: incident\n\n"
     "(U//FOUO) See below; no action needed.\n\n---------- Forwarded message ---------\nFrom: Ortiz, Luis\n"
     f"Date: Thu, Jun 4, 2026 at 11:10 PM\nSubject: incident\n\n(U) {VALEN}\n(C//NF) {COVER}\n\n"
     "Classification: CONFIDENTIAL//NOFORN\n"),
    ("chat-forward",
     "UNCLASSIFIED//FOUO\n[09:01] j.smith: forwarding what ops sent\n[09:01] j.smith: > From: ops-desk\n"
     f"[09:01] j.smith: > Classification: SECRET//NOFORN\n[09:02] j.smith: > (U) {VALEN}\n"
     f"[09:02] j.smith: > (S//NF) {COVER}\n[09:03] k.lee: ok\nUNCLASSIFIED//FOUO\n"),
    ("chat-double-quote",
     "UNCLASSIFIED//FOUO\n[09:01] j.smith: > > Classification: SECRET//NOFORN\n"
     f"[09:01] j.smith: > > (U) {VALEN}\n[09:02] j.smith: > (U) FYI from the J2 chat\nUNCLASSIFIED//FOUO\n"),
    ("quoted-double-angle",
     "UNCLASSIFIED//FOUO\n\n(U) FYI.\n\n>> Classification: SECRET//NOFORN\n>>\n"
     f">> (U) {VALEN}\n>> (S//NF) {COVER}\n\nUNCLASSIFIED//FOUO\n"),
]


@pytest.mark.parametrize("kind,text", FORWARDS, ids=[k for k, _ in FORWARDS])
def test_forward_with_unsure_bounds_takes_its_controls(kind, text):
    assert_withheld(text, VALEN, PARTNER)
    if COVER in text:
        assert_withheld(text, COVER, ALL)


def test_unclassified_forward_leaves_u_text_to_partner():
    text = ("UNCLASSIFIED\n\nFrom: Hall, Peter\nSubject: FW: repair\n\n(U) See below.\n\n"
            "---------- Forwarded message ---------\nFrom: Ortiz, Luis\nSubject: repair\n\n"
            f"(U) {VALEN}\n\nUNCLASSIFIED\n")
    assert_released(text, VALEN, "partner")


# ---------------------------------------------------------------- 3: a quoted block split by a blank line

VANCE = "Liaison officer Capt Vance arrives at Ramstein 4 April."
ANNEX_CARRY = "He carries the targeting annex."

QUOTED = [
    ("blank-between-halves",
     f"UNCLASSIFIED//FOUO\n\n> (U) {VANCE}\n\n> (S//NF) {ANNEX_CARRY}\n> Classification: SECRET//NOFORN\n\n"
     "(U) Noted.\nUNCLASSIFIED//FOUO\n"),
    ("classification-first-then-blank",
     f"UNCLASSIFIED//FOUO\n\n> Classification: SECRET//NOFORN\n\n> (U) {VANCE}\n> (S//NF) {ANNEX_CARRY}\n\n"
     "(U) Noted.\nUNCLASSIFIED//FOUO\n"),
    ("double-angle-blank",
     f"UNCLASSIFIED//FOUO\n\n(U) Noted.\n\n>> (U) {VANCE}\n\n>> (S//NF) {ANNEX_CARRY}\n>> SECRET//NOFORN\n"
     "UNCLASSIFIED//FOUO\n"),
    ("two-blank-lines",
     f"UNCLASSIFIED//FOUO\n\n> (U) {VANCE}\n\n\n> (S//NF) {ANNEX_CARRY}\n> SECRET//NOFORN\n\n(U) Noted.\n"
     "UNCLASSIFIED//FOUO\n"),
]


@pytest.mark.parametrize("kind,text", QUOTED, ids=[k for k, _ in QUOTED])
def test_quoted_block_split_by_a_blank_line_keeps_its_controls(kind, text):
    assert_withheld(text, VANCE, PARTNER)
    assert_withheld(text, ANNEX_CARRY, ALL)


# ---------------------------------------------------------------- 4: DoD distribution statements B-F

MARLIN = "Hull plating shows pitting near the Marlin sonar dome."

DISTRIBUTION = [
    ("f-wrapped-u", "UNCLASSIFIED\nDistribution Statement F:\nFurther dissemination only as directed by NAVSEA 05 "
     f"or higher DoD authority.\n\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("f-wrapped-unmarked", "UNCLASSIFIED\nDistribution Statement F:\nFurther dissemination only as directed by "
     f"NAVSEA 05 or higher DoD authority.\n\n{MARLIN}\nUNCLASSIFIED\n"),
    ("b-applies", f"UNCLASSIFIED\n\nDistribution Statement B applies. See cover.\n\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("c-paren", "UNCLASSIFIED\nDISTRIBUTION STATEMENT (C): Distribution authorized to U.S. Government agencies "
     f"and their contractors.\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("c-abbrev", f"UNCLASSIFIED\nDist. Statement C - U.S. Gov't agencies & contractors only\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("e-letter-line", "UNCLASSIFIED\nDISTRIBUTION STATEMENT E.\nDistribution authorized to DoD Components only; "
     f"Administrative or Operational Use; 5 Feb 2026.\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("d-no-statement-word", "UNCLASSIFIED//FOUO\nDISTRIBUTION D. Distribution authorized to the Department of "
     f"Defense and U.S. DoD contractors only.\nSUBJECT: note\n\n1. (U//FOUO) {MARLIN}\nUNCLASSIFIED//FOUO\n"),
    ("d-colon-noforn", "UNCLASSIFIED//FOUO\nDISTRIBUTION: D. Authorized to the Department of Defense and U.S. DoD "
     f"contractors only. NOFORN.\nSUBJECT: note\n\n1. (U//FOUO) {MARLIN}\nUNCLASSIFIED//FOUO\n"),
    ("c-lower-case", "UNCLASSIFIED\n\ndistribution statement c: distribution authorized to u.s. government agencies "
     f"and their contractors.\n\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("c-line-breaks", "UNCLASSIFIED\n\nDistribution Statement C:\nDistribution authorized to U.S. Government\n"
     f"agencies and their contractors;\nCritical Technology; 1 Jan 2026.\n\n(U) {MARLIN}\nUNCLASSIFIED\n"),
    ("d-at-end", f"UNCLASSIFIED\n\n(U) {MARLIN}\n(U) Samples go to the lab.\n\nDISTRIBUTION STATEMENT D: Distribution "
     "authorized to DoD and U.S. DoD contractors only.\nUNCLASSIFIED\n"),
]


@pytest.mark.parametrize("kind,text", DISTRIBUTION, ids=[k for k, _ in DISTRIBUTION])
def test_distribution_statement_b_to_f_withholds_from_partner(kind, text):
    assert_withheld(text, MARLIN, PARTNER)


def test_distribution_statement_a_leaves_u_text_public():
    text = ("UNCLASSIFIED\nDISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.\n\n"
            f"(U) {MARLIN}\nUNCLASSIFIED\n")
    assert_released(text, MARLIN, "partner")
    assert_released(text, MARLIN, "usg")


# ---------------------------------------------------------------- red-teamed after the fixes (written then)

RED_WITHHELD = [
    ("yaml-front-matter", f"---\nclassification: UNCLASSIFIED//FOUO\nreleasability: NOFORN\n---\n\n{U_ANNEX}\n"),
    ("rel-list-without-gbr", f"UNCLASSIFIED//FOUO\nReleasability: REL TO USA, AUS, CAN, NZL\n\n{U_ANNEX}\n"
     "UNCLASSIFIED//FOUO\n"),
    ("statement-in-parentheses", f"UNCLASSIFIED\nThis report (Distribution Statement D) is for DoD.\n\n{U_ANNEX}\n"
     "UNCLASSIFIED\n"),
    ("statement-words-letter-after", "UNCLASSIFIED\nDistribution authorized to DoD Components only (Statement E).\n\n"
     f"{U_ANNEX}\nUNCLASSIFIED\n"),
    ("android-forward-banner-at-end", "UNCLASSIFIED//FOUO\n\n(U) fyi\n\n-------- Original message --------\n"
     f"Date: 3/3\nSubject: x\n\n{U_ANNEX}\n(S//NF) Secret bit here.\nSECRET//NOFORN\n"),
    ("bold-from-forward", "UNCLASSIFIED//FOUO\n\n(U) fyi\n\n**From:** Desk\n**Subject:** x\n"
     f"Classification: SECRET//NOFORN\n\n{U_ANNEX}\n(S//NF) Secret bit here.\n"),
    ("nested-quote-split-by-blank", "UNCLASSIFIED//FOUO\n\n> > Classification: SECRET//NOFORN\n> >\n\n"
     f"> > {U_ANNEX}\n\n(U) ok\nUNCLASSIFIED//FOUO\n"),
    ("chat-quoted-line-above-own", "[08:55] k.orr: > Classification: UNCLASSIFIED//NOFORN\n"
     "[08:55] k.orr: > (U) Shift change at 0600.\n[08:57] k.orr: Classification: UNCLASSIFIED//FOUO\n"
     "[09:00] j.smith: pasting the RSO note\n> Classification: CONFIDENTIAL//NOFORN\n"
     f"> {U_ANNEX}\n> (C//NF) A source reports surveillance.\n[09:02] m.lee: (U) ack\n"),
]


@pytest.mark.parametrize("kind,text", RED_WITHHELD, ids=[k for k, _ in RED_WITHHELD])
def test_red_team_variants_withhold_from_partner(kind, text):
    assert_withheld(text, ANNEX, PARTNER)


RED_RELEASED = [
    ("distribution-list", f"UNCLASSIFIED\nDistribution: B. Jones, C. Smith, D. Lee\n\n{U_ANNEX}\nUNCLASSIFIED\n"),
    ("unclassified-forward", "UNCLASSIFIED\n\n(U) fyi\n\n-----Original Message-----\nFrom: a\nSubject: b\n\n"
     f"{U_ANNEX}\nUNCLASSIFIED\n"),
    ("forward-rel-gbr", "UNCLASSIFIED//FOUO//REL TO USA, GBR\n\n(U) fyi\n\n-----Original Message-----\nFrom: a\n"
     f"Subject: b\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO//REL TO USA, GBR\n"),
    ("unclassified-quote-split", f"UNCLASSIFIED\n\n> {U_ANNEX}\n\n> (U) more\n> UNCLASSIFIED\n\n(U) ok\nUNCLASSIFIED\n"),
    ("field-rel-fvey", f"UNCLASSIFIED//FOUO\nReleasability: REL TO USA, FVEY\n\n{U_ANNEX}\nUNCLASSIFIED//FOUO\n"),
    ("u-under-noforn-banner", f"SECRET//NOFORN\n\n{U_ANNEX}\n(S//NF) Secret bit here.\nSECRET//NOFORN\n"),
]


@pytest.mark.parametrize("kind,text", RED_RELEASED, ids=[k for k, _ in RED_RELEASED])
def test_red_team_must_release_to_partner(kind, text):
    assert_released(text, ANNEX, "partner")
    assert_released(text, ANNEX, "usg")
