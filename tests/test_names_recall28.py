"""Names recall and precision (issue 9, round 28): a name a person goes by, standing alone in a
pair of quotes. Chosen because it recurs in every blind corpus (heldout20-27: a fixer, a clerk,
a son or a DJ known by one quoted word), not for one corpus's miss list.

A word the residual net flags as a possible name that fills a pair of quotes (one to three
words, the last no English word) is redacted, unless the words around make it a term, a title
or a group's name: an article, OF or BY right before the quotes, an opening parenthesis (a
gloss), in mixed case a capitalized word (an organisation's short name after its name), or a noun right after the closing quote that the quotes modify (the "..." group, the
"..." trial).

Cases that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a quoted one-word name after a copula, capitals, end of sentence",
     "2. (C) THE SMUGGLERS USE A LOCAL GUIDE. THEIR GUIDE IS \"ZOBRANKO\".\n", ["ZOBRANKO"]),
    ("a quoted one-word name after a kin noun, mixed case, a verb after",
     "(SBU) The applicant's cousin \"Tivelka\" works at the bus depot in the capital.", ["Tivelka"]),
    ("a quoted name after a kin noun, capitals, AND after",
     "3. (C) HIS DAUGHTER \"VELISHKA\" AND TWO NEPHEWS WERE DETAINED AT THE CROSSING.", ["VELISHKA"]),
    ("a quoted name between dashes, mixed case",
     "(C) The go-between -- \"Omrakko\" -- collects the fees at the border post.", ["Omrakko"]),
    ("a quoted name after SAID, capitals, a verb after",
     "2. (C) THE WITNESS SAID \"DRUVANI\" HAS A PRIOR ARREST IN THE CAPITAL.", ["DRUVANI"]),
]


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a quoted group name before a noun it modifies, mixed case",
     "(C) He says he was threatened by the \"Vorskal\" group in the market.", ["Vorskal"]),
    ("a quoted newspaper after OF, capitals",
     "1. (U) POLOFF MET THE EDITOR OF \"KUNDRAVEK\", A WEEKLY, ON MONDAY.", ["KUNDRAVEK"]),
    ("a quoted term after an article, capitals",
     "2. (C) THE ELDER SAID HE WAS ONCE A \"ZOVRANI\" IN THE OLD ARMY.", ["ZOVRANI"]),
    ("a quoted gloss in parentheses, capitals",
     "1. (U) THE FEUD (\"MARANDU\") BETWEEN THE TWO CLANS ENDED IN MAY.", ["MARANDU"]),
    ("a quoted name before a noun it modifies, capitals",
     "1. (U) POLICE DETAINED A \"TRAVNOSK\" REPORTER AND HIS DRIVER.", ["TRAVNOSK"]),
    ("an organisation's short name in quotes after its name, mixed case",
     "(U) We met the director (Roma Center for Health Policies \"Movralenka\") in the afternoon.", ["Movralenka"]),
    ("quoted words ending in an English word",
     "(U) The mayor calls it \"Kelvanta Diplomacy\" in his speeches.", ["Kelvanta Diplomacy"]),
]


# both lists as one: (kind, text, words, whether they are names)
CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_quoted_words(detector, kind, text, words, names):  # noqa: F811
    """A name in quotes is covered whole; a term, a group or a gloss in quotes is not a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
