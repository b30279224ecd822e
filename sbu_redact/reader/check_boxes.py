"""Classification by check boxes, as forms print it: `Block classification:  [X] U   [ ] C   [ ] S`
marks the block it stands in with the level whose box is ticked; `OVERALL CLASSIFICATION OF
REPORT:  [ ] UNCLASSIFIED   [X] SECRET` is the document's. A line counts when a label naming a
classification or marking comes first and every box is followed by a level (its name or its
portion abbreviation). No ticked box makes the block doubtful; several make it the highest."""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking, MarkingProblem
from ..prefilter import finditer_on_lines
from .state import Reading

_LINE = compile_pattern(r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?P<label>[A-Za-z][A-Za-z /\-]{0,60}?)[ \t]*:[ \t]*"
                   r"(?P<boxes>(?:\[[ xX✓✔]?\][ \t]*[A-Za-z][A-Za-z/]{0,15}(?:[ \t][A-Z]{3,15})?[ \t]*){2,})$",
                   re.MULTILINE)
_BOX_ONLY = compile_pattern(r"\[[ xX✓✔]?\]")  # (what every line `_LINE` matches holds)
_BOX = compile_pattern(r"\[(?P<tick>[ xX✓✔]?)\][ \t]*(?P<level>[A-Za-z][A-Za-z/]{0,15}(?:[ \t][A-Z]{3,15})?)")


def check_box_markings(r: Reading, portions: list[Portion]) -> list[Portion]:
    """Portions marked by the check-box classification lines they hold; the document's
    classification from an overall one."""
    if "]" not in r.text or ("[X]" not in r.text and "[x]" not in r.text and "[ ]" not in r.text):
        return portions  # (most documents have no check boxes)
    out = list(portions)
    for line in _lines_with_boxes(r.text):
        label = line.group("label").lower()
        if "clas" not in label and "marking" not in label:
            continue
        marking = _ticked(r, line)
        if marking is None:
            continue
        start, end = line.start("boxes"), line.end("boxes")
        if "overall" in label or "document" in label:  # the document's: a banner, no portion's mark
            r.witness("banner", marking, line.start(), line.end())
            r.field("banner", (line.start(), line.end()), line.group(0).strip())
            current = r.classification
            r.classification = marking if current is None or not marking.valid or not current.valid \
                else r.g.rollup([current, marking])
            out = _cut(r, out, line.start(), line.end())
            continue
        for k, p in enumerate(out):
            if p.start <= start < max(p.end, p.start + 1):
                read_box = p.mark_start is not None and start <= p.mark_start < end
                own = None if read_box or p.marking is None or not p.explicit else p.marking
                combined = marking if own is None or not marking.valid else \
                    own if not own.valid else r.g.rollup([own, marking])
                out[k] = Portion(p.start, p.end, p.body_start, p.kind, p.number, combined, True, start, end)
                head = out[k - 1] if k > 0 else None
                if head is not None and p.number is None and p.start >= line.start() and head.number is not None \
                        and not head.explicit and head.marking is None \
                        and "\n\n" not in r.text[head.end:p.start].replace(" ", "").replace("\t", ""):
                    # `4. LOCATION: ...` / `Block classification: [X] U`: the numbered head of the block
                    out[k - 1] = Portion(head.start, head.end, head.body_start, head.kind, head.number, combined,
                                         True, None, None)
                break
    return out


def _lines_with_boxes(text: str) -> list[re.Match[str]]:
    """`_LINE.finditer(text)`: the pattern is tried on the lines that hold a box only (a match
    is a whole line: `^` and `$` of a line, nothing in it crosses a line end)."""
    return finditer_on_lines(_LINE, _BOX_ONLY, text)


def _ticked(r: Reading, line: re.Match[str]) -> Marking | None:
    """The marking the ticked boxes of a line give (None when a box names no level)."""
    levels: list[Marking] = []
    ticked: list[Marking] = []
    for box in _BOX.finditer(line.group("boxes")):
        marking = r.g.parse(box.group("level").upper())
        if marking.level is None or not marking.valid:
            return None  # `[X] Official [ ] Social`: check boxes, but not a classification
        levels.append(marking)
        if box.group("tick").strip():
            ticked.append(marking)
    if not ticked:
        return replace(r.g.parse(""), problems=(MarkingProblem(
            "UNREADABLE", "error", "no check box of the classification line is ticked; a reviewer must mark it"),))
    return ticked[0] if len(ticked) == 1 else r.g.rollup(ticked)


def _cut(r: Reading, portions: list[Portion], start: int, end: int) -> list[Portion]:
    """Portions without the span `start:end` (a line that is a field): the text of a portion
    after it is a portion of its own, unmarked."""
    out: list[Portion] = []
    for p in portions:
        if p.end <= start or p.start >= end:
            out.append(p)
            continue
        head_end = start
        while head_end > p.start and r.text[head_end - 1] in " \t\n":
            head_end -= 1
        if head_end > p.start:
            out.append(Portion(p.start, head_end, min(p.body_start, head_end), p.kind, p.number, p.marking,
                               p.explicit, p.mark_start if p.mark_start is not None and p.mark_start < head_end
                               else None, p.mark_end if p.mark_start is not None and p.mark_start < head_end
                               else None))
        tail = end
        while tail < p.end and r.text[tail] in " \t\n":
            tail += 1
        if tail < p.end:
            out.append(Portion(tail, p.end, tail, "paragraph", None, None, False, None, None))
    return out
