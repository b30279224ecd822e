"""A boxed or headed region whose header carries a mark: its unmarked lines are at least that mark (fix46d,
adv182-034).

    +--------------------------------------------+
    | SIDEBAR (CUI//REL TO USA, AUS, NZL)        |
    | Fiji's military asked for help vetting ... |
    +--------------------------------------------+

The header's mark was read as the mark of the header line alone, and the unmarked lines under it took the document's
level without its release list (released to the UK). A header is a line of a box drawn with side borders (`|`, `│`,
`║`), a line right under a rule line (`+-----+`, `=====`, `┌────┐`), or a line whose words name a region (the rules'
`headed_boxes.region_words` in rules/record_words.yaml: SIDEBAR, TEXT BOX, CALLOUT ...), that holds one parenthesised mark after its words and nothing after it. The
region is the box's bordered lines, the lines up to the next rule line, or (a region word with neither) the lines up to
the next blank line. Every portion overlapping the region that has no mark of its own is raised to at least the mark
(`raising.raised_to`: never lowered, a release list intersected); marked portions are left as read.
fix49e (adv193-008): a caption that names a block by its kind and label, one parenthesised mark and perhaps a sentence
(`Annex B (LOU). Shareable with the Quint capitals except London.`) marks the block under it (after blank lines, to
the next blank line) with its mark and the controls its sentence states (`evidence` on its line); a (U) portion that
ran on over the caption is raised whole (`_raise_captioned_block`).
"""
from __future__ import annotations

import re

from ..document import Portion
from .raising import Overlaps, raised_to
from .rule_words import alternatives, made_once
from .state import Reading

_BORDERS = "|│║┃"
_RULE = re.compile(r"[ \t]*[+┌┐└┘╔╗╚╝├┤╠╣]?[ \t]*[\-─═=*#_~+]{5,}[ \t]*[+┌┐└┘╔╗╚╝├┤╠╣]?[ \t]*")
# a header's words, then one parenthesised mark, then nothing but a border or a colon
_HEADER = re.compile(r"(?P<head>[A-Za-z][^()\n|│║┃]{0,60}?)?[ \t]*\((?P<mark>[A-Z][A-Z0-9 /,\-]{0,80})\)[ \t]*:?[ \t]*")
_MAX_LINES = 80


def _region_words(r: Reading) -> re.Pattern[str]:
    """The words of a header that name a region (rules/record_words.yaml `headed_boxes.region_words`, fix48b)."""
    return made_once(r.g, "headed_boxes", lambda g: re.compile(
        r"(?i)\b(?:" + alternatives(g.record_words["headed_boxes"]["region_words"]) + r")\b"))  # type: ignore[attr-defined]


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _inner(line: str) -> tuple[str, str]:
    """The line's text inside a side border, and the border (empty when none)."""
    s = line.strip()
    if s[:1] and s[:1] in _BORDERS:
        border = s[:1]
        s = s[1:]
        if s.endswith(border):
            s = s[:-1]
        return s.strip(), border
    return s, ""


def raise_headed_boxes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every unmarked portion of a boxed or headed region raised to the mark of its header."""
    text = r.text
    if "(" not in text:
        return portions
    spans = _lines(text)
    out = list(portions)
    overlaps: Overlaps | None = None
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        if "(" not in line or "/" not in line and "REL" not in line.upper() and "NF" not in line:
            continue  # a header that states a release list or a control (a level alone is read as it was)
        inner, border = _inner(line)
        m = _HEADER.fullmatch(inner)
        if m is None:
            continue
        head = m.group("head") or ""
        marking = r.g.parse(m.group("mark"))
        if marking is None or not marking.valid or marking.level is None:
            continue
        prev = next((text[s:e] for s, e in reversed(spans[:i]) if text[s:e].strip()), "")
        under_rule = bool(_RULE.fullmatch(prev))
        if not (border or under_rule or _region_words(r).search(head)):
            continue
        if not head and not border:
            continue  # a mark alone on a line under a rule: the portion reader's own case
        region_end = None
        for s, e in spans[i + 1:i + 1 + _MAX_LINES]:
            body = text[s:e]
            if _RULE.fullmatch(body):
                break
            if border:
                if _inner(body)[1] != border:
                    break
            elif not under_rule and not body.strip():
                break
            region_end = e
        if region_end is None:
            continue
        if overlaps is None:
            overlaps = Overlaps(out)
        for k in overlaps(end + 1, region_end):
            if out[k].explicit:
                continue
            out[k] = raised_to(r, out[k], [marking], f"the mark of the boxed or headed region's header at {start}")
    for i, (start, end) in enumerate(spans):  # (fix49e) a caption over the block under it
        if "(" in text[start:end]:
            out = _raise_captioned_block(r, out, spans, i)
    return out


# (fix49e) a caption that names a block by its kind and label, then one parenthesised mark, then perhaps a sentence on
# the same line: `Annex B (LOU). Shareable with the Quint capitals except London.`, `Table 3 (CUI//NOFORN): ...`
_CAPTION = re.compile(r"[ \t]*(?P<head>(?i:annex|appendix|attachment|enclosure|exhibit|schedule|table|figure|chart|tab|"
                      r"sidebar|text[ \t]box|box|list|matrix|roster)\b[ \t]*[A-Za-z0-9IVXivx.\-]{0,6}"
                      r"[^()\n|│║┃.:]{0,40}?)[ \t]*\((?P<mark>[A-Z][A-Z0-9 /,\-]{0,80})\)[ \t]*(?:[.:;\-–—][ \t]*(?P<rest>.*))?")


def _raise_captioned_block(r: Reading, portions: list[Portion], spans: list[tuple[int, int]], i: int) -> list[Portion]:
    """(fix49e, adv193-008) Line `i` as a caption over the block under it (`Annex B (LOU). Shareable with the Quint
    capitals except London.` over the annex's table): the block (after blank lines, to the next blank line) is at
    least the caption's mark with the controls the caption's own sentence states (`evidence` read on its line:
    `except London`, NOFORN). Its unmarked portions are raised, and so is a marked portion that holds the caption
    line past its own start (a `(U)` paragraph the layout ran on over the caption and the table: its mark is not the
    block's, so the whole portion takes the caption's, fail closed). A mark that reads as plain (U) raises nothing."""
    text = r.text
    start, end = spans[i]
    m = _CAPTION.fullmatch(text, start, end)
    if m is None:
        return portions
    marking = r.g.parse(m.group("mark"))
    if marking is None or not marking.valid or marking.level is None \
            or not (marking.rank > 0 or marking.designations or marking.controls):
        return portions
    stated = [marking, *(e.marking for e in r.evidence if e.marking is not None and e.marking.valid
                         and start <= e.start and e.end <= end and e.kind != "classification_line")]
    j = i + 1
    while j < len(spans) and not text[spans[j][0]:spans[j][1]].strip():
        j += 1
    region_end = None
    for s, e in spans[j:j + _MAX_LINES]:
        if not text[s:e].strip():
            break
        region_end = e
    if region_end is None:
        return portions
    out = list(portions)
    for k in Overlaps(out)(start, region_end):
        p = out[k]
        if p.explicit and not p.start < start:
            continue  # (a part with its own mark in the block, or the caption's own line read with its mark: as read)
        out[k] = raised_to(r, p, stated, f"the caption '{text[start:end].strip()[:80]}' at {start} marks the block under it")
    return out
