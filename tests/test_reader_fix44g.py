"""fix44g: handling lines and classified marks in a cable's header zone; UK exclusions in words.

First run (lead44 3cfba9e2): round 178's 016, 020 (handling lines of a cable's header zone: `LES NOFORN` under a
`DEPARTMENT PASS TO` line, `DISSEM: USG ONLY` in a fax line) and 024, 026, 029, 030, 032, 034 (a UK exclusion in
words: "the United Kingdom excepted", "save the UK", "but not to London", "bar the United Kingdom", "UK not
included", "Five Eyes (minus Britain)") leaked at partner; review44ab c03, c04, c09, c14, c15 (a REF or PASS TO line
holding `(C//NF)`, `(S//NF)`, `(S)`, `(C)`) were printed as written at every level. After: all fixed, no new leak in
the rounds run: 178, 175, 173, 172, 169, 163, 22, 44 and 145, 14, 20, 18, 159, 154, 15, 134, 122, 170, 153, 146 (rounds
whose documents hold REF, PASS TO, CAVEAT, excepted, excluded) 0 new leaks and no new over-redaction against
/tmp/s44/base.txt but lead44's own (adv178-039/046: output identical on lead44); review44ab docs: c03 c04 c09 c14 c15
fixed, 0 new leaks.

Cases are written fresh (not copies of corpus documents) and fail on main b77dc9ec; the traps must stay released.
"""
from __future__ import annotations

import pytest

from sbu_redact import Pipeline

_PIPELINE = Pipeline()


def _versions(text: str) -> dict[str, str]:
    result = _PIPELINE.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    versions = result.versions if hasattr(result, "versions") else result
    return {level: getattr(v, "text", v) for level, v in versions.items()}


def _email(caveat: str, mark: str = "SBU") -> str:
    return (
        "From: Lee Ortega <OrtegaL@state.gov>\n"
        "Sent: Monday, November 9, 2026 10:02 AM\n"
        "To: Pacific Desk\n"
        "Subject: Harbour survey results\n"
        "Classification: UNCLASSIFIED//" + mark + "\n\n"
        "(U) The survey team finished its work at the northern harbour.\n\n"
        "(" + mark + ") Divers found the mooring chains of the fuel pier cut through near the seabed.\n"
        + caveat + "\n\n"
        "(U) A second visit is planned for January.\n\n"
        "UNCLASSIFIED//" + mark + "\n"
    )


_SECRET_TEXT = "Divers found the mooring chains of the fuel pier cut through"

UK_EXCLUSIONS = [
    "Sharable with FVEY partners, Britain excepted, for the port security review.",
    "Release to all coalition members bar HMG until the audit closes.",
    "This text may go to Ottawa and Canberra but not to London.",
    "Distro: AUS, CAN, NZL, USA; United Kingdom not included.",
    "Releasable to NATO members save Britain pending the review.",
    "Pass to the Five Eyes services, with the United Kingdom excluded, by Friday.",
]


@pytest.mark.parametrize("caveat", UK_EXCLUSIONS)
def test_uk_exclusion_in_words_withholds_at_partner(caveat: str) -> None:
    versions = _versions(_email(caveat, "SBU"))
    assert _SECRET_TEXT not in versions["partner"]
    assert _SECRET_TEXT not in versions["public"]
    assert _SECRET_TEXT in versions["usg"]


TRAPS = [
    "(U) The staff five-a-side cup follows the continental format, UK excluded, as every year.",
    "(U) Ferries to most of the Baltic ports, Britain excepted, were cancelled on Monday.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_uk_exclusion_without_sharing_word_releases(sentence: str) -> None:
    text = ("From: Welfare Committee\nSubject: Staff notes\nClassification: UNCLASSIFIED\n\n" + sentence +
            "\n(U) Sign-up sheets are at the front desk.\n")
    versions = _versions(text)
    body = sentence[4:]
    assert body in versions["usg"]
    assert body in versions["partner"]


def _cable(header_lines: str, mark: str = "SBU") -> str:
    return (
        "R 091455Z NOV 26\n"
        "FM AMEMBASSY LUSAKA\n"
        "TO SECSTATE WASHDC 2201\n\n"
        "UNCLAS LUSAKA 000733\n"
        "E.O. 12958: N/A\n"
        "TAGS: PGOV, SNAR, ZA\n"
        "SUBJECT: ZAMBIA: AIRSTRIP INQUIRY\n"
        + header_lines +
        "\n1. (U) The inquiry into the airstrip opened on Tuesday.\n\n"
        "2. (" + mark + ") A customs officer at the airstrip is paid by the trafficking network.\n\n"
        "3. (U) Post will follow the hearings.\n"
    )


_CABLE_TEXT = "A customs officer at the airstrip is paid by the trafficking network."


@pytest.mark.parametrize("lines", [
    "DEPARTMENT PLEASE PASS TO DEA AND FBI\nSBU NOFORN\nREF: STATE 201144\n",
    "REF: STATE 201144\nTELEFAX: RSO LUSAKA  DISTRIBUTION: U.S.G. ONLY  PAGES 3\n",
    "TELEFAX: RSO LUSAKA  DISSEM: USG USE ONLY  PAGES 3\nREF: STATE 201144\n",
])
def test_handling_line_in_header_zone_governs(lines: str) -> None:
    versions = _versions(_cable(lines))
    assert _CABLE_TEXT not in versions["partner"]
    assert _CABLE_TEXT not in versions["public"]


@pytest.mark.parametrize("lines, withheld", [
    ("REF: A. LUSAKA 0611 (S//NF) THE GENERAL OWNS THE AIRSTRIP HANGAR\n     B. STATE 201144\n",
     "THE GENERAL OWNS THE AIRSTRIP HANGAR"),
    ("REF: A. STATE 201144\n     B. LUSAKA 0650 (C) PILOTS ARE PAID IN CASH AT NDOLA\n",
     "PILOTS ARE PAID IN CASH AT NDOLA"),
    ("PASS TO: DEA/OSE (C//NF) FUEL IS DELIVERED BY THE ARMY AT NIGHT\n",
     "FUEL IS DELIVERED BY THE ARMY AT NIGHT"),
    ("REF: (S) LUSAKA 0702 - THE MINISTER SIGNED THE LANDING\n     PERMITS HIMSELF IN MAY\n",
     "PERMITS HIMSELF IN MAY"),
])
def test_classified_mark_in_header_line_is_withheld(lines: str, withheld: str) -> None:
    versions = _versions(_cable(lines))
    for level in ("usg", "partner", "public"):
        assert withheld not in versions[level], level
