r"""A sed-style correction that re-marks a line (fix161, issue 8): `s/(U)/(S\/\/NF)/` posted under a chat line,
`s/U/S/ for para 2`, `s/(U)/(C)/ on the third bullet` at the top of an e-mail reply (adv158-001, adv161-021/022).

The substitution states the mark the text should carry, but nothing read it: the corrected line kept its (U). A
`s/OLD/NEW/` whose NEW reads as a marking with a level raises one portion to it (raised, never lowered; a NEW below
the portion's mark changes nothing): the portion the words after it name (`para 2`, `paragraph 2`, `item 3`, `bullet
2`, `the third bullet`: a portion opening with that number, or the document's bullet line of that rank), else the
portion just above the correction (a chat's previous line). Only a portion whose mark reads as OLD's level is taken
(the correction says what it replaces), so a named part that is no such portion leaves the correction to the line
above. Reuses `chat_corrections`' shape: raising goes through `raising.raised_to`.
fix40a (adv162-017/019/021/022/023): another delimiter (`s|U|S//NF|`, the mark has slashes) or none escaped
(`s/(U)/(S//NF)/`); a bullet that is an
HTML `<li>` or a quoted `> -` line; `the last bullet`; a named part not found as numbered is the Nth marked paragraph
above the correction (below it where fewer are above: a reply on top of the quoted original), else the Nth carrying
the mark it replaces (fail closed: the nearest candidates, not nothing); `/g` or `everything above` raises the whole
run of portions carrying OLD's level just above it. Main's targets are all still raised (only raise).

The words are the rules' (fix50d): rules/record_words.yaml `sed_corrections` (the parts named, the ordinals and last
words, `everything above`); the commands and marks are read here.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import LazyPattern, lazy
from .raising import raised_to
from .rule_words import alternatives, made_once
from .state import Reading

# `s/OLD/NEW/` with optional flags; slashes inside a mark may be escaped (`S\/\/NF`), as may parentheses
_SED = lazy(r"(?<![\w/])s/(?P<old>(?:\\[/()]|[()A-Za-z])(?:\\[/()]|[()A-Za-z ])*?)/"
            r"(?P<new>(?:\\[/()]|[()A-Za-z])(?:\\[/()]|[()A-Za-z ])*?)/[gI]*(?![\w/])", 0)
# ... with another delimiter, which lets the marks hold slashes unescaped: `s|U|S//NF|`, `s#(U)#(C)#g`
_SED_OTHER = lazy(r"(?<![\w/|#])s(?P<d>[|#!@%])(?P<old>[()A-Za-z][()A-Za-z /]*?)(?P=d)"
                  r"(?P<new>[()A-Za-z][()A-Za-z /]*?)(?P=d)[gI]*(?![\w/|#])", 0)
# ... or with a mark's slashes left unescaped, the delimiter read around them: `s/(U)/(S//NF)/`
_SED_SLASHES = lazy(r"(?<![\w/])s/(?P<old>\(?[A-Z]{1,4}(?://[A-Z]{1,8})*\)?)/(?P<new>\(?[A-Z]{1,4}(?://[A-Z]{1,8})*\)?)/"
                    r"[gI]*(?![\w/])", 0)


class _Patterns:
    """The patterns of rules/record_words.yaml `sed_corrections` (fix50d: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["sed_corrections"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        # `/g` for a whole paste, `everything I pasted above`, `all of the above`: every portion of the run just above
        self.all_above = lazy(r"\b(?:" + alt("all_words") + r")\b[^\n]{0,40}?\b(?:" + alt("above_words") + r")\b",
                              re.IGNORECASE)
        # the part the words after the substitution name: `para 2`, `paragraph 2`, `item 3`, `bullet 2`, `the third
        # bullet` (the ordinals numbered in their order, the last words -1)
        self.ordinals: tuple[str, ...] = tuple(words["ordinals"])
        self.last: tuple[str, ...] = tuple(words["last_words"])
        self.named = lazy(r"\b(?:(?P<kind>" + alt("part_kinds") + r")\.?[ \t]*#?(?P<number>\d{1,2})\b"
                          r"|(?P<ordinal>" + "|".join(self.ordinals + self.last) + r"|\d{1,2}(?:st|nd|rd|th))[ \t]+(?P<kind2>"
                          + alt("ordinal_part_kinds") + r")\b)", re.IGNORECASE)
        # a part named by its number alone, read on its own as well: `the last para 2` still names paragraph 2 (review40a2)
        self.named_number = lazy(r"\b(?P<kind>" + alt("part_kinds") + r")\.?[ \t]*#?(?P<number>\d{1,2})\b", re.IGNORECASE)


def _patterns(g: object) -> _Patterns:
    return made_once(g, "sed_corrections", _Patterns)


def named_part(g: object) -> LazyPattern:
    """A part named by number or ordinal (`para 2`, `the third bullet`: `_named_start` reads it); review_comments
    reads it too."""
    return _patterns(g).named


_REACH = 80  # characters after the substitution where the part it names is looked for
_BULLET_LINE = lazy(r"(?m)^[ \t]*(?:[-*+\u2022\u25aa\u25cf][ \t]+)")
# (fix40a) a bullet of any kind: also an HTML list item, or a quoted e-mail's `> -` line
_ANY_BULLET = lazy(r"(?m)^[ \t]*(?:>[ \t]*)*(?:[-*+\u2022\u25aa\u25cf][ \t]+)|<li\b[^>]{0,200}>[ \t]*", re.IGNORECASE)


def _unescaped(mark: str) -> str:
    return mark.replace("\\/", "/").replace("\\(", "(").replace("\\)", ")").strip().strip("()").strip()


def _named_start(r: Reading, named: re.Match[str]) -> tuple[str, int] | None:
    """(kind, number) of the part `named` names: `para 2` -> ('para', 2), `the third bullet` -> ('bullet', 3)."""
    if named.group("number"):
        return named.group("kind").lower(), int(named.group("number"))
    ordinal = named.group("ordinal").lower()
    w = _patterns(r.g)
    if ordinal in w.last:
        return named.group("kind2").lower(), -1
    number = w.ordinals.index(ordinal) + 1 if ordinal in w.ordinals else int(re.sub(r"\D", "", ordinal))
    return named.group("kind2").lower(), number


def _portion_at(portions: list[Portion], at: int) -> int | None:
    for k, p in enumerate(portions):
        if p.start <= at < max(p.end, p.start + 1):
            return k
    return None


def _named_portion(r: Reading, portions: list[Portion], kind: str, number: int) -> int | None:
    """The portion that the part `kind` `number` is: a bullet line of that rank, or a portion opening `number.`."""
    if number < 1:
        return None
    if kind == "bullet":
        lines = list(_BULLET_LINE.finditer(r.text))
        return _portion_at(portions, lines[number - 1].end()) if 0 < number <= len(lines) else None
    opening = re.compile(rf"(?m)^[ \t]*(?:[^\n]{{0,40}}?[:>\]][ \t]*)?{number}[.)][ \t]")
    for m in opening.finditer(r.text):
        k = _portion_at(portions, m.end())
        if k is not None:
            return k
    return None


def nth_marked_portion(r: Reading, portions: list[Portion], kind: str, number: int, level: str | None,
                       at: int, end: int) -> set[int]:
    """(fix40a) The portions a record at `at`..`end` naming part `kind` `number` (-1: the last) may mean, where no
    portion opens with that number carrying `level`: the Nth marked paragraph (a bullet: of the bullet lines,
    `<li>` too) above it, or below it where fewer are above (a reply on top of its quoted original); if that one does
    not carry `level`, the Nth of those that do (bullets: of the marked paragraphs where no bullet line is
    marked). Empty where there are fewer."""
    def pick(found: list[int]) -> int | None:
        if number == 0:
            return None  # (`para 0`, `the 0th from the end`: no part; the caller's fallback raises, review41ab)
        if number < 0:
            return found[-1] if found else None
        return found[number - 1] if len(found) >= number else None

    marked: list[int] = []
    if kind == "bullet":
        marked = sorted({k for m in _ANY_BULLET.finditer(r.text) if (k := _portion_at(portions, m.end())) is not None
                         and portions[k].explicit}, key=lambda k: portions[k].start)
    if not marked:  # (a part of no bullet lines: `> > (U) ...` lines, a list whose tags the view has dropped)
        marked = sorted((k for k, p in enumerate(portions) if p.explicit and p.kind != "subject"
                         and p.marking is not None), key=lambda k: portions[k].start)
    above = [k for k in marked if portions[k].end <= at]
    below = [k for k in marked if portions[k].start >= end]
    out: set[int] = set()
    for side in ([above] if pick(above) is not None else []) + ([below] if pick(above) is None or number < 0 else []):
        if number < 0 and side is above and below:
            continue  # (`the last bullet` of a quote under the note: the one below)
        k = pick(side)
        if k is not None and getattr(portions[k].marking, "level", None) == level:
            out.add(k)
            continue
        carrying = [j for j in side if getattr(portions[j].marking, "level", None) == level]
        k = pick(carrying)
        if k is not None:
            out.add(k)
    return out


def _written_above(r: Reading, portion: Portion, at: int) -> bool:
    """(fix44a, review40a s06, review43ab e02) Whether `portion`'s mark stands on a line above the line at `at`: a
    correction posted under a chat line or a quoted line (`> Please s/(U)/(S)/ on the one above`) that the view
    joined into that line's portion is about that portion (raised with main's targets: only raises)."""
    line_start = r.text.rfind("\n", 0, at) + 1
    return portion.explicit and portion.marking is not None and portion.start < line_start


def _run_above(portions: list[Portion], order: list[int], at: int, level: str | None) -> set[int]:
    """(fix40a) The portions carrying `level` in the run just above offset `at` (to the first of another level)."""
    out: set[int] = set()
    for k in reversed([k for k in order if portions[k].end <= at]):
        if getattr(portions[k].marking, "level", None) != level:
            if out:
                break
            continue  # (the correction's own header line, `Ruiz, Gabriel 3:17 PM`)
        out.add(k)
    return out


def raise_sed_corrections(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the portion each sed-style correction names raised to the mark it substitutes (docstring)."""
    if "s/" not in r.text and not any(f"s{d}" in r.text for d in "|#!@%"):
        return portions
    out = list(portions)
    w = _patterns(r.g)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    seds = {m.start(): m for m in _SED.finditer(r.text)} if "s/" in r.text else {}
    for m in [*(_SED_SLASHES.finditer(r.text) if "s/" in r.text else ()), *_SED_OTHER.finditer(r.text)]:
        seds.setdefault(m.start(), m)
    for _, sed in sorted(seds.items()):
        new = r.g.parse(_unescaped(sed.group("new")))
        old = r.g.parse(_unescaped(sed.group("old")))
        if new is None or not new.valid or new.level is None or old is None or not old.valid or old.level is None:
            continue
        line_end = r.text.find("\n", sed.end())
        after = r.text[sed.end():min(sed.end() + _REACH, line_end if line_end >= 0 else len(r.text))]
        # (every part the words name: `for the last bullet and the second bullet` raises both, review40a s04)
        parts: list[tuple[str, int] | None] = list(dict.fromkeys(
            part for named in [*w.named.finditer(after), *w.named_number.finditer(after)]
            if (part := _named_start(r, named)) is not None))
        targets: set[int] = set()
        for part in parts or [None]:  # (no part named: main's fallback alone)
            target = _named_portion(r, portions, *part) if part is not None else None
            named_mark = out[target].marking if target is not None else None
            if target is not None:
                targets.add(target)
            if named_mark is None or named_mark.level != old.level:
                # (the part is not found as named, or carries another mark: the portion just above, and the nearest
                # above that carries the mark it replaces, are raised with it: a message wrapped over two chat lines
                # leaves its mark on the first, review39z c01; a reply that names a paragraph it has not, review39f d11)
                here = _portion_at(portions, sed.start())
                above = [k for k in order if portions[k].end <= sed.start() and k != here]
                targets.update(above[-1:])
                if here is not None and _written_above(r, portions[here], sed.start()):
                    targets.add(here)  # (fix44a) the correction sits under its own part's line, which the view joined
                carrying = [k for k in above if getattr(out[k].marking, "level", None) == old.level]
                targets.update(carrying[-1:])
                if part is not None and target is None:  # (fix40a) the Nth marked paragraph or bullet above it, or below it
                    hi = portions[here].end if here is not None else sed.end()
                    targets.update(nth_marked_portion(r, portions, *part, old.level, sed.start(), hi))
        if "g" in r.text[sed.end() - 3:sed.end()].split(sed.group("new"))[-1] or w.all_above.search(after):
            targets.update(_run_above(portions, order, sed.start(), old.level))  # (fix40a) `/g`, `everything above`
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], f"a correction '{sed.group()}' re-marks it {new.banner()}")
    return out
