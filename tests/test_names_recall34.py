"""Names and addresses recall (issue 9, round 34, fixnames34), measured on heldout34 (odd passages
to tune, even to confirm) and heldout20-33.

- A chat line's speaker found as a name is a PERSON, not a user name, when it is written as a name
  (`[14:02] Ahmad:`: `postprocess._speakers_found_as_names`); a capitalized speaker that no English
  list knows is one too (`[08:11] Ucok:`: `chat_line_name`).
- A known given name in lower case in a chat message (`Tammy Jo Varney: ... about darrell`), and a
  lower-case name after a relative's noun or an honorific on any line (`call aunt gudrun`, `tell
  bang togar`, `mrs. hensley`): `recognizers/chat_message_name.py`.
- A word of a name found, written again in lower case (`Brandt ... brandt has asked`):
  `detection/lower_case_mentions.py`.
- Initials run into a surname, a login or a clearance tag (`DPO:MEHawthorne`, `PD:M.Farraj-Cohen`):
  `recognizers/login_name.py`.
- A name in quotes after a reflexive signing verb (`signs herself "Lil"`).
- Street addresses: `Parade`, an Argentine `Bv.`, a Viennese house/stair/door number (`88/2/14`).

Every name and address is invented; none comes from a held-out corpus."""
from __future__ import annotations

import re

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a chat speaker written as a name, and its later mention in lower case",
     "WhatsApp, forwarded by the FSN, 2 Mar:\n[09:10] Yusuf: the bus is late again\n"
     "[09:12] +961 3 555 210: who is this\n[09:13] Yusuf: yusuf from the library, ask for hamid\n",
     ["Yusuf", "yusuf"]),
    ("a capitalized chat speaker no English list knows",
     "Group chat, 4/4/2016\n[18:01] Butet: the consul comes on friday?\n[18:03] Maria Lubis: yes, at ten\n",
     ["Butet"]),
    ("a known given name in lower case in a chat export's message",
     "Messages printed for the file:\nKaylee Dawn Pruitt: did anybody call about darnell\n"
     "Jolene Mabry: no. darnell said he would go himself\n",
     ["darnell"]),
    ("a lower-case given name after a relative's noun in a mixed-case note",
     'Note taped to the visa folder: "Dad says phone aunt ingrid on Monday -- she has the deed."\n',
     ["ingrid"]),
    ("a lower-case name after an Indonesian honorific in a chat",
     "[07:30] Tiur: tell bang sahat the car is ready\n[07:31] Rosma: ok\n", ["sahat"]),
    ("a lower-case surname after a courtesy title in field notes",
     "Field notes, 3 May. Second house: mrs. pennington and two kids, no phone. Neighbors were out.\n",
     ["pennington"]),
    ("a word of a name found, written again in lower case",
     "ACS note. The mother, Sigrid Thorvaldsen, took the child to Odense. thorvaldsen has asked us not to call.\n",
     ["Sigrid Thorvaldsen", "thorvaldsen"]),
    ("initials run into a surname in a clearance line",
     "Clearances: EUR/CE:JWPellegrini-Ross; L/CA:TBarrowcliffe; CA/OCS:K.Ostrowski-Lund\n",
     ["JWPellegrini-Ross", "TBarrowcliffe", "K.Ostrowski-Lund"]),
    ("a name in quotes after a reflexive signing verb",
     "PA note: the page is run by a man who signs himself \"Dodo\"; he posts at night.\n", ["Dodo"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a chat speaker that is a word in use (a system's label)",
     "[10:00] Admin: the group was renamed\n[10:01] Admin: welcome everyone\n", ["Admin"]),
    ("a given name that is a word English uses much, in a chat message",
     "Chat export:\nDee Haskins: will you bring the forms\nRon Tate: i may, if the office is open\n", ["will", "may"]),
    ("an acronym run into an English word",
     "(U) The USAid office and the BBCWorld desk asked for the PDFormat copy.\n", ["USAid", "BBCWorld", "PDFormat"]),
    ("a word in use after a relative's noun",
     'Note: "my uncle works nights and my sister teaches."\n', ["works", "teaches"]),
    ("a name's lower-case twin after a determiner",
     '(SBU) The boxer Dane "Heron" Ashby fights Friday. Heron trains at dawn. A heron nests on the gym roof.\n',
     ["heron"]),
    ("a common word that is a name's lower-case twin",
     "(SBU) Poloff met Ms. Rose Fan. The fan in the office was broken; a rose stood on the desk.\n",
     ["fan", "rose"]),
]

# (kind, text, contacts every letter of which some finding covers)
ADDRESSES = [
    ("a street word Parade, in capitals", "3. (C) SHE RENTS A ROOM AT 41 CARNMORE PARADE, BELFAST.\n", ["41 CARNMORE PARADE"]),
    ("an Argentine boulevard before its name",
     "(SBU) Domicilio: Bv. Oroño 1522, 3° B, Rosario.\n", ["Bv. Oroño 1522"]),
    ("a Viennese house, stair and door number",
     "(SBU) Address: Brigittenauer Lände 24/6/11, 1200 Wien.\n", ["Lände 24/6/11, 1200 Wien"]),
]

# (kind, text, words no STREET_ADDRESS finding may overlap)
NOT_ADDRESSES = [
    ("a ratio of three numbers", "(U) The vote split 12/4/3 and the motion failed.\n", ["12/4/3"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Names in chats, field notes and logins are covered whole; labels, words in use and
    acronyms run into words are not taken for a person."""
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
