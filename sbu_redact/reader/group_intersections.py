"""An intersection of two groups of states named as who may see a text (fix50g, issue 8, adv196-040): `NATO allies
that are also EU members`, `Five Eyes partners who are also in the Quad`, `members of both NATO and the EU`. Only the
states in both may see it, so it holds the UK only when both groups do: a group holds the UK when the words name the
UK, when `country_groups` lists it as a member, or when it is one of `groups_holding_uk` (`NATO`, `Five Eyes`, `the
Commonwealth`). A group the rules do not know may leave the UK out (fails closed). Only decides whether a
`controls_in_words` entry's NOFORN stands (`unless_both_hold_uk`); it never releases."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .state import Reading


def holds_uk(r: "Reading", words: str) -> bool:
    """Do the words name a group (or a list) that holds the UK?"""
    from .evidence import _groups_named
    from .release_conditions import names_uk
    if names_uk(r, words, ambiguous=False):  # (review50c) holding the UK keeps text releasable: never `COBRA GOLD`
        return True
    named, members = _groups_named(r, words)
    if named and members:
        return "GBR" in members  # (`Commonwealth realms`: the rules know the members, the UK is none)
    return any(re.search(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", words, re.IGNORECASE)
               for name in r.g.vocabulary.groups_holding_uk)


def both_hold_uk(r: "Reading", first: str, second: str) -> bool:
    """Do both groups of an intersection hold the UK (then the UK is in it)?"""
    return holds_uk(r, first) and holds_uk(r, second)
