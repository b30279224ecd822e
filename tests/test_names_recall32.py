"""Names recall (issue 9, round 32, names32): forms that say "a person" whatever the corpus's
vocabulary, measured on heldout20-31 together.

- An epithet given as a name in quotes, `the` and words written as a name, after a verb that
  names a person (`KNOWN AS "THE ..."`, `CALL HIM "THE ... OF ..."`, `IDENTIFIED ONLY AS "THE ..."`),
  and the same epithet in quotes again in the text: `PostProcessor._named_nicknames`; `a`/`an` open a description, and `used the name "The ..."` is
  a firm's.
- A word written as a name with a relative's noun in apposition after it (`X, HIS BROTHER, WILL`,
  `X (sister) signed`): `PostProcessor._kin_appositions`.
- The items of a list of people with their contacts (`2. X Y - phone`), vouched for by another
  item of the list whose name is found: `PostProcessor._contact_list_items`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("an epithet after IDENTIFIED ONLY AS, in capitals",
     "2. (C) A THIRD SMUGGLER, IDENTIFIED ONLY AS \"THE PILOT\", FLED BEFORE DAWN.\n", ["THE PILOT"]),
    ("an epithet of several words with OF after CALL HIM",
     "1. (C) THE VILLAGERS CALL HIM \"THE FALCON OF KERMAN\" AND FEAR HIM.\n", ["THE FALCON OF KERMAN"]),
    ("an epithet after KNOWN AS and a noun for a doer",
     "3. (SBU) A RECRUITER KNOWN AS \"THE TAILOR\" PAID THE BOYS. LATER \"THE TAILOR\" LEFT FOR KANO.\n",
     ["THE TAILOR"]),
    ("a given name alone with a relative's noun in apposition, in capitals",
     "2. (SBU) THE BODY WILL BE FLOWN TO RIGA. VALDIS, HER NEPHEW, WILL SIGN THE FORMS.\n", ["VALDIS"]),
    ("a given name alone with a relative's noun in parentheses",
     "Duty log, 4 May\n14:05 Dainis (uncle) called the duty phone again.\n", ["Dainis"]),
    ("a list of people with their phones, one of them found",
     "Attendance, parish meeting, 12 May\n1. Gunnar Aasland - 917 44 201\n2. Tiiu Mardisoo - 917 44 202\n"
     "3. Kaarel Pihlak - 917 44 203\n",
     ["Tiiu Mardisoo", "Kaarel Pihlak"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a description in quotes after AS", "THE MINISTER DESCRIBED THE LAW AS \"A GOOD START\" ON MONDAY.\n",
     ["GOOD START"]),
    ("a place in quotes after a general naming verb",
     "The elders still call it \"the Old Mill\" on the river road.\n", ["Old Mill"]),
    ("a firm's name after used the name", "The importer used the name \"The Oasis\" on its invoices.\n", ["Oasis"]),
    ("a place before a relative's noun in apposition", "He grew up near Tartu, his nephew said.\n", ["Tartu"]),
    ("an acronym before a relative's noun in parentheses in mixed case",
     "Payment came from UNDP (his employer) in March.\n", ["UNDP"]),
    ("a list of offices with their phones, no name found", "Offices:\n1. Consular Section - 917 44 300\n"
     "2. Visa Unit - 917 44 301\n", ["Consular", "Visa Unit"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Names in these forms are covered whole; descriptions, places, firms, acronyms and offices
    in the same forms are no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
