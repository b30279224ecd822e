"""Names recall and precision (issue 9, round 31): a surname written first, a comma and the given
names as an item of a list (a warden or contact list, a `To:` line, an applicant's field), a
form that recurs across the blind corpora heldout20-30 rather than in one of them.

- The item opens its line (after a list marker or a line's label) or follows a semicolon; the
  surname's particles may be in lower case (`van der`, `al-`); a quoted nickname may follow the
  given names; the item ends at a dash between spaces, a column gap, a parenthesis, an angle
  bracket, a semicolon or the line's end (`PostProcessor._surname_first_items`).
- One given word is a known given name, or another item of the text has the same form.

A place and its region or country, a header line's tags and a weekday before a month stay no
persons.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("surnames first in a roster, given names no list knows, a dash after",
     "Evacuation roster (draft 3):\nVabishchevich, Tsikhan - ul. Lesnaya 9 - tel. 8 017 200 11 22\n"
     "Zhurauskas, Rimvyd - hostel, room 14\n",
     ["Vabishchevich, Tsikhan", "Zhurauskas, Rimvyd"]),
    ("surnames first with lower-case particles and a quoted nickname, bulleted",
     "Volunteers for Saturday:\n- van der Wiel, Geertje \"Geer\"\n- Oudshoorn-Blom, Marijke\n",
     ["van der Wiel, Geertje \"Geer\"", "Oudshoorn-Blom, Marijke"]),
    ("surnames first in capitals in a warden list, a dash after",
     "WARDEN LIST (REV. 2):\nMAKARENKA, ZMITSER - HOMEL\nLAPATSINA, NASTSIA - BRAHIN\n",
     ["MAKARENKA, ZMITSER", "LAPATSINA, NASTSIA"]),
    ("a surname first with a quoted nickname before an e-mail address",
     "Ghana contacts:\nOfori-Atta, Kwaku \"KK\" - kk.oforiatta@example.org\nMensah-Bonsu, Adwoa - 024 555 0199\n",
     ["Ofori-Atta, Kwaku \"KK\"", "Mensah-Bonsu, Adwoa"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("towns and their countries in a travel plan",
     "Travel plan:\nMombasa, Kenya - 3 days\nArusha, Tanzania - 2 days\n", ["Mombasa", "Arusha"]),
    ("a header line's tags", "TAGS: PREL, PGOV, KPAO\nSUBJECT: (U) VISIT\n", ["PGOV"]),
    ("a weekday before a month", "Next session:\nMonday, June - to be confirmed\n", ["Monday"]),
    ("a closing word before a given name", "See you then.\nRegards, Tanvir\n", ["Regards"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_surname_first_list_items(detector, kind, text, words, names):  # noqa: F811
    """A surname written first and its given names as a list item are covered whole; a place
    and its country, tags, a weekday or a closing word are no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
