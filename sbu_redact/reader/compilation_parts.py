"""A compilation statement raises the parts it names, marked (U) or not (fix47e, adv185-022).

    Table 2: Site capacity
    (U) Site E-14 near Ramstein holds 310,000 barrels and is 41 percent full
    ...
    Note to Table 2: each entry is unclassified by itself; compiled, the table ... is classified CONFIDENTIAL

A statement is a line that says a level together with compilation words (`compiled`, `as a compilation`, `in
aggregate`, `taken together`, `as a whole`, `combined`), or a banner's `(TABLE 2 CONFIDENTIAL AS A COMPILATION)`. The
parts it names are the blocks headed `Table 2`, `List 4`, `Figure 1`, `Annex B` ... (the heading line, at a line's
start, to the next blank line); a statement that names none but says `the table`, `the list`, `the rows`, `the
entries` or `the figures` names the block of lines right above its own paragraph. Every portion overlapping a named
block is raised to at least the level (`raising.raised_to`: never lowered). A statement whose part is not found
raises nothing here (the governing statements' own reading stands).

The words are the rules' (fix48b): rules/record_words.yaml `compilation_parts`, and the levels markings.yaml's
`levels` above UNCLASSIFIED (names and aliases: `RESTRICTED` and `CONF` are read too, only to raise).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .governing import stated_marking
from .raising import raised_to
from .rule_words import alternatives, level_alternatives, made_once
from .state import Reading



class _Patterns:
    """The patterns of rules/record_words.yaml `compilation_parts` (fix48b: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["compilation_parts"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        # a level above UNCLASSIFIED, by name or alias (markings.yaml `levels`)
        levels = level_alternatives(g, above_unclassified=True, portions=False)
        self.statement = lazy(r"(?i:\b(?:" + alt("compilation") + r")\b[^\n]{0,160}?\b(?:" + alt("copulas") + r")[ \t]+"
                              r"(?P<level>" + levels + r")\b|\b(?P<level2>" + levels + r")[ \t]+(?:" + alt("after_level")
                              + r")\b)")
        self.named = lazy(r"(?i:\b(?P<kind>" + alt("parts") + r")[ \t]+(?P<name>(?-i:\d{1,3}|[A-Z]{1,2})(?:\.\d{1,2})?)\b)")
        self.the = lazy(r"(?i:\bthe[ \t]+(?:" + alt("parts_above") + r")\b)")
        # (fix51d) a record's compilation key and its value (`"compilation_classification": "CONFIDENTIAL"`)
        keys = words.get("record_keys") or []
        self.key = lazy(r"(?i:(?<![\w])[\"']?[\w\-. ]{0,20}?(?:" + alternatives(keys) + r")[\w\-. ]{0,20}?[\"']?[ \t]*[:=][ \t]*"
                        r"[\"']?(?P<value>[^\"'\n,}\]]{1,60}))") if keys else None


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "compilation_parts", _Patterns)


_BLANK = lazy(r"\n[ \t]*\n")


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end == -1 else end


def _block(text: str, kind: str, name: str, own: tuple[int, int]) -> tuple[int, int] | None:
    """The block headed `kind name` at a line's start (not the statement's own line): heading to the next blank line."""
    heading = re.compile(r"(?im)^[ \t>#*|]*" + re.escape(kind) + r"[ \t]+" + re.escape(name) + r"(?![\w.])")
    for m in heading.finditer(text):
        if own[0] <= m.start() < own[1]:
            continue
        blank = _BLANK.search(text, m.start())
        return m.start(), blank.start() if blank is not None else len(text)
    return None


def _block_above(text: str, at: int) -> tuple[int, int] | None:
    """The block of non-blank lines right above the paragraph that holds `at`."""
    para_start = 0
    for m in _BLANK.finditer(text, 0, at):
        para_start = m.end()
    if para_start == 0:
        return None
    head = text[:para_start].rstrip()
    if not head:
        return None
    start = 0
    for m in _BLANK.finditer(head):
        start = m.end()
    return start, len(head)


def raise_compilation_parts(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the blocks a compilation statement names raised to its level."""
    text = r.text
    out = list(portions)
    w = _patterns(r)
    for m in w.statement.finditer(text):
        marking = r.g.parse(" ".join((m.group("level") or m.group("level2")).upper().split()))
        if not marking.valid or marking.rank <= 0:
            continue
        own = _line_bounds(text, m.start())
        blocks = [b for n in w.named.finditer(text, own[0], own[1])
                  if (b := _block(text, n.group("kind"), n.group("name"), own)) is not None]
        if not blocks and w.the.search(text, own[0], own[1]) is not None:
            above = _block_above(text, m.start())
            blocks = [above] if above is not None else []
        said = f"the compilation statement '{m.group(0)[:80]}' raises the parts it names to {marking.banner()}"
        for lo, hi in blocks:
            for k, p in enumerate(out):
                if p.start < hi and p.end > lo:
                    out[k] = raised_to(r, p, [marking], said)
    return _compilation_keys(r, out)


def _compilation_keys(r: Reading, portions: list[Portion]) -> list[Portion]:
    """(fix51d, adv197-023) A record's key that gives its level as a compilation (`"compilation_classification":
    "CONFIDENTIAL"` over items each marked `U`: rules/record_words.yaml `compilation_parts.record_keys`) raises every
    part of its record, the JSON object that holds the key (the document when none does), to at least that level.
    A value that is no level above the lowest (`UNCLASSIFIED`, `n/a`) raises nothing."""
    w = _patterns(r)
    if w.key is None or ("ompil" not in r.text and "OMPIL" not in r.text and "ggregat" not in r.text
                         and "GGREGAT" not in r.text):
        return portions
    out = portions
    for m in w.key.finditer(r.text):
        marking = stated_marking(r, m.group("value").strip())
        if marking is None or not marking.valid or marking.level is None or marking.rank <= 0:
            continue
        lo, hi = _record_of(r.text, m.start())
        said = f"the record's compilation key '{m.group(0).strip()[:80]}' gives the record as a whole {marking.banner()}"
        out = [raised_to(r, p, [marking], said) if p.start < hi and p.end > lo else p for p in out]
    return out


def _record_of(text: str, at: int) -> tuple[int, int]:
    """The span of the JSON object holding `at` (its braces counted outside strings, roughly), or the whole text."""
    depth, start = 0, -1
    for i in range(at - 1, -1, -1):
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                start = i
                break
            depth -= 1
    if start < 0:
        return 0, len(text)
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
    return start, len(text)
