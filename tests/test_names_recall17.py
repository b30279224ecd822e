"""Names recall by class (issue 9, round 17), through the real Detector: the other items of a list
of names separated by semicolons (a guest list, a candidate list) or bulleted (a prisoner list, a
staff list), whole, a note in parentheses after an item left out; a given name that is a word
(PRECIOUS, LUCKY, GIFT), later alone before an auxiliary, where it opened a name found; and what such a list must leave alone (a subject line, tags, places and
organisations listed the same way, a list with too few names found). Every name is invented;
none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

MUST_COVER = [
    ("semicolon guest list, capitals",
     "UNCLAS AMMAN 001234\nSUBJECT: ALUMNI DINNER GUEST LIST\nRAMI AL-HOURANI (FULBRIGHT 2001); VIRGINIA SAKET-ABBADI (IVLP); "
     "DINA NASSER; MAY QUDSI-ZAREER; SAMIR HADDADIN; LORENA ZAWAWNEH.\n",
     ["VIRGINIA SAKET-ABBADI", "MAY QUDSI-ZAREER", "LORENA ZAWAWNEH"]),
    ("semicolon candidate list, mixed case",
     "The district's candidates are Hamid Rezaei-Tabar (Reformist); Parvin Golshiri; Mahtab Esfandiari-Kouh; "
     "and Nasrin Kalantari-Poor.\n",
     ["Mahtab Esfandiari-Kouh"]),
    ("semicolon list over a line-end hyphen",
     "GUESTS: KHALID MUSTAFA AL-ZOUBI; WAFA HINDAWI-\nQAWASMI; SUHA TARAWNEH; NOUR BATAYNEH.\n",
     ["WAFA HINDAWI-\nQAWASMI"]),
    ("bulleted prisoner list, an honorific NER leaves out",
     "1. SENTENCED ON 2 MAY:\n- U KYAW THURA HTET (NLD), 7 YEARS\n- DAW NANDAR AYE MYINT, 5 YEARS\n"
     "- MAUNG ZEYAR LWIN OO, STUDENT, 3 YEARS\n- SAYA THET NAUNG (A TEACHER)\n",
     ["SAYA THET NAUNG"]),
    ("bulleted staff list, mixed case",
     "NGO staff:\n- Sandeep Vitthal Jadhav, field officer\n- Shobha Tai Gaikwad, trainer\n- Anil Bhaskar Pawar\n",
     ["Anil Bhaskar Pawar"]),
    # a word given name that opened a name found, later alone before an auxiliary
    ("word given name later, capitals", "1. (C) ATTENDEES: PRECIOUS MOYO, KNOWLEDGE DUBE. PRECIOUS IS THE CHAIR.", ["PRECIOUS"]),
    ("word given name later, mixed case", "We met Precious Moyo and Knowledge Dube. Precious was the chair; Knowledge has left.",
     ["Precious", "Knowledge"]),
    ("word given name later, capitals", "1. (C) GIFT PHIRI ATTENDED. GIFT HAS LEFT FOR LILONGWE.", ["GIFT"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    # a subject line ending in a colon's words, and the tags line, near a semicolon list
    ("subject line", "UNCLAS KHARTOUM 000456\nSUBJECT: SOUTHERN SUDAN: BOR DETAINEES\n1. THE MEN ARE MAJOK ALIER DENG; "
                     "GATWECH RIEK NYUON; AND CHUOL PUOK MAKUACH.\n", ["BOR DETAINEES"]),
    # places and organisations listed with semicolons among names are not names
    ("places in the list", "VISITS: RAMI AL-HOURANI (ZARQA); SAMIR HADDADIN; MADABA; DINA NASSER.\n", ["MADABA"]),
    ("organisation in the list", "PARTNERS: RAMI AL-HOURANI; SAMIR HADDADIN; SAVE THE CHILDREN; DINA NASSER.\n",
     ["SAVE THE CHILDREN"]),
    # a list of things with one name is no list of names
    ("list of things", "THE AGENDA: WATER RIGHTS; GRAZING PERMITS; BORDER CROSSINGS; MEETING WITH SAMIR HADDADIN.\n",
     ["WATER RIGHTS", "GRAZING PERMITS", "BORDER CROSSINGS"]),
    ("bulleted list of things", "Next steps:\n- Sandeep Jadhav to call the clinic\n- Field Visits (two)\n- Annual Report\n",
     ["Field Visits", "Annual Report"]),
    # the word itself after an article, or with no name it opened
    ("word after an article", "1. (C) GIFT PHIRI ATTENDED. THE GIFT WAS A CAR.", ["GIFT WAS"]),
    ("word with no name found", "1. (C) KNOWLEDGE IS POWER, SAID THE MINISTER. PRECIOUS IS THE WORD.", ["KNOWLEDGE", "PRECIOUS"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_left_alone(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
