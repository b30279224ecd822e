"""open35b: older structural leaks of the reader that main `dbee550` still had (issue 8), by class, with variants.

Classes (the brief's numbering): 1 an ordinal claim about a bullet, item, point or line above or below; 2 an
unmarked line under a `(U//NF)` line in a `SECRET//REL TO USA, GBR` cable; 3 (U) text inside a forwarded message
carrying its own `SECRET//NOFORN` banner in an UNCLASSIFIED or REL TO e-mail; 4 release fields in a table, a page
footer, a JSON export or an HTML meta tag; 5 a short (U) line ending in a colon followed by an unmarked new sentence
in a classified cable. RELEASE: plain (U) text near such structures that usg must keep.

First run on main `dbee550` (before reading the reader code; 32 cases, 19 failed, every RELEASE case passed):
- class 1: `review-split-bullet`, `review-no-split` (the reviewers' cable: the second `- (U)` bullet released at
  every level); `star-items-below`, `memo-point-lower`, `lettered-line-above` passed.
- class 2: `fouo-nf-three-lines`, `memo` (the unmarked line under the (U//NF) line released at usg); the
  reviewers' `review` cable and `short-first-line` passed (main has changed since review34c).
- class 3: all four (the forwarded message's (U) text released at partner).
- class 4: all eight (table, tab table, HTML table, HTML meta x2, JSON, two footers: released at partner).
- class 5: `numbered`, `numbered-blank-after-colon-sentence-two-lines`, `confidential-cable-comment` (the sentence
  under `(U) BACKGROUND:` released at every level); `memo` passed.
Fixed (open35b), each by class and towards withholding:
- class 4 (`document_controls._field_forms`): a release field is read in a table's cells, a JSON key, an HTML
  meta tag, a footer cell and `Label = value`; a `Classification` cell or meta tag gives its controls;
  `Releasable to:` and `Distribution: REL TO ...` are release fields.
- class 3 (`forwarded_controls`): a forwarded or quoted message's own NOFORN or REL TO line limits every marked
  portion after it.
- class 1 (`governing._nth`): an ordinal item is counted over the unnumbered paragraphs too (a cable's bullets
  are paragraphs to the reader; `1.` was counted as the first bullet) and, above the statement, upwards from it
  as well: every item a count can mean is raised.
- classes 2 and 5 (`unsure_wraps`): a (U) portion whose second line may be an unmarked new sentence (under a
  label ending in a colon, or under the text's longest line ending a sentence) is raised whole to the level its
  unmarked text would take; nothing is split.
Left: the reviewers' exact class 2 cable (`ZNR UUUUU` routing under a SECRET classification line; strict xfail
`test_unmarked_line_under_a_noforn_line_in_a_cable_routed_unclassified`): no split, as the cable reads no higher
than the (U//NF) mark; a conflict of header indicators, not an unsure wrap.
Red-teamed after the fixes (written then): a quoted part with no header, a one-line JSON export, an `=` field, a
`Distribution:` footer, bullets counted below a statement, a colon line in an e-mail; and must-release cases for a
(U) paragraph wrapped at the width and a distribution list.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")

CABLE_HEAD = """VZCZCSAN0977
PP RUEHC
DE RUEHSA #0977 3121022
ZNR SSSSS ZZH
P 180640Z MAY 10
FM AMEMBASSY SANAA
TO RUEHC/SECSTATE WASHDC PRIORITY 0977
{banner} SANAA 000977

E.O. 12958: DECL: 05/18/2020
TAGS: PTER, PREL, YM
SUBJECT: (U) SECURITY SITUATION IN ABYAN

Classified By: Ambassador Stephen Seche for reasons 1.4 (b) and (d)

"""


def _cable(body: str, banner: str = "S E C R E T") -> str:
    return CABLE_HEAD.format(banner=banner) + body + "\n\nSECHE\n"


# ---------------------------------------------------------------- 1: "the second bullet above is SECRET"

NEPHEW = "SALEH'S NEPHEW COMMANDS THE CSF UNIT IN ABYAN."
BULLETS = [
    ("review-split-bullet", _cable(f"""1. (U) POST NOTES THE FOLLOWING:

- (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
SHOPS IN JAAR REMAIN CLOSED AFTER DARK.
- (U) {NEPHEW}
- (U) THE WFP SUSPENDED FOOD DISTRIBUTION.

2. (U) THE SECOND BULLET ABOVE IS SECRET//NOFORN.""")),
    ("review-no-split", _cable(f"""1. (U) POST NOTES THE FOLLOWING:

- (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
- (U) {NEPHEW}
- (U) THE WFP SUSPENDED FOOD DISTRIBUTION.

2. (U) THE SECOND BULLET ABOVE IS SECRET//NOFORN.""")),
    ("star-items-below", _cable(f"""1. (U) THE THIRD ITEM BELOW IS SECRET.

* (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
* (U) THE WFP SUSPENDED FOOD DISTRIBUTION.
* (U) {NEPHEW}
* (U) SHOPS IN JAAR REMAIN CLOSED AFTER DARK.""")),
    ("memo-point-lower", f"""SECRET//NOFORN

MEMORANDUM FOR THE RECORD

SUBJECT: (U) Abyan security

(U) Post notes the following:
  • (U) Curfew in Zinjibar extended to May 25.
  • (U) {NEPHEW.capitalize()}
  • (U) The WFP suspended food distribution.

(U) Note: the 2nd point above is SECRET//NOFORN.

SECRET//NOFORN
"""),
    ("lettered-line-above", _cable(f"""1. (U) POST NOTES THE FOLLOWING:

A. (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
B. (U) {NEPHEW}
C. (U) THE WFP SUSPENDED FOOD DISTRIBUTION.

2. (U) COMMENT: THE SECOND LINE ABOVE IS CONFIDENTIAL. END COMMENT.""", banner="C O N F I D E N T I A L")),
]


BULLETS.append(("cable-bullets-below", _cable(f"""1. (U) THE SECOND BULLET BELOW IS SECRET//NOFORN.

2. (U) POST NOTES THE FOLLOWING:

- (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
- (U) {NEPHEW}
- (U) THE WFP SUSPENDED FOOD DISTRIBUTION.""")))


@pytest.mark.parametrize("kind,text", BULLETS, ids=[k for k, _ in BULLETS])
def test_ordinal_bullet_claim_withholds_the_named_bullet(kind, text):
    phrase = NEPHEW if NEPHEW in text else NEPHEW.capitalize()
    assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- 2: unmarked line under a (U//NF) line

ROSTER = "TWO LOCAL GUARDS SOLD THE DUTY ROSTER TO A TRIBAL SHEIKH."
RSO = "RSO RESTRICTED ACCESS TO THE CHANCERY"
UNDER_NF = [
    ("review", _cable(f"""1. (U//NF) {RSO} ON MAY 15.
{ROSTER}

2. (S//REL TO USA, GBR) NSB CONFIRMS THE SHEIKH HAS AQAP TIES.""", banner="SECRET//REL TO USA, GBR")),
    ("short-first-line", _cable(f"""1. (U//NF) {RSO}.
{ROSTER}

2. (S//REL TO USA, GBR) NSB CONFIRMS THE SHEIKH HAS AQAP TIES.""", banner="SECRET//REL TO USA, GBR")),
    ("fouo-nf-three-lines", _cable(f"""1. (S//REL TO USA, GBR) NSB CONFIRMS THE SHEIKH HAS AQAP TIES AND MONEY FROM ABROAD.

2. (U//FOUO//NF) {RSO} ON MAY 15 AFTER THE INCIDENT AT THE GATE.
{ROSTER}
THE SHEIKH PAID THEM IN CASH.""", banner="SECRET//REL TO USA, GBR")),
    ("memo-nf", f"""SECRET//REL TO USA, GBR

SUBJECT: (U) Local guard force incident

(U//NF) {RSO.capitalize()} on May 15 after the incident at the gate.
{ROSTER.capitalize()}

(S//REL TO USA, GBR) NSB confirms the sheikh has AQAP ties.

SECRET//REL TO USA, GBR
"""),
]


# the reviewers' exact cable (review34c 41): its routing line says `ZNR UUUUU` under a `SECRET//REL TO USA, GBR` line;
# the (U//NF) line is short, so the split is the layout's own (`cable._sentence_under_short_first`), which is not made
# because the cable is read as no higher than the mark (found after the fixes; left: a conflict of the header's
# indicators, not this class's unsure wrap, and no harness run was left to measure a change).
# fixwrap35: withheld now. Not the header (the level unmarked text takes was already the highest evidence) but the
# width: in so short a cable the (U//NF) line with the next word is longer than the longest line; a cable's 69
# columns now count as the narrowest width (`unsure_wraps`), and the whole (U//NF) portion is raised
ZNR_UUUUU = _cable(f"""1. (U//NF) {RSO} ON MAY 15.
{ROSTER}

2. (S//REL TO USA, GBR) NSB CONFIRMS THE SHEIKH HAS AQAP TIES.""", banner="SECRET//REL TO USA, GBR").replace(
    "ZNR SSSSS", "ZNR UUUUU").replace("Classified By: Ambassador Stephen Seche for reasons 1.4 (b) and (d)\n\n", "")


def test_unmarked_line_under_a_noforn_line_in_a_cable_routed_unclassified():
    assert_withheld(ZNR_UUUUU, ROSTER, ALL)


@pytest.mark.parametrize("kind,text", UNDER_NF, ids=[k for k, _ in UNDER_NF])
def test_unmarked_line_under_a_noforn_line_is_withheld(kind, text):
    roster = ROSTER if ROSTER in text else ROSTER.capitalize()
    rso = RSO if RSO in text else RSO.capitalize()
    assert_withheld(text, roster, ALL)
    assert_withheld(text, rso, PARTNER)


# ---------------------------------------------------------------- 3: a forwarded part with its own NOFORN banner

OKAFOR = "the Okafor family has been moved to Abuja"
FORWARDED = [
    ("review-quoted", f"""UNCLASSIFIED//FOR OFFICIAL USE ONLY

From: L. Grant
Sent: Tuesday, May 7, 2024 9:12 AM
To: Consular Team
Subject: FW: relocation

(U//FOUO) See below, handle accordingly.

> From: M. Ortiz
> Subject: relocation
> Classification: SECRET//NOFORN
>
> (S//NF) Threat reporting on the witness is credible.
> (U) Confirming {OKAFOR} under new names.
>
> Classification: SECRET//NOFORN
"""),
    ("original-message-banner-lines", f"""UNCLASSIFIED

From: L. Grant
To: Consular Team
Subject: FW: relocation

(U) See below, handle accordingly.

-----Original Message-----
From: M. Ortiz
Sent: Monday, May 6, 2024 4:40 PM
Subject: relocation

SECRET//NOFORN

(S//NF) Threat reporting on the witness is credible.

(U) Confirming {OKAFOR} under new names.

SECRET//NOFORN
"""),
    ("rel-outer-gmail-forward", f"""UNCLASSIFIED//REL TO USA, GBR

Team - forwarding for situational awareness.

(U//REL TO USA, GBR) The consular section reopens Monday.

---------- Forwarded message ---------
From: M. Ortiz
Date: Mon, May 6, 2024 at 4:40 PM
Subject: relocation
Classification: SECRET//NOFORN

(S//NF) Threat reporting on the witness is credible.
(U) Confirming {OKAFOR} under new names.

Classification: SECRET//NOFORN

UNCLASSIFIED//REL TO USA, GBR
"""),
    ("review-original-u-nf", """UNCLASSIFIED//FOR OFFICIAL USE ONLY

From: J. Park
To: Ops list
Subject: FW: update

(U//FOUO) Forwarding the note below for awareness.

-----Original Message-----
From: R. Stone
Subject: channel status
Classification: UNCLASSIFIED//NOFORN

(U) Be aware the Karimov channel is compromised and no partner liaison should be told.

Classification: UNCLASSIFIED//NOFORN
"""),
]


FORWARDED.append(("quoted-no-header", f"""UNCLASSIFIED//FOR OFFICIAL USE ONLY

(U//FOUO) See below.

> Classification: SECRET//NOFORN
> (S//NF) Threat reporting on the witness is credible.
> (U) Confirming {OKAFOR} under new names.
> Classification: SECRET//NOFORN
"""))


@pytest.mark.parametrize("kind,text", FORWARDED, ids=[k for k, _ in FORWARDED])
def test_forwarded_parts_banner_controls_its_u_portions(kind, text):
    phrase = OKAFOR if OKAFOR in text else "the Karimov channel is compromised"
    assert_withheld(text, phrase, PARTNER)


# ---------------------------------------------------------------- 4: release fields in tables, footers, JSON, HTML

TARSUS = "The Tarsus relay station will be offline for maintenance until the 20th."
FIELDS = [
    ("markdown-table", f"""| Property       | Value                 |
|----------------|-----------------------|
| Title          | Relay status          |
| Classification | UNCLASSIFIED//FOUO    |
| Dissemination  | NOFORN                |

(U//FOUO) {TARSUS}

(U) Contact the help desk for access.
"""),
    ("tab-table", f"""Title\tRelay status
Classification\tUNCLASSIFIED//FOUO
Releasable to:\tUSA

(U//FOUO) {TARSUS}

(U) Contact the help desk for access.
"""),
    ("html-table", f"""<html><body>
<table>
<tr><td>Classification</td><td>UNCLASSIFIED//FOUO</td></tr>
<tr><td>Dissemination</td><td>NOFORN</td></tr>
</table>
<p>(U//FOUO) {TARSUS}</p>
<p>(U) Contact the help desk for access.</p>
</body></html>
"""),
    ("html-meta", f"""<html><head>
<meta name="classification" content="UNCLASSIFIED//FOUO//NOFORN">
</head><body>
<p>(U//FOUO) {TARSUS}</p>
<p>(U) Contact the help desk for access.</p>
</body></html>
"""),
    ("html-meta-releasability", f"""<html><head>
<meta name="classification" content="UNCLASSIFIED//FOUO">
<meta name="releasability" content="NOFORN">
</head><body>
<p>(U//FOUO) {TARSUS}</p>
</body></html>
"""),
    ("json-export", f"""{{
  "title": "Relay status",
  "classification": "UNCLASSIFIED//FOUO",
  "releasability": "NOFORN"
}}

(U//FOUO) {TARSUS}

(U) Contact the help desk for access.
"""),
    ("footer-releasable-to", f"""Relay status report

(U//FOUO) {TARSUS}

(U) Contact the help desk for access.

Page 1 of 1
Releasable to: USA
"""),
    ("footer-rel-to-aus", f"""UNCLASSIFIED//FOR OFFICIAL USE ONLY

(U//FOUO) {TARSUS}

(U) Contact the help desk for access.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
Page 1 of 2 | Dissemination: REL TO USA, AUS
"""),
]


FIELDS += [
    ("json-one-line", f"""{{"classification": "UNCLASSIFIED//FOUO", "releasability": "REL TO USA, AUS, CAN, NZL"}}

(U//FOUO) {TARSUS}
"""),
    ("equals-field", f"""Classification = UNCLASSIFIED//FOUO
Releasability = NOT RELEASABLE TO FOREIGN NATIONALS

(U//FOUO) {TARSUS}
"""),
    ("distribution-footer", f"""UNCLASSIFIED//FOR OFFICIAL USE ONLY

(U//FOUO) {TARSUS}

Page 1 of 1
Distribution: REL TO USA, AUS, CAN, NZL
"""),
]


@pytest.mark.parametrize("kind,text", FIELDS, ids=[k for k, _ in FIELDS])
def test_release_field_in_a_structure_is_read(kind, text):
    assert_withheld(text, TARSUS, PARTNER)


# ---------------------------------------------------------------- 5: short (U) line ending in a colon

AGENT = "THE SOURCE MET THE AQAP COURIER IN JAAR ON MAY 12"
COLON = [
    ("numbered", _cable(f"""1. (U) BACKGROUND:
{AGENT} AND PAID HIM 2,000 DOLLARS.

2. (C) POST WILL FOLLOW UP.""")),
    ("numbered-blank-after-colon-sentence-two-lines", _cable(f"""1. (C) POST HAS LEARNED OF A NEW COURIER ROUTE THROUGH ABYAN GOVERNORATE.

2. (U) DETAILS:
{AGENT}.
HE CARRIED A LETTER FOR THE LOCAL EMIR.""")),
    ("memo", f"""SECRET

SUBJECT: (U) Courier

(U) Post reports:
{AGENT.capitalize()} and paid him 2,000 dollars.

(S) Post will follow up.

SECRET
"""),
    ("confidential-cable-comment", _cable(f"""1. (C) POST WILL FOLLOW UP ON THE COURIER ROUTE NEXT WEEK WITH THE MINISTRY.

2. (U) COMMENT:
{AGENT}. END COMMENT.""", banner="C O N F I D E N T I A L")),
]


COLON.append(("email-colon", f"""SECRET//NOFORN

From: Ops Center
To: Yemen Desk
Subject: Courier

(U) Summary of the call with the RSO:
{AGENT.capitalize()} and paid him in cash.

(S//NF) Post will follow up.

SECRET//NOFORN
"""))


@pytest.mark.parametrize("kind,text", COLON, ids=[k for k, _ in COLON])
def test_unmarked_sentence_after_a_colon_line_is_withheld(kind, text):
    phrase = AGENT if AGENT in text else AGENT.capitalize()
    assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- RELEASE: plain (U) text usg must keep

RELEASE = [
    ("u-bullets-without-claim", _cable("""1. (U) POST NOTES THE FOLLOWING:

- (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.
- (U) THE WFP SUSPENDED FOOD DISTRIBUTION.

2. (S) THE SECOND PARAGRAPH OF REFTEL REMAINS ACCURATE."""), "CURFEW IN ZINJIBAR EXTENDED TO MAY 25."),
    ("other-bullet-of-claim", BULLETS[1][1], "THE WFP SUSPENDED FOOD DISTRIBUTION."),
    ("u-line-short-colon-then-marked", _cable("""1. (U) BACKGROUND:

2. (U) THE CURFEW IN ZINJIBAR WAS EXTENDED TO MAY 25.

3. (S) POST WILL FOLLOW UP."""), "THE CURFEW IN ZINJIBAR WAS EXTENDED TO MAY 25."),
    ("u-paragraph-wrapped-at-width", _cable("""1. (U) THE CURFEW IN ZINJIBAR WAS EXTENDED TO MAY 25 BY THE GOVERNOR
OF ABYAN. SHOPS IN JAAR REMAIN CLOSED AFTER DARK AND THE MARKET IS
EMPTY.

2. (S) POST WILL FOLLOW UP WITH THE GOVERNOR NEXT WEEK."""), "SHOPS IN JAAR REMAIN CLOSED AFTER DARK"),
    ("forward-outer-fouo", FORWARDED[0][1], "See below, handle accordingly."),
    ("unclassified-table", """| Property       | Value          |
|----------------|----------------|
| Title          | Relay status   |
| Classification | UNCLASSIFIED   |

(U) The Tarsus relay station will be offline for maintenance until the 20th.
""", TARSUS),
    ("distribution-list-is-no-field", """UNCLASSIFIED

(U) The Tarsus relay station will be offline for maintenance until the 20th.

Distribution: US Embassy staff, GBR liaison office
""", TARSUS),
    ("unclassified-json", """{
  "title": "Relay status",
  "classification": "UNCLASSIFIED"
}

(U) The Tarsus relay station will be offline for maintenance until the 20th.
""", TARSUS),
]


@pytest.mark.parametrize("kind,text,phrase", RELEASE, ids=[k for k, *_ in RELEASE])
def test_plain_u_text_is_released_at_usg(kind, text, phrase):
    assert_released(text, phrase)


def test_noforn_field_keeps_usg_text():
    assert_released(FIELDS[0][1], TARSUS)
