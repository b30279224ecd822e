"""The label of a list item at a line start (`(ii)`, `[3]`, `§ 4.3`, `4(2)`, `A.`, `2.1.`, `-`, `•`):
one grammar for the three readings that look for one.

The labels are vocabulary (`structure.enumerators` of rules/markings.yaml): each is of one kind
(`paren_letter`, `number`, `bullet`...), and each reading takes some kinds:

- `list_item` (`list_shape`, reader/portions.py): a line that opens another item of the list the
  portion's first line opens starts a portion of its own (`(ii)` after `(i) (U) ...`);
- `sibling_item` (`same_list`, reader/cable.py): an unmarked sibling of a marked item of a cable
  (`B. THE MINISTRY ...` after `A. (U) THE DEFICIT ...`);
- `subparagraph` (`opens_subparagraph`, reader/cable.py): a lettered or bulleted subparagraph
  under a cable's numbered paragraph (`A. The Turkish side ...`).

The rules' validation makes the labels one pattern (`Grammar.enumerator`: the indent, a group per
kind, a space or tab and text). The kinds do not overlap, and no label is a label followed by a
space and more text (only `§ 4.3` holds a space, and `§` alone is none), so a line opens with one
label of one kind at most, whatever reading asks: a reading that does not take that kind finds none.
"""
from __future__ import annotations

import re

from ..markings import Grammar

# A label's shape: each run of lower-case letters, capitals, digits or blanks as one (`(a)` for
# `(ii)` and `(b)`, `§ 9.9` for `§ 4.3`, `[9]` for `[12]`, `9(9)` for `4(2)`)
_SHAPE_RUNS = re.compile(r"[a-z]+|[A-Z]+|\d+|[ \t]+")
_ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())


def label(g: Grammar, line: str, use: str) -> tuple[str, str] | None:
    """The indent and the label of the list item that `line` opens, when reading `use`
    (`list_item`, `sibling_item`, `subparagraph`) takes its kind; else None."""
    m = g.enumerator.match(line)
    if m is None or m.lastgroup not in g.enumerator_kinds[use]:
        return None
    return m.group("indent"), m.group(m.lastgroup)


def starts(g: Grammar, use: str) -> frozenset[str]:
    """The characters (read as ASCII) that the labels reading `use` takes begin with: a stripped
    line that begins with another is not tried."""
    return g.enumerator_starts[use]


def list_shape(g: Grammar, line: str) -> str | None:
    """The shape of the label that opens `line` (`(a)` for `(ii)` and `(b)`, `§ 9.9` for
    `§ 4.3`, `[9]` for `[12]`, `9(9)` for `4(2)`), or None. Two items of the same list have the
    same (at any indent: a sub-item indented under its unindented sibling is still one, round 82)."""
    item = label(g, line, "list_item")
    if item is None:
        return None
    word = item[1]
    if word[:1].isalpha() and len(word) > 2 and word[:-1].upper() not in _ROMAN_NUMERALS:
        return None  # (`Sir.`, `Dear)`: a word, not an enumerator)

    def shape(run: re.Match[str]) -> str:
        s = run.group()
        return "a" if s.islower() else "A" if s.isupper() else "9" if s.isdigit() else " "
    return _SHAPE_RUNS.sub(shape, word)


def same_list(g: Grammar, marked: str, line: str) -> bool:
    """Whether `line` opens an item of the same list as the marked item `marked` (same indent,
    same label character by character: `A.` and `B.`, `(a)` and `(b)`, `-` and `-`; one
    character alone, a bullet, only the same)."""
    a, b = label(g, marked, "sibling_item"), label(g, line, "sibling_item")
    if a is None or b is None or a[0] != b[0]:
        return False
    x, y = a[1], b[1]

    def shape(item: str) -> str:
        return "".join("a" if c.islower() else "A" if c.isupper() else "9" if c.isdigit() else c for c in item)
    return shape(x) == shape(y) and (len(x) > 1 or x == y)


def opens_item(g: Grammar, stripped: str) -> bool:
    """Whether the stripped line opens an item of a list (`A.`, `(a)`, `2.`, `-`, `--`, `•`, `o`)."""
    return stripped[:1] in g.enumerator_starts["sibling_item"] and label(g, stripped, "sibling_item") is not None


def opens_subparagraph(g: Grammar, stripped: str) -> bool:
    """Whether the stripped line opens a lettered or bulleted subparagraph (`A.`, `(a)`, `--`, `•`)."""
    return stripped[:1] in g.enumerator_starts["subparagraph"] and label(g, stripped, "subparagraph") is not None
