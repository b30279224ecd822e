"""Names recall (issue 9, round 41, fixnames41), measured on heldout35-40.

- Quoted nicknames where the sentence says person (`recognizers/quoted_nickname.py`): `known as`
  after a name (`OKONKWO IS KNOWN AS "THE PLUMBER"`), `knew only as` (`A WOMAN WHOM SHE KNEW ONLY
  AS "OUR LAD"`), `whom` before the naming word (`WHOM NEIGHBOURS CALL "THE HAWKS"`), and a
  possessive with a person's noun right before the quotes and a person's verb after them (`HER
  COUSIN "THE BOOKKEEPER" HAD`); post-processing keeps the words such a nickname was vetted with
  (`THE`, `OUR`), as it does for a quoted epithet.
- Surname-first lists (`recognizers/inverted_name.py`): after a semicolon or a field label, a
  surname that is an English word with a known given name, when another name of that form stands
  on the line (`WEBER, SHLOIMY; FRIED, MENDEL`).
- Korean and Cantonese names in mixed case (`recognizers/syllable_name.py`): `Son Mi-ok`, and
  one-syllable surnames that are English words as data (`word_surnames`: SON, SIN, MIN).
- Chat handles that are names (`recognizers/chat_speaker_name.py`): a lower-case speaker label that
  is @-mentioned in the chat is a speaker, and its @-mentions are the same person.

Full-name coverage (all / mixed / caps) and precision, before (main 2e21c610) and after:

| corpus | all | mixed | caps | precision | contacts | not_persons hits |
| --- | --- | --- | --- | --- | --- | --- |
| heldout40 | 0.889 -> 0.899 | 0.897 -> 0.900 | 0.882 -> 0.898 | 0.933 -> 0.934 | 0.910 -> 0.910 | 28/454 -> 28/454 |
| heldout39 | 0.813 -> 0.824 | 0.756 -> 0.777 | 0.874 -> 0.874 | 0.952 -> 0.952 | 0.818 -> 0.818 | 18/399 -> 18/399 |
| heldout38 | 0.770 -> 0.770 | 0.707 -> 0.707 | 0.822 -> 0.822 | 0.957 -> 0.957 | 0.842 -> 0.842 | 18/406 -> 18/406 |
| heldout37 | 0.830 -> 0.834 | 0.832 -> 0.835 | 0.827 -> 0.833 | 0.948 -> 0.948 | 0.829 -> 0.829 | 20/294 -> 20/294 |
| heldout36 | 0.909 -> 0.909 | 0.882 -> 0.882 | 0.932 -> 0.932 | 0.948 -> 0.948 | 0.797 -> 0.797 | 16/586 -> 16/586 |
| heldout35 | 0.873 -> 0.873 | 0.858 -> 0.858 | 0.885 -> 0.885 | 0.961 -> 0.961 | 0.895 -> 0.895 | 17/396 -> 17/396 |

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a quoted nickname after `is known as` and a name, in capitals",
     "3. (C) OKONKWO-HARDCASTLE IS KNOWN AS \"THE PLUMBER\" IN THE MARKET AT WARRI.\n",
     ["THE PLUMBER"]),
    ("a quoted nickname after `knew only as`, in capitals",
     "3. (C) THE DRIVER WORKED FOR A MAN WHOM THE VILLAGERS KNEW ONLY AS \"OUR LAD\".\n",
     ["OUR LAD"]),
    ("a quoted nickname after `whom ... call`, in capitals",
     "4. (C) THE BROTHERS, WHOM NEIGHBOURS CALL \"THE HAWKS\", OWN THE BAKERY.\n",
     ["THE HAWKS"]),
    ("a quoted nickname after a possessive and a person's noun, in capitals",
     "5. (C) HER COUSIN \"THE BOOKKEEPER\" HAD THE KEYS TO THE SAFE.\n",
     ["THE BOOKKEEPER"]),
    ("a quoted nickname after a possessive and a person's noun, in mixed case",
     "(U) Her friend \"Big Tam\" told the officer about the debt.\n",
     ["Big Tam"]),
    ("a surname that is a word in a semicolon list of names written surname first",
     "1. (U) THE CHARTER CARRIED 120 PILGRIMS:\nWEBER, SHLOIMY; FRIED, MENDEL; LANG, ZISHA; BRAUN, YOEL.\n",
     ["FRIED, MENDEL"]),
    ("a Korean name in mixed case, a surname that is a word",
     "(U) Son Mi-ok and Lim Ha-eun run the association in Yuzhno-Sakhalinsk.\n",
     ["Son Mi-ok", "Lim Ha-eun"]),
    ("a Korean name in capitals, a surname that is a word",
     "4. (U) SIN HYE-RIN AND SON MI-OK ATTENDED THE MEETING.\n",
     ["SIN HYE-RIN", "SON MI-OK"]),
    ("a chat speaker in lower case who is @-mentioned",
     "[Viber, ferry volunteers]\nzvane: @mirko the boat from Pula is late again\nmirko: ok zvane. i will tell the others\n"
     "zvane: thx mirko\n",
     ["mirko"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("an operation's name after `is known as`",
     "3. (C) THE PLAN IS KNOWN AS \"THE GREEN CORRIDOR\" IN THE MINISTRY.\n",
     ["THE GREEN CORRIDOR"]),
    ("a book's title after a possessive and a thing's noun",
     "4. (U) HIS BOOK \"THE WANDERER\" SOLD WELL IN LAGOS.\n",
     ["THE WANDERER"]),
    ("tags and places in semicolon lists",
     "TAGS: PGOV, PHUM; KDEM, PREL\nVISITS: Lagos, Nigeria; Accra, Ghana; Dakar, Senegal\n",
     ["PHUM", "PREL", "Accra", "Ghana"]),
    ("words with a hyphen in mixed case",
     "(U) The new co-op opened in May and the Self-help group met in the hall.\n",
     ["co-op", "Self-help"]),
    ("an @-mention in a chat that is no speaker's",
     "ana: see @portomarina for the timetable\nmarko: ok ana\nana: thx\n",
     ["portomarina"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_words_are_not_names(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
