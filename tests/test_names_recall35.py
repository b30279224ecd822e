"""Names recall (issue 9, round 35, fixnames35), measured on heldout35 (odd passages to tune, even
to confirm) and heldout20-34.

- A nickname opened by the Neapolitan article `'O` in quotes, or in lower case before a person's
  verb or glued (`o'word`); a Spanish `el`/`la` nickname in quotes with a person's cue:
  `recognizers/article_alias.py`.
- A name in lower case opening a sentence of typed notes before a person's verb, or after a
  relative's noun: `recognizers/lower_case_subject.py`.
- A one-word name no English list knows, set off by commas with a role noun:
  `recognizers/role_apposition_name.py`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a Neapolitan nickname in quotes after a naming verb",
     "4. (C) THE DEALER IN THE SANITA QUARTER IS A YOUTH CALLED \"'O SCUGNIZZO\". HE WORKS FOR HIS UNCLE.\n",
     ["'O SCUGNIZZO"]),
    ("a Neapolitan nickname in lower case before a person's verb",
     "Notes, Forcella, 3 Mar.: the baker says 'o pazzariello was here twice last week.\n", ["'o pazzariello"]),
    ("a Spanish nickname in quotes set off by commas after a person's noun",
     "5. (SBU) VALDEZ'S FORMER LIEUTENANT, \"EL TRECE\", WAS ARRESTED IN HERMOSILLO.\n", ["EL TRECE"]),
    ("a Spanish nickname in lower case in quotes after a naming verb",
     "(SBU) Her brother goes by \"la flaca\" on the street and by nothing else.\n", ["la flaca"]),
    ("a lower-case name opening a sentence of typed notes before a person's verb",
     "Visit notes, Galle, typed by the FSN:\nthilanka says the boat left Matara at dawn. the harbour master was away.\n",
     ["thilanka"]),
    ("a lower-case name after a relative's noun in typed notes",
     "Jaffna notes (Tuesday): we met the widow at the Kovil with her brother-in-law pirasanth.\n", ["pirasanth"]),
    ("a rare one-word name before a role noun in capitals",
     "3. (C) THE MISSING INCLUDE: ALI MUSTAFA HAROUN, 40; ABAKOURA, A TAILOR; AND TWO BOYS.\n", ["ABAKOURA"]),
    ("a rare one-word name after a role noun, set off by commas",
     "6. (C) THE GANG PAID A CLERK, GURPREETINDER, AND TWO GUARDS AT THE DEPOT IN JALANDHAR.\n", ["GURPREETINDER"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a Spanish article opening a place or newspaper's name in quotes",
     '(U) The migrants rode "La Bestia" north; the daily "El Norte" ran the story.\n', ["La Bestia", "El Norte"]),
    ("an English article in quotes with a person's verb after it",
     '(U) The song "La Vie" was played; "A Taste" said the critic.\n', ["Taste"]),
    ("a lower-case word in use opening a sentence before a verb",
     "Field notes, Kandy: police said nothing. traffic was heavy. everyone came to the Temple.\n",
     ["police", "traffic", "everyone"]),
    ("a town set off by commas before a trade's description",
     "(SBU) We drove to Arusha, a trader's hub, and then to Moshi, a market town.\n", ["Arusha", "Moshi"]),
    ("a word in use set off by commas after a role noun",
     "4. (C) THE COMMITTEE NAMED A CLERK, TOMORROW, AND A NOTARY.\n", ["TOMORROW"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Nicknames with an article, names in lower case in typed notes and rare names set off with
    a role noun are covered whole; places, papers, words in use are not taken for a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
