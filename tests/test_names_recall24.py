"""Names recall and precision (issue 9, round 24), by mechanism rather than by word list: a
name's prefix where a naming convention puts one (names.name_prefixes: the Balinese I and NI);
a name after a possessive and a person's noun (person slots); nicknames in quotes where the
sentence says they name a person (after an alias's cue next to a name, chained by `or`/`and`,
after a person's noun, before an apposition with one, broken over a line, opened by an article
inside a name); the name before its alias's cue; in capitals, a possessive before a relative's
noun or what only a person has (cued_surname.personal_nouns); one rare word before a copula and a
person's noun (`SUKARDJONO IS A VILLAGE HEAD IN`: names.predicate_not_nouns leaves out the nouns an
organisation may be too). Cases that must be covered whole,
and cases that must not be taken for a person. Every name is invented; none comes from a
held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a name's prefix before a name of two words or more
    ("prefix I before a name, capitals", "1. (C) I KOMANG SUWITRA, A FARMER IN TABANAN, TOLD CONOFF THE LAND WAS TAKEN.",
     ["I KOMANG SUWITRA"]),
    ("prefix Ni before a name, mixed case", "(SBU) The applicant, Ni Luh Sekarini, said her brother paid the agent.",
     ["Ni Luh Sekarini"]),
    # a name after a possessive and a person's noun, a prefix opening it
    ("after a possessive and a person's noun", "2. (C) HIS NEPHEW I MADE WIRANATA WAS HELD OVERNIGHT.",
     ["I MADE WIRANATA"]),
    # nicknames in quotes
    ("an alias after knows only as", "(SBU) She left with a guide she knows only as \"Pak Toyib\". The guide has no phone.",
     ["Pak Toyib"]),
    ("an alias of English words after a name and a.k.a.", "1. (C) THE SUSPECT IS DELROY PINCKNEY-HOLMES, A.K.A. "
                                                          "\"CANDY MAN\"; HE LEFT FOR MIAMI.", ["CANDY MAN"]),
    ("a second alias after or", "(SBU) Requested person: Wilmer Andrés Zuluaga Pardo, a.k.a. \"El Tuerto\" or "
                                "\"Chiqui\", cédula on file.", ["El Tuerto", "Chiqui"]),
    ("aliases chained by and the other, broken over a line", "1. (C) THE GUARD SAID ONE WAS CALLED \"BIMO\nKUNCORO\" "
                                                              "AND THE OTHER \"OM JENGGOT.\"", ["BIMO\nKUNCORO", "OM JENGGOT"]),
    ("a nickname after a person's noun", "1. (S//NF) ELN COURIER \"EL TIGRILLO\" - TRUE NAME UNKNOWN - WAS SEEN IN "
                                         "QUIBDO.", ["EL TIGRILLO"]),
    ("a nickname before an apposition with a person's noun", "1. (C) THE PRIEST SAID THAT \"EL COSTEÑO,\" A "
                                                             "COMMANDER OF THE GROUP, THREATENED HIM.", ["EL COSTEÑO"]),
    ("a nickname given after a person's noun and said to be", "1. (SBU) THE VISA WAS ISSUED TO HIS DRIVER, SAID TO BE "
                                                              "\"MUKWAYA.\"", ["MUKWAYA"]),
    ("a nickname opened by an article inside a name", "(C) Sen. Luz Dary \"la Paisa\" Cárdenas-Restrepo voted no.",
     ['Luz Dary "la Paisa" Cárdenas-Restrepo']),
    ("a nickname broken over a line inside a name", "1. (C) THE FORMER COMMANDER, HERIBERTO \"EL\nPROFE\" "
                                                    "SALGADO-MURILLO, TESTIFIED.", ['HERIBERTO "EL\nPROFE" SALGADO-MURILLO']),
    ("a nickname and a surname before a parenthesis", "5. \"Toño\" Valoyes (no surname given)", ['"Toño" Valoyes']),
    ("an honorific nickname broken over a line", "(U) Mrs. Odessa Gadsden-Pryor (called \"Sister\nBlossom\" at "
                                                 "church) signed the deed.", ["Sister\nBlossom"]),
    # the name before its alias's cue
    ("the name before a.k.a.", "(SBU) Kusumawati, a.k.a. \"Mbak Kus,\" recruited the workers.", ["Kusumawati"]),
    # in capitals, a possessive before a relative's noun or what only a person has
    ("a common-word surname with a possessive before a relative's noun", "2. (U) FROST'S SISTER-IN-LAW WORKS AT "
                                                                         "THE PLANT.", ["FROST'S"]),
    ("a double name with a possessive before a relative's noun", "2. (C) MA-LIN'S MOTHER WAS DETAINED.", ["MA-LIN'S"]),
    ("a possessive before a twin's noun", "2. (C) KIWALABYE'S TWIN BROTHER SAW THE ARREST.", ["KIWALABYE'S"]),
    # one rare word before a copula and a person's noun
    ("a one-word name before is a and a person's noun", "2. (C) THE LIST IS SHORT. SUKARDJONO IS A VILLAGE HEAD IN "
                                                         "TUBAN; HE FLED.", ["SUKARDJONO"]),
    ("a possessive before a passport", "3. (C) MUKASA-ZZIWA'S PASSPORT WAS SEIZED AT ENTEBBE.", ["MUKASA-ZZIWA'S"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_round24_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("the pronoun I before a verb and a place", "1. (C) AS I VISITED KAMPALA LAST WEEK, THE ROADS WERE OPEN.",
     ["I VISITED", "KAMPALA"]),
    ("the pronoun I before a verb, mixed case", "(U) I Made a point of calling the Ministry.", ["I Made"]),
    ("a determiner before a person's noun and a possessive", "2. (C) THE PRIEST'S NEPHEW AND THE GOVERNOR'S SON MET.",
     ["PRIEST'S", "GOVERNOR'S"]),
    ("an organisation's possessive before a non-personal noun", "2. (C) FRELIMO'S CANDIDATE WON IN TETE.", ["FRELIMO'S"]),
    ("an organisation before is a member", "2. (U) SADCORA IS A MEMBER OF THE NETWORK.", ["SADCORA"]),
    ("a town before is a and a place's noun", "2. (U) WONOKROMO IS A TOWN IN EAST JAVA.", ["WONOKROMO"]),
    ("a place in quotes after a thing's noun and called", "(U) The camp, called \"Little Kabul\" by the guards, "
                                                         "is closed.", ["Little Kabul"]),
    ("a blog's name in quotes after its noun", "(U) Press summary: the blog \"La Voz del Minero\" (http://example.org) "
                                              "named the judge.", ["La Voz del Minero"]),
    ("an epithet with an article in quotes after a person's noun", "1. (C) TONGANS CALL THE POLICE CHIEF \"THE "
                                                                    "VAKA.\"", ["VAKA"]),
    ("a quotation after a verb, not a name", "1. (U) THE MINISTER CALLED THE PLAN \"A DISGRACE\" AND LEFT.",
     ["A DISGRACE"]),
    ("a title in quotes after an organisation and a.k.a.", "(U) The Ministry of Mines, a.k.a. \"the Ministry\", "
                                                           "issued the permit.", ["Ministry of Mines"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_round24_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
