"""Names recall and precision by class (issue 9, round 50, fixnames50b: heldout50's misses).

- A full name whose surname is an ordinary word that NER cuts off is completed where the layout says the name ends
  there (`detection/postprocess.py` `_word_surname_by_layout`): an age after it, a person's verb or a person's
  noun in parentheses (`NORMAN DEAN | PLANT, 80,`); surname first before a given name and initial found
  (`_given_and_initial_end`); surname first before a message's e-mail address holding the surname
  (`inverted_name`: `From: Salt, Graham <SaltG@...>`); a month's, place's or word's surname on a line of two
  list entries or more with initials (`listed_initials_name`: `OCTOBER, P.`); a word surname after a one-word
  nickname in quotes after a person's noun (`HIS BROTHER "TOFFEE" SALT`).
- Lower-case full names in chats and notes (`lower_case_name`): a known given name and the word after it after a
  person's cue or a copula (`is norman plant the one`), where the clause ends or a stop word follows.
- Precision: a town named after a person (`PRINCE ALBERT`: title and name, or a word found after the place's
  first word), potteries named after founders (`brands`), a school opened by `Laerskool` (`place_words_before`),
  an island's `Dweep` (`place_words`), a brand's name is no surname for cued_surname or the mention propagation.

Every name below is invented for these tests; none is a held-out corpus's sentence. Each MUST_FIND case fails on
main e8e4ac0d (/tmp/m50) and passes here; so does each case of MUST_NOT_FIND."""
from __future__ import annotations

from test_name_classes import detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("a surname that is a word, cut off by NER, before an age",
     "1. ACS LEARNED ON 3 APRIL THAT AMCIT NORMAN DEAN PLANT, 80, OF BOISE, IDAHO, DIED AT THE COUNTY HOSPITAL.",
     ["NORMAN DEAN PLANT"]),
    ("surname first before the e-mail address of a message's address line",
     "From: Salt, Graham <SaltG@state.gov>\nSent: Friday, June 5, 2009 4:40 PM\nSubject: passport renewal",
     ["Salt, Graham"]),
    ("a month's name for a surname, a list entry with an initial among others",
     "1. ATTENDEES (SURNAME FIRST): DOBBINS A.; OCTOBER, P.; PRYKE M.; BUCKET T.L.; HAWLEY R.J..", ["OCTOBER, P."]),
    ("a word surname after a nickname in quotes after a person's noun",
     '2. (SBU) THE DETAINEE NAMED HIS BROTHER "TOFFEE" SALT, WHO OWNS A GARAGE IN LONGTON.', ['"TOFFEE" SALT']),
    ("a lower-case given name and its word surname after a copula in a chat",
     "[11:22] bev: is norman plant the one who rang?", ["norman plant"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_FIND = [
    ("a town named after a person, after a title", "1. (U) THE WOOL TRUCKS LEFT PRINCE ALBERT AT DAWN FOR PORT ELIZABETH.",
     ["ALBERT"]),
    ("a pottery named after its founder", "2. (U) THE DOULTON AND SPODE WORKS HAVE CLOSED.", ["SPODE"]),
    ("a pottery named after its founder, two words", "2. (U) TOURISTS STILL BUY SPODE AND ROYAL DOULTON IN BURSLEM.",
     ["ROYAL DOULTON"]),
    ("a school opened by Laerskool", "Our guide studied at Laerskool Danie Theron in the Karoo.", ["Danie Theron"]),
    ("an island's name ending in Dweep", "Ferries to Swaraj Dweep leave at six; NETAJI SUBHAS CHANDRA BOSE DWEEP is closed.",
     ["Dweep", "BOSE DWEEP"]),
]

test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)
