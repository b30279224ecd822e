"""A release matrix whose columns are countries and whose rows say yes or no for each (fix50g, issue 8, adv196-013):

                                     Releasable to instructors who are:
    Item    Title / note             American Australian British Canadian New Zealand
    TP-101  (FOUO) Drone swarm ...         Y        Y        N        Y        Y

A row whose value under the UK's column is no (`N`, `No`, `X`, `✗`, `-`) is kept from the UK: its controlled portions
take NOFORN (`raising.raised_to`, never lowered). The header names three or more countries by name, adjective or code
(`country_names`, `countries`), the UK among them; a row's values are the run of yes/no words that ends its line,
one per column in the header's order. A row whose count of values differs from the header's and that holds a no
cannot be told apart: it takes NOFORN too (fails closed). Only raises."""
from __future__ import annotations

import functools
import re

from ..document import Portion
from ..markings import Grammar
from .raising import controlled, raised_to
from .state import Reading

_YES = {"Y", "YES", "✓", "✔", "OK"}
_NO = {"N", "NO", "X", "✗", "✘", "-", "—", "–"}
_VALUES = re.compile(r"(?:(?<=\s)|^)(?:(?:Y|N|Yes|No|YES|NO|X|OK|[✓✔✗✘\-—–])(?:[ \t]+|$)){2,}$")


@functools.lru_cache(maxsize=8)
def _names(g: Grammar) -> re.Pattern[str]:
    v = g.vocabulary
    names = sorted({*v.country_names, *v.countries}, key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")


def _header(r: Reading, line: str) -> list[str] | None:
    """The countries a matrix header names, in order, when it names three or more and the UK; else None."""
    v = r.g.vocabulary
    found = [v.country_names.get(m.group(0), m.group(0)) for m in _names(r.g).finditer(line)]
    if len(found) < 3 or "GBR" not in found or len(set(found)) != len(found):
        return None
    return found


def raise_release_matrix(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each controlled row of a country release matrix that says no under the UK raised to NOFORN."""
    if "British" not in r.text and "GBR" not in r.text and "UK" not in r.text and "United Kingdom" not in r.text:
        return portions
    columns: list[str] | None = None
    kept: list[tuple[int, int, str]] = []
    for seg in r.segs:
        if seg.blank:
            continue
        header = _header(r, seg.text)
        if header is not None:
            columns = header
            continue
        if columns is None:
            continue
        m = _VALUES.search(seg.text.rstrip())
        if m is None:
            continue
        values = [v.upper() for v in m.group(0).split()]
        if len(values) == len(columns):
            no = values[columns.index("GBR")] in _NO
        else:
            no = any(v in _NO for v in values)
        if no:
            kept.append((seg.start, seg.end, seg.text.strip()[:60]))
    if not kept:
        return portions
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    out = []
    for p in portions:
        hit = next((said for start, end, said in kept if p.start < end and start < p.end), None)
        if hit is not None and controlled(p.marking):
            p = raised_to(r, p, [noforn], f"the release matrix's row '{hit}' says no under the UK's column")
        out.append(p)
    return out
