"""The lead's session-35 fixes, from review35a's documents (notes whose negation is not the whole story).

review35a (a read-only red team on open35a's merge) found that the Welsh and Basque negations open35a added to
`unresolved_scope.untranslated.negation_before` released what a note named when the negation does not deny the
claim: "ez da sekretua bakarrik" (not ONLY secret), "ez dago sekreturik ..., azken paragrafoan izan ezik" (nothing
secret except the last paragraph), "ez zen sekretua atzo, baina gaur bai" (was not secret yesterday, but is today),
"nid oedd dim yn gyfrinachol ond y paragraff olaf" (nothing was secret but the last paragraph), "nid yw hi'n wir
nad yw'r paragraff olaf yn gyfrinachol" (a double negative). First run on the merge: all five released the last
paragraph at usg and partner (the Basque three were withheld on main `dbee550`, the Welsh two released there too).
The negations were removed: such notes fail closed.

review35c (on fixmarks35's merge) found three leaks new in the merge: a grid table's `U` Class cell LOWERED a row's
later lines in a SECRET//NOFORN document, when the row's first line carried `S//NF` in its text cell (N1) and when
the column was a `Level` of clearances (N2); and a double-escaped mark (`&amp;#40;S&amp;#41;`) stayed unread once
character references were decoded, so its line went on the decoded (U) line above (N3). First run on the merge: N1
and N2 released the row's notes at every level, N3 at public. Now a grid row's lines are only ever raised to the
row's mark, after they inherit the document's level (reader/grid_rows.raise_grid_rows), and character references
escaped twice are decoded again (textview._escaped_twice).

review35d (on fixfields35's merge) found that a `Classification:` line quoted in a chat line above the file's
banner (`[07:58] ops.desk: > Classification: UNCLASSIFIED//NOFORN`) became the file's "first line": it was never
applied, and a later forward's SECRET//NOFORN line then limited "no further" than it, so the forward's (U) text
reached partner (first run on the merge: released at partner and public; withheld on the tree before fixfields35).
A chat-quoted line is now never the first line; a nested chat quote (`> > Classification:`) is read too.
"""
from __future__ import annotations

import pytest

from released import assert_withheld

SOURCE = "Our source Bekim Rama will pass the convoy schedule on Thursday."
NOTES = [
    "Oharra: azken paragrafoa ez da sekretua bakarrik.",
    "Oharra: ez dago sekreturik mezu honetan, azken paragrafoan izan ezik.",
    "Oharra: azken paragrafoa ez zen sekretua atzo, baina gaur bai.",
    "Nodyn: nid oedd dim yn gyfrinachol ond y paragraff olaf.",
    "Nodyn: nid yw hi'n wir nad yw'r paragraff olaf yn gyfrinachol.",
]


@pytest.mark.parametrize("note", NOTES)
def test_negated_note_does_not_release_what_it_names(note: str) -> None:
    text = f"Classification: UNCLASSIFIED\n\n{note}\n\nThe trade fair opens on Monday.\n\n{SOURCE}\n"
    assert_withheld(text, SOURCE, ("usg", "partner", "public"))


GRID_N1 = """SECRET//NOFORN

+--------+---------------------------------------------+-------+
| Date   | Event                                       | Class |
+========+=============================================+=======+
| 8 Dec  | National day reception at the residence.    | U     |
+--------+---------------------------------------------+-------+
| 9 Dec  | S//NF Debrief at the annex.                 | U     |
|        | ORCHID drives the deputy minister.          |       |
+--------+---------------------------------------------+-------+

SECRET//NOFORN
"""

GRID_N2 = """SECRET//NOFORN

+-----------------+----------------------------------------------+-------+
| Name            | Position and notes                           | Level |
+=================+==============================================+=======+
| Karen Duplessis | Political Counselor.                         | TS    |
+-----------------+----------------------------------------------+-------+
| Li Wen          | LE staff translator, uncleared.              | U     |
|                 | Since March she has met twice with an MSS    |       |
|                 | officer; the RSO has opened a CI file.       |       |
+-----------------+----------------------------------------------+-------+

SECRET//NOFORN
"""

ESCAPED_TWICE = ("UNCLASSIFIED//FOUO\n\n&#40;U&#41; The embassy reopened on Monday.\n"
                 "&amp;#40;S&amp;#41; NSA intercepts show the general ordered the shelling of the market.\n"
                 "&#40;U&#41; Consular services resume next week.\n\nUNCLASSIFIED//FOUO\n")


@pytest.mark.parametrize(("text", "phrase"), [
    (GRID_N1, "ORCHID drives the deputy minister"),
    (GRID_N2, "Since March she has met twice with an MSS"),
    (ESCAPED_TWICE, "NSA intercepts show the general ordered the shelling"),
], ids=["grid-row-mark-in-text-cell", "grid-level-column", "mark-escaped-twice"])
def test_review35c_leaks_withheld(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("usg", "partner", "public"))


CHAT_QUOTE_FIRST = """[07:58] ops.desk: > Classification: UNCLASSIFIED//NOFORN
UNCLASSIFIED//FOUO

> Classification: SECRET//NOFORN
> (U) The port authority will close Berth 4 for dredging from 1 July.
> (S//NF) Dredging is cover for the cable survey.
"""

CHAT_NESTED_QUOTE = """UNCLASSIFIED//FOUO
[09:01] j.smith: > > Classification: SECRET//NOFORN
[09:01] j.smith: > > (U) Team Bravo moves to grid 38S MB 4412 tonight.
"""


@pytest.mark.parametrize(("text", "phrase"), [(CHAT_QUOTE_FIRST, "close Berth 4 for dredging"),
                                              (CHAT_NESTED_QUOTE, "Team Bravo moves to grid")],
                         ids=["chat-quoted-line-first", "nested-chat-quote"])
def test_review35d_forwards_withheld_from_partner(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("partner",))
