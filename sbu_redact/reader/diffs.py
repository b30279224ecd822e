"""The changed lines of a diff or patch (issue 8, round 118): unified (`@@ -12,7 +12,9 @@`, `+`/`-`
lines), context (`***************`, `*** 1,5 ****`, `--- 1,6 ----`, `! `/`+ `/`- ` lines) and normal
(`3c3,4`, `< `/`---`/`> ` lines).

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
unmarked text takes at least that level. A hunk header's trailing text (`@@ -14,8 +14,11 @@ 3. (C) Econ Minister ...`, a line the tool copied from
the file) is read in the same way. Lines outside hunks (the file headers, a commit message) are left as
the layout read them. Which lines open a hunk is vocabulary (`structure` of rules/markings.yaml:
`diff_hunk`, `context_diff_hunk`, `normal_diff_change`).
"""
from __future__ import annotations

import bisect
import re

from ..document import Portion
from .portions import make_portion
from .segments import Segment
from .state import Reading

_CONTEXT, _CHANGED, _OTHER = 0, 1, 2
_CONTEXT_RULE = "***************"
_HUNK_COUNTS = re.compile(r"@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")


class _Line:
    __slots__ = ("start", "end", "text", "role", "sign")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.role, self.sign = _OTHER, 0  # (sign: how many characters the diff's sign takes before the text)


def _lines(r: Reading) -> list[_Line]:
    """The physical lines of the view (a collapsed line's pieces joined again)."""
    out: list[_Line] = []
    text = r.text
    for seg in r.segs:
        if out and seg.start > 0 and text[seg.start - 1] != "\n":
            last = out[-1]
            last.end, last.text = seg.end, text[last.start:seg.end]
        else:
            out.append(_Line(seg.start, seg.end, seg.text))
    return out


def _may_hold_diff(r: Reading) -> bool:
    text = r.text
    if "@@ -" in text and r.g.diff_hunk.search(text) is not None:
        return True
    if _CONTEXT_RULE in text:
        return True
    return "\n<" in text or "\n>" in text  # (a normal diff's change command: `_hunk_lines` reads each line's first)


def _hunk_lines(r: Reading, lines: list[_Line]) -> bool:
    """Mark the role of each line of every hunk (`_Line.role`, `.sign`); True when there is one."""
    found = False
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        t = line.text
        head = t[:1]
        if head == "@" and r.g.diff_hunk.match(t) is not None:  # unified
            found = True
            m = r.g.diff_hunk.match(t)
            assert m is not None
            if t[m.end():].strip():  # the line the tool copied after the header
                line.role, line.sign = _CHANGED, m.end()
            counts = _HUNK_COUNTS.match(t)
            left = sum(int(c or 1) for c in counts.groups()) if counts is not None else -1
            i += 1
            while i < n:
                t = lines[i].text
                c = t[:1]
                if c == "@" and r.g.diff_hunk.match(t) is not None:
                    break
                if left == 0 and t.rstrip() == "--":
                    break  # a patch e-mail's signature (`-- ` / `2.43.0`) after the hunk's last line
                left -= 2 if c == " " or not t else 1 if c and c in "+-" else 0  # (a context line: both sides)
                if c == "-" and t.startswith("--- ") and i + 1 < n and lines[i + 1].text.startswith("+++ "):
                    break  # the next file's header
                if c and c in "+-":
                    lines[i].role, lines[i].sign = _CHANGED, 1
                elif c == " " or not t.strip():
                    lines[i].role, lines[i].sign = _CONTEXT, 1 if c == " " else 0
                elif c != "\\":  # (`\ No newline at end of file`)
                    break
                i += 1
            continue
        if head == "*" and t.rstrip() == _CONTEXT_RULE:  # context
            found = True
            i += 1
            while i < n:
                t = lines[i].text
                c = t[:1]
                if t.rstrip() == _CONTEXT_RULE:
                    break
                if c and c in "*-" and r.g.context_diff_hunk.fullmatch(t.rstrip()) is not None:
                    i += 1
                    continue
                if c and c in "+-!" and t[1:2] in (" ", "\t", ""):
                    lines[i].role, lines[i].sign = _CHANGED, min(2, len(t))
                elif t[:2] == "  " or not t.strip():
                    lines[i].role, lines[i].sign = _CONTEXT, 2 if t[:2] == "  " else 0
                elif c != "\\":
                    break
                i += 1
            continue
        if head.isdecimal() and r.g.normal_diff_change.fullmatch(t.rstrip()) is not None \
                and i + 1 < n and lines[i + 1].text[:1] in ("<", ">"):  # normal
            found = True
            i += 1
            while i < n:
                t = lines[i].text
                c = t[:1]
                if c and c in "<>":
                    lines[i].role, lines[i].sign = _CHANGED, 2 if t[1:2] in (" ", "\t") else 1
                elif t.rstrip() != "---" and c != "\\":
                    break
                i += 1
            continue
        i += 1
    return found


def diff_lines(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` cut at the changed lines of a diff, each changed line read after its sign (module
    docstring)."""
    if not _may_hold_diff(r):
        return portions
    lines = _lines(r)
    if not _hunk_lines(r, lines):
        return portions
    starts = [line.start for line in lines]
    changed = [line for line in lines if line.role == _CHANGED]
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
        if not any(line.role == _CHANGED for line in inside):
            out.append(p)
            continue
        out.extend(_cut(r, p, inside, covered))
    for line in changed:  # changed lines that no portion held
        if line.start not in covered:
            out.extend(_cut(r, None, [line], covered))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _within(lines: list[_Line], starts: list[int], start: int, end: int) -> list[_Line]:
    k = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while k < len(lines) and lines[k].start < end:
        if lines[k].end > start:
            out.append(lines[k])
        k += 1
    return out


def _cut(r: Reading, p: Portion | None, inside: list[_Line], covered: set[int]) -> list[Portion]:
    """The pieces of portion `p` (None: lines no portion held) over its lines `inside`."""
    out: list[Portion] = []
    k = 0
    if p is not None:  # its lines before the first changed one keep it (its mark is on them)
        while k < len(inside) and inside[k].role != _CHANGED:
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
        if line.role == _CHANGED:
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
        if line.role == _OTHER and p is None:
            continue
        start = seg.start + len(seg.text) - len(seg.text.lstrip())
        end = seg.start + len(seg.text.rstrip())
        if run is not None and (line.role == _CHANGED) == run_changed:
            run = Portion(run.start, end, run.body_start, run.kind, None, None, False)
            out[-1] = run
        else:
            run = Portion(start, end, start, p.kind if p is not None and p.kind != "subject" else "paragraph",
                          None, None, False)
            run_changed = line.role == _CHANGED
            out.append(run)
    return out
