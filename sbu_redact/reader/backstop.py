"""The backstop: marking vocabulary left in a portion's own text that the reader did not read.

Every red-team round found a form of marking the reader did not know yet (a level in words, a
mark after a footnote sign, a classification in a nested JSON object, `SBU NOFORN` in a CSV
cell); the text it marked was folded into a portion read as lower and released. This module
runs after the reader has read a document and fails closed on the next unknown form: a portion
whose text still holds a classification level or control in marking shape that would put it
above what it was read as is raised to it (or made doubtful when what was seen is no valid
marking), and the problem `MARKING_IN_TEXT` names what was seen, so it is listed for review.

What counts as marking shape (the vocabulary is the register's, `rules/markings.yaml`; its
`backstop:` section only qualifies it):

- marking syntax: tokens joined by `//` (`SECRET//NOFORN`, `S//NF`, `//NOFORN`), a
  parenthesised mark where none was read (`‖(S//NF)The`, `¶(C)Mauritanian`);
- a control token that prose does not use, in capitals (`NOFORN`, `ORCON`, `RELIDO`, `EXDIS`,
  `REL TO USA, GBR`, `SBU NOFORN`), also with the level written next to it (`SECRET NOFORN`),
  and a spelled-out form (`NOT RELEASABLE TO FOREIGN NATIONALS`, `ORIGINATOR CONTROLLED`);
- a level word in capitals (`SECRET`, `TOP SECRET`, `CONFIDENTIAL`) on a line of mixed-case
  text. On an ALL-CAPS line a level word alone is not counted (`THE SECRET POLICE` in an
  ALL-CAPS cable is ordinary prose there: capitals say nothing; the cable's classification
  line already gives what its unmarked text inherits); with `//` or a control next to it, it is.

What the reader accounted for is not counted again: header fields (banners, classification
and caption lines, `Classified By`, REF lines), evidence it read (statements in words), the
portion's own mark, and marks that already raised the portion (what was seen must raise the
portion's marking to count at all). A line that is a marking and nothing else (a page banner
inside a portion) counts only when the document's own marking does not already cover it.
Mentions are not markings: a token in quotation marks, or with a word that explains it next to
it (`the NOFORN caveat`, `NOFORN means ...`, a legend `S//NF = SECRET//NOFORN`).

Reading speed: a document with none of the vocabulary's anchors (`//`, the control words, the
level words) costs a few substring scans (`prefilter.may_match`).
"""
from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, replace

from ..document import Portion
from ..markings import Grammar, Marking, MarkingProblem
from ..prefilter import Word, may_match
from .state import Reading

CODE = "MARKING_IN_TEXT"


@dataclass(frozen=True)
class _Vocabulary:
    """The backstop's view of one grammar's vocabulary, compiled once per grammar."""

    anchors: re.Pattern[str]            # where a look starts: `//`, a control word, a level word, a mark
    tokens: re.Pattern[str]             # every spelling of the register (case-sensitive) in a run
    canonical: dict[str, tuple[str, str]]  # spelling -> (kind, canonical name)
    bare: frozenset[str]                # spellings that count on their own (kind `control`)
    level_words: frozenset[str]         # level names above the lowest, counted in mixed-case text
    words: tuple[tuple[Word, ...], ...]  # prefilter: a document must hold one of these
    mention_before: re.Pattern[str]
    mention_after: re.Pattern[str]


_CACHE: "weakref.WeakKeyDictionary[Grammar, _Vocabulary]" = weakref.WeakKeyDictionary()


def _vocabulary(g: Grammar) -> _Vocabulary:
    found = _CACHE.get(g)
    if found is None:
        found = _CACHE[g] = _compile(g)
    return found


def _compile(g: Grammar) -> _Vocabulary:
    v = g.vocabulary
    spec = v.backstop
    prose = {w.upper() for w in spec.prose_words}
    canonical: dict[str, tuple[str, str]] = {}
    bare: set[str] = set()
    caseless: set[str] = set()

    def add(kind: str, name: str, spellings: list[str] | tuple[str, ...], may_stand_alone: bool) -> None:
        for spelling in (name, *spellings):
            canonical.setdefault(spelling, (kind, name))
            if may_stand_alone and spelling not in prose and len(spelling.replace(" ", "")) >= spec.min_length:
                bare.add(spelling)
                if len(spelling.split()) >= 3:  # a spelled-out control reads in any case
                    caseless.add(spelling)

    ranks = g.ranks
    lowest = min(ranks.values())
    for level in v.levels:
        add("level", level.name, [level.portion, *level.aliases], False)
    level_words = frozenset(s for level in v.levels if ranks[level.name] > lowest
                            for s in (level.name, *level.aliases) if len(s) >= spec.min_length)
    noforn_like = {*v.dissemination, *v.non_ic}
    for table in (v.dissemination, v.non_ic, v.sap.tokens, v.aea.tokens):
        for name, spellings in table.items():
            add("control", name, spellings, True)
    for name, spellings in v.captions.items():  # captions that are controls raise; SIPDIS, EFTO do not
        if name in noforn_like:
            add("control", name, spellings, True)
    for system in v.sci.systems:
        add("control", system.banner, [system.portion, *system.aliases], True)
    for name, spellings in v.designations.items():  # SBU, FOUO... and their spelled-out forms
        for spelling in (name, *spellings):
            canonical.setdefault(spelling, ("designation", name))
            if len(spelling.split()) >= 3 and spelling not in prose:
                bare.add(spelling)
            elif spelling == name and len(spelling) >= spec.min_length and spelling not in prose:
                bare.add(spelling)
    for category in v.cui_categories:  # `SP-` categories never occur in prose; the others after CUI//
        canonical.setdefault(category, ("cui", category))
        if category.startswith("SP-") and category not in prose:
            bare.add(category)
    bare.add("REL TO")
    canonical["REL TO"] = ("rel", "REL TO")
    spellings = sorted(canonical, key=len, reverse=True)

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)

    countries = "(?:" + "|".join(sorted({*v.countries, *v.tetragraphs}, key=len, reverse=True)) + ")"
    rel = r"REL(?:EASABLE)?[ \t]+TO[ \t]+" + countries + r"(?:[ \t]*,[ \t]*" + countries + r")*"
    edge_l, edge_r = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
    tokens = re.compile(edge_l + r"(?:" + rel + "|" + alternation(spellings) + ")" + edge_r)
    bare_sorted = sorted(bare - caseless, key=len, reverse=True)
    levels_sorted = sorted(level_words, key=len, reverse=True)
    anchors = re.compile(
        r"(?P<slashes>//)"
        r"|" + edge_l + r"(?P<control>" + alternation(bare_sorted) + ")" + edge_r
        + (r"|" + edge_l + r"(?P<spelled>(?i:" + alternation(sorted(caseless, key=len, reverse=True)) + "))" + edge_r
           if caseless else "")
        + r"|" + edge_l + r"(?P<level>" + alternation(levels_sorted) + ")" + edge_r
        + r"|(?P<mark>\((?:" + alternation(sorted({s.portion for s in v.levels if ranks[s.name] > lowest}, key=len,
                                                 reverse=True)) + r")\)(?=[A-Z]))")
    # prefilter: a document without any of these cannot hold an anchor
    words = tuple((w, False) for w in ("//", *bare_sorted, *levels_sorted)) + tuple((w.lower(), True) for w in caseless)
    return _Vocabulary(anchors=anchors, tokens=tokens, canonical=canonical, bare=frozenset(bare),
                       level_words=level_words, words=(tuple(w for w in words),),
                       mention_before=re.compile("(?:" + spec.mention_before + r")[ \t]*\Z"),
                       mention_after=re.compile(r"\A[ \t]*(?:" + spec.mention_after + ")"))


# marking-shaped separators between two tokens of one run
_JOINS = re.compile(r"[ \t]*/{1,2}[ \t]*|[ \t]+|[ \t]*-[ \t]*")
_QUOTES = "\"'`“”‘’«»"


def backstop(r: Reading, portions: list[Portion]) -> list[Portion]:
    """The portions, each raised (or made doubtful) by the marking vocabulary in its own text
    that the reader did not account for; a `MARKING_IN_TEXT` problem for each."""
    if not portions:
        return portions
    voc = _vocabulary(r.g)
    text = r.text
    seen_words: dict[Word, bool] = {}
    if not may_match(voc.words, text, r.text_in_any_case(), seen_words):
        return portions
    starts = [p.start for p in portions]
    skip = sorted([(f.start, f.end) for f in r.fields] + [(e.start, e.end) for e in r.evidence])
    skip_starts = [s for s, _ in skip]
    found: dict[int, list[tuple[Marking, int, int, str]]] = {}
    done_until = -1
    for m in voc.anchors.finditer(text):
        if m.start() < done_until:
            continue
        index = bisect.bisect_right(starts, m.start()) - 1
        if index < 0:
            continue
        p = portions[index]
        if not (p.start <= m.start() < p.end) or m.start() < p.body_start or p.marking is None or not p.marking.valid:
            continue
        if p.mark_start is not None and p.mark_start <= m.start() < (p.mark_end or p.mark_start):
            continue
        if _inside(skip, skip_starts, m.start(), m.end()):
            continue
        run = _run(r, voc, m, p)
        if run is None:
            continue
        seen, start, end = run
        done_until = end
        found.setdefault(index, []).append((seen, start, end, text[start:end]))
    if not found:
        return portions
    out = list(portions)
    declared = r.classification
    for index, hits in found.items():
        p = out[index]
        marking = p.marking
        assert marking is not None
        for seen, start, end, what in hits:
            if not marking.valid:
                break
            if _whole_line(text, start, end) and declared is not None and declared.valid and seen.valid \
                    and _covers(r.g, declared, seen):
                continue  # a page banner left in the text, which the document's marking covers
            if seen.valid:
                raised = r.g.rollup([marking, seen])
                if raised is None or raised.banner() == marking.banner():
                    continue
                note = MarkingProblem(CODE, "warning", f"'{what}' in the text of this {p.kind} reads as "
                                      f"{seen.banner()}; the {p.kind} is treated as {raised.portion_mark()} "
                                      f"(it was read as {marking.portion_mark()}); a reviewer must confirm it")
                marking = replace(raised, raw=marking.raw, problems=(*raised.problems, note))
                r.problem(CODE, "warning", note.message, start, end)
            else:
                why = ", ".join(dict.fromkeys(q.code for q in seen.problems)) or "no level"
                note = MarkingProblem(CODE, "error", f"'{what}' in the text of this {p.kind} looks like a marking "
                                      f"that cannot be read as one ({why}); the {p.kind} is doubtful (withheld) "
                                      f"until a reviewer reads it")
                marking = replace(marking, problems=(*marking.problems, note))
                r.problem(CODE, "error", note.message, start, end)
        if marking is not p.marking:
            out[index] = p.with_marking(marking)
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0:
        s, e = spans[i]
        if s <= start and end <= e:
            return True
        if i > 0 and spans[i - 1][0] < s - 400:
            break
        i -= 1
    return False


def _covers(g: Grammar, declared: Marking, seen: Marking) -> bool:
    combined = g.rollup([declared, seen])
    return combined is not None and combined.banner() == declared.banner()


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip(" \t*#>|-=_") and not text[end:line_end].strip(" \t*#>|-=_.")


def _run(r: Reading, voc: _Vocabulary, anchor: re.Match[str], p: Portion) -> tuple[Marking, int, int] | None:
    """The marking-shaped run of tokens around an anchor, read as a marking, with its span;
    None when the anchor is no marking there (prose, a mention, a legend)."""
    text = r.text
    line_start = text.rfind("\n", 0, anchor.start()) + 1
    line_end = text.find("\n", anchor.end())
    line_end = len(text) if line_end == -1 else line_end
    lo, hi = max(line_start, anchor.start() - 120, p.body_start), min(line_end, anchor.end() + 160, p.end)
    tokens = [(t.start(), t.end(), t.group(0)) for t in voc.tokens.finditer(text, lo, hi)]
    kind = anchor.lastgroup
    if kind == "spelled":
        tokens = [t for t in tokens if not (t[0] < anchor.end() and anchor.start() < t[1])]
        tokens.append((anchor.start(), anchor.end(), anchor.group(0)))
        tokens.sort()
    if kind == "mark":
        inner = anchor.group(0)[1:-1]
        run = [(anchor.start() + 1, anchor.end() - 1, inner)]
        joins = ["("]
    else:
        # the run of tokens joined by marking separators that holds (or touches) the anchor
        run, joins = [], []
        for t in tokens:
            if run and _joined(text, run[-1], t):
                joins.append(text[run[-1][1]:t[0]])
                run.append(t)
                continue
            if run and run[0][0] <= anchor.start() < run[-1][1] + 3:
                break
            run, joins = [t], []
        if not run or not (run[0][0] - 3 <= anchor.start() < run[-1][1] + 3):
            return None
        if kind == "slashes":
            lead = text[max(lo, run[0][0] - 2):run[0][0]] == "//"
            if not any("//" in j for j in joins) and not lead:
                return None  # the `//` is not between two tokens (a URL, `and//or`)
        if kind == "level" and not any("/" in j for j in joins) \
                and not any(_key(t[2]) in voc.bare for t in run):
            # a level word alone (or `TOP SECRET` with another level word): a marking only in
            # capitals on a line of mixed-case text
            if not _mixed_case(text[line_start:line_end]) or any(_key(t[2]) not in voc.level_words for t in run):
                return None
    start, end = run[0][0], run[-1][1]
    if kind == "slashes" and text[max(lo, start - 2):start] == "//":
        start -= 2
    if start > line_start and end < line_end and text[start - 1] in "([{" and text[end] in ")]}":
        start, end = start - 1, end + 1  # a mark in its parentheses: `"(S//NF)"` is quoted as a whole
    if _mention(voc, text, line_start, line_end, start, end):
        return None
    return _read(r, voc, [t[2] for t in run], text[start:end]), start, end


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    gap = text[a[1]:b[0]]
    if not gap or _JOINS.fullmatch(gap) is None:
        return False
    if "/" in gap:
        return True
    # a space joins only words long enough not to be ordinary capitals (`U S SECRET` is no run)
    return len(a[2]) >= 4 and len(b[2]) >= 4 or "-" in gap and len(a[2]) >= 2


def _key(token: str) -> str:
    return " ".join(token.split()).upper()


def _mixed_case(line: str) -> bool:
    """A line of ordinary mixed-case text: it holds a word in lower case."""
    return re.search(r"\b[a-z]{3,}\b", line) is not None


def _mention(voc: _Vocabulary, text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """A token that is talked about rather than applied: in quotation marks (not as the value of
    a key or attribute of an export: `"classification": "SECRET"` is a marking), or with a word
    that explains it next to it (`mention_before` / `mention_after` of the vocabulary)."""
    before, after = text[line_start:start], text[end:line_end]
    if _LEGEND_ENTRY.match(after) and not before.strip(" \t-*•·>|#"):
        return True  # `NOFORN: not releasable to foreign nationals`, `S//NF = SECRET//NOFORN`
    stripped = before.rstrip()
    if stripped[-1:] in _QUOTES and after.lstrip()[:1] in _QUOTES and not _VALUE.search(stripped[:-1]):
        return True
    return voc.mention_before.search(before) is not None or voc.mention_after.search(after) is not None


_LEGEND_ENTRY = re.compile(r"[ \t]*(?:[:=]|--?|–|—)[ \t]")
# a quoted value of a key (JSON), an attribute (XML) or a cell (CSV): `"key": "`, `key="`, `,"`
_VALUE = re.compile(r"(?:[:=,;\[{]|\t)[ \t]*\Z")


def _read(r: Reading, voc: _Vocabulary, run: list[str], written: str) -> Marking:
    """What a run of tokens says, as a marking: the run as written when it parses; else its
    tokens, the highest level written (UNCLASSIFIED when none) with each control."""
    g = r.g
    marking = g.parse(" ".join(written.upper().split()))
    if marking.valid:
        return marking
    named = [(voc.canonical.get(_key(t), ("rel", t))) for t in run]
    levels = [name for kind, name in named if kind == "level"]
    level = max(levels, key=lambda name: g.ranks[name]) if levels else min(g.ranks, key=lambda n: g.ranks[n])
    parts = [g.parse(level)]
    for (kind, name), t in zip(named, run):
        if kind == "level":
            continue
        if kind == "rel":
            name = "REL TO " + _key(t).split(" TO ", 1)[-1]
        parts.append(g.parse(f"{level}//{name}"))
    if all(m.valid for m in parts):
        combined = g.rollup(parts)
        if combined is not None:
            return combined
    bad = next(m for m in parts if not m.valid)
    return replace(bad, raw=written) if bad.level is not None else \
        Marking(level=None, rank=-1, raw=written, problems=bad.problems)
