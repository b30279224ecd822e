"""What one reading of a document collects as it goes: fields, problems, header values and
the evidence of its classification, all with offsets into the normalised view."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Callable, SupportsIndex

from ..document import Field, Header, Problem, Severity
from ..markings import CableLine, Grammar, LazyPattern, Marking
from ..prefilter import Hits, WayScan, Word, anchor_hits, caseless, may_hold_match
from ..textview import TextView
from .marks import MarkReader
from .segments import Segment, segments


# The evidence that frames a part of a file: a banner line, a cable or `Classification:` line.
BANNER_KINDS = ("banner", "classification_line")


@dataclass(frozen=True)
class Evidence:
    """One thing in a document that says how it is classified: a banner, a classification
    line, a `Classification:` line, an authority block, a security indicator, a caption.
    `marking` is None when the evidence says "classified" without saying how high (an
    authority block); `start:end` is its span in the view."""

    kind: str
    marking: Marking | None
    start: int
    end: int
    seen: str


class Fields(list[Field]):
    """The fields a reading took (`Reading.fields`): a list that, once asked `written`, also keeps
    how many of its fields of each name hold each text as written (blanks collapsed), up to date
    through every change of the list (a field appended, popped, set or deleted at an index is
    counted in or out; any other change makes it count again when next asked), so that a question over every field costs no pass
    over them (a long cable repeats its header after every section line: `cable._repeats_a_header_field`)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        self._written: Counter[tuple[str, str]] | None = None

    def _key(self, f: Field) -> tuple[str, str]:
        return f.name, " ".join(self._text[f.start:f.end].split())

    def written(self, names: Iterable[str], line: str) -> bool:
        """Does a field named one of `names` hold `line` as written (blanks collapsed)?"""
        if self._written is None:
            self._written = Counter(self._key(f) for f in self)
        line = " ".join(line.split())
        return any(self._written[name, line] > 0 for name in names)

    def append(self, f: Field) -> None:
        super().append(f)
        if self._written is not None:
            self._written[self._key(f)] += 1

    def pop(self, index: SupportsIndex = -1) -> Field:
        f = super().pop(index)
        if self._written is not None:
            self._written[self._key(f)] -= 1
        return f

    def __setitem__(self, index: Any, value: Any) -> None:
        if self._written is not None and isinstance(index, int):
            self._written[self._key(self[index])] -= 1
            super().__setitem__(index, value)
            self._written[self._key(value)] += 1
            return
        self._written = None  # any other change: counted again when next asked
        super().__setitem__(index, value)

    def __delitem__(self, index: Any) -> None:
        if self._written is not None and isinstance(index, int):
            self._written[self._key(self[index])] -= 1
        else:
            self._written = None
        super().__delitem__(index)

    def __iadd__(self, values: Any) -> Any:  # type: ignore[misc]
        self._written = None
        return super().__iadd__(values)

    def __imul__(self, times: Any) -> Any:  # type: ignore[misc]
        self._written = None
        return super().__imul__(times)

    def extend(self, values: Any) -> None:
        self._written = None
        super().extend(values)

    def insert(self, index: SupportsIndex, value: Field) -> None:
        self._written = None
        super().insert(index, value)

    def remove(self, value: Field) -> None:
        self._written = None
        super().remove(value)

    def clear(self) -> None:
        self._written = None
        super().clear()


class Reading:
    """The state of reading one document (offsets into `view.text`)."""

    def __init__(self, view: TextView, grammar: Grammar):
        self.view = view
        self.text = view.text
        self.g = grammar
        self.marks = MarkReader(grammar, self.text)
        self.segs = segments(self.text)
        self.fields = Fields(self.text)
        self.problems: list[Problem] = []
        self.header = Header()
        self.captions: list[str] = []
        self.designations: list[str] = []
        self.classification: Marking | None = None
        self.entire_text: Marking | None = None
        self.indicator: tuple[Marking, Field] | None = None  # the ZNR/ZNY security indicator
        self.banner_markings: list[Marking] = []  # top and bottom banners of a memo, as written
        self.evidence: list[Evidence] = []
        self.document_controls: list[Any] = []  # (document_controls.take_release_fields: `StatedControl`s)
        self._field_starts: list[int] = []
        self.taken: set[int] = set()  # segments read before the layout (Classification: lines)
        # view offsets of the statements governing.py resolved to the portions they name (raised or
        # already at the stated level): scope.py's fail-closed fallback is for statements it could not read
        self.statements_resolved: list[int] = []
        self.cable_lines: dict[tuple[int, bool], CableLine | None] = {}  # (segment start, damaged forms)
        self.wrap_width: int | None = None  # (portions.wrap_width, once known)
        self.longest_line: int | None = None  # (portions._longest_line, once known)
        self.record_starts: dict[int, bool] = {}  # (portions.paragraph_break: does a portion's first line lead a log entry)
        self.prompt_list: bool | None = None  # (cable._prompt_list: is every numbered marked line a prompt with its answer below)
        self.diff_hunks: bool | None = None  # (diffs.holds_unified_hunk: does the text hold a unified diff's hunk header)
        self.unreadable_lines: int | None = None  # (unreadable_notes: lines in a language the reader cannot read, 0 when they are lone notes)
        self.unreadable_note_spans: set[tuple[int, int]] = set()  # (scope._claimed: the notes taken as unreadable)
        # (raising.governed: a statement that gave NOFORN, REL TO or DISPLAY ONLY to a plain (U) portion, noted_controls.py)
        self.noted_controls: list[tuple[int, int, str]] = []
        self.unreadable_line_gate: dict[tuple[int, int], bool] = {}  # (unreadable_notes._may_hold_note of each line)
        # (diagram_labels: the spans of the unmarked portions it split into a diagram's marked labels and the rest)
        self.diagram_blocks: list[tuple[int, int]] = []
        # where the mark of each diagram label `diagram_labels` read by its own mark starts (`code_block_marks`)
        self.diagram_label_marks: set[int] = set()
        # (split_raises: (first line's start, split line's start) of each line or block split off a (U) portion)
        self.wrap_splits: set[tuple[int, int]] = set()
        self.edited_starts: dict[int, bool] = {}  # (portions._edited: is a portion's first line an edited chat message)
        self.grid_row_raises: list[tuple[int, int, Any]] = []  # (grid_rows: an unmarked row line's span and the row's mark)
        # (fix44g: cable.take_header_line_controls) the header-zone lines made text for the marks they hold: (start, end, marks)
        self.header_line_marks: list[tuple[int, int, list[Marking]]] = []
        self.form_questions: set[int] = set()  # (tables.form_answers: the line starts of a form's questions it read)
        self._text_in_any_case: str | None = None
        self._gated: list[int] | None = None  # (`WordGate.candidates`, in order)
        self._gated_of: dict[str, list[int]] = {}
        self.word_counts: dict[Word, int] = {}  # (`str.count` of a word, `governing._count`)
        self.word_offsets: dict[Word, list[int]] = {}  # (every offset of a word, `occurrences`)
        self.word_hits: Hits = {}  # (offsets of words found so far: `prefilter.finditer_near_words`)
        self.words_seen: dict[Word, bool] = {}  # (`prefilter.may_match` of every words pattern: each word looked for once)
        self.way_hits: dict[str, tuple[Any]] = {}  # (`prefilter.WayScan.hits` of a pattern, once per reading)
        self._matches: dict[Any, list[re.Match[str]]] = {}  # (`matches`: a pattern's scan of the whole text)
        self._holds: dict[Any, bool] = {}  # (`holds`: whether a pattern finds anything in the whole text)
        self.refers_of: dict[tuple[int, int], list[str]] = {}  # (`scope._refers` of a portion's span)
        self.pages: Any = None  # (`pages.page_map`: the pages of the document and their numbers, once asked)
        self._original_may_hold: dict[str, bool] = {}  # (`original_may_hold` of a pattern)
        self._original_in_any_case: str | None = None  # (`caseless` of the original text, once asked)
        self._original_hits: dict[str, tuple[list[int], list[int]] | None] = {}  # (`original_part_may_hold`)
        self._original_way_hits: dict[str, tuple[list[int], list[int]]] = {}  # (`original_ways_may_hold`)
        self._may_hold: dict[str, bool] = {}  # (`part_may_hold`: whether the view text holds the anchors of a pattern)
        self._hits: dict[str, tuple[list[int], list[int]] | None] = {}  # (`part_may_hold`: where they stand)

    def text_in_any_case(self) -> str:
        """`prefilter.caseless(text)`, made once per reading."""
        if self._text_in_any_case is None:
            self._text_in_any_case = caseless(self.text)
        return self._text_in_any_case

    def original_may_hold(self, pattern: re.Pattern[str]) -> bool:
        """`prefilter.may_hold_match` of `pattern` in the original text, once per reading: False when no
        part of the original text can hold a match of it (its anchor words are not all there)."""
        held = self._original_may_hold.get(pattern.pattern)
        if held is None:
            held = self._original_may_hold[pattern.pattern] = may_hold_match(pattern, self.view.original,
                                                                             self.original_in_any_case())
        return held

    def original_in_any_case(self) -> str:
        """`prefilter.caseless` of the original text, made once per reading."""
        if self.view.original is self.text:
            return self.text_in_any_case()
        if self._original_in_any_case is None:
            self._original_in_any_case = caseless(self.view.original)
        return self._original_in_any_case

    def original_part_may_hold(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """False when the part `start:end` of the original text can hold no match of `pattern`: no word of its
        rarest anchor clause overlaps the part (`prefilter.anchor_hits`, one scan of the text per reading; two
        hits may overlap, so a part overlapped by none is tested, not a hit's start)."""
        if not self.original_may_hold(pattern):
            return False
        original = self.view.original
        return _overlapped(self._original_hits, pattern, original, lambda: self.text_in_any_case() if original is self.text
                           else self._original_in_any_case or caseless(original), start, end)

    def part_may_hold(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """`original_part_may_hold` in the view text (`self.text`): False when its part `start:end` can hold no
        match of `pattern` (no word of the pattern's rarest anchor clause overlaps it; one scan of the text per
        pattern and reading), so that a search of a pattern in each portion scans only the portions that may hold one."""
        if self.view.original is self.text:
            return self.original_part_may_hold(pattern, start, end)
        held = self._may_hold.get(pattern.pattern)
        if held is None:
            held = self._may_hold[pattern.pattern] = may_hold_match(pattern, self.text, self.text_in_any_case())
        if not held:
            return False
        return _overlapped(self._hits, pattern, self.text, self.text_in_any_case, start, end)

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`pattern.search(self.text, start, end)`, not scanned where `part_may_hold` rules a match out."""
        return pattern.search(self.text, start, end) if self.part_may_hold(pattern, start, end) else None

    def finditer(self, pattern: re.Pattern[str], start: int, end: int) -> Iterator[re.Match[str]]:
        """`pattern.finditer(self.text, start, end)`, not scanned where `part_may_hold` rules a match out."""
        return pattern.finditer(self.text, start, end) if self.part_may_hold(pattern, start, end) else iter(())

    def original_ways_may_hold(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """`original_part_may_hold`, and for a pattern that is a choice at its top, False too when no way of it
        may match in the part (`prefilter.WayScan`, kept on the rules object: the anchors of every way found in
        one scan of the original text per reading; a choice of many languages' words holds short ones, `ha`,
        `nie`, in nearly every English line, which the anchors of its rarest clause alone let through)."""
        if not self.original_part_may_hold(pattern, start, end):
            return False
        scan = self.g.way_scans.get(pattern.pattern)
        if scan is None:
            scan = self.g.way_scans[pattern.pattern] = WayScan(pattern)
        if not scan.ways:
            return True
        original, in_any_case = self.view.original, self.original_in_any_case()
        hits = self._original_way_hits.get(pattern.pattern)
        if hits is None:
            hits = self._original_way_hits[pattern.pattern] = scan.hits(original, in_any_case)
        return bool(scan.ways_in(hits, original, start, end, in_any_case))

    def gated(self, family: str) -> list[int]:
        """The patterns of a family of `Grammar.word_gated` (by index in the family, in order)
        that may match the text: each of the others lacks every word of its first clause
        (`prefilter.WordGate`: one pass over the words of every family, made once per reading;
        each family's share of it sorted once)."""
        of = self._gated_of.get(family)
        if of is None:
            gate, ranges = self.g.word_gate
            if self._gated is None:
                seen, gated = gate.presence(self.text, self.text_in_any_case())
                self.words_seen.update(seen)  # (the gate's words: not looked for again)
                self._gated = sorted(gated)
            indexes = ranges[family]
            lo = bisect.bisect_left(self._gated, indexes.start)
            of = self._gated_of[family] = [k - indexes.start for k in
                                           self._gated[lo:bisect.bisect_left(self._gated, indexes.stop, lo)]]
        return list(of)

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """`list(pattern.finditer(self.text))`, scanned once per reading (several statements of a
        document ask for the same scan of the whole text: its chat headers, its quoted headers)."""
        found = self._matches.get(pattern)
        if found is None:
            found = self._matches[pattern] = list(pattern.finditer(self.text))
        return found

    def holds(self, pattern: re.Pattern[str]) -> bool:
        """`pattern.search(self.text) is not None`, searched once per reading."""
        held = self._holds.get(pattern)
        if held is None:
            held = self._holds[pattern] = pattern.search(self.text) is not None
        return held

    def occurrences(self, entry: Word) -> list[int]:
        """Every offset of a word in the text (in any case: in `text_in_any_case`), overlapping ones
        too, in order, once per reading; a word known not to be there is not looked for."""
        found = self.word_offsets.get(entry)
        if found is None:
            word, anyway = entry
            found = self.word_offsets[entry] = [] if self.words_seen.get(entry) is False else \
                _occurrences(self.text_in_any_case() if anyway else self.text, word)
        return found

    def governing_targets(self) -> list[tuple[LazyPattern, str]]:
        """The patterns of `Grammar.governing_targets` (with what each names, in order) that may match
        the text (`gated`): the others find nothing in any part of it."""
        targets = self.g.governing_targets
        return [targets[k] for k in self.gated("governing_targets")]

    def places_abroad(self) -> list[tuple[LazyPattern, str, str]]:
        """The patterns of `Grammar.scope_places_abroad` (with their kind and place, in order) that may
        match the text (`gated`): the others find nothing in any part of it. About sixty patterns, each
        of which a statement's portion, a line or a sentence would otherwise be searched for."""
        places = self.g.scope_places_abroad
        return [places[k] for k in self.gated("places_abroad")]

    def in_words_candidates(self) -> list[int]:
        """The patterns of `Grammar.in_words` (by index, in order) that may match the text (`gated`)."""
        return self.gated("in_words")

    def field(self, name: str, seg: Segment | tuple[int, int], value: str | None = None) -> Field:
        start, end = (seg.start, seg.end) if isinstance(seg, Segment) else seg
        f = Field(name, start, end, value if value is not None else self.text[start:end].strip())
        self.fields.append(f)
        bisect.insort(self._field_starts, start)
        return f

    def drop_last_field(self) -> Field:
        """Take back the field read last (a line the layout then reads as body text)."""
        f = self.fields.pop()
        del self._field_starts[bisect.bisect_left(self._field_starts, f.start)]
        return f

    def next_field_start(self, offset: int) -> int | None:
        """The start of the first field that begins after `offset`."""
        index = bisect.bisect_right(self._field_starts, offset)
        return self._field_starts[index] if index < len(self._field_starts) else None

    def problem(self, code: str, severity: Severity, message: str, start: int, end: int) -> None:
        self.problems.append(Problem(code, severity, message, start, end))

    def marking_problems(self, marking: Marking, start: int, end: int) -> None:
        for p in marking.problems:
            self.problems.append(Problem(p.code, p.severity, p.message, start, end, reference=p.reference))

    def witness(self, kind: str, marking: Marking | None, start: int, end: int) -> None:
        """Record a piece of evidence of the document's classification."""
        self.evidence.append(Evidence(kind, marking, start, end, self.text[start:end].strip()))

    def first_nonblank(self) -> Segment | None:
        return next((s for s in self.segs if not s.blank), None)

    def last_nonblank(self) -> Segment | None:
        return next((s for s in reversed(self.segs) if not s.blank), None)

    def banners_of_two_levels(self, at_least: int) -> list[Evidence]:
        """The banners and classification lines in document order, when there are `at_least` of
        them, every one read exactly, and they do not all say the same level (parts of a file
        under different banners); otherwise none."""
        banners = sorted((e for e in self.evidence if e.kind in BANNER_KINDS), key=lambda e: e.start)
        if len(banners) < at_least or any(e.marking is None or not e.marking.valid for e in banners):
            return []
        if len({e.marking.banner() for e in banners}) < 2:  # type: ignore[union-attr]
            return []  # one level throughout: nothing to tell apart
        return banners


def _occurrences(text: str, word: str) -> list[int]:
    """Every offset of `word` in `text`, overlapping ones too."""
    at, out = text.find(word), []
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _overlapped(cache: dict[str, tuple[list[int], list[int]] | None], pattern: re.Pattern[str], text: str,
                in_any_case: Callable[[], str], start: int, end: int) -> bool:
    """Whether a word of the rarest anchor clause of `pattern` overlaps the part `start:end` of `text`
    (`prefilter.anchor_hits`, found once per reading in `cache`; `in_any_case` makes `caseless(text)`). Two
    hits may overlap, so a part overlapped by none is tested, not a hit's start; True when there is no gate."""
    if pattern.pattern not in cache:
        found = anchor_hits(pattern, text, in_any_case())
        cache[pattern.pattern] = None if found is None else ([lo for lo, _ in found], _running_max([hi for _, hi in found]))
    hits = cache[pattern.pattern]
    if hits is None:
        return True
    starts, reach = hits
    before = bisect.bisect_left(starts, end)  # (the hits that start before the part ends)
    return before > 0 and reach[before - 1] > start  # (one of them ends inside or after the part)


def _running_max(values: list[int]) -> list[int]:
    """Each value raised to the largest before it (how far the hits up to each one reach)."""
    top, out = -1, []
    for v in values:
        top = max(top, v)
        out.append(top)
    return out
