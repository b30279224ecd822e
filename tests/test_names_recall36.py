"""Names recall (issue 9, round 36, fixnames36), measured on heldout36 and heldout20-35.

- An Italian or French surname glued to an elided particle (`D'ALESSIO`, `Dell'Acqua`, `d'Harcourt`),
  alone or after given names: `recognizers/apostrophe_surname.py`.
- An English epithet in quotes with a strong person's cue (`CALLED "THE BLACKSMITH"`):
  `recognizers/quoted_epithet.py`; the Calabrian and French articles and two nicknames joined by
  `and` before a verb: `recognizers/article_alias.py`.
- Two one-word names joined by `and` before a person's verb or after a plural person's noun:
  `recognizers/paired_names.py`.
- A given name that is a common word where the sentence says person (`HIS NEPHEW RUSTY`, `WILL'S
  LAWYER`): `recognizers/cued_word_name.py`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("an apostrophe surname alone in capitals",
     "3. (C) D'ALESSIO TOLD US THE PORT OF TARANTO IS NOW CLEAN. NOBODY BELIEVES HIM.\n", ["D'ALESSIO"]),
    ("an apostrophe surname with a possessive in capitals",
     "4. (C) THE CARABINIERI SEARCHED DELL'ACQUA'S FARM NEAR FOGGIA ON MONDAY.\n", ["DELL'ACQUA'S"]),
    ("an apostrophe surname after two given names in capitals",
     "2. (C) WE MET THE MAYOR, GIOVANNA LUISA DALL'ERTA, AT THE TOWN HALL.\n", ["GIOVANNA LUISA DALL'ERTA"]),
    ("a French apostrophe surname with a lower-case particle",
     "The notary said the d'Harcourt-Villiers file was sealed by the court.\n", ["d'Harcourt-Villiers"]),
    ("an English epithet in quotes after a naming verb",
     "5. (S) THE SMUGGLER, WHO WANTS TO BE CALLED \"THE BLACKSMITH\", MET US IN IZMIR.\n", ["THE BLACKSMITH"]),
    ("an English epithet in quotes after a speech verb, with a person's verb after it",
     "(SBU) Our contact said \"the Surgeon\" would meet the buyers in Antalya.\n", ["the Surgeon"]),
    ("two Spanish nicknames joined by and before a person's verb",
     "6. (C) THE WITNESS SAID \"EL FLACO\" AND \"EL CHUECO\" HAD TAKEN THE TRUCK.\n", ["EL FLACO", "EL CHUECO"]),
    ("two rare one-word names joined by and after that, before a verb",
     "3. (C) THE INSPECTOR TOLD POLOFF THAT GAETANINO AND PEPPUCCIO RUN THE DOCKS NOW.\n",
     ["GAETANINO", "PEPPUCCIO"]),
    ("two given names after a plural person's noun",
     "(SBU) The pastor said that his nephews Kwabena and Yaw were arrested on Friday.\n", ["Kwabena", "Yaw"]),
    ("a word given name after a person's noun in capitals",
     "4. (C) VAN DER MERWE'S NEPHEW RUSTY IS THE NEXT OF KIN AND LIVES IN DURBAN.\n", ["RUSTY"]),
    ("a word given name in the possessive before a person's noun",
     "2. (C) AMCIT WILL HARGREAVES WAS DETAINED IN LAGOS. WILL'S LAWYER HAS NOT SEEN HIM.\n", ["WILL'S"]),
    ("a word given name after a naming verb",
     "5. (C) THE VICTIM LIVED WITH A WOMAN NAMED PATIENCE IN THE TOWNSHIP.\n", ["PATIENCE"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("French phrases and places with an elided particle",
     "(U) The chargé d'affaires flew from Côte d'Ivoire to the Quai d'Orsay for the coup d'état talks.\n",
     ["d'affaires", "d'Ivoire", "d'état"]),
    ("an Italian institution with an elided particle",
     "2. (U) THE BANCA D'ITALIA REJECTED THE REQUEST FROM THE PROCURA.\n", ["D'ITALIA"]),
    ("a ship's name in quotes opened by the",
     "3. (U) THE COAST GUARD SEIZED \"THE NORTHERN STAR\" OFF CROTONE.\n", ["NORTHERN STAR"]),
    ("a newspaper in quotes opened by the",
     "(U) He reads \"The Guardian\" every morning in the cafe.\n", ["Guardian"]),
    ("two places joined by and before a verb",
     "4. (C) HOMS AND HAMA WERE SHELLED AGAIN ON TUESDAY.\n", ["HOMS", "HAMA"]),
    ("common words joined by and before a verb",
     "(U) Police and army were deployed; bread and water were short.\n", ["Police", "army", "bread"]),
    ("a month and a modal that are given names",
     "5. (U) IN MAY THE MINISTRY WILL ISSUE THE NEW RULES. THE WILL'S EXECUTOR FILED IT.\n", ["MAY", "WILL"]),
    ("a word given name as a common word after the article",
     "(U) The hope is that grace periods will be extended; the charity said it would help.\n",
     ["hope", "grace", "charity"]),
]

CASES = [(*case, True) for case in MUST_COVER] + [(*case, False) for case in MUST_NOT_MATCH]


@pytest.mark.parametrize("kind,text,words,names", CASES, ids=[case[0] for case in CASES])
def test_person_forms(detector, kind, text, words, names):  # noqa: F811
    """Apostrophe surnames, epithets and nicknames in quotes, paired one-word names and given names
    that are words are covered whole where the sentence says person; French and Italian phrases,
    ships, papers, places and words in use are not taken for a person."""
    check = assert_every_occurrence_covered if names else assert_no_person_on
    check(detector, text, words, kind)
