"""Names recall and precision by class (issue 9, round 47, fixnames47).

Fixed by class (vocabulary and context words in rules/entities.yaml; no corpus string listed):

- Lower-case names in chats and notes with no cue word before (`lower_case_name`, `chat_line_name`): a known
  given name or surname that English also uses as a word (`guy`, `west`, `ward`, `noble`) is taken only where a
  person stands: opening a clause before a verb of saying or calling (`slot_verbs`), after a verb that asks,
  tells or calls a person with a clause's end after it (`slot_cues`, `slot_followers`), in the possessive opening
  a clause; never after a determiner, never a stop word (`will`, `may`), never a word English uses more than
  `slot_max_zipf` (`long`, `love`). A greeting or thanks is a cue before a name-like word (`hi`, `hey`, `thanks`);
  a reply's quoted line (`> ...`) is read as prose.
- The surname after a given name found in lower-case prose (`lower_case_surname`): a known surname English
  uses as a word, up to `slot_max_zipf`, before a clause's end (`and <given> marsh.`).
- A ship's prefix written in lower case is no prefix (`hi its <name> here`: ITS is an Italian navy prefix).
- Later mentions: a common word after a determiner is not a later mention of a surname found
  (`HOLDER TOLD US ...`, then `THE HOLDER SAID`).
- Families (`PostProcessor._families`, the one propagation of names found): the second half of a double
  surname found names its family (`Ridley-Chase`, then `the Chases`); two word plurals joined by `and` are both
  families when both are plurals of known surnames and one is the surname of a person named (`ALASDAIR MASON
  ... THE MASONS AND THE WARDS`; not `THE GREENS AND THE GERMANS`).
- Surname-first entries with initials (`listed_initials_name`): a numbered item read as a portion of its own
  whose words are known names English uses little (`2. <NAME> H.`).
- Iban and Malay `anak` patronymics whose father's name is also a place and a title (`anak Dayang`), last in the
  name.

Every name and place below is invented for these tests; none comes from a held-out corpus. Each MUST_FIND
case fails on the starting commit be2bae98 and passes here; each MUST_NOT_FIND case fails there too (a
PERSON finding on the words) and passes here; GUARDS pass on both."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("a surname that is a word, opening a clause before a verb of calling, in lower-case notes",
     "notes 4/3: boat still on the slip. ward rang about the insurance forms again this morning", ["ward"]),
    ("a surname that is a word after 'talked to', a clause's end after it",
     "quick update: talked to guy at the chandlery, he says the engine parts are due tuesday", ["guy"]),
    ("a surname that is a word after 'then', before a verb of coming",
     "the nets are mended and dried. spoke to the harbour clerk, then noble came by with the keys", ["noble"]),
    ("a surname that is a word after 'spoke to', before 'and'",
     "went down to the pier this morning and spoke to west and the clerk about the berthing fees", ["west"]),
    ("a name after a greeting in a note in lower case",
     "hi torvaldine - the boat papers came back from the registry. can you ring them after six.\nthanks",
     ["torvaldine"]),
    ("a name in a reply's quoted line after tell",
     "can we still meet on friday at the hall?\n> sorry no, the ferry is off that day. tell oluwaseyi i said hi", ["oluwaseyi"]),
    ("a name after 'its' in a note in lower case",
     "hi its vesna dragulova here, i need the visa appointment moved to next week please", ["vesna dragulova"]),
    ("a surname that is a word after a given name found, before a clause's end, in lower-case notes",
     "got the forms back today. the cousins say thank you too, and hettie wood. we will be at the fair in june",
     ["hettie wood"]),
    ("a family by the plural of the second half of a double surname found",
     "(SBU) Conoff met Desmond Ridley-Chase on 4 May. He said the family of his late father, the Chases of "
     "Bartica, have disowned him.", ["Chases"]),
    ("two families joined, word plurals of known surnames, one of a person named",
     "3. (SBU) CONOFF MET ALASDAIR MASON ON 2 JUNE. THE MASONS AND THE WARDS OWN THE TWO SMOKEHOUSES IN THE VILLAGE.",
     ["MASONS", "WARDS"]),
    ("numbered one-line items, surname first with initials, each read as its own portion",
     "Signatures on the petition, as written:\n  1. Mirwais Khan s/o Sher Khan, CNIC 15202-1234567-1\n  2. GULNAZ H.\n"
     "  3. FARIDA S.K.\n", ["FARIDA S.K."]),
    ("an Iban name with anak whose father's name is a place and a title",
     "(SBU) The tuai rumah, Entingi anak Dayang, met Conoff at the longhouse on 4 May.", ["Entingi anak Dayang"]),
]

# (kind, text, words no PERSON finding may overlap): found as persons on the starting commit, not here
MUST_NOT_FIND = [
    ("a common noun after THE is no later mention of a surname that is that word",
     "1. (SBU) HOLDER TOLD POLOFF THE PERMIT HAD LAPSED.\n2. (U) THE HOLDER SAID HE WOULD PAY BY MONDAY.",
     ["THE HOLDER SAID"]),
]

# (kind, text, words no PERSON finding may overlap): precision guards, pass on both commits
GUARDS = [
    ("stop words and words in use where a person could stand",
     "notes: will said nothing new at the meeting. ask the clerk if may is too late for the survey. "
     "the guy at the desk was helpful, then long came the reply.", ["will", "may", "guy at", "long"]),
    ("an ordinary noun after a verb of telling, a noun after it",
     "tell the truth about the costs. call home before six and ring bell tower staff.", ["truth", "home", "bell"]),
    ("a common noun in the possessive after a determiner",
     "the report is done. the guy's boat is on the slip and the ward's nurse rang", ["guy's", "ward's"]),
    ("a plural joined to a people's name is no family",
     "2. (U) CONOFF MET HUGH GREEN ON 3 MAY. THE GREENS AND THE GERMANS VOTED AGAINST THE MOTION.", ["GERMANS"]),
    ("Malay children in a school are no name",
     "Anak-anak sekolah walked to the longhouse for the ceremony on Monday.", ["Anak-anak sekolah"]),
]


test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)


@pytest.mark.parametrize("kind,text,words", GUARDS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(GUARDS)])
def test_guards_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
