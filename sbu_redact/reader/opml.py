"""An OPML outline (an outliner's export: `<opml>`, a `<head>` with its `<title>`, a `<body>` of
`<outline text="..."/>` nodes, round 130). Each node is an element of its own, nested or not: the mark
that opens its `text` attribute (`<outline text="(C) Press for ...">`) marks that node alone, never its
children, and a node without one is an unmarked portion, which takes the level of the outline. A level in
capitals that opens the head's title (`<title>CONFIDENTIAL - Talking Points</title>`) is the outline's
banner. Any other attribute with words in it (an outliner's `_note`) is unmarked text of its own; the
markup around the nodes is a field, and a line of text outside them an unmarked portion (`between_records`)."""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .evidence import _raise_classification
from .state import Reading
from .xml_export import _MARKUP_LINE, between_records

_OUTLINE = lazy(r"<outline\b(?P<attrs>[^<>]*?)/?>", re.IGNORECASE)
_ATTRIBUTE = lazy(r"(?P<name>[\w:.\-]+)[ \t\n]*=[ \t\n]*(?P<q>[\"'])(?P<value>.*?)(?P=q)", re.DOTALL)
_TITLE = lazy(r"<title>(?P<value>[^<>]*)</title>", re.IGNORECASE)
# a title's leading level, set off from the rest by a dash, a colon or a bar (`SECRET - Border Talks`)
_TITLE_HEAD = lazy(r"[ \t]*(?P<head>[A-Z][A-Z /,\-]{0,60}?)[ \t]+(?:--?|[\u2013\u2014:|])[ \t]")
# a node's mark at the start of its text (`(U) `, `(S//NF) `)
_NODE_MARK = lazy(r"[ \t]*\((?P<inner>[^()<>\"]{1,60})\)(?=[ \t])")
# the attributes of a node that hold no words of its text (the rules' outline attributes would be better)
_STRUCTURAL = frozenset({"text", "type", "created", "iscomment", "isbreakpoint", "url", "htmlurl", "xmlurl",
                         "version", "language", "category"})


def read_opml(r: Reading) -> list[Portion] | None:
    """The nodes of an OPML outline as portions, or None when the text is not one."""
    text = r.text
    if "<opml" not in text[:2000] and "<OPML" not in text[:2000]:
        return None
    nodes = list(_OUTLINE.finditer(text))
    if not nodes:
        return None
    portions: list[Portion] = []
    spans: list[tuple[int, int]] = []
    title = _TITLE.search(text, 0, nodes[0].start())
    if title is not None:
        head = _TITLE_HEAD.match(text, title.start("value"), title.end("value"))
        marking = r.g.parse(head.group("head").strip()) if head is not None else None
        if head is not None and marking is not None and marking.valid and marking.level is not None:
            start, end = head.start("head"), head.start("head") + len(head.group("head").strip())
            _banner(r, marking, start, end, "the outline's title")
            spans.append(title.span())
            rest = head.end()
            if text[rest:title.end("value")].strip():
                portions.append(Portion(start=rest, end=title.end("value"), body_start=rest, kind="paragraph",
                                        number=None, marking=None, explicit=False))
    for seg in r.segs:  # a banner in a comment outside the nodes (`<!-- SECRET//NOFORN -->`), as in any markup file
        if seg.stripped[:4] == "<!--" and (seg.end <= nodes[0].start() or seg.start >= nodes[-1].end()):
            marking = r.marks.banner_at(seg)
            if marking is not None:
                _banner(r, marking, seg.start + len(seg.text) - len(seg.text.lstrip()), seg.end, "a comment's banner")
    for node in nodes:
        spans.append(node.span())
        portions.extend(_node_portions(r, node))
    spans.sort()
    return sorted(portions + between_records(r, spans, _MARKUP_LINE.compiled), key=lambda p: p.start)


def _banner(r: Reading, marking: Marking, start: int, end: int, said: str) -> None:
    """`marking`, read at `start`..`end`, a banner of the outline."""
    r.field("banner", (start, end), r.text[start:end])
    r.marking_problems(marking, start, end)
    r.witness("banner", marking, start, end)
    r.banner_markings.append(marking)
    _raise_classification(r, marking, start, end, said)


def _node_portions(r: Reading, node: re.Match[str]) -> list[Portion]:
    """A node as a portion marked by the mark opening its text (unmarked without one); its other
    attributes with words in them, unmarked text of their own."""
    attrs = list(_ATTRIBUTE.finditer(r.text, node.start("attrs"), node.end("attrs")))
    text_attr = next((a for a in attrs if a.group("name").lower() == "text"), None)
    others = [a for a in attrs if a.group("name").lower() not in _STRUCTURAL
              and any(c.isalpha() for c in a.group("value"))]
    marking = None
    mark_span: tuple[int | None, int | None] = (None, None)
    if text_attr is not None:
        mark = _NODE_MARK.match(r.text, text_attr.start("value"), text_attr.end("value"))
        if mark is not None:
            marking = r.marks.read_mark(mark.group("inner"))
            if marking is not None:
                mark_span = (mark.start("inner") - 1, mark.end("inner") + 1)
    if not others or text_attr is None:
        return [Portion(start=node.start(), end=node.end(), body_start=node.start(), kind="paragraph", number=None,
                        marking=marking, explicit=marking is not None, mark_start=mark_span[0], mark_end=mark_span[1])]
    # the text attribute's node up to the end of its value; the rest of the tag (a `_note`) unmarked
    first = (node.start(), text_attr.end()) if text_attr.start() < others[0].start() else None
    if first is None:
        return [Portion(start=node.start(), end=node.end(), body_start=node.start(), kind="paragraph", number=None,
                        marking=None, explicit=False)]
    return [Portion(start=first[0], end=first[1], body_start=first[0], kind="paragraph", number=None,
                    marking=marking, explicit=marking is not None, mark_start=mark_span[0], mark_end=mark_span[1]),
            Portion(start=first[1], end=node.end(), body_start=first[1], kind="paragraph", number=None,
                    marking=None, explicit=False)]
