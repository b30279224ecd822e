"""Statements that govern text elsewhere in the document: a correction that raises one
paragraph ("the second paragraph of my notes below was marked (U) in error. It is
SECRET//NOFORN"), a notice that the list that follows is classified by compilation, a spill
notice about the message below, the translation of an original marked in words. A per-portion
check cannot see them: the statement is in one portion, the text it governs in others.

A statement is a portion that holds a phrase stating a level (`governing_statements.levels` of
the marking vocabulary) and, near it, a phrase naming what it governs (`targets`: a paragraph
by number or ordinal, the list that follows, the text below or above). What it names is
resolved to portions and those are raised to at least the stated level (never lowered), each
with a GOVERNED_PORTION problem naming the statement and its offset. When the name cannot be
resolved exactly, every portion it could mean is raised and GOVERNING_SCOPE_UNRESOLVED asks a
reviewer (fail closed); a paragraph number that no portion of the document can be (another
document's paragraph 4) raises nothing and is reported for review. The statement's own portion
is never raised by its own statement. A reclassification in words (`reclassification_in_words`:
"should have been marked SECRET", "ALL PORTIONS ... ARE SECRET") is a statement too, which
governs every portion when it names none.
A portion that opens with a translation label takes the level of the original the document
marks in words (`classification_in_words` evidence).

Documents without a level phrase or a translation label pay a scan of their words only
(`prefilter.may_match`)."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..document import Portion
from ..markings import LazyPattern, Marking
from ..prefilter import Word, may_match
from .state import Reading

_LEVEL_WORD = re.compile(r"TOP SECRET|SECRET|CONFIDENTIAL")


def govern(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` (view offsets, in the reader's order) with those a statement governs raised."""
    if not portions:
        return portions
    seen: dict[Word, bool] = {}
    caseless = r.text_in_any_case()
    # a statement needs a phrase naming what it governs: without one, no level phrase is looked for
    named = any(may_match(p.words, r.text, caseless, seen) for p, _ in r.g.governing_targets)
    levels = [p for p in r.g.governing_levels if may_match(p.words, r.text, caseless, seen)] if named else []
    translation = r.g.translation_label
    has_translation = may_match(translation.words, r.text, caseless, seen)
    # a reclassification in words ("should have been marked SECRET", "ALL PORTIONS ... ARE
    # SECRET"): a statement that governs every portion unless it names some
    reclassified = [e for e in r.evidence if e.kind == "reclassification" and e.marking is not None
                    and e.marking.valid]
    if not levels and not has_translation and not reclassified:
        return portions
    # (in document order: an export reader may list the text outside its records last)
    order = sorted(range(len(portions)), key=lambda k: (portions[k].start, portions[k].end))
    out = [portions[k] for k in order]
    starts = [p.start for p in out]
    statements = [(_portion_at(out, starts, e.start), e.marking, e.start, e.end, True)
                  for e in reclassified if e.marking is not None]
    for pattern in levels:
        for m in _finditer(r, pattern, caseless):
            if any(e.start < m.end() and m.start() < e.end for e in reclassified):
                continue  # (read above)
            index = _portion_at(out, starts, m.start())
            stated = _stated_marking(r, m.group("level"))
            if index is not None and stated is not None:
                statements.append((index, stated, m.start(), m.end(), False))
    for index, stated, start, end, governs_all in statements:
        _apply(r, out, index, stated, start, end, governs_all)
    if has_translation:
        _translations(r, out)
    result = list(portions)
    for i, k in enumerate(order):
        result[k] = out[i]
    return result


# How far a level phrase may reach before and after the word it is found by (`_finditer`).
_BEFORE, _AFTER = 80, 240


def _finditer(r: Reading, pattern: LazyPattern, caseless: str) -> list[re.Match[str]]:
    """The matches of a level phrase, found near the occurrences of its rarest required words
    (a substring search) rather than by scanning the whole text with it: most documents that
    hold a level word hold no statement, and a scan with a case-insensitive pattern is slow."""
    text = r.text
    clauses = [c for c in pattern.words if all(len(w) >= 4 for w, _ in c)]
    if not clauses or len(caseless) != len(text):
        return list(pattern.finditer(text))
    clause = min(clauses, key=lambda c: sum((caseless if anyway else text).count(w) for w, anyway in c))
    anchors = sorted(at for word, anyway in clause for at in _occurrences(caseless if anyway else text, word))
    compiled = pattern.compiled
    others = [c for c in pattern.words if c is not clause]
    found: dict[int, re.Match[str]] = {}
    for at in anchors:
        lo, hi = max(0, at - _BEFORE), min(len(text), at + _AFTER)
        near, near_caseless = text[lo:hi], caseless[lo:hi]
        if not all(any(w in (near_caseless if anyway else near) for w, anyway in c) for c in others):
            continue  # a word every match needs is not near this one
        m = compiled.search(text, lo, hi)
        while m is not None and m.end() <= at:
            m = compiled.search(text, m.start() + 1, hi)
        if m is not None and m.start() <= at:
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _occurrences(text: str, word: str) -> list[int]:
    at, out = text.find(word), []
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _portion_at(portions: list[Portion], starts: list[int], offset: int) -> int | None:
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 and portions[index].start <= offset < portions[index].end else None


def _stated_marking(r: Reading, written: str) -> Marking | None:
    """The marking a level phrase states: `SECRET//NOFORN` whole when it reads, else its level."""
    text = " ".join(written.split()).upper()
    marking = r.g.parse(text)
    if marking.valid and marking.level is not None:
        return marking
    word = _LEVEL_WORD.search(text)
    if word is None:
        return None
    marking = r.g.parse(word.group(0))
    return marking if marking.valid else None


def _apply(r: Reading, portions: list[Portion], index: int | None, stated: Marking, start: int, end: int,
           governs_all: bool) -> None:
    """Resolve what the statement at `start:end` (in portion `index`) names and raise it; a
    statement that names nothing governs every portion when `governs_all`, else none."""
    targets: dict[str, list[re.Match[str]]] = {}
    if index is not None:
        statement = portions[index]
        window = r.g.vocabulary.governing_statements.window
        lo, hi = max(statement.start, start - window), min(statement.end, end + window)
        for pattern, names in r.g.governing_targets:
            for m in pattern.compiled.finditer(r.text, lo, hi):
                targets.setdefault(names, []).append(m)
    excerpt = " ".join(r.text[start:end].split())
    at = r.view.to_original(start) if not r.view.identity else start
    if not targets:
        if governs_all:  # "ALL PORTIONS ... ARE SECRET", a correction of the whole message
            said = f"'{excerpt}' (offset {at}) states {stated.banner()} for every portion"
            for k in range(len(portions)):
                portions[k] = _raised(r, portions[k], stated, said)
        return  # a level stated in words with nothing named: evidence (evidence.take_words_evidence)
    assert index is not None
    direction = "below" if "below" in targets or "list" in targets else "above" if "above" in targets else None
    region, exact_region = _region(r, portions, index, direction)
    if "paragraph" in targets:
        chosen: set[int] = set()
        exact = True
        for m in targets["paragraph"]:
            found, ok = _paragraph(r, portions, region, exact_region, m, counted=direction is not None)
            chosen |= found
            exact = exact and ok
        what = "the paragraph it names"
    elif "list" in targets:
        chosen, exact = _list(r, portions, index, region)
        what = "the list that follows it"
    else:
        chosen, exact = set(region), exact_region
        what = f"the text {direction}"
    said = f"'{excerpt}' (offset {at}) states {stated.banner()} for {what}"
    if not chosen and direction is None:
        # "paragraph 4" where this document has none: it may be another document's (a reviewer decides)
        r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}, which names no portion of this document; "
                  f"a reviewer must decide", start, end)
        return
    if not chosen:  # fewer paragraphs below or above than it counts: any of them may be it
        chosen, exact = set(region), False
    chosen.discard(index)
    if not exact:
        r.problem("GOVERNING_SCOPE_UNRESOLVED", "error",
                  f"{said}, which cannot be resolved exactly: all {len(chosen)} portions it could mean are raised; "
                  f"a reviewer must decide", start, end)
    for k in sorted(chosen):
        portions[k] = _raised(r, portions[k], stated, said)


def _region(r: Reading, portions: list[Portion], index: int, direction: str | None) -> tuple[list[int], bool]:
    """The portions a direction points at from the statement in portion `index`, and whether
    that is exact: below, the quoted message when one starts after the statement (else all
    that follows); above, all that precedes; no direction, every other portion."""
    statement = portions[index]
    if direction == "below":
        quoted = r.g.quoted_message_start.compiled.search(r.text, statement.end)
        if quoted is not None:
            return [k for k in range(index + 1, len(portions)) if portions[k].start >= quoted.end()], True
        return list(range(index + 1, len(portions))), False
    if direction == "above":
        return list(range(index)), False
    return [k for k in range(len(portions)) if k != index], False


def _paragraph(r: Reading, portions: list[Portion], region: list[int], exact_region: bool,
               m: re.Match[str], counted: bool) -> tuple[set[int], bool]:
    """The portions a paragraph reference can mean: its number, or (when the statement points
    below or above: `counted`) the n-th paragraph of the region counted over marked paragraphs
    and over all paragraphs. Exact when the candidates agree (and a count was made over an
    exact region). Without a direction, a paragraph that no portion is numbered as may be
    another document's ("paragraphs 2 through 4 of cable 19 ANKARA 1214"): none."""
    groups = m.re.groupindex
    if "number" in groups and m.group("number"):
        n = int(m.group("number"))
    elif "ordinal" in groups and m.group("ordinal"):
        n = r.g.vocabulary.governing_statements.ordinals.get(m.group("ordinal").lower(), 0)
    else:
        return set(), False
    if n == 0:
        return set(), False
    numbered = {k for k in region if portions[k].number == n}
    if numbered:
        return numbered, len(numbered) == 1
    if not counted:
        return set(), False
    paragraphs = [k for k in region if portions[k].kind == "paragraph"]
    marked = [k for k in paragraphs if portions[k].explicit]
    chosen = set()
    for sequence in (marked, paragraphs):
        if (n - 1 if n > 0 else -n - 1) < len(sequence):
            chosen.add(sequence[n - 1] if n > 0 else sequence[n])
    return chosen, exact_region and len(chosen) == 1


def _list(r: Reading, portions: list[Portion], index: int, region: list[int]) -> tuple[set[int], bool]:
    """The list that follows the statement: the portions after it on consecutive lines (no
    blank line between them). Two or more is a list; otherwise its end cannot be told and
    everything after the statement may belong to it."""
    following = [k for k in region if k > index]
    if not following:
        return set(), False
    run = [following[0]]
    for k in following[1:]:
        gap = r.text[portions[run[-1]].end:portions[k].start]
        if gap.count("\n") > 1 or k != run[-1] + 1:
            break
        run.append(k)
    if len(run) >= 2:
        return set(run), True
    return set(following), False


def _translations(r: Reading, portions: list[Portion]) -> None:
    """A portion that opens with a translation label takes the level of the original that the
    document marks in words (the highest such marking outside the portion)."""
    label = r.g.translation_label.compiled
    evidence = [e for e in r.evidence if e.kind == "classification_in_words" and e.marking is not None
                and e.marking.valid]
    if not evidence:
        return
    for k, p in enumerate(portions):
        m = label.match(r.text, p.body_start, p.end)
        if m is None:
            continue
        originals = [e for e in evidence if not p.start <= e.start < p.end]
        if not originals:
            continue
        top = max(originals, key=lambda e: e.marking.rank if e.marking is not None else -1)
        stated = top.marking
        assert stated is not None
        at = r.view.to_original(top.start) if not r.view.identity else top.start
        said = f"'{' '.join(top.seen.split())}' (offset {at}) marks the original that this translation renders " \
               f"as {stated.banner()}"
        if len({e.marking.banner() for e in originals if e.marking is not None}) > 1:
            r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}; the document marks more than one original at "
                      f"different levels, the highest is taken: a reviewer must decide", m.start(), m.end())
        portions[k] = _raised(r, p, stated, said)


def _raised(r: Reading, p: Portion, stated: Marking, said: str) -> Portion:
    """Portion `p` raised to at least `stated` (a doubtful one stays doubtful: withheld)."""
    if p.marking is None or not p.marking.valid:
        return p
    raised = r.g.rollup([p.marking, stated])
    if raised is None or raised.banner() == p.marking.banner():
        return p
    r.problem("GOVERNED_PORTION", "warning", f"{said}: this {p.kind} ({p.marking.portion_mark()}) is treated as "
              f"{raised.portion_mark()}", p.start, p.end)
    return p.with_marking(replace(raised, raw=p.marking.raw))
