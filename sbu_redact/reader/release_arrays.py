"""A release field whose value is a JSON or YAML array of country codes (fix161, issue 8): `"rel_to": ["USA", "AUS",
"CAN", "NZL"]`, `"releasableTo": [` / `"USA",` / `"NZL"` / `]`, `rel_to: [USA, AUS]`.

`document_controls` reads a field's value as written on its line, and a JSON value only as a string: an array (one
line or several) was no value, so a list of who may see the text that leaves out GBR was lost (adv156-025,
adv161-029). Each array under a label the rules read as a release field (`release_field`) is read here as that
field's value, the items joined by commas (`USA, AUS, CAN, NZL`), through the same reading as any field's value; a
list that holds GBR states no more than the portions say, one that does not keeps the partner's version from the text
(the most restrictive field of the document wins). Reading only adds controls.
"""
from __future__ import annotations

from ..lazyre import lazy
from .document_controls import take_field
from .state import Reading

# `"label": [ "A", "B" ]` over one line or several, or YAML's flow list `label: [A, B]`
_ARRAY = lazy(r'(?:"(?P<quoted>[^"\n]{1,40})"|(?m:^[ \t]*(?P<bare>[A-Za-z][\w \-]{0,38}?)))[ \t]*:[ \t]*'
              r'\[(?P<items>[ \t\r\n]*"?[A-Za-z]{2,4}"?(?:[ \t\r\n]*,[ \t\r\n]*"?[A-Za-z]{2,4}"?)*[ \t\r\n]*,?[ \t\r\n]*)\]')
_ITEM = lazy(r'[A-Za-z]{2,4}')


def take_release_arrays(r: Reading) -> None:
    """Every release field whose value is an array of codes: its controls to `r.document_controls` (docstring)."""
    if "[" not in r.text:
        return
    for m in _ARRAY.finditer(r.text):
        label = (m.group("quoted") or m.group("bare") or "").strip()
        if r.g.release_field.match(f"{label}: NOFORN") is None:
            continue
        items = [item.upper() for item in _ITEM.findall(m.group("items"))]
        line = r.text[m.start():m.end()].replace("\n", " ")
        take_field(r, ", ".join(items), line, m.start("items"), m.end("items"))
