"""Names and contacts recall on the classes of heldout13's first run (issue 9, round 14), through
the real Detector: chat user names, street addresses written the way of other countries (a
postcode before the town, a number word, cross streets, a neighbourhood before the building,
Korean road names, Vietnamese wards), phone and ID numbers after words cables use for them,
quoted nicknames standing alone (with an article in lower case, a rank, or next to a name in
parentheses). For each class, texts whose names or contacts must be covered whole and
look-alikes that must be left alone. Every name, number and address is invented; none comes
from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import _covered, _persons, assert_contact_covered, assert_names_covered, assert_no_person_on, detector  # noqa: F401

CONTACTS = [
    # the user name of a chat export line's speaker
    ("chat user name", "[10:12] k.oyelaran: the file is with the clerk\n[10:13] oyelaran_k: ok\n", "k.oyelaran"),
    ("chat user name", "[10:12] k.oyelaran: the file is with the clerk\n[10:13] PolOff_Maddox: ok\n", "PolOff_Maddox"),
    ("chat user name", "[2008-02-11 08:40] tuilagi-mase.r: landed in pago\n", "tuilagi-mase.r"),
    # a postcode before the town
    ("postcode first", "HER ADDRESS IS RUE DES TANNEURS 41,\nB-5000 NAMUR. SHE", "RUE DES TANNEURS 41,\nB-5000 NAMUR"),
    ("postcode first", "Address: Mattenstrasse 19, 3012 Bern", "Mattenstrasse 19, 3012 Bern"),
    ("postcode first", "ADDRESS: RUA DO PICO 7, 9500-210 PONTA DELGADA. TEL", "RUA DO PICO 7, 9500-210 PONTA DELGADA"),
    # a number word before the house number (nr., N)
    ("number word", "domiciled at Str. Florilor nr. 12, ap. 9, Cluj", "Str. Florilor nr. 12, ap. 9"),
    ("number word", "SHE LIVES AT DERB SIDI BOUHAJA, N 14, FES.", "DERB SIDI BOUHAJA, N 14"),
    ("quay", "MET AT THE OFFICE, AKTI POSEIDONOS 12, PIRAEUS.", "AKTI POSEIDONOS 12"),
    # cross streets after the house number
    ("cross streets", "HER ADDRESS IS CALLE\nLUZ NO. 58, E/ CUBA Y SAN IGNACIO, HAVANA.", "CALLE\nLUZ NO. 58, E/ CUBA Y SAN IGNACIO"),
    # a neighbourhood between the street and the building
    ("neighbourhood before the building", "HE LIVES AT RUE ABDEL WAHAB, ACHRAFIEH,\nBUILDING NAHAS, 2ND FLOOR; TEL.",
     "RUE ABDEL WAHAB, ACHRAFIEH,\nBUILDING NAHAS, 2ND FLOOR"),
    # Korean road names and districts, a floor written 4F
    ("Korean", "OFFICE AT 3F, 41 SAMIL-DAERO 30-GIL, JUNG-GU, SEOUL.", "3F, 41 SAMIL-DAERO 30-GIL, JUNG-GU"),
    ("Korean", "lives at 105-702 Lotte Apt.,\n17 Banpo-ro, Seocho-gu", "105-702 Lotte Apt.,\n17 Banpo-ro, Seocho-gu"),
    # a house number with a slash, a street's name, a Vietnamese ward and district
    ("Vietnamese", "SHOP AT 45/12 LE LOI, PHUONG 3,\nQUAN 10, WHERE", "45/12 LE LOI, PHUONG 3,\nQUAN 10"),
    # a Spanish floor
    ("floor", "He lives at Calle\nMayor 12, 3º A, in Melilla.", "Calle\nMayor 12, 3º A"),
    # a phone and an ID number after the words cables use for them
    ("phone word", "HE USES A GSM NUMBER 0541 772 19 30.", "0541 772 19 30"),
    ("phone after an address", "HE LIVES AT STR. LALELEI NR. 3, AP. 2,\nPHONE 0722 519 004.", "0722 519 004"),
    ("ID word", "HER C.I. IS V-14.771.209 (GIVEN FOR THE VISA).", "V-14.771.209"),
    ("case number", "Case note, IV unit -- case BGT2008-118-407\nApplicant: none", "BGT2008-118-407"),
]


@pytest.mark.parametrize("kind,text,contact", CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CONTACTS)])
def test_contacts_are_covered_whole(detector, kind, text, contact):
    assert_contact_covered(detector, text, contact, kind)


NOT_CONTACTS = [
    # a line with a time in brackets but a sentence after it, a speaker with a space (a person's name)
    ("no chat line", "(U) [10:30 meeting] The minister said: nothing new.\n", "minister"),
    ("a year before words", "2. (SBU) HE LIVES IN 14 CHURCH STREET, 2007 ELECTIONS SHOWED THAT\n", "ELECTIONS"),
]


@pytest.mark.parametrize("kind,text,phrase", NOT_CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NOT_CONTACTS)])
def test_look_alikes_are_no_contacts(detector, kind, text, phrase):
    start = text.index(phrase)
    hits = [text[f.start:f.end] for f in detector.analyze(text)
            if f.entity_type in ("SOCIAL_HANDLE", "STREET_ADDRESS") and f.start < start + len(phrase) and start < f.end]
    assert not hits, (kind, hits)


MUST_COVER = [
    # a quoted nickname standing alone: an article in lower case after a cue, a rank opening it
    ("quoted nickname", "The cell is run by a man known only as \"el Gordo\".", ['"el Gordo"']),
    ("quoted nickname", "4. (C) AN INTELLIGENCE OFFICER,\n\"TENIENTE BETO\", CALLS HER WEEKLY.", ['"TENIENTE BETO"']),
    # ... next to a name in parentheses, either way round
    ("nickname and name", "4. (C) THE RING IS LED BY \"EL CHINO\" (RACHID BOUAZZA\nTAHIRI), WHO", ['"EL CHINO"', "RACHID BOUAZZA\nTAHIRI"]),
    ("nickname and name", "The letter was signed by \"Aram the Baker\" (Sargsyants). A copy went", ['"Aram the Baker"', "Sargsyants"]),
    ("nickname and name", "Their spokesman, Yorman Villegas\n(\"el Mocho\"), prefers Signal.", ['"el Mocho"']),
    # the value of a name field, in capitals, over a line end, after Attn:
    ("name field", "1. (SBU) SUBJECT TWO: SURNAME: KOVACEVIC-BRAJKOVIC; GIVEN NAME:\nDAVORKA; DOB: 11 JUN 1968; POB: OSIJEK\n",
     ["KOVACEVIC-BRAJKOVIC", "DAVORKA"]),
    ("name field", "MEMORANDUM\nTO: Treasury OFAC (Attn: Rowena Abiodun-Marsh)\nFROM: Embassy Doha\n", ["Rowena Abiodun-Marsh"]),
    # a name in another script: in quotes after a cue, after a label in parentheses, a sign-off, a
    # Latin given name before it
    ("other script", '2. (SBU) THE LETTER, SIGNED "Κ. ΣΤΑΥΡΟΠΟΥΛΟΣ", WAS POSTED ON THE GATE.', ["Κ. ΣΤΑΥΡΟΠΟΥΛΟΣ"]),
    ("other script", "2. (SBU) CONGEN MET TRAN VAN PHUC (CANTONESE: CHAN WAN-FUK; CHINESE: 陳文福) AT THE TEMPLE.", ["陳文福"]),
    ("other script", "From: Snezana P <sp@example.rs>\nSubject: Pazar\nThank you for the meeting. Please do not quote me.\nСнежана\n",
     ["Снежана"]),
    ("other script", "Participants: Levan ჯაფარიძე (coordinator), PolOff T. Ames.\nLevan offered to arrange a visit.",
     ["Levan ჯაფარიძე"]),
    # surname first inside parentheses; an initial alone after the comma on an address line
    ("surname first", "SUBJECT: Visas Viper follow-up (Šimić-Horvat, Zvonimir; Perić, Ana Marija)\nPerić left.",
     ["Šimić-Horvat, Zvonimir", "Perić, Ana Marija"]),
    ("surname first", "To: Nowak, Jolanta; Zielinski-Obi, T. (Embassy Warsaw)\nSubject: RE: visit\n", ["Zielinski-Obi, T."]),
    # drafters joined by a slash, an abbreviated particle, a surname signing before the drafting line
    ("drafting line", "End comment.\nMELIKYAN-ROSS\nDrafted: POL:KMelikyan/TDanielyan-Ross; Cleared: POL:MSt.Clair\n",
     ["MELIKYAN-ROSS", "KMelikyan", "TDanielyan-Ross", "MSt.Clair"]),
    # a name in apposition after a noun for a person, English words in it
    ("apposition", "3. (C) HER CHIEF OF STAFF, DALE VANDERSTEEN, SPOKE. THE FATHER, GRANT MERCY (NEE HOLT), IS IN\n"
                   "OMAHA. HIS CHIEF OF STAFF, CLEVELAND\nOKONKWO-BRAGA, IS A FORMER JUDGE. THE UFP DEPUTY FROM CUSCO, ANATOLIO\n"
                   "HUAMANI SOTO, FILED A BILL. ITS TREASURER, ANA DA GLORIA TEIXEIRA LOBO-PINTO, SAID 12.",
     ["DALE VANDERSTEEN", "GRANT MERCY", "CLEVELAND\nOKONKWO-BRAGA", "ANATOLIO\nHUAMANI SOTO", "ANA DA GLORIA TEIXEIRA LOBO-PINTO"]),
    ("apposition", "Her son reports that\nher mother-in-law, Pak Yong-hui, a defector, lives in Incheon.", ["Pak Yong-hui"]),
    # a nickname in quotes right after a name, a title before it staying out
    ("nickname after a name", "Participants:\n- Sheikh Yahya Idris Haroun \"Abu Shanab\" (omda, Kutum)\n", ['Yahya Idris Haroun "Abu Shanab"']),
    # a 1 that OCR read for an I opening a given name in mixed case
    ("OCR", "the witness, 1van Petrovich Sokolin, was paid by the mill.", ["1van Petrovich Sokolin"]),
    # ITS before a noun and a comma is no ship's prefix
    ("no ship", "4. (SBU) THE UNION MET ON MAY 2. ITS TREASURER, JOAQUIM DA ROSA MEDEIROS-PIMENTEL, SAID 80 JOBS WERE LOST.",
     ["JOAQUIM DA ROSA MEDEIROS-PIMENTEL"]),
    # a known given name alone after a word that addresses a person, in mixed case
    ("addressed given name", "If she gets the number, send it to me and to Anahit at the desk. I'd rather not call Gayane directly.",
     ["Anahit", "Gayane"]),
    # ... set apart from the drafting line by the reader (a paragraph of its own)
    ("drafting line", "(C) Comment: Melikyan promised nothing. End comment.\n\nMELIKYAN-ROSS\n\nDrafted: POL:KMelikyan\n",
     ["MELIKYAN-ROSS"]),
    # a building's word ending the sentence before a name makes it no building's name
    ("sentence end", "(SBU) The racket moved to the construction of the new hospital. Graziella Di Stefano-Lupo added that\n"
                     "the key witness had left.", ["Graziella Di Stefano-Lupo"]),
    # a Vietnamese surname of two letters before a name; the middle name of a list between two names
    ("short surname", "(SBU) ConGen met with Phạm Thị Lan Anh, Vũ Đình Khoa and Hồ Minh \"Jimmy\" Tâm, three founders of a union.",
     ["Vũ Đình Khoa", 'Hồ Minh "Jimmy" Tâm']),
    # a person on an address line after a particle that ends another word is read whole
    ("address line", "To: Diaz y Lopez, Maria; Okafor, Chidi\nSubject: visas\n", ["Diaz y Lopez, Maria"]),
    # a surname that is a town's name too, surname first on an address line
    ("address line", "From: Ashford, Lionel\nTo: Banbury, Clive\nSubject: visas\n", ["Ashford, Lionel", "Banbury, Clive"]),
    # a title word between two parts of a name over a line end, after the name's own title
    ("title inside", "3. (C) POLOFF MET PARTY MEMBER DR. AZAD\nSARDAR KARIM BARZANI AND OTHERS.", ["AZAD\nSARDAR KARIM BARZANI"]),
    # a title ending the line before the name
    ("title at a line end", "3. (C) MAYOR ROBERTO HOTU, AND COUNCILWOMAN TEURA PAKOMIO\nHAOA TOLD EMBOFF THAT IT WAS OVER.",
     ["TEURA PAKOMIO\nHAOA"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    # a quoted phrase next to a place, an acronym or a newspaper in parentheses is no nickname
    ("quoted thing", "The \"Green Line\" (Nicosia) is quiet. Operation \"Iron Dome\" (IDF) ended.",
     ["Green Line", "Nicosia", "Iron Dome"]),
    ("quoted thing", "The daily \"Al Watan\" (Damascus) and the \"Daily Star\" (Beirut) both ran it.",
     ["Al Watan", "Damascus", "Daily Star", "Beirut"]),
    # a field that says there is no name; words signing nothing before a drafting line
    ("no name", "SURNAME: UNKNOWN; GIVEN NAME: N/A; DOB: 1970\n", ["UNKNOWN", "N/A"]),
    ("no name", "End comment.\nBEST REGARDS\nDrafted: POL:KMelikyan\n", ["BEST REGARDS"]),
    # places in parentheses with a comma are no surname first; a title before a name in another script stays a title
    ("places", "Subject: Meeting in (Paris, France; Moscow, Russia) on Monday\n", ["Paris", "France", "Moscow", "Russia"]),
    ("title", "The Minister ბერიძე spoke. In Tbilisi ბერიძე spoke again.", ["Minister", "Tbilisi"]),
    ("people", "Fr. Yosip Bet-Shamoun (Syriac ܝܘܣܦ), and a Yezidi poet came.", ["Syriac"]),
    # an office, a city, a body or a province after a noun for a person and a comma is no name
    ("apposition", "3. (C) THE DIRECTOR, NATIONAL SECURITY SERVICE, SAID SO. HIS DEPUTY, NEW YORK CITY, WAS THERE. "
                   "THE DEPUTY, PIURA PROVINCE, SAID NO. THE SPOKESMAN, A FORMER GENERAL, SAID YES.",
     ["NATIONAL SECURITY SERVICE", "NEW YORK CITY", "PIURA PROVINCE", "FORMER GENERAL"]),
    ("apposition", "Her lawyer, Human Rights Watch, said so; the head, Ministry of Interior, agreed.",
     ["Human Rights Watch", "Ministry of Interior"]),
    # a note in parentheses after a name is no surname written first; 1st, 1kgs are no names
    ("note after a name", "Mrs. Lakshmi Rao-Novak (Amcit, Jubilee Hills), home phone 2335 0000\n", ["Amcit"]),
    ("OCR", "He joined the 1st Battalion at 1am Monday; 1kgs Sugar were sold.", ["1st Battalion", "1am Monday", "1kgs Sugar"]),
    ("ship", "THE SHIP ITS ANDREA DORIA DOCKED.", []),
    # an English word or a place after such a word stays one
    ("addressed given name", "We flew to Paris, met with Grace and Hope, and thanks Ramadan plans were ready.", ["Paris"]),
    # a place or a word alone on a line is no signature
    ("alone", "(U) The convoy left at noon.\n\nKABUL\n\nNOTE\n\nDrafted: POL:KMelikyan\n", ["KABUL", "NOTE"]),
    # one word in capitals making a unit of its own may be a place (a subject line's last word)
    ("alone", "KOVRANIA\n", ["KOVRANIA"]),
    # a place or a title between two names of a list stays one
    ("list middle", "He met Ali Hassan, New York and Omar Said. She met Ali Hassan, Chairman and Omar Said; "
                    "then Ali Hassan, Buenos Aires and Omar Said.", ["New York", "Chairman", "Buenos Aires"]),
    # places by their first word (Arabic wadi, ain, deir; a Malay school), a body after an acronym,
    # a distribution list or a post on an address line, a quay, a causeway, a voivode's title
    ("place word first", "3. (SBU) THE TRIBE GRAZES NEAR WADI RUMMAN AND AIN GHAZAL; THE CHILDREN GO TO SEKOLAH KRISTEN "
                         "HARAPAN. THE KDP POLITBURO MET.", ["WADI RUMMAN", "AIN GHAZAL", "SEKOLAH KRISTEN HARAPAN", "KDP POLITBURO"]),
    ("address line", "MEMORANDUM\nTO: Treasury OFAC\nFROM: Embassy Abu Dhabi, ECON\nCc: EUR-CE-DL; NEA-I-ECON-DL\nSubject: oil\n",
     ["Abu Dhabi", "EUR-CE-DL", "NEA-I-ECON-DL"]),
    ("place word after", "The convoy crossed the King Fahd Causeway and docked at Pier Abdallah before noon.", ["Fahd Causeway"]),
    ("title", "4. (SBU) THE LUBLIN VOIVOD ZBIGNIEW TADEUSZ KOWALEWSKI-NOWAK SPOKE.", ["VOIVOD"]),
    # a street named after people stays the street's
    ("cross street", "HER ADDRESS IS CALLE\nLUZ NO. 58, E/ MAXIMO GOMEZ Y AGRAMONTE, HAVANA.", ["MAXIMO GOMEZ"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


def test_a_latin_given_name_before_a_name_in_another_script_is_met_again(detector):
    """`Levan ჯაფარიძე`: the given name in Latin letters is part of the name, and its later mention alone is a name."""
    text = "Participants: Levan ჯაფარიძე (coordinator), PolOff T. Ames.\nMs. Ames disagreed. Levan offered to arrange a visit."
    spans = _persons(detector, text)
    start = text.rindex("Levan")
    assert _covered(spans, text, start, start + len("Levan")), [text[s:e] for s, e in spans]
