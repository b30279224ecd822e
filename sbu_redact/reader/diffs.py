"""The layout of a diff or patch (issue 8, round 118): which lines open a hunk and which of its lines
are changed or context, in unified (`@@ -12,7 +12,9 @@`, `+`/`-` lines), context (`***************`,
`*** 1,5 ****`, `--- 1,6 ----`, `! `/`+ `/`- ` lines) and normal (`3c3,4`, `< `/`---`/`> ` lines) diffs.
This is the one reader of a diff's layout: `diff_portions` cuts the portions at the changed lines it
finds, and `portions.paragraph_break` asks `holds_unified_hunk` (a `+`/`-` line after context lines,
round 83). A hunk header's trailing text (`@@ -14,8 +14,11 @@ 3. (C) Econ Minister ...`, a line the tool
copied from the file) is a changed line after its header. Which lines open a hunk is vocabulary
(`structure` of rules/markings.yaml: `diff_hunk`, `context_diff_hunk`, `normal_diff_change`).
"""
from __future__ import annotations

import re

from .state import Reading

CONTEXT, CHANGED, OTHER = 0, 1, 2  # (the roles of a line: `Line.role`)
_CONTEXT_RULE = "***************"
_HUNK_COUNTS = re.compile(r"@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")


class Line:
    __slots__ = ("start", "end", "text", "role", "sign")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.role, self.sign = OTHER, 0  # (sign: how many characters the diff's sign takes before the text)


def _lines(r: Reading) -> list[Line]:
    """The physical lines of the view (a collapsed line's pieces joined again)."""
    out: list[Line] = []
    text = r.text
    for seg in r.segs:
        if out and seg.start > 0 and text[seg.start - 1] != "\n":
            last = out[-1]
            last.end, last.text = seg.end, text[last.start:seg.end]
        else:
            out.append(Line(seg.start, seg.end, seg.text))
    return out


def holds_unified_hunk(r: Reading) -> bool:
    """Whether the text holds a unified diff's hunk header (`structure.diff_hunk`), read once per reading:
    this module reads the hunks, and the layout asks it (`portions.paragraph_break`: a `+`/`-` line, round 83)."""
    if r.diff_hunks is None:
        r.diff_hunks = r.g.diff_hunk.search(r.text) is not None
    return r.diff_hunks


def _may_hold_diff(r: Reading) -> bool:
    text = r.text
    if holds_unified_hunk(r):
        return True
    if _CONTEXT_RULE in text:
        return True
    return "\n<" in text or "\n>" in text  # (a normal diff's change command: `_hunk_lines` reads each line's first)


def _hunk_lines(r: Reading, lines: list[Line]) -> bool:
    """Mark the role of each line of every hunk (`Line.role`, `.sign`); True when there is one."""
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
                line.role, line.sign = CHANGED, m.end()
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
                    lines[i].role, lines[i].sign = CHANGED, 1
                elif c == " " or not t.strip():
                    lines[i].role, lines[i].sign = CONTEXT, 1 if c == " " else 0
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
                    lines[i].role, lines[i].sign = CHANGED, min(2, len(t))
                elif t[:2] == "  " or not t.strip():
                    lines[i].role, lines[i].sign = CONTEXT, 2 if t[:2] == "  " else 0
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
                    lines[i].role, lines[i].sign = CHANGED, 2 if t[1:2] in (" ", "\t") else 1
                elif t.rstrip() != "---" and c != "\\":
                    break
                i += 1
            continue
        i += 1
    return found


def hunk_lines(r: Reading) -> list[Line] | None:
    """The physical lines of the view, each with its role in a hunk (`Line.role`, `.sign`); None when the
    text holds no hunk."""
    if not _may_hold_diff(r):
        return None
    lines = _lines(r)
    return lines if _hunk_lines(r, lines) else None
