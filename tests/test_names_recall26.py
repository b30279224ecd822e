"""Names recall and precision (issue 9, round 26), by mechanism rather than by word list, chosen
for classes that recur in blind corpus after blind corpus: a parenthetical of name words between
two names found is part of one name (`TAVITA (TA) LEULUAIALII`); a known given name in parentheses
right after a name that ends its phrase (`Siriporn (Lisa) waited`); a known given name the
residual net flags where the words around say a person (`Harriet & Desmond Fairclough-Ames`); a name whose UTF-8 letters were read as
cp1252 (mojibake: `JÃ³hann` for `Jóhann`), read repaired in detection's view; a name written
letter by letter (`M a r g a r e t  O k o n k w o`), read joined in detection's view. Cases that
must be covered whole, and cases that must not be taken for a person. Every name is invented;
none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    # a parenthetical between two names found
    ("a two-letter nickname in parentheses inside a name, capitals",
     "1. (C) CONTACT TAVITA (TA) LEULUAIALII SAID THE BOAT LEFT APIA ON MONDAY.",
     ["TAVITA (TA) LEULUAIALII"]),
    ("an English word as nickname in parentheses, the surname over a line end",
     "(SBU) Our fixer Anucha (Tiger)\nThongsuk-Phiri drove the team to the border post.",
     ["Anucha (Tiger)\nThongsuk-Phiri"]),
    ("the parenthetical opening the surname's line", "(SBU) Our contact Pairoj\n(Tiger) Wongsawat drove us.",
     ["Pairoj\n(Tiger) Wongsawat"]),
    # a nickname in parentheses ending a name's phrase
    ("a known given name as nickname in parentheses after a given name, mixed case",
     "(U) Her younger cousin Siriporn (Lisa) waited at the gate with the driver.", ["Siriporn (Lisa)"]),
    ("a nickname in parentheses before a comma", "(U) The driver, Sompong Kaewmanee (Tony), waited outside.",
     ["Sompong Kaewmanee (Tony)"]),
    # mojibake
    ("a name whose UTF-8 letters were read as cp1252",
     "(U) The scanned form was signed by JÃ³hann BjÃ¶rnsson-Hale, the farm's owner.",
     ["JÃ³hann BjÃ¶rnsson-Hale"]),
    ("mojibake of a Central European name", "(U) OCR of the deed: the seller was Zdenka KrÃ¡lovÃ¡ of Brno.",
     ["Zdenka KrÃ¡lovÃ¡"]),
    # a known given name where the words around say a person (the residual net's flag, redacted)
    ("a known given name joined by & to a name found, opening a numbered item",
     "4. Harriet & Desmond Fairclough-Ames, +44 7700 900123, Leeds", ["Harriet"]),
    ("the same after a list's lead line", "(U) Per the warden list:\n2. Ottilie & Bernhard Schwendimann-Roth, +41 79 555 0188",
     ["Ottilie"]),
    # letters spaced out
    ("a name written letter by letter, two spaces between its words",
     "(U) The fax header reads: M a r g a r e t  O k o n k w o, for the clinic.", ["M a r g a r e t  O k o n k w o"]),
]


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a place in parentheses after a name", "(U) We met Idris Kamara-Bangura (Makeni) and his lawyer on Tuesday.",
     ["Makeni"]),
    ("an organisation's acronym in parentheses after a name", "(U) Kofi Asante-Darko (UNICEF) chaired the meeting.",
     ["UNICEF"]),
    ("a nationality in parentheses after a name", "(U) A second witness, Radu Ionescu-Varga (Romanian), left.",
     ["Romanian"]),
    ("an acronym between two names in capitals", "1. (U) HASSAN OMAR (UNHCR) AND GRACE WANJIRU (WFP) ATTENDED.",
     ["UNHCR", "WFP"]),
    ("a list of names, each with a word in lower case in parentheses",
     "(U) Attendees:\nAmina Bello-Sani (nurse)\nChidi Okafor-Eze (driver)\n", ["nurse", "driver"]),
    ("a letter-spaced banner", "C O N F I D E N T I A L SECTION 01 OF 02 NAIROBI 001234\n\n1. (C) SUMMARY: TALKS STALLED.",
     ["C O N F I D E N T I A L", "SECTION", "NAIROBI"]),
    ("a bracketed single letter list", "(U) Options (a) and (b) were set out in the note.", ["Options"]),
]


# each case with the check it needs: covered whole, or no PERSON finding on the words
CASES = [(True, *case) for case in MUST_COVER] + [(False, *case) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("cover,kind,text,strings", CASES,
                         ids=[f"{'cover' if c else 'not'}-{k}-{i}" for i, (c, k, _, _) in enumerate(CASES)])
def test_round26(detector, cover, kind, text, strings):  # noqa: F811
    check = assert_every_occurrence_covered if cover else assert_no_person_on
    check(detector, text, strings, kind)
