"""What a record says of parts BESIDE the one it names exactly (fix46a, issue 8).

A record outside the marked text (or on a line whose own mark is no level: `Reviewer (MK): ...`) that names one part
exactly (a quoted fragment, a time stamp, `para N`) often says more in the same sentence:

- (others) the parts it does NOT name are a level: `"the crossing starts at first light" -- (U) rather than (S); the
  other two stay (S)`, `the rest remain S`, `all others are S`, `les autres restent (S)`, `остальные остаются S`
  (rules `record_others_level`): every lower explicitly marked part but the ones it names exactly is raised to that
  level (all of them where it names none it can find). The part it lowers is never lowered: a record that lowers
  releases nothing.
- (also) a SECOND part named only by its topic: `"old grain silo at Kilometre 12" is S, and so is the rendezvous
  bit`, `the 14:32 post is S, and the canteen post too`, `same for the part about the canteen`, `grain silo text is
  S, "old grain silo at Kilometre 12" bit (S//NF)` (rules `record_also_target`, read outside the quoted fragments): the one marked part that shares the topic's content words (among ALL the marked parts,
  whatever their level: a part raised by an earlier pass still shares the topic), else every lower marked part (fail
  closed, as `remark_topics` does).
  A topic after a plain `and` ends at the record's verb (`para 3 and the bit about the pipeline should both be (S)`,
  rules `record_and_target`, fix46g).
- (place, fix46g) a part named by its place, not its words, with a level the record keeps or sets (rules
  `record_place_target`, `record_place_level`): `line 14` in a review of a file (the part whose line opens with 14),
  `fn 2`, `both footnotes` (the numbered lines below the last rule `---`), `third bullet under Risks`, `second to last
  bullet` (the bullet of the one list under that heading), `the Sources section`; or by a quotation inside the
  record's words (a version history's `"the sentence with 'night flights to Kufra' set to S//NF"`: every part holding
  it). Where the place is not certain, every lower marked part is raised (fail closed).
- A record line whose letters are clothing sizes (`the middle one is M rather than S, the other two stay S`, rules
  `record_size_letters`) says nothing of levels here.

Runs after `named_targets` and `remark_topics`; raises through `raising.raised_to` only (never lowers). The words
that name no topic are the rules' (rules/record_words.yaml `second_targets.no_topic`, fix48b).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .named_targets import _PORTION_STAMP, _fragments, _record_level, _stamp_key, _stamps
from .part_remarks import _PAREN_MARK, _candidates, _flat, stop_words
from .raising import raised_to
from .rule_words import made_once
from .state import Reading



def _no_topic(g: object) -> frozenset[str]:
    """Words of a topic that name no topic (`the rendezvous bit`: `bit`; `the part about the canteen`: `part`, `about`):
    rules/record_words.yaml `second_targets.no_topic` (fix48b)."""
    return made_once(g, "second_targets", lambda g: frozenset(g.record_words["second_targets"]["no_topic"]))  # type: ignore[attr-defined]


def _content(r: Reading, words: str) -> list[str]:
    no_topic, stop = _no_topic(r.g), stop_words(r.g)
    return [w for w in re.findall(r"[\w'’\-]+", words.lower()) if len(w) >= 4 and w not in stop and w not in no_topic
            and not w.isdigit()]


def _exact(r: Reading, portions: list[Portion], cands: list[int], line: str) -> set[int]:
    """The parts `line` names exactly: by a quoted fragment, a time stamp opening the part, `para N`."""
    found: set[int] = set()
    for _, _, q in _fragments(line):
        probe = _flat(q)[:60]
        if len(probe) >= 6 and not _PAREN_MARK.search(q):
            found |= {k for k in cands if probe in _flat(r.text[portions[k].start:portions[k].end])}
    if any(_PORTION_STAMP.match(r.text[p.start:p.end]) for p in portions if p.explicit):
        for lo, hi in _stamps(line):
            for k in cands:
                m = _PORTION_STAMP.match(r.text[portions[k].start:portions[k].end])
                if m is not None and lo <= _stamp_key(m) <= hi:
                    found.add(k)
    ordered = sorted(cands, key=lambda k: portions[k].start)
    for m in r.g.record_part_number.compiled.finditer(line):
        n = int(m.group("n"))
        if 0 < n <= len(ordered):
            found.add(ordered[n - 1])
    return found


def _level_of(r: Reading, text: str) -> Marking | None:
    level = r.g.parse(text.strip("()[]\"'“ ").upper().replace("SECRETO", "SECRET").replace("GEHEIM", "SECRET")
                      .replace("CONFIDENTIEL", "CONFIDENTIAL"))
    return level if level.valid and level.level not in (None, "UNCLASSIFIED") else None


def raise_second_targets(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the parts a record names beside its exact target raised (module docstring)."""
    if not any(p.explicit for p in portions):
        return portions
    marked = [(p.start, p.end) for p in portions if p.explicit and p.marking is not None and p.marking.valid
              and p.marking.level is not None]
    out = list(portions)
    at = 0
    for line in r.text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip() or len(line) > 600 or any(s <= start < e for s, e in marked):
            continue
        if r.g.record_size_letters.compiled.search(line):
            continue  # (`the middle one is M rather than S, the other two stay S`: sizes, not levels)
        others = r.g.record_others_level.compiled.search(line)
        bare = line
        for s, e, _ in _fragments(line):  # (a topic is read outside the quoted fragments)
            bare = bare[:s] + " " * (e - s) + bare[e:]
        also = r.g.record_also_target.compiled.search(bare) or r.g.record_and_target.compiled.search(bare)
        place = r.g.record_place_target.compiled.search(bare)
        heading = _heading_parts(r, portions, bare) if others is None and place is None else None
        if others is None and also is None and place is None and heading is None and not _fragments(line):
            continue
        every = [k for k in _candidates(r, portions, start) if not portions[k].start <= start < portions[k].end]
        exact = _exact(r, portions, every, line)
        if heading is not None:
            _raise_under_heading(r, out, heading, [k for k in every if not portions[k].start <= start < portions[k].end], line)
        elif place is not None or _fragments(line):
            _raise_by_place(r, portions, out, [k for k in every if not (portions[k].start < at and start < portions[k].end)],
                            line, bare)  # (not a part on the record's own line: `edited block "...": (U) -> (S)`)
        if others is not None:
            level = _level_of(r, others.group("level"))
            if level is not None:
                rest = [k for k in every if k not in exact] or every
                _raise(r, out, rest, level, line)
        if also is not None and (exact or _fragments(line) or _stamps(line) or place is not None):
            level = _record_level(r, line, [q for q in _fragments(line) if not _PAREN_MARK.search(q[2])])
            if level is None:
                continue
            words = _content(r, _topic(also))
            if not words and "topic2" not in also.re.groupindex:
                continue  # (`Para 2 and the one after`: a plain `and` before no topic is read where it was)
            if "topic3" in also.re.groupindex and also.group("topic3") is not None and not words:
                continue  # (`the "..." text is S`: the quote is its only topic)
            texts = {k: _flat(r.text[portions[k].start:portions[k].end]) for k in every}
            sharing = {k for k in every if words and any(re.search(rf"(?<![\w]){re.escape(w)}", texts[k]) for w in words)}
            _raise(r, out, sorted(sharing) if len(sharing) == 1 else every, level, line)
    return out


def _topic(also: re.Match[str]) -> str:
    return next((also.group(g) for g in ("topic", "topic2", "topic3") if g in also.re.groupindex and also.group(g)), "")


def _place_level(r: Reading, line: str) -> Marking | None:
    """The level a record keeps or sets for the part it names by its place or by a quotation inside its words
    (`retain SECRET`, `set to S//NF`, `should be C//NF`, `need (C)`), with `_record_level`'s own reading."""
    said = _record_level(r, line, [q for q in _fragments(line) if not _PAREN_MARK.search(q[2])])
    levels = [said] if said is not None else []
    for m in r.g.record_place_level.compiled.finditer(line):
        if not r.g.record_negated_mark.compiled.search(line[max(0, m.start() - 24):m.start()]):
            level = _level_of(r, m.group("level"))
            if level is not None:
                levels.append(level)
    return r.g.rollup(levels) if levels else None


def _raise_by_place(r: Reading, portions: list[Portion], out: list[Portion], every: list[int], line: str,
                    bare: str) -> None:
    """A record naming its part by its place (`line 14`, `third bullet under Risks`, `both footnotes`, `the Sources
    section`) or by a quotation inside its own words (a version history's `"the sentence with 'night flights to
    Kufra' set to S//NF"`) with a level it keeps or sets: the part whose line opens with the number it names, or the
    part holding the quotation, where exactly one is found; else every lower marked part (fail closed)."""
    level = _place_level(r, line)
    if level is None or not every:
        return
    place = r.g.record_place_target.compiled.search(bare)
    found: set[int] = set()
    if place is not None and (place.group("line") or place.group("fn")):
        n = place.group("line") or place.group("fn")
        for k in every:
            head = r.text.rfind("\n", 0, portions[k].start) + 1
            if re.match(rf"[ \t>|]*\[?{n}(?![\d:.])[\]).:]?[ \t]", r.text[head:portions[k].end]):
                found.add(k)
    elif place is not None and place.group("note"):
        found = _footnotes(r, portions, every)
        if found:
            _raise(r, out, sorted(found), level, line)  # (every footnote: `both footnotes`)
            return
    elif place is not None and place.group("nth"):
        found = _nth_bullet(r, portions, every, place)
    elif place is not None:  # (`the Sources section`, `under the heading Sources`)
        found = {k for k in _heading_parts(r, portions, bare) or [] if k in every}
        if found:
            _raise(r, out, sorted(found), level, line)
            return
    elif place is None:
        for _, _, q in _fragments(line):
            probe = _flat(q)[:60]
            if len(probe) >= 6 and not _PAREN_MARK.search(q):
                found |= {k for k in every if _holds(r.text[portions[k].start:portions[k].end], probe)}
        if not found:
            return  # (a quotation naming no part: read by `named_targets` as before)
        _raise(r, out, sorted(found), level, line)  # (every part holding the quotation)
        return
    _raise(r, out, sorted(found) if len(found) == 1 else every, level, line)


_NOTE_RULE = re.compile(r"(?m)^[ \t]*(?:-{3,}|_{3,}|\u2014{2,}|\u2500{3,})[ \t]*$")
_NOTE_LINE = re.compile(r"[ \t]*(?:\[\d{1,2}\]|\d{1,2}[.):]?|[*\u2020\u2021])[ \t]")


def _footnotes(r: Reading, portions: list[Portion], every: list[int]) -> set[int]:
    """The parts on footnote lines (a number or `*` opening a line below a rule `---`) that a record names as
    `footnotes` without a number; nothing where there is no rule (the caller then raises every candidate)."""
    rule = None
    for rule in _NOTE_RULE.finditer(r.text):
        pass
    if rule is None:
        return set()
    found = set()
    for k in every:
        head = r.text.rfind("\n", 0, portions[k].start) + 1
        if portions[k].start > rule.end() and _NOTE_LINE.match(r.text[head:portions[k].end]):
            found.add(k)
    return found


_HEADING = re.compile(r"(?m)^[ \t]*(?:#{1,6}|h[1-6]\.)[ \t]+(?P<name>[^\n#]{3,40}?)[ \t#]*$")


def _heading_parts(r: Reading, portions: list[Portion], bare: str) -> list[int] | None:
    """The marked parts under every Markdown or wiki heading (`## Sources`, `h3. Risks`) a record names by its name
    (`Sources should be (S)`, `the Sources section`), None where it names none."""
    heads = list(_HEADING.finditer(r.text))
    under: list[int] | None = None
    for n, h in enumerate(heads):
        name = h.group("name").strip()
        if len(name) < 4 or not re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", bare) or h.group().strip() == bare.strip():
            continue
        end = heads[n + 1].start() if n + 1 < len(heads) else len(r.text)
        under = (under or []) + [k for k, p in enumerate(portions) if h.end() <= p.start < end]  # (every heading named)
    return under


def _raise_under_heading(r: Reading, out: list[Portion], under: list[int], every: list[int], line: str) -> None:
    """A record naming a heading with a level it keeps or sets: the lower marked parts under that heading, every lower
    marked part where none is there (fail closed); nothing where the record states no level or lowers a part."""
    level = _place_level(r, line)
    if level is None or not every:
        return
    found = [k for k in every if k in under]
    _raise(r, out, found or every, level, line)


def _holds(text: str, probe: str) -> bool:
    """Whether a part's `text` holds the quoted `probe` as its own words (not quoted again: another record's line)."""
    return probe in _flat(text) and not any(probe in _flat(q) for _, _, q in _fragments(text))


_BULLET = re.compile(r"[ \t>]*(?:[-*+\u2022\u25aa\u25e6]|\d{1,2}[.)])[ \t]+\S")
_HEADING_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|h\d\.[ \t]*|[=*_]+[ \t]*)?(?P<name>.*?)[ \t]*[:=*_#]*[ \t]*$")


def _nth_bullet(r: Reading, portions: list[Portion], every: list[int], place: re.Match[str]) -> set[int]:
    """The part on the bullet a record names by its order (`third bullet under Risks`, `second to last bullet`): the
    bullets of the one list under the heading it names (of the one list holding candidates where it names none);
    nothing where that is not certain (the caller then raises every candidate)."""
    lines = r.text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    runs: list[list[int]] = []
    head = (place.group("head") or "").casefold()
    under = None
    for i, ln in enumerate(lines):
        name = _HEADING_MARKUP.match(ln)
        if head and under is None and name is not None and name.group("name").casefold() == head:
            under = len(runs)
        if _BULLET.match(ln):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    if head:
        if under is None or under >= len(runs):
            return set()
        run = runs[under]
    else:
        held = [run for run in runs if any(offsets[i] <= portions[k].start < offsets[i + 1] for i in run for k in every)]
        if len(held) != 1:
            return set()
        run = held[0]
    words = [w for w in re.split(r"[ \t\-]+", place.group("nth").casefold()) if w]
    ordinals = r.g.vocabulary.governing_statements.ordinals
    last = words[-1]
    n = ordinals.get(last, 0) or (int(last[:-2]) if last[:-2].isdigit() else 0)
    if last == "penultimate":
        n = -2
    if len(words) > 1 and last == "last":
        n = -ordinals.get(words[0], 0)
    if n == 0 or abs(n) > len(run) or last in ("next", "previous", "preceding"):
        return set()
    i = run[n - 1] if n > 0 else run[n]
    return {k for k in every if offsets[i] <= portions[k].start < offsets[i + 1]}


def _raise(r: Reading, out: list[Portion], ks: list[int], level: Marking, line: str) -> None:
    for k in ks:
        mk = out[k].marking
        if mk is not None and r.g.rollup([mk, level]) is not None and r.g.rollup([mk, level]).banner() != mk.banner():  # type: ignore[union-attr]
            out[k] = raised_to(r, out[k], [level], f"a record '{line.strip()[:80]}' names this part beside its exact "
                               f"target as {level.banner()}")
