"""Leaks closed by helper fixrev32e (issue 8), found by reviewer review32d; each leaked on the branch's start (`a7ad3bd`).

1. A line in a cable's header that starts with a routing word (TO, INFO, PAGE, CC, OFFICE, SECTION, MISSION) or
   holds a code (a serial, a date-time group) and has a few other words was released as routing noise:
   `TO MINISTER OMAR HADDAD SOURCE`, `PAGE 2 ASSET RAFIQ`, `041200Z SOURCE OMAR HADDAD`. Now a header line's
   words that are neither routing nor letterhead words may be a place only (after AMEMBASSY, AMCONSUL, a routing
   indicator's `RUEHC/`, or the one word before a serial: `PAGE 02 MOSCOW 03736`); any other word makes it text.
2. NOFORN spelled out in other words (`NOT RELEASABLE TO NON-U. S. CITIZENS`, `NO DISSEMINATION TO FOREIGN
   NATIONALS`, `AMERICAN CITIZENS ONLY`) under a FOUO banner was missed and the text released at partner.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld, versions

HEAD = "R 041200Z DEC 26\nFM AMEMBASSY AMMAN\nTO RUEHC/SECSTATE WASHDC 1234\n"
CABLE = ("S E C R E T AMMAN 003736\n\nNOFORN\n\nE.O. 13526: DECL: 12/04/2036\nTAGS: PREL, PGOV, JO\n"
         "SUBJECT: MEETING WITH THE MINISTER\n\n1. (S/NF) The minister described the border plan in detail.\n")

NOT_ROUTING = [
    ("to-minister", "TO MINISTER OMAR HADDAD SOURCE", "OMAR HADDAD"),
    ("page-asset", "PAGE 2 ASSET RAFIQ", "ASSET RAFIQ"),
    ("page-asset2", "PAGE 02 ASSET RAFIQ DOSTUM", "RAFIQ DOSTUM"),
    ("info-defector", "INFO DEFECTOR KARIMOV 003736", "DEFECTOR KARIMOV"),
    ("cc-asset", "CC ASSET TARIQ NASSER", "TARIQ NASSER"),
    ("fm-source", "FM SOURCE CARDINAL HADDAD", "CARDINAL HADDAD"),
    ("code-source", "SOURCE OMAR HADDAD 7741", "OMAR HADDAD"),
    ("dtg-source", "041200Z SOURCE OMAR HADDAD", "OMAR HADDAD"),
    ("office-informant", "OFFICE INFORMANT KARIM ZAHID", "KARIM ZAHID"),
    ("section-defector", "SECTION DEFECTOR YUSUF KARIMOV", "YUSUF KARIMOV"),
    ("mission-safehouse", "MISSION SAFEHOUSE ZARQA NORTH", "SAFEHOUSE ZARQA"),
    ("amembassy-source", "AMEMBASSY SOURCE OMAR HADDAD", "OMAR HADDAD"),
]


@pytest.mark.parametrize("name,line,phrase", NOT_ROUTING, ids=[c[0] for c in NOT_ROUTING])
def test_header_line_with_other_words_takes_the_cables_level(name: str, line: str, phrase: str) -> None:
    assert_withheld(HEAD + line + "\n" + CABLE, phrase, ALL)


# real cable headers, released as before
ROUTING = [
    ("fm-to", "FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 1234", "FM AMEMBASSY MOSCOW"),
    ("info-rio", "FM AMEMBASSY MOSCOW\nINFO AMCONSUL RIO DE JANEIRO PRIORITY 0042", "AMCONSUL RIO DE JANEIRO"),
    ("info-indicator", "FM AMEMBASSY MOSCOW\nINFO RUEHKV/AMEMBASSY KYIV PRIORITY 5678", "RUEHKV/AMEMBASSY KYIV"),
    ("collective", "FM AMEMBASSY BAGHDAD\nINFO RUCNRAQ/IRAQ COLLECTIVE", "RUCNRAQ/IRAQ COLLECTIVE"),
    ("san-salvador", "FM AMEMBASSY SAN SALVADOR\nTO SECSTATE WASHDC 0001", "AMEMBASSY SAN SALVADOR"),
    ("page-line", "PAGE 02 MOSCOW 03736 041200Z", "PAGE 02 MOSCOW 03736"),
    ("zczc", "ZCZC RUEHWDA0233 3341430", "ZCZC RUEHWDA0233"),
    ("tel-aviv", "FM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC 0001", "AMEMBASSY TEL AVIV"),
    ("treasury", "FM AMEMBASSY MOSCOW\nINFO DEPT OF TREASURY WASHDC", "DEPT OF TREASURY WASHDC"),
    ("military", "FM USCENTCOM MACDILL AFB FL\nTO CNO WASHINGTON DC", "TO CNO WASHINGTON DC"),
    ("dao", "FM USDAO AMMAN\nTO DIA WASHDC", "FM USDAO AMMAN"),
]


@pytest.mark.parametrize("name,lines,phrase", ROUTING, ids=[c[0] for c in ROUTING])
def test_real_routing_lines_stay_released(name: str, lines: str, phrase: str) -> None:
    text = "R 041200Z DEC 26\n" + lines + "\n" + CABLE
    for level in ALL:
        assert_released(text, phrase, level)


BODY = ("MEMORANDUM FOR THE REGIONAL SECURITY OFFICER\n\nSUBJECT: Perimeter upgrades at the chancery annex\n\n"
        "1. The annex perimeter cameras on the north wall have a blind spot between posts 4 and 7.\n\n")
SPELLED = [
    "NOT RELEASABLE TO NON U.S. CITIZENS",
    "NOT RELEASABLE TO NON-U. S. CITIZENS",
    "NOT RELEASABLE TO NON-U.S CITIZENS",
    "NO DISSEMINATION TO FOREIGN NATIONALS",
    "U.S. NATIONALS ONLY",
    "NOT RELEASABLE TO NONCITIZENS",
    "AMERICAN CITIZENS ONLY",
    "NOT RELEASABLE TO NON-USA CITIZENS",
    "NO DISSEMINATION TO NON-U.S. PERSONS",
    "NOT FOR RELEASE TO NON-U.S.A. NATIONALS",
    "USA PERSONS ONLY",
]


@pytest.mark.parametrize("caption", SPELLED)
def test_spelled_out_noforn_withholds_at_partner(caption: str) -> None:
    text = "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n" + caption + "\n\n" + BODY + "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
    assert "blind spot" not in versions(text, ("partner",))["partner"]
    assert_released(text, "blind spot between posts", "usg")


def test_us_words_in_prose_are_no_noforn() -> None:
    # the loosened `US` is no looser than the phrase: a sentence about U.S. citizens is no caption
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. The consulate helps U.S. citizens who lost a passport.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    assert_released(text, "lost a passport", "partner")
