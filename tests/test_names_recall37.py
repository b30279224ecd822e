"""Names recall (issue 9, round 37, fixnames37), measured on heldout37 and heldout20-36.

- One-word names listed with no verb of their own after a naming verb or after a colon whose clause
  names people (`HE NAMED ...`, `THE DETAINEES: ...`, `Referees: ...`): `recognizers/named_list.py`.
- A nickname in quotes in any language after `called`/`known as` with a person's noun, in an
  apposition after a person's noun, or after a speech verb with a title inside and a person's verb
  after it: `recognizers/quoted_nickname.py`.
- The word before/after cues of four recognizers come from one module, `detection/words_around.py`
  (`EndAnchored` searches): `test_words_around_same_as_plain_search` checks they match as the
  plain searches did.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import random
import re

import pytest

from sbu_redact.detection import words_around
from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a list of surnames after a naming verb in capitals, a line end inside",
     "2. (C) ASKED WHO PAID THE BRIBES, THE CLERK NAMED OKPARA, NWANKWO AND\nEZEOKE. THE AUDIT CONTINUES.\n",
     ["OKPARA", "NWANKWO", "EZEOKE"]),
    ("a list after a colon whose clause names the people, in capitals",
     "3. (C) THE POLICE HAVE RELEASED TWO OF THE FIVE DETAINEES: ISMAEL, TOUFIK, WARDA AND SOUAD.\n",
     ["ISMAEL", "TOUFIK", "WARDA", "SOUAD"]),
    ("a list of surnames separated by semicolons after a label in mixed case",
     "(U) Applicant: Lucia Bavastro, a translator in Savona.\nReferees: Carrega; Pastorino; Ferrando.\n",
     ["Carrega", "Pastorino", "Ferrando"]),
    ("a nickname in quotes after a man they called",
     "4. (C) THE SUPPLIER IS A MAN THE FISHERMEN CALLED \"O CEGUINHO\", WHO WORKS FROM PENICHE.\n",
     ["O CEGUINHO"]),
    ("a nickname in quotes set off by commas after a person's noun",
     "(SBU) The cooperative's treasurer, \"la Chata\", keeps the ledger at her house in Tizimín.\n",
     ["la Chata"]),
    ("a nickname with a title in quotes after a speech verb",
     "5. (C) THE SKIPPER SAID \"DON CHEPE\" HAD PAID THE CREW IN CASH.\n", ["DON CHEPE"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("towns listed after a colon",
     "2. (U) THE MISSION VISITED THREE TOWNS: KASSALA, GEDAREF AND SENNAR.\n", ["KASSALA", "GEDAREF", "SENNAR"]),
    ("organisations listed after a naming verb",
     "(U) The minister named Oxfam, UNICEF and Caritas as partners of the program.\n", ["Oxfam", "UNICEF", "Caritas"]),
    ("a name and a verb after a comma are no list",
     "3. (C) THE BUYER, A TRADER NAMED HASSABALLA, OVERPAID.\n", ["OVERPAID"]),
    ("commanders is no list of two names",
     "SUBJECT: (C) DEFECTOR NAMES COMMANDERS\n1. (C) THE DEFECTOR WAS DEBRIEFED IN GOMA.\n", ["COMMANDERS"]),
    ("a ship's name in quotes after named",
     "4. (U) THE COAST GUARD TOWED A TRAWLER NAMED \"SANTA LUZIA\" INTO AVEIRO.\n", ["SANTA LUZIA"]),
    ("English words in quotes in an apposition and after a speech verb are quotations",
     "(U) The shop owner, \"Fully Booked\", was the sign; the clerk said \"Sold Out\" had been posted.\n",
     ["Fully Booked", "Sold Out"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Lists of one-word names after a cue that names people and nicknames in quotes where the
    sentence says person are covered whole; places, organisations, ships and quotations are not
    taken for a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)


_UPPER = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
_LETTER = r"[^\W\d_]"
_LATIN = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
# (the plain searches the four recognizers ran before fixnames37, with their windows)
PLAIN = [
    (re.compile(r"(?P<word>[A-Za-z]+)(?P<comma>,)?[ \t]*\n?[ \t]*\Z"), words_around.ASCII_WORD_BEFORE, 30),
    (re.compile(r"[^\W\d_],[ \t]*\n?[ \t]*\Z"), words_around.LIST_ITEM_BEFORE, 30),
    (re.compile(r"(?:^|[.!?:;\n])[ \t]*\Z"), words_around.SENTENCE_OPENS, 3),
    (re.compile(rf"(?<![\w\-'\u2019.])(?P<word>[{_UPPER}]{_LETTER}+(?:-[{_UPPER}]{_LETTER}+)?)[ \t]*\n?[ \t]*\Z"),
     words_around.CAPITALIZED_WORD_BEFORE, 40),
    (re.compile(rf"(?P<word>{_LETTER}+)\.?[ \t]*\n?[ \t]*\Z"), words_around.LETTERS_WORD_BEFORE, 40),
    (re.compile(rf"(?P<word>[{_LATIN}]+)[ \t]*\n?[ \t]*(?:(?:that|THAT)[ \t]*\n?[ \t]*)?\Z"),
     words_around.LATIN_WORD_BEFORE_THAT, 40),
]


def test_words_around_same_as_plain_search():
    """At every offset of random texts made of the characters the patterns tell apart, each
    `EndAnchored` search finds the same span and groups as the plain search over the window."""
    rnd = random.Random(37)
    alphabet = "aB Z,.\n\t'-ñÉ that THAT x:ö1_\u2019;!"
    for _ in range(400):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 70)))
        for i in range(len(text) + 1):
            for plain, anchored, window in PLAIN:
                a, b = plain.search(text, max(0, i - window), i), anchored.search(text, max(0, i - window), i)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, i, plain.pattern)
