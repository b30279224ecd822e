"""A remark that names the part it is about by its topic, a person, a place or an anchor id, and says the part's
level (fix44e, issue 8): an Acrobat sticky note `re-mark the convoy text [S]`, a Google Docs comment `Bear Island
text -- reviewer note (S//NF)`, a LaTeX `% AL: the Kiunga anchorage text [C//NF]` placed after the wrong paragraph,
a chat line `Cigli text above (S)`, a checklist item `Bear Island paragraph: marked U, guide item 4.2 says S//NF`,
an HTML comment `Comment on #p-convoy: this is (S)`.

A remark is a line that (1) ENDS in a bracketed level (`[S]`, `(C//NF)`) after a few words that name a part (`text`,
`paragraph`, `note`, `above` ...), or (2) records a mark and a higher one (`marked U ... says S//NF`), or (3) names
an element's anchor id (`#p-convoy`) and holds a level (rules `part_remark_level`, or a bracketed level). Only a
level that a banner or an inherited level of the document reaches, and that is above some explicitly marked part,
counts. Its part: the element with that id; else the one marked portion that shares the remark's topic words
(a name, a place); else every lower marked portion (fail closed: the remark cannot be placed exactly). Parts are
raised through `raising.raised_to` (never lowers).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .part_remarks import _candidates, _flat, _placed_by_main, _remark_level, stop_words
from .raising import raised_to
from .sed_corrections import _named_portion
from .state import Reading

_LEVEL = r"(?:TS|S|C)(?://(?:NF|NOFORN|REL[ \t]+TO[A-Z ,]{0,40}))?"
_END_LEVEL = re.compile(rf"[\[(](?P<level>{_LEVEL})[\])][ \t.]*$")
_OPENS_WITH_MARK = re.compile(r"[ \t>*\-•\d.)]*[\[(](?:TS|S|C|U|SBU|CUI|FOUO)\b[^\])]{0,40}[\])]")
_PART_WORD = re.compile(r"(?i)\b(?:text|para(?:graph)?s?|bullets?|portions?|sections?|items?|messages?|lines?|entry"
                        r"|bit|part|passage|sentences?|re-?mark(?:ed)?|reviewer|note|comment|above|below)\b")
_MARKED_THEN_HIGHER = re.compile(rf"(?i:\bmarked)[ \t]+(?:\(?U\)?|(?i:unclassified))(?![\w/])[^\n]{{0,80}}?"
                                 rf"(?i:\bsays?|\bshould[ \t]+be|\bmust[ \t]+be|\bis)[ \t]+\(?(?P<level>{_LEVEL})\)?(?![\w/])")
_ANCHOR = re.compile(r"(?<![\w&])#(?P<id>[A-Za-z][\w\-:.]{0,60}[\w])")
_ANY_LEVEL = re.compile(rf"[\[(](?P<level>{_LEVEL})[\])]")
# (a Word Compare summary) `Inserted "(S)"`, `Replaced (U) by (S)`: the new mark of a part
_INSERTED = re.compile(rf"(?i:\binserted|\breplaced[^\n]{{0,24}}?\bby|\bchanged[^\n]{{0,24}}?\bto)[ \t:]*[\"“'‘]?[\[(]"
                       rf"(?P<level>{_LEVEL})[\])]")
# a comment's tag (`Comment [AL2] ...`) whose anchor `[AL2]` ends the part it is about, wherever the balloon falls
_TAG = re.compile(r"(?i:\bcomment)[ \t]*\[(?P<tag>[A-Za-z]{1,4}\d{1,3})\]")
# a comment whose own text opens with a portion mark (`[Comment [AK1]: (S) Add to talking points ...]`) is a marked
# portion of its own, not a remark about the part its anchor ends (adv87-043, adv17-025, adv122-040: the lead's merge)
_MARKED_COMMENT = re.compile(r"(?i:\bcomment)[ \t]*\[[A-Za-z]{1,4}\d{1,3}\][ \t]*:?[ \t]*[\[(](?:TS|S|C|U|SBU|CUI|FOUO|LES)\b")
_FROM_END = re.compile(r"(?i)\b(?:(?P<two>second|2nd)[- ]to[- ]last|penultimate|last[- ]but[- ]one|(?P<last>last))[ \t]+"
                       r"(?P<what>bullet|para(?:graph)?|item|point|message)\b")
# a review table row `| 2 | U | C | ... |` (header cells in any language): the part named, its mark, its correct mark
_ROW = re.compile(rf"^[ \t]*\|?[ \t]*(?P<n>\d{{1,3}})[ \t]*\|[ \t]*(?P<old>U|C|S|TS)(?://NF)?[ \t]*\|[ \t]*"
                  rf"(?P<level>{_LEVEL})[ \t]*(?:\||$)")
_BULLET = re.compile(r"[ \t]*[-*•+][ \t]")
_LINES = re.compile(r"(?i)\b(?:ll?|lines?)\.?[ \t]*\d")
_MORE_STOP = {"above", "below", "reviewer", "note", "comment", "remark", "re-mark", "marked", "says", "guide", "correct",
              "before", "release", "page", "sticky", "number", "author", "subject", "date", "please", "fine", "tonight"}
_MAX_WORDS = 14


def _document_rank(r: Reading, portions: list[Portion]) -> int:
    """The highest level a banner or an inherited (not explicit) mark of the document states."""
    marks = [m for m in r.banner_markings if m.valid and m.level is not None]
    marks += [p.marking for p in portions if not p.explicit and p.marking is not None and p.marking.valid
              and p.marking.level is not None]
    return max((m.rank for m in marks), default=-1)


def _said_level(r: Reading, line: str) -> tuple[Marking, str] | None:
    """The level a remark line says, and how it names its part (`end`, `marked`, `anchor`)."""
    body = line.strip()
    if _OPENS_WITH_MARK.match(body) or _MARKED_COMMENT.search(body):
        return None  # (a portion's own mark opens it)
    end = _END_LEVEL.search(body)
    if end is not None:
        before = body[:end.start()]
        if 1 <= len(before.split()) <= _MAX_WORDS and _PART_WORD.search(before):
            return r.g.parse(end.group("level")), "end"
    for pattern, how in ((_MARKED_THEN_HIGHER, "marked"), (_INSERTED, "inserted"), (_ROW, "row")):
        m = pattern.search(body)
        if m is not None:
            return r.g.parse(m.group("level")), how
    if _TAG.search(body) or _FROM_END.search(body):
        said = _ANY_LEVEL.search(body)
        if said is not None:
            return r.g.parse(said.group("level")), "placed"
    if _ANCHOR.search(body):
        said = _ANY_LEVEL.search(body)
        level = said.group("level") if said is not None else None
        if level is None:
            m = r.g.part_remark_level.compiled.search(body)
            level = m.group("level").strip("()") if m is not None else None
        if level is not None:
            return r.g.parse(level), "anchor"
    return None


def _anchored(r: Reading, portions: list[Portion], cands: list[int], line: str) -> set[int]:
    """The candidates inside (or opening just after) the element whose `id` the line names."""
    found: set[int] = set()
    for m in _ANCHOR.finditer(line):
        for el in re.finditer(rf"\bid[ \t]*=[ \t]*[\"']?{re.escape(m.group('id'))}[\"'\s>]", r.view.original):
            at = r.view.to_view(el.start())  # (the view may leave the tags out)
            found |= {k for k in cands if portions[k].start <= at < portions[k].end
                      or 0 <= portions[k].start - at <= 200}
            if found:
                found = {min(found, key=lambda k: abs(portions[k].start - at))}
    return found


def _placed(r: Reading, portions: list[Portion], cands: list[int], line: str, start: int) -> set[int] | None:
    """The candidate a comment's tag anchors (`[AL2]` in a part), or that `second to last bullet` names among the
    parts above it; None where the line names neither, the empty set where its place is not found."""
    tag = _TAG.search(line)
    if tag is not None:
        at = [m.start() for m in re.finditer(re.escape(f"[{tag.group('tag')}]"), r.text) if not start <= m.start() < start + len(line)]
        found = {k for k, p in enumerate(portions) for a in at if p.explicit and p.marking is not None
                 and p.start <= a < p.end + 2}
        if found:
            return {k if k in cands else -1 for k in found}  # (-1: found, not lower)
    end = _FROM_END.search(line)
    if end is None:
        return None
    bullets = end.group("what").lower() in ("bullet", "point")
    parts = sorted((k for k, p in enumerate(portions) if p.explicit and p.marking is not None and p.end <= start
                    and (not bullets or _BULLET.match(r.text[p.start:p.end]))), key=lambda k: portions[k].start)
    back = 1 if end.group("last") else 2
    if len(parts) < back:
        return set()
    k = parts[-back]
    return {k} if k in cands else {-1}  # (found, not lower: nothing to raise)


def _row_part(r: Reading, portions: list[Portion], cands: list[int], line: str) -> set[int]:
    """The part a review table row names by number: a portion opening `2.`, else the Nth bullet or paragraph."""
    row = _ROW.search(line.strip())
    if row is None or r.g.parse(row.group("old")).rank >= r.g.parse(row.group("level")).rank:
        return set()
    n = int(row.group("n"))
    opening = re.compile(rf"[ \t]*(?:[-*•+][ \t]*)?(?:\([A-Z/ ]{{1,20}}\)[ \t]*)?{n}[.)][ \t]")
    named = {k for k, p in enumerate(portions) if p.explicit and opening.match(r.text[p.start:p.end])}
    if not named:
        k = _named_portion(r, portions, "para", n)
        named = {k} if k is not None else set()
    return {k if k in cands else -1 for k in named}


def _numbered(r: Reading, portions: list[Portion], cands: list[int], line: str) -> set[int]:
    """The part a remark names by number (`paragraph 2`): a portion opening `2.`, else the second marked paragraph."""
    found: set[int] = set()
    paras = sorted((k for k, p in enumerate(portions) if p.explicit and p.marking is not None and p.kind == "paragraph"),
                   key=lambda k: portions[k].start)
    for m in r.g.change_record_part.compiled.finditer(line):
        n = int(m.group("number"))
        k = _named_portion(r, portions, "bullet" if m.group().lower().startswith("bullet") else "para", n)
        if k is None and m.group().lower().startswith("para") and 0 < n <= len(paras):
            k = paras[n - 1]
        if k is not None:
            found.add(k if k in cands else -1)
    return found


def _topic(r: Reading, portions: list[Portion], cands: list[int], line: str) -> set[int]:
    """The one candidate sharing the line's topic words (names, places); none where it is not exactly one (the
    portion that holds the line may be the one: a LaTeX `%` remark read into its paragraph)."""
    stop = stop_words(r.g)
    words = {w for w in re.findall(r"[\w'’\-]+", _ANY_LEVEL.sub(" ", line).lower())
             if len(w) >= 4 and w not in stop and w not in _MORE_STOP and not w.isdigit()}
    if not words:
        return set()
    texts = {k: _flat(r.text[portions[k].start:portions[k].end].replace(line, " ")) for k in cands}
    sharing = {k for k in cands if any(re.search(rf"(?<![\w]){re.escape(w)}", texts[k]) for w in words)}
    return sharing if len(sharing) == 1 else set()


def raise_topic_remarks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the part each remark names raised to the level it says (module docstring)."""
    if not any(p.explicit for p in portions):
        return portions
    top = _document_rank(r, portions)
    out = list(portions)
    at = 0
    lines = r.text.split("\n")
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        if not line.strip() or len(line) > 400 or _LINES.search(line):
            continue  # (a remark naming lines: `sed_targets` and `part_remarks` place it)
        main = _remark_level(r, line)
        if main is not None and main[1] and not _placed_by_main(r, lines, i):
            continue  # (`part_remarks` places it, or raises every lower part)
        said = _said_level(r, line)
        if said is None:
            continue
        level, how = said
        if not level.valid or level.level is None or level.level == "UNCLASSIFIED" or level.rank > top:
            continue
        cands = [k for k in _candidates(r, portions, start) if portions[k].marking.rank < level.rank  # type: ignore[union-attr]
                 and not portions[k].start <= start + len(line) - 1 < portions[k].end]
        if not cands:
            continue
        targets = _anchored(r, portions, cands, line) if how == "anchor" else set()
        if how == "anchor" and not targets:
            continue  # (an id not found: main's readers place the remark)
        if how == "row":
            if r.g.parse(_ROW.search(line.strip()).group("old")).rank >= level.rank:  # type: ignore[union-attr]
                continue  # (a row that keeps or lowers a mark raises nothing)
            targets = _row_part(r, portions, cands, line)
        if how == "placed":
            targets = _placed(r, portions, cands, line, start) or set()
        owner = [k for k, p in enumerate(portions) if p.explicit and p.marking is not None and p.start <= start < p.end]
        if not targets:
            targets = _numbered(r, portions, cands, line) or _topic(r, portions, cands + owner, line) or set(cands)
            if how == "end" and targets != set(cands):
                # (fix46a) the topic among ALL the marked parts, whatever their level: a part an earlier pass raised
                # (`part_remarks` by the quote in `re-mark the «old grain silo» text [S]`) still shares the topic, and
                # two parts sharing it is no exact place (every lower part is raised; main's reading stays too)
                every = [k for k in _candidates(r, portions, start) if not portions[k].start <= start + len(line) - 1 < portions[k].end]
                if not _numbered(r, portions, cands, line) and not _topic(r, portions, every + owner, line):
                    targets = set(cands)
        for k in sorted(targets - {-1}):
            out[k] = raised_to(r, out[k], [level], f"a remark '{line.strip()[:80]}' says the part it names should be "
                               f"{level.banner()}")
    return out
