"""The classification authority block: `Classified By:` (with its reasons, also the older
`CLASSIFIED BY ... REASON: 1.5 (D)`), `Derived From:`, `Reason:` and `Declassify On:` lines,
also abbreviated (`CL BY:`, `CL REASON:`, `DRV FROM:`, `DECL ON:`), and a signature block's
labels (`Derivative classifier:`, `Classified from:`, `Declassify:`).
Any of them says that the document is classified, whatever its banner claims."""
from __future__ import annotations

import re
from dataclasses import replace

from ..lazyre import lazy
from ..markings import Grammar
from .state import Reading

# (the labels of a signature block's classification block take their colon: `Derivative
# classifier: E. Vasquez`, `Classified from: State CG 2024`; "derivative classifier training" is prose)
CLASSIFIED_BY = lazy(r"^(?:(?:CLASSIFIED\s+BY|CLASSIFICATION\s+BY|CL\s+BY|DERIVED\s+FROM|DRV\s+FROM)\s*:?"
                     r"|(?:DERIVATIVE\s+CLASSIFIER|CLASSIFIED\s+FROM)\s*:)\s*(?P<who>.*)$",
                     re.IGNORECASE)
# (a derivative authority line, `Derived from: ...`: the rules' `reader_words.derived_from_label`)
REASONS = lazy(r"[,;.]?\s*(?:for\s+)?(?:REASONS?|E\.?O\.?\s*1\d{4}\s*,?\s*REASONS?)\s*:?\s*(?P<r>1\.[45].*)$"
               r"|[,;.]?\s*(?:for\s+)?(?P<r2>1\.[45]\s*\(?[A-Ha-h]\)?.*)$", re.IGNORECASE)
_CONTINUES = lazy(r"^\s*(?:for\s+|CL\s+)?reasons?\b|^\s*1\.[45]", re.IGNORECASE)
REASON_LINE = lazy(r"^(?:CL\s+)?REASONS?\s*:\s*(?P<r>1\.[45].*)$", re.IGNORECASE)
DECLASSIFY_ON = lazy(r"^DECL(?:ASSIFY)?(?:\s+ON\s*:?|\s*:)\s*(?P<date>.+)$", re.IGNORECASE)


# a sentence after the reasons on the same line (a web copy that ran the header into the body:
# `Classified By: ..., reasons 1.4 (b,d). Eastern commander Karuna has told ...`)
_RUNS_ON = lazy(r"[.;)][ \t]+[A-Z][A-Za-z'\-]*(?:[ \t]+[A-Za-z'\-,]+){2,}[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}")


def runs_on_into_prose(line: str) -> bool:
    """Does a `Classified By:` line go on into a sentence after its reasons? A field is released
    as written, so such a line is read as a portion (it takes the document's marking), never as
    a field; its authority is still evidence."""
    reasons = REASONS.search(line)
    return reasons is not None and _RUNS_ON.search(line, reasons.start()) is not None


def names_no_classifier(g: Grammar, line: str) -> bool:
    """Does a `Classified By:` line hold prose where the classifier's name, title and office stand
    (two words of the rules' `reader_words.authority_slot_prose`: `Classified By: asset CARDINAL
    inside the Defense Ministry`, `J. Harlan, POL, for the ASTER debrief at the Tbilisi safe
    house`, review38f b02, review38z 49)? Its text is then a portion too (it takes the document's
    marking), beside the field that keeps its authority and any scope it states (`for the section
    "Bank responses" only - CONFIDENTIAL`, round 98)."""
    m = CLASSIFIED_BY.match(line)
    if m is None or g.derived_from_label.match(line):
        return False  # (a `Derived From:` line names a source guide, in words of its own)
    who = m.group("who")
    slot = REASONS.search(who)
    return len(g.authority_slot_prose.findall(who[:slot.start()] if slot else who)) >= 2


def take_authority_in_prose(r: Reading, index: int) -> None:
    """The evidence of a `Classified By:` line that runs on into prose (`runs_on_into_prose`)."""
    seg = r.segs[index]
    r.witness("authority", None, seg.start, seg.end)


def take_classified_by(r: Reading, index: int) -> int:
    """Read a `Classified By:` / `Derived From:` block starting at segment `index` (it may wrap
    onto up to three following lines); returns the index of the segment after it."""
    seg = r.segs[index]
    end_index = index
    text = seg.stripped
    while not REASONS.search(text) and end_index + 1 < len(r.segs) and end_index - index < 3 \
            and _CONTINUES.match(r.segs[end_index + 1].text) \
            or re.search(r"(?:,|\bfor|\band)\s*$", text, re.IGNORECASE) and end_index + 1 < len(r.segs) \
            and not r.segs[end_index + 1].blank and end_index - index < 3:
        end_index += 1
        text += " " + r.segs[end_index].stripped
    span = (seg.start, r.segs[end_index].end)
    r.field("classified_by", span, re.sub(r"\s+", " ", text))
    r.witness("authority", None, *span)
    m = CLASSIFIED_BY.match(text)
    who = m.group("who") if m else text
    reasons = REASONS.search(who)
    if reasons:
        reason_text = reasons.group("r") or reasons.group("r2")
        who = who[: reasons.start()]
        r.header.reasons.extend(parse_reasons(reason_text))
    if m and r.g.derived_from_label.match(text):
        r.fields[-1] = replace(r.fields[-1], name="derived_from")
        return end_index + 1
    r.header.classified_by = who.strip(" ,.;:") or None
    return end_index + 1


def take_reason_line(r: Reading, index: int) -> bool:
    """A `Reason: 1.4(c)` line of an authority block."""
    seg = r.segs[index]
    m = REASON_LINE.match(seg.stripped) if seg.stripped[:1] in REASON_LINE.first else None
    if not m:
        return False
    r.field("reasons", seg, m.group("r"))
    r.header.reasons.extend(parse_reasons(m.group("r")))
    r.witness("authority", None, seg.start, seg.end)
    return True


def take_declassify_on(r: Reading, index: int) -> bool:
    """A `Declassify On: 20341231` line of an authority block."""
    seg = r.segs[index]
    m = DECLASSIFY_ON.match(seg.stripped) if seg.stripped[:1] in DECLASSIFY_ON.first else None
    if not m:
        return False
    r.field("declassify_on", seg, m.group("date").strip())
    r.header.declassify_on = m.group("date").strip()
    r.witness("authority", None, seg.start, seg.end)
    return True


def parse_reasons(text: str) -> list[str]:
    """`1.4 (b) and (d)`, `1.5 (D)`, `1.4(B),(D)` -> ['1.4(b)', '1.4(d)']."""
    reasons = []
    for chunk in re.split(r"(?=1\.[45])", text):
        head = re.match(r"1\.([45])", chunk)
        if not head:
            continue
        for paren, bare in re.findall(r"\(\s*([A-Ha-h])\s*\)|(?<![A-Za-z(])([A-Ha-h])(?![A-Za-z)])",
                                      chunk[head.end():]):
            reasons.append(f"1.{head.group(1)}({(paren or bare).lower()})")
    return list(dict.fromkeys(reasons))
