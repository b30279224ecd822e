"""Names precision by class on heldout47's false persons (issue 9, round 47, fixnames47b).

heldout47's first run (precision 0.867, 17 not_persons hit) took places with no kind word, sites,
organisations, boats and common nouns for persons. The place lexicon (rules/entities_places.txt) holds
GeoNames' cities of 15,000 people or more, countries and US states: villages, islands, archaeological
sites and Russian republics are not in it, so each is caught here by the words around it instead:

- a site's or lake's kind after its name (`Kurgan`, `Water`, `Commune`, `Republic` in `place_words`); a
  name of two words or more ending with one of `organization_kinds_after` (THE FREED X SOCIETY);
- a place's or building's kind before its name (`Route`, `Servitude`, `Espace`, `Gendarmerie`, `Motu` in
  `place_words_before`), a kilometre point before a name (PK 2,3 COTE MONTAGNE);
- `around` among `names.place_prepositions`; the second of two names joined after a place preposition
  (NEAR X AND Y); a jurisdiction's kind and `of` (THE COMMUNE OF X, not THE VILLAGE OF X); two or three
  words no name list or English knows after `on` (ON X Y);
- a boat's name before its kind, not an owner's possessive (THE X FERRY, x steamers, THE X AND Y SHIPS;
  not X'S BOAT);
- a people's names (`surnames`, `names` among `suppress.group_nouns`);
- a common English word in lower case that no name list knows, taken by spaCy on a lower-case line
  (caller: mum wanted), or before a possessive when it comes after a determiner elsewhere (the registrar
  ... registrar's phone).

Every case below is invented; none comes from a held-out corpus. Each MUST_NOT_PERSON case was found as a
person on main (be2bae98), and each NER_GUESS_NOT_PERSON guess kept there; spaCy's guesses on capitals vary
with the words around them, so the words before a name that say place (PLACE_CUE) and the noun check are
tested on their own (they fail on main)."""
from __future__ import annotations

import pytest

from sbu_redact.detection.finding import Finding
from test_name_classes import assert_names_covered, assert_no_person_on, detector  # noqa: F401

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_PERSON = [
    ("a cultural space named after a person", "1. (U) THE RECEPTION WAS HELD AT THE ESPACE HENRI HIRO IN PAPEETE.",
     ["HENRI HIRO"]),
    ("a servitude address", "Her address: Servitude Vairaatoa, Paea. She has no phone.", ["Vairaatoa"]),
    ("a gendarmerie by its town, in lower case", "chat, gendarmerie hakahau / consular agent\ngendarme: the boat left.",
     ["hakahau"]),
    ("a kilometre point address", "POLICE FOUND THE CAR AT PK 5,6 COTE MER, PAPARA, ON SUNDAY.", ["COTE MER"]),
    ("an island after on", "1. (U) FUEL RAN SHORT ON FATU HIVA. THE SUPPLY SHIP IS LATE.", ["FATU HIVA"]),
    ("a ferry by its name", "2. (U) SHE LOST HER WALLET ON THE OSPREY FERRY ON WINDERMERE.", ["OSPREY"]),
    ("ships by their names", "1. (U) THE MAREVA NUI AND TUHAA PAE SHIPS STAYED IN PORT.", ["TUHAA PAE"]),
    ("a people's surnames", "1. (U) TUBALAR SURNAMES OFTEN END IN -OV, SO CLERKS MISREAD THEM.", ["TUBALAR"]),
    ("a kin noun in a lower-case chat", "whatsapp, acs / caller\ncaller: gran wanted to be buried at home\nagent: noted",
     ["gran"]),
]

# (kind, text, names whose every letter some PERSON finding must cover): the same contexts around persons
MUST_FIND = [
    ("a person after on, by a given name", "1. (U) SANCTIONS ON OLEG DERIPASKA WERE NOT DISCUSSED.", ["OLEG DERIPASKA"]),
    ("two persons joined, no place preposition", "1. (U) POLOFF MET WITH MARIA KAUTAI AND JEAN TIMAU ON MONDAY.",
     ["MARIA KAUTAI", "JEAN TIMAU"]),
    ("a person on a ferry", "2. (U) HIS SON, RAVEN TOKHTOBIN, WAS ON THE FERRY TO HAKAHAU.", ["RAVEN TOKHTOBIN"]),
    ("a society's officer", "I spoke to the society's chair, Hana Pokharel, on Friday.", ["Hana Pokharel"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_PERSON, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_PERSON)])
def test_places_sites_boats_and_nouns_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


@pytest.mark.parametrize("kind,text,names", MUST_FIND, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_FIND)])
def test_persons_in_the_same_contexts_are_found(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


# (kind, text, the word spaCy took for a person): the post-processor's rules alone, as spaCy's guesses on
# capitals vary with the words around them (each such finding was kept on main)
NER_GUESS_NOT_PERSON = [
    ("a burial mound after its name", "1. (U) THE TEAM DUG AT THE UIBAT KURGAN LAST SUMMER.", "UIBAT KURGAN"),
    ("a road led by Route", "HE WAS FOUND ON ROUTE DE HANAIAPA, ATUONA, AT DUSK.", "ROUTE DE HANAIAPA"),
    ("a commune of an island", "1. (U) TIMAU CHAIRS THE COMMUNE OF UA POU.", "UA POU"),
]

# (kind, text, name): the words before a name that say place (`_after_place_cue`), which spaCy's guesses on
# fresh sentences rarely reach on main (the corpus's NEAR SHIRA AND BELY YAR, AROUND NUKU HIVA AND UA HUKA)
PLACE_CUE = [
    ("the second of two places after near", "1. (U) FLOODS NEAR ASKIZ AND UST-CHUL BURNED 30 HOUSES.", "UST-CHUL"),
    ("a place after around", "1. (U) A NO-FISHING ZONE WAS DECLARED AROUND FATU HIVA.", "FATU HIVA"),
    ("the second of two islands after around", "1. (U) A ZONE WAS DECLARED AROUND TAHUATA AND HATU ITI.", "HATU ITI"),
    ("an island after on", "1. (U) PRICES ROSE ON HATU ITI LAST WEEK.", "HATU ITI"),
    ("a commune of an island", "1. (U) TIMAU CHAIRS THE COMMUNE OF UA POU.", "UA POU"),
]

# (kind, text, name): no place there
NO_PLACE_CUE = [
    ("a given name after on", "1. (U) SANCTIONS ON OLEG DERIPASKA WERE NOT DISCUSSED.", "OLEG DERIPASKA"),
    ("a known surname after on", "1. (U) THE TALKS FOCUSED ON KUZNETSOV AND HIS AIDES.", "KUZNETSOV"),
    ("joined to a person, no place preposition", "1. (U) POLOFF MET TIMAU AND KOHUTEA VAIHO ON MONDAY.", "KOHUTEA VAIHO"),
    ("a given name joined after near", "1. (U) POLICE NEAR ATUONA AND JEAN TIMAU WAITED.", "JEAN TIMAU"),
    ("a person's village", "1. (U) THE FLOOD REACHED THE VILLAGE OF MADVI HIDMA LAST WEEK.", "MADVI HIDMA"),
]


def _ner_guess(detector, text: str, name: str):
    start = text.index(name)
    guess = Finding("PERSON", start, start + len(name), 0.85, "SpacyRecognizer", "spaCy NER on recased ALL-CAPS text")
    return [(f.start, f.end) for f in detector._post.run([guess], text, [(0, len(text))]) if f.entity_type == "PERSON"], start


@pytest.mark.parametrize("kind,text,name", NER_GUESS_NOT_PERSON,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NER_GUESS_NOT_PERSON)])
def test_ner_guesses_on_places_and_bodies_are_dropped(detector, kind, text, name):
    spans, start = _ner_guess(detector, text, name)
    assert not any(s < start + len(name) and start < e for s, e in spans), (kind, [text[s:e] for s, e in spans])


@pytest.mark.parametrize("kind,text,name", PLACE_CUE, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(PLACE_CUE)])
def test_words_before_say_place(detector, kind, text, name):
    start = text.index(name)
    assert detector._post._after_place_cue(text, start, start + len(name)), kind


@pytest.mark.parametrize("kind,text,name", NO_PLACE_CUE, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NO_PLACE_CUE)])
def test_words_before_a_person_say_no_place(detector, kind, text, name):
    start = text.index(name)
    assert not detector._post._after_place_cue(text, start, start + len(name)), kind


@pytest.mark.parametrize("text,word,noun", [
    ("notes\nthe warden, ghimire, says no record. warden's phone 091-555 0101.", "warden", True),
    ("notes\nasked for sharma. warden's phone 091-555 0101.", "warden", False),
])
def test_a_word_after_a_determiner_elsewhere_is_a_noun(detector, text, word, noun):
    assert detector._post._noun_elsewhere(text, word) is noun
