"""A portion mark that is an abbreviation the document defines: a disaster report that writes
`TROPICAL STORM (TS) MARA` and then `(TS) Mara is expected to weaken` uses `(TS)` for the storm,
not for TOP SECRET. A portion opening with such a mark is unmarked (it inherits the document's
marking) when all of these hold: the document defines the letters in parentheses as the
initials of the words before them (`Tropical Storm (TS)`), the same word follows the mark as
follows the definition (`Mara`), and the document's own classification line or banner is
below the level the letters would mark (under a TOP SECRET banner `(TS)` is a mark). Anything
else stays a mark (fail closed).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..prefilter import finditer_on_lines
from .state import Reading

# `Tropical Storm (TS) Mara`: up to four capitalised words, the letters, the word after them
_DEFINED = lazy(r"(?P<words>(?:\b[A-Z][A-Za-z]+[ \t]+){1,4})\((?P<letters>[A-Z]{1,3})\)[ \t]+(?P<next>[A-Z][A-Za-z]+)")


# What every match of `_DEFINED` holds (the engine skips ahead to its `(`).
_LETTERS = lazy(r"\([A-Z]{1,3}\)")


def _definitions(text: str) -> list[re.Match[str]]:
    """`list(_DEFINED.finditer(text))`, tried only on the lines that hold letters in parentheses:
    a match never crosses a line end (its words are letters and blanks), and most lines hold no
    such letters (a scan of the whole text tries the words at every capital)."""
    return finditer_on_lines(_DEFINED, _LETTERS, text)


def defined_abbreviations(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with a mark that is a defined abbreviation (see the module) made unmarked."""
    declared = r.classification
    if declared is None or not declared.valid or not any(_above(p, declared.rank) for p in portions):
        return portions  # (no mark above the document's level: none is made unmarked, no definition is looked for)
    defined: dict[str, set[str]] = {}
    for m in _definitions(r.text):
        letters = m.group("letters")
        words = m.group("words").split()[-len(letters):]
        if len(words) < len(letters) or "".join(w[0] for w in words).upper() != letters:
            continue
        if r.g.parse(" ".join(words).upper()).level is not None:
            continue  # `TOP SECRET (TS)` defines the mark itself
        defined.setdefault(letters, set()).add(m.group("next").lower())
    if not defined:
        return portions
    out = []
    for p in portions:
        if p.explicit and p.mark_start is not None and p.mark_end is not None and p.marking is not None:
            letters = r.text[p.mark_start:p.mark_end].strip().strip("()[]")
            following = r.text[p.mark_end:p.mark_end + 40].split()
            if letters in defined and following and following[0].strip(".,;:").lower() in defined[letters] \
                    and p.marking.rank > declared.rank:
                r.problem("ABBREVIATION_NOT_MARK", "warning", f"'({letters})' here is the abbreviation the document "
                          f"defines ('{letters}' before '{following[0]}'), not a portion mark: the {p.kind} is "
                          f"unmarked", p.mark_start, p.mark_end)
                p = Portion(p.start, p.end, p.start, p.kind, p.number, None, False)
        out.append(p)
    return out


def _above(p: Portion, rank: int) -> bool:
    """Is `p` marked, by a mark of its own, above `rank` (a mark this module may make no mark)?"""
    return p.explicit and p.mark_start is not None and p.mark_end is not None and p.marking is not None \
        and p.marking.rank > rank
