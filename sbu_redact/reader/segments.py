"""Lines of the normalised view, with their offsets, split further where a collapsed web
copy ran header fields and numbered paragraphs together on one line."""
from __future__ import annotations

from ..lazyre import lazy

# Places where a collapsed web copy ran header fields and paragraphs into one line.
_ANCHORS = lazy(
    r"(?<=\S)[ \t]+(?=(?:SIPDIS\b|E\.\s?O\.\s?1\d{4}|TAGS\s*:|SUBJECT\s*:|SUBJ\s*:|REFS?\s*:|"
    r"CLASSIFIED\s+BY\s*:|Classified\s+By\s*:))"
    r"|(?<=[.!?:\"')\]])[ \t]+(?=\d{1,2}\.\s?\([A-Za-z][A-Za-z/ ,\-]{0,39}\)\s)")
# In a collapsed line that opens with the transmission header (`VZCZC... DE RUEHOS #0498
# ... ZNR UUUUU ... FM ... TO ... UNCLAS SECTION 01 OF 02 LAGOS 000498 SENSITIVE NOFORN`),
# also the places where its routing, date-time group, address and classification lines began,
# so that the security indicator, the classification line and its captions are read.
_ROUTING_START = lazy(r"[ \t]*(?:VZCZC|ZN[RY][ \t]|[OPRZ]{1,2}[ \t]+RUE[A-Z]|DE[ \t]+RUE[A-Z])")
_ROUTING_ANCHORS = lazy(
    r"(?<=\S)[ \t]+(?=(?:DE[ \t]+RUE[A-Z]|ZN[RY][ \t]+[A-Z]{5}\b|[OPRZ]{1,2}[ \t]+\d{6}Z[ \t]|(?:FM|TO|INFO)[ \t]+[A-Z]"
    r"|(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP[ \t]+SECRET|LIMITED[ \t]+OFFICIAL[ \t]+USE|RESTRICTED)"
    r"(?=[ \t]+(?:E[ \t]?F[ \t]?T[ \t]?O[ \t]+)?(?:SECTION[ \t]+\d|[A-Z]{3,}(?:[ \t][A-Z]{3,})?[ \t]+\d{4,6}\b))))")
# What every line that `_ANCHORS` cuts contains (tested first: most long lines have none of it).
_ANCHOR_WORDS = ("SIPDIS", "TAGS", "SUBJ", "REF", "LASSIFIED", "lassified")
_NUMBER_AFTER_SENTENCE = lazy(r"[.!?:\"')\]][ \t]+\d{1,2}\.\s?\(")


# a line that opens an element, marks its text and closes it, then goes on with text outside it
# (`<item>(U) Meeting venue ...</item> The courier meets ...`, fixrev31b): the text after the element is
# not under its mark, so the line is cut after the element's end (unmarked, that text takes the document's level)
_MARKED_ELEMENT_THEN_TEXT = lazy(
    r"[ \t]*<([A-Za-z][\w:\-]{0,30})(?:[ \t][^<>\n]{0,200})?>(?:[ \t]*<[A-Za-z][^<>\n]{0,60}>)*[ \t]*"
    r"[(\[][A-Za-z][A-Za-z/ ,\-]{0,39}[)\]][^\n]*?</\1>(?:[ \t]*</[A-Za-z][\w:.\-]{0,30}>)*[ \t]*(?=[^<\s])")


def _element_cut(line: str) -> int | None:
    if line.lstrip(" \t")[:1] != "<" or "</" not in line:
        return None
    m = _MARKED_ELEMENT_THEN_TEXT.match(line)
    return m.end() if m is not None and m.end() < len(line) else None


def _may_be_collapsed(line: str) -> bool:
    # (the words of `_ANCHOR_WORDS` tested one by one: no generator for every long line)
    return len(line) > 60 and ("SIPDIS" in line or "TAGS" in line or "SUBJ" in line or "REF" in line
                               or "LASSIFIED" in line or "lassified" in line or "E." in line and "O." in line
                               or "(" in line and _NUMBER_AFTER_SENTENCE.search(line) is not None)


class Segment:
    """One line of the view (or one piece of a collapsed line), with its view offsets."""

    __slots__ = ("start", "end", "text", "stripped", "blank")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        self.stripped = text.strip()
        self.blank = not self.stripped


def segments(text: str) -> list[Segment]:
    """Lines of a view (line ends are all `\\n` there), without their terminators, further
    split where a collapsed copy ran fields together."""
    segs: list[Segment] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        cuts = [m.end() for m in _ANCHORS.finditer(line)] if len(line) > 60 and _may_be_collapsed(line) else []
        if cuts and _ROUTING_START.match(line):
            cuts = sorted({*cuts, *(m.end() for m in _ROUTING_ANCHORS.finditer(line))})
        if not cuts:
            cut = _element_cut(line)
            if cut is not None:
                cuts = [cut]
        if not cuts:
            segs.append(Segment(pos, end, line))
            pos = end + 1
            continue
        starts = [0, *cuts]
        for i, s in enumerate(starts):
            piece_end = cuts[i] if i < len(cuts) else len(line)
            # trailing blanks before the next anchor belong to no field
            while piece_end > s and line[piece_end - 1] in " \t":
                piece_end -= 1
            segs.append(Segment(pos + s, pos + piece_end if i < len(cuts) else end,
                                line[s:piece_end] if i < len(cuts) else line[s:]))
        pos = end + 1
    return segs
