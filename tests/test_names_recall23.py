"""Names recall and precision (issue 9, round 23): person slots (detection/slots.py), where the
sentence says a person stands and a run of capitalized words that is no English phrase, place or
organisation is a name whatever its naming convention. Cases that must be covered whole, and cases
that must not be taken for a person. Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # an item of a list next to a name found, before it and after it, a weak honorific left out
    ("list item before a name, surname-less", "1. (C) THE DCM MET WITH U KYAW OO, DAW MAY WIN MYINT AND U ZAW HTAY AT THE "
                                              "PARTY OFFICE.", ["KYAW OO", "ZAW HTAY"]),
    ("list items of Chinese names in capitals", "1. APPLICANTS INTERVIEWED IN IPOH: KHOO SENG HOCK, TEOH BEE LIAN, NG KAH "
                                                "WAI AND RAJESWARI A/P KANAGARATNAM.", ["KHOO SENG HOCK", "TEOH BEE LIAN"]),
    # the words before a person's verb, opening a clause
    ("a surname-less name before said", "2. (C) THE MEETING WAS SHORT. ZAW HTAY SAID THE ROAD WAS CLOSED.", ["ZAW HTAY"]),
    ("a surname-less name before added", "3. (C) ZAW HTAY ADDED THAT THE MONKS WERE CALM.", ["ZAW HTAY"]),
    # the words after a title
    ("a name after a title, common syllables", "2. (SBU) HIS WIFE, MADAM SEE AH LIAN, KEPT THE BOOKS.", ["SEE AH LIAN"]),
    # an apposition after a person's noun
    ("apposition after a person's noun, Chinese name", "1. (SBU) THE MAID'S EMPLOYER, KHOO BOON HUAT, HELD HER PASSPORT.",
     ["KHOO BOON HUAT"]),
    # a surname alone later, possessive, after the slot found the name
    ("surname alone later, possessive", "1. (SBU) THE MAID'S EMPLOYER, KHOO BOON HUAT, HELD HER PASSPORT. KHOO'S WIFE "
                                        "DID NOT APPEAR.", ["KHOO'S"]),
    # the words after a list's lead or a verb whose object is a person, a long title included
    ("after a verb of a person, a two-word title before", "2. (C) HE NAMED DATUK SERI KHOO CHENG HUAT AS A FUNDER.",
     ["KHOO CHENG HUAT"]),
    ("after met with, surname-less", "3. (C) POLOFF MET WITH MYO KYAW NAING ON TUESDAY.", ["MYO KYAW NAING"]),
    # one rare word where the words around it say person
    ("a rare given name before a possessive and kin noun", "(SBU) The youngest patient lost a hand. Vongsy's father asked "
                                                           "for help with school fees.", ["Vongsy's"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_in_person_slots_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a number and a plural noun after a verb", "1. (U) THE MONASTERY HOUSES TWO NOVICES FROM THE DELTA.", ["TWO NOVICES"]),
    ("a verb before a name is no part of it", "2. (C) POLICE REACHED THE VILLAGE LATE. NOBODY WAS HOME.", ["REACHED"]),
    ("a place named with a title", "3. (U) THE NGO RUNS A CLINIC IN PADRE LAS CASAS AND ANOTHER IN TEMUCO.", ["LAS CASAS"]),
    ("a list of places next to a name", "1. (U) ESCORT: LINDA OAKES-MARLOWE. THEY WILL SEE BOISE, HELENA AND BILLINGS.",
     ["BOISE", "HELENA", "BILLINGS"]),
    ("an organisation before said", "2. (C) THE PARTY LEADERSHIP MET ON MONDAY. UMNO YOUTH SAID IT WOULD PROTEST.",
     ["UMNO YOUTH"]),
    ("places after visited", "1. (U) THE DELEGATION VISITED TAY NINH AND BEN TRE, THEN HUE.", ["TAY NINH", "BEN TRE"]),
    ("common words before said, mixed case", "(SBU) Embassy contacts said the talks had stalled.", ["Embassy contacts"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_not_a_person_in_a_slot(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
