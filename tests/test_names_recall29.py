"""Names recall and precision (issue 9, round 29): a name by where it stands in a list. Chosen
because it recurs in the blind corpora (heldout20-28: a sign-in sheet, a consular worksheet, a
list of relatives, a note signed by one name), not for one corpus's miss list.

A word the residual net flags as a possible name is redacted when it is alone on its line after
a list marker (a dash, a star, a number) or after a blank line or a sentence's end, and when it
is a surname written first that opens a list item or what a line's label names (Applicant:,
Name:, To:), followed by a comma and given names that end the item: then the given names are
redacted with it. After such a label (or a semicolon on its line) a surname written first may
be an English word (To: Well, Ha-rin) when the given names after it were found. A place alone
on its line, a dateline (a town, a region and a dash) and a line that continues a sentence are
not names.

Cases that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a given name alone after a dash, the last item of a contact list",
     "Contacts for the visit:\n- the clinic, tel. 044 812 300.\n- Zorvenka\n", ["Zorvenka"]),
    ("a name alone after a number and a full stop",
     "People to call back on Monday:\n1. the port office\n2. Halvinesse\n", ["Halvinesse"]),
    ("a name alone on the line after a sentence's end (a note's signature)",
     "(SBU) Please keep the family's address out of the cable.\nTrevolkan\n", ["Trevolkan"]),
    ("a surname written first on a numbered sign-in line, a dash after",
     "Sign-in sheet, town hall meeting, 3 May\n1. Kovrashid, Meliantu - teachers' union\n"
     "2. Voss-Brenneke, Ilsabet - city council\n", ["Kovrashid, Meliantu", "Voss-Brenneke, Ilsabet"]),
    ("a surname written first after an applicant label, a column gap after",
     "Applicant: DRAVELLO MUNTARI, Odessina Paulette   DOB 04/09/1977\n", ["DRAVELLO MUNTARI, Odessina Paulette"]),
    ("surnames that are English words written first in an e-mail header's To: line",
     "From: Long, Seo-yun <slong@example.org>\nTo: Bell, Min-ji; Well, Ha-rin\n"
     "Subject: the shelter visit\n\nMin-ji, Ha-rin: the visit is on Friday.\n",
     ["Long, Seo-yun", "Bell, Min-ji", "Well, Ha-rin"]),
    ("given names after a surname first that a name label names",
     "Name: KELBARAK, Sunvelle   Passport: X0012345\n", ["KELBARAK, Sunvelle"]),
]


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a dateline: a town, a region and a dash, at the top",
     "Brashnovo, Kelvastria - notes from the market visit\nThe traders complained about taxes.\n",
     ["Brashnovo", "Kelvastria"]),
    ("a place alone on the line that ends a sentence over the line end",
     "(U) The company owns the fuel depot at\nSkorvanta.\n", ["Skorvanta"]),
    ("a town's name in a bulleted list of towns",
     "Towns visited:\n- Lincoln\n- Springfield\n", ["Lincoln", "Springfield"]),
    ("a known town and its country after a comma in a numbered list",
     "Sites:\n1. Mombasa, Kenya - the water plant\n2. Arusha, Tanzania - the clinic\n",
     ["Mombasa", "Kenya", "Arusha", "Tanzania"]),
    ("an English word before a comma after a To: label that is no name's",
     "To: All, Please read the notice below.\n", ["All", "Please"]),
    ("a heading word alone after a blank line",
     "(U) The meeting ended at noon.\n\nCOMMENT\n", ["COMMENT"]),
]


# both lists as one: (kind, text, words, whether they are names)
CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_list_item_names(detector, kind, text, words, names):  # noqa: F811
    """A name alone on a list's line or written surname first in a list item is covered whole;
    a place, a dateline or a heading is not a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
