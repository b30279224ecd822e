"""Names and contacts recall by class (issue 9, round 15), through the real Detector: quoted
nicknames in parentheses next to a name (English words or not) and their later mentions, a
nickname between a given name and a surname over a line end, chat user names without a time
stamp in brackets (a line opening `user:`, `user (10:02):`, `<user>`, `[user]`), user names
after a word for one in prose (`handle`, `on Telegram as`), international numbers after an
opening parenthesis, a trunk prefix inside an area code's parentheses, a `x7-4419` extension; street addresses with a Dutch floor in Roman numerals (`214-II`) or a
complex's word (`6 AGBOWO SHOPPING COMPLEX`), no address of a year and an article (`IN 2008 THE ROAD`).
For each class, texts whose names or contacts must be covered whole and look-alikes that must be
left alone. Every name, number and handle is invented; none comes from a held-out corpus."""
from __future__ import annotations

import re

import pytest

from test_name_classes import _covered, _persons, assert_contact_covered, assert_no_person_on, detector  # noqa: F401

CONTACTS = [
    # chat user names opening lines, without a time stamp in brackets
    ("chat user name", "tkaminski_pol: the clerk has the file\nrhausa.les: ok, I will call\ntkaminski_pol: thanks\n",
     "tkaminski_pol"),
    ("chat user name", "tkaminski_pol: the clerk has the file\nrhausa.les: ok, I will call\n", "rhausa.les"),
    ("chat user name", "wdrozdov (09:12): who is on duty\nmbalewa3 (09:13): me\n", "mbalewa3"),
    ("chat user name", "<ejungwirth> anyone at the gate?\n<pkorhonen> yes\n", "ejungwirth"),
    ("chat user name", "[okwame_cons] the list is ready\n[tnyambura_cons] sent\n", "tnyambura_cons"),
    # a user name after a word for one
    ("handle word", "He posts on Telegram as lutfi_kaya88 and on Instagram.", "lutfi_kaya88"),
    ("handle word", "HER HANDLE IS ZARINA.DOST AND SHE POSTS DAILY.", "ZARINA.DOST"),
    ("handle word", "the activist (username: vorobey_spb) was detained", "vorobey_spb"),
    # phones: an international number after an opening parenthesis, a trunk prefix in the
    # parentheses, an extension written x7-4419
    ("international in parentheses", "HE CARRIES TWO PHONES (+227 91 40 22 63\nAND +227 96 11 05 48).", "+227 91 40 22 63"),
    ("trunk prefix", "HER BROTHER'S PHONE,\n(8-712) 318-44-09. SHE SAID", "(8-712) 318-44-09"),
    ("extension", "Drafted: AF/W: JOkonkwo-Reyes, x6-2281\nCleared: none", "x6-2281"),
    # street addresses: a Dutch floor in Roman numerals after the house number, a complex by its number
    ("Dutch floor", "HE LIVED AT KINKERSTRAAT 118-III UNTIL MAY.", "KINKERSTRAAT 118-III"),
    ("complex", "HER SHOP IS AT 14 OKE-ADO SHOPPING COMPLEX, RING ROAD.", "14 OKE-ADO SHOPPING COMPLEX"),
    ("complex", "The office is at 22 Kimathi Plaza, Nyeri.", "22 Kimathi Plaza"),
    ("year after a cue", "He lives at 2008 The Mall, Kampala.", "2008 The Mall"),
    # the area code in parentheses with the country code inside still found whole
    ("area code", "call (+374 10) 58 21 96 after noon", "(+374 10) 58 21 96"),
]


@pytest.mark.parametrize("kind,text,contact", CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CONTACTS)])
def test_contacts_are_covered_whole(detector, kind, text, contact):
    assert_contact_covered(detector, text, contact, kind)


NOT_CONTACTS = [
    # header lines of a message are no chat; one line shaped so is no chat
    ("header lines", "From: Kessler, Anne\nTo: Moyo, Tafadzwa\nSubject: visit\nnote: see below\n", "note"),
    ("one line", "summary: the meeting went well and nobody objected.\n", "summary"),
    # a word for an account before an English word or a number
    ("handle word", "His Twitter account was closed; the handle is unknown. Call Skype at 10.", "unknown"),
]


@pytest.mark.parametrize("kind,text,phrase", NOT_CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(NOT_CONTACTS)])
def test_look_alikes_are_no_contacts(detector, kind, text, phrase):
    start = text.index(phrase)
    hits = [text[f.start:f.end] for f in detector.analyze(text)
            if f.entity_type == "SOCIAL_HANDLE" and f.start < start + len(phrase) and start < f.end]
    assert not hits, (kind, hits)


MUST_COVER = [
    # a nickname in quotes and parentheses after a name, and its later mention with a possessive
    ("nickname after a name", "1. (C) POLOFF MET TIMUR BAIZHANOV (\"TOKE\"), A TRADER. TOKE'S SHOP IS CLOSED.",
     ["TOKE", "TOKE'S"]),
    ("nickname after a name", "Col. Berhane Woldemichael (\"Wedi Abbay\") moved the money.", ["Wedi Abbay"]),
    # a nickname of English words before a name in parentheses, and later: the whole nickname;
    # a one-word nickname in quotes again
    ("nickname before a name", "3. (C) THE FIXERS ARE \"IRON HORSE\" (KOFI BOATENG-MENSAH) AND \"TALL\" (YAW\n"
                               "ADDO). IRON HORSE'S COUSIN WORKS AT THE PORT. \"TALL\" OWNS A BAR.",
     ["IRON HORSE", "IRON HORSE'S", "TALL"]),
    ("initials as a nickname", "THE RECRUITER MANAKKAL JOSEPH VARKEY\n(\"M.J. VARKEY\") WAS ARRESTED.", ["M.J. VARKEY"]),
    # a particle at a line end, the name going on on the next line; Spanish y between surnames
    ("particle at a line end", "2. (C) POLCOUNS MET DEPUTY RUI MANUEL TEIXEIRA DE\nVASCONCELOS E FARIA (PS) ON MONDAY.",
     ["RUI MANUEL TEIXEIRA DE\nVASCONCELOS E FARIA"]),
    ("y between surnames", "3. (C) THE JUDGE, MARTA DE LA FUENTE Y\nGOICOECHEA, RULED.", ["MARTA DE LA FUENTE Y\nGOICOECHEA"]),
    # an apposition after a noun for a person with an article, a middle initial in the name
    ("apposition with an initial", "1. (C) WE MET A UNION ORGANIZER, PRUDENCE\nT. MWALE-BANDA. SHE SAID THE MINE WAS UNSAFE.",
     ["PRUDENCE\nT. MWALE-BANDA"]),
    # a kind of organisation before a noun for a person is no organisation's name
    ("organisation word before a person's noun", "1. (C) WE MET OLZHAS KUANYSHBEKOV-TEMIR, AN NGO LEADER, IN ATYRAU.",
     ["OLZHAS KUANYSHBEKOV-TEMIR"]),
    # a word of a name found, later with a possessive in capitals
    ("possessive of a name word", "1. (C) CONGEN MET MAYOR ABENA STONE ON TUESDAY. A NEIGHBOUR OF STONE'S WAS ARRESTED.",
     ["STONE'S"]),
    # a double surname written later without its hyphen (an invisible character between the halves)
    ("double surname joined", "Bisola Adaeze Ife-Ogunleye spoke first. Later Ife\u200bOgunleye disagreed.",
     ["Ife\u200bOgunleye"]),
    # a generational suffix after a name (a middle initial without its period before it)
    ("generational suffix", "From: Dimaculangan, Ernesto \"Jun\" P Jr\nTo: Reyes, Ana\nSubject: port", ["P Jr"]),
    ("generational suffix", "We met Chukwuma Obiora Sr. and his son Chukwuma Obiora Jr. yesterday.",
     ["Chukwuma Obiora Sr", "Chukwuma Obiora Jr"]),
    # the other cells of a table's column of names
    ("table column", "Attendance, 3 May\nName | Organisation | Phone\nNaw Htee Paw | Karen Women Org | 089 111 2233\n"
                     "Saw Kyaw Lin | Karen Youth Network | 089 222 3344\nMi Khin Sabei (Mon) | Mon Relief Group | -\n",
     ["Saw Kyaw Lin", "Naw Htee Paw"]),
    # a surname after a street's word in lower case (an English preposition) is still met again
    ("word in lower case", "The witness, Jhon Fredy Arbelaez Munera, was paid via Arbelaez's cousin. Arbelaez is in the programme.",
     ["Arbelaez"]),
    # initials in a script with capitals before a capitalized word
    ("initials in Cyrillic", "2. (C) IN CYRILLIC THEY SIGNED: Ж. ГАНХУЯГ, Б. ЭНХБОЛД.", ["Ж. ГАНХУЯГ", "Б. ЭНХБОЛД"]),
    ("initials in Cyrillic", "Подписал: В.К. Лысенко, начальник отдела.", ["В.К. Лысенко"]),
    # a nickname between the given name and the surname over a line end, later alone in mixed case
    ("nickname inside a name", "Our driver Abdoulkader \"Benny\"\nHoumed-Ali waited. Later Benny drove us back.",
     ['Abdoulkader "Benny"\nHoumed-Ali', "Benny"]),
]


def assert_every_occurrence_covered(detector, text: str, names: list[str], kind: str = "") -> None:
    """Every whole-word occurrence of each of `names` is covered by PERSON findings."""
    spans = _persons(detector, text)
    for name in names:
        occurrences = [m.span() for m in re.finditer(r"(?<![\w'])" + re.escape(name) + r"(?![\w'])", text)]
        assert occurrences, name
        for start, end in occurrences:
            assert _covered(spans, text, start, end), (kind, name, start, [text[s:e] for s, e in spans])


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    # a quotation in a sentence is no nickname, nor its later occurrence
    ("quotation", "4. (U) THE PORTS ARE \"STONE AGE.\" HE SAID THE \"STONE AGE\" PORTS WILL CLOSE.", ["STONE AGE"]),
    # a place or an organisation in quotes next to a name in parentheses is no nickname
    ("place", "The Mayor (\"Kisumu\") and Dr. Okello Obuya spoke.", ["Kisumu"]),
    ("acronym", "2. (C) THE ENVOY, OKELLO OBUYA (\"USAID\"), SPOKE.", ["USAID"]),
    # a one-word nickname that is an English word, in capitals, later without quotes
    ("word alone", "1. (C) THE BROKER \"QUIET\" (DAWIT HAILEMARIAM) LEFT. IT WAS QUIET AFTER THAT.", ["QUIET AFTER"]),
    # a newspaper in apposition is still an organisation (no person's noun after its kind word)
    ("organisation in apposition", "I read Zuuny Medee, the daily where she works.", ["Zuuny Medee"]),
    # a common word with a possessive, no name found with it
    ("possessive of a word", "1. (C) CONGEN MET MAYOR ABENA OKONJO ON TUESDAY. THE STONE'S WEIGHT WAS NOTED.", ["STONE'S"]),
    # a street's name after its word, capitalized, stays a place's
    ("street word", "The office is on Via Garibaldi, near the port. Garibaldi Street is closed.", ["Garibaldi"]),
    # an abbreviation in lower case before a place or street is no initial; a word in capitals alone is none
    ("Cyrillic abbreviations", "Адрес: г. Москва, ул. Ленина, д. 5. ОН НАЗВАЛ ЕГО \"БАНДИТ.\"", ["Москва", "Ленина", "БАНДИТ"]),
    # an e-mail address at a sentence's end is no broken address taking the next sentence's name
    ("address end", "Send it to hsamatar_d@intnet.dj. Ladan will print it.", []),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


def test_an_address_at_a_sentence_end_stops_there(detector):
    text = "Send it to hsamatar_d@intnet.dj. Ladan will print it."
    emails = [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "EMAIL_ADDRESS"]
    assert emails == ["hsamatar_d@intnet.dj"]


TABLES = [
    # a table's other columns (organisations, places) stay theirs
    ("other columns", "Attendance, 3 May\nName | Organisation | Town\nNaw Htee Paw | Karen Women Org | Mae Sot\n"
                      "Saw Kyaw Lin | Karen Youth Network | Umphang\nMi Khin Sabei | Mon Relief Group | Sangkhlaburi\n"),
    # a column with names found in one row only is no column of names
    ("one name", "Item | Supplier | Status\nRice | Golden Harvest | Delivered\nTents | Nyein Chan Trading | Pending\n"
                 "Blankets | Aung Thura | Pending\n"),
]


@pytest.mark.parametrize("kind,text", TABLES, ids=[k for k, _ in TABLES])
def test_a_table_column_of_names_adds_nothing_elsewhere(detector, kind, text):
    """The cells the table-column step adds (other findings, NER's among them, are not its own)."""
    from sbu_redact.detection.postprocess import _cell_name, _tables

    column = {_cell_name(text, *row[0]) for table in _tables(text) for row in table}
    added = [(f.start, f.end) for f in detector.analyze(text) if f.explanation == "a cell of a table's column of names"]
    assert all(span in column for span in added), (kind, [text[a:b] for a, b in added])
    if kind == "one name":
        assert not added, [text[a:b] for a, b in added]


def test_a_year_and_an_article_are_no_house_number(detector):
    text = "4. (U) IN 2008 THE ROAD WAS CLOSED; IN 2009 THE PLAZA REOPENED."
    assert not [f for f in detector.analyze(text) if f.entity_type == "STREET_ADDRESS"]
