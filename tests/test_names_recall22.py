"""Names recall and precision (issue 9, round 22), by class of miss, one mechanism at a time:
cases that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus. The detector is the real one on the real spaCy model."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a 5 that OCR read for an S opening a word in capitals: detection view (view.py)
    ("OCR 5 for S opening a name", "1. (C) THE OPPOSITION LEADER, WALDO T. 5EBASTIAN-MOORE, TOLD POLOFF THAT HE WOULD RUN.",
     ["5EBASTIAN-MOORE"]),
    # the surname of a user name glued to its initials, later alone: PostProcessor._mentions
    ("surname of a glued user name, later alone", "(U) Drafted: POL:TQuarmby-Hale\n(U) Cleared: ECON:BFenwicke\n"
                                                   "2. (C) FENWICKE WILL FOLLOW UP WITH THE MINISTRY.", ["FENWICKE"]),
    # a given name found in a name, alone at a sentence's start later (a sign-off): PostProcessor._mentions
    ("given name alone, signing", "From: Ostergaard, Alice M <OstergaardAM@state.gov>\nTo: Rinaldi, Pietro\n"
                                  "Subject: trip\nPietro, the meeting is on. Thanks for the list.\nAlice", ["Alice"]),
    # a nickname in quotes after a noun of a doer or a -man compound: PostProcessor._quoted_nicknames
    ("nickname after a -man noun", '2. (C) THE EDITOR AND HIS CAMERAMAN, "ZUBO", WERE HELD OVERNIGHT.', ["ZUBO"]),
    ("nickname after a doer's noun, comma inside the quote", '3. (C) SHE SAID HER CAMPAIGN MANAGER,\n"BIG TOUTOU," HAD '
                                                               "BEEN THREATENED.", ["BIG TOUTOU"]),
    ("nickname after a prefixed person's noun", '4. (C) THE SUB-AGENT, "COLOMBO RAVI," WORKS FROM A SHOP.', ["COLOMBO RAVI"]),
    ("nickname after a doer's noun, mixed case", '(SBU) Witnesses: the motor pool dispatcher "Uncle Dembo". He left.',
     ["Uncle Dembo"]),
    # a nickname in quotes opening a sentence, before a person's verb
    ("nickname before a person's verb", '2. (C) "TI ZOZO" CAN BE REACHED ONLY THROUGH HIS COUSIN.', ["TI ZOZO"]),
    # an identity number or a rival after a possessive
    ("possessive before an identity number", "2. (C) KULATILLEKE'S NIC IS 725631840V; SHE LIVES IN KANDY.",
     ["KULATILLEKE'S"]),
    ("possessive before a rival", "3. (C) DIEUFORT'S RIVAL IN THE COMMUNE HAS NOT BEEN TOLD.", ["DIEUFORT'S"]),
    # a name in apposition after a noun for a person by its form or a person's noun
    ("apposition after a person's noun", "1. (U) THE WITNESS, MARLENE STANDING ELK, LIVES NEAR THE RIVER.",
     ["MARLENE STANDING ELK"]),
    ("apposition after a doer's noun", "1. (U) THE ORGANIZER, TEODORA NWACHUKWU-BALE, DID NOT ATTEND.",
     ["TEODORA NWACHUKWU-BALE"]),
    # a surname of two English words, later alone
    ("a surname of two words, later alone", "1. (U) THE WITNESS, MARLENE STANDING ELK, LIVES NEAR THE RIVER. "
                                            "STANDING ELK SAID SHE SAW THE CAR.", ["STANDING ELK"]),
    # a given name alone after a relative's noun, closing the sentence
    ("given name after a kin noun, sentence end", "2. (C) WE MET YOSLAINE PADRÓN-ORTA AND HER SON, YASIEL. SHE SAID "
                                                  "NOTHING.", ["YASIEL"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("OCR-like numbers and codes", "2. (U) AT 5PM ON THE 5TH, 5000 MEN AND THE H1N1 TEAM MET IN ROOM 5ABC.",
     ["5PM", "5TH", "5000", "H1N1"]),
    ("quoted titles after a thing's noun", '3. (U) THE NEW POSTER, "FREEDOM NOW," WAS SEEN. HIS NEW BOOK, "THE LONG ROAD," '
                                           "SOLD WELL.", ["FREEDOM", "LONG ROAD"]),
    ("a quoted operation after a doer's noun", '(U) The ministry spokesman called it "Operation Storm". The monitor, '
                                               '"Sector West", reported nothing.', ["Operation", "Storm", "Sector West"]),
    ("a quotation after a doer's noun", '4. (U) HER CAMPAIGN MANAGER, "WE WILL WIN," SAID THE POSTER. THE ORGANIZER, '
                                        '"THE TALKS FAILED." WAS THE HEADLINE.', ["WIN", "TALKS"]),
    ("a quoted slogan opening a sentence", '(U) "NO TO FRAUD" SAID THE BANNERS. "WE WANT PEACE" WAS THE CHANT.',
     ["FRAUD", "PEACE"]),
    ("appositions after a thing's noun", "2. (U) THE CONTAINER, BLUE STAR LINE, ARRIVED. THE COMPUTER, DELL OPTIPLEX, "
                                         "BROKE. THE MONITOR, SECTOR WEST, SAID.", ["BLUE STAR", "DELL", "SECTOR WEST"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
