"""A chat export's message that wraps onto indented lines: the indented lines are not the
message's mark's for certain (fixmarks35).

    Channel classification: CUI//NOFORN
    [2026-01-19 09:31] Jorge Alvarado: (U) Quick update from the Nogales side on the tanker inspections,
        the two drivers flagged last week are Hector Ruiz Salas and Omar Piña Lugo, both
        carrying SENTRI cards renewed in December, ...

A message line opens with its time and speaker before its mark; an indented line under it may
continue the (U) message, or be text pasted under it, a quoted reply or another message whose
header the export dropped. Read as one portion, the indented lines took the message's (U) and
were released to a partner from a NOFORN channel (adv144-007). Which it is cannot be told, so
the indented lines are split off as unmarked text, which takes what unmarked text takes (the
channel's or document's level and controls: fail closed). The message's own line keeps its mark.
Only lowers nothing: the split-off lines were released at the message's mark before; they keep
every raise of the message (`split_raises`) and a mark inside them raises them (`inline_marks`,
open36a: `    Per the district chief, (S) the ...` was released at the channel's FOUO).
"""
from __future__ import annotations

import re

from ..document import Portion
from .state import Reading

# (what stands before a message's mark on its line: a time in brackets or a speaker and a time, then a colon)
MESSAGE_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{0,40}\d{1,2}:\d{2}[^\]\n]{0,20}\][ \t]*[^:\n]{1,80}:"
                            r"|[^:\n]{0,80}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[^:\n]{0,60}:)[ \t]*[*_]{0,3}")


def chat_continuations(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the indented lines of each marked chat message split off as unmarked text (module docstring)."""
    text = r.text
    if "\n " not in text and "\n\t" not in text:
        return portions
    out: list[Portion] = []
    for p in portions:
        split = _split(r, p) if p.explicit and p.mark_start is not None else None
        out.extend(split or [p])
    return out


def _split(r: Reading, p: Portion) -> list[Portion] | None:
    text = r.text
    assert p.mark_start is not None
    line_start = text.rfind("\n", 0, p.mark_start) + 1
    first_end = text.find("\n", p.mark_start, p.end)
    if first_end == -1 or line_start < p.start or not MESSAGE_LABEL.fullmatch(text, line_start, p.mark_start):
        return None
    if text[first_end + 1:first_end + 2] not in (" ", "\t"):
        return None  # (the message goes on at the line's margin: no indented text under it)
    rest = first_end + 1
    while rest < p.end and text[rest] in " \t":
        rest += 1
    if rest >= p.end:
        return None
    r.problem("UNMARKED_PORTION", "warning", "indented lines under a marked chat message may not continue it: they take "
              "what unmarked text takes", rest, p.end)
    # (the split-off lines keep every raise of the message, `split_raises`, and are read for its inline marks, `evidence`)
    r.wrap_splits.add((line_start, rest))
    head = Portion(p.start, first_end, p.body_start, p.kind, p.number, p.marking, True, p.mark_start, p.mark_end)
    return [head, Portion(rest, p.end, rest, p.kind, None, None, False)]
