"""Leaks a reviewer (review32b) found in known32's abbreviation rule, closed by helper fixrev32d (issue 8), each
shown to fail on the branch's start (lead32 `fe0e0aa`).

known32 let a line ending in "e.g."/"i.e."/"ref." go on into the next line whatever that line held, so an unmarked
line of ordinary text (or a capitals heading) under a (U) sentence ending in such a word joined the (U) portion and
was released at every level; and a page banner under a line ending in "refs" (or "ref."/"reftel.") was read as text of the (U) portion.
Now the line after such a word joins its paragraph only when it is the level word (or marking) that completes the
sentence, with at most its end punctuation; a banner is read as on main.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_withheld, portion_marks

INFORMANT = "The informant Ahmed Karim says the militia will move on Kismayo on 12 May."
BANNER = "SECRET//NOFORN\n\n"

# an unmarked line of ordinary text under a (U) sentence that ends in an abbreviation
JOINED = [
    ("ref", BANNER + "(U) The delegation met officials as set out in ref.\n" + INFORMANT + "\n\n" + BANNER),
    ("reftel", BANNER + "(U) The delegation met officials as set out in reftel.\n" + INFORMANT + "\n"),
    ("eg", BANNER + "(U) The delegation met several officials, e.g.\n" + INFORMANT + "\n"),
    ("ie", BANNER + "(U) The delegation met the usual officials, i.e.\n" + INFORMANT + "\n"),
    ("eg-caps-heading", BANNER + "(U) The delegation met several officials, e.g.\nSOURCE REPORTING\n" + INFORMANT + "\n"),
]


@pytest.mark.parametrize("kind,text", JOINED, ids=[k for k, _ in JOINED])
def test_an_unmarked_line_after_an_abbreviation_is_not_the_u_portion(kind, text):
    assert_withheld(text, "Ahmed Karim", levels=ALL)


@pytest.mark.parametrize("cited", ["refs", "ref.", "reftel."])
def test_a_banner_under_a_line_citing_a_reference_is_a_banner(cited):
    text = f"SECRET\n\n(U) The delegation met officials as set out in {cited}\nSECRET\n\n" + INFORMANT + "\n"
    assert_withheld(text, "Ahmed Karim", levels=ALL)
    marks = portion_marks(text)
    u = [k for k, (mark, _) in marks.items() if "set out in" in k]
    assert u and all("SECRET" not in k for k in u), marks
