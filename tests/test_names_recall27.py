"""Names recall and precision (issue 9, round 27): a later mention of a name the document already
redacted, by one of its words, where a reviewer would redact it too. Chosen because it recurs in
every blind corpus (a surname alone, a possessive, a word of a name in a chat written in lower
case), not for one corpus's miss list:

- a word of a redacted name followed by its possessive (`GURUNG'S BROTHER`) or by a person's cue
  (a person's verb, a copula: `GURUNG SAID`, `Tamang said`), even when the lexicon also reads the
  word as a people's name;
- a word of a redacted name written in lower case (`tarek's sister`), when it is no English word
  and not part of a user name or link. (The residual net finds both after its promotions, so a
  name it promoted counts too.)
- a word the residual net flags as a possible name, with its possessive (`OKONKWARI'S FORCES`),
  unless a word before makes it a place's, saint's or storm's or the noun after is a title or an
  institution's (`KALVORAMBE'S MAYOR`, `St. Brannock's school`, `Velmorinta's office`).

Cases that must be covered whole, and cases that must not be taken for a person. Every name is
invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a surname that is also a people's name, alone before SAID, capitals",
     "1. (C) POLOFF MET BIKRAM GURUNG AND HIS WIFE IN POKHARA ON MAY 3. GURUNG SAID THE SPONSOR HAD LEFT.",
     ["GURUNG"]),
    ("the same in mixed case, after a parenthesis closing a sentence",
     "(U) Contact: Parbati Tamang (Nepal). Tamang said her agent kept the passport.", ["Tamang"]),
    ("a people's name as surname, its possessive before a kin noun, capitals",
     "1. (C) POLOFF MET BIKRAM GURUNG IN POKHARA ON MAY 3. GURUNG'S BROTHER RUNS THE AGENCY.", ["GURUNG'S"]),
    ("the same in mixed case",
     "(SBU) Our fixer is Pasang Lhamu Sherpa of Lukla. Sherpa's husband drove us to the airstrip.", ["Sherpa's"]),
    ("a given name's possessive in lower case in a note",
     "(U) Applicant Tarek Walid Haddad-Moore lists his uncle in Ohio. Passport RL4410987. tarek's sister, "
     "Lina Moore, is American.", ["tarek's"]),
    # a word the net flags, with its possessive, where nothing says a place or an institution
    ("a rare word's possessive before an ordinary noun, capitals, nothing found before",
     "2. (S//NF) OKONKWARI'S FORCES MOVED BY NIGHT TO THE RIVER CROSSING.", ["OKONKWARI'S"]),
    ("a rare word's possessive after SAID, capitals",
     "1. (C) THE GUARDS SAID ZVIKOMBORERO'S TRUCK LEFT BEFORE DAWN.", ["ZVIKOMBORERO'S"]),
]


# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a people's name after THE, capitals, a name of that people found before",
     "1. (U) POLOFF MET ANG DAWA SHERPA IN NAMCHE. THE SHERPA SAID THE ROUTE WAS CLOSED.", ["THE SHERPA SAID"]),
    ("a given name that is a word after WE, capitals",
     "1. (U) AMCIT HOPE ELIZABETH WHITE-KING IS SAFE. WE HOPE THE FAMILY WILL CALL TODAY.", ["WE HOPE THE"]),
    ("an English word in lower case equal to a word of a name found",
     "(U) We met Rosa Hope Mbeki in Durban. we hope she calls back soon.", ["we hope she"]),
    ("a word of a name in lower case after an article",
     "(U) We met Ana Lundqvist in Malmo. the lundqvist office is closed.", ["lundqvist office"]),
    ("a word of a name in lower case inside a user name",
     "(U) Applicant Tarek Walid Haddad-Moore lists his uncle in Ohio. See @tarek.haddad on Instagram.",
     ["@tarek.haddad"]),
    ("a town's possessive before a title", "1. (U) KALVORAMBE'S MAYOR, A FORMER TEACHER, MET POLOFF.", ["KALVORAMBE'S"]),
    ("a saint's possessive naming a school", "(U) St. Brannock's school was spared by the flood.", ["Brannock's"]),
    ("a storm's possessive", "(U) Typhoon Marisolda's track moved north overnight.", ["Marisolda's"]),
    ("an organisation's possessive before its office", "(U) Velmorinta's office filed the complaint on Monday.",
     ["Velmorinta's"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[kind for kind, _, _ in MUST_COVER])
def test_later_mentions_are_covered(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[kind for kind, _, _ in MUST_NOT_MATCH])
def test_words_are_not_taken_for_names(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)
