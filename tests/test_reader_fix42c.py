"""fix42c: reprinted page heads between the halves of a sentence, handling lines that keep text inside the USG or from
foreign nationals, split rows with columns after the text, a front-matter classification above a lower record key.

First run (main da725b17): adv169-018 (usg, partner, public) and adv169-023 (partner) leaked; of last session's
review documents review41cd b03, c04, c05, v03 (a04 at partner) and review41z W01, W02 leaked, and a memo whose
`LES - NO FOREIGN NATIONALS` line sits over (LES) paragraphs leaked at partner. After: all of these withheld
(review41cd a04 and a05 still release their LES//NOFORN and SBU//NOFORN text at usg, which may read it).
Each WITHHELD case below fails on main; each RELEASED case is a trap of the same shape that stays releasable.
"""
from __future__ import annotations

import pytest

from sbu_redact import Pipeline

_PIPELINE = Pipeline()


def _versions(text: str) -> dict[str, str]:
    result = _PIPELINE.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    return {level: str(getattr(result[level], "text", result[level])) for level in ("usg", "partner", "public")}


WITHHELD = [
    pytest.param(  # a report's running head, mixed case with a serial and a page number, mid-sentence
        "CONFIDENTIAL\n\nSUBJECT: (U) Budget talks\n\n(U) The delegation met the finance ministry on Monday.\n\n"
        "(C) The deputy minister told us that the cabinet has quietly agreed to replace\n\n"
        "Confidential     Report 22-114     Page 3\n\n(U)\nSeveral provincial governors before the budget vote in March.\n\n"
        "(U) The next round of talks is set for April.\n\nCONFIDENTIAL\n",
        ("usg", "partner", "public"), "Several provincial governors before the budget vote", id="report-running-head"),
    pytest.param(  # an all-caps cable's section header reprinted, the rest after a bare mark
        "SECRET\nSECTION 01 OF 02 HARARE 000310\n\n1. (U) THE AMBASSADOR MET THE MINISTER OF MINES ON 4 MAY.\n\n"
        "2. (S) A MINISTRY OFFICIAL SAID THAT THE ARMY HAS BEEN SELLING\n\nSECRET\nSECTION 02 OF 02 HARARE 000310\n\n"
        "(U)\nDIAMONDS FROM THE MARANGE FIELDS THROUGH A DUBAI BROKER SINCE JANUARY.\n\n"
        "3. (U) THE MINISTER WILL VISIT WASHINGTON IN JUNE.\n\nSECRET\n",
        ("usg", "partner", "public"), "DIAMONDS FROM THE MARANGE FIELDS THROUGH A DUBAI BROKER", id="cable-section-header"),
    pytest.param(  # a cable's handling line that keeps the text inside the US government
        "UNCLAS LUSAKA 001207\nSENSITIVE BUT UNCLASSIFIED - NO DISSEMINATION OUTSIDE THE USG\n\nSUBJECT: (SBU) COPPERBELT LABOR UNREST\n\n"
        "1. (U) UNION LEADERS MET THE LABOR MINISTER ON 2 MARCH.\n\n"
        "2. (SBU) A MINE MANAGER SAID POLICE INFORMANTS HAVE JOINED THE STRIKE COMMITTEE AT KITWE.\n\n"
        "3. (U) TALKS RESUME NEXT WEEK.\n",
        ("partner", "public"), "POLICE INFORMANTS HAVE JOINED THE STRIKE COMMITTEE", id="cable-outside-usg"),
    pytest.param(  # a memo's handling line led by a designation, over designated paragraphs
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR: Consul General\nFROM: RSO\nSUBJECT: (U) Guard force\n\n"
        "FOUO - NO FOREIGN NATIONALS\n\n1. (U) The new guard contract starts on 1 June.\n\n"
        "2. (FOUO) Two guard supervisors were dismissed after the polygraph results came back.\n\n"
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
        ("partner",), "Two guard supervisors were dismissed after the polygraph", id="memo-fouo-no-foreign-nationals"),
    pytest.param(  # a statement as the label of a sentence in a classified memo
        "CONFIDENTIAL\n\nSUBJECT: Port visit\n\n(U) The frigate arrives on Thursday for a three-day visit.\n\n"
        "Not for release to foreign nationals: the harbour master confirmed the submarine berth will be dredged in May.\n\n"
        "CONFIDENTIAL\n",
        ("usg", "partner", "public"), "the harbour master confirmed the submarine berth", id="statement-labels-sentence"),
    pytest.param(  # a semicolon-delimited export whose classified text cell is split, an office column after it
        "UNCLASSIFIED\nmark;text;office\n(C);The liaison officer said the new radar sites are being built near the;J2\n"
        "(U);border crossing at Ruvuma and will be finished by the end of the year;J2\n"
        "(U);The conference room is booked for Thursday afternoon.;GSO\nUNCLASSIFIED\n",
        ("usg", "partner", "public"), "border crossing at Ruvuma and will be finished", id="csv-semicolon-office-column"),
    pytest.param(  # a tab-delimited export: the text column in the middle, a date after it
        "UNCLASSIFIED\nno\tmark\ttext\tdate\n1\t(S)\tThe source reported that two couriers cross weekly from\t05/02\n"
        "2\t(U)\tTurkmenistan carrying cash for the network's accounts in Dubai\t05/02\n"
        "3\t(U)\tThe embassy reopens after the holiday on Tuesday.\t05/03\nUNCLASSIFIED\n",
        ("usg", "partner", "public"), "Turkmenistan carrying cash for the network", id="tsv-date-column"),
    pytest.param(  # front matter: the document's classification above a record's lower level key
        "---\nclassification: CONFIDENTIAL\nentries:\n  - summary: |\n      The defence attache learned that the airbase "
        "at Tindouf will receive four new fighters.\n    level: FOUO\n...\n",
        ("usg", "partner", "public"), "the airbase at Tindouf will receive four new fighters", id="front-matter-record-key"),
]


@pytest.mark.parametrize(("text", "levels", "secret"), WITHHELD)
def test_withheld(text: str, levels: tuple[str, ...], secret: str) -> None:
    versions = _versions(text)
    for level in levels:
        assert secret not in versions[level], level


RELEASED = [
    pytest.param(  # an unclassified table whose rows wrap
        "UNCLASSIFIED\nmark;text;office\n(U);The visiting delegation will tour the new water treatment plant near the;ECON\n"
        "(U);river port on Wednesday and meet the mayor afterwards;ECON\nUNCLASSIFIED\n",
        "usg", "river port on Wednesday and meet the mayor", id="unclassified-wrapped-rows"),
    pytest.param(  # a classified row, then a row of its own with another office after its text
        "UNCLASSIFIED\nmark;text;office\n(C);The liaison officer said the new radar sites are being built near the;J2\n"
        "(U);lunch will be held at the residence at noon for all visiting guests;GSO\nUNCLASSIFIED\n",
        "usg", "lunch will be held at the residence at noon", id="row-of-its-own"),
    pytest.param(  # an ordinary page header between finished paragraphs
        "SECRET\n\n(S) The brigade moved to the northern sector on Sunday night.\n\nSECRET     Page 2 of 2\n\n(U)\n"
        "The embassy will close on Friday for the national holiday.\n\nSECRET\n",
        "usg", "The embassy will close on Friday for the national holiday", id="page-header-after-full-stop"),
    pytest.param(  # a notice for foreign nationals
        "UNCLASSIFIED\n\nSUBJECT: (U) Visa hours\n\nVisa appointments for foreign nationals: the consular section opens at "
        "eight on weekdays.\n\n(U) Bring a printed confirmation.\n\nUNCLASSIFIED\n",
        "partner", "the consular section opens at eight on weekdays", id="notice-for-foreign-nationals"),
    pytest.param(  # a handling phrase that opens a sentence of the body
        "UNCLASSIFIED\n\nSUBJECT: (U) Records review\n\n(U) The review of the archive ends in June.\n\n"
        "No release outside the USG is planned before the archive review ends next month.\n\nUNCLASSIFIED\n",
        "usg", "No release outside the USG is planned before the archive review", id="phrase-opens-body-sentence"),
]


@pytest.mark.parametrize(("text", "level", "released"), RELEASED)
def test_released(text: str, level: str, released: str) -> None:
    assert released in _versions(text)[level]
