"""Letters in parentheses that label the lines of a run, not portion marks: an UNCLASSIFIED
order list `(S) 14 shirts` / `(M) 22 shirts` / `(L) 19 shirts` / `(XL) 8 shirts`, a room list
`(S) single` / `(D) double` / `(T) twin`, choir parts `(S)` `(A)` `(T)` `(B)` (rounds 163, 166).

A release rule, so narrow (issue 8's rule: where unsure, the mark stays a mark). A line's opening
`(S)` is made no mark (the portion is unmarked: it inherits the document's marking) only when all
of these hold:

- the run proves it: the line is one of two or more lines of one block (lines between blank lines)
  that each open with capitals in parentheses, and one of the block's tokens is no marking at all
  and no enumerator (`(M)`, `(XL)`, `(O)`, `(D)`; not `(A)` or `(I)`, a list's first label, and
  no block whose unmarked tokens count on as a list does, `(A)` `(B)`): a run of only `(S)` and
  `(C)` proves nothing;
- the document is UNCLASSIFIED and says nothing higher: its banner or classification line reads
  UNCLASSIFIED, every piece of evidence does too with no control beyond a designation (SBU, FOUO),
  no release field, every mark outside such runs is UNCLASSIFIED without a control, and the text
  holds no classified vocabulary (`SECRET`, `CONFIDENTIAL`, `NOFORN`, `Classified By` ...).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .state import Reading

# A line opening with capitals in parentheses (after an indent, a list bullet or a check box)
_TOKEN_LINE = lazy(r"(?m)^[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?(?P<mark>\((?P<t>[A-Z][A-Za-z]{0,2})\))[ \t]+\S")
# A key line: a short caption and a colon, then two or more `(X) word` items parted by commas or wide blanks
_KEY_LINE = lazy(r"(?m)^[ \t]*[A-Za-z][A-Za-z ]{0,20}:[ \t]*(?P<items>(?:\([A-Z][A-Za-z]{0,2}\)[ \t]+[A-Za-z][A-Za-z -]{0,24}?"
                 r"(?:[,;][ \t]*|[ \t]{2,}|[ \t]*$)){2,})$")
_ITEM = lazy(r"\((?P<t>[A-Z][A-Za-z]{0,2})\)")
# Words that say a document holds more than UNCLASSIFIED text (checked outside the label tokens)
_CLASSIFIED_WORDS = lazy(r"(?i)\b(?:top[ \t]*secret|secret|confidential|restricted|no[ \t]*forn|orcon|imcon|propin"
                         r"|relido|rel[ \t]+to|fvey|eyes[ \t]+only|classified|derived[ \t]+from|declassify"
                         r"|declassified|downgrade|fgi|nato|cosmic|sci|noncontract|tearline)\b|//")
# A blank line (between two blocks)
_BLANK_LINE = lazy(r"\n[ \t]*\n")
_FIRST_LABELS = frozenset({"A", "I"})
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def label_runs(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with a mark that labels a line of a proven run made unmarked (see the module)."""
    declared = r.classification
    if declared is None or not _plain_unclassified(declared) or r.document_controls:
        return portions
    if all(p.marking is None or _plain_unclassified(p.marking) for p in portions if p.explicit):
        return portions  # (no mark above UNCLASSIFIED or unreadable: nothing to look for)
    labels = _label_marks(r)
    if not labels:
        return portions
    if not all(e.marking is not None and _plain_unclassified(e.marking) for e in r.evidence):
        return portions
    if any(p.explicit and p.mark_start not in labels and p.marking is not None and not _plain_unclassified(p.marking)
           for p in portions):
        return portions  # a classified mark that no run proves a label: the document is not plainly UNCLASSIFIED
    text = r.text
    spans = sorted(labels.items())
    pos, pieces = 0, []
    for start, end in spans:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    if any(_CLASSIFIED_WORDS.search(piece) for piece in pieces):
        return portions
    out = []
    for p in portions:
        if p.explicit and p.mark_start in labels and p.marking is not None \
                and not _plain_unclassified(p.marking):
            letters = text[p.mark_start:labels[p.mark_start]]
            r.problem("LABEL_NOT_MARK", "warning", f"'{letters}' here labels a line of a run whose other labels are no "
                      f"marks, in an UNCLASSIFIED document: the {p.kind} is unmarked", p.mark_start, labels[p.mark_start])
            p = Portion(p.start, p.end, p.start, p.kind, p.number, None, False)
        out.append(p)
    return out


def _plain_unclassified(m: Marking) -> bool:
    """UNCLASSIFIED with nothing but designations (SBU, FOUO)."""
    return m.valid and m.level == "UNCLASSIFIED" and not (m.sci or m.sap or m.aea or m.dissem or m.rel_to or m.fgi
                                                           or m.foreign or m.cui_categories or m.non_ic)


def _label_marks(r: Reading) -> dict[int, int]:
    """The spans (start: end) of the tokens in parentheses that open the lines of a proven run, or
    that a key line (`Key: (C) cell, (O) office, (H) home`) lists beside a proving sibling."""
    out: dict[int, int] = {}
    for block in _blocks(r.text):
        if len(block) >= 2 and _proves(r, [m.group("t") for m in block]):
            for m in block:
                out[m.start("mark")] = m.end("mark")
    for key in _KEY_LINE.finditer(r.text):
        items = list(_ITEM.finditer(r.text, key.start("items"), key.end("items")))
        if _proves(r, [m.group("t") for m in items]):
            for m in items:
                out[m.start()] = m.end()
    return out


def _proves(r: Reading, tokens: list[str]) -> bool:
    """Does a run of `tokens` prove them labels: one is no marking and no list's first label, and no
    two unmarked tokens in a row count on as a list's labels?"""
    unmarked = [t for t in tokens if r.g.parse(t).level is None]
    return not _counts_on(unmarked) and any(t not in _FIRST_LABELS for t in unmarked)


def _blocks(text: str) -> list[list[re.Match[str]]]:
    """The token lines of `text`, grouped by block (lines between blank lines)."""
    blocks: list[list[re.Match[str]]] = []
    scanned, blank_since = 0, True
    for m in _TOKEN_LINE.finditer(text):
        if _BLANK_LINE.search(text, scanned, m.start()) is not None:
            blank_since = True
        scanned = m.end()
        if blank_since:
            blocks.append([])
            blank_since = False
        blocks[-1].append(m)
    return blocks


def _counts_on(tokens: list[str]) -> bool:
    """Do two tokens in a row count on as a list's labels (`A` `B`, `II` `III`)?"""
    for a, b in zip(tokens, tokens[1:]):
        if len(a) == 1 and len(b) == 1 and ord(b) == ord(a) + 1:
            return True
        if a in _ROMAN and b in _ROMAN and _ROMAN.index(b) == _ROMAN.index(a) + 1:
            return True
    return False
