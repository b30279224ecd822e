"""Names recall and precision (issue 9, round 30): names that the words in parentheses around
them say are persons, a class that recurs across the blind corpora heldout20-29 rather than in
one of them.

- A word that may be a name (no English word in use, or a known name) right before a gloss in
  parentheses that says a person: the gloss opens with a name found (titles allowed before it),
  is a child's age, or is a short role in lower case ending in a word for a person
  (`names.gloss_person_words`, person nouns, one-word titles, nouns of a doer), or says the
  person has one name (`PostProcessor._glossed_names`).
- A nickname in quotes inside parentheses right after a name found may open with a lower-case
  article and be followed by an age or a gloss; a nickname in quotes before a name found in
  parentheses may have `REAL NAME` or `ALIAS OF` before that name (`_PAREN_NICKNAME_AFTER`,
  `_PAREN_NICKNAME_BEFORE`).

- A sign-off: one to three words that may be names closing the text's last line (or a line a
  quoted reply follows), alone, after a dash or `Regards,`, or after a sentence's end on that
  line (`PostProcessor._sign_off_names`).
- A word in lower case, a possessive and a person's noun or a thing a person has (`tembakazi's
  cousin`), not after a determiner (`PostProcessor._lower_case_possessives`).
- A nickname in quotes after a verb that gives a person's name: one only a person takes (`goes
  by`, `calls herself`), or `called`, `named`, `known as` right after a name found or a word for a
  person, a nationality's included (`PostProcessor._named_nicknames`).

Places, acronyms, closing words, nouns for a person and terms that a document defines in
parentheses stay no persons.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole)
MUST_COVER = [
    ("a one-word name before a role in lower case",
     "The clerk at the port said that Vettorazzu (the night watchman) saw the truck leave.\n",
     ["Vettorazzu"]),
    ("a one-word name before a locally employed staff gloss, after a title",
     "09:40 Officer Mannuzzu (LES) checked the applicant's documents twice.\n",
     ["Mannuzzu"]),
    ("a one-word name before a one-name gloss, in capitals",
     "3. (C) THE ELDERS SAID THAT NGOMBALI (ONE NAME), A RIVAL CHIEF, BURNED THE GRANARY.\n",
     ["NGOMBALI"]),
    ("a one-word name before the person's full name in parentheses",
     "Tobruzhan (Ilyas Vakhitov Tobruzhanov) phoned the duty line twice on Sunday.\n",
     ["Tobruzhan"]),
    ("children's names before their ages",
     "The family's list: Wendimu (7) and Alganesh (4) stay with the grandmother.\n",
     ["Wendimu", "Alganesh"]),
    ("a nickname in quotes with a lower-case article and the age after it, in parentheses",
     "Her cousin Nalaka Wijeratne (\"el Tuerto\", 31) left the camp in March.\n",
     ["el Tuerto"]),
    ("a nickname in quotes before the real name in parentheses, in capitals",
     "4. (S) POLICE SAY \"EL ZORZAL\" (REAL NAME OSVALDO QUIROGA PEÑA) RUNS THE ROUTE.\n",
     ["EL ZORZAL"]),
    ("a first name signing off after a dash, mixed case",
     "The clinic reopens on Monday, call me on 0612 445 901 when you land. - Zvonimira\n",
     ["Zvonimira"]),
    ("a surname signing off after the last sentence, in capitals",
     "5. (C) THE CONVOY LEFT BEFORE DAWN AND REACHED THE CAMP AT NOON. TREGUNNA\n",
     ["TREGUNNA"]),
    ("a first name after Regards, before a quoted reply",
     "I will bring the forms on Thursday. Regards, Tsegaye\n> On 3 May you wrote:\n> please send the forms\n",
     ["Tsegaye"]),
    ("a surname in lower case before a possessive and a person's noun",
     "[11:02] dkoh: court moved again. ok. tembakazi's cousin says friday now\n",
     ["tembakazi's"]),
    ("a surname in lower case before a possessive and a thing a person has",
     "- 14:10 spoke to the warden. nyirongo's passport is still with immigration\n",
     ["nyirongo's"]),
    ("a nickname in lower case after goes by",
     "[10:15] ops: the new fixer goes by \"kiki\" on signal\n", ["kiki"]),
    ("a nickname after a nationality's word and called, in capitals",
     "3. (C) A COLOMBIAN CALLED \"EL PAISA\" RUNS THE BOATS FROM TUMACO.\n", ["EL PAISA"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a town before its other name in parentheses",
     "(U) The delegation drove from Kharbuz (Qarabuz) to the border post.\n", ["Kharbuz"]),
    ("an acronym before a marking in parentheses, mixed case",
     "The MVRT (SBU) team met the governor on Monday.\n", ["MVRT"]),
    ("a town after a preposition before a role gloss",
     "The funeral home in Zandvoort (the old man's) was closed.\n", ["Zandvoort"]),
    ("terms a contract defines in quotes and parentheses",
     "Marta Ferreira (\"the Buyer\") and Tolkin Ltd (\"the Seller\") signed the lease.\n",
     ["the Buyer", "the Seller"]),
    ("a city alone on the last line", "The meeting ends at noon.\nWashington\n", ["Washington"]),
    ("a closing word on the last line", "Please reply by Friday. Thanks\n", ["Thanks"]),
    ("a company's possessive in lower case after an article",
     "[09:00] ops: the company's phone is down again\n", ["company"]),
    ("a noun for a person before a possessive in lower case",
     "[09:05] ops: petitioner's attorney called twice\n", ["petitioner"]),
    ("a program's name in quotes after called",
     "The new program called \"Safe Streets\" starts Monday.\n", ["Safe Streets"]),
    ("a group's name in quotes after a determiner",
     "4. (U) THE ARMY CALLS THEM \"OUR BOYS.\" IN ITS BROADCASTS.\n", ["OUR BOYS"]),
    # (fixnames30: a reviewer's over-redactions of names30's rules, reworded)
    ("a vehicle after its maker before a count in parentheses",
     "(U) The patrol stopped a Toyota Hilux (4) and two trucks at the ford.\n", ["Hilux"]),
    ("a weapon before a count in parentheses and its noun",
     "(U) The cache held Dragunov (2) rifles and Tokarev (3) pistols under the floor.\n", ["Dragunov", "Tokarev"]),
    ("products in a list of things counted in parentheses",
     "Seized at the checkpoint: Hilux (4), Dragunov (2), radios (7).\n", ["Hilux", "Dragunov"]),
    ("an organisation's acronym glossed by its role, in capitals",
     "2. (C) ECCAS (MEDIATOR) AND MONUSCO (OBSERVER) ATTENDED THE TALKS IN LUANDA.\n", ["ECCAS", "MONUSCO"]),
    ("a company in capitals glossed by its role",
     "3. (SBU) DAI GLOBAL SUBCONTRACTED TETRATECH (CONTRACTOR) FOR THE SURVEY.\n", ["TETRATECH"]),
    ("a company glossed by its role in lower case",
     "The trial is run by Boehringer (sponsor) at three clinics.\n", ["Boehringer"]),
    ("a common word in quotes after uses the name",
     "The coalition uses the name \"Rainbow\" on its ballots.\n", ["Rainbow"]),
    ("a common word in lower case in quotes after signed as",
     "The memo was signed as \"approved\" by the desk on Friday.\n", ["approved"]),
    ("a phrase opening with the in quotes after goes by",
     "The audit goes by \"the rules\" this year.\n", ["the rules"]),
    ("an acronym in lower case before a possessive and a person's noun",
     "[10:20] ops: unicef's lawyer sent the draft again\n", ["unicef"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_names_by_the_words_around_them(detector, kind, text, words, names):  # noqa: F811
    """A name glossed as a person in parentheses, signing off or before a possessive and a
    person's noun is covered whole; a place, an acronym, a closing word, a noun for a person or
    a defined term is no person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)


@pytest.mark.parametrize("spec", [{"determiners": ["The"]}, {"sign_off_words": ["regards", "regards"]},
                                  {"naming_verbs": {"person": ["* by"]}}, {"naming_verbs": {"general": ["Called"]}}])
def test_the_word_lists_of_these_rules_are_checked_on_load(spec):
    """The determiners, sign-off words and naming verbs (rules/entities.yaml `names:`) are words
    in lower case, none listed twice, `*` (one word) only inside a naming verb."""
    from pydantic import ValidationError

    from sbu_redact.detection.settings import NamesSpec
    required = {"titles": [], "leads": [], "particles": [], "stop_words": []}
    NamesSpec(**required, determiners=["the"], naming_verbs={"person": ["signs * as"]})
    with pytest.raises(ValidationError, match="lower case|listed twice"):
        NamesSpec(**required, **spec)
