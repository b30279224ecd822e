"""The lead's session-35 fixes, from review35a's documents (notes whose negation is not the whole story).

review35a (a read-only red team on open35a's merge) found that the Welsh and Basque negations open35a added to
`unresolved_scope.untranslated.negation_before` released what a note named when the negation does not deny the
claim: "ez da sekretua bakarrik" (not ONLY secret), "ez dago sekreturik ..., azken paragrafoan izan ezik" (nothing
secret except the last paragraph), "ez zen sekretua atzo, baina gaur bai" (was not secret yesterday, but is today),
"nid oedd dim yn gyfrinachol ond y paragraff olaf" (nothing was secret but the last paragraph), "nid yw hi'n wir
nad yw'r paragraff olaf yn gyfrinachol" (a double negative). First run on the merge: all five released the last
paragraph at usg and partner (the Basque three were withheld on main `dbee550`, the Welsh two released there too).
The negations were removed: such notes fail closed.
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
