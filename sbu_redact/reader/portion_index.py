"""The portions a governing statement is resolved over, indexed once (by offset, number, kind, opening
letter, head, opening time): resolving a statement then costs what it names, not a pass over every
portion (`governing`, `labelled`, `pointers`)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..document import Portion
from ..lazyre import compile_pattern

HEAD_MARKS = "*_#>-•=~–—[(< "  # (what a head may open with before its label: emphasis, bullets, a divider's rule)
_OPENING = 16  # (characters: more than the longest label `governing._COMPOUND` reads)
# the time a portion opens with: a caption cue (`00:14:10 --> 00:14:36`), a post's time, after its
# date (`[11/30/2026 09:02] name:`), a timestamp in brackets
_OPENING_TIME = compile_pattern(r"[ \t\[(]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ \tT,]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")


class PortionIndex(list[Portion]):
    """The portions a statement is resolved over (`governing.govern`), in document order, with what resolving a statement looks up in
    them (by offset, number, kind, opening letter), made once: resolving a statement then costs
    what it names, not a pass over every portion. A region is a `range` of indices when it is
    one block of portions."""

    def __init__(self, portions: list[Portion]):
        super().__init__(portions)
        self.starts = [p.start for p in portions]
        ends = [p.end for p in portions]
        self.ends = ends if all(a <= b for a, b in zip(ends, ends[1:])) else None  # (sorted: `above` is a block)
        self._numbered: dict[int | None, list[int]] | None = None
        self._kinds: dict[tuple[str, bool], list[int]] = {}
        self._lettered: dict[str, list[int]] = {}
        self._heads: tuple[list[str], list[int]] | None = None
        self._openings: tuple[list[str], list[int]] | None = None
        self._times: list[tuple[int, tuple[int, int, int]]] | None = None

    def heads(self, text: str) -> tuple[list[str], list[int]]:
        """The head of every portion's text as `labelled.labelled_blocks` compares it with a label (its first 80
        characters after any number and mark, blanks collapsed, in any case, without leading
        emphasis or bullets), sorted, and the index of the portion of each."""
        if self._heads is None:
            heads = sorted((" ".join(text[p.body_start:min(p.end, p.body_start + 80)].split()).casefold()
                            .lstrip(HEAD_MARKS), k) for k, p in enumerate(self))
            self._heads = [h for h, _ in heads], [k for _, k in heads]
        return self._heads

    def openings(self, text: str) -> tuple[list[str], list[int]]:
        """The first `_OPENING` characters of every portion's text after its leading blanks (where
        `governing._labelled_number` looks for a paragraph's label), sorted, and the index of the portion
        of each."""
        if self._openings is None:
            openings = []
            for k, p in enumerate(self):
                at = p.start
                while at < p.end and text[at].isspace():
                    at += 1
                openings.append((text[at:min(p.end, at + _OPENING)], k))
            openings.sort()
            self._openings = [o for o, _ in openings], [k for _, k in openings]
        return self._openings

    def opening_times(self, text: str) -> list[tuple[int, tuple[int, int, int]]]:
        """(index, time) of every portion that opens with a time (`_OPENING_TIME`), in order."""
        if self._times is None:
            self._times = []
            for k, p in enumerate(self):
                first = _OPENING_TIME.match(text, p.start, p.end)
                if first is not None:
                    self._times.append((k, (int(first.group(1)), int(first.group(2)), int(first.group(3) or 0))))
        return self._times

    def numbered(self, n: int, region: Sequence[int]) -> set[int]:
        """The portions of `region` numbered `n`."""
        if self._numbered is None:
            self._numbered = {}
            for k, p in enumerate(self):
                self._numbered.setdefault(p.number, []).append(k)
        return _inside(self._numbered.get(n, []), region)

    def of_kind(self, kind: str, region: Sequence[int], explicit: bool = False) -> list[int]:
        """The portions of `region` of `kind` (`explicit`: and marked), in order."""
        if not isinstance(region, range) or region.step != 1:
            return [k for k in region if self[k].kind == kind and (self[k].explicit or not explicit)]
        found = self._kinds.get((kind, explicit))
        if found is None:
            found = self._kinds[(kind, explicit)] = [k for k, p in enumerate(self) if p.kind == kind
                                                     and (p.explicit or not explicit)]
        return found[bisect.bisect_left(found, region.start):bisect.bisect_left(found, region.stop)]

    def lettered(self, text: str, letter: str, region: Sequence[int]) -> set[int]:
        """The portions of `region` that open with `letter` as an enumerator (`(b)`, `b)`, `b.`),
        before or after their portion mark."""
        found = self._lettered.get(letter)
        if found is None:
            enumerator = re.compile(r"[ \t]*(?:\([A-Za-z/ ,\-]{1,30}\)[ \t]*)?[(\[]?" + letter + r"[)\].][ \t]")
            found = self._lettered[letter] = [k for k, p in enumerate(self) if enumerator.match(
                text, p.start, min(p.end, p.body_start + 8))]
        return _inside(found, region)


def _inside(found: list[int], region: Sequence[int]) -> set[int]:
    """The indices of sorted `found` that `region` holds."""
    if isinstance(region, range) and region.step == 1:
        return set(found[bisect.bisect_left(found, region.start):bisect.bisect_left(found, region.stop)])
    return set(found).intersection(region)


def blank_between(text: str, a: Portion, b: Portion) -> bool:
    """Whether a blank line sets portion `b` apart from portion `a` before it."""
    lo = a.start + len(text[a.start:a.end].rstrip())
    hi = b.start + (len(text[b.start:b.end]) - len(text[b.start:b.end].lstrip()))
    return text[lo:hi].replace("\r\n", "\n").replace("\r", "\n").count("\n") >= 2
