"""Names recall and precision (issue 9, round 29b): a surname that opens with a particle or a
patronymic prefix, the class heldout29's first run missed most in the Irish, Scottish and
Breton passages (`recognizers.particle_surname` in rules/entities.yaml).

The Irish and Scottish Gaelic prefixes (Ó, Ní, Nic, Mac an, Nic a') open a surname before any
capitalized word that no English word list uses much, alone or after a given name, in capitals
or mixed case, possessive too; the particle Ó of one letter goes with the name found after it.
The prefixes that are words elsewhere (the French and Breton Le, the Breton ar, the Aceh Cut
Nyak) open a name only before a known name: a newspaper, a port or a network card is no person.
A double-barrelled surname in capitals may have for its known half a surname as common as Ellis
(`recognizers.double_surname.max_zipf`).

A street address whose street word is an Icelandic ending (-STÍGUR, -VEGUR, -BRAUT) is an
address (`recognizers.street_address.compound_endings`); a street word without a number is none.

Every name and address is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("an Irish woman's surname alone after Ní, in capitals",
     "2. (SBU) THE PETITION WAS SIGNED BY NÍ GHRÁINNEOG (FIRST NAME WITHHELD) AND TWO FARMERS.\n",
     ["NÍ GHRÁINNEOG"]),
    ("an Irish surname with Mac an alone, in capitals",
     "3. (C) THE SERGEANT SAID MAC AN BHREITHIÚNAIGH HAD BEEN WARNED TWICE.\n",
     ["MAC AN BHREITHIÚNAIGH"]),
    ("a possessive surname after the one-letter particle Ó, in capitals",
     "4. (C) Ó CEALLACHÁNAIGH'S BOAT WAS SEIZED OFF INIS MEÁIN.\n",
     ["Ó CEALLACHÁNAIGH'S"]),
    ("a Scottish woman's name with Nic a', mixed case",
     "The ferry was chartered by Eilidh Nic a' Bhreatnaich, a councillor on the island.\n",
     ["Eilidh Nic a' Bhreatnaich"]),
    ("a Breton surname with Le, in capitals",
     "5. (C) THE MAYOR NAMED LE BRUN AS THE ORGANISER OF THE BLOCKADE.\n",
     ["LE BRUN"]),
    ("an Aceh woman's name after Cut Nyak, mixed case",
     "Cut Nyak Meurahsani asked that we not name her in the report.\n",
     ["Cut Nyak Meurahsani"]),
    ("a double-barrelled surname in capitals, a town's name and a fairly common surname (Ellis)",
     "2. (C) THE FIGURES WERE CHECKED BY WHITBY-ELLIS ON MONDAY.\n", ["WHITBY-ELLIS"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a French newspaper after Le", "(U) Le Monde reported the strike on its front page.\n", ["Le Monde"]),
    ("a port after Le, in capitals", "3. (U) THE SHIP DOCKED AT LE HAVRE ON MONDAY.\n", ["LE HAVRE"]),
    ("an acronym that is an Irish prefix's letters, in capitals",
     "4. (U) THE NIC FIRMWARE WAS UPDATED BEFORE THE AUDIT.\n", ["NIC FIRMWARE"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_particle_surnames(detector, kind, text, words, names):  # noqa: F811
    """A surname after its particle is covered whole; a place or a word after a prefix that is a
    word elsewhere is no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)


# (kind, text, addresses covered whole by a STREET_ADDRESS finding)
ADDRESSES = [
    ("an Icelandic street whose name ends in -stígur, in capitals",
     "4. (SBU) HIS FLAT IS AT GRETTISSTÍGUR 31 NEAR THE HARBOUR.\n", ["GRETTISSTÍGUR 31"]),
    ("an Icelandic street whose name ends in -braut, mixed case",
     "She now rents a room at Vesturbraut 57 with her brother.\n", ["Vesturbraut 57"]),
]


@pytest.mark.parametrize("kind,text,addresses", ADDRESSES, ids=[case[0] for case in ADDRESSES])
def test_street_addresses(detector, kind, text, addresses):  # noqa: F811
    """A street address by its Icelandic street word is found whole."""
    found = [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "STREET_ADDRESS"]
    for address in addresses:
        start = text.index(address)
        assert any(s <= start and start + len(address) <= e for s, e in found), (kind, address, [text[s:e] for s, e in found])


def test_street_words_alone_are_no_address(detector):  # noqa: F811
    """A kebele's office or a carrer without a number is no address."""
    text = "5. (U) THE KEBELE OFFICE IS CLOSED ON SUNDAY. THE CARRER WAS LONG.\n"
    assert not [f for f in detector.analyze(text) if f.entity_type == "STREET_ADDRESS"]
