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
it (`the NOFORN caveat`, `NOFORN means ...`, a legend `S//NF = SECRET//NOFORN`). Nor is a word
of an identifier, joined by an underscore to a letter or digit (`APP_CLIENT_SECRET`,
`SECRET_KEY`); Markdown emphasis (`_SECRET_`) is not an identifier.

Reading speed: only the text of the portions that may be raised is searched (not banners,
fields or marks), in one pass of a small trie of words that cover every anchor (`//`, the
control words, the level words); only the anchors found are read further.
"""
from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, replace

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Grammar, Marking, MarkingProblem
from ..prefilter import caseless, finditer_near_words, literal_trie, required_words
from .state import Reading

CODE = "MARKING_IN_TEXT"


@dataclass(frozen=True)
class _Vocabulary:
    """The backstop's view of one grammar's vocabulary, compiled once per grammar."""

    pieces: re.Pattern[str]             # words that cover every anchor (a trie: one pass over the text)
    # piece -> the anchors that hold it: (its offset in the anchor, the anchor, a pattern when the
    # anchor has a space, which may be several)
    members: dict[str, tuple[tuple[int, str, re.Pattern[str] | None], ...]]
    tokens: re.Pattern[str]             # every spelling of the register (case-sensitive) in a run
    canonical: dict[str, tuple[str, str]]  # spelling -> (kind, canonical name)
    bare: frozenset[str]                # spellings that count on their own (kind `control`)
    level_words: frozenset[str]         # level names above the lowest, counted in mixed-case text
    caseless: re.Pattern[str] | None    # spelled-out forms, read in any case
    caseless_words: tuple[str, ...]     # (in lower case: a document holds one before it is searched)
    marks: re.Pattern[str]              # `(S)` right before a capital letter, where no mark was read
    # `(SBU, not for release)`, `(FOUO - internal)`: a designation (or TS) opening a parenthesis
    # that a qualifier goes on in; single letters (`(C, D and E)`) are left to prose
    qualified: re.Pattern[str]
    # `Notes: SBU - the hotel floor plan ...`: a designation at a line start or after a label's
    # colon, followed by a dash or a colon and text
    labelled: re.Pattern[str]
    designations: tuple[str, ...]       # (a text holds one before `labelled` is searched)
    # `3263<TAB>(SBU) refusals include ...`: a mark opening a table cell (after a tab or a bar)
    cell: re.Pattern[str]
    # (fix49b) `(U) NF: the liaison's name`, `(U) REL USA, AUS - ...`: a short control stated right after a portion's
    # mark, before a colon or a dash and text (read only there: `_MARK_JUST_BEFORE`); (fix50c) in a document marked
    # above what it raises the portion to, the portion is doubtful as well (its level is not known)
    after_mark: re.Pattern[str]
    # (fix49i) a control in words opening a portion's text right after its mark, before a full stop, colon or dash
    # (`(U) NOT FOR FOREIGN DISSEMINATION. The ...`, in any case): one pattern for all, and each with its controls
    opening: re.Pattern[str]
    opening_each: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    alone: dict[str, Marking]           # what a level or control token says on its own (filled as read)
    mention_before: re.Pattern[str]
    mention_after: re.Pattern[str]
    mention_quoted: re.Pattern[str]     # the words before a quoted label shown (`a sample marked "SECRET - ..."`)
    mention_defined: re.Pattern[str]    # a definition or an example up to the level (`(S//NF) means the portion is`)
    held_after: re.Pattern[str]         # a clearance held or a service after a level (`backstop.held_after`)
    names_other: re.Pattern[str]        # words that name other text of the document (`backstop.names_other`)
    marks_other: re.Pattern[str]        # a marking verb before a quoted level (`backstop.mark_before_quoted`)
    wrap_joins: frozenset[str]          # `and`, `or` before a level opening a wrapped line (`backstop.wrap_joins`)


_CACHE: "weakref.WeakKeyDictionary[Grammar, _Vocabulary]" = weakref.WeakKeyDictionary()


def _vocabulary(g: Grammar) -> _Vocabulary:
    found = _CACHE.get(g)
    if found is None:  # (made once per rules: a later process unpickles it, see Grammar.derived)
        found = _CACHE[g] = g.derived("backstop", _Vocabulary, lambda: _compile(g))
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
    for word in spec.syntax_only_words:  # `TS//SCI`: counted joined by `//` only, never alone (review47f)
        canonical.setdefault(word, ("control", word))
    bare.add("REL TO")
    canonical["REL TO"] = ("rel", "REL TO")
    countries = _trie(sorted({*v.countries, *v.tetragraphs}))
    rel = r"REL(?:EASABLE)?[ \t]+TO[ \t]+" + countries + r"(?:[ \t]*,[ \t]*" + countries + r")*"
    # a trie of literals: the engine skips ahead to a possible first letter and never tries a
    # long list of alternatives at each offset (reading speed)
    tokens = compile_pattern(r"(?:" + rel + "|" + _trie(sorted(canonical)) + r")(?![A-Za-z0-9])")
    # the portions' text is searched for a few words that cover every anchor, and an anchor is
    # looked for only around where its word is (most documents hold SECRET, NOFORN, //)
    presence = tuple((piece, tuple((k, spelling, compile_pattern(_trie([spelling])) if " " in spelling else None)
                                   for spelling in spellings for k in _offsets(spelling, piece)))
                     for piece, spellings in _cover(sorted({"//", *(bare - caseless), *level_words})))
    portion_forms = sorted({s.portion for s in v.levels if ranks[s.name] > lowest})
    qualified_forms = sorted({*(f for f in portion_forms if len(f) > 1), *v.designations}, key=lambda f: (-len(f), f))
    designations = sorted(v.designations, key=lambda f: (-len(f), f))
    cell_forms = sorted({*portion_forms, *v.designations}, key=lambda f: (-len(f), f))  # (one text in every process)
    # (fix49b) the NOFORN spellings in capitals of any length (`NF` is below `min_length`): read after a mark only
    short_controls = sorted({s for s in (*v.dissemination.get("NOFORN", ()), "NOFORN") if s.isupper() and " " not in s},
                            key=lambda f: (-len(f), f))
    opening_each = _opening(g)
    return _Vocabulary(
        opening=compile_pattern(r"(?m)(?:(?<=^)|(?<=^[ \t]))(?:" + "|".join(f"(?:{p.pattern})" for p, _ in opening_each)
                                + r")" + _OPENING_ENDS),
        opening_each=opening_each,
        pieces=compile_pattern(_trie(sorted(piece for piece, _ in presence))), members=dict(presence),
        tokens=tokens, canonical=canonical, bare=frozenset(bare), level_words=level_words,
        caseless=compile_pattern(r"(?i)(?<![A-Za-z0-9])" + _trie(sorted(caseless)) + r"(?![A-Za-z0-9])")
        if caseless else None,
        caseless_words=tuple(" ".join(w.lower().split()) for w in sorted(caseless)),
        alone={}, marks=compile_pattern(r"\((?:" + "|".join(map(re.escape, portion_forms)) + r")\)(?=[A-Z])"),
        qualified=compile_pattern(r"(?<=\()(?:" + "|".join(map(re.escape, qualified_forms)) + r")(?=[ \t]*[,;][ \t]*[A-Za-z]|[ \t]+[-–—][ \t]*[A-Za-z])"),
        designations=tuple(designations),
        labelled=compile_pattern(r"(?m)(?:(?<=^)|(?<=^[ \t])|(?<=:)|(?<=:[ \t]))(?:" + "|".join(map(re.escape, designations))
                                 + r")(?=[ \t]+[-–—][ \t]+[A-Za-z]|[ \t]*:[ \t]+[A-Za-z])"),
        cell=compile_pattern(r"(?<=[\t|])[ \t]*\((?:" + "|".join(map(re.escape, cell_forms)) + r")(?://[A-Z][A-Z0-9 ,/\-]*[A-Z0-9])?\)(?=[ \t]|$)",
                             re.MULTILINE),
        after_mark=compile_pattern(r"(?m)(?:(?<=^)|(?<=^[ \t]))(?:" + "|".join(map(re.escape, short_controls))
                                   + r"|REL(?:[ \t]+TO)?[ \t]+[A-Z]{3,4}(?:[ \t]*,[ \t]*[A-Z]{3,4})*)"
                                   r"(?=[ \t]+[-–—][ \t]+[A-Za-z]|[ \t]*:[ \t]+[A-Za-z])"),
        mention_before=compile_pattern("(?:" + spec.mention_before + r")[ \t]*\Z"),
        mention_after=compile_pattern(r"\A[ \t]*(?:" + spec.mention_after + ")"),
        mention_quoted=compile_pattern("(?:" + spec.mention_quoted_before + ")"),
        mention_defined=compile_pattern("(?:" + spec.mention_defined + ")"),
        held_after=compile_pattern(spec.held_after), wrap_joins=frozenset(spec.wrap_joins),
        names_other=compile_pattern(spec.names_other), marks_other=compile_pattern(spec.mark_before_quoted))


# (fix49i) what ends a control opening a portion's text: a full stop, colon, semicolon or dash, or the line's end
_OPENING_ENDS = r"(?=[ \t]*(?:[.:;!]|[-–—]|\n|\Z))"


def _opening(g: Grammar) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(fix49i) The controls in words read where they open a portion's text, each in any case with the controls it
    states: the `handling_statements`, `backstop.opening_controls`, and every `controls_in_words` pattern (with no
    controls: what it states is the reader's own reading of it, the `dissemination_control` evidence it witnessed
    there with all its checks; none when the reader read none)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for statement, controls in g.handling_statements:
        found.append((statement.pattern, tuple(controls)))
    for spec in g.vocabulary.backstop.opening_controls:
        found.append((spec.pattern, tuple(spec.controls)))
    for pattern, _spec in g.controls_in_words:
        if re.search(r"\\[1-9]|\(\?P=", pattern.pattern) is None:
            found.append((re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern), ()))
    return tuple((compile_pattern(f"(?i:{p})" + _OPENING_ENDS), c) for p, c in found)


def mention_before(g: Grammar) -> re.Pattern[str]:
    """The words right before a level or control that make it a mention (`backstop.mention_before`
    of rules/markings.yaml), anchored at the end of the text searched (scope.py reads claims with it)."""
    return _vocabulary(g).mention_before


def mention_after(g: Grammar) -> re.Pattern[str]:
    """The words right after a level or mark that make it a mention (`backstop.mention_after`: `(S) means`,
    `(TS//NF) indicates`), anchored at the start of the text searched (inline_marks reads marks with it)."""
    return _vocabulary(g).mention_after


def level_alone(g: Grammar, line: str) -> bool:
    """Is `line` a level word (or a control) or a marking and nothing else (`SECRET.`, `TOP SECRET`, `SECRET//NOFORN,`): at most
    end punctuation after it? The line after an "e.g." that completes its sentence (known32, fixrev32d)."""
    voc = _vocabulary(g)
    s = line.strip().rstrip(".,;:!?)\"'\u201d\u2019 \t")
    pos, level = 0, False
    for t in voc.tokens.finditer(s):
        if t.start() < pos or (t.start() > pos if pos == 0 else _JOINS.fullmatch(s[pos:t.start()]) is None):
            return False
        level = level or _key(t.group(0)) in voc.level_words or _key(t.group(0)) in voc.bare
        pos = t.end()
    return level and pos == len(s)


def is_mention(g: Grammar, text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is the level or control `text[start:end]`, in the portion text `lo:hi`, talked about rather than applied
    (the backstop's own test: in quotation marks, a legend entry, `the NOFORN caveat`, a definition)? For
    callers outside the reader that find a control by other means (`in_text_controls`, fix50a)."""
    voc = _vocabulary(g)
    line_start = text.rfind("\n", 0, start) + 1  # (the whole line, as `_run_at` reads it: a mark before it is
    line_end = text.find("\n", end)  # no legend's start)
    line_end = len(text) if line_end == -1 else line_end
    names = {voc.canonical.get(_key(t.group(0)), ("", _key(t.group(0))))[1]
             for t in voc.tokens.finditer(text, start, end)} or {_key(text[start:end])}
    return _mention(voc, text, line_start, line_end, start, end, names, lo, hi)


def mention_defined(g: Grammar) -> re.Pattern[str]:
    """The words of a level's sentence before it that make it part of a definition of a marking or an
    example of any text (`backstop.mention_defined`), anchored at the end of the text searched."""
    return _vocabulary(g).mention_defined


def _offsets(spelling: str, piece: str) -> list[int]:
    return [i for i in range(len(spelling)) if spelling.startswith(piece, i)]


def _cover(spellings: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Pieces such that every spelling holds one, each with the spellings it covers: words of
    the spellings (at least four letters: rare in text, so `str.find` finds few), the part of a
    hyphenated word up to its hyphen (`SP-`), `//`; chosen greedily (the piece in most spellings
    not yet covered, then the longest)."""
    candidates = {"//"}
    for spelling in spellings:
        for word in spelling.split():
            if len(word) >= 4:
                candidates.add(word)
            if "-" in word and word.index("-") >= 2:
                candidates.add(word[:word.index("-") + 1])
    left = set(spellings)
    chosen: list[tuple[str, tuple[str, ...]]] = []
    while left:
        counts = {piece: sum(1 for w in left if piece in w) for piece in candidates}
        best = max(counts, key=lambda piece: (counts[piece], len(piece), piece))
        if not counts[best]:  # a spelling without a word of four letters: itself
            best = max(left, key=len)
        covered = tuple(sorted(w for w in left if best in w))
        chosen.append((best, covered))
        left.difference_update(covered)
    return tuple(chosen)


def _trie(words: list[str]) -> str:
    """A regular expression matching any of `words` (longest first), as a trie of literals."""
    return literal_trie(words, r"[ \t]+")


# marking-shaped separators between two tokens of one run
_JOINS = compile_pattern(r"[ \t]*/{1,2}[ \t]*|[ \t]+|[ \t]*-[ \t]*")
_QUOTES = "\"'`“”‘’«»"


def backstop(r: Reading, portions: list[Portion]) -> list[Portion]:
    """The portions, each raised (or made doubtful) by the marking vocabulary in its own text
    that the reader did not account for; a `MARKING_IN_TEXT` problem for each."""
    if not portions:
        return portions
    voc = _vocabulary(r.g)
    text = r.text
    # the text of the portions that may be raised, without their own marks (a table row's is a
    # cell of its body): banners, header fields and marks hold most marking words of a document,
    # and are not looked at again
    pieces: list[str] = []
    where: list[tuple[int, int, int]] = []  # (offset in the joined text, offset in the text, portion)
    joined = 0
    for index, p in enumerate(portions):
        m = p.marking
        if m is None or m.level is None or (m.problems and not m.valid) or p.end <= p.body_start:
            continue  # (a doubtful portion is withheld everywhere already)
        spans = [(p.body_start, p.end)]
        if p.mark_start is not None and p.mark_end is not None and p.body_start <= p.mark_start < p.end:
            spans = [(p.body_start, p.mark_start), (p.mark_end, p.end)]
        for lo, hi in spans:
            if hi > lo:
                where.append((joined, lo, index))
                pieces.append(text[lo:hi])
                joined += hi - lo + 1
    if not pieces:
        return portions
    anchors = _anchors("\n".join(pieces), voc, _patterns(r, voc))
    if not anchors:
        return portions
    offsets = [w[0] for w in where]
    skip: list[tuple[int, int]] | None = None
    skip_starts: list[int] = []
    found: dict[int, list[tuple[Marking, int, int, str]]] = {}
    after_marks: set[int] = set()  # (fix50c: where a short control read right after a portion's mark starts)
    done_until = -1
    for kind, j0, j1 in anchors:
        joined_start, text_start, index = where[bisect.bisect_right(offsets, j0) - 1]
        a0, a1 = j0 - joined_start + text_start, j1 - joined_start + text_start
        if a0 < done_until:
            continue
        p = portions[index]
        assert p.marking is not None
        if kind in ("level", "control") and not _may_raise(r.g, voc, text[a0:a1], p.marking):
            continue  # (a token that cannot raise the portion alone: its run is read from its other anchors)
        if kind in ("after_mark", "opening") and not _MARK_JUST_BEFORE.search(text, max(0, a0 - 24), a0):
            continue  # (fix49b: only right after a portion's mark)
        if skip is None:
            skip = sorted([(f.start, f.end) for f in r.fields] + [(e.start, e.end) for e in r.evidence])
            skip_starts = [s for s, _ in skip]
        if _inside(skip, skip_starts, a0, a1) and (kind != "opening" or _inside_field(r, a0, a1)):
            continue  # (fix49i: a control opening the text is read though the reader took it as evidence: the
            # evidence of a marked portion's text did not raise it)
        seen, start, end = _run(r, voc, kind, a0, a1, p)
        done_until = end  # (the other anchors of a run are read with it)
        if seen is not None:
            found.setdefault(index, []).append((seen, start, end, text[start:end]))
            if kind == "after_mark" or _MARK_JUST_BEFORE.search(text, max(0, start - 24), start):
                after_marks.add(start)  # (`(U) NF - ...`, `(U) NOFORN – ...`: right after a portion's mark)
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
            if seen.valid and start in after_marks and declared is not None and declared.valid \
                    and declared.rank > max(marking.rank, seen.rank):
                # (fix50c, review49b) `(U) NF - ...` under a SECRET banner: a control right after the mark marks the
                # portion again, and the document is classified above both: its level is not known (the banner's
                # NOFORN may have been given to it already, so this is read whether or not the control raises it)
                note = MarkingProblem(CODE, "error", f"'{what}' right after this {p.kind}'s mark marks it again, in a "
                                      f"document marked {declared.banner()}: its level is not known; the {p.kind} is "
                                      "doubtful (withheld) until a reviewer reads it")
                marking = replace(marking, problems=(*marking.problems, note))
                r.problem(CODE, "error", note.message, start, end)
                break
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


def _patterns(r: Reading, voc: _Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of the anchors this document may hold: (kind, pattern) with kind `words`
    (`//`, controls and level words, case-sensitive), `spelled` (spelled-out forms in any case)
    and `mark`. Empty for most documents without marking words."""
    text = r.text
    found: list[tuple[str, re.Pattern[str]]] = []
    if "(" in text:
        found.append(("mark", voc.marks))
        found.append(("qualified", voc.qualified))
        if "\t" in text or "|" in text:
            found.append(("cell", voc.cell))
    if any(word in text for word in voc.designations):
        found.append(("labelled", voc.labelled))
    if "NF" in text or "NOFORN" in text or "REL" in text:
        found.append(("after_mark", voc.after_mark))
    if ")" in text:
        found.append(("opening", voc.opening))  # (fix49i: read only right after a portion's mark)
    if voc.caseless is not None:
        lowered = r.text_in_any_case()
        if any(key in lowered for key in voc.caseless_words):
            found.append(("spelled", voc.caseless))
    return found


def _anchors(text: str, voc: _Vocabulary, patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, int, int]]:
    """Where a look starts, in text order: (kind, start, end) with kind `slashes`, `control`,
    `level`, `spelled` or `mark`. The words are found by the words that cover them (one pass
    of a small trie), then checked where those are."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    members_of = voc.members
    for hit in voc.pieces.finditer(text):
        i = hit.start()
        piece = hit.group(0)
        for k, spelling, pattern in members_of[piece if " " not in piece and "\t" not in piece
                                              else " ".join(piece.split())]:
            s0 = i - k
            if s0 < 0:
                continue
            if pattern is None:
                if text.startswith(spelling, s0):
                    spans.append((s0, s0 + len(spelling)))
            else:
                m = pattern.match(text, s0)
                if m is not None:
                    spans.append((s0, m.end()))
    found: list[tuple[str, int, int]] = []
    last = -1
    for a0, a1 in sorted(spans, key=lambda span: (span[0], -span[1])):
        if a1 <= last:
            continue  # (inside a longer one: SECRET of TOP SECRET)
        if a1 - a0 == 2 and text[a0] == "/":
            # `//` between capitals or before one (`S//NF`, `//NOFORN`), not in `https://`, `and//or`
            if (a1 < end and text[a1].isupper()) or (a0 > 0 and text[a0 - 1].isupper()):
                found.append(("slashes", a0, a1))
                last = a1
        elif (a0 == 0 or not text[a0 - 1].isalnum()) and (a1 == end or not text[a1].isalnum()) \
                and not _in_identifier(text, a0, a1):
            found.append(("level" if text[a0:a1] in voc.level_words else "control", a0, a1))
            last = a1
    for kind, pattern in patterns:
        # (spelled-out forms in any case: searched near their words, the engine has no first letter to skip to)
        matches = pattern.finditer(text) if kind != "spelled" else \
            finditer_near_words(pattern, required_words(pattern.pattern, pattern.flags), text, caseless(text))
        found.extend((kind, m.start(), m.end()) for m in matches)
    if patterns:
        found.sort(key=lambda a: a[1])
    return found


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is the word at `start:end` part of an identifier, joined by an underscore to a letter or
    digit (`APP_CLIENT_SECRET`, `SECRET_KEY`, `NOFORN_FLAG`)? Markdown emphasis (`_SECRET_`,
    `__SECRET__`) has no letter or digit on the far side of its underscores: a marking."""
    return (start >= 2 and text[start - 1] == "_" and text[start - 2].isalnum()) \
        or (end + 1 < len(text) and text[end] == "_" and text[end + 1].isalnum())


def _may_raise(g: Grammar, voc: _Vocabulary, token: str, marking: Marking) -> bool:
    """Whether `token` alone would raise `marking` (or cannot be read alone: ORCON without a level)."""
    alone = voc.alone.get(token)
    if alone is None:
        kind, name = voc.canonical.get(_key(token), ("control", token))
        alone = voc.alone[token] = g.parse(name if kind == "level" else f"{min(g.ranks, key=g.ranks.__getitem__)}//{name}")
    if not alone.valid:
        return True
    raised = g.rollup([marking, alone])
    return raised is None or raised.banner() != marking.banner()


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


def _inside_field(r: Reading, start: int, end: int) -> bool:
    return any(f.start <= start and end <= f.end for f in r.fields)


def _covers(g: Grammar, declared: Marking, seen: Marking) -> bool:
    combined = g.rollup([declared, seen])
    return combined is not None and combined.banner() == declared.banner()


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip(" \t*#>|-=_") and not text[end:line_end].strip(" \t*#>|-=_.")


def _run(r: Reading, voc: _Vocabulary, kind: str, a0: int, a1: int, p: Portion) -> tuple[Marking | None, int, int]:
    """The marking-shaped run of tokens around an anchor, read as a marking, and its span; the
    marking is None when the anchor is no marking there (prose, a mention, a legend). (fix48c) When the run read
    is a portion mark's letters in parentheses just before the anchor (`... Monday. (U) NOFORN: the manager`,
    `(U) SECRET: ...`), not the anchor itself, and reads as nothing, the run from the anchor on is read too: a
    control or level stated right after a `(U)` inside a paragraph (only ever a second reading that raises)."""
    seen, start, end = _run_at(r, voc, kind, a0, a1, p, False)
    if seen is None and kind in ("level", "control") and _MARK_JUST_BEFORE.search(r.text, max(0, a0 - 24), a0):
        again = _run_at(r, voc, kind, a0, a1, p, True)
        if again[0] is not None:
            return again
    return seen, start, end


_MARK_JUST_BEFORE = compile_pattern(r"\((?:U|C|S|TS|SBU|FOUO|CUI|LES)\)[ \t]*\Z")  # (fix48c: `(U) NOFORN`)


def _run_at(r: Reading, voc: _Vocabulary, kind: str, a0: int, a1: int, p: Portion,
            from_anchor: bool) -> tuple[Marking | None, int, int]:
    """`_run`'s reading; `from_anchor`: the run starts at the anchor (not at a mark's letters before it)."""
    text = r.text
    line_start = text.rfind("\n", 0, a0) + 1
    line_end = text.find("\n", a1)
    line_end = len(text) if line_end == -1 else line_end
    lo, hi = max(line_start, a0 - 120, p.body_start), min(line_end, a1 + 160, p.end)
    tokens = [(t.start(), t.end(), t.group(0)) for t in voc.tokens.finditer(text, lo, hi)
              if t.start() == 0 or not text[t.start() - 1].isalnum()]
    if kind == "spelled":
        tokens = [t for t in tokens if not (t[0] < a1 and a0 < t[1])]
        tokens.append((a0, a1, text[a0:a1]))
        tokens.sort()
    if kind == "mark":
        inner = text[a0:a1][1:-1]
        run = [(a0 + 1, a1 - 1, inner)]
        joins = ["("]
    elif kind in ("qualified", "labelled"):
        run, joins = [(a0, a1, text[a0:a1])], ["("]
    elif kind == "after_mark":  # (fix49b) `REL USA, AUS` is the release list `REL TO USA, AUS`
        written = " ".join(text[a0:a1].split())
        if written.startswith("REL ") and not written.startswith("REL TO "):
            written = "REL TO " + written[4:]
        run, joins = [(a0, a1, written)], ["("]
    elif kind == "opening":  # (fix49i) a control in words: the controls it states, below the lowest level
        stated = next((c for p, c in voc.opening_each if c and p.match(text, a0) is not None), ())
        lowest = min(r.g.ranks, key=r.g.ranks.__getitem__)
        read = next((e.marking.banner() for e in r.evidence if e.kind == "dissemination_control" and e.marking
                     is not None and e.marking.valid and a0 <= e.start < a1), None)
        if not stated and read is None:
            return None, a0, a1  # (a control in words the reader's checks read as none: `do not share it with the press`)
        run, joins = [(a0, a1, read or lowest + "//" + "/".join(stated))], ["("]
    elif kind == "cell":
        a0 = text.index("(", a0)
        inner = text[a0 + 1:a1 - 1]
        run = [(a0 + 1, a1 - 1, inner)]
        joins = ["("]
    else:
        # the run of tokens joined by marking separators that holds (or touches) the anchor
        run, joins = [], []
        for t in tokens:
            if run and _joined(text, run[-1], t):
                joins.append(text[run[-1][1]:t[0]])
                run.append(t)
                continue
            if run and run[0][0] <= a0 < run[-1][1] + 3 and not (from_anchor and run[-1][1] <= a0):
                break
            if from_anchor and t[0] < a0:
                continue
            run, joins = [t], []
        if not run or not (run[0][0] - 3 <= a0 < run[-1][1] + 3):
            return None, a0, a1
        if kind == "slashes":
            lead = text[max(lo, run[0][0] - 2):run[0][0]] == "//"
            if not any("//" in j for j in joins) and not lead:
                return None, a0, a1  # the `//` is not between two tokens (a URL, `and//or`)
        if kind == "level" and not any("/" in j for j in joins) \
                and not any(_key(t[2]) in voc.bare for t in run):
            # a level word alone (or `TOP SECRET` with another level word): a marking only in
            # capitals on a line of mixed-case text
            # (a line in capitals that goes on with a sentence in mixed case is a line of it: "... carries a higher
            # level, e.g.⏎SECRET.", known32)
            if not _mixed_case(text[line_start:line_end]) and not _mixed_case(text[_sentence_lines(text, line_start, p.body_start):line_start]) \
                    or any(_key(t[2]) not in voc.level_words for t in run):
                return None, a0, run[-1][1]
    start, end = run[0][0], run[-1][1]
    if kind == "slashes" and text[max(lo, start - 2):start] == "//":
        start -= 2
    if start > line_start and end < line_end and text[start - 1] in "([{" and text[end] in ")]}":
        start, end = start - 1, end + 1  # a mark in its parentheses: `"(S//NF)"` is quoted as a whole
    names = {voc.canonical.get(_key(t[2]), ("", _key(t[2])))[1] for t in run}
    if _mention(voc, text, line_start, line_end, start, end, names, p.body_start, p.end):
        return None, a0, end
    if kind == "opening":  # (fix49i) the controls the words state, as a marking below the lowest level
        return (r.g.rollup([r.g.parse(run[0][2]), *([r.g.parse(lowest + "//" + "/".join(stated))] if stated else [])])
                or r.g.parse(run[0][2])), start, end
    return _read(r, voc, [t[2] for t in run], text[start:end]), start, end


def _sentence_start(text: str, lo: int, start: int) -> int:
    """The start of the sentence that holds `start`, no earlier than `lo` (a full stop, `;`, `!` or `?` before
    a space ends one; "e.g." and other abbreviations end none)."""
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ABBREVIATION_END.search(text, lo, m.end()) is None:
            left = m.end()
    return left


def _sentence_lines(text: str, line_start: int, floor: int, most: int = 3) -> int:
    """The start of the first of the lines above `line_start` (at most `most`, none above `floor`) that the sentence
    of the line at `line_start` goes on from: each up to one that ends a sentence ("e.g." ends none) or a blank line."""
    lo = line_start
    for _ in range(most):
        if lo - 1 <= floor:
            break
        above = max(text.rfind("\n", floor, lo - 1) + 1, floor)
        line = text[above:lo - 1].rstrip()
        if not line.strip() or _LINE_ENDS_SENTENCE.search(line) is not None and _ABBREVIATION_END.search(line) is None:
            break
        lo = above
    return lo


_LINE_ENDS_SENTENCE = compile_pattern(r"[.!?;][\"')\]]?\Z")


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


def _mention(voc: _Vocabulary, text: str, line_start: int, line_end: int, start: int, end: int,
             names: set[str], floor: int = 0, ceiling: int = -1) -> bool:
    """A token that is talked about rather than applied: in quotation marks (not as the value of
    a key or attribute of an export: `"classification": "SECRET"` is a marking), a legend entry,
    a sentence that gives the same token in a second spelling (`A portion marked (C) is
    CONFIDENTIAL`, `NOFORN was written out as NOT RELEASABLE TO FOREIGN NATIONALS`: it explains
    a marking), or a word that explains it next to it (`mention_before` / `mention_after`)."""
    before, after = text[line_start:start], text[end:line_end]
    stripped = before.rstrip()
    lo, hi = (floor if floor > 0 else line_start), max(line_end, ceiling)  # (the portion: fixrev32b's principle)
    if stripped[-1:] in _QUOTES and _VALUE.search(stripped[:-1]):
        return False  # the value of an export's field is a marking
    if _LEGEND_ENTRY.match(after) and not before.strip(" \t-*•·>|#"):
        return True  # `NOFORN: not releasable to foreign nationals`, `S//NF = SECRET//NOFORN`
    labelled = stripped[-1:] in _QUOTES and voc.mention_quoted.search(stripped[:-1].rstrip()) is not None
    if labelled and substantive(text, lo, hi):
        return False  # a quoted level after `stamped`, `titled` with content: `This note is stamped "SECRET
        # NOFORN": the raid is set for 12 May`, `the paper titled "SECRET - Kismayo" gives the date`
    if stripped[-1:] in _QUOTES and after.lstrip()[:1] in _QUOTES and (stripped or after.strip()) and not (
            voc.marks_other.search(text, _sentence_start(text, line_start, start), start) is not None
            and _names_other(voc.names_other, text, min(line_start, max(floor, 0)), line_end, start, end)):
        # (a level quoted after "mark" in a sentence that names other text is a claim on it: `mark the table
        # below "SECRET"`, `the next paragraph must be marked "SECRET//NOFORN"`, fixrev32a)
        return True  # (a quotation may open or close on another line; a level alone on its line is none, known32)
    if labelled and _LABEL_CLOSES.match(after) is not None \
            and not _names_other(voc.names_other, text, min(line_start, max(floor, 0)), line_end, start, end):
        return True  # a short label in quotation marks after `marked`, `titled`: shown, not applied
    if _SOURCE_BEFORE.search(before) is not None and _RECORDS_AFTER.match(after) is not None:
        return False  # a source: "Per SECRET cables from the ministry", "quotes CONFIDENTIAL passages"
    # (a sentence that names other text is a claim on it whatever words come with its level: "the next
    # paragraph carries a higher level, e.g. SECRET", "the next paragraph is what the Ministry called
    # SECRET": never a mention, issue 8)
    claim = _names_other(voc.names_other, text, min(line_start, max(floor, 0)), line_end, start, end)  # (a sentence wrapped in its portion)
    if voc.mention_after.search(after) is not None and (not claim or voc.held_after.match(after) is not None):
        return True  # (a clearance held, "if you hold a SECRET clearance", is no level of text in any sentence)
    # a level on the content words right after it is no term named ("for example TOP SECRET details of")
    # (a definition or a reference stays one: "(C) stands for CONFIDENTIAL information", "REF A (S//NF) reported")
    # (a whole mark, `SECRET//NOFORN`, `(C)`, after "such as" is a marking shown: "a banner such as
    # SECRET//NOFORN sums up the page")
    adjective = _CONTENT_AFTER.match(after) is not None and _DEFINED_BEFORE.search(before) is None \
        and not any(c in text[start:end] for c in "/()")
    found = voc.mention_before.search(before)
    if not adjective and not claim and found is not None and not uncertain_mention(found.group(0), text, end, lo, hi):
        return True
    if not claim and voc.mention_defined.search(before) is not None and not substantive(text, lo, hi):
        return True  # a definition of a marking, an example of any text ("(S//NF) means the portion is SECRET")
    if not adjective and (not before.strip(" \t,") or before.strip(" \t,") in voc.wrap_joins) and line_start - 1 > floor:
        # a token that opens a line wrapped inside its sentence (nothing before it but `and`, `or`):
        # the words at the end of the line above are read with it ("such as NODIS⏎and EXDIS",
        # "for example (C) for⏎CONFIDENTIAL"); a blank line above ends the sentence
        above = text.rfind("\n", floor, line_start - 1) + 1
        above = max(above, floor)
        if text[above:line_start - 1].strip():
            wrapped = voc.mention_before.search(text[above:line_start - 1] + " " + before)
            if before.strip(" \t,") and not claim and wrapped is not None \
                    and not uncertain_mention(wrapped.group(0), text, end, lo, hi):
                return True  # (a list continued: "such as NODIS⏎and EXDIS"; not "for example⏎SECRET//NF the ...")
            named = voc.mention_before.search(text[above:line_start - 1].rstrip())
            if not before.strip(" \t,") and not claim and not any(c in text[start:end] for c in "/()") \
                    and named is not None and not uncertain_mention(named.group(0), text, end, lo, hi):
                return True  # (a level word named on the next line: "a clearance, e.g.⏎SECRET, to enter", known32)
            line_start = above
    if adjective:
        return False
    written = {_key(text[start:end])}
    for m in voc.tokens.finditer(text, line_start, line_end):
        if start <= m.start() < end or (m.start() > 0 and text[m.start() - 1].isalnum()):
            continue
        token = _key(m.group(0))
        kind, name = voc.canonical.get(token, ("", ""))
        if name not in names or token in written:
            continue
        if len(token) <= 2 and not (text[m.start() - 1:m.start()] in "(/" and text[m.end():m.end() + 1] in ")/"):
            continue  # a short form only in a mark (`(C)`, `S//NF`): the S of U.S. is none
        return True
    return False


_SENTENCE_END = compile_pattern(r"[.!?;](?=\s|\Z)")
_ABBREVIATION_END = compile_pattern(r"(?i:\b(?:e\.g|i\.e|etc|cf|vs|no|para|paras|ref)\.\Z)")


# Issue 8 (fixrev32b): the principle every "only a mention" rule must keep. A level word is a mention
# only where the sentence holding it carries no content the level could apply to besides the marking
# itself: a definition that defines only ("(S//NF) means SECRET//NOFORN"), a training example that is
# about marking, a past level that the same clause says was removed ("formerly SECRET, declassified in
# full"), a clearance. Any sentence with a level word AND substantive content (names, dates, places,
# plans, "said", "decided", "concluded", "gives", "says") is a claim on that content: what was said at a
# SECRET meeting is SECRET. (`substantive` reads the whole portion, not the sentence: "... means the
# document is SECRET; it says ..." goes on past the semicolon, or past a full stop.)
_SUBSTANCE_WORDS = compile_pattern(
    r"(?i:\d|\b(?:said|say|says|saying|decided|decides|decide|concluded|concludes|conclude|gives|gave|give|"
    r"giving|named|naming|told|tells|tell|reported|reports|confirmed|confirms|agreed|agrees|announced|"
    r"revealed|disclosed|identified|plans?|planned|planning|scheduled|set[ \t]+for|source|informant|"
    r"minister|ambassador|president|tomorrow|yesterday|today|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|about|concerning|regarding|covers?|covering|describes?|describing|discuss(?:es)?|"
    r"discussing|mentions?|mentioning)\b)")
# a text's own level said of itself ("a memo that says it is SECRET"): no content
_SAYS_ITSELF = compile_pattern(r"(?i:\bsays?(?:[ \t]+that)?[ \t]+it[ \t]+is\b)")
_PORTION_MARK_AT_START = compile_pattern(r"\A\s*(?:\d{1,3}[.)][ \t]*)?(?:\([A-Za-z][A-Za-z/ ,\-]{0,40}\))?")
# all-capital words that are parts of markings (a longer all-capital word is a name: `CENTCOM`, `SCIF`)
_MARKING_WORDS = frozenset(
    "TOP SECRET CONFIDENTIAL UNCLASSIFIED RESTRICTED CLASSIFIED NOFORN ORCON PROPIN RELIDO IMCON FISA "
    "FOUO NODIS EXDIS LIMDIS SIPDIS STADIS ONLY RELEASABLE FOREIGN NATIONALS EYES SENSITIVE OFFICIAL "
    "LIMITED BUT DISSEM CONTROLLED EXERCISE".split())


def substantive(text: str, lo: int, hi: int) -> bool:
    """Does the portion `text[lo:hi]` that holds a level carry content a level could apply to besides a
    marking: a digit (a date, a number), a capitalised word inside a sentence (a name, a place; a level
    word in title case is none), an all-capital word that is no marking word, or a verb of saying or
    deciding (`_SUBSTANCE_WORDS`)? (fixrev32b's principle. The whole portion is read, not the sentence,
    failing closed: "The banner on the brief means the document is SECRET. It says the raid is on 12 May.")"""
    body = text[lo:hi]
    mark = _PORTION_MARK_AT_START.match(body)
    if mark is not None:
        body = body[mark.end():]
    body = _SAYS_ITSELF.sub(" ", body)
    if _SUBSTANCE_WORDS.search(body) is not None:
        return True
    for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*", body):
        word = m.group(0)
        if word.isupper():
            if len(word) > 3 and word not in _MARKING_WORDS:
                return True
            continue
        if not word[0].isupper() or word.upper() in _MARKING_WORDS:
            continue
        prior = body[:m.start()].rstrip()
        if prior and prior[-1] not in ".!?:;\"'(\u201c\u2018":
            return True  # a capitalised word inside a sentence: a name or a place
    return False


# a past level (`backstop.mention_before`: `formerly`, `previously`, `once marked`) is a mention only
# where its clause says, after it, that the level was removed ("formerly CONFIDENTIAL, released in full"),
# with no word that keeps it ("once marked SECRET and never downgraded", "formerly SECRET, still held")
_PAST_BEFORE = compile_pattern(r"(?i:\b(?:formerly|previously|once)\b)")
_REMOVED_AFTER = compile_pattern(
    r"(?i:[^.;:!?\n]{0,80}?\b(?:released|declassified|downgraded|now[ \t]+(?:open|public|unclassified|released)"
    r"|open[ \t]+to|made[ \t]+public|unclassified[ \t]+now)\b(?![ \t]+(?:in[ \t]+part|with[ \t]+(?:redactions|excisions|deletions))\b))")
_KEPT = compile_pattern(r"(?i:\b(?:never|not|nor|no|without|yet|pending|still|remains?|remained|except|partly|"
                        r"partially|reclassified|upgraded|now[ \t]+(?:TOP[ \t]+)?SECRET|now[ \t]+CONFIDENTIAL)\b|n't\b)")
# a marking named with `like` (`a marking like (S//NF)`; `caveats like` is older and kept as it was)
_SHOWN_LIKE = compile_pattern(r"(?i:\b(?:marks?|markings?|banners?|labels?|stamps?)\s+like\b)")


def uncertain_mention(found: str, text: str, end: int, lo: int, hi: int) -> bool:
    """Is the mention that `backstop.mention_before` found (the words `found`, right before a level that
    ends at `end`, in the portion `lo:hi`) one of session 32's that is not certain here: a past level
    whose clause does not say it was removed, or a marking named with `like` in a portion with content?"""
    if _PAST_BEFORE.search(found) is not None:
        removed = _REMOVED_AFTER.match(text, end, hi)
        return removed is None or _KEPT.search(text, end, removed.end()) is not None \
            or _KEPT.search(found) is not None
    if _SHOWN_LIKE.search(found) is not None:
        return substantive(text, lo, hi)
    return False


def names_other_text(g: Grammar, text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Does the sentence of `lo:hi` (a line or a portion) that holds `start:end` name other text
    (`backstop.names_other` of rules/markings.yaml: the next or previous paragraph, the table below, what
    comes next, this thread: a level anywhere in that sentence is a claim on it, never a mention, issue 8)?
    ("e.g." and other abbreviations end no sentence: only a full stop before a capital or the end does.)"""
    return _names_other(_vocabulary(g).names_other, text, lo, hi, start, end)


def _names_other(names_other: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int) -> bool:
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _ABBREVIATION_END.search(text, lo, m.end()) is None:
            left = m.end()
    stop = _SENTENCE_END.search(text, end, hi)
    right = stop.end() if stop is not None else hi
    return names_other.search(text, left, right) is not None


# the words before a level that make it the level of a source the text draws on (derivative
# classification, a claim): "Per SECRET cables", "according to TOP SECRET reporting", "quotes
# CONFIDENTIAL passages from"
_SOURCE_BEFORE = compile_pattern(
    r"(?i:\b(?:per|according[ \t]+to|citing|cites?|cited[ \t]+in|quot(?:es?|ing|ed[ \t]+from)|based[ \t]+on|"
    r"(?:drawn|sourced|derived|taken|excerpted|extracted|lifted|copied)[ \t]+from|from|in|recent|new|latest|"
    r"fresh|shows?|showed)[ \t]+(?:(?:the|these|those|some|several|multiple|two|three|recent|new|latest|earlier)[ \t]+)?\Z)")
# the records a source is (after the level, or a list of levels: "SECRET and CONFIDENTIAL cables")
_RECORDS_AFTER = compile_pattern(
    r"(?i:(?:[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|and[ \t]+|or[ \t]+|/+)(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|NOFORN|NF|"
    r"(?-i:[A-Z]{2,}))\b)*[ \t]+(?:documents?|holdings|cables?|telegrams?|messages?|passages?|excerpts?|records?|"
    r"files?|material|materials|traffic|reporting|reports?|intelligence|sources?)\b)")
# a level followed by a content word it qualifies is an adjective on that content, not a term
# named ("for example TOP SECRET details of the tunnel", "SECRET//NOFORN the minister's illness");
# joining and function words are not
_CONTENT_AFTER = compile_pattern(
    r"[ \t]+(?!(?:and|or|nor|but|for|to|in|on|at|as|by|of|from|with|into|onto|is|are|was|were|be|been|being|"
    r"has|have|had|should|must|would|could|can|cannot|may|might|will|shall|does|did|do|that|which|who|etc|instead|versus|vs|then|than|when|where|while|if|so|not|only|"
    r"also|still|too|here|there|itself|alone|level|levels|marking|markings|mark|marks|label|labels|"
    r"means|meant|meaning|stands|refers|indicates|denotes)\b)[a-z]{3,}\b")
_DEFINED_BEFORE = compile_pattern(
    r"(?i:\b(?:means|meaning|stands[ \t]+for|short[ \t]+for|abbreviat(?:ion|ed)[ \t]+(?:of|for|as)|"
    r"ref(?:tel|s)?\.?(?:[ \t]+[a-z0-9]{1,2}\b)?)[ \t,:]*\Z)")
# a quotation that a level opens and that closes within a few words on its line (a label shown:
# `"SECRET - not for foreigners"`)
_LABEL_CLOSES = compile_pattern("(?:[ \t]*[-\u2013\u2014/,:]?[ \t]*[A-Za-z]{1,15}){0,5}[ \t]*[" + _QUOTES + "]")
_LEGEND_ENTRY = compile_pattern(r"[ \t]*(?:[:=]|--?|–|—)[ \t]")
# a quoted value of a key (JSON, YAML), an attribute (XML) or a cell (CSV): `"key": "`, `key="`,
# `,"` (a comma and a space before a quotation mark is a list in a sentence)
_VALUE = compile_pattern(r"(?:[:=\[{\t][ \t]*|[,;])\Z")


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
