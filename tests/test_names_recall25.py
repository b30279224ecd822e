"""Names recall and precision (issue 9, round 25), by mechanism rather than by word list: a
parenthetical set inside a name (a nickname in quotes or not, the name in another script) read as
one name from the given name through the surname, the parenthetical a person too, also where it
opens a line that the reader takes for a portion's start; one word in capitals standing for a
person before a possessive and a person's noun (`HAXHIU'S MEN`, `GHUKASYANS' LAWYER`); a surname
that is an English word or a month after a known given name where the name visibly ends
(`ROSALIND ANNE MARCH (DOB`, `RAYMOND J. CROSS.`, `BEVERLY MAY OF YAKIMA`), and its later mentions
where the words around say person (`MAY'S PETITION`). Cases that must be covered whole, and cases
that must not be taken for a person. Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a parenthetical inside a name
    ("a nickname in quotes in parentheses inside a name, mixed case",
     "(SBU) Poloff met Vakhtang (\"Vakho\") Tsereteli-Gamsakhurdia, a lawyer, in Kutaisi.",
     ['Vakhtang ("Vakho") Tsereteli-Gamsakhurdia']),
    ("a nickname in quotes in parentheses inside a name, capitals",
     "1. (C) THE BLOGGER RAMIL (\"RAMA\") GULIYEV, 31, WAS DETAINED ON MAY 2.",
     ['RAMIL ("RAMA") GULIYEV']),
    ("a nickname without quotes sharing the given name's first letters",
     "1. (SBU) CONOFF VISITED AGNIESZKA (AGA) SZCZYPIORSKA, A DUAL NATIONAL, IN PRISON.",
     ["AGNIESZKA (AGA) SZCZYPIORSKA"]),
    ("the given name in another script in parentheses",
     "1. (C) RAUF AND TOFIG (ТОФИГ) MAMMADZADA, BROTHERS, WERE ARRESTED.", ["TOFIG (ТОФИГ) MAMMADZADA"]),
    ("two given names, a nickname of two words and a people's name as surname",
     "1. (S/NF) SOURCE SAID THAT COMMANDER ABDUL HADI (\"HADI-E SIAH\") UZBEK AND HIS MEN LEFT.",
     ['ABDUL HADI ("HADI-E SIAH") UZBEK']),
    ("the words before it stop at a person's noun", "1. (C) NEC CHAIR CABDI XASAN (\"XASAN DHEERE\") FAARAX SPOKE.",
     ['CABDI XASAN ("XASAN DHEERE") FAARAX']),
    ("a parenthetical opening a line, read by the reader as a portion's start",
     "1. (C) DCM MET THE ALBANIAN LEADERS ILIR KRASNIQI, BEKIM\n(BEKA) GASHI-ZENELI AND AGRON DOCI.",
     ["BEKIM\n(BEKA) GASHI-ZENELI"]),
    # one word in capitals before a possessive and a person's noun
    ("a surname alone, possessive, before men", "2. (C) THE MAYOR SAID QERIMAJ'S MEN BURNED THE CAR.", ["QERIMAJ'S"]),
    ("a family's plural possessive before a lawyer", "2. (C) THE VOSKANYANS' LAWYER FILED AN APPEAL.",
     ["VOSKANYANS'"]),
    # a surname that is an English word or a month after a known given name
    ("a month as surname before a parenthesis", "1. (SBU) AMCIT ROSALIND TERESA MARCH (DOB 03/04/1970) IS MISSING.",
     ["ROSALIND TERESA MARCH"]),
    ("a month as surname before a comma", "2. (SBU) HER BROTHER, CALEB MAY, CAN BE REACHED BY PHONE.", ["CALEB MAY"]),
    ("a month as surname before of and a place, later its possessive",
     "2. (SBU) HIS GRANDPARENTS, DONALD AND LORETTA MAY OF SPOKANE, WA, SEEK CUSTODY. THE JUDGE SAID MAY'S PETITION "
     "IS COMPLETE.", ["LORETTA MAY", "MAY'S"]),
    ("a common-word surname after a middle initial", "3. (C) THE HANDLER IS DEA SA RAYMOND T. FROST.",
     ["RAYMOND T. FROST"]),
    ("a common-word surname at a line's end, mixed case", "(U) -- Duty officer: Thaddeus Stone\n", ["Thaddeus Stone"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_round25_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a given name and a flower's name in parentheses before a festival", "1. (U) THE GUL (ROSE) FESTIVAL DREW CROWDS.",
     ["FESTIVAL"]),
    ("a town and its other name before a preposition", "1. (C) EMBOFF TRAVELED TO CIUC (CSÍKSZEREDA) WITH THE MAYOR.",
     ["WITH"]),
    ("an acronym in parentheses inside an organisation's name",
     "1. (U) THE NATIONAL DEMOCRATIC INSTITUTE (NDI) STAFF MET IN TBILISI.", ["NATIONAL", "NDI", "STAFF"]),
    ("a month after a given name in a date's sentence", "2. (U) THE ELECTION IS DUE IN MARCH. THE VOTE IN MAY WAS CALM.",
     ["MARCH", "MAY"]),
    ("a month that is a surname found before, in a date", "2. (SBU) HER BROTHER, CALEB MAY, CALLED. THE HEARING ON "
                                                         "MAY 3 WAS CALM.", ["ON MAY 3"]),
    ("an acronym's possessive before a person's noun", "2. (C) UNHCR'S STAFF AND OSCE'S MONITORS LEFT.",
     ["UNHCR'S", "OSCE'S"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_round25_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
