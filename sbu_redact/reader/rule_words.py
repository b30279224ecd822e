"""The words of rules/record_words.yaml as regular expression alternatives, and patterns made from them once per
grammar (fix48b: the readers' vocabulary is the rules', not the Python's)."""
from __future__ import annotations

import re
from typing import Callable, TypeVar

T = TypeVar("T")

_MADE: dict[tuple[int, str], tuple[object, object]] = {}


def alternatives(words: list[str]) -> str:
    """`words` as one alternation (without the group): a space between the words of a phrase reads as any run of
    blanks (rules/record_words.yaml's own convention)."""
    return "|".join(w.replace(" ", r"[ \t]+") for w in words)


def name_alternatives(names: list[str]) -> str:
    """Names written as they are (escaped; a space reads as any run of blanks), the longest first."""
    return "|".join(r"[ \t]+".join(re.escape(part) for part in name.split())
                    for name in sorted(set(names), key=lambda n: (-len(n), n)))


def made_once(g: object, key: str, make: Callable[[object], T]) -> T:
    """`make(g)`, made once per grammar `g` and `key` (a module's patterns from the grammar's rules)."""
    kept = _MADE.get((id(g), key))
    if kept is None or kept[0] is not g:
        kept = _MADE[(id(g), key)] = (g, make(g))
    return kept[1]  # type: ignore[return-value]


def level_alternatives(g: object, *, above_unclassified: bool, portions: bool) -> str:
    """The names and aliases of the rules' levels (markings.yaml `levels`, lowest first), and their portion
    abbreviations where `portions`, as `name_alternatives`: every level, or those above the lowest (UNCLASSIFIED)."""
    levels = g.vocabulary.levels  # type: ignore[attr-defined]
    return name_alternatives([n for spec in (levels[1:] if above_unclassified else levels)
                              for n in (spec.name, *spec.aliases, *((spec.portion,) if portions else ()))])
