"""fixfields35: release fields and forwarded banners the reader half-read (issue 8), by class, with variants.

Classes (review35b's documents 01-09, 16, 18, 24, 38, 61, 62): 1 two or more release fields on one line (table row,
page footer, one-line JSON object, two HTML <meta> tags); 2 markdown emphasis around a field's label or value, and a
field name in a table header row; 3 DoD distribution statements B-F; 4 a forwarded or quoted block whose
classification line stands at its end or after a chat prefix. RELEASE: plain (U) text in documents whose fields allow
GBR (REL TO USA, GBR; statement A) that partner must keep.

First run on the branch base (lead35 `98542b6`, before any change; 27 cases, 20 failed, all leaks to partner):
- class 1: all 8 variants (JSON object with two keys, JSON classification then releasability, footer `Caveats: none |
  Dissemination: NOFORN`, footer REL TO then `Handling: NOFORN`, markdown row classification then dissemination, tab
  row, two meta tags, HTML row): `_release_field` returned the first field form (or None after a classification
  cell). Now every field form of the line is read (`_release_fields`), the most restrictive wins; a cell that is a
  field of its own (`Releasability: REL TO USA, GBR`) no longer labels the next cell.
- class 2: `bold-label`, `bold-value` (the `DISTRIBUTION` label's look-ahead did not allow `**`) and `header-row`
  (no column reading). `bold-handling` and `italic-value` passed. Now emphasis (`*`, `_`) is allowed around the
  colon and stripped from the value, and a table header row naming a release field gives each data row's cell in
  that column as the field's value (`_take_column_fields`).
- class 3: all 6 statements (B, C, D, D with NOFORN, E, F): no rule knew them. Now `reader_words.
  distribution_statement` (rules/markings.yaml) reads B-F as NOFORN; statement A is no match.
- class 4: `fwd-banner-at-end`, `quoted-banner-at-end`, `chat-quoted` (`quoted-unmarked-banner-at-end` passed).
  `forwarded_controls` now applies the line's limit from the start of its block (the run of quoted lines, or the
  forward's `From:` header) and reads a `Classification:` quoted after a chat line's time and sender.
- RELEASE cases passed before and after. Added after the fix (pass): a distribution list of initials
  (`Distribution: D. Jones, B. Smith`) and a bold list, header-row and cell rows REL TO USA, GBR, a forward REL TO
  USA, GBR at its end: partner keeps the (U) text.
Review35b doc 16 (an explicit (U) line in a SECRET//NOFORN forward under a SECRET//NOFORN banner) is left: the
banner's and the forward's NOFORN are held by the (S//NF) portions, and an explicit (U) mark says its text is
uncontrolled (the project's rule since round 8; the brief says to leave explicit (U)).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

FOUO = "UNCLASSIFIED//FOUO"
PARTNER = ("partner", "public")
SECRET_LINE = "(U//FOUO) The convoy will move to Route Delta on Tuesday because of the checkpoint closures."
PHRASE = "The convoy will move to Route Delta"


def _doc(header: str, footer: str = "") -> str:
    body = f"{SECRET_LINE}\n(U//FOUO) Keys are with the GSO until Friday.\n"
    return f"{FOUO}\n\n{header}\n\n{body}\n{footer}\n{FOUO}\n"


# ------------------------------------------------------------------ 1: several release fields on one line
TWO_FIELDS = {
    "json-two": '{"ticket": "4471", "handling": "FOUO", "releasability": "NOFORN", "owner": "RSO"}',
    "json-class-then-rel": '{"classification": "UNCLASSIFIED//FOUO//REL TO USA, GBR", "releasability": "NOFORN"}',
    "footer-caveats-dissem": "Page 1 of 1 | Caveats: none | Dissemination: NOFORN",
    "footer-rel-then-handling": "Page 1 of 1 | Releasability: REL TO USA, GBR, AUS | Handling: NOFORN",
    "table-class-dissem": "| Classification | UNCLASSIFIED//FOUO//REL TO USA, GBR | Dissemination | NOFORN |\n|---|---|---|---|",
    "tab-row": "Doc ID\tOwner\tCaveats\tnone\tDissem\tNOFORN",
    "meta-two": ('<meta name="classification" content="UNCLASSIFIED//FOUO//REL TO USA, GBR">'
                 '<meta name="releasability" content="NOFORN">'),
    "html-row": ("<table><tr><td>Releasability</td><td>REL TO USA, GBR, AUS</td><td>Handling</td>"
                 "<td>NOFORN</td></tr></table>"),
}


@pytest.mark.parametrize("name", sorted(TWO_FIELDS))
def test_two_fields_on_one_line_most_restrictive_wins(name: str) -> None:
    line = TWO_FIELDS[name]
    text = _doc("Subject: export", line) if name.startswith(("footer", "tab")) else _doc(line)
    assert_withheld(text, PHRASE, PARTNER)


# ------------------------------------------------------------------ 2: markdown emphasis, header-row field names
EMPHASIS = {
    "bold-label": "**To:** Front Office\n**Distribution:** NOFORN\n**Subject:** Schedule",
    "bold-value": "**To:** Front Office\nDistribution: **NOFORN**\n**Subject:** Schedule",
    "bold-handling": "**Handling:** NOFORN\n**Subject:** Schedule",
    "italic-value": "Dissemination: *NOFORN*\nSubject: Schedule",
    "header-row": ("| Item | Owner | Releasability |\n|---|---|---|\n| Transfer 12 | J3 | REL TO USA, GBR |\n"
                   "| Transfer 13 | J3 | NOFORN |"),
}


@pytest.mark.parametrize("name", sorted(EMPHASIS))
def test_emphasised_field_is_read(name: str) -> None:
    assert_withheld(_doc(EMPHASIS[name]), PHRASE, PARTNER)


# ------------------------------------------------------------------ 3: DoD distribution statements
STATEMENTS = {
    "d-noforn": "DISTRIBUTION: D. Authorized to the Department of Defense and U.S. DoD contractors only. NOFORN.",
    "d": "DISTRIBUTION: D. Authorized to the Department of Defense and U.S. DoD contractors only.",
    "b": "DISTRIBUTION STATEMENT B. Distribution authorized to U.S. Government agencies only.",
    "c": "Distribution Statement C: Distribution authorized to U.S. Government agencies and their contractors.",
    "e": "DISTRIBUTION: E. Authorized to DoD Components only.",
    "f": "DISTRIBUTION STATEMENT F. Further dissemination only as directed by the controlling office.",
}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_distribution_statement_b_to_f_withholds_from_partner(name: str) -> None:
    assert_withheld(_doc(STATEMENTS[name]), PHRASE, PARTNER)


# ------------------------------------------------------------------ 4: forwarded block's classification at its end
FWD_END = f"""{FOUO}

From: Hall, Peter
Subject: FW: incident

(U//FOUO) See below; no action needed.

---------- Forwarded message ---------
From: Ortiz, Luis
Subject: incident

(U) The defence attache's driver was questioned by police near the airbase.
(C//NF) The police asked about the attache's meetings.

Classification: CONFIDENTIAL//NOFORN
"""
QUOTED_END = f"""{FOUO}
From: Stone, Eli
Subject: RE: arrival

(U//FOUO) Noted, thanks.

On Oct 4, 2026, Reed, Max wrote:
> (U) The defector will land at Ramstein on Friday and be met by the team.
> (S//NF) His debrief starts Monday.
> Classification: SECRET//NOFORN
"""
CHAT = f"""{FOUO}
[09:01] j.smith: forwarding what ops sent
[09:01] j.smith: > From: ops-desk
[09:01] j.smith: > Classification: SECRET//NOFORN
[09:02] j.smith: > (U) The Kandahar clinic guard list is compromised; new names by noon.
[09:02] j.smith: > (S//NF) The leak came from the district police.
[09:03] k.lee: ok
{FOUO}
"""
QUOTED_END_UNMARKED = QUOTED_END.replace("> (U) The defector", "> The defector")
FORWARDS = {
    "fwd-banner-at-end": (FWD_END, "driver was questioned by police"),
    "quoted-banner-at-end": (QUOTED_END, "The defector will land at Ramstein"),
    "quoted-unmarked-banner-at-end": (QUOTED_END_UNMARKED, "The defector will land at Ramstein"),
    "chat-quoted": (CHAT, "The Kandahar clinic guard list is compromised"),
}


@pytest.mark.parametrize("name", sorted(FORWARDS))
def test_forward_classification_line_governs_whole_block(name: str) -> None:
    text, phrase = FORWARDS[name]
    assert_withheld(text, phrase, ("partner",))


# ------------------------------------------------------------------ RELEASE: fields that allow GBR
RELEASE = {
    "footer-rel-gbr": ("Subject: export", "Page 1 of 1 | Releasability: REL TO USA, GBR | Caveats: none"),
    "cells-rel-gbr-then-caveats": ("| Releasability | REL TO USA, GBR | Caveats | none |\n|---|---|---|---|", ""),
    "header-row-rel-gbr": ("| Item | Owner | Releasability |\n|---|---|---|\n| Transfer 12 | J3 | REL TO USA, GBR |", ""),
    "distribution-list-initials": ("Distribution: D. Jones, B. Smith, F. Ortiz", ""),
    "bold-distribution-list": ("**Distribution:** Front Office, RSO, POL", ""),
    "json-rel-gbr": ('{"ticket": "4471", "handling": "FOUO", "releasability": "REL TO USA, GBR"}', ""),
    "statement-a": ("DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.", ""),
    "bold-rel-gbr": ("**Distribution:** REL TO USA, GBR", ""),
}


@pytest.mark.parametrize("name", sorted(RELEASE))
def test_fields_allowing_gbr_release_to_partner(name: str) -> None:
    header, footer = RELEASE[name]
    text = _doc(header, footer)
    assert_released(text, PHRASE, "partner")


FWD_END_REL_GBR = FWD_END.replace("(C//NF) The police asked", "(C//REL TO USA, GBR) The police asked").replace(
    "Classification: CONFIDENTIAL//NOFORN", "Classification: CONFIDENTIAL//REL TO USA, GBR")


def test_forward_released_to_gbr_keeps_its_plain_text_for_partner() -> None:
    assert_released(FWD_END_REL_GBR, "driver was questioned by police", "partner")
