"""Names and contacts recall (issue 9, round 31b, fixnames31): the classes heldout31 missed whose
rule reads a layout, not a corpus's words.

- A surname-first list item whose surname has a lower-case Nordic particle (`af`), or whose
  given word is an English word that is also a known surname, once two other items of the
  text have the form (`PostProcessor._surname_first_items`).
- A name written with an apostrophe for an elided first letter (Sesotho `'M...` names), not a
  quotation in single quotes (`PostProcessor._elided_names`).
- An e-mail address under a sub-domain of `.example` is one address, not an address broken
  at a line's end (`email_broken` in rules/entities.yaml); a name that a recognizer read over
  the end of an address written with at/dot words is cut at its edge, and the address stays
  whole (`_without_names_inside_contacts`).

Every name and address is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a Nordic af particle before a surname written first, in a bulleted warden list",
     "Wardens (Turku):\n- af Hällström, Ebba - 040 611 2233\n- Saarinen-Holm, Veikko - 040 611 4455\n",
     ["af Hällström, Ebba"]),
    ("a Nordic af particle before a surname written first, in a semicolon list",
     "Guests: Koskinen, Tapani; af Schultén, Harriet; Laine, Oona.\n", ["af Schultén, Harriet"]),
    ("a given word English uses, a known surname, in a three-item capitals list",
     "SUBJECT: HARBOUR BOARD CONTACTS\nRIMA, COSTA (PORT AUTHORITY) - +682 20 111\n"
     "VAIPUNA, TUTAI (CUSTOMS) - +682 20 222\nKAPANUI, NIUTAO (FISHERIES) - +682 20 333\n",
     ["RIMA, COSTA"]),
    ("Sesotho names with an elided first letter in a walk-in log",
     "Leribe, consular walk-in log\n- Retselisitsoe 'Mokhele, lost passport; cell 5880 2211.\n"
     "- 'Masechaba (his sister) vouched for 'Mokhele.\n",
     ["'Masechaba", "'Mokhele"]),
    ("an elided first letter in capitals after a person's noun",
     "1. (C) HIS GRANDMOTHER 'MALINEO CONFIRMED THE DATE OF BIRTH.\n",
     ["'MALINEO"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a quotation in single quotes opening on a capital",
     "The banner read 'Welcome Home Heroes' over the gate.\n", ["Welcome"]),
    ("an elided English word at a line's start", "The chant went on:\n'Cause we stay, we stay\n", ["Cause"]),
    ("a given word English uses and no known surname, even in a list",
     "LEASES:\nKOROTAI, SEA (PLOT 4)\nVAIMOANA, RAIN (PLOT 5)\nTEKAIRANGI, CORN (PLOT 6)\n",
     ["SEA", "RAIN", "CORN"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_layout_names(detector, kind, text, words, names):  # noqa: F811
    """Names in these layouts are covered whole; quotations, elided English words and list items
    whose given word is an English word no list of surnames knows are no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)


# (kind, text, the address that one EMAIL_ADDRESS finding covers whole)
EMAILS = [
    ("an address under a sub-domain of .example after a surname-first sender",
     "From: Haddad, Yosra <y.haddad@notaires.sfax.example>\nSubject: dossier\n", "y.haddad@notaires.sfax.example"),
    ("an address with at/dot words before a list's next line",
     "SUBJECT: CONTACT LIST, PACIFIC DESK\nRIMA, COSTA (PORT AUTHORITY) - COSTA.RIMA AT PORTS DOT GOV DOT CK\n"
     "VAIPUNA, TUTAI (CUSTOMS) - +682 20 222\nKAPANUI, NIUTAO (FISHERIES) - +682 20 333\n",
     "COSTA.RIMA AT PORTS DOT GOV DOT CK"),
]


@pytest.mark.parametrize("kind,text,address", EMAILS, ids=[case[0] for case in EMAILS])
def test_addresses_whole(detector, kind, text, address):  # noqa: F811
    start = text.index(address)
    end = start + len(address)
    found = [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "EMAIL_ADDRESS"]
    assert any(s <= start and end <= e for s, e in found), (kind, [text[s:e] for s, e in found])
