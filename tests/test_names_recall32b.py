"""Names recall (issue 9, round 32, fixnames32): layouts heldout32's first run missed, measured on
heldout29-32.

- A list item of names over one line end (`X Y, ANNA\nKOVAL AND Z W`), a surname after a word
  that is also a title's acronym (`DAS`): `PostProcessor._between_names` (`_LIST_MIDDLE`).
- A surname and the initial of the given name, in brackets just after the given name found
  (`IVO (MARTAN, I.)`): `PostProcessor._bracketed_surname_first`; the initial must be the
  given name's first letter.
- A name in quotes said to be really a person's name found (`"X" is actually Y Z`):
  `PostProcessor._aliases_really_named`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a listed name over a line end whose surname is a title's acronym",
     "1. (SBU) THE FISHERS TUYAARA DEGTYAREVA, NYURGUN\nDAS AND KYNDYL MARAAS SPOKE.\n", ["NYURGUN\nDAS"]),
    ("a listed name whose surname is a title's acronym",
     "1. (SBU) THE FARMERS RANJIT SINGH, MEERA PATEL, ARUN DAS AND PRIYA NAIR PROTESTED.\n", ["ARUN DAS"]),
    ("a surname and initial in brackets after a given name found, in a contact list",
     "1. (U) PARTICIPANTS:\n- NYURGUSTAN (BOLTUNOV, N.), SAKHA, +7 914 220 1180\n"
     "- KYNSAIBOR (MAWLONG, K.), KHASI, KMAWLONG AT GMAIL DOT COM\n- OLOTUPA, GUNA, CEDULA 8-441-1900\n",
     ["MAWLONG, K."]),
    ("a name in quotes said to be actually a person's name found, in mixed case",
     "(SBU) Trapani: the fisherman said \"U Zu Turi\" is actually Salvatore Greco, known to police.\n",
     ['"U Zu Turi"']),
    ("a name in quotes said to be really a person's name found, in capitals",
     "2. (SBU) THE MINERS SAY \"EL GUERO\" IS REALLY ERNESTO CASTILLO OF MATAGALPA.\n", ['"EL GUERO"']),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a bracketed place and a letter whose initial is not the name's",
     "Dr. Ismet Hodzic (Sarajevo, B.) spoke first.\n", ["Sarajevo"]),
    ("a bracketed word and letter after no name", "The annex (Table, A.) lists the grants.\n", ["Table"]),
    ("a list of titles over a line end",
     "1. (SBU) JOHN SMITH, THE DEPUTY\nASSISTANT SECRETARY AND MARY JONES MET.\n", ["DEPUTY", "ASSISTANT", "SECRETARY"]),
    ("a quoted place said to be really a person's home",
     "(SBU) The farm \"Palermo\" is really Marco Bellini's, his lawyer says.\n", ["Palermo"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Names in these layouts are covered whole; places, table labels and titles in the same
    layouts are no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
