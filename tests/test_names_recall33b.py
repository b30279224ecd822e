"""Names recall (issue 9, round 33, fixnames33): classes heldout33's first run missed.

- Chat, SMS and messenger lines the lower-case reader passed over (a stamp with no speaker, a user
  name with no stamp, notes with an e-mail address), a known given name as a chat line's speaker,
  and a given name addressed at a message's opening: `recognizers/chat_line_name.py`.
- Cantonese names in Hong Kong's romanization (a short surname that is an English word and a
  hyphenated given name, the given name alone, `Ah` and a syllable, a surname after a title, the
  surname alone as a later mention): `recognizers/cantonese_name.py`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a lower-case given name in an SMS line with a stamp and no speaker",
     "Messages shown to the officer:\n[from 0772 41 90 18] tell your cousin we know where nassim sleeps\n",
     ["nassim"]),
    ("a given name addressed at an SMS message's opening",
     "Messages shown to the officer:\n[from 0772 41 90 18] amel tell your father to pay before friday\n",
     ["amel"]),
    ("a lower-case name before a verb in a messenger line with a user name and no stamp",
     "Export from the phone:\nstavros_p: o nikitas took the boat to the island last night\n", ["nikitas"]),
    ("a rare given name in lower-case notes with an e-mail address on the line",
     "site visit, 4 may - notes\nasked about the shelter list; follow up with dimitrios at the ngo: d.k@ngo.example\n",
     ["dimitrios"]),
    ("a Cantonese name in capitals whose surname is an English word",
     "1. (SBU) THE ORGANISER, LAW CHI-KEUNG, SAID THE MARCH WOULD GO AHEAD. LAW'S DEPUTY AGREED.\n",
     ["LAW CHI-KEUNG", "LAW'S"]),
    ("a Cantonese name in mixed case with an English given name after a comma",
     "Complainant: Ho Wing-yan, Brenda, LE Staff (Facilities)\nHo says the roster was changed twice.\n",
     ["Ho Wing-yan, Brenda"]),
    ("a hyphenated Cantonese given name alone in a chat in lower case",
     "[03/02/2020 10:01] Jess Tam: the police took chun-hei at mong kok, his dad is there now\n", ["chun-hei"]),
    ("Ah and a syllable, the familiar form of a name",
     "Witnesses: Ah Fai (cook), Joyce Leung (cashier).\n", ["Ah Fai"]),
    ("Cantonese surnames listed after Messrs in capitals",
     "2. (SBU) WE MET TWO SHOP OWNERS FROM YAU MA TEI, MESSRS. KWOK AND POON, ON MAY 4.\n", ["KWOK", "POON"]),
    ("a Western given name and a Cantonese surname in a text with a Cantonese name",
     "3. (SBU) THE CANDIDATE MAK SIU-FAI LOST; HIS AGENT, PEGGY SO, CALLED THE RESULT FAIR.\n", ["PEGGY SO"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a common word opening an SMS message",
     "Messages shown to the officer:\n[from 0772 41 90 18] will tell you tomorrow where the car is\n", ["will"]),
    ("a user name's message in another language with no known name",
     "Export from the phone:\nstavros_p: ela sto spiti avrio to proi\n", ["spiti", "avrio"]),
    ("an English word in capitals that is a Cantonese surname, with no Cantonese name in the text",
     "1. (SBU) THE MINISTER SAID SO. MAN-MADE DELAYS SLOWED THE LAW REFORM.\n", ["SO", "LAW"]),
    ("a hyphenated English word of two syllables of the list",
     "The team had a so-so week and the tai-chi class was cancelled.\n", ["so-so"]),
    ("a Cantonese syllable after an interjection, with no verb after it",
     "[03/02/2020 10:05] Jess Tam: ah man, the trains are stopped again\n", ["man"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Names in these layouts are covered whole; words in the same layouts are no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
