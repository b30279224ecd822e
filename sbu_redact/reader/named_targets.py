"""A record that names its target by a time stamp, a quoted fragment or a guide item, in any language, and says it
is higher (fix45f, issue 8): a Viber reply `съобщението от 14:32 е (S), не (U)`, a Teams chat note `from 12:03 to
12:40 is S`, a margin note `абзац со словами «the old grain silo» — (S//NF), не (U)`, a Confluence history row
`"marking of the sentence with 'visa overstay list' (U) -> (CUI//NOFORN)"`, a reviewer's `para 3 falls under item
4.2 -- mark (S)` under a guide excerpt whose `Item 4.2 ... S` line gives the level.

A record is a line outside every explicitly marked portion (or one whose marks come after a quote and record a
change, `"..." (U) -> (C)`) that names a target and states a level: a mark `(S)` not after a negation (rules
`record_negated_mark`), a bare level after a copula (rules `record_bare_level`), the level of a guide item it cites
(rules `guide_item_ref`). A change that lowers (`(S) -> (U)`, `Replace "(S)" with "(U)"`) raises nothing. The parts named are the portions
opening with the time stamp (or one in the range), the portions holding the quoted words, the portion numbered
`para N` (rules `record_part_number`); where the target is not found, every lower explicitly marked portion (fail
closed; not where a quoted fragment stands elsewhere in the text, outside any marked portion: a title it quotes). Parts are raised through `raising.raised_to`: never lowered.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .part_remarks import _PAREN_MARK, _candidates, _flat
from .quoted_lines import is_quote
from .raising import raised_to
from .state import Reading

_STAMP = re.compile(r"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])")
_LEAD = re.compile(r"^[^\n]{0,40}?:[ \t]")
_RANGE_GAP = re.compile(r"[^\d\n()]{1,12}")
_PORTION_STAMP = re.compile(r"^\W{0,3}(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])")
_QUOTES = (("«", "»"), ("„", "“"), ("„", "”"), ("“", "”"), ("‚", "‘"), ("‚", "’"), ("「", "」"), ("『", "』"),
           ("‹", "›"), ('"', '"'), ("'", "'"), ("‘", "’"), ("»", "«"))
_LOW_SINGLE = re.compile(r"(?<=[ \t(]),(?P<q>\w[^,'\n]{1,200}?)'(?![\w])")
_ARROW = re.compile(r"->|=>|→|⟶")


def _fragments(line: str) -> list[tuple[int, int, str]]:
    """Every quoted fragment of `line` in any quotation marks, nested ones too: (start, end, text)."""
    out = []
    for a, b in _QUOTES:
        if a not in line:
            continue
        word = a in "'‘"
        pat = (rf"(?<![\w]){re.escape(a)}(?P<q>[^{re.escape(a + b)}\n]{{2,200}}?){re.escape(b)}(?![\w])" if word else
               rf"{re.escape(a)}(?P<q>[^{re.escape(a + b)}\n]{{2,200}}?){re.escape(b)}")
        out += [(m.start(), m.end(), m.group("q")) for m in re.finditer(pat, line)]
    # (the view folds a low single quote `‚` to a comma: `with ,night convoy schedule'` opens at a spaced comma)
    out += [(m.start(), m.end(), m.group("q")) for m in _LOW_SINGLE.finditer(line)]
    return out


def _stamp_key(m: re.Match[str]) -> int:
    return int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)


def _stamps(line: str) -> list[tuple[int, int]]:
    """The time stamps a record names (not its own in its lead `[14:40] Petrov:`): ranges (lo, hi) in seconds, a
    single stamp standing for its whole minute."""
    lead = _LEAD.match(line)
    skip = lead.end() if lead is not None and _STAMP.search(lead.group()) else 0
    found = list(_STAMP.finditer(line, skip))
    out, n = [], 0
    while n < len(found):
        m = found[n]
        lo = _stamp_key(m)
        hi = lo + (0 if m.group("s") else 59)
        if n + 1 < len(found) and _RANGE_GAP.fullmatch(line[m.end():found[n + 1].start()]):
            nxt = found[n + 1]
            hi = max(hi, _stamp_key(nxt) + (0 if nxt.group("s") else 59))
            n += 1
        out.append((lo, hi))
        n += 1
    return out


def _guide_levels(r: Reading, line: str) -> list[Marking]:
    """The levels of the guide items `line` cites, from the guide's own `Item 4.2 ... S` lines."""
    out = []
    for m in r.g.guide_item_ref.compiled.finditer(line):
        item = re.escape(m.group("item"))
        row = re.compile(rf"(?im)^[ \t]*(?:[^\W\d][\w.]{{0,12}}[ \t]*)?{item}(?![\d.])[^\n]*?(?:\.{{3,}}|[ \t]{{2,}}|\|)"
                         rf"[ \t|]*(?P<level>TS|S|C|U|TOP SECRET|SECRET|CONFIDENTIAL)[ \t|]*$")
        for g in row.finditer(r.text):
            if g.group() .strip() == line.strip():
                continue
            level = r.g.parse(g.group("level"))
            if level.valid and level.level is not None:
                out.append(level)
    return out


def _record_level(r: Reading, line: str, quotes: list[tuple[int, int, str]]) -> Marking | None:
    """The highest level `line` states for its target, or None where it states none or records a lowering change."""
    marks = [m for m in _PAREN_MARK.finditer(line) if not re.match(r"\w", line[m.end():m.end() + 1])]  # (`(S)he`)
    levels = []
    for a, b in zip(marks, marks[1:]):
        if _ARROW.search(line[a.end():b.start()]):
            old, new = r.g.parse(a.group()), r.g.parse(b.group())
            if old.valid and new.valid and not _raises(r, old, new):
                return None  # (a record that lowers raises nothing, and releases nothing)
    for m in marks:
        if any(s < m.start() and m.end() < e for s, e, _ in quotes if _PAREN_MARK.search(_)) and not _ARROW.search(line):
            continue
        if r.g.record_negated_mark.compiled.search(line[max(0, m.start() - 24):m.start()]):
            continue
        levels.append(r.g.parse(m.group()))
    said = [lv for lv in levels if lv.valid]
    if len(said) >= 2 and any(_raises(r, said[-1], lv) for lv in said[:-1]):
        return None  # (`Replace "(S)" with "(U)"`: a change to a lower mark, whatever its words)
    for m in r.g.record_bare_level.compiled.finditer(line):
        levels.append(r.g.parse(m.group("level")))
    levels += _guide_levels(r, line)
    levels = [lv for lv in levels if lv.valid and lv.level is not None]
    if not levels:
        return None
    top = r.g.rollup(levels)
    return top if top is not None and _raises(r, r.g.parse("(U)"), top) else None


def _raises(r: Reading, old: Marking, new: Marking) -> bool:
    """Whether `new` adds anything to `old` (a level or a control: `(U)` -> `(CUI//NOFORN)` does)."""
    top = r.g.rollup([old, new])
    return top is not None and top.banner() != old.banner()


def raise_named_targets(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the parts each record names by a time stamp, a quoted fragment or a guide item raised."""
    explicit = [(p.start, p.end) for p in portions if p.explicit and p.marking is not None and not is_quote(r, p)]
    if not explicit:
        return portions
    out = list(portions)
    at = 0
    for line in r.text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip() or ("(" not in line and not r.g.record_bare_level.compiled.search(line)
                                and not r.g.guide_item_ref.compiled.search(line)):
            continue
        quotes = [q for q in _fragments(line) if not _PAREN_MARK.search(q[2]) and len(_flat(q[2])) >= 6
                  and not r.g.record_bare_level.compiled.search(q[2])]  # (a quoted record holds its level: no target)
        inside = any(start <= s < at for s, _e in explicit)  # (the line opens an explicitly marked portion)
        if inside and not (quotes and _ARROW.search(line) and _PAREN_MARK.search(line)
                           and min(q[0] for q in quotes) < _PAREN_MARK.search(line).start()):  # type: ignore[union-attr]
            continue
        stamps = _stamps(line) if not inside else []
        if not any(_PORTION_STAMP.match(r.text[p.start:p.end]) for p in portions if p.explicit):
            stamps = []  # (no part opens with a time stamp: a log row's own time names no part)
        guided = r.g.guide_item_ref.compiled.search(line) is not None
        if not (quotes or stamps or guided):
            continue
        level = _record_level(r, line, quotes)
        if level is None:
            continue
        cands = [k for k in _candidates(r, portions, start) if not portions[k].start <= start < portions[k].end]
        low = [k for k in cands if _raises(r, portions[k].marking, level)]  # type: ignore[arg-type]
        if not low:
            continue
        found: set[int] = set()
        for _, _, q in quotes:
            probe = _flat(q)[:60]
            found |= {k for k in cands if probe in _flat(r.text[portions[k].start:portions[k].end])}
        for lo, hi in stamps:
            for k in cands:
                m = _PORTION_STAMP.match(r.text[portions[k].start:portions[k].end])
                if m is not None and lo <= _stamp_key(m) <= hi:
                    found.add(k)
        if guided:
            ordered = sorted(cands, key=lambda k: portions[k].start)
            after = [k for k in ordered if portions[k].start > start]
            for m in r.g.record_part_number.compiled.finditer(line):
                n = int(m.group("n"))
                found |= {seq[n - 1] for seq in (ordered, after) if 0 < n <= len(seq)}
        elsewhere = any(_flat(q)[:60] in _flat(r.text[:start] + " " + r.text[at:]) for _, _, q in quotes)
        if not found and elsewhere:
            continue  # (the fragment quotes other text, a title `"Visit to Goma"`: not this record's part)
        targets = {k for k in (found or set(low)) if k in low}
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [level], f"a record '{line.strip()[:80]}' names this part as "
                               f"{level.banner()}")
    return out
