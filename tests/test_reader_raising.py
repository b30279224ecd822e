"""Raising portions by statements in one pass (`reader/raising.py`) gives exactly what applying
the statements one after the other to every portion they name gives (the simple version that
costs statements x portions): the same markings, and the same raises reported for each
statement, in the same order."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.document import Portion
from sbu_redact.reader.raising import Statement, raise_portions, ranges_of
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

_G = as_rules(None).grammar
_MARKS = [_G.parse(m) for m in ("(U)", "(C)", "(S//NF)", "(S//REL TO USA, GBR)", "(C//REL TO USA, AUS, GBR)",
                                "(TS//SI//NF)", "(U//FOUO)", "(SBU)", "(CUI)", "(Q)", "(S//ORCON)")]
_STATED = [_G.parse(m) for m in ("SECRET", "CONFIDENTIAL", "SECRET//NOFORN", "UNCLASSIFIED//NOFORN", "TOP SECRET",
                                 "SECRET//REL TO USA, GBR", "CONFIDENTIAL//REL TO USA, CAN", "UNCLASSIFIED")]


def _one_after_the_other(portions, statements):
    """Each statement in turn raises each portion it names (`governing._raised` before the sweep)."""
    out = list(portions)
    raised = []
    for statement in statements:
        mine = []
        for lo, hi in statement.ranges:
            for j in range(lo, hi):
                m = out[j].marking
                if m is None or not m.valid:
                    continue
                rolled = _G.rollup([m, statement.stated])
                if rolled is None or rolled.banner() == m.banner():
                    continue
                mine.append((j, m.portion_mark(), rolled.portion_mark()))
                out[j] = out[j].with_marking(replace(rolled, raw=m.raw))
        raised.append(mine)
    return out, raised


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 30))
    # copies of one mark, as portions of a document hold (equal, not the same object)
    marks = [draw(st.sampled_from([*_MARKS, None])) for _ in range(n)]
    portions = [Portion(10 * k, 10 * k + 9, 10 * k, "paragraph", None, m if m is None else replace(m), True)
                for k, m in enumerate(marks)]
    statements = []
    for s in range(draw(st.integers(0, 8))):
        chosen = sorted(draw(st.sets(st.integers(0, n - 1))))
        if draw(st.booleans()):  # a suffix, a prefix, or everything (most statements name a range)
            lo, hi = sorted(draw(st.tuples(st.integers(0, n), st.integers(0, n))))
            chosen = list(range(lo, hi))
        statements.append(Statement(ranges_of(chosen), draw(st.sampled_from(_STATED)), f"statement {s}"))
    return portions, statements


@settings(max_examples=500, deadline=None)
@given(_cases())
def test_one_pass_raises_what_one_statement_after_the_other_raises(case):
    portions, statements = case
    expected, expected_raised = _one_after_the_other(portions, statements)
    r = Reading(view_of("x" * 400), _G)
    out = list(portions)
    raised = raise_portions(r, out, statements)
    assert [p.marking for p in out] == [p.marking for p in expected]
    assert [p.marking.raw if p.marking else None for p in out] == [p.marking.raw if p.marking else None
                                                                    for p in expected]
    assert [[(j, was.portion_mark(), new.portion_mark()) for j, was, new in each] for each in raised] \
        == expected_raised


def test_ranges_of() -> None:
    assert ranges_of([2, 3, 4, 7]) == ((2, 5), (7, 8))
    assert ranges_of([]) == ()
