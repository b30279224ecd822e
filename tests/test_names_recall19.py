"""Names recall (issue 9, round 19), by class of miss, one recognizer or rule at a time: cases
that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus. The detector is the real one on the real spaCy model."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # Ethiopian and Eritrean names with an abbreviated part (G/ Gebre, W/ Wolde, H/ Haile):
    # AbbreviatedPartNameRecognizer
    ("abbreviated part", "1. (SBU) CONOFF INTERVIEWED APPLICANT MESERET W/SELASSIE DUBALE AND HER SON.",
     ["MESERET W/SELASSIE DUBALE"]),
    ("abbreviated part", "2. (C) THE WITNESS, YOHANNES G/KIDAN, TOLD POLOFF THAT THE KEBELE HAD SEIZED HIS LAND.",
     ["YOHANNES G/KIDAN"]),
    ("abbreviated part", "3. (C) POLOFF MET ATO ALEMAYEHU H/MARIAM AND W/RO ZEWDITU\nG/TSADIK OF THE OPPOSITION.",
     ["ALEMAYEHU H/MARIAM", "ZEWDITU\nG/TSADIK"]),
    ("abbreviated part", "4. (C) HER FATHER, G/EGZIABHER TESFAMICHAEL, IS A RETIRED TEACHER.",
     ["G/EGZIABHER TESFAMICHAEL"]),
    ("abbreviated part, mixed case", "(SBU) We interviewed Selamawit W/Gabriel and her brother Dawit T/Haimanot in Mekelle.",
     ["Selamawit W/Gabriel", "Dawit T/Haimanot"]),
    # a name in quotes given by a naming verb after a person's noun, English words or not:
    # AliasNameRecognizer (naming_verbs, naming_nouns)
    ("named after a person's noun", '1. (C) THE CHECKPOINT WAS RUN BY A CORPORAL NAMED "EL TORO" AND TWO CONSCRIPTS.',
     ["EL TORO"]),
    ("named after a person's noun", '2. (S) HIS CELLMATE WAS KNOWN ONLY AS "HAMMER". THE GUARDS BEAT HIM.', ["HAMMER"]),
    ("named after a person's noun", '3. (C) THE SMUGGLER, IDENTIFIED HERE ONLY AS "BIG BROTHER", CHARGES 400 DOLLARS.',
     ["BIG BROTHER"]),
    ("named after a person's noun, mixed case", 'She fled with a neighbour known only as "Sparrow". Police have no file.',
     ["Sparrow"]),
    ("named after a person's noun, over a line", 'THE GIRL IS CALLED\n"JINJU" BY HER FAMILY.', ["JINJU"]),
    # a nickname in quotes opening a name of two words or more is part of it, a place's or brand's
    # word too: PostProcessor._complete_name
    ("nickname opening a name, a place's word", '2. (C) A SMUGGLER, "NAIROBI" GEOFFREY KAMAU OTIENO, PAID THE GUARDS.',
     ['"NAIROBI" GEOFFREY KAMAU OTIENO']),
    ("nickname opening a name, English words", '3. (C) HER LANDLORD, "BIG BOSS" TENDAI MUCHENA, EVICTED HER.',
     ['"BIG BOSS" TENDAI MUCHENA']),
    # a hyphenated person's noun is one cue (brother-in-law, half-sister), and kin and neighbours
    # are persons' nouns (twin, neighbour, boy): Lexicon.person_noun_before
    ("after a hyphenated kin noun", "Please ring her brother-in-law Wafiq at the hotel before noon.", ["Wafiq"]),
    ("after a hyphenated kin noun, caps", "2. (C) HIS HALF-SISTER, ZEMZEM, STAYED IN THE CAMP.", ["ZEMZEM"]),
    ("after a neighbour and a twin", "2. (C) OKELLO'S NEIGHBOUR, NAKATO, AND HER TWIN BABIRYE SAW TWO MEN.", ["NAKATO", "BABIRYE"]),
    ("after a title of religion", "3. (C) HIS COUSIN, UST. BAMBANG SUTRISNO, RUNS A PESANTREN.", ["BAMBANG SUTRISNO"]),
    # in capitals, a word set off by commas after a relative's noun: CuedSurnameRecognizer
    ("between commas after a kin noun, caps", "3. (C) MUSHAIMA'S SON, HUSAIN, SAID HIS FATHER WAS BEATEN.", ["HUSAIN"]),
    # given names listed after a plural noun for relatives: KinListNameRecognizer
    ("kin list", "Household: wife Almaz Tesfaye Gebru. Children: Rahel (b. 2003), Kidus and Meron.", ["Rahel", "Kidus", "Meron"]),
    ("kin list, caps", "2. (C) THEIR SONS, ABDOUKARIM (9) AND SOULEYMANE (6), STAY IN MORONI WITH AN AUNT.",
     ["ABDOUKARIM", "SOULEYMANE"]),
    ("kin list, over a line", "the applicant's brothers Tewelde,\nYemane and Filmon were refused in 2007.", ["Tewelde", "Yemane", "Filmon"]),
    ("kin list in parentheses", "Visas for the children (Roya and Kianoush) wait for the DNA results.", ["Roya", "Kianoush"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("office symbols", "DRAFTED: A/DCM:RSMITH\nCLEARED: S/GAC, L/HRR, M/FLO, A/LEGATT, G/TIP, P/PA", ["A/DCM", "S/GAC", "L/HRR", "M/FLO", "G/TIP", "P/PA"]),
    ("office symbols in a sentence", "1. (U) THE G/TIP OFFICE AND S/CRS MET WITH THE MINISTRY.", ["G/TIP", "S/CRS"]),
    ("a title alone", "1. (C) W/RO AND ATO ARE ETHIOPIAN HONORIFICS.", ["W/RO"]),
    ("a date and an ID", "THE KEBELE ID IS HW/04/11752, ISSUED 12/05/07.", ["HW/04/11752"]),
    ("named after a thing's noun", '1. (C) AN OPERATION CALLED "IRON FIST" AND A PROGRAM KNOWN AS "SAFE HAVEN" BEGAN.',
     ["IRON FIST", "SAFE HAVEN"]),
    ("named after a thing's noun, mixed case", 'The militia, known as "Red Hand", runs a camp called "Hope".', ["Red Hand", "Hope"]),
    ("an epithet after a pronoun", '2. (C) THE GUARDS CALL HIM "TRAITOR" AND WORSE.', ["TRAITOR"]),
    ("a place in quotes", '3. (U) THE MAN CALLED "KABUL" HOME FOR TEN YEARS.', ["KABUL"]),
    ("a title after a hyphenated kin noun", "3. (C) HIS COUSIN, UST. BAMBANG SUTRISNO, RUNS A PESANTREN.", ["UST."]),
    ("a hyphenated noun that is no person's", "THE ANTI-CORRUPTION COMMISSION AND THE E-MAIL SERVER FAILED. HIGH-LEVEL TALKS RESUMED.",
     ["COMMISSION", "SERVER", "TALKS"]),
    ("no name between commas after a kin noun", "3. (C) HIS SON, HOWEVER, SAID NOTHING. HER BROTHER, TOO, LEFT. THE WIFE, LATER, CALLED.",
     ["HOWEVER", "TOO", "LATER"]),
    ("no kin list", "THEIR CHILDREN AND GRANDCHILDREN FLED. CHILDREN, WOMEN AND ELDERLY DIED. "
                    "CHILDREN: UNICEF AND SAVE THE CHILDREN HELPED. Sons and Daughters of Liberty met.",
     ["GRANDCHILDREN", "WOMEN", "ELDERLY", "UNICEF", "SAVE", "Daughters", "Liberty"]),
    ("a place in quotes before one name word", '3. (C) HE FLEW IN FROM "DUBAI" SAEED, THE COURIER SAID.', ["DUBAI"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
