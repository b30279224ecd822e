"""Names recall (issue 9, round 41, fixnames41b), measured by class on heldout41 (the classes its first run
exposed) and checked on heldout36-40.

- A one-word title of `names.titles` opening a person's span is no part of it, whatever recognizer found
  the span (it was cut for spaCy's spans only): `PASTOR | ISAAC ...`, `TREASURER | "DON ..." ...`
  (postprocess `_title_before_name`; not before a filiation particle or `of`, not in quotes, not a word
  given name a recognizer vetted). Tamil honorifics (Thiru, Thirumathi, Selvi), the Kichwa Taita, the
  Wayuu palabrero and church and colony offices (Pastor, Housefather, Treasurer) are titles now.
- `nee`/`née` is a stop word: a maiden name after it is the name (`GLANZER (NEE TSCHETTER)`).
- A name in a list of names is a name (`recognizers/named_list.py`): a naming verb a few words before
  `as` opens a list (`LISTED THE APPLICANTS AS ...`, words allowed after a list of three or more), so does
  `the following ...:`, and a person's verb right after a list of three names or more (`verbs_after`:
  `..., X AND Y WILL MEET`, `... and Z all came`).
- A stamped chat line's speaker who takes turns with another is a person whatever the word (`Sunny`,
  a Tamil name in lower case): `recognizers/chat_line_name.py`, not the labels of forms and roles.
- A given name of the name lexicon that is also a word opens a name before a middle given name and a
  surname (`recognizers/word_given_surname.py`).

Measured (`python benchmarks/ner_heldout.py --corpus tests/corpus/ner/heldoutNN.yaml --errors`): BEFORE
is the lead41 snapshot this branch starts from, AFTER this branch. Full-name coverage all / mixed /
ALL-CAPS, precision on maximal spans, contacts found, not_persons hit:

| corpus | BEFORE all / mixed / caps | prec | contacts | not_persons | AFTER all / mixed / caps | prec | contacts | not_persons |
|---|---|---:|---:|---:|---|---:|---:|---:|
| heldout41 | 0.780 / 0.719 / 0.847 | 0.965 | 0.845 | 23/374 | 0.825 / 0.752 / 0.904 | 0.967 | 0.845 | 14/374 |
| heldout40 | 0.899 / 0.900 / 0.898 | 0.934 | 0.910 | 28/454 | 0.899 / 0.900 / 0.898 | 0.934 | 0.910 | 28/454 |
| heldout39 | 0.824 / 0.777 / 0.874 | 0.952 | 0.818 | 18/399 | 0.824 / 0.777 / 0.874 | 0.952 | 0.818 | 18/399 |
| heldout38 | 0.770 / 0.707 / 0.822 | 0.957 | 0.842 | 18/406 | 0.771 / 0.711 / 0.822 | 0.957 | 0.842 | 18/406 |
| heldout37 | 0.834 / 0.835 / 0.833 | 0.948 | 0.829 | 20/294 | 0.834 / 0.835 / 0.833 | 0.950 | 0.829 | 19/294 |
| heldout36 | 0.909 / 0.882 / 0.932 | 0.948 | 0.797 | 16/586 | 0.909 / 0.882 / 0.932 | 0.948 | 0.797 | 16/586 |

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a list of surnames after a naming verb and `as`, words going on after it",
     "2. (SBU) THE SHELTER LISTED THE NEW RESIDENTS AS OKWUOSA, BRZEZINSKI, IHRKE-MBOYA AND NDOUMBE, ALL\n"
     "FROM THE SAME VILLAGE.\n",
     ["OKWUOSA", "BRZEZINSKI", "IHRKE-MBOYA", "NDOUMBE"]),
    ("a list of surnames with a person's verb right after it, in capitals",
     "3. (C) COMMENT: THE INQUIRY IS STALLED. IRUDAYAMARY, THANGAPANDI AND MOOKAIYAN WILL MEET CONGEN AGAIN IN JUNE.\n",
     ["IRUDAYAMARY", "THANGAPANDI", "MOOKAIYAN"]),
    ("a list of surnames with `said` right after it, in capitals",
     "2. (C) THE CLINIC IS CLOSED. OSTROWIAK, TEGELAAR AND KVIST-ONYANGO SAID THE KEYS WERE LOST.\n",
     ["OSTROWIAK", "TEGELAAR", "KVIST-ONYANGO"]),
    ("a list of surnames with `all` and a person's verb after it, in mixed case",
     "Okwuosa, Brzezinski, Ihrke and Ndoumbe all came to the hearing; only Ihrke spoke.\n",
     ["Okwuosa", "Brzezinski", "Ihrke", "Ndoumbe"]),
    ("a list of surnames after `the following ...:`",
     "Notes. The following came to the clinic: Irudayamary, Thangapandi, Mookaiyan and Ostrowiak.\n",
     ["Irudayamary", "Thangapandi", "Mookaiyan", "Ostrowiak"]),
    ("stamped chat speakers taking turns, a word and a name in lower case",
     "03/04/22, 8:01 am - Honey: where are you\n03/04/22, 8:02 am - vimalraj: at the gate\n"
     "03/04/22, 8:03 am - Honey: ok coming\n03/04/22, 8:05 am - vimalraj: hurry, they close at nine\n",
     ["Honey", "vimalraj"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a church office before a name in capitals",
     "MET WITH: PASTOR GOTTFRIED ENGELHARDT-MWANGI OF THE RIVERSIDE CHURCH.\n",
     ["PASTOR"]),
    ("Tamil honorifics before initials and a name",
     "PARTICIPANTS: THIRU V.K. ARUNACHALAM, DISTRICT OFFICER; SELVI R. MANIMEGALAI, HIS CLERK.\n",
     ["THIRU", "SELVI"]),
    ("an office before a nickname in quotes and a surname",
     "THE BOARD IS: CHAIR ROSA PILLAJO; TREASURER \"EL GORDO\" QUILUMBAQUIN.\n",
     ["TREASURER"]),
    ("a Kichwa elder's title before a full name",
     "1. (C) POLOFF MET WITH TAITA ALONSO CUMBAL YAMBERLA IN COTACACHI.\n",
     ["TAITA"]),
    ("a maiden-name marker",
     "1. (U) THE MOTHER, ANNA BRZEZINSKI (NEE KOWALCZYK), SIGNED THE FORM.\n",
     ["NEE"]),
    ("stamped labels of roles taking turns",
     "[10:01] Admin: the meeting moved to noon\n[10:02] Operator: noted\n[10:03] Admin: thanks\n"
     "[10:04] Operator: ok\n",
     ["Admin", "Operator"]),
    ("places in a list before a person's verb",
     "5. (C) NEWARK, TRENTON AND CAMDEN WILL MEET THE DEADLINE, THE GOVERNOR SAID.\n",
     ["NEWARK", "TRENTON", "CAMDEN"]),
    ("common words in a list before a person's verb",
     "6. (C) THE BUDGET, TAXES AND WAGES CAME UP; THE MINISTER SPOKE LAST.\n",
     ["BUDGET", "TAXES", "WAGES"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_words_are_not_names(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
