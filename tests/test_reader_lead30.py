"""A bare Pashto or Dari `محرم` ("confidential") in a short note raises the text it points at whatever
follows it (a comma, a passive verb, a past copula, a zero-width non-joiner): a copula list missed five
such notes (review 30). Only the phrases that make it the month Muharram stay ordinary."""
from __future__ import annotations

import pytest

from released import ALL, assert_withheld, versions

_CABLE = """UNCLASSIFIED
SUBJECT: KANDAHAR NOTES FROM THE PROVINCIAL OFFICE

1. (U) Militia commanders moved the mortar rounds to a compound behind the Arghandab orchards last week.

{note}

2. (U) The provincial council will meet the new governor on Thursday.
"""


@pytest.mark.parametrize("note", [
    "پورته پاراګراف محرم، مهرباني وکړئ بل چا ته یې مه لېږئ.",  # a comma after the word
    "پورته پاراګراف محرم ګڼل کیږي.",  # "is considered confidential"
    "یادداشت: پاراگراف بالا محرم بوده است.",  # Dari, "has been confidential"
    "پورته پاراګراف محرم\u200cدی.",  # a zero-width non-joiner before the copula
])
def test_bare_pashto_or_dari_level_word_raises(note: str) -> None:
    assert_withheld(_CABLE.format(note=note), "moved the mortar rounds to a compound behind the Arghandab", ALL)


def test_the_month_muharram_stays_ordinary() -> None:
    text = _CABLE.format(note="ملاحظة: الفقرة أعلاه لا علاقة لها بمواكب ماه محرم في قندهار")
    out = versions(text, ("usg",))
    assert "The provincial council will meet" in out["usg"]
