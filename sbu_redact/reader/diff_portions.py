"""The portions of a diff or patch cut at its changed lines (issue 8, round 118; which lines are changed
is `diffs.hunk_lines`).

A changed line is text of the document the diff is of, set after a sign that says it was added or
removed: it is no continuation of the (U) paragraph of the context line above it (the diff's author may
have added a sentence under it that the mark never covered, or removed the line that began another
paragraph). So `diff_lines` cuts the portions the layout read (before inheritance, `evidence.inherit`)
at every changed line, and reads each changed line after its sign:
- one that opens with a portion mark (`+(SBU) The login ...`, `> 3. (C) The minister ...`, `! (S) ...`)
  is a portion marked by it, that line alone (a mark governs its own line: whatever follows it, changed,
  takes what unmarked text takes);
- the others are unmarked portions (a run of them one portion): they take the level of the document the
  diff is of (its banner or classification line, in the context lines or anywhere), never the (U) of the
  context line above (fail closed; with no level at all, they are doubtful and withheld);
- a context line after a changed line, inside the portion above, is unmarked too (the change may have
  ended or begun a paragraph around it); a context line that opens with a mark stays as the layout read it.
A banner on a changed line (`+SECRET//NOFORN`, `-CONFIDENTIAL`) is the level of one version of the document:
unmarked text takes at least that level. A hunk header's trailing text is read in the same way. Lines
outside hunks (the file headers, a commit message) are left as the layout read them.
"""
from __future__ import annotations

import bisect

from ..document import Portion
from .diffs import CHANGED, OTHER, Line, hunk_lines
from .portions import make_portion
from .segments import Segment
from .state import Reading


def diff_lines(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` cut at the changed lines of a diff, each changed line read after its sign (module
    docstring)."""
    lines = hunk_lines(r)
    if lines is None:
        return portions
    starts = [line.start for line in lines]
    changed = [line for line in lines if line.role == CHANGED]
    if not changed:
        return portions
    for line in changed:  # a banner added or removed: the document (new or old) is at least at its level
        lo = line.start + line.sign
        banner = r.marks.banner_at(Segment(lo, line.end, r.text[lo:line.end]))
        if banner is not None and banner.level is not None and (banner.rank > 0 or banner.designations or banner.dissem):
            r.witness("classification_in_words", banner, lo, line.end)
            r.problem("CLASSIFICATION_IN_WORDS", "warning", f"a diff's changed line is the banner {banner.banner()}: "
                      f"unmarked portions are treated as at least {banner.level}", lo, line.end)
    out: list[Portion] = []
    covered: set[int] = set()  # (the starts of the changed lines read here)
    for p in portions:
        inside = _within(lines, starts, p.start, p.end)
        if not any(line.role == CHANGED for line in inside):
            out.append(p)
            continue
        out.extend(_cut(r, p, inside, covered))
    for line in changed:  # changed lines that no portion held
        if line.start not in covered:
            out.extend(_cut(r, None, [line], covered))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _within(lines: list[Line], starts: list[int], start: int, end: int) -> list[Line]:
    k = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while k < len(lines) and lines[k].start < end:
        if lines[k].end > start:
            out.append(lines[k])
        k += 1
    return out


def _cut(r: Reading, p: Portion | None, inside: list[Line], covered: set[int]) -> list[Portion]:
    """The pieces of portion `p` (None: lines no portion held) over its lines `inside`."""
    out: list[Portion] = []
    k = 0
    if p is not None:  # its lines before the first changed one keep it (its mark is on them)
        while k < len(inside) and inside[k].role != CHANGED:
            k += 1
        if k:
            end = inside[k - 1].end
            while end > p.start and r.text[end - 1] in " \t\n":
                end -= 1
            if end > p.start and (p.mark_end is None or p.mark_end <= end):
                out.append(Portion(p.start, end, min(p.body_start, end), p.kind, p.number, p.marking, p.explicit,
                                   p.mark_start, p.mark_end))
            else:
                k = 0
    run: Portion | None = None  # (the unmarked portion a run of unmarked lines makes)
    run_changed = False  # (... of changed lines, or of context lines)
    for line in inside[k:]:
        if line.role == CHANGED:
            covered.add(line.start)
        lo = line.start + line.sign
        seg = Segment(lo, line.end, r.text[lo:line.end])
        if seg.blank:
            continue
        markm = r.marks.lead(seg) or r.marks.mark_lead(seg)
        if markm is not None and markm.group("mark"):
            number = int(markm.group("num")) if "num" in markm.re.groupindex and markm.group("num") else None
            out.append(make_portion(r, seg, markm, line.end, "paragraph", number))
            run = None
            continue
        if line.role == OTHER and p is None:
            continue
        start = seg.start + len(seg.text) - len(seg.text.lstrip())
        end = seg.start + len(seg.text.rstrip())
        if run is not None and (line.role == CHANGED) == run_changed:
            run = Portion(run.start, end, run.body_start, run.kind, None, None, False)
            out[-1] = run
        else:
            run = Portion(start, end, start, p.kind if p is not None and p.kind != "subject" else "paragraph",
                          None, None, False)
            run_changed = line.role == CHANGED
            out.append(run)
    return out
