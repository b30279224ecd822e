"""Names and addresses recall (issue 9, round 33, names33), measured on heldout20-32.

- A name found inside a short nickname in quotes takes the whole nickname: its title, particle,
  opening kin noun or other name words (`"COLONEL X"`, `"la Tia X"`): `detection/quoted_alias.py`.
- A street address opened by its number word (`NO. 9, JALAN ...`, `No. 41, Street 118`), and the
  neighbourhood or town written after it that no place list knows, up to a comma, a full stop or
  the line's end (`22 Ogui Road, Abakpa Nike.`), also after a street word's dot (`Ave., Kisumu`),
  and the neighbourhood written before the street after a preposition, comma, colon or dash
  (`near Karte Parwan, Street 7`): `StreetAddressRecognizer`.
- The surname after a name found in lower-case prose, after its nickname in quotes if any
  (`kwame "kojo" asante`): `detection/lower_case_surname.py`.

Every name and address is invented; none comes from a held-out corpus."""
from __future__ import annotations

import re

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a title inside a nickname in quotes, in capitals",
     '3. (C) THE MILITIA CHIEF, WHOM FIGHTERS CALL "COLONEL ETIENNE," CONTROLS THE MINE AT LUHIHI.\n',
     ["COLONEL ETIENNE"]),
    ("a courtesy title inside a nickname in quotes, in capitals",
     '2. (SBU) VILLAGERS SAY "MR. OKELLO" COLLECTS THE TAX EVERY FRIDAY.\n', ["MR. OKELLO"]),
    ("an article inside a nickname in quotes, in mixed case",
     '(SBU) Residents blamed "la Tia Remedios" for the missing ledgers.\n', ["la Tia Remedios"]),
    ("a surname after a name and its nickname found in lower-case prose",
     'fyi: the driver, kwame "kojo" asante, will bring the papers to the office tomorrow morning.\n',
     ['kwame "kojo" asante']),
]

# (kind, text, contacts every letter of which some finding covers)
ADDRESSES = [
    ("a house number after its number word, before the street word",
     "(U) His shop is at NO. 9, JALAN MERDEKA, SERIAN.\n", ["NO. 9, JALAN MERDEKA"]),
    ("a house number after its number word, then a numbered street and a neighbourhood",
     "(SBU) Address: No. 41, Street 118, Toul Kork.\n", ["No. 41, Street 118, Toul Kork"]),
    ("a neighbourhood no place list knows after the street, before the sentence's end",
     "(SBU) She rents a room at 22 Ogui Road, Abakpa Nike. Her landlord is away.\n", ["22 Ogui Road, Abakpa Nike"]),
    ("a parish after a saint's abbreviation, in capitals",
     "(C) HE LIVES AT 12 BANK HALL ROAD, ST. PHILIP, AND WORKS NEARBY.\n", ["12 BANK HALL ROAD, ST. PHILIP"]),
    ("a town after an abbreviated street word's dot",
     "(SBU) The clinic at 7 Kenyatta Ave., Kisumu, treated her.\n", ["7 Kenyatta Ave., Kisumu"]),
    ("a numbered way after its house number word, then a district",
     "3. (C) THE SAFE HOUSE IS NO. 33, WAY 2811, AL KHUWAIR.\n", ["NO. 33, WAY 2811, AL KHUWAIR"]),
    ("a neighbourhood before the street, after a dash between spaces in a warden list",
     "(SBU) Warden list:\n- Mensah, Kofi - Dzorwulu, 22 Kakramadu Road - 024 551 0933\n", ["Dzorwulu, 22 Kakramadu Road"]),
    ("a neighbourhood before a numbered street, after a preposition",
     "(SBU) The car is kept near Karte Parwan, Street 7, House 88.\n", ["Karte Parwan, Street 7, House 88"]),
    ("a quarter before the avenue, after a preposition and a line end, in capitals",
     "3. (C) HIS FAMILY LIVES IN\nQUARTIER NYALUKEMBA, AVENUE KASONGO 14.\n", ["QUARTIER NYALUKEMBA, AVENUE KASONGO 14"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a slogan's verb before a name in quotes",
     '(U) Protesters chanted "Free Aziz" outside; Aziz remains in custody.\n', ["Free"]),
    ("a kin noun after a possessive name in quotes",
     "(SBU) The chief, \"Kabila's cousin\" as they say, left.\n", ["cousin"]),
    ("an organisation's words around a name in quotes",
     '(U) The ministry called the plan "Ahmed Foundation Housing" in its release.\n', ["Foundation", "Housing"]),
    ("a name and a title after a comma in quotes (a signature)",
     '(U) The letter was signed "R. Okafor, Director" and dated May 2.\n', ["Director"]),
    ("a word after a nickname whose quotes close a sentence",
     '(SBU) They nicknamed him "Bongo." Later reports were silent.\n', ["Later"]),
    ("a word in use after a name found in lower-case prose",
     "hi all -- we met with amina yesterday and she said the clinic is still closed.\n", ["yesterday"]),
    ("a verb after a name found in lower-case prose",
     "hi all -- spoke again to judith marsh told us the road is shut until monday.\n", ["told"]),
]

# (kind, text, words no STREET_ADDRESS finding may overlap)
NOT_ADDRESSES = [
    ("a person's name after a street, not a town", "(U) He lives at 5 Oak Lane, Mary Jones said.\n", ["Mary Jones"]),
    ("a sentence going on after a street", "(U) The report lists 14 Harbour Road, Poloff noted, as the address.\n", ["Poloff"]),
    ("a clause after the town", "(U) She moved to 9 Mill Street, Kisumu, and then to Nairobi.\n", ["and", "Nairobi"]),
    ("a person's name before a street and its comma", "(U) Poloff met Juma Haji, 14 Kenyatta Avenue is his office.\n",
     ["Juma Haji"]),
    ("a person's line in a list before the street", "(SBU) Contacts:\n- Adjoa Boateng, 9 Ring Road - 020 114 2210\n",
     ["Adjoa Boateng"]),
    ("the second half of a double surname before the street",
     "(SBU) Sponsors:\n1. Mrs. Carmen Ortiz-Galdo, 12 Harbour View Road, tel. 200 41 118\n", ["Galdo"]),
    ("a person's name after a label, before the street",
     "(U) Contact: Thandiwe Mokoena, 48 Jan Smuts Avenue, Rosebank.\n", ["Thandiwe Mokoena"]),
    ("a person's name after a preposition, before the street",
     "(U) The parcel went to Linda Okafor, 17 Broad Street, Lagos.\n", ["Linda Okafor"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Nicknames in quotes are covered whole with their titles and particles; slogans,
    descriptions, organisations and signatures in quotes are not widened into a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)


def _covered_by_findings(detector, text: str, contact: str) -> bool:  # noqa: F811
    findings = detector.analyze(text)
    start = text.index(contact)
    return all(any(f.start <= i < f.end for f in findings) for i in range(start, start + len(contact)) if text[i].isalnum())


@pytest.mark.parametrize("kind,text,contacts", ADDRESSES, ids=[case[0] for case in ADDRESSES])
def test_addresses_are_covered_whole(detector, kind, text, contacts):  # noqa: F811
    for contact in contacts:
        assert _covered_by_findings(detector, text, contact), (kind, contact, [(text[f.start:f.end], f.entity_type)
                                                                               for f in detector.analyze(text)])


@pytest.mark.parametrize("kind,text,words", NOT_ADDRESSES, ids=[case[0] for case in NOT_ADDRESSES])
def test_no_address_over_words(detector, kind, text, words):  # noqa: F811
    findings = [f for f in detector.analyze(text) if f.entity_type == "STREET_ADDRESS"]
    for word in words:
        start = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text).start()
        end = start + len(word)
        assert not any(f.start < end and start < f.end for f in findings), (kind, word, [text[f.start:f.end] for f in findings])
