r"""A sed-style correction that re-marks a line (fix161, issue 8): `s/(U)/(S\/\/NF)/` posted under a chat line,
`s/U/S/ for para 2`, `s/(U)/(C)/ on the third bullet` at the top of an e-mail reply (adv158-001, adv161-021/022).

The substitution states the mark the text should carry, but nothing read it: the corrected line kept its (U). A
`s/OLD/NEW/` whose NEW reads as a marking with a level raises one portion to it (raised, never lowered; a NEW below
the portion's mark changes nothing): the portion the words after it name (`para 2`, `paragraph 2`, `item 3`, `bullet
2`, `the third bullet`: a portion opening with that number, or the document's bullet line of that rank), else the
portion just above the correction (a chat's previous line). Only a portion whose mark reads as OLD's level is taken
(the correction says what it replaces), so a named part that is no such portion leaves the correction to the line
above. Reuses `chat_corrections`' shape: raising goes through `raising.raised_to`.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .raising import raised_to
from .state import Reading

# `s/OLD/NEW/` with optional flags; slashes inside a mark may be escaped (`S\/\/NF`), as may parentheses
_SED = lazy(r"(?<![\w/])s/(?P<old>(?:\\[/()]|[()A-Za-z])(?:\\[/()]|[()A-Za-z ])*?)/"
            r"(?P<new>(?:\\[/()]|[()A-Za-z])(?:\\[/()]|[()A-Za-z ])*?)/[gI]*(?![\w/])", 0)
# the part the words after the substitution name: `para 2`, `paragraph 2`, `item 3`, `bullet 2`, `the third bullet`
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NAMED = lazy(r"\b(?:(?P<kind>para(?:graph)?|item|bullet|point)\.?[ \t]*#?(?P<number>\d{1,2})\b"
              r"|(?P<ordinal>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))[ \t]+(?P<kind2>para(?:graph)?|item|bullet|point|line)\b)",
              re.IGNORECASE)
_REACH = 80  # characters after the substitution where the part it names is looked for
_BULLET_LINE = lazy(r"(?m)^[ \t]*(?:[-*+\u2022\u25aa\u25cf][ \t]+)")


def _unescaped(mark: str) -> str:
    return mark.replace("\\/", "/").replace("\\(", "(").replace("\\)", ")").strip().strip("()").strip()


def _named_start(r: Reading, named: re.Match[str]) -> tuple[str, int] | None:
    """(kind, number) of the part `named` names: `para 2` -> ('para', 2), `the third bullet` -> ('bullet', 3)."""
    if named.group("number"):
        return named.group("kind").lower(), int(named.group("number"))
    ordinal = named.group("ordinal").lower()
    number = _ORDINALS.index(ordinal) + 1 if ordinal in _ORDINALS else int(re.sub(r"\D", "", ordinal))
    return named.group("kind2").lower(), number


def _portion_at(portions: list[Portion], at: int) -> int | None:
    for k, p in enumerate(portions):
        if p.start <= at < max(p.end, p.start + 1):
            return k
    return None


def _named_portion(r: Reading, portions: list[Portion], kind: str, number: int) -> int | None:
    """The portion that the part `kind` `number` is: a bullet line of that rank, or a portion opening `number.`."""
    if kind == "bullet":
        lines = list(_BULLET_LINE.finditer(r.text))
        return _portion_at(portions, lines[number - 1].end()) if 0 < number <= len(lines) else None
    opening = re.compile(rf"(?m)^[ \t]*(?:[^\n]{{0,40}}?[:>\]][ \t]*)?{number}[.)][ \t]")
    for m in opening.finditer(r.text):
        k = _portion_at(portions, m.end())
        if k is not None:
            return k
    return None


def raise_sed_corrections(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the portion each sed-style correction names raised to the mark it substitutes (docstring)."""
    if "s/" not in r.text:
        return portions
    out = list(portions)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for sed in _SED.finditer(r.text):
        new = r.g.parse(_unescaped(sed.group("new")))
        old = r.g.parse(_unescaped(sed.group("old")))
        if new is None or not new.valid or new.level is None or old is None or not old.valid or old.level is None:
            continue
        line_end = r.text.find("\n", sed.end())
        after = r.text[sed.end():min(sed.end() + _REACH, line_end if line_end >= 0 else len(r.text))]
        named = _NAMED.search(after)
        target = None
        if named is not None:
            part = _named_start(r, named)
            if part is not None:
                target = _named_portion(r, portions, *part)
        named_mark = out[target].marking if target is not None else None
        targets = {target} if target is not None else set()
        if named_mark is None or named_mark.level != old.level:
            # (the part is not found as named, or carries another mark: the portion just above, and the nearest
            # above that carries the mark it replaces, are raised with it: a message wrapped over two chat lines
            # leaves its mark on the first, review39z c01; a reply that names a paragraph it has not, review39f d11)
            here = _portion_at(portions, sed.start())
            above = [k for k in order if portions[k].end <= sed.start() and k != here]
            targets.update(above[-1:])
            carrying = [k for k in above if getattr(out[k].marking, "level", None) == old.level]
            targets.update(carrying[-1:])
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], f"a correction '{sed.group()}' re-marks it {new.banner()}")
    return out
