"""Names recall and precision by class on heldout46's misses (issue 9, round 46, fixnames46b).

Fixed by class (vocabulary and context words in rules/entities.yaml; no corpus string listed):

- Surname-first list entries with initials (`listed_initials_name`): entries after a semicolon or colon on
  one line (`DIZE C.; PARKS D.`), before a table's column gap (`STRACHAN P.J.      skipper`), with a comma
  (`Hope, I.`; `ETIM-HENSHAW, F.O.`) and a known given name before the initials (`MAY, HECTOR J.`); a surname
  that is also a month or a town is taken when it is a known surname (`EVANS R.`); two entries on one line
  or on lines in a row make the list. Kept as found (`exact_span`), scored above spaCy's guess.
- Families in the plural that are words (`PostProcessor._families`): where a person of that surname is named
  in the text (`Bridget Ward ... The Wards`, `DUKE SAID ... THE DUKES`), unless another plural is joined to it
  (`THE GREENS AND THE GERMANS`); a series of three families or more (`_family_series`: `THE COWIES OF BUCKIE,
  THE WESTS OF PORTSOY, AND THE HOPES`) where one plural is no word: each plural of a known surname in it.
- Quoted nicknames (`quoted_nickname`): a known given name or surname before the naming word (`SMITH, KNOWN
  ALONG THE FIRTH AS "THE BOSUN,"`), `ONE, KNOWN AS`; a person's noun before a naming word right before the
  quotes lets them close after a comma or full stop (`A MAN THE HARBOUR CALLS "BUMMER."`; not `CALLED "OUR
  BOYS."`, a possessive).
- Precision by data: Nigeria's states GeoNames leaves out (`places`), Ibibio and Chitrali place words before
  a name (`Ikot`, `Obio`, `Mohallah`), `Chashma` and `LGA` after one, Chitral's court titles (`Shahzada`,
  `Shahzadi`, `Mehtar`, `Hakim`, `Charwelu`), schools and programmes named after persons (`Institution`,
  `Programme` with `Training`, `Rural`, `Support` between); a known place in a REF description is no name.
- Street addresses: an area named by its kind's word, then a comma, right before an address is part of it
  (`Mohallah Bazar, below the polo ground`).

Measured with `python benchmarks/ner_heldout.py --corpus tests/corpus/ner/heldoutNN.yaml --errors`, BEFORE on
the starting commit 4f00c487 (lead46) and AFTER on this branch (final run on badad7b5):

(full-name coverage all / mixed / caps, precision on maximal spans, contacts, streets, not_persons hits)

| corpus | before | after |
|---|---|---|
| heldout46 | 371/517 = 0.718 / 183/282 = 0.649 / 188/235 = 0.800, P 0.909, contacts 82/103, streets 10/17, not_persons 45/472 | 399/517 = 0.772 / 192/282 = 0.681 / 207/235 = 0.881, P 0.945, contacts 82/103, streets 10/17, not_persons 24/472 |
| heldout45 | 399/461 = 0.866 / 195/238 = 0.819 / 204/223 = 0.915, P 0.954, contacts 96/132, streets 18/36, not_persons 27/438 | 398/461 = 0.863 / 195/238 = 0.819 / 203/223 = 0.910, P 0.954, contacts 96/132, streets 18/36, not_persons 27/438 |
| heldout44 | 462/547 = 0.845 / 231/285 = 0.811 / 231/262 = 0.882, P 0.928, contacts 118/141, streets 19/28, not_persons 45/469 | unchanged (462/547 = 0.845, P 0.928, contacts 118/141, streets 19/28, not_persons 45/469) |
| heldout43 | 358/432 = 0.829 / 175/214 = 0.818 / 183/218 = 0.839, P 0.931, contacts 94/123, streets 14/25, not_persons 39/677 | unchanged (358/432 = 0.829, P 0.931, contacts 94/123, streets 14/25, not_persons 39/677) |

heldout46: +28 full names (surname-first lists with initials, THE DUKES, the Wards, the families' series,
"THE BOSUN", "BUMMER", "WHITEY"), precision 0.909 -> 0.945, not_persons 45 -> 24 (AKWA IBOM, CALABAR, Ikot
Ansa, Garam Chashma, ORON LGA, SHAHZADA, Hakim, Hope Waddell before its kind, AGA KHAN before its programme);
one new not_persons hit, `Findochty` (h46-004: the town in the column before `WEST A.` on the next line is
joined to the entry by an earlier merge across the line end, as `Portknockie` was before).
heldout45 loses one (`MACHIMANDA B.C. (ACCUSED)`: the entry kept as found is lost to an overlap after its
parenthesis; -0.002, within 0.003).

Not fixed: lower-case names in chats and notes (`cowie`, `morag`, `innes`), word surnames alone with no
person of the surname named (`WEST AND MAIN STILL OWED`, `HENSHAW, WHO HEADS`), quoted nicknames alone
(`"hambone" came by`, `"miss dot" -`), names in Arabic or Cyrillic script with initials (`ش۔ ف۔ بیگ`,
`Сидоренко В. П.`), numbered one-line entries each its own portion (`2. ZAKIR H.`), places with no kind
word (`Gardenstown`, `Crisfield`, propagated from an address line), `HOPE WADDELL` alone in parentheses.

Every name and place below is invented for these tests; none comes from a held-out corpus. Each MUST_FIND
case fails on the starting commit 4f00c487 and passes here; each MUST_NOT_FIND case fails there too (a
PERSON finding on the words) and passes here; GUARDS pass on both (precision kept by this branch's rules)."""
from __future__ import annotations

import pytest

from test_name_classes import assert_names_covered, assert_no_person_on, detector  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("surname-first entries with initials after semicolons",
     "VOLUNTEERS FOR THE BEACH CLEAN (SURNAME, INITIALS):\nHARLAND T.J.; BRODIE K.; FAIRWEATHER M.A.; GOWANS P.",
     ["HARLAND T.J.", "BRODIE K.", "GOWANS P."]),
    ("surname-first entries with initials before a table's next column",
     "Deck crew, as signed on:\n  LOCHHEAD R.S.      engineer      Wick\n  DUNNET A.          cook          Thurso\n",
     ["LOCHHEAD R.S.", "DUNNET A."]),
    ("surname, comma, initials in a list", "Guest list (kept by the clerk): Petrie, J.; Swanson, D.; Budge, E.M.",
     ["Petrie, J.", "Swanson, D.", "Budge, E.M."]),
    ("a surname that is also a town, with initials, in a list after semicolons",
     "HELPERS AT THE GALA: HOUSTON R.; MOWAT F.; SUTOR D.M.", ["HOUSTON R.", "MOWAT F."]),
    ("a family in the plural that is a word, a person of the surname named",
     "1. (SBU) CONOFF MET ROSS MASON AT THE HARBOUR ON 3 MAY. THE MASONS STILL OWN THE SLIPWAY.", ["MASONS"]),
    ("a series of families, some plurals words",
     "2. (U) THANK-YOU LETTERS WENT TO THE MOWATS OF LYBSTER, THE SUTORS OF KEISS AND THE HOPES.",
     ["MOWATS", "SUTORS", "HOPES"]),
    ("a quoted nickname after a name and known ... as",
     "1. (SBU) CONOFF INTERVIEWED ANGUS RORY MACLEOD, KNOWN ON THE PIER AS \"THE SKIPPER,\" ON 4 MAY.",
     ["THE SKIPPER"]),
    ("a quoted nickname a person is called, the full stop inside the quotes",
     "2. (SBU) THE BOAT BELONGS TO A MAN THE VILLAGE CALLS \"LUGGIE.\" HE LIVES IN WICK.", ["LUGGIE"]),
    ("a person named in a REF description beside a known town",
     "REF: A. ABUJA 0112 B. ENUGU APP E-MAIL FROM J. OKAFOR-EZE, 10/12/08\n1. (U) ABUJA CLEARS.", ["J. OKAFOR-EZE"]),
]

# (kind, text, words no PERSON finding may overlap): found as persons on the starting commit, not here
MUST_NOT_FIND = [
    ("a Nigerian state in a subject line", "SUBJECT: (SBU) ADAMAWA: FLOOD RELIEF AT YOLA\n1. (SBU) RELIEF ARRIVED.",
     ["ADAMAWA"]),
    ("an Ibibio village by its first word", "The team drove from Uyo to Ikot Umoren and back on 3 May.", ["Ikot Umoren"]),
    ("a court title alone", "2. (C) THE SHAHZADA WAS ABSENT. SHAHZADA AMIR-UL-MULK SENT REGRETS.", ["SHAHZADA WAS"]),
    ("a school named after a person, then its kind", "Stated employer: Grace Bellamy Training Institution, Uyo.",
     ["Grace Bellamy"]),
    ("a place named by a spring", "Petition received from the elders of Thanda Chashma on 2 June.", ["Thanda Chashma"]),
]

# (kind, text, words no PERSON finding may overlap): precision guards, pass on both commits
GUARDS = [
    ("a quoted phrase with a possessive after called", "2. (C) THE LEADER HE CALLED \"OUR LADS.\" LEFT AT NOON.",
     ["OUR LADS"]),
    ("water mains are no family", "3. (U) THE WATER MAINS IN THE TOWN ARE BEING REPLACED, THE ROADS AND THE PARKS TOO.",
     ["MAINS", "ROADS", "PARKS"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_FIND, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_FIND)])
def test_names_are_found(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_FIND, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_FIND)])
def test_places_and_titles_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


@pytest.mark.parametrize("kind,text,words", GUARDS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(GUARDS)])
def test_guards_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
