"""Names and contacts recall by class (issue 9, round 16), through the real Detector: later
mentions of a half of a double surname, of a name written later without its diacritics, of a
surname led by a saint's word; quoted nicknames without parentheses next to a name, joined to one
by and/or, or after a person's noun (and their later mentions); Vietnamese names written with
their tone marks; street addresses in local forms (`Cad. No: 118/3`, `Valdemāra iela 27`, `Flat 7C,
Tower 2, Sunshine Heights`, `LOT IIK 18 BIS`, `PC 111 Seeb`) and identity numbers after their
national names (CNP, HKID with its check digit, carné); a name word between two name parts over a
line end, a person's verb capitalized inside a name in mixed case (`Rehema Said Ali`), Hong Kong
English given names before a Cantonese name (`KITTY WONG SIU-LING`), a name after `kunya is`,
`nickname is`; names in a REF item enumerated `B)` (with diacritics) or in the description in
parentheses after a cable reference; a nickname in quotes and parentheses over a line end. For each class, texts whose names must be covered whole and look-alikes that
must be left alone. Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_contact_covered, assert_no_address_on, assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

CONTACTS = [
    # street addresses in local forms: the number after the street's word and `No:`, a Baltic
    # street word after the name, a flat and tower before an estate, a lot number with BIS, a
    # post office box and its postcode after PC
    ("No: after the street word", "meet him at Bagdat Cad. No: 118/3 Kadikoy on Friday", "Bagdat Cad. No: 118/3"),
    ("Baltic street word", "He will see you at Valdemāra iela 27, room 5, on Monday.", "Valdemāra iela 27"),
    ("Baltic street word", "The office is at Laisvės prospektas 61 in Vilnius.", "Laisvės prospektas 61"),
    ("flat and tower", "She lives at Flat 7C, Tower 2, Sunshine Heights, Kowloon.", "Flat 7C, Tower 2, Sunshine Heights"),
    ("lot with BIS", "HE LIVES AT LOT IIK 18 BIS, AMBOHIPO. HIS PHONE IS OFF.", "LOT IIK 18 BIS, AMBOHIPO"),
    ("Papiamento street word", "Her shop is at Caya Frans Figaroa 41; tel. 582 1187.", "Caya Frans Figaroa 41"),
    ("postcode after PC", "Write to P.O. Box 2207, PC 111 Seeb, before May.", "P.O. Box 2207, PC 111 Seeb"),
    # identity numbers after their national names; a Hong Kong ID with its check digit
    ("CNP", "IONESCU'S CNP: 2710318400251 (FOR THE FILE).", "2710318400251"),
    ("HKID", "Her HKID: R204418(7). Call her.", "R204418(7)"),
    ("nationality certificate", "HIS IRAQI NATIONALITY CERTIFICATE: 00718244.", "00718244"),
    ("carne", "SU CARNÉ DE IDENTIDAD: 72031508841.", "72031508841"),
]


@pytest.mark.parametrize("kind,text,contact", CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CONTACTS)])
def test_contacts_are_covered_whole(detector, kind, text, contact):
    assert_contact_covered(detector, text, contact, kind)

MUST_COVER = [
    # a half of a double surname, later alone (with a possessive)
    ("half of a double surname", "1. (C) SENATOR DORIN-ALEXANDRU MUREȘANU-TIRIPLICĂ SPOKE. MUREȘANU'S AIDE LEFT EARLY.",
     ["MUREȘANU'S"]),
    ("half of a double surname", "We met Aurelia Bentancur-Iribarne on Monday; Iribarne said the port was closed.",
     ["Iribarne"]),
    # a name written later without its diacritics
    ("without diacritics", "1. (C) DEPUTY BOGUSŁAW ŻMIJEWSKI-KOŁODZIEJ MET POLOFF. ZMIJEWSKI-KOLODZIEJ SAID NO.",
     ["ZMIJEWSKI-KOLODZIEJ"]),
    ("without diacritics", "Yesterday Gülşen Karaağaçlı spoke; later Karaagacli wrote to us.", ["Karaagacli"]),
    # a surname led by a saint's word, later alone
    ("saint's surname", "2. (U) PARTICIPANTS: DAME ROSALIND ST. CLAIR-MORTIMER (ANTIGUA).\nST. CLAIR-MORTIMER CHAIRED.",
     ["ST. CLAIR-MORTIMER"]),
    # a nickname in quotes right after a name, a comma after it; its later mention
    ("quoted after a name", "1. (S) THE MINISTER, XAASHI CILMI WARSAME \"GEEL\", TOLD US. GEEL'S DRIVER WAITED.",
     ["GEEL", "GEEL'S"]),
    # a nickname in quotes joined to a name by and
    ("quoted and a name", "Bramwell Otieno Achieng and \"Small Lion\" are both standing for the seat.", ["Small Lion"]),
    # a nickname in quotes after a person's noun, closing its phrase
    ("quoted after a person's noun", "1. (C) HIS NEPHEW, \"KOKO\", DROVE THE CAR.", ["KOKO"]),
    ("quoted after a person's noun", "2. (C) A STATE SECURITY AGENT \"ROBERTICO\"\nFOLLOWED THEM.", ["ROBERTICO"]),
    # a name word between two name parts over a line end
    ("middle word over a line end", "1. (C) HIS CLAN ELDER, NGUYEN TOUA\nXIONG, TOLD THE DCM.", ["NGUYEN TOUA\nXIONG"]),
    # a person's verb capitalized between two names in mixed case is a name
    ("capitalized verb inside a name", "Mr. Hamadi Ali Bakari and Mme Rehema Said Ali met PolOff.", ["Rehema Said Ali"]),
    # Hong Kong English given names (words too) before a surname and a two-syllable given name
    ("English given name first", "1. (U) CONGEN MET COUNCILLORS CANDY CHOI WAI-LAN, HAPPY TSE KA-HO AND KITTY WONG SIU-LING.",
     ["CANDY CHOI WAI-LAN", "HAPPY TSE KA-HO", "KITTY WONG SIU-LING"]),
    # a name given as a kunya or nickname after `is`
    ("kunya", "1. (C) HE IS NOT RELATED TO THE FAMILY. HIS KUNYA IS ABOU HAFS.", ["ABOU HAFS"]),
    ("nickname is", "Her nickname is Dada Wema and she lives in Tanga.", ["Dada Wema"]),
    # names in a REF line's items enumerated with a parenthesis, in capitals with diacritics; the
    # description in parentheses after a cable reference
    ("REF item", "C O N F I D E N T I A L SECTION 01 OF 02 BUCHAREST 000901\nREF: A) BUCHAREST 512 B) "
                 "DRĂGULESCU-ȚEPEȘ/KOWALCZYK TELCON 05/21/07\n\n1. (C) SUMMARY: NONE.", ["DRĂGULESCU-ȚEPEȘ", "KOWALCZYK"]),
    ("REF description", "S E C R E T BAGHDAD 003390\nREF: BAGHDAD 3310 (AZAD RESHA / KOSRAT DILAN MEETING)\n\n"
                        "1. (S) SUMMARY: NONE.", ["AZAD RESHA", "KOSRAT DILAN"]),
    # a nickname in quotes and parentheses broken over a line end
    ("nickname over a line end", "The blogger Fadi Haddad-Khoury (\"Abu\nNidal\") was detained.", ["Abu\nNidal"]),
    # a Vietnamese name with its tone marks, in capitals and in mixed case
    ("Vietnamese with tone marks", "1. (C) THE LAWYER FOR PHẠM MINH ĐỨC'S FAMILY WAS DETAINED.", ["PHẠM MINH ĐỨC'S"]),
    ("Vietnamese with tone marks", "Sources said Đỗ Thị Bích Ngọc had left.", ["Đỗ Thị Bích Ngọc"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    # a half of a double name that is an English word stays a word
    ("half that is a word", "1. (C) WE MET TAMSIN HILL-OKAFOR ON MONDAY. THE HILL WAS CLOSED.", ["HILL WAS"]),
    # a cable reference and a document type in a REF line are no names
    ("REF cable", "C O N F I D E N T I A L BUCHAREST 000901\nREF: A) BUCHAREST 512 (NOTAL) B) STATE 4411\n\n1. (C) NONE.",
     ["BUCHAREST 512", "NOTAL", "STATE 4411"]),
    # a half of a double name that is a place is not met again
    ("half that is a place", "We met Ingrid Solberg-Tromsø on Monday; she flies to Tromsø tonight.", ["Tromsø tonight"]),
    # a quotation after a name, going on with the sentence, is no nickname
    ("quotation", "1. (C) KARIMOV \"CATEGORICALLY REJECTED\" THE CLAIM ON MONDAY.", ["CATEGORICALLY"]),
    # an organisation or a place in quotes after a person's noun is none
    ("place after a noun", "Her brother, \"Mombasa\", no: her brother lives in Mombasa.", ["Mombasa"]),
    # a title or a person's noun before a Hong Kong name is no English given name
    ("title before a Cantonese name", "1. (U) THE PARTY CHAIRMAN LEE CHEUK-YAN AND HIS DEPUTY LAU KA-WING SPOKE.", ["CHAIRMAN", "DEPUTY"]),
    # a person's verb in capitals between two names is the verb
    ("verb in capitals", "1. (C) ZAKHAROV SAID LAVROV WOULD ATTEND.", ["SAID"]),
    # Vietnamese places with their tone marks are no names
    ("Vietnamese places", "1. (U) THE DELEGATION VISITED HÀ NỘI AND ĐÀ NẴNG, THEN HUẾ.", ["HÀ NỘI", "ĐÀ NẴNG", "HUẾ"]),
]


NOT_CONTACTS = [
    # a year, a bis in prose, a PC that is a computer: no address's parts
    ("PC in prose", "The office has 12 PC units and one printer.", "12 PC"),
    ("bis in prose", "Item 4 bis was adopted by the committee.", "4 bis"),
]


@pytest.mark.parametrize("kind,text,phrase", NOT_CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NOT_CONTACTS)])
def test_look_alikes_are_no_addresses(detector, kind, text, phrase):
    assert_no_address_on(detector, text, phrase, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
