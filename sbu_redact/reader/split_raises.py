"""Text split off a (U) portion keeps every raise that portion gets (issue 8, fixwrap34).

The layout reads a line or block under the marked first line of a (U) portion as text of its own when no wrapping
can have put it there (`1. (U) CURFEW EXTENDED TO MAY 25.` / `PRESIDENTIAL GUARD COMMANDER ...`, an indented
paragraph after a (U) paragraph of an all-caps cable, a chat message's typed line under its marked first line):
unmarked, it takes the document's level. Such a split must never release what the unsplit portion withheld: a
statement that raises the (U) portion (`(U) Note that the message below was cleared to SECRET`, fixrev31a) raised its
continuation with it. `record_split` notes each such split; `keep_split_raises`, after every statement has been
read, raises the split-off text to whatever the portion it was split from was raised to."""
from __future__ import annotations

from ..document import Portion
from .raising import raised_to
from .state import Reading


def record_split(r: Reading, first_start: int, cut_start: int) -> bool:
    """Note that the text from `cut_start` is split off the portion whose first line starts at `first_start`; False
    (no split) when that first line names text or points ahead or back (`(U) THE NEXT PARAGRAPH IS SECRET NOFORN.`): the text split
    off would become the paragraph it names, and the one it meant would be released (review34c)."""
    for pattern in (r.g.scope_refers, r.g.scope_ahead, r.g.scope_back):
        if pattern.compiled.search(r.text, first_start, cut_start) is not None:
            return False
    r.wrap_splits.add((first_start, cut_start))
    return True


def _holding(portions: list[Portion], offset: int) -> int | None:
    """The index of the portion that holds `offset` (its first when several do)."""
    for k, p in enumerate(portions):
        if p.start <= offset < max(p.end, p.start + 1):
            return k
    return None


def keep_split_raises(r: Reading, before: list[Portion], portions: list[Portion]) -> list[Portion]:
    """`portions` with the text split off each portion (`record_split`) raised to at least what that portion was
    raised to since `before` (the portions as marks and inheritance left them). A portion that `before` does not
    hold as it is now (split again since) counts as raised: its marking is kept by the text split off it."""
    if not r.wrap_splits:
        return portions
    was = {(p.start, p.end): (p.marking.banner() if p.marking else None) for p in before}
    out = list(portions)
    for first_start, cut_start in sorted(r.wrap_splits):
        source, split = _holding(out, first_start), _holding(out, cut_start)
        if source is None or split is None or source == split:
            continue
        origin = out[source]
        if origin.marking is None or not origin.marking.valid:
            continue  # (a doubtful portion's text split off is judged on its own: a doubt is not a level to take)
        if was.get((origin.start, origin.end), "") == origin.marking.banner():
            continue
        out[split] = raised_to(r, out[split], [origin.marking],
                               "the portion this text was split from (its continuation, unsplit) was raised")
    return out
