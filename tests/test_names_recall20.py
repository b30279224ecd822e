"""Names recall (issue 9, round 20), by class of miss, one recognizer or rule at a time: cases
that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus. The detector is the real one on the real spaCy model."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a given name that is an English word, opening an apposition or list item before a name found,
    # or after a citizen's status word: PostProcessor._opening_word_given_name
    ("word given name after a comma", "1. (C) THE GOVERNOR'S ADVISER, DESIRE KOUAME BROU-ASSI, TOLD POLOFF THAT THE TALKS FAILED.",
     ["DESIRE KOUAME BROU-ASSI"]),
    ("word given name after a comma", "2. (C) HER LAWYER, SALEM MABROUK ZINTANI, SAID THE CASE WAS CLOSED.",
     ["SALEM MABROUK ZINTANI"]),
    ("word given name after AMCIT", "1. (SBU) POLICE DETAINED AMCIT SAID HALIDI MCHANGAMA-ALI ON 3 MAY.",
     ["SAID HALIDI MCHANGAMA-ALI"]),
    ("word given name after and", "2. (C) THEY ARRESTED PREM BAHADUR LIMBU AND MAN MAYA RAI-TAMANG IN ILAM.",
     ["MAN MAYA RAI-TAMANG"]),
    # a surname that is an English word or a title after a lone given name:
    # PostProcessor._surname_word_after_given_name
    ("surname that is a word, mixed case", "The complainant says his supervisor Ricardo Major called him names.",
     ["Ricardo Major"]),
    ("surname that is a title, caps", "2. (SBU) HIS ATTORNEY IS LEROY MAJOR OF NASSAU, TEL 242-555-0100.", ["LEROY MAJOR"]),
    # a name in quotes after `as`/`by`, or in single quotes after a person's noun:
    # PostProcessor._quoted_nicknames
    ("quoted after as", '1. (SBU) THE INVITER IS NAMED ON THE FORM ONLY AS "TADROUS". PASSPORT A1234567.', ["TADROUS"]),
    ("quoted after goes by", 'The Hmar leader is Lalremruata Pudaite, who goes by "Remtea".', ["Remtea"]),
    ("single quotes after a kin noun", "Mr. Okafor's son, \u2018Bunmi\u2019, knows everything about the shipment.", ["Bunmi"]),
    # a nickname in quotes before a surname when no name was found
    ("nickname before a surname", '1. (C) THE GUNS CAME ON A BOAT OWNED BY "PAPAYA" GRANTHAM-BOYCE, WHO LIVES IN OISTINS.',
     ['PAPAYA" GRANTHAM-BOYCE']),
    ("nickname before a surname, mixed case", 'Bimini: Mr. "Sonny" Saunders, Alice Town (no phone).', ['Sonny" Saunders']),
    # names in lower case on a line of notes: LowerCaseNameRecognizer
    ("lower case notes", "met w/ farmers: kofi asamoah-boadu (chair) and his wife akosua.\nasamoah-boadu says prices fell.\n",
     ["kofi asamoah-boadu", "akosua"]),
    # a trailing initial after an inverted name, or initials after a surname and a comma
    ("inverted name with a trailing initial", "Rated employee: Hunter, Grace M. (FS-03, Consular Officer, Lagos). "
                                              "Her supervisor, Douglas P. Mason, says Grace led the team.",
     ["Hunter, Grace M."]),
    ("inverted name with an initial, no dot", "From: Okafor, Chidi E\nSent: Monday, June 4, 2007", ["Okafor, Chidi E"]),
    # a promoted name covers its possessive
    ("possessive of a promoted name", "ACS note: SSgt Raymond Castillo struck her. Castillo's unit is at Camp Foster.",
     ["Castillo's"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a verb after a person's noun", "2. (C) THE SPOKESMAN SAID YABLOKO WOULD CONTEST THE SEATS.", ["SAID"]),
    ("a post after an office", "1. (S/NF) LEGATT CANBERRA DESMOND O'TOOLE-RAKA MET THE RSO.", ["CANBERRA"]),
    ("a pronoun opening a line", "POLICE DETAINED BILLYKID MARBANIANG, WHOM\nNONGRUM CALLED \"OUR BOYS.\"", ["WHOM"]),
    ("a quotation after as", 'The minister described the plan as "Excellent" and the budget as "Final".', ["Excellent", "Final"]),
    ("a plural after quotes", '2. (C) "HEZBOLLAH" FIGHTERS AND "GREEN" ZONE GUARDS WERE SEEN.', ["FIGHTERS", "ZONE"]),
    ("an initial opening the next sentence", "We met Grace in Kano. A week later she left.", ["A week"]),
    ("a word in quotes before a noun", 'SUBJECT: PRIEST FINED FOR "EXTREMIST" LEAFLET; A "HUMANITARIAN" CORRIDOR OPENED.',
     ["LEAFLET", "CORRIDOR"]),
    ("an adjective or a plural before a name", "2. (C) POLICE HELD THREE MEN, FORMER LIFG DETAINEE ABDULLAH GHERYANI-WARFALLI, "
                                               "AND, LEADERS YORMAN JOSE RANGEL PENA AND OTHERS.", ["FORMER", "LEADERS"]),
    ("a weekday after a given name", "We met Maria Monday and left.", ["Monday"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_not_a_person(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
