"""Names recall and precision by class (issue 9, round 51, fixnames51: short given names, kin titles, lower-case
surnames of small communities, social handles and homes by landmark, places named after persons).

- Short and pet forms of given names (`gaz`, `bev`, `mo`, `wazza`, `boetie`) are data: the package nicknames
  (a maintained, hand-curated list of English names and their nicknames) and rules/entities_short_given_names.txt
  for the British, Australian, South African and Indian forms it lacks (`Lexicon.is_short_given_name`). They are
  names only where the layout says speaker or addressee: a chat's speaker slot, stamped (`chat_line_name`, a bare
  time now a stamp too: `14:02 kev:`) or not (`chat_speaker_name`), `hi X,`, `thanks X`, `X said`
  (`lower_case_name`'s slots, at a score above NER's so that its finding stands). A one-word label in lower case
  that speaks twice, taking turns with a speaker found, is a speaker too unless it has a log-in name's shape.
- Honorifics and kin titles of other languages (`oom`, `tannie`, `auntie`, `uncle`, `bhai`, `didi`, `dada`, `ma'am`)
  are `names.kin_titles`: titles, cues of a name after them in lower case, and a chat label's title
  (`tannie marta:` names marta).
- A surname shown in a full name that English does not use as a word (`kujur`, `toppo`) is the person's or the
  family's again anywhere in the passage (`detection/word_surname_mentions.py`): `the kujurs from`, `which kujur`.
- Contacts: `@` handles with dots (Instagram, TikTok), the short names of the networks (`IG:`, `INSTA:`, `FB:`),
  homes `at the back of` a landmark, terraces and kilns, mandirs and pubs' Arms.
- Precision: parks, gardens and tanks named after persons (`Kanan`, `Udyan`, `Dighi`, `Sarovar`) are places.

Every name below is invented for these tests; none is a held-out corpus's sentence. Each MUST_FIND case fails on
main 04f90b38 (/tmp/m51) and passes here; so does each case of MUST_NOT_FIND."""
from __future__ import annotations

import pytest

from test_name_classes import assert_contact_covered, detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("short forms as the speakers of a chat stamped with bare times",
     "handover notes, sunday\n14:02 kev: bloke rang about his mum in fenton\n14:03 shaz: did he leave a number\n"
     "14:05 kev: no, he'll ring back", ["kev", "shaz"]),
    ("a short form of two letters as a stamped speaker",
     "[08:01] baz: anyone got the overstay file\n[08:02] mo: on my desk\n[08:04] baz: ta", ["baz", "mo"]),
    ("short forms as the speakers of a chat with no stamps",
     "group chat, van rota\nwazza: who has the van keys\ntez: in the drawer by the kettle\nwazza: cheers", ["wazza", "tez"]),
    ("a lower-case given name no list knows, taking turns with a speaker found",
     "chat - visa desk\ntapan: the file came back from the scanner\nmeera: which file\n"
     "tapan: the blue one, for the march appointment", ["tapan"]),
    ("a short form after a verb of speaking to, and after thanks, in notes",
     "note to file 9 march\nspoke to gaz at the front desk about the passport. thanks trev for covering.",
     ["gaz", "trev"]),
    ("a short form greeted at the opening of a note", "hi baz, the family came back in at ten.", ["baz"]),
    ("a kin title before a chat speaker's name",
     "[2011/05/03, 18:11] tannie marta: wie ry saam?\n[2011/05/03, 18:12] fanie: ek weet nie\n"
     "[2011/05/03, 18:13] tannie marta: ek ry", ["marta"]),
    ("a courtesy title with an apostrophe before a given name in notes",
     "notes 5 june: ma'am gloria signed the form at the counter.", ["gloria"]),
    ("a surname no English list knows, in the plural after the full name, in a chat",
     "chat - visa unit\nrina: the kujur family came back, 3 kids\nkiran: which one?\n"
     "rina: anita kujur. the kujurs from rangat, all refused last time", ["kujurs"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_FIND = [
    ("a park and a garden named after persons",
     "Memo: the delegation walked through Rabindra Kanan and Subhas Udyan in the rain.",
     ["Rabindra Kanan", "Subhas Udyan"]),
    ("kin titles alone are no names", "notes: her uncle came at ten; the auntie stayed home with the kids.",
     ["uncle", "auntie"]),
    ("a timetable's bare times before a label are no chat",
     "09:00 Arrival: the delegation lands\n10:30 Meeting: with the governor\n12:00 Lunch: at the residence",
     ["Arrival", "Meeting", "Lunch"]),
    ("a short form that is a word, after a determiner", "notes: the shell company paid. the col was closed by snow.",
     ["shell", "col"]),
    ("a log-in name taking turns in a chat with no stamps",
     "chat export, desk\njholloway: file sent\nmeera: thanks\njholloway: ok will check", ["jholloway"]),
]

test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)

# (kind, text, contact whose every letter and digit some finding must cover)
CONTACTS = [
    ("an Instagram handle with dots", "Her son posts as @kayla.m.rowe on Instagram most nights.", "@kayla.m.rowe"),
    ("a handle after the network's short name", "IG: priya.d_92 | phone on file", "priya.d_92"),
    ("a handle after the network's short name, in capitals", "INSTA: SUNITA.K04; PHONE ON FILE", "SUNITA.K04"),
    ("a home at the back of a landmark",
     "He stays at the caravan at the back of the Tesco car park in Leek.",
     "the caravan at the back of the Tesco car park in Leek"),
    ("a terrace behind a kiln, opening its own description",
     "Notes: the end terrace behind the old bottle kiln on Furlong Lane is hers.",
     "the end terrace behind the old bottle kiln on Furlong Lane"),
]


@pytest.mark.parametrize("kind,text,contact", CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CONTACTS)])
def test_contacts_are_found(detector, kind, text, contact):  # noqa: F811
    assert_contact_covered(detector, text, contact, kind)
