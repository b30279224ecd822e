"""The labels and comments of a Mermaid diagram written in a document, and the values of a JSON Lines export (issue 8, round 134): a fenced block
(```` ```mermaid ````) whose nodes carry quoted labels, each opened by a portion mark of its own (`A["(U) Applicant
submits DS-160 online"] --> B["(U) Interview at window 4"]`), and `%%` comment lines, each opened by its own mark
(`%% (U) Window 4 is the only window with a document camera.`). Read as one unmarked paragraph, the whole diagram
took the document's level and every (U) label with it.

And a JSON Lines export (a Mattermost or Slack bulk export, one JSON object a line): a string value opened by its
own mark (`"message":"(U) Slides are on the shared drive."`) is marked by it, up to its closing quote or its first
escaped line break (`\\n`: the next line of a message, typed so, takes the export's level); a value without a mark
(a thread reply) stays unmarked.

And a PlantUML diagram (`@startuml` ... `@enduml`): a one-line element whose label opens with its own mark, an
activity (`:(U) Applicant books online;`, up to its `;`), a message's or a one-line note's label after its colon
(`CC -> VU : (U) schedule interview`, `note left : (U) ...`) or a title (`title (U) ...`), each to its line's end;
a note of several lines (`note over CC` ... `end note`) without a mark stays unmarked.

A quoted label's text ends at its closing quote and a `%%` comment at its line's end: both ends are certain from
the syntax, so a mark that opens the label or comment and reads exactly marks exactly that text. Everything else
of the diagram (node names, arrows, an edge's label without a mark, an unmarked comment) stays unmarked text,
which takes the document's level (fail closed). Only unmarked portions are read so: nothing marked is lowered.

Only where the ends are certain (review32c): a label ends at its first line break, written as one too (a `\\n`, `\\r`,
`\\u000a` or `\\u2028` escape, any backslash escape, a `<br>`, PlantUML's `%newline()`): the text after it is unmarked;
a label holding another mark is not read so; a block whose fence or `@enduml` never closes is not read; `%%` comments
only inside a Mermaid block; JSON values only in a file whose every non-blank line is a JSON object. And a label's own
(U) never lowers what a statement, a claim or a stretch raises: when anything the reading does after the marks (the
statements that govern text elsewhere, `raise_split_blocks`) raises one piece of a split diagram, every piece of it
is raised with it, as the unsplit diagram was.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .cells import exact
from .fenced_blocks import fenced_blocks
from ..prefilter import may_match
from .raising import raised_to
from .state import Reading

# a node's quoted label opened by a portion mark (`["(U) text"]`, `("(C) text")`, `{"(U) text?"}`): the mark
# and the label's text up to its closing quote, on one line
_LABEL = re.compile(r"""(?<=[\[({>]["])(?P<mark>\([^()"\n]{1,40}\))[ \t]+(?P<text>[^"\n]*[^"\s])["]""")
# a JSON string value opened by a portion mark (`"message":"(U) text"`, `"text": "(S//NF) ..."`): the mark and the
# value's text up to its closing quote or its first escaped line break
_JSON_VALUE = re.compile(r"""(?<=["])[ \t]*:[ \t]*["](?P<mark>\([^()"\\\n]{1,40}\))[ \t]+"""
                         r"""(?P<text>[^"\\\n]*?)[ \t]*(?=["\\])""")
_JSON_LINE = re.compile(r"(?m)^[ \t]*\{[^\n]*\}[ \t]*$")
# evidence read in words that governs text elsewhere (a reclassification, a foreign stamp, a level or control in words)
_GOVERNING_EVIDENCE = frozenset({"reclassification", "foreign_stamp", "classification_in_words", "controls_in_words",
                                 "dissemination_control"})
_BANNER = re.compile(r"[A-Z][A-Z/ ,-]*[A-Z]")
# a PlantUML diagram, and its one-line elements whose label opens with a portion mark: an activity up to its `;`, a
# message's or note's label after its colon, a title or caption (each to its line's end)
_PLANTUML = re.compile(r"(?m)^[ \t]*@startuml\b[^\n]*$")
_PLANTUML_END = re.compile(r"(?m)^[ \t]*@enduml\b")
_PLANTUML_LABEL = re.compile(r"(?m)^[ \t]*(?::|(?:title|caption)[ \t]+|[^:\n]*[^:\s][ \t]+:[ \t]*)"
                             r"(?P<mark>\([^()\n]{1,40}\))[ \t]+(?P<text>[^\n;]*[^\s;])"
                             r"(?:(?<=[^:\n])[ \t]*;[ \t]*$|[ \t]*$)")
# a comment line opened by a portion mark (`%% (U) Owner: NEA/AP.`)
_COMMENT = re.compile(r"(?m)^[ \t]*%%[ \t]*(?P<mark>\([^()\n]{1,40}\))[ \t]+(?P<text>\S[^\n]*?)[ \t]*$")


# where a label's text breaks to a new line as written: any backslash escape (`\n`, `\r`, `\u000a`, `\u2028`), an HTML
# line break, PlantUML's `%newline()`
_BREAK = re.compile(r"\\|<br\b|<p\b|%newline\(", re.IGNORECASE)
# a parenthesised token inside a label that may be another mark
_INNER_MARK = re.compile(r"\([^()\n]{1,40}\)")
# a label that names a Mermaid subgraph (its mark may govern the nodes in it)
_SUBGRAPH = re.compile(r"[ \t]*subgraph\b")


def diagram_labels(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the marked labels and comments of a Mermaid diagram, and the marked values of a JSON Lines
    export, set apart (module docstring)."""
    text = r.text
    if '"(' not in text and "%%" not in text and "@startuml" not in text:
        return portions
    blocks: list[tuple[int, int, str]] = []
    if "mermaid" in text:
        for block in fenced_blocks(text):
            # (an unclosed fence: where the diagram ends is not known, so no label of it is read by its own mark; and
            # reading a label releases it, so only a block as certain as before the one fence reader: `mermaid` as
            # written, closed by the very fence that opened it, not a longer one or `Mermaid`, review39d 07b-49)
            opening = text[block.start:block.body_start].strip()
            fence = opening[:len(opening) - len(opening.lstrip(opening[:1]))]
            if block.closed and block.info.split()[:1] == ["mermaid"] \
                    and text[block.body_end:block.end].strip() == fence:
                blocks.append((block.body_start - 1, block.body_end, "mermaid"))
    if "@startuml" in text:
        for m in _PLANTUML.finditer(text):
            close = _PLANTUML_END.search(text, m.end())
            if close is not None:
                blocks.append((m.end(), close.start(), "plantuml"))
    _laid_apart(r, blocks, portions)
    lines = text.lstrip()[:1] == "{" and _json_lines(r, text)
    if not blocks and not lines or _statements(r):
        return portions
    out: list[Portion] = []
    for p in portions:
        if not p.explicit and p.marking is None:
            pieces = _split(r, p, blocks, lines)
            if len(pieces) > 1 or pieces[0] is not p:
                r.diagram_blocks.append((p.start, p.end))
            out.extend(pieces)
        else:
            out.append(p)
    return out


def _laid_apart(r: Reading, blocks: list[tuple[int, int, str]], portions: list[Portion]) -> None:
    """Record each diagram block the layout already split into several portions, an unmarked one among them (a
    `%% (U) ...` comment line ending in a full stop ends a paragraph there, open33): `raise_split_blocks` raises
    every piece of it to what any piece was raised to (the subgraph's `(SBU//NF)` raises its piece, and the edge
    and node lines after the comment must not keep the document's lower level)."""
    for lo, hi, _ in blocks:
        inside = [p for p in portions if p.end > lo and p.start < hi]
        if len(inside) > 1 and any(not p.explicit for p in inside):
            r.diagram_blocks.append((inside[0].start, inside[-1].end))


def _json_lines(r: Reading, text: str) -> bool:
    """Is every non-blank line of `text` one JSON object (two lines or more), but for a banner line that is a
    marking and nothing else (`CONFIDENTIAL`)?"""
    count = 0
    for line in text.splitlines():
        if line.strip():
            if not _JSON_LINE.fullmatch(line):
                if not _BANNER.fullmatch(line.strip()) or r.marks.read_mark(line.strip()) is None:
                    return False
                continue
            count += 1
    return count >= 2


def _statements(r: Reading) -> bool:
    """Does the document hold anything that may govern text elsewhere: a level stated in words (`the next diagram
    is NOFORN`, `governing_levels` of the vocabulary, whether or not it names its target), a reclassification, a
    foreign stamp, a classification in words? Then no label is read by its own mark: the statement may govern the
    diagram, and a label's own (U) must not lower what it says (fail closed, review32c)."""
    if any(e.kind in _GOVERNING_EVIDENCE for e in r.evidence):
        return True
    from .governing import _finditer  # (governing imports much of the reader)
    seen = r.words_seen
    caseless = r.text_in_any_case()
    levels_of = r.g.governing_levels
    for k in r.gated("governing_levels"):
        if may_match(levels_of[k].words, r.text, caseless, seen) and _finditer(r, levels_of[k], caseless):
            return True
    return False


def raise_split_blocks(r: Reading, before: list[Portion], portions: list[Portion]) -> list[Portion]:
    """`portions` with every piece of a diagram `diagram_labels` split raised to what any of its pieces was raised
    to since `before` (the portions as the marks and inheritance left them): a statement that governs the diagram
    (`the next diagram is NOFORN`) reaches one piece, and a label's own (U) must not keep the others lower."""
    if not r.diagram_blocks:
        return portions
    was: dict[tuple[int, int], str | None] = {
        (p.start, p.end): (p.marking.banner() if p.marking else None) for p in before}
    out = list(portions)
    for lo, hi in r.diagram_blocks:
        inside = [i for i, p in enumerate(out) if lo <= p.start and p.end <= hi]
        stated = []
        for i in inside:
            m = out[i].marking
            if m is not None and was.get((out[i].start, out[i].end), "") != m.banner():
                stated.append(m)
        if stated:
            for i in inside:
                out[i] = raised_to(r, out[i], stated, "a statement or claim that raises part of this diagram")
    return out


def _split(r: Reading, p: Portion, blocks: list[tuple[int, int, str]], lines: bool) -> list[Portion]:
    text = r.text
    found: list[tuple[int, int, int, int]] = []  # (the marked text's start with its mark, its end, the mark's span)
    for lo, hi, kind in blocks:
        lo, hi = max(lo, p.start), min(hi, p.end)
        if lo >= hi:
            continue
        for m in (_PLANTUML_LABEL if kind == "plantuml" else _LABEL).finditer(text, lo, hi):
            found.append((m.start("mark"), m.end("text"), m.start("mark"), m.end("mark")))
        if kind == "mermaid":
            for m in _COMMENT.finditer(text, lo, hi):
                found.append((m.start("mark"), m.end("text"), m.start("mark"), m.end("mark")))
    if lines:
        for m in _JSON_VALUE.finditer(text, p.start, p.end):
            if m.end("text") > m.end("mark"):
                found.append((m.start("mark"), m.end("text"), m.start("mark"), m.end("mark")))
    if not found:
        return [p]
    found.sort()
    out: list[Portion] = []
    at = p.start
    for start, end, ms, me in found:
        if start < at:
            continue
        marking = r.marks.read_mark(text[ms + 1:me - 1])
        if marking is None or not exact(marking):
            continue
        cut = _BREAK.search(text, me, end)
        if cut is not None:  # (the label's next line takes what unmarked text takes)
            end = cut.start()
        while end > me and text[end - 1] in " \t":
            end -= 1
        if end <= me or _marked(r, me, end):
            continue  # (an empty label, or one that holds another mark: not read so)
        _gap(text, p, at, start, out)
        body = me
        while body < end and text[body] in " \t":
            body += 1
        out.append(Portion(start, end, body, p.kind, None, marking, True, ms, me))
        at = end
    if at == p.start:
        return [p]
    _gap(text, p, at, p.end, out)
    if _governed_inside(r, out, blocks):
        return [p]  # (a mark the labels do not account for, a subgraph's or a box's, may govern them: not read so)
    r.diagram_label_marks.update(q.mark_start for q in out if q.mark_start is not None)
    r.problem("CELL_MARK", "info", "a diagram's quoted label or comment opened by a mark of its own is marked by it; "
              "the rest of the diagram takes what unmarked text takes", p.start, p.end)
    return out


def _governed_inside(r: Reading, pieces: list[Portion], blocks: list[tuple[int, int, str]]) -> bool:
    """Does a diagram block hold a mark above one of its labels' that the labels do not account for: a subgraph's
    label (`subgraph G["(S//NF) Desk"]`), a mark in the unmarked rest (a PlantUML box's or group's)?"""
    text = r.text
    labels = [q.marking for q in pieces if q.marking is not None]
    others: list[Marking] = []
    for q in pieces:
        if not any(lo <= q.start < hi for lo, hi, _ in blocks):
            continue
        if q.marking is None:
            others.extend(m for t in _INNER_MARK.finditer(text, q.start, q.end)
                          if (m := r.marks.read_mark(t.group()[1:-1])) is not None)
        elif _SUBGRAPH.match(text, text.rfind("\n", 0, q.start) + 1):
            others.append(q.marking)
    for m in others:
        if not m.valid or not exact(m):
            return True
        for label in labels:
            raised = r.g.rollup([label, m])
            if raised is None or raised.banner() != label.banner():
                return True
    return False


def _marked(r: Reading, lo: int, hi: int) -> bool:
    """Does the text between `lo` and `hi` hold a parenthesised token that reads as a mark?"""
    return any(r.marks.read_mark(t.group()[1:-1]) is not None for t in _INNER_MARK.finditer(r.text, lo, hi))


def _gap(text: str, p: Portion, lo: int, hi: int, out: list[Portion]) -> None:
    """The text of `p` between `lo` and `hi`, blanks around it left out, as unmarked text (nothing when blank)."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        out.append(Portion(lo, hi, lo, p.kind, None, None, False))
