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


class Months:
    """(fix50d) The months of rules/record_words.yaml `months`: `pattern` one alternation (without the group, in lower
    case: read it case-insensitively) of each name whole, by its first three letters or by an abbreviation
    (`jan(?:uary)?`, `sep(?:t(?:ember)?)?`); `stems` their first three letters in the year's order; `words` every form."""

    def __init__(self, g: object):
        words = g.record_words["months"]  # type: ignore[attr-defined]
        names: list[str] = words["names"]
        shorts: list[str] = words["abbreviations"]
        self.stems = tuple(name[:3] for name in names)
        self.words = frozenset((*names, *self.stems, *shorts))
        forms = []
        for name in names:
            cuts = [3, *sorted({len(s) for s in shorts if name.startswith(s) and 3 < len(s) < len(name)}), len(name)]
            rest = ""
            for a, b in reversed(list(zip(cuts, cuts[1:]))):
                rest = "(?:" + re.escape(name[a:b]) + rest + ")?" if a < b else rest
            forms.append(re.escape(name[:3]) + rest)
        self.pattern = "|".join(forms)


def months(g: object) -> Months:
    """(fix50d) The rules' months (`Months`), made once per grammar."""
    return made_once(g, "months", Months)
