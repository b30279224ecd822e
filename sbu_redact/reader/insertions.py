"""Text a redline shows as inserted or moved in: `(U) The donors conference raised 1.2 billion
dollars. [MOVED TO: Two Gulf donors have told us privately ...]`; and text another hand set
into a portion: a reviewer's note or a cell's comment (`[Note by K.Ross: ...]`,
`{Comment by F. Nakamura: ...}`), a TeX `\footnote{...}` (rounds 96-99).

A compare output (Workshare, Word's "compare documents", CriticMarkup, wdiff) leaves a moved
paragraph's mark at its old place and shows the moved text where it now stands, inside another
portion. That portion's mark does not mark it: the moved or inserted text (the markup included,
the vocabulary's `inserted_text`) is split from the portion and read as unmarked, so it takes what
unmarked text takes (the document's marking, and never less than its portions show: fail closed).
The text around it keeps the portion's own mark. An insertion that holds a marking (a margin note
`[margin, pencil: "S//NF per INR"]`) is a note about the text it sits in, and stays in its portion.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from ..prefilter import WayScan, finditer_of_ways
from .raising import raised_to
from .state import Reading


def inserted_spans(r: Reading) -> list[tuple[int, int]]:
    """Where the document shows text as inserted or moved in: the matches of the whole view's scan,
    found by scanning only the ways of the pattern (a group of a choice) whose words the view holds
    (`prefilter.WayScan`, kept on the rules object; most documents hold none of them)."""
    pattern = r.g.inserted_text.compiled
    scan = r.g.way_scans.get(pattern.pattern)
    if scan is None:
        scan = r.g.way_scans[pattern.pattern] = WayScan(pattern)
    if not scan.ways:  # (no choice: scanned whole)
        return [(m.start(), m.end()) for m in pattern.finditer(r.text)]
    end = len(r.text)
    ways = scan.ways_in(scan.hits(r.text, r.text_in_any_case()), r.text, 0, end, r.text_in_any_case())
    return [(m.start(), m.end()) for m in finditer_of_ways(pattern, r.text, 0, end, ways)] if ways else []


def inserted_pieces(r: Reading, p: Portion, inserted: list[tuple[int, int]]) -> list[Portion] | None:
    """`p` split around the inserted or moved-in text it holds (`inserted_spans`), or None when it
    holds none (or has no mark of its own: unmarked, it takes what the inserted text takes)."""
    spans = [(start, end) for start, end in inserted if p.body_start <= start and end <= p.end
             and not _states_a_marking(r, r.text[start:end])] if p.explicit else []
    if not spans:
        return None
    pieces: list[Portion] = []
    at = p.start
    named = [level for start, end in spans if r.text.startswith("{>>", start)
             for level in _levels_named(r, r.text[start:end])]
    for start, end in spans:
        if r.text[at:start].strip():
            pieces.append(_own(p, at, _trimmed_end(r.text, at, start), first=not pieces))
        pieces.append(_own_marked(r, p, start, end) or Portion(start, end, start, p.kind, None, None, False))
        at = end
    if r.text[at:p.end].strip():
        start = at + len(r.text[at:p.end]) - len(r.text[at:p.end].lstrip())
        pieces.append(_own(p, start, p.end, first=False))
    if named:
        # a reviewer's comment set into the portion (CriticMarkup's `{>>...<<}`) that names a level in words, in any
        # case (`{>>... can't be anything less than Confidential ...<<}`, round 132): a note about the text it sits in,
        # which it raises to that level (fail closed: doubt raises), as it raises a mark written in it
        pieces = [raised_to(r, q, named, "a reviewer's comment set into the portion names its level in words")
                  if q.marking is not None else q for q in pieces]
    r.problem("INSERTED_TEXT", "info", "text shown as inserted or moved in, or a note or comment set into the "
              "portion, is not marked by the mark of the portion it sits in: it is read as unmarked", spans[0][0], spans[-1][1])
    return pieces


# the opening of a note or footnote set into the text, up to its first word (`\\footnote{`, `<note from="PAS">`,
# `[Note by K.Ross: `, `{Comment by F. Nakamura: `, pandoc's `^[`, AsciiDoc's `footnote:[`; not a redline's `[MOVED TO: `
# or `[INSERTED: `, nor any note whose label anywhere says moved/inserted/added/suggested/proposed/new text
# (`[Suggested insertion by R. Cole: `), whose mark stayed where the text came from), then a portion mark
_OPENING_MARK = lazy(r"(?:\\footnote\{|footnote:\[|\^\[|<(?!(?i:ins|span)\b)[A-Za-z][\w:.\-]{0,30}\b[^<>]{0,200}(?<!/)>"
                     r"|[\[{][ \t]*(?![^\[\]{}:\n]{0,60}?\b(?i:mov(?:e|ed|es|ing)|ins|insert\w*|add|adds|added|addition\w*|new|suggest\w*|propos\w*|redline\w*|track\w*|revis\w*)\b)[A-Za-z][^\[\]{}:\n]{0,60}:)[ \t]*\((?P<inner>[A-Za-z/ ,\-]{1,40})\)(?=[ \t])")


def _own_marked(r: Reading, p: Portion, start: int, end: int) -> Portion | None:
    """The note or footnote set into the portion at `start`..`end` as a portion of its own, when its text opens
    with a mark that reads exactly (`\\footnote{(U) The statement is posted ...}`, `<note from="PAS">(U) ...</note>`,
    round 130): that mark marks the note, which ends where its markup closes; None when it opens with none."""
    m = _OPENING_MARK.match(r.text, start, end)
    if m is None:
        return None
    marking = r.marks.read_mark(m.group("inner"))
    if marking is None or not marking.valid or marking.level is None and not marking.designations or marking.problems:
        return None
    return Portion(start, end, start, p.kind, None, marking, True, m.start("inner") - 1, m.end("inner") + 1)


def _states_a_marking(r: Reading, text: str) -> bool:
    """Whether inserted text holds a marking or a claim in words (`[margin, pencil: "S//NF per INR"]`,
    `[margin: this para is secret]`): then it is a note about the text it sits in, not text moved in,
    and stays in its portion (which it raises)."""
    text = r.g.inserted_text_states_nothing.compiled.sub(" ", text)  # (an AsciiDoc `////` comment fence or a URL states no marking)
    return "//" in text or any(level.name in text for level in r.g.vocabulary.levels[1:]) \
        or r.g.scope_claims.compiled.search(text) is not None  # ("[margin: this para is secret]": a claim)


def _levels_named(r: Reading, text: str) -> list[Marking]:
    """The levels above the lowest that `text` names in words, in any case (`Confidential`, `top secret`)."""
    low = " ".join(text.lower().split())
    out: list[Marking] = []
    for level in r.g.vocabulary.levels[1:]:
        name = level.name.lower()
        at = low.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                marking = r.marks.read_mark(level.portion)
                if marking is not None:
                    out.append(marking)
                break
            at = low.find(name, end)
    return out


def _own(p: Portion, start: int, end: int, first: bool) -> Portion:
    if first:
        return Portion(p.start, end, p.body_start, p.kind, p.number, p.marking, p.explicit, p.mark_start, p.mark_end)
    return Portion(start, end, start, p.kind, None, p.marking, p.explicit)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end
