"""A reviewer's comment that says the text beside it should carry a level (fix40a, issue 8): a French balloon
`[Commentaire MD1 (Marc Delorme): ce paragraphe devrait etre S//NF]` under a (U) paragraph (adv162-001), an HTML
comment node `<!-- reviewer (R. Tanaka): this para should be (C) -->` after one (adv162-002).

The governing statements read an English bracketed balloon (`[Comment JB1: this para should be S//NF]`, fix161), not
these. Making them statements would also make their notes read, so the unreadable-note rules (which withhold every
other portion for a note the reader cannot read) would stop where main applies them: this pass only raises, after
the statements. A comment (rules `review_comment_level`) raises the portion it is in to its level, and the portion
just above where the comment opens its portion (a balloon pasted under its paragraph); the one just below too where
it points there (`next`, `following`, `suivant`); a comment that names a numbered part before the level (`Para 3 ...
must be marked (C)`) raises the portion opening with that number instead, where there is one. Raising goes through `raising.raised_to` (never lowers).

The words are the rules' (fix50d): rules/record_words.yaml `review_comments` (comment, part, bullet, place and page
words, the level words of remarks in other languages); the tags, quotes and marks are read here.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .raising import raised_to
from .rule_words import alternatives, made_once
from .sed_corrections import (_ANY_BULLET, _BULLET_LINE, _named_portion, _named_start, _portion_at, named_part,
                              nth_marked_portion)
from .state import Reading


def raise_review_comments(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the text each reviewer's comment is beside raised to the level it says (module docstring)."""
    if "[" not in r.text and "{" not in r.text and "<!--" not in r.text:
        return portions
    out = list(portions)
    w = _patterns(r.g)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for m in r.g.review_comment_level.compiled.finditer(r.text):
        level = r.g.parse(m.group("level"))
        if not level.valid or level.level is None:
            continue
        named = r.g.change_record_part.compiled.search(r.text, m.start(), m.start("level"))
        if named is not None:  # (`[Comment CR1: Para 3 ... must be marked (C)]`: the part it names, not its neighbours)
            k = _named_portion(r, portions, "para", int(named.group("number")))
            if k is not None:
                out[k] = raised_to(r, out[k], [level], f"a reviewer's comment '{m.group().strip()[:80]}' says it "
                                   f"should be {level.banner()}")
                lo, hi = _span_of_comment(r.text, m.start("level"))
                if r.g.names_more.search(r.text, lo, hi) is None:
                    continue
                # (fix44a, review40z c01/c02/c04) `para 2 and this one`, `para 3, and the paragraph above it`, `le
                # paragraphe 2, et le suivant`: the part named relative to the named one or to the balloon's anchor is
                # not read exactly: its neighbours are raised with it, and the anchor below (fail closed, only raises)
                n = order.index(k)
                after = w.next.search(r.text, lo, hi) is not None or w.after.search(r.text, lo, hi) is not None
                before = w.before.search(r.text, lo, hi) is not None
                sides = (n - 1, n + 1) if after == before else (n + 1,) if after else (n - 1,)
                for j in (order[i] if 0 <= i < len(order) else None for i in sides):
                    if j is not None:
                        out[j] = raised_to(r, out[j], [level], f"a reviewer's comment '{m.group().strip()[:80]}' says "
                                           f"the part beside the one it names should be {level.banner()}")
        at = [n for n, k in enumerate(order) if portions[k].start <= m.start() < max(portions[k].end, portions[k].start + 1)]
        if at:
            n = at[0]
            targets = {order[n]}
            if n > 0 and not r.text[portions[order[n]].start:m.start()].strip():
                targets.add(order[n - 1])  # (a balloon that is a portion of its own: the paragraph above it)
        else:  # (a comment between portions: the nearest above it)
            n = sum(1 for k in order if portions[k].end <= m.start())
            targets = {order[n - 1]} if n > 0 else set()
            n -= 1
        if m.group("next") is not None and n + 1 < len(order):
            targets.add(order[n + 1])
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [level], f"a reviewer's comment '{m.group().strip()[:80]}' says it should "
                               f"be {level.banner()}")
    return out


# (fix41b) words quoted as a comment's anchor: `Anchored text: "Raise privately that we know"`, `on "the Larnaca bank"`
_QUOTED = lazy(r"[\"“„«](?P<q>[^\"“”„«»\n]{8,200}?)[\"”»]|(?<![\w])['‘](?P<q2>[^'‘’\n]{12,200}?)['’](?![\w])")
# the level a remark's level words name, by rules/record_words.yaml `review_comments` key
_WORD_LEVEL_KEYS = {"top_secret_words": "TS", "secret_words": "S", "confidential_words": "C"}


class _Patterns:
    """The patterns of rules/record_words.yaml `review_comments` (fix50d: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["review_comments"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        # (fix41b) the tag a comment export puts in the text and on its comment: `[JH1]`, `[MRG1]`, `[a1]`, `Comment MRG1`
        self.tag = lazy(r"\[(?:[A-Za-z]{1,12}[ \t]+)?(?P<tag>[A-Za-z]{1,4}\d{1,3})[\]:]|\b(?:" + alt("comment_words")
                        + r")[ \t]+(?P<tag2>[A-Za-z]{1,4}\d{1,3})\b", re.IGNORECASE)
        # (fix41b) a part named by kind: a bullet, or anything else
        self.bullet_word = lazy(r"(?i)\b(?:" + alt("bullet_words") + r")\b")
        # (fix41b) a part word near the remark that makes a sentence a remark about a part (outside a comment as well)
        self.part_word = lazy(r"(?i)\b(?:" + alt("part_words") + r")\b")
        self.next = lazy(r"(?i)\b(?:" + alt("next_words") + r")\b")
        # (fix44a) words that put the part a comment adds after, or before, the part it names (both sides where neither
        # or both)
        self.after = lazy(r"(?i)\b(?:" + alt("after_words") + r")\b")
        self.before = lazy(r"(?i)\b(?:" + alt("before_words") + r")\b")
        self.page = lazy(r"(?i)(?<![\w])(?:" + alt("page_words") + r")\.?[ \t]*\d")
        # a remark's level in words of another language or in lower case (`secreto`), and the letters of its level
        self.word_levels = {word: letters for key, letters in _WORD_LEVEL_KEYS.items() for word in words[key]}


def _patterns(g: object) -> _Patterns:
    return made_once(g, "review_comments", _Patterns)
_REACH_BACK = 200  # characters before a remark, on its line, where the part or anchor it names is looked for


def _span_of_comment(text: str, at: int) -> tuple[int, int]:
    """The comment a remark at `at` is in: its bracket on the line, else its line."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    for o, c in (("[", "]"), ("<!--", "-->"), ("{", "}")):
        k = text.rfind(o, line_start, at)
        if k >= 0 and text.rfind(c, k, at) < 0:
            e = text.find(c, at, line_end)
            return k, (e + len(c) if e >= 0 else line_end)
    return line_start, line_end


def _in_comment(r: Reading, start: int, end: int, at: int) -> bool:
    """Whether the remark at `at` (its comment `start`..`end`) is a comment: in brackets, on a line a comment lead
    opens, or under a comments heading."""
    if r.text[start:start + 1] in "[{<":
        return True
    return r.g.comment_lead.compiled.match(r.text, start) is not None


def _heading_above(r: Reading, portions: list[Portion], at: int) -> int | None:
    """The start of a comments heading above `at` with no explicitly marked portion between, or None."""
    found = None
    for h in r.g.comments_heading.compiled.finditer(r.text, 0, at):
        found = h.start()
    if found is None:
        return None
    if any(p.explicit and found < p.start < at and p.marking is not None
           and not r.g.comment_lead.compiled.match(r.text, p.start) for p in portions):
        return None
    return found


def _quoted_targets(r: Reading, portions: list[Portion], lo: int, hi: int, skip: tuple[int, int]) -> set[int]:
    """The portions that hold words quoted between `lo` and `hi` (outside `skip`, the comments)."""
    out: set[int] = set()
    squeeze = re.compile(r"\s+")
    flat = squeeze.sub(" ", r.text).lower()
    # (offsets into the squeezed text map back through the list of kept characters' positions)
    keep = [k for k, ch in enumerate(r.text) if not (ch.isspace() and k > 0 and r.text[k - 1].isspace())]
    for q in _QUOTED.finditer(r.text, lo, hi):
        words = squeeze.sub(" ", (q.group("q") or q.group("q2")).strip()).lower().strip(" .,;:…").rstrip(".")
        if len(words) < 8 or len(words.split()) < 2:
            continue
        for probe in (words, words[:40]):
            hits = [k for k in _find_all(flat, probe) if not (skip[0] <= keep[k] < skip[1])]
            for k in hits:
                j = _portion_at(portions, keep[k])
                if j is not None:
                    out.add(j)
            if hits:
                break
    return out


def _find_all(text: str, needle: str) -> list[int]:
    out, k = [], text.find(needle)
    while k >= 0:
        out.append(k)
        k = text.find(needle, k + 1)
    return out


def raise_remarks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """(fix41b) `portions` with the part a remark in a comment (any tool, any common language) says is or should be
    a level raised to it: the part it names by number or ordinal, by the tag the export put in the text (`[JH1]`), by
    quoted words; else the text the comment sits in or under; else (a comment in a comments section at the end that
    names nothing found) every lower explicitly marked portion above it, of the kind it names (fail closed)."""
    remarks = list(r.g.remark_raise_level.compiled.finditer(r.text))
    if not remarks:
        return portions
    out = list(portions)
    w = _patterns(r.g)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for m in remarks:
        level = r.g.parse(_level_text(r.g, m.group("level")))
        if not level.valid or level.level is None:
            continue
        start, end = _span_of_comment(r.text, m.start())
        line_start = r.text.rfind("\n", 0, m.start()) + 1
        back = max(start, m.start() - _REACH_BACK, line_start)
        heading = _heading_above(r, portions, m.start())
        commented = heading is not None or _in_comment(r, start, end, m.start())
        names_part = w.part_word.compiled.search(r.text, back, min(end, m.end() + 80)) is not None
        tag = next((t for t in w.tag.compiled.finditer(r.text, start, m.start())), None)
        quoted = _QUOTED.compiled.search(r.text, back, min(end, m.end() + 80)) is not None
        if not (commented or names_part or tag is not None or quoted):
            continue
        if w.page.compiled.search(r.text, start, m.start("level")):
            continue  # (a page a remark names: the page rules read it)
        targets: set[int] = set()
        named = named_part(r.g).compiled.search(r.text, back, m.start("level"))  # (before the level: after it, its reason)
        numbered = r.g.change_record_part.compiled.search(r.text, back, m.start("level"))
        if named is not None or numbered is not None:
            kind, number = (_named_start(r, named) or ("para", 0)) if named is not None else (
                "bullet" if w.bullet_word.compiled.match(numbered.group()) else "para", int(numbered.group("number")))  # type: ignore[union-attr]
            if kind not in ("bullet",):
                kind = "bullet" if kind in ("item", "point") and _BULLET_LINE.compiled.search(r.text) else "para"
            k = _named_portion(r, portions, kind, number) if number > 0 else None
            targets = {k} if k is not None else nth_marked_portion(r, portions, kind, number, "UNCLASSIFIED", start, end)
        if not targets and tag is not None:
            name = tag.group("tag") or tag.group("tag2")
            for t in re.finditer(rf"\[{re.escape(name)}\]|(?<![\w\[])\b{re.escape(name)}\b", r.text):
                if start <= t.start() < end or (heading is not None and t.start() >= heading):
                    continue
                k = _portion_at(portions, t.start())
                if k is None and t.start() > 0:
                    k = _portion_at(portions, t.start() - 1)
                if k is not None:
                    targets.add(k)
        if not targets:
            lines_back = line_start
            for _ in range(3):  # (`Anchored text: "..."` on the lines above the remark)
                if lines_back <= 0:
                    break
                lines_back = r.text.rfind("\n", 0, lines_back - 1) + 1
            skip = (heading if heading is not None else start, end)
            targets = _quoted_targets(r, portions, lines_back if heading is not None else back, min(end, m.end() + 200), skip)
        if not targets and heading is None:
            at = [n for n, k in enumerate(order) if portions[k].start <= m.start() < max(portions[k].end, portions[k].start + 1)]
            if at:
                n = at[0]
                targets = {order[n]}
                if n > 0 and not r.text[portions[order[n]].start:start].strip():
                    targets.add(order[n - 1])  # (a comment that opens a portion of its own: the text above it)
            else:
                n = sum(1 for k in order if portions[k].end <= m.start())
                targets = {order[n - 1]} if n > 0 else set()
                n -= 1
            if w.next.compiled.search(r.text, back, min(end, m.end() + 80)) and 0 <= n + 1 < len(order):
                targets.add(order[n + 1])
        if not targets and heading is not None:  # (fail closed: every lower marked part above the comments)
            bullets = w.bullet_word.compiled.search(r.text, back, min(end, m.end() + 80)) is not None
            lines = {k for b in _ANY_BULLET.compiled.finditer(r.text, 0, heading)
                     if (k := _portion_at(portions, b.end())) is not None} if bullets else set()
            targets = {k for k, p in enumerate(portions) if p.explicit and p.end <= heading and p.kind != "subject"
                       and p.marking is not None and p.marking.valid and p.marking.rank < level.rank
                       and (not lines or k in lines)}
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [level], f"a comment '{r.text[start:end].strip()[:80]}' says it should be "
                               f"{level.banner()}")
    return out


def _level_text(g: object, raw: str) -> str:
    """A remark's level as a mark the grammar reads: `(S)`, `C//NF`, `SECRET`; a level word of another language or
    in lower case as its letters (`secreto` -> `S`; rules/record_words.yaml `review_comments`)."""
    word = re.sub(r"[ \t]+", " ", raw).lower()
    return _patterns(g).word_levels.get(word, raw) if raw != raw.upper() or word in ("top secret",) else raw
