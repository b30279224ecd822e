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
"""
from __future__ import annotations

import re

from ..document import Portion
from .cells import exact
from .state import Reading

# a Mermaid block's opening fence, and the fence that closes it
_FENCE = re.compile(r"(?m)^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b[^\n]*$")
# a node's quoted label opened by a portion mark (`["(U) text"]`, `("(C) text")`, `{"(U) text?"}`): the mark
# and the label's text up to its closing quote, on one line
_LABEL = re.compile(r"""(?<=[\[({>]["])(?P<mark>\([^()"\n]{1,40}\))[ \t]+(?P<text>[^"\n]*[^"\s])["]""")
# a JSON string value opened by a portion mark (`"message":"(U) text"`, `"text": "(S//NF) ..."`): the mark and the
# value's text up to its closing quote or its first escaped line break
_JSON_VALUE = re.compile(r"""(?<=["])[ \t]*:[ \t]*["](?P<mark>\([^()"\\\n]{1,40}\))[ \t]+"""
                         r"""(?P<text>[^"\\\n]*(?:\\[^n\n][^"\\\n]*)*?)[ \t]*(?=["]|\\n)""")
_JSON_LINE = re.compile(r"(?m)^[ \t]*\{[^\n]*\}[ \t]*$")
# a PlantUML diagram, and its one-line elements whose label opens with a portion mark: an activity up to its `;`, a
# message's or note's label after its colon, a title or caption (each to its line's end)
_PLANTUML = re.compile(r"(?m)^[ \t]*@startuml\b[^\n]*$")
_PLANTUML_END = re.compile(r"(?m)^[ \t]*@enduml\b")
_PLANTUML_LABEL = re.compile(r"(?m)^[ \t]*(?::|(?:title|caption)[ \t]+|[^:\n]*[^:\s][ \t]+:[ \t]*)"
                             r"(?P<mark>\([^()\n]{1,40}\))[ \t]+(?P<text>[^\n;]*[^\s;])"
                             r"(?:(?<=[^:\n])[ \t]*;[ \t]*$|[ \t]*$)")
# a comment line opened by a portion mark (`%% (U) Owner: NEA/AP.`)
_COMMENT = re.compile(r"(?m)^[ \t]*%%[ \t]*(?P<mark>\([^()\n]{1,40}\))[ \t]+(?P<text>\S[^\n]*?)[ \t]*$")


def diagram_labels(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the marked labels and comments of a Mermaid diagram, and the marked values of a JSON Lines
    export, set apart (module docstring)."""
    text = r.text
    if '"(' not in text and "%%" not in text and "@startuml" not in text:
        return portions
    blocks = []
    if "mermaid" in text:
        for m in _FENCE.finditer(text):
            close = re.compile(r"(?m)^[ \t]*" + re.escape(m.group("fence")) + r"[ \t]*$").search(text, m.end())
            blocks.append((m.end(), close.start() if close is not None else len(text)))
    if "@startuml" in text:
        for m in _PLANTUML.finditer(text):
            close = _PLANTUML_END.search(text, m.end())
            blocks.append((m.end(), close.start() if close is not None else len(text)))
    lines = text.lstrip()[:1] == "{" and len(_JSON_LINE.findall(text, 0, 4000)) >= 2
    if not blocks and not lines:
        return portions
    out: list[Portion] = []
    for p in portions:
        out.extend(_split(r, p, blocks, lines) if not p.explicit and p.marking is None else [p])
    return out


def _split(r: Reading, p: Portion, blocks: list[tuple[int, int]], lines: bool) -> list[Portion]:
    text = r.text
    found: list[tuple[int, int, int, int]] = []  # (the marked text's start with its mark, its end, the mark's span)
    for lo, hi in blocks:
        pattern = _PLANTUML_LABEL if text.startswith("@startuml", text.rfind("\n", 0, lo) + 1) else _LABEL
        for m in pattern.finditer(text, max(lo, p.start), min(hi, p.end)):
            found.append((m.start("mark"), m.end("text"), m.start("mark"), m.end("mark")))
    if blocks:
        for m in _COMMENT.finditer(text, p.start, p.end):
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
        _gap(text, p, at, start, out)
        body = me
        while body < end and text[body] in " \t":
            body += 1
        out.append(Portion(start, end, body, p.kind, None, marking, True, ms, me))
        at = end
    if at == p.start:
        return [p]
    _gap(text, p, at, p.end, out)
    r.problem("CELL_MARK", "info", "a diagram's quoted label or comment opened by a mark of its own is marked by it; "
              "the rest of the diagram takes what unmarked text takes", p.start, p.end)
    return out


def _gap(text: str, p: Portion, lo: int, hi: int, out: list[Portion]) -> None:
    """The text of `p` between `lo` and `hi`, blanks around it left out, as unmarked text (nothing when blank)."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        out.append(Portion(lo, hi, lo, p.kind, None, None, False))
