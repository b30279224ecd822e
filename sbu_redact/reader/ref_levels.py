"""A text classified "the same as REF A" takes the mark REF A carries on the REF line (fix51d, adv197-022, issue 8).

    REF: A. ANKARA 1389 (S/NF) B. STATE 120455 (U)
    ...
    4. THE FOLLOWING IS CLASSIFIED THE SAME AS REF A:
    THE DEPUTY MINISTER SAID TURKEY WILL CLOSE THE KILIS CROSSING IF THE SHELLING RESUMES.

The REF line's mark raised only the REF line (`header_line_marks`); the paragraph that borrows its level stayed
(U). A statement of rules/record_words.yaml `ref_levels` (`same_as` words, then a `references` word and the
reference's letter) raises the portion that holds it, and, where nothing follows it there and it says the text
follows (`following` words, or a colon), the next portion too, to at least the mark the lettered entry of a `REF:` or
`References:` line carries (`(S/NF)`, `(C)`). An entry with no mark, or a letter no REF line holds, gives the lowest
classified level (the statement says the text is classified: fail closed); an entry marked `(U)` raises nothing.
It only raises (`raising.raised_to`)."""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .governing import LOWEST_CLASSIFIED, stated_marking
from .raising import raised_to
from .rule_words import alternatives, made_once
from .state import Reading

# a REF line (`REF:`, `REFS:`, `References:`, `Ref:`) at a line's start, and its entries' letters (`A.`, `(b)`, `C)`)
_REF_LINE = re.compile(r"(?im)^[ \t]*(?:REFS?|REFERENCES?|REFTELS?)[ \t]*[:.][ \t]*")
_ITEM = re.compile(r"(?:^|(?<=[\s;,]))\(?(?P<letter>[A-Ha-h])[.)](?=\s)")
_MARK = re.compile(r"\((?P<inner>[A-Z][A-Z/ ,\-]{0,30})\)")


class _Patterns:
    def __init__(self, g: object):
        words = g.record_words.get("ref_levels")  # type: ignore[attr-defined]
        self.statement = None if not words else lazy(
            r"(?i:\b(?:" + alternatives(words["same_as"]) + r")[ \t]+(?:" + alternatives(words["references"])
            + r")[ \t]*\(?(?P<letter>[A-Ha-h])\)?(?![\w]))")
        self.following = None if not words or not words.get("following") else lazy(
            r"(?i:\b(?:" + alternatives(words["following"]) + r")\b)")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "ref_levels", _Patterns)


def raise_ref_levels(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the text a `same as REF A` statement names raised to REF A's mark (module docstring)."""
    w = _patterns(r)
    if w.statement is None or not ("same" in r.text_in_any_case() or "classification of" in r.text_in_any_case()):
        return portions
    statements = list(w.statement.finditer(r.text))
    if not statements:
        return portions
    marks = _reference_marks(r)
    out = list(portions)
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    for m in statements:
        letter = m.group("letter").upper()
        stated = marks.get(letter, [r.g.parse(LOWEST_CLASSIFIED)])
        if not stated:
            continue  # (an entry marked (U): nothing to raise)
        said = f"'{m.group(0)}' gives this text the level of REF {letter} ({', '.join(s.banner() for s in stated)})"
        own = [i for i, k in enumerate(order) if out[k].start <= m.start() < out[k].end]
        targets = [order[i] for i in own]
        if own and _says_following(r, w, m, out[order[own[-1]]]) and own[-1] + 1 < len(order):
            targets.append(order[own[-1] + 1])
        for k in targets:
            out[k] = raised_to(r, out[k], stated, said)
    return out


def _says_following(r: Reading, w: _Patterns, m: re.Match[str], p: Portion) -> bool:
    """Whether the text the statement is about is the next portion: nothing follows the statement in its own
    portion, and it says the text follows (`the following`, `below`), ends with a colon (`... SAME AS REF A:`) or is
    all its portion holds (`2. SAME CLASSIFICATION AS REF A.`)."""
    rest = r.text[m.end():p.end].strip(" \t\n.")
    if rest not in (":", ""):
        return False
    line_start = r.text.rfind("\n", 0, m.start()) + 1
    if _ALONE.fullmatch(r.text, p.start, m.start()) is not None:
        return True  # (`2. SAME CLASSIFICATION AS REF A.` as a paragraph of its own: the text it is about follows)
    return rest == ":" or (w.following is not None and w.following.search(r.text, line_start, m.end()) is not None)


# what may stand before a statement that is all its portion holds: a number and a portion mark
_ALONE = re.compile(r"[\s\d.)(\[\]]*(?:\([A-Za-z/ ]{1,12}\))?[\s]*(?:(?:this|the)[ \t]+(?:para(?:graph)?|text|portion)[ \t]+(?:is[ \t]+)?)?",
                    re.IGNORECASE)


def _reference_marks(r: Reading) -> dict[str, list[Marking]]:
    """Each lettered entry of the REF lines -> the markings of the marks it carries (empty for an entry marked
    unclassified with no control; the lowest classified level for an entry with no mark it can read)."""
    out: dict[str, list[Marking]] = {}
    for line in _REF_LINE.finditer(r.text):
        end = r.text.find("\n", line.end())
        end = len(r.text) if end < 0 else end
        while True:  # (the entries go on over lines that open on a letter or are indented)
            nxt = r.text.find("\n", end + 1)
            nxt = len(r.text) if nxt < 0 else nxt
            follow = r.text[end + 1:nxt]
            if end >= len(r.text) or not follow.strip() or not (follow[:1] in " \t" or _ITEM.match(follow.strip())):
                break
            end = nxt
        entries = list(_ITEM.finditer(r.text, line.end(), end))
        for i, item in enumerate(entries):
            stop = entries[i + 1].start() if i + 1 < len(entries) else end
            found = [s for mark in _MARK.finditer(r.text, item.end(), stop)
                     if (s := _entry_marking(r, mark.group("inner"))) is not None]
            letter = item.group("letter").upper()
            if not found:
                out.setdefault(letter, [r.g.parse(LOWEST_CLASSIFIED)])
                continue
            raising = [s for s in found if s.rank > 0 or s.dissem]
            out[letter] = raising
    return out


def _entry_marking(r: Reading, inner: str) -> Marking | None:
    """The marking of a REF entry's mark (`S/NF` read as `S//NF`), or its level where it reads no more."""
    for written in (inner, inner.replace("//", "/").replace("/", "//")):
        stated = stated_marking(r, written)
        if stated is not None and stated.valid and stated.level is not None:
            return stated
    parsed = r.g.parse(f"({inner})")
    return stated_marking(r, parsed.level) if parsed.level is not None else None
