"""Names recall by class on heldout45's remaining misses (issue 9, round 46, fixnames46).

Fixed by class (vocabulary in rules/entities.yaml, one concept in one place):

- Families in the plural with no verb of persons after them (`MentionPropagation._cued_families`): a
  surname's particle between the article and the plural (`THE DE VOSSERS`, taken from `names.particles`,
  and covered with the plural), the plural's possessive (`THE RAMKHELAWANS' SHOP`), where they are from
  between the plural and the verb (`the Farquharsons in Toronto want`; `mentions.family_place_prepositions`),
  an adverb before the verb (`THE BHAGWANDINS ALSO OWN`; `mentions.family_adverbs`), any past participle
  after an auxiliary (`the Xs had opened`), and work for a family (`worked for the Sookhais`;
  `mentions.family_words_before`).
- Surnames that are words, alone in a name's slot (`cued_word_name.known_surnames`): a known surname
  that English uses (`Holder said`, `Chase told`) under the recognizer's cues, a title word alone right
  before a person's verb (`Prince told`; not `Crown Prince said`, `The Prince said`), an apposition of a
  person's noun or title after it (`HOPE, THE DRIVER,`); never after another capitalized word (`the
  Dutch Reformed Church said`).
- A short surname in capitals opening a clause before a verb said only of a person's body or liberty
  (`person_slots.caps_lone_verbs_after`: `SIAW WAS ARRESTED`, `LAU WAS RELEASED`); no person's noun
  (`HOSTAGE WAS RELEASED`), no acronym's shape.
- The owner's name after `OF` in a small business's name (`business_owner_name`, a new recognizer:
  `THE SHOP OF DINESH`, `the Bakery of Sudhakar`; not `THE SHOP OF HORRORS`, `THE HOTEL OF LONDON`).
- Iban and Malay `anak` (child of) joins a given name and the father's into one person's name
  (`names.filiation_particles`, `names.particles`: `Jugah anak Bangkit`).
- Quoted nicknames after a naming word and `as` (`quoted_nickname.as_naming_words`: `A MAN WHO SIGNS AS
  "MAJOR,"`, `known in Kandy only as "Bobby Sir."`), the sentence's punctuation inside the quotes.
- Notes typed in lower case: a rare word capitalized inside a sentence that the notes also write in
  lower case is a name both ways (`lower_case_mentions`: `Spoke to Wirawan ... later wirawan came back`).

Measured with `python benchmarks/ner_heldout.py --corpus tests/corpus/ner/heldoutNN.yaml --errors`,
BEFORE on the starting commit de49986d (main) and AFTER on this branch:

(full-name coverage all / mixed / caps, precision on maximal spans, street addresses, not_persons hits)

| corpus | before | after |
|---|---|---|
| heldout45 | 389/461 = 0.844 / 189/238 = 0.794 / 200/223 = 0.897, P 0.953, contacts 96/132 = 0.727, streets 18/36, not_persons 27/438 | 399/461 = 0.866 / 195/238 = 0.819 / 204/223 = 0.915, P 0.954, contacts 96/132 = 0.727, streets 18/36, not_persons 27/438 |
| heldout44 | 461/547 = 0.843 / 231/285 = 0.811 / 230/262 = 0.878, P 0.927, contacts 118/141 = 0.837, streets 19/28, not_persons 45/469 | 462/547 = 0.845 / 231/285 = 0.811 / 231/262 = 0.882, P 0.928, contacts 118/141 = 0.837, streets 19/28, not_persons 45/469 |
| heldout43 | 358/432 = 0.829 / 175/214 = 0.818 / 183/218 = 0.839, P 0.931, contacts 94/123 = 0.764, streets 14/25, not_persons 39/677 | 358/432 = 0.829 / 175/214 = 0.818 / 183/218 = 0.839, P 0.931, contacts 94/123 = 0.764, streets 14/25, not_persons 39/677 |
| heldout42 | 503/563 = 0.893 / 245/285 = 0.860 / 258/278 = 0.928, P 0.916, contacts 122/139 = 0.878, streets 30/39, not_persons 31/558 | 503/563 = 0.893 / 245/285 = 0.860 / 258/278 = 0.928, P 0.916, contacts 122/139 = 0.878, streets 30/39, not_persons 31/558 |

heldout45: full names 389 -> 399 (families THE PERSAUDS x2, DE KRETSERS, the Forbeses, the Ramnarines, the
Chotteyandas; Prince; quoted "Tallest.", "Bad Boy", "CAPTAIN," now covered), precision 0.953 -> 0.954,
not_persons 27 -> 27. heldout44: KING (a title word alone before a person's verb) 461 -> 462. heldout43 and
heldout42 unchanged (an earlier step's FPs there, `the bakers of Ganish` and `Village Tongpal ... tongpal`,
were fixed before the final run).

Not fixed: street addresses in local forms (18/36 on heldout45; no change), clan names alone and in
surname-first lists (`PALANGANDA`, `KOTERA, PONNAMMA`), lower-case names no other line writes
capitalized (`koch`, `loos`, `reggie`, `ram`), quoted names opening a sentence (`"Granny Vi" is ...`).

Every name and place below is invented; none comes from a held-out corpus. Each MUST_FIND case fails on
the starting commit de49986d; GUARDS pass on both (precision kept by this branch's rules)."""
from __future__ import annotations

import pytest

from test_name_classes import assert_names_covered, assert_no_person_on, detector  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("a family by its particle, no verb after", "2. (C) THE HOUSE BELONGED TO THE DE VOSSERS UNTIL 1990.", ["DE VOSSERS"]),
    ("a family's plural possessive", "2. (C) THE WORKERS SAID THE RAMKHELAWANS' SHOP WAS CLOSED.", ["RAMKHELAWANS"]),
    ("a family, where it lives, then its verb", "(SBU) She said the Farquharsons in Toronto want the child back.",
     ["Farquharsons"]),
    ("a family, an adverb, then its verb", "2. (C) THE BHAGWANDINS ALSO OWN A RICE MILL IN CANJE.", ["BHAGWANDINS"]),
    ("a family someone worked for", "(U) A driver who worked for the Sookhais until June was questioned.", ["Sookhais"]),
    ("a family, then a participle after an auxiliary", "(SBU) The Mungroos from the coast had opened a rum shop.",
     ["Mungroos"]),
    ("a title word alone before a person's verb", "(SBU) Prince told the officer that the boat was late.", ["Prince"]),
    ("a surname that is a word, before a person's verb", "(U) Holder said the gate was locked at six.", ["Holder"]),
    ("a short surname in capitals before a verb of arrest", "3. (C) SIAW WAS ARRESTED AT THE JETTY ON 4 MAY.", ["SIAW"]),
    ("a short surname in capitals after AND", "4. (C) THE BOAT WAS SEIZED, AND NGAU WAS RELEASED ON BAIL.", ["NGAU"]),
    ("a name after OF in a shop's name", "2. (C) THE CASH WAS KEPT AT THE SHOP OF DINESH NEAR THE BUS STAND.", ["DINESH"]),
    ("an Iban name with anak", "(SBU) The headman, Jugah anak Bangkit, met Conoff at the longhouse.", ["Jugah anak Bangkit"]),
    ("a quoted nickname after signs as", "1. (SBU) THEIR BROKER, A MAN WHO SIGNS AS \"MAJOR,\" WORKS FROM ROOM 2.",
     ["MAJOR"]),
    ("a quoted nickname after detained as", "(SBU) The photo matches a woman detained in 2011 as \"Shorty.\" Her "
     "address is unknown.", ["Shorty"]),
    ("a name capitalized once in notes, then in lower case", "field notes, 4 june\nSpoke to Wirawan at the harbour. "
     "later wirawan came back with the receipts.", ["Wirawan", "wirawan"]),
]

# (kind, text, words no PERSON finding may overlap): precision guards of this branch's rules
GUARDS = [
    ("a people's plural possessive", "THE TALIBAN'S DEMANDS AND THE MAOISTS' DEMANDS WERE READ OUT.", ["MAOISTS"]),
    ("a title after a capitalized word", "(SBU) Crown Prince said the talks would resume. The Prince said no.", ["Prince"]),
    ("a church's name before said", "(U) The Dutch Reformed Church said the keys were lost.", ["Church"]),
    ("a person's noun and an acronym before a verb of arrest",
     "2. (C) HOSTAGE WAS RELEASED ON FRIDAY, AND NATO WAS BORN IN 1949.", ["HOSTAGE", "NATO"]),
    ("a shop and a hotel of things and places", "THE SHOP OF HORRORS AND THE HOTEL OF LONDON CLOSED IN MAY.",
     ["HORRORS", "LONDON"]),
    ("a building known as", "(U) The building known as \"Fort House,\" was sold.", ["Fort House"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_FIND, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_FIND)])
def test_names_are_found(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", GUARDS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(GUARDS)])
def test_guards_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
