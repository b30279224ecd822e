"""Names recall and precision by class (issue 9, round 50, fixnames50: lone word surnames, clan surnames, contacts).

- A surname shown in the same document in a full name, after a title, or surname first (`WANDA CASH`, `Mr Heard`,
  `KO MYUNG-SOOK`) is the person again alone in any case, in the plural, possessive or in a hyphenated compound
  (`CASH SAID`, `heard says`, `THE CASHES`, `CASH'S`, `KO-GO`), decided by context in the mention propagation
  (`detection/word_surname_mentions.py`): never after a determiner, pronoun or auxiliary (`the lock`, `she heard`,
  `IS STILL`), a plural only after `the`; a capital inside a mixed-case sentence is enough, otherwise a person's verb
  after it, a possessive, a person's noun before it, a gloss, or an item of a list of persons must say person. Short
  Korean clan surnames (`KO`, `GO`, `BOO`) count though shorter than the propagation's minimum.
- E-mails written with words: an address after an `at` that is no address's (`write to her at x dot y at z dot com`)
  and the example domains RFC 2606 reserves.
- Homes by landmark that open their own description (`the cottage with the green gate opposite the Plough Inn`) or
  follow `his place`, `farm is`.
- Display names of an IRC-style chat log (`<kestrel> who has the file`), all of letters only (not a log of log-ins:
  `<wendell_77>`; nor a log-in's shape, an initial glued to a known surname or two consonants no English word opens
  with, `jholloway`, `kbeasley`), and the same name as a label (`marnie: sent`).
- Precision: a name's word used as the noun it also is, after its modifier (`great tit`, `THE PENDULINE TIT`).

Every name below is invented for these tests; none is a held-out corpus's sentence. Each MUST_FIND case fails on
main e8e4ac0d (/tmp/m50) and passes here; so does each case of MUST_NOT_FIND."""
from __future__ import annotations

import pytest

from test_name_classes import assert_contact_covered, detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("word surname alone in capitals on the subject line, joined to another name found",
     "SUBJECT: CASH / HOLLOWAY VISA CASE\n1. (SBU) AMCIT WANDA CASH AND HER SON, DALE HOLLOWAY, MET CONOFF.",
     ["CASH /"]),
    ("clan surnames in the plural, two families joined",
     "1. (C) KO MYUNG-SOOK, 71, A DIVER FROM HALLIM, MET CONOFF. HER SON, BOO JAE-HYUN, WAS HELD. THE KOS AND "
     "THE BOOS ARE COUSINS.", ["KOS", "BOOS"]),
    ("clan surnames in a hyphenated compound after the full name of one",
     "2. (C) GO HYE-RIN, 58, RUNS A SHOP IN HAMDEOK. THE KO-GO FAMILY HAS LIVED THERE SINCE 1950.", ["KO-GO"]),
    ("word surnames in lower case in the plural, families joined",
     "Notes: Ruth Heard and Amos Church came in. the heards and the churches both rent from him.", ["heards"]),
    ("word surnames in lower case joined in a list",
     "Notes, 2 June: Ruth Heard and Amos Church came in at ten.\nlater heard and church left together.",
     ["heard", "church"]),
    ("display names of an IRC-style chat log, no list knows them, and the same name as a label",
     "irc export, 4 March\n<kestrel> who has the file\n<marnie> me\n<kestrel> ok send it\nmarnie: sent",
     ["kestrel", "marnie", "marnie:"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_FIND = [
    ("the word heard after a pronoun", "Ruth Heard phoned the consulate. She heard the news on Tuesday.", ["heard the"]),
    ("the word heard after an auxiliary, in capitals",
     "1. (SBU) HIS NEPHEW ROBERT HEARD WAS HELD IN TAUNTON. NEIGHBOURS HAD HEARD SHOTS.", ["HEARD SHOTS"]),
    ("the word church after a determiner, in capitals",
     "1. (SBU) KENNETH ARTHUR CHURCH WAS DETAINED. HE WAS SEEN AT THE CHURCH ON SUNDAY.", ["CHURCH ON"]),
    ("the word lock after a determiner", "Tobias Lock met us at noon. The lock on the gate was broken.", ["lock on"]),
    ("the word cash before a noun, lower case", "Applicant Wanda Cash paid the fee. the shop takes cash only.",
     ["cash only"]),
    ("a clan surname used as a verb", "2. (C) GO HYE-RIN RUNS A SHOP. SHE WILL GO TO SEOUL IN MAY.", ["GO TO"]),
    ("log-in names of an IRC-style log, an initial glued to a surname",
     "<kbeasley> the file is back\n<tmcready> which one\n<kbeasley> the old one", ["kbeasley", "tmcready"]),
    ("a bird after its modifier, in lower case", "notes, 3 may: saw a great tit and a penduline tit. Tit Moraru, "
     "the boatman, says the reeds burned.", ["great tit", "penduline tit"]),
    ("a bird after its article and modifier, in capitals",
     "1. (U) THE SURVEY WILL RING THE GREAT TIT. THE GUIDE IS TIT MORARU-IVANOV OF CRISAN.", ["GREAT TIT"]),
]

test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)

# (kind, text, contact whose every letter and digit findings of any type must cover)
CONTACTS = [
    ("an e-mail with dot words after an `at` that is none",
     "Write to her at dorrie dot plum at example dot com after Monday.", "dorrie dot plum at example dot com"),
    ("an e-mail with dot words at an example domain", "Reach me at ivyplum at hotmail dot example please.",
     "ivyplum at hotmail dot example"),
    ("a home that opens its own description by a landmark",
     "Notes: visit the cottage with the green gate opposite the Plough Inn after five.",
     "the cottage with the green gate opposite the Plough Inn"),
    ("a home after `his place`, by its landmarks",
     "we drove to his place out past the grain silo by the old mill, the trailer with the red roof.",
     "out past the grain silo by the old mill, the trailer with the red roof"),
]


@pytest.mark.parametrize("kind,text,contact", CONTACTS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CONTACTS)])
def test_contacts_are_found(detector, kind, text, contact):  # noqa: F811
    assert_contact_covered(detector, text, contact, kind)
