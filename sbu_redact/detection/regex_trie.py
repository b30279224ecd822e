"""Compiled regular expressions whose literal alternations are factored into tries: the same
matches, less work per position.

Our recognizers' patterns hold long alternations of words (titles, street types, units, cue
phrases), most of them case-insensitive, written longest first. Python's regex engine tries an
alternation one alternative at a time, and skips an alternative cheaply only when it starts
with a case-sensitive literal or class: at every word start it enters each of hundreds of
caseless words, which made these alternations most of our pattern recognizers' time.

`factored(pattern)` compiles the pattern's parse tree with each look-behind that a character
follows moved after that character (`(?<!X)c` is `c(?<!Xc)`: a pattern, or an alternative, then
starts with a character the engine searches for, instead of entering the assertion at every
position), and every alternation rewritten so that
the alternatives starting with the same literal character share it (`ab|c|ad` becomes
`a(?:b|d)|c`), recursively (a trie). The rewrite keeps what the engine does:

- alternatives are grouped by their first character only across alternatives whose first
  characters cannot match the same character of the text (different literals, compared as the
  engine compares them: lowered, with Unicode's extra case equivalences, under IGNORECASE), so
  at any position the alternatives that can match are tried in their original order;
- an alternative that does not start with a literal is a barrier: nothing moves across it;
- `x A|x B` and `x(?:A|B)` try the same things in the same order when `x` is one literal
  character (it matches one way or not at all).

The compiled pattern carries the original pattern string, flags and groups (`pattern`,
`groupindex`, `flags` are those of `re.compile(pattern)`); only its code differs. Where the
interpreter's regex internals are not those this module knows, `re.compile` is used.
"""
from __future__ import annotations

import re
from typing import Any

try:  # CPython 3.11+
    import _sre  # type: ignore[import-not-found]
    from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another interpreter: plain compile
    _parser = None

__all__ = ["factor_patterns", "factor_tree", "factored"]


def _literal_key(op: Any, av: int, flags: int) -> frozenset[int] | None:
    """The characters of the text a LITERAL first op matches, as a key two alternatives share
    or are disjoint on (None: not a plain literal, a barrier)."""
    if op is not _constants.LITERAL:
        return None
    if not flags & _constants.SRE_FLAG_IGNORECASE:
        return frozenset((av,))
    if flags & _constants.SRE_FLAG_LOCALE:
        return None  # (the locale decides: do not move anything)
    if flags & _constants.SRE_FLAG_UNICODE:
        if not _sre.unicode_iscased(av):
            return frozenset((av,))
        lower = _sre.unicode_tolower(av)
        return frozenset((lower, *_casefix._EXTRA_CASES.get(lower, ())))
    return frozenset((_sre.ascii_tolower(av),))


def _factor_branch(state: Any, items: list[Any], flags: int) -> list[Any]:
    """The alternatives `items` (SubPatterns) regrouped by first literal (see the module
    docstring), each group with more than one member as `first (?:rests)`."""
    out: list[Any] = []
    run: list[tuple[frozenset[int], list[Any]]] = []  # the groups of the current run, in order

    def flush() -> None:
        for key, members in run:
            if len(members) == 1:
                out.append(members[0])
                continue
            first = members[0].data[0]
            rests = [_parser.SubPattern(state, list(m.data[1:])) for m in members]
            data = [first]
            if any(r.data for r in rests) or len(rests) == 1:
                data.append((_constants.BRANCH, (None, _factor_branch(state, rests, flags))))
            out.append(_parser.SubPattern(state, data))
        run.clear()

    for item in items:
        key = _literal_key(item.data[0][0], item.data[0][1], flags) if item.data else None
        if key is None:
            flush()
            out.append(item)
            continue
        for known, members in run:
            if known == key:
                members.append(item)
                break
            if not known.isdisjoint(key):  # overlapping but different: keep the order
                flush()
                run.append((key, [item]))
                break
        else:
            run.append((key, [item]))
    flush()
    return out


def _one_character(item: tuple[Any, Any]) -> tuple[Any, Any] | None:
    """An op that consumes exactly one character, one way (no backtracking), as it can be
    appended to a look-behind (a group's capture left out), or None."""
    op, av = item
    if op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY):
        return item
    if op is _constants.SUBPATTERN and len(av[3].data) == 1 and _one_character(av[3].data[0]) is not None:
        return (op, (None, av[1], av[2], av[3]))  # (?P<ch>[10l]): the same character, not captured again
    return None


def _has_group(p: Any) -> bool:
    for op, av in p.data:
        if op is _constants.SUBPATTERN and (av[0] is not None or _has_group(av[3])):
            return True
        if op is _constants.BRANCH and any(_has_group(item) for item in av[1]):
            return True
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and _has_group(av[2]):
            return True
        if op in (_constants.ASSERT, _constants.ASSERT_NOT) and _has_group(av[1]):
            return True
        if op in (_constants.ATOMIC_GROUP, _constants.GROUPREF_EXISTS, _constants.GROUPREF):
            return True
    return False


def _sink_lookbehinds(p: Any) -> None:
    """`(?<!X)c` becomes `c(?<!Xc)` (and `(?<=X)c` `c(?<=Xc)`) where `c` consumes one character one
    way: the character just matched is the one the look-behind now ends with, so the two accept
    the same texts; the pattern (or alternative) then starts with a character, which the engine
    searches for (or skips on) without entering the assertion at every position."""
    data = p.data
    for i in range(len(data) - 2, -1, -1):
        op, av = data[i]
        if op not in (_constants.ASSERT, _constants.ASSERT_NOT) or av[0] != -1 or _has_group(av[1]):
            continue
        character = _one_character(data[i + 1])
        if character is not None:
            behind = _parser.SubPattern(av[1].state, [*av[1].data, character])
            data[i:i + 2] = [data[i + 1], (op, (-1, behind))]


def factor_tree(p: Any, flags: int) -> Any:
    """The parse tree `p` (a SubPattern) with its alternations factored and its look-behinds
    sunk after the character that follows them, in place. A group that neither captures nor
    changes flags (`(?:...)`, or an alternation left with one alternative) is spliced into the
    sequence it is part of, where its first character can meet an alternation's other ones."""
    out: list[Any] = []
    for op, av in p.data:
        if op is _constants.BRANCH:
            items = _factor_branch(p.state, [factor_tree(item, flags) for item in av[1]], flags)
            if len(items) == 1:
                out.extend(items[0].data)
            else:
                out.append((op, (av[0], items)))
            continue
        if op is _constants.SUBPATTERN:
            group, add, delete, sub = av
            factor_tree(sub, (flags | add) & ~delete)
            if group is None and not add and not delete:
                out.extend(sub.data)
                continue
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            factor_tree(av[2], flags)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            factor_tree(av[1], flags)
        elif op is _constants.ATOMIC_GROUP:
            factor_tree(av, flags)
        elif op is _constants.GROUPREF_EXISTS:
            factor_tree(av[1], flags)
            if av[2] is not None:
                factor_tree(av[2], flags)
        out.append((op, av))
    p.data[:] = out
    _sink_lookbehinds(p)
    return p


def factored(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with its literal alternations factored into tries."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else flags
    plain = re.compile(source, flags)
    if _parser is None or not isinstance(source, str):
        return plain  # pragma: no cover
    try:
        p = _parser.parse(source, flags)
        factor_tree(p, flags | p.state.flags)
        code = _compiler._code(p, flags)
        groupindex = p.state.groupdict
        indexgroup: list[str | None] = [None] * p.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled = _sre.compile(source, flags | p.state.flags, code, p.state.groups - 1, groupindex,
                                tuple(indexgroup))
    except Exception:  # pragma: no cover - internals other than expected: the plain pattern
        return plain
    if compiled.flags != plain.flags or compiled.groups != plain.groups or compiled.groupindex != plain.groupindex:
        return plain  # pragma: no cover
    return compiled


def factor_patterns(recognizer: Any) -> Any:
    """The recognizer with each compiled pattern among its attributes (alone, or in a list or
    tuple) replaced by its `factored` equivalent; returned for chaining."""
    for name, value in list(vars(recognizer).items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            setattr(recognizer, name, factored(value))
        elif isinstance(value, (list, tuple)) and any(isinstance(v, re.Pattern) for v in value):
            items = [factored(v) if isinstance(v, re.Pattern) and isinstance(v.pattern, str) else v for v in value]
            setattr(recognizer, name, type(value)(items) if isinstance(value, tuple) else items)
    return recognizer
