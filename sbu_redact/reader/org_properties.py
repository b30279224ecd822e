"""An Org-mode property drawer that states a classification or a release list for its heading (fix49e, adv193-011):

    * Fuel distribution review
      :PROPERTIES:
      :CLASSIFICATION: UNCLASSIFIED//FOUO
      :RELEASABLE_TO: USA AUS CAN NZL
      :END:
    ** Darwin
       (FOUO) Commercial fuel farm in Darwin can only surge for nine days.

Org properties are inherited by a heading's sub-headings, so what the drawer states is the subtree's: every portion
from the heading to the next heading as shallow or shallower (the whole file for a drawer above the first heading)
is raised to at least it (`raising.raised_to`: never lowered; a release list intersected, GBR left out). A property
is read when its name, with `_` and `-` as blanks, is a release field's label (`reader_words.release_field`) whose
value reads whole as controls (a list of codes parted by blanks is a REL TO list), or a classification field's label
whose value reads as a valid marking. Any other property (`:OWNER: GBR desk`, `:RELEASE_DATE: 2026-11-01`) states
nothing. Only raises."""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .document_controls import _read_controls, classification_label
from .raising import Overlaps, raised_to
from .state import Reading

_DRAWER = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n(?P<body>(?:[ \t]*:[^\n]*\n)*?)[ \t]*:END:[ \t]*$",
                     re.MULTILINE | re.IGNORECASE)
_PROPERTY = re.compile(r"^[ \t]*:(?P<name>[A-Za-z][\w\-]{0,40}):[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]", re.MULTILINE)
_CODES = re.compile(r"[A-Z]{3,4}(?:[ \t]+[A-Z]{3,4})+")


def raise_org_properties(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each property drawer's classification and release list given to its heading's subtree."""
    if ":PROPERTIES:" not in r.text.upper():
        return portions
    out = list(portions)
    for drawer in _DRAWER.finditer(r.text):
        stated = _stated(r, drawer.group("body"))
        if not stated:
            continue
        heading = None
        for h in _HEADING.finditer(r.text, 0, drawer.start()):
            heading = h
        start = heading.start() if heading is not None else 0
        end = len(r.text)
        if heading is not None:
            depth = len(heading.group("stars"))
            for h in _HEADING.finditer(r.text, drawer.end()):
                if len(h.group("stars")) <= depth:
                    end = h.start()
                    break
        said = f"the property drawer at {drawer.start()} ({'; '.join(m.banner() for m in stated)}) of its heading's subtree"
        for k in Overlaps(out)(start, end):
            out[k] = raised_to(r, out[k], stated, said)
    return out


def _stated(r: Reading, body: str) -> list[Marking]:
    """The markings a drawer's properties state (a classification, a release list's controls)."""
    found: list[Marking] = []
    for p in _PROPERTY.finditer(body):
        name = re.sub(r"[_\-]+", " ", p.group("name")).strip()
        value = p.group("value")
        if classification_label(r.g).fullmatch(name.replace(" ", "_")) or classification_label(r.g).fullmatch(name):
            marking = r.g.parse(value)
            if marking is not None and marking.valid:
                found.append(marking)
            continue
        if r.g.release_field.match(f"{name}: {value}") is None:
            continue
        if _CODES.fullmatch(value):
            value = ", ".join(value.split())
        controls, rest = _read_controls(r, value)
        if controls is not None and not rest.strip():
            found.append(controls)
    return found
