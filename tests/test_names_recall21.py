"""Names recall and precision (issue 9, round 21), by class of miss, one recognizer or rule at a
time: cases that must be covered whole, and cases that must not be taken for a person. Every name
is invented; none comes from a held-out corpus. The detector is the real one on the real spaCy model."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a double surname alone: DoubleSurnameRecognizer
    ("double surname alone, mixed case", "(SBU) Per ref C, Herrera-Quist has asked that the Obregón-Lutz file be pouched.",
     ["Herrera-Quist", "Obregón-Lutz"]),
    ("double surnames joined by a slash", "B. E-mail Salcedo-Brandt/Iwu-Garnett 4/2/07", ["Salcedo-Brandt", "Iwu-Garnett"]),
    ("double surname alone, caps", "2. (C) HIS SISTER, KWON-ESPINOZA, WAS NOT AT HOME WHEN CONOFF CALLED.", ["KWON-ESPINOZA"]),
    ("double surname with a nickname", '1. (C) THE CAR BELONGS TO "MANGO" PIERCE-OYELARAN, A TAXI OWNER.',
     ['MANGO" PIERCE-OYELARAN']),
    # a surname that is a faith's or nation's name after a given name: NameReader, PostProcessor._clean_name
    ("faith's name as a surname", "3. (SBU) THE COUNCIL CHAIR, COUNCILLOR DENNIS CHRISTIAN, SAID NO.", ["DENNIS CHRISTIAN"]),
    ("faith's name as a surname, mixed case", "(U) Councillor Dennis Christian said no.", ["Dennis Christian"]),
    # a month's name as a given name after a title: NameReader._word_given_name_opening
    ("month as a given name after a title", "4. (SBU) THE CONTACT IS MRS.\nAPRIL KOWALCZYK-NWOSU OF THE RED CROSS.",
     ["APRIL KOWALCZYK-NWOSU"]),
    # later mentions still propagate after a kin's `of` and for surnames that are words
    ("a mention after a kin's of", "Case KH-0130: Rahm HLo (PA), sister of Rahm Kpuih. HLo says Rahm Kpuih is still in Pleiku.",
     ["Rahm Kpuih", "Rahm HLo"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("double words that are no surnames", "(U) The Franco-German and Sino-Soviet talks, the Helms-Burton Act, Guinea-Bissau "
                                          "and Coca-Cola were discussed at the follow-up.",
     ["Franco-German", "Sino-Soviet", "Helms-Burton", "Guinea-Bissau", "Coca-Cola"]),
    ("a known place's word, once a surname", "1. (C) DR. EDUARDO ÁVILA PRIETO, A SURGEON FROM CIEGO DE AVILA, DEFECTED.",
     ["CIEGO"]),
    ("a mention after a place's preposition", "SUBJECT: FISHERS OCCUPY MANGAREVA WHARF LAND\n1. (U) A PLOT NEXT TO THE HOTEL "
                                              "IN KOROTAI MANGAREVA WAS OCCUPIED.", ["KOROTAI"]),
    ("a post's mailbox", "From: Delgado, Ana M\nTo: Lima ACS; Quito-ConsularFraud; BogotaNIV\nSubject: case", ["Lima", "Quito",
                                                                                                          "Bogota"]),
    ("a faith's name after a word", "2. (C) THE CHRISTIAN COMMUNITY AND THE HINDU COUNCIL MET IN JUNE.", ["CHRISTIAN", "JUNE"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
