"""Tearlines: the text between a tearline that states its own level and the line that ends it.

An intelligence report or a cable puts what may go further below a tearline (`TEARLINE --
UNCLASSIFIED`, `=== TEARLINE: UNCLASSIFIED ===`, `-----BEGIN TEARLINE (UNCLASSIFIED)-----`) and
ends it (`END TEARLINE`, or a second bare `TEARLINE` line). Read as one document, the unmarked
text of the tearline took the report's level. `tearline_parts` gives each such stretch and the
marking its unmarked text takes (`evidence.inherit` applies it as it applies a part closed by its
own banners, `PART_BANNER`): the level the tearline states, raised by every mark and every piece
of classification evidence inside the stretch.

Only what is certain: a tearline that states no level, or one a grammar cannot read (`THE
FOLLOWING IS UNCLASSIFIED:`), a tearline with no end line, or a second tearline before the end,
lowers nothing. Statements that name the text below the tearline (`governing.py`, `scope.py`)
run after this and raise what they name.

`with_tearline_controls` does the other half, towards withholding only: a tearline version's own
banner (on the tearline or on the line under it: `=== TEARLINE ===` / `UNCLASSIFIED//FOUO//NOFORN`)
is the banner of that version, so every portion of the stretch, marked or not, takes at least
that banner: its `(U//FOUO)` lines are NOFORN when it says so (round 149). A stretch with no end
line runs to the next tearline or to the end of the text (fail closed).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .marks import banner_text
from .raising import raised_to
from .state import BANNER_KINDS, Reading

# a tearline with its level: `TEARLINE -- UNCLASSIFIED`, `=== TEARLINE: UNCLASSIFIED ===`,
# `-----BEGIN TEARLINE (UNCLASSIFIED)-----`
_OPENS = lazy(r"(?im)^[ \t]*[-=*_#~]*[ \t]*(?:begin[ \t]+)?tear[ \t\-]?line[ \t]*(?:[-–—:=]+[ \t]*|\(|\[)"
              r"(?P<level>[A-Z][A-Z/ ,\-]{0,60}?)[ \t]*[)\]]?[ \t]*[-=*_#~]*[ \t]*$")
# the line that ends it: `END TEARLINE`, `=== END OF TEARLINE ===`, a bare `TEARLINE` line
_ENDS = lazy(r"(?im)^[ \t]*[-=*_#~]*[ \t]*(?:end[ \t]+(?:of[ \t]+)?)?tear[ \t\-]?line[ \t]*[-=*_#~]*[ \t]*$")


def tearline_parts(r: Reading, inherited: Marking | None, portions: Sequence[Portion],
                   local: set[int]) -> list[tuple[int, int, Marking]]:
    """(start, end, marking) of each tearline stretch whose stated level is lower than what
    unmarked text inherits. `local`: ids of the evidence that governs a section only."""
    text = r.text
    if inherited is None or not inherited.valid or r.entire_text is not None:
        return []
    if "ear" not in text and "EAR" not in text:
        return []
    opens = list(_OPENS.finditer(text))
    if not opens:
        return []
    ends = list(_ENDS.finditer(text))
    g = r.g
    others = [(e.start, e.marking) for e in r.evidence if e.kind not in BANNER_KINDS and id(e) not in local
              and e.kind != "foreign_stamp" and e.marking is not None and e.marking.valid]
    parts = []
    for k, m in enumerate(opens):
        stated = g.parse(banner_text(m.group("level")))
        if stated.level is None or not stated.valid:
            continue
        end = next((e for e in ends if e.start() >= m.end()), None)
        if end is None or any(m.end() <= o.start() < end.start() for o in opens[k + 1:]):
            continue  # no end, or another tearline first: the stretch is not known
        start, stop = m.start(), end.end()  # (the tearline and its end line with the text between)
        level = g.rollup([stated, *(mark for at, mark in others if start <= at < stop),
                          *(p.marking for p in portions if p.explicit and p.marking is not None
                            and start <= p.start < stop)])
        if level is None or not level.valid or level.rank >= inherited.rank:
            continue
        parts.append((start, stop, level))
    return parts


# any tearline line that opens a stretch (with or without its level on it), read line by line
_END_WORD = lazy(r"(?i)\bend\b")
_ANY_OPENING = lazy(r"(?im)^[ \t]*[-=*_#~]*[ \t]*(?:begin[ \t]+)?tear[ \t\-]?line\b[^\n]*$")


def with_tearline_controls(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each tearline version's own banner applied to every portion of its stretch
    (module docstring); it never lowers a portion."""
    text = r.text
    if "ear" not in text and "EAR" not in text:
        return portions
    ends = [m.start() for m in _ENDS.finditer(text)]  # (a bare `TEARLINE` line may end a stretch or open one)
    opens = [m for m in _ANY_OPENING.finditer(text) if _END_WORD.search(m.group(0)) is None]
    if not opens:
        return portions
    stretches = []
    for k, m in enumerate(opens):
        stated, said = _stated_banner(r, m)
        if stated is None:
            continue
        stop = min([at for at in ends if at > m.start()] + [o.start() for o in opens[k + 1:]] + [len(text)])
        stretches.append((m.start(), stop, stated, said))
    if not stretches:
        return portions
    out = []
    for p in portions:
        for start, stop, stated, said in stretches:
            if start <= p.start < stop:
                p = raised_to(r, p, [stated], f"the tearline version's banner '{said}' (offset {start}) "
                                              "covers every portion of its version")
        out.append(p)
    return out


def _stated_banner(r: Reading, m: re.Match[str]) -> tuple[Marking | None, str]:
    """The banner a tearline line states, on the line itself or alone on the next line with text."""
    on_line = _OPENS.match(r.text, m.start(), m.end())
    if on_line is not None:
        written = on_line.group("level")
    else:
        after = r.text[m.end():m.end() + 200].lstrip("\n \t")
        written = after.split("\n", 1)[0]
    stated = r.g.parse(banner_text(written)) if written.strip() else None
    if stated is None or not stated.valid or stated.level is None:
        return None, ""
    return stated, written.strip()
