"""Sections under a divider line that carries a marking: a workbook saved as text
(`=== Sheet 2: Sources (S//NF) ===`), an attachment pasted into an e-mail under its file name
(`--- readout_talks_S-NF.docx ---`, `--- Extracted text: S-NF_prep.docx ---`). The divider's
marking (a portion mark in parentheses in its title, or classification evidence read in it,
such as a file name's classification) marks the unmarked portions under it, up to the next
divider line: they are raised to it, never lowered. Evidence of this kind that names a
section's file name governs that section, not the whole document (`scoped`): the cover text of
an UNCLASSIFIED e-mail is not raised by the level of the file it pastes below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .raising import raised_to
from .state import Evidence, Reading

# a divider line with a title: a run of three or more `=`, `-`, `*` or `~` on both sides
_DIVIDER = lazy(r"(?m)^[ \t]*(?P<run>={3,}|-{3,}|\*{3,}|~{3,})[ \t]*(?P<title>[^\s=*~\-][^\n]*?)[ \t]*"
                r"(?:={3,}|-{3,}|\*{3,}|~{3,})[ \t]*$")
# a portion mark in parentheses, as written (`Contact(s)` is a plural, `(C) 2026` a copyright)
_PAREN_MARK = lazy(r"(?<![A-Za-z])\(([A-Z][A-Z/ ,\-]{0,60})\)(?![ \t]*(?:\d{4}|[A-Za-z]+[ \t]+\d{4}))")
_KINDS = ("classification_in_words", "dissemination_control")


@dataclass(frozen=True)
class _Divider:
    start: int
    end: int
    title: str


def _dividers(r: Reading) -> list[_Divider]:
    text = r.text
    if "===" not in text and "---" not in text and "***" not in text and "~~~" not in text:
        return []
    return [_Divider(m.start(), m.end(), m.group("title")) for m in _DIVIDER.finditer(text)]


def scoped(r: Reading) -> set[int]:
    """Indexes (into `r.evidence`) of the evidence that governs a section only: read inside a
    divider's title, or naming a file that a divider's title names."""
    dividers = _dividers(r)
    if not dividers:
        return set()
    found = set()
    for k, e in enumerate(r.evidence):
        if e.kind not in _KINDS or e.marking is None:
            continue
        said = r.text[e.start:e.end].strip()
        if any(d.start <= e.start < d.end or (said and said in d.title) for d in dividers):
            found.add(k)
    return found


def sections(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the unmarked ones under a marked divider raised to its marking."""
    dividers = _dividers(r)
    if not dividers:
        return portions
    scope = scoped(r)
    out = list(portions)
    for i, d in enumerate(dividers):
        marking = _marking(r, d, [r.evidence[k] for k in scope])
        if marking is None:
            continue
        # (a divider that is no new section, `--- page 2 ---`, does not end it)
        until = next((e.start for e in dividers[i + 1:] if _heads_a_section(r, e)), len(r.text))
        said = f"the divider '{d.title.strip()}' marks the text under it {marking.banner()}"
        for k, p in enumerate(out):
            if p.explicit or p.end <= d.end or p.start >= until or p.marking is None or not p.marking.valid:
                continue
            raised = r.g.rollup([p.marking, marking])
            if raised is None or raised.banner() == p.marking.banner():
                continue
            r.problem("GOVERNED_PORTION", "warning", f"{said}: this {p.kind} ({p.marking.portion_mark()}) is "
                      f"treated as {raised.portion_mark()}", p.start, p.end)
            out[k] = p.with_marking(replace(raised, raw=p.marking.raw))
    return out


_FILE_NAME = lazy(r"\.[A-Za-z]{2,4}\b")
_END = lazy(r"(?i)[ \t]*end\b")


def _heads_a_section(r: Reading, d: _Divider) -> bool:
    """Does a divider end the section before it: it carries a mark of its own (`(U)` too),
    names a file, or says `end`."""
    if _END.match(d.title) or _FILE_NAME.search(d.title):
        return True
    return any(r.g.parse(m.group(1).strip()).valid for m in _PAREN_MARK.finditer(d.title))


def _marking(r: Reading, d: _Divider, evidence: list[Evidence]) -> Marking | None:
    """What a divider's title marks: its portion marks in parentheses and the scoped evidence
    read in it or naming what it names, rolled up (None: nothing above plain UNCLASSIFIED)."""
    found: list[Marking] = []
    for m in _PAREN_MARK.finditer(d.title):
        marking = r.g.parse(m.group(1).strip())
        if marking.valid and marking.level is not None:
            found.append(marking)
    for e in evidence:
        said = r.text[e.start:e.end].strip()
        if e.marking is not None and e.marking.valid and (d.start <= e.start < d.end or said and said in d.title):
            found.append(e.marking)
    if not found:
        return None
    rolled = r.g.rollup(found)
    if rolled is None or (rolled.rank == 0 and not rolled.dissem and not rolled.designations):
        return None
    return rolled


def introduced_blocks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """An unmarked block right after a portion that introduces it (its text ends with a colon:
    `2. (U) Excerpt from INR assessment of April 2 (SECRET//NOFORN):` above an indented quotation)
    takes at least that portion's marking: the block is what the portion introduces, and a mark
    or level the introduction carries is the block's too (round 23). It never lowers."""
    order = sorted(range(len(portions)), key=lambda k: (portions[k].start, portions[k].end))
    out = list(portions)
    for before, k in zip(order, order[1:]):
        p, q = out[k], out[before]
        if p.explicit or p.marking is None or q.marking is None or not p.marking.valid or not q.marking.valid:
            continue
        introduction = r.text[q.start:q.end].rstrip()
        if not introduction.endswith((":", "—", "–")):  # (a colon, or a dash after a mark: `BAGHDAD 2211 (SECRET) —`)
            continue
        # `Paragraph 4 of REF A reads:` quotes a reference whose line gives its level:
        # `REF: A. STATE 41123 (S//NF) B. ...`
        quoted = [m for m in (_reference_marking(r, letter) for letter in _NAMES_A_REFERENCE.findall(introduction))
                  if m is not None and m.valid]
        out[k] = raised_to(r, p, [q.marking, *quoted], "the portion above introduces this text (it ends with a colon)")
    return out


_NAMES_A_REFERENCE = lazy(r"\bREF(?:TEL)?[ \t]+([A-Z])\b")


def _reference_marking(r: Reading, letter: str) -> Marking | None:
    """The mark a REF line gives reference `letter` (`REF: A. STATE 41123 (S//NF)`), if any."""
    m = re.search(r"(?m)^[ \t]*REF(?:S|TEL)?[ \t]*:?.*?\b" + letter + r"\.[ \t]+[^()\n]{1,60}?\((?P<mark>[A-Za-z/ ,\-]{1,40})\)",
                  r.text)
    if m is None:
        return None
    return r.marks.read_mark(m.group("mark"))


def ambiguous_mark_lines(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A mark alone on its line right under a line of text, with text right under it, can end the
    paragraph above (`... from the Nasosnaya airfield.` / `(S)`) as well as head the one below: a
    writer who puts each paragraph's mark on the line after it reads every such mark the other
    way (round 40). Both readings are kept (fail closed): the text above takes the mark too, and
    a portion that such a mark heads takes the mark of the next such line right under it. It
    never lowers."""
    text = r.text
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    alone = set()
    for k in order:
        p = portions[k]
        if not p.explicit or p.mark_start is None or p.mark_end is None or p.marking is None:
            continue
        line_end = text.find("\n", p.mark_end)
        if not text[p.mark_end:len(text) if line_end == -1 else line_end].strip():
            line_start = text.rfind("\n", 0, p.mark_start) + 1
            above_end = line_start - 1
            above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
            if not text[line_start:p.mark_start].strip() and above_end > 0 and text[above_start:above_end].strip():
                alone.add(k)
    if not alone:
        return portions
    out = list(portions)
    for i, k in enumerate(order):
        if k not in alone:
            continue
        mark = out[k].marking
        if i > 0:  # the text right above the mark line
            above = order[i - 1]
            out[above] = raised_to(r, out[above], [mark], "a mark alone on the line under this text may end it")  # type: ignore[list-item]
        if i + 1 < len(order) and order[i + 1] in alone:  # the mark line right under this portion
            below = out[order[i + 1]].marking
            out[k] = raised_to(r, out[k], [below], "a mark alone on the line under this text may end it")  # type: ignore[list-item]
    return out
