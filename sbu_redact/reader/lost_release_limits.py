"""Limits on foreign release that the reading lost (fix41e, round 167): a NOFORN or a release list stated where no
mark is read, or read in a way that drops what it says about GBR.

- A ticked form box (`[X] NOFORN`, `[x]`, `☒`, `☑`, `■`, `(X)`, `<X>`) before a control or a release list: the form
  states the document's handling (adv167-007). A ticked `REL TO:` box with a blank list says nothing about who may
  see it: NOFORN. Unticked boxes (`[ ] NOFORN`, `☐`) say nothing.
- A release list or a mark wrapped over a line end (`(CUI//REL TO USA, AUS, CAN,` / `NZL) ...`, adv167-012; a soft
  hyphen or a hyphen at the break, `(SBU//NO-` / `FORN)`): read across the break, every way it can be joined; the
  most restrictive reading wins, and none read at all is NOFORN.
- A country struck out of a release list (COMBINING LONG/SHORT STROKE OVERLAY U+0335/U+0336, SLASH OVERLAY U+0337/
  U+0338, Markdown `~~GBR~~`, HTML `<s>`/`<del>`/`<strike>`, wdiff `[-GBR-]` or `-GBR-`): the view folds the overlay
  away and reads the list whole (adv167-036); the struck countries are taken off.

Each is a document control (`StatedControl`) that `release_field_limit` applies to every marked portion: the level
is never raised. A mark that states only controls inside a portion's text (a trailing `(NF)` closing an (SBU)
paragraph, adv167-028) limits that portion (`with_inner_control_marks`). Reading only raises.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .document_controls import StatedControl, _read_controls, foreign_release_limit
from .forwarded_controls import as_far, limited
from .state import Reading

# a ticked box and what it ticks, up to the next box or the line's end
_TICKED = re.compile(r"(?:\[[xX✓✔✗✘■●*]\]|[☒☑✅⊠▣■]|\([xX✓✔]\)|<[xX]>)[ \t]*"
                     r"(?P<value>[^\n\[☐☒☑✅⊠▣■<]{1,80}?)[ \t]*(?=\[|[☐☒☑✅⊠▣■]|\([ xX✓✔]?\)|<[ xX]>|\n|$)")
_REL_TO = re.compile(r"\bREL(?:EASABLE)?[ \t]+TO\b[ \t:]*(?P<list>[^\n]*)", re.IGNORECASE)
_CODE = re.compile(r"\b[A-Z]{2,4}\b")
_WORD = re.compile(r"[A-Z]+")
_NOFORN_WORDS = re.compile(r"\b(?:NOFORN|NF|NOT[ \t]+RELEASABLE|NO[ \t]+FOREIGN|FOREIGN[ \t]+NATIONALS)\b")
# a release list left open at a line end and the codes that open the next line
_WRAPPED_LIST = re.compile(r"\bREL(?:EASABLE)?[ \t]+TO[ \t:]+(?P<head>(?:[A-Z]{2,4}[ \t]*(?:,|/|\bAND\b)[ \t]*)*"
                           r"[A-Z]{0,4})[ \t]*(?P<sep>[,/\-]?)[ \t]*\n[ \t]*"
                           r"(?P<tail>[A-Z]{1,4}(?:[ \t]*(?:,|/|\bAND\b)[ \t]*[A-Z]{2,4})*)(?![A-Za-z])")
# a parenthesised mark left open at a line end and closed on the next line (`(SBU//NO-` / `FORN)`)
_WRAPPED_MARK = re.compile(r"\((?P<head>[A-Z][A-Z /,\-]{0,60}?)[ \t]*\n[ \t]*(?P<tail>[A-Z][A-Z /,\-]{0,60})\)")
# struck-out text in the original: letters under a stroke overlay, or inside strike-through markup
_STRUCK = re.compile(r"(?:[A-Za-z][\u0334-\u0338]+)+|~~(?P<md>[^~\n]{1,40})~~|<(?P<tag>s|del|strike)\b[^>]*>"
                     r"(?P<html>[^<\n]{1,40})</(?P=tag)\s*>|\[-(?P<wd>[^\]\n]{1,40})-\]|(?<![\w-])-(?P<dash>[A-Z]{2,4})-(?![\w-])",
                     re.IGNORECASE)
_STRIKE_SIGN = re.compile(r"[\u0334-\u0338]|~~|<(?:s|del|strike)\b|\[-|(?<![\w-])-[A-Z]{2,4}-(?![\w-])", re.IGNORECASE)


def take_lost_release_limits(r: Reading) -> None:
    """Ticked boxes, wrapped lists and marks, and struck countries: their limits to `r.document_controls`."""
    _take_ticked_boxes(r)
    _take_wrapped(r)
    _take_struck_countries(r)


def with_inner_control_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """Each portion holding a mark of controls past its start (`... foreign aid workers. (NF)`) takes its limit."""
    if "(" not in r.text:
        return portions
    out = []
    for p in portions:
        m = p.marking
        if m is not None and m.valid:
            for found in re.finditer(r"\((?P<inner>[A-Z][A-Z /,\-]{0,60})\)", r.text[p.start + 1:p.end]):
                limit = _limit_of_mark(r, found.group("inner"))
                if limit is not None and not as_far(m, limit):
                    m = limited(r, m, limit)
                    r.problem("GOVERNED_PORTION", "warning", f"'{found.group(0)}' inside the portion limits its "
                              f"foreign release ({limit.banner()})", p.start, p.end)
            if m is not p.marking:
                p = p.with_marking(m)
        out.append(p)
    return out


def _limit_of_mark(r: Reading, inner: str) -> Marking | None:
    """The limit on foreign release a mark's words (`NF`, `S//NF`, `REL TO USA, AUS`) set, or None."""
    inner = inner.strip()
    if "//" not in inner and not _NOFORN_WORDS.search(inner) and not inner.upper().startswith("REL"):
        return None  # (`(U)`, `(S)`, an abbreviation: no control)
    for form in (inner, "UNCLASSIFIED//" + inner.lstrip("/")):
        m = r.g.parse(form)
        if m is not None and m.valid:
            return foreign_release_limit(r, m)
    return None


def _limit_of_words(r: Reading, value: str) -> Marking | None:
    """The limit a ticked box's words set: a control, a release list (blank: NOFORN), or None."""
    value = value.strip().strip("*_").strip()
    upper = value.upper()
    rel = _REL_TO.match(upper)
    if rel is not None:
        return _list_limit(r, _CODE.findall(rel.group("list")))
    marking, _rest = _read_controls(r, value)
    if marking is not None and marking.valid:
        limit = foreign_release_limit(r, marking)
        if limit is not None:
            return limit
    if _NOFORN_WORDS.match(upper):
        return r.g.parse("UNCLASSIFIED//NOFORN")
    return None


def _list_limit(r: Reading, codes: list[str]) -> Marking:
    """A release list of `codes` as a limit: the USA always; a list that does not read is NOFORN."""
    return _read_list(r, codes) or r.g.parse("UNCLASSIFIED//NOFORN")


def _read_list(r: Reading, codes: list[str]) -> Marking | None:
    """A release list of `codes` as a limit (the USA always; the USA alone is NOFORN), None when it does not read."""
    codes = ["USA" if c in ("US", "USA") else c for c in codes if c != "AND"]
    codes = list(dict.fromkeys(["USA", *codes]))
    if len(codes) < 2:
        return r.g.parse("UNCLASSIFIED//NOFORN")
    limit = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(codes))
    return limit if limit is not None and limit.valid else None


def _add(r: Reading, limit: Marking | None, start: int, end: int, why: str) -> None:
    if limit is None:
        return
    line = r.text[r.text.rfind("\n", 0, start) + 1:start] + r.text[start:end]
    r.document_controls.append(StatedControl(limit, start, end, f"'{line.strip()[:80]}' ({why})"))


def _take_ticked_boxes(r: Reading) -> None:
    if not any(sign in r.text for sign in ("[X]", "[x]", "☒", "☑", "✅", "⊠", "▣", "■", "(X)", "(x)", "<X>", "<x>",
                                           "[✓]", "[✔]", "[*]")):
        return
    for m in _TICKED.finditer(r.text):
        _add(r, _limit_of_words(r, m.group("value")), m.start(), m.end(), "a ticked box")


def _take_wrapped(r: Reading) -> None:
    if "\n" not in r.text:
        return
    for m in _WRAPPED_LIST.finditer(r.text):
        head, sep, tail = m.group("head"), m.group("sep"), m.group("tail")
        line_start = r.text.rfind("\n", 0, m.start()) + 1
        opened = r.text.rfind("(", line_start, m.start()) > r.text.rfind(")", line_start, m.start())
        last = _CODE.findall(head)[-1] if _CODE.findall(head) else head.split()[-1] if head.split() else ""
        if not (sep or opened or len(last) < 3 or not head.strip()):
            continue  # (a list that ends its line: the next line is text of its own)
        joins = [head + ", " + tail] if sep in (",", "/") else [head + ", " + tail, head + tail]
        readings = [_read_list(r, _WORD.findall(joined)) for joined in joins]
        valid = [limit for limit in readings if limit is not None]
        _add(r, _most_restrictive(r, valid) if valid else r.g.parse("UNCLASSIFIED//NOFORN"), m.start(), m.end(),
             "a release list wrapped over a line end")
    for m in _WRAPPED_MARK.finditer(r.text):
        head, tail = m.group("head"), m.group("tail")
        if "//" not in head + tail and "REL" not in head and not _NOFORN_WORDS.search(head + tail):
            continue
        limits = [_limit_of_mark(r, joined) for joined in (head.rstrip("-") + tail, head + " " + tail)]
        _add(r, _most_restrictive(r, [limit for limit in limits if limit is not None]), m.start(), m.end(),
             "a mark wrapped over a line end")


def _most_restrictive(r: Reading, limits: list[Marking]) -> Marking | None:
    """The most restrictive of `limits` (NOFORN if any says it, else the countries every list names)."""
    if not limits:
        return None
    if any(limit.noforn for limit in limits):
        return r.g.parse("UNCLASSIFIED//NOFORN")
    countries = set.intersection(*(set(limit.rel_to) for limit in limits))
    return _list_limit(r, [c for c in limits[0].rel_to if c in countries])


def _take_struck_countries(r: Reading) -> None:
    original = r.view.original
    if _STRIKE_SIGN.search(original) is None:
        return
    for m in _REL_TO.finditer(r.text):
        start, end = r.view.span(m.start("list"), m.end("list"))
        written = re.split(r"\)|//|(?<=[a-z]) ", original[start:end])[0]  # (the list ends at its mark's end)
        if _STRIKE_SIGN.search(written) is None:
            continue
        codes = _CODE.findall(_STRUCK.sub(" ", written).upper())
        _add(r, _list_limit(r, codes), m.start(), m.end(), "a country struck out of a release list")
