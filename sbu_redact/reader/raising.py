"""Raising portions to what statements elsewhere in the document state (governing statements,
statements whose target was not found, classified stretches), in one pass over the portions.

Each statement raises a set of portions to at least its marking, one statement after the other:
a portion's marking is the result of the statements that reach it, in statement order, each a
roll-up that raises it or changes nothing (`Grammar.raised`), and each raise is a
GOVERNED_PORTION problem naming the statement. Applied one statement at a time that costs
statements x portions, which grows with the square of a document's size (a long text holds
more of both). Here the portions are passed once, in order: a marking is raised only a few
times (a level, a control), so each portion looks only for the next statement that reaches it
and would change its marking, among the statements whose index ranges hold it."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from itertools import accumulate
from dataclasses import dataclass, replace

from ..document import Portion
from ..markings import Marking
from .state import Reading


@dataclass(frozen=True)
class Statement:
    """What a statement raises: the portions in `ranges` (`[lo, hi)` of portion indices) to at
    least `stated`; `said` names the statement in each GOVERNED_PORTION problem."""

    ranges: tuple[tuple[int, int], ...]
    stated: Marking
    said: str


def ranges_of(indices: list[int]) -> tuple[tuple[int, int], ...]:
    """The index ranges of sorted `indices`: `[2, 3, 4, 7]` is `((2, 5), (7, 8))`."""
    out: list[tuple[int, int]] = []
    for k in indices:
        if out and out[-1][1] == k:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((k, k + 1))
    return tuple(out)


Raised = tuple[int, Marking, Marking]  # (portion index, its marking before, after)


def raise_portions(r: Reading, portions: list[Portion], statements: list[Statement]) -> list[list[Raised]]:
    """Apply `statements` in their order to `portions` (in place): what each statement raised,
    in portion order. The caller reports them (`report`), after anything it reports of the
    statement itself."""
    raised: list[list[Raised]] = [[] for _ in statements]
    if not statements:
        return raised
    groups: dict[Marking, int] = {}  # the statements that state the same marking raise alike
    group_of = [groups.setdefault(s.stated, len(groups)) for s in statements]
    stated = list(groups)
    events: dict[int, list[tuple[bool, int]]] = {}  # index -> (opens, statement)
    for s, statement in enumerate(statements):
        for lo, hi in statement.ranges:
            if lo < hi:
                events.setdefault(lo, []).append((True, s))
                events.setdefault(hi, []).append((False, s))
    active: list[list[int]] = [[] for _ in stated]  # by group: the statements that reach this index, in order
    changers: dict[Marking, list[int]] = {}  # the groups whose marking would raise a marking
    steps: dict[Marking, list[tuple[int, Marking, Marking]]] = {}  # at this index, by marking (valid while `active` holds)
    for j, q in enumerate(portions):
        if j in events:
            for opens, s in events[j]:
                if opens:
                    insort(active[group_of[s]], s)
                else:
                    active[group_of[s]].remove(s)
            steps.clear()
        was = q.marking
        if was is None or not was.valid:
            continue  # a doubtful portion stays doubtful (withheld)
        done = steps.get(was)
        if done is None:
            done = steps[was] = _steps(r, was, stated, active, changers)
        for s, before, after in done:
            raised[s].append((j, before, after))
        if done:
            portions[j] = q.with_marking(done[-1][2])
    return raised


def _steps(r: Reading, marking: Marking, stated: list[Marking], active: list[list[int]],
           changers: dict[Marking, list[int]]) -> list[tuple[int, Marking, Marking]]:
    """The raises of `marking` by the `active` statements, in statement order: `(statement,
    before, after)`; each time, the next statement after the last one that would change it."""
    out: list[tuple[int, Marking, Marking]] = []
    last = -1
    while True:
        groups = changers.get(marking)
        if groups is None:
            groups = changers[marking] = [g for g, m in enumerate(stated) if r.g.raised(marking, m) is not None]
        best = None
        for g in groups:
            statements = active[g]
            i = bisect_right(statements, last)
            if i < len(statements) and (best is None or statements[i] < best[0]):
                best = statements[i], g
        if best is None:
            return out
        new = r.g.raised(marking, stated[best[1]])
        assert new is not None  # (`changers` listed it)
        out.append((best[0], marking, new))
        marking, last = new, best[0]


def report(r: Reading, portions: list[Portion], raised: list[Raised], said: str) -> None:
    """A GOVERNED_PORTION problem for each portion a statement raised."""
    for j, was, new in raised:
        governed(r, portions[j], was, new, said)


def governed(r: Reading, p: Portion, was: Marking, raised: Marking, said: str) -> None:
    """The problem that portion `p`, marked `was`, is treated as `raised` because of what `said` says."""
    r.problem("GOVERNED_PORTION", "warning", f"{said}: this {p.kind} ({was.portion_mark()}) is treated as "
              f"{raised.portion_mark()}", p.start, p.end)
    from .noted_controls import note_gives_control  # (a control given to (U) text: read later, fix45b)
    note_gives_control(r, p, was, raised, said)


def controlled(m: Marking | None) -> bool:
    """`m` is a valid marking above plain (U): a level above UNCLASSIFIED or a designation (SBU, CUI, FOUO): the
    portions a statement that limits foreign release (NOFORN) has something to raise in."""
    return m is not None and m.valid and (m.rank > 0 or bool(m.designations))


def raised_to(r: Reading, p: Portion, stated: list[Marking], said: str) -> Portion:
    """`p` raised to at least every marking of `stated` (never lowered; its mark as written is
    kept), with the GOVERNED_PORTION problem naming what `said` says when it moves."""
    if p.marking is None or not p.marking.valid:
        return p  # (a doubtful portion stays doubtful: withheld at every level, never read as a level a roll-up gives)
    raised = r.g.rollup([p.marking, *stated])
    if raised is None or raised.banner() == p.marking.banner():
        return p
    governed(r, p, p.marking, raised, said)
    return p.with_marking(replace(raised, raw=p.marking.raw))


class Overlaps:
    """The portions of a list that overlap a span, found by bisection over their starts rather
    than by a pass over every portion for every span (spans x portions: the square of a long
    text's size). The portions' offsets must not change while it is used (raising does not
    move them)."""

    def __init__(self, portions: list[Portion]):
        self._order = sorted(range(len(portions)), key=lambda k: portions[k].start)
        self._starts = [portions[k].start for k in self._order]
        self._ends = [portions[k].end for k in self._order]
        self._reach = list(accumulate(self._ends, max))  # (the furthest end of the portions up to each)

    def __call__(self, start: int, end: int) -> list[int]:
        """The indices, in order, of the portions `p` with `p.start < end` and `p.end > start`."""
        out = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            if self._ends[i] > start:
                out.append(self._order[i])
            i -= 1
        return sorted(out)
