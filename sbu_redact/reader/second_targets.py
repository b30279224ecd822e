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

Runs after `named_targets` and `remark_topics`; raises through `raising.raised_to` only (never lowers).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .named_targets import _PORTION_STAMP, _fragments, _record_level, _stamp_key, _stamps
from .part_remarks import _PAREN_MARK, _STOP, _candidates, _flat
from .raising import raised_to
from .state import Reading

# words of a topic that name no topic (`the rendezvous bit`: `bit`; `the part about the canteen`: `part`, `about`)
_NO_TOPIC = {"bit", "bits", "part", "parts", "post", "posts", "text", "para", "paras", "paragraph", "paragraphs",
             "message", "messages", "line", "lines", "item", "items", "bullet", "bullets", "sentence", "sentences",
             "passage", "section", "portion", "entry", "note", "also", "about", "regarding", "concerning", "mention",
             "mentions", "mentioning", "one", "ones", "stuff", "thing", "piece", "chunk", "too", "well", "same"}


def _content(words: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’\-]+", words.lower()) if len(w) >= 4 and w not in _STOP and w not in _NO_TOPIC
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
        others = r.g.record_others_level.compiled.search(line)
        bare = line
        for s, e, _ in _fragments(line):  # (a topic is read outside the quoted fragments)
            bare = bare[:s] + " " * (e - s) + bare[e:]
        also = r.g.record_also_target.compiled.search(bare)
        if others is None and also is None:
            continue
        every = [k for k in _candidates(r, portions, start) if not portions[k].start <= start < portions[k].end]
        exact = _exact(r, portions, every, line)
        if others is not None:
            level = _level_of(r, others.group("level"))
            if level is not None:
                rest = [k for k in every if k not in exact] or every
                _raise(r, out, rest, level, line)
        if also is not None and (exact or _fragments(line) or _stamps(line)):
            level = _record_level(r, line, [q for q in _fragments(line) if not _PAREN_MARK.search(q[2])])
            if level is None:
                continue
            words = _content(also.group("topic") or also.group("topic2") or also.group("topic3"))
            if also.group("topic3") is not None and not words:
                continue  # (`the "..." text is S`: the quote is its only topic)
            texts = {k: _flat(r.text[portions[k].start:portions[k].end]) for k in every}
            sharing = {k for k in every if words and any(re.search(rf"(?<![\w]){re.escape(w)}", texts[k]) for w in words)}
            _raise(r, out, sorted(sharing) if len(sharing) == 1 else every, level, line)
    return out


def _raise(r: Reading, out: list[Portion], ks: list[int], level: Marking, line: str) -> None:
    for k in ks:
        mk = out[k].marking
        if mk is not None and r.g.rollup([mk, level]) is not None and r.g.rollup([mk, level]).banner() != mk.banner():  # type: ignore[union-attr]
            out[k] = raised_to(r, out[k], [level], f"a record '{line.strip()[:80]}' names this part beside its exact "
                               f"target as {level.banner()}")
