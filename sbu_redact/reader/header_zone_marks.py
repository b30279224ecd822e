"""A portion mark on a line of a header zone that no cable reader bounded (fix45d, review44w c05/c06).

    UNCLAS
    SUBJECT: (SBU) REGIONAL SECURITY UPDATE
    REF: A. BAMAKO 0398 (C//NF) NOFORN - REPORTED THAT
    COLONEL TRAORE MOVED THE LAUNCHERS TO THE QUARRY LAST WEEK

With no classification line and no TAGS line the text is read as a memo, and the REF line was an unmarked paragraph
that took the banner's SBU. The header zone's end does not depend on TAGS here: every line from the top to the
first marked paragraph that holds a classified mark (or one with a control) is noted with its continuation lines
(`Reading.header_line_marks`), and `raise_header_line_marks` raises the portions over them to the mark (never
lowers). Only where the zone holds a SUBJECT or REF label in capitals, so that an export's or a table's rows are
not read so. No line becomes a field.
"""
from __future__ import annotations

import re

from .authority import CLASSIFIED_BY
from .cable import _REF_ENTRY, _HEADER_LABEL, _marked_paragraph, marks_in_line
from .state import Reading

_ZONE_LIMIT = 120
# a copyright sign before a year (`(C) 1964 Dallas Morning News`, adv24-059) is no CONFIDENTIAL mark here; an item's
# letter or number opens a line of its own
_COPYRIGHT = re.compile(r"\(C\)[ \t]*(?=(?:19|20)\d\d\b)")
_ITEM = re.compile(r"\(?(?:[A-Za-z]|\d{1,2})[.)][ \t]")
_LABEL = re.compile(r"(?:SUBJ(?:ECT)?|REFS?|REFERENCES?)[ \t]*:")


def take_header_zone_marks(r: Reading) -> None:
    """Note each marked line of the header zone (top to the first marked paragraph) with its continuation lines."""
    segs = r.segs[:_ZONE_LIMIT]
    end_index = next((i for i, seg in enumerate(segs) if not seg.blank and _marked_paragraph(r, seg)), len(segs))
    zone = segs[:end_index]
    if not any(not seg.blank and _LABEL.match(seg.stripped) for seg in zone):
        return
    for i, seg in enumerate(zone):
        s = seg.stripped
        if seg.blank or "(" not in s or CLASSIFIED_BY.match(s):
            continue
        marks = marks_in_line(r, _COPYRIGHT.sub("", s))
        if not marks:
            continue
        end = seg.end
        for nxt in zone[i + 1:]:
            # its wrapped lines, indented or not, up to a blank line, the next lettered reference or item, or the
            # next field (adv5-032: `(D) Invite him ... (U)` under `(C) Tell him ... (S//NF)` is an item of its own)
            if nxt.blank or _REF_ENTRY.match(nxt.stripped) or _HEADER_LABEL.match(nxt.stripped) \
                    or _ITEM.match(nxt.stripped):
                break
            end = nxt.end
        r.header_line_marks.append((seg.start, end, marks))
