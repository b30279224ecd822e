r"""A substitute command of any shape that raises a mark, with any position phrase (fix41a, issue 8).

`sed_corrections` reads `s/OLD/NEW/` with a few delimiters and names a part by its number or a forward ordinal;
every new wording leaked (adv164-033/034/035, adv166-035/037/060/061): `s&U&S//NF&`, all caps `S/(U)/(S)/`, perl
`s/\(U\)/(S)/`, `sed -i`, `:%s`, awk `gsub(/(U)/, "(S)")`, PowerShell `-replace '(U)','(S)'`, Python
`re.sub(r'\(U\)', '(S)', ...)`, with `everything below the line`, `the penultimate paragraph`, `the third paragraph
from the end`, `all of Part II`, `the paragraph starting "The MIT"`, `paras 2-3`. This reads the CLASS: any such
command whose NEW, rolled up with OLD, is higher than OLD (a command that lowers or fixes a typo changes nothing:
raising never lowers), and raises what its line's words name: a numbered or Nth paragraph (forward or from the end,
of the marked paragraphs, of those carrying OLD, of the numbered ones: all three, fail closed), the last or first N,
a Part / Section / Annex / Tab / Enclosure heading's stretch (Roman, Arabic, words or a letter), everything
above or below (the line: the stretch between that divider and the next), the paragraph a quoted phrase opens.
Where the words name a place that is not found exactly, every portion carrying OLD's level in the scope (the side
named, else the document) is raised rather than nothing; with no position words at all, main's fallback (the
portion just above and the nearest above carrying OLD). Only raises, after `raise_sed_corrections` (kept as is).

The words are the rules' (fix50d): rules/record_words.yaml `sed_scopes` (part nouns and kinds, position, place and
quote words) and `numbers` (the counts and ordinals in words), made once per grammar (`ScopeWords`, which
`sed_targets` reads too); the commands, marks and numbers in figures are read here.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .raising import raised_to
from .rule_words import alternatives, made_once
from .sed_corrections import _ANY_BULLET, _named_portion, _portion_at, nth_marked_portion
from .state import Reading

# the public API of the substitute commands and their position words, which `sed_targets` reads too
__all__ = ["CALLS", "DELIMS", "S_COMMANDS", "S_SLASHES", "ScopeWords", "numbers_of", "parse_command", "raise_sed_scopes",
           "scope_words", "written_level"]

DELIMS = "/|#!@%&,;:~+=_"
_PIECE = r"(?:\\.|[^{d}\n]){{1,40}}?"
S_COMMANDS = lazy("|".join(
    rf"(?<![A-Za-z_\\])[sS](?P<d{k}>{re.escape(d)})(?P<old{k}>{_PIECE.format(d=re.escape(d))})(?P=d{k})"
    rf"(?P<new{k}>{_PIECE.format(d=re.escape(d))})(?P=d{k})(?P<flags{k}>[gGiIcCeE]*)"
    for k, d in enumerate(DELIMS)), 0)
# `s/(U)/(S//NF)/`: a mark's slashes left unescaped inside a `/` command
S_SLASHES = lazy(r"(?<![A-Za-z_\\])[sS]/(?P<old>\\?\(?[A-Za-z]{1,4}(?:\\?/\\?/[A-Za-z]{1,8})*\\?\)?)/"
                  r"(?P<new>\\?\(?[A-Za-z]{1,4}(?:\\?/\\?/[A-Za-z]{1,8})*\\?\)?)/(?P<flags>[gGiI]*)", 0)
# (fix43a, adv171-025) a `/` command whose escapes are read strictly: `s/(U)/(CUI\/\/REL TO USA, AUS)/`, where the
# lazy piece above stops at the first `\` and reads NEW as `(CUI\`
_S_STRICT = lazy(r"(?<![A-Za-z_\\])[sS]/(?P<old>(?:\\.|[^/\\\n]){1,40}?)/(?P<new>(?:\\.|[^/\\\n]){1,40}?)/(?P<flags>[gGiI]*)", 0)
# awk `gsub(/(U)/, "(S)")`, PowerShell `-replace '(U)', '(S)'`, Python `re.sub(r'\(U\)', '(S)'` / `.replace("(U)", "(S)")`
_Q = r"""["'\u2018\u2019\u201c\u201d`]"""
CALLS = lazy(rf"(?:\bg?sub\(\s*/(?P<old1>(?:\\.|[^/\n]){{1,40}}?)/\s*,\s*{_Q}(?P<new1>[^\"'\n]{{1,40}}?){_Q}"
              rf"|-c?replace\s+{_Q}(?P<old2>[^\"'\n]{{1,40}}?){_Q}\s*,\s*{_Q}(?P<new2>[^\"'\n]{{1,40}}?){_Q}"
              rf"|\b(?:re\.sub|\.replace|replace(?:All)?)\(\s*r?{_Q}(?P<old3>[^\"'\n]{{1,40}}?){_Q}\s*,\s*r?{_Q}"
              rf"(?P<new3>[^\"'\n]{{1,40}}?){_Q})", re.IGNORECASE)
_HINT = lazy(r"(?<![A-Za-z_\\])[sS][/|#!@%&,;:~+=_]|sub\(|replace", re.IGNORECASE)



class ScopeWords:
    """(fix50d) The patterns of rules/record_words.yaml `sed_scopes` and `numbers`, made once per grammar
    (`scope_words`): the position phrases a substitute command's line names its part with."""

    def __init__(self, g: object):
        words = g.record_words["sed_scopes"]  # type: ignore[attr-defined]
        numbers = g.record_words["numbers"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        #: the counts and ordinals in words, numbered in their order from one (`two` 2, `third` 3)
        self.number_words = {w: n for n, w in enumerate(numbers["cardinals"], 1)}
        self.ordinal_words = {w: n for n, w in enumerate(numbers["ordinals"], 1)}
        ordinal = r"(?:" + "|".join(self.ordinal_words) + r"|\d{1,2}(?:st|nd|rd|th))"
        count = r"(?:" + "|".join(self.number_words) + r"|\d{1,2})"
        noun = r"(?:" + alt("part_nouns") + r")"
        #: the words of the last part (`the last 2 paragraphs`: the last ones, not the first)
        self.last_words = frozenset(words["last_words"])
        self.from_end = lazy(rf"\b(?P<special>{alt('from_end_words')})\b"
                             rf"|\b(?P<ord>{ordinal})(?:[- ]+{noun})?[- ]+(?:to[- ]+(?:the[- ]+)?last|from[- ]+(?:the[- ]+)?"
                             rf"(?:{alt('end_words')}))\b", re.IGNORECASE)
        self.last_n = lazy(rf"\b(?P<which>{alt('last_words')}|{alt('first_words')})[ \t]+(?P<n>{count})[ \t]+{noun}",
                           re.IGNORECASE)
        self.last_one = lazy(rf"\b(?:the[ \t]+)?(?P<which>{alt('last_words')}|{alt('last_one_words')})[ \t]+{noun}",
                             re.IGNORECASE)
        self.forward = lazy(rf"\b(?P<ord>{ordinal})[ \t]+(?P<kind>{noun})\b(?![- ]+(?:to[- ]+(?:the[- ]+)?last|from[- ]+))"
                            rf"|\b(?P<kind2>{alt('numbered_nouns')}|#)\.?[ \t]*#?(?P<n>\d{{1,2}})"
                            rf"(?:[ \t]*(?:-|\u2013|{alt('range_words')}|&|,)[ \t]*(?P<n2>\d{{1,2}}))?\b", re.IGNORECASE)
        #: the kinds of a document's parts (`Part II`, `Annex B`), an alternation
        self.part_kinds = alt("part_kinds")
        self.part = lazy(rf"\b(?P<kind>{self.part_kinds})\.?[ \t]+(?P<id>[IVXLivxl]{{1,6}}|\d{{1,2}}|[A-Za-z]|"
                         + "|".join(self.number_words) + r")\b", re.IGNORECASE)
        self.below = lazy(r"\b(?:" + alt("below_words") + r"|after[ \t]+(?:" + alt("place_determiners") + r")[ \t]+"
                          r"(?:" + alt("below_after_things") + r"))\b", re.IGNORECASE)
        self.above = lazy(r"\b(?:" + alt("above_words") + r"|before[ \t]+(?:" + alt("place_determiners") + r")[ \t]+"
                          r"(?:" + alt("above_before_things") + r"))\b", re.IGNORECASE)
        self.all = lazy(r"\b(?:" + alt("all_words") + r")\b", re.IGNORECASE)
        self.quoted = lazy(r"\b(?:" + alt("quote_verbs") + r")"
                           r"[ \t]+(?:with[ \t]+)?[\"'\u2018\u201c](?P<q>[^\"'\u2019\u201d\n]{3,60})[\"'\u2019\u201d]", re.IGNORECASE)
        self.position_words = lazy(rf"\b(?:{noun}|{self.part_kinds}|" + alt("more_position_words") + r")\b", re.IGNORECASE)
        # `everything below the line`: the divider a command's words name
        self.divider = re.compile(r"\b(?:the|this)[ \t]+(?:" + alt("divider_words") + r")\b", re.IGNORECASE)


def scope_words(g: object) -> ScopeWords:
    """(fix50d) `ScopeWords` of the grammar `g`'s rules, made once."""
    return made_once(g, "sed_scopes", ScopeWords)


_DIVIDER = lazy(r"(?m)^[ \t]*(?:[_\-=*~#]{5,}|(?:-[ \t]?){5,})[ \t]*$", 0)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def numbers_of(r: Reading, word: str) -> set[int]:
    """The numbers a part's name may be: `II` 2, `2` 2, `two` 2, `B` 2 (and a lone `I`/`V`/`X` both ways)."""
    w = word.lower()
    number_words = scope_words(r.g).number_words
    out: set[int] = set()
    if w.isdigit():
        out.add(int(w))
    if w in number_words:
        out.add(number_words[w])
    if w and all(c in _ROMAN for c in w):
        total = 0
        for a, b in zip(w, w[1:] + " "):
            total += -_ROMAN[a] if b in _ROMAN and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
        out.add(total)
    if len(w) == 1 and w.isalpha():
        out.add(ord(w) - ord("a") + 1)
    return out


def _ordinal(r: Reading, word: str) -> int:
    w = word.lower()
    ordinals = scope_words(r.g).ordinal_words
    return ordinals[w] if w in ordinals else int(re.sub(r"\D", "", w) or 0)


def _unescaped(mark: str) -> str:
    return re.sub(r"\\(.)", r"\1", mark).strip().strip("^$").strip().strip("()").strip()


def _commands(r: Reading) -> list[tuple[int, int, str, str, str]]:
    """(start, end, old, new, flags) of every substitute command in the text."""
    found: dict[int, tuple[int, int, str, str, str]] = {}
    for m in S_SLASHES.finditer(r.text):
        found[m.start()] = (m.start(), m.end(), m.group("old"), m.group("new"), m.group("flags"))
    for m in S_COMMANDS.finditer(r.text):
        k = next(i for i in range(len(DELIMS)) if m.group(f"d{i}") is not None)
        found.setdefault(m.start(), (m.start(), m.end(), m.group(f"old{k}"), m.group(f"new{k}"), m.group(f"flags{k}")))
    for m in _S_STRICT.finditer(r.text):  # (fix43a) where the piece read above has no mark for NEW, the strict one
        if m.start() not in found or parse_command(r, found[m.start()][3]) is None:
            found[m.start()] = (m.start(), m.end(), m.group("old"), m.group("new"), m.group("flags"))
    for m in CALLS.finditer(r.text):
        k = next(i for i in (1, 2, 3) if m.group(f"old{i}") is not None)
        found.setdefault(m.start(), (m.start(), m.end(), m.group(f"old{k}"), m.group(f"new{k}"), ""))
    return [found[k] for k in sorted(found)]


def parse_command(r: Reading, mark: str) -> Marking | None:
    for text in dict.fromkeys((_unescaped(mark), _unescaped(mark).upper())):
        parsed = r.g.parse(text)
        if parsed is not None and parsed.valid and parsed.level is not None:
            return parsed
    return None


def written_level(r: Reading, p: Portion) -> str | None:
    """The level of `p`'s mark as written (a mark raised by an earlier reading still counts as what it says)."""
    if p.mark_start is not None and p.mark_end is not None:
        parsed = parse_command(r, r.text[p.mark_start:p.mark_end])
        if parsed is not None:
            return str(parsed.level)
    return getattr(p.marking, "level", None)


def _pick_from_end(found: list[int], n: int) -> list[int]:
    return [found[-n]] if 0 < n <= len(found) else []


def raise_sed_scopes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with what each raising substitute command's position words name raised to its NEW (docstring)."""
    if not _HINT.search(r.text):
        return portions
    out = list(portions)
    w = scope_words(r.g)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for start, end, old_text, new_text, flags in _commands(r):
        old, new = parse_command(r, old_text), parse_command(r, new_text)
        if old is None or new is None:
            continue
        rolled = r.g.rollup([old, new])
        if rolled is None or rolled.banner() == old.banner():
            continue  # (a command that lowers, or fixes a typo: nothing)
        line_start = r.text.rfind("\n", 0, start) + 1
        line_end = r.text.find("\n", end)
        line_end = len(r.text) if line_end < 0 else line_end
        words = r.text[line_start:start] + " \u0000 " + r.text[end:line_end]
        here = _portion_at(portions, start)
        own = {here} if here is not None else set()
        marked = [k for k in order if k not in own and portions[k].explicit and portions[k].marking is not None
                  and portions[k].kind != "subject" and not (portions[k].start <= start < portions[k].end)]
        carrying = [k for k in marked if written_level(r, portions[k]) == old.level]
        numbered = [k for k in marked if re.match(r"[ \t]*(?:\(?\d{1,2}[.)]|[A-Z][.)])[ \t]", r.text[portions[k].start:
                                                                                                  portions[k].end])]
        scope = carrying
        if w.below.search(words) and not w.above.search(words):
            scope = [k for k in carrying if portions[k].start >= end]
            if w.divider.search(words):
                dividers = [m for m in _DIVIDER.finditer(r.text) if m.start() >= line_end]
                if dividers:
                    lo = dividers[0].end()
                    hi = dividers[1].start() if len(dividers) > 1 else len(r.text)
                    scope = [k for k in scope if lo <= portions[k].start < hi] or scope
        elif w.above.search(words) and not w.below.search(words):
            scope = [k for k in carrying if portions[k].end <= start]
        targets: set[int] = set()
        resolved = False
        named = False
        for m in w.from_end.finditer(words):
            named = True
            n = 2 if m.group("special") and "ante" not in m.group("special").lower() else 3
            n = _ordinal(r, m.group("ord")) if m.group("ord") else n
            for found in (marked, carrying, numbered):
                targets.update(_pick_from_end(found, n))
            resolved = resolved or bool(targets)
        for m in w.last_n.finditer(words):
            named = True
            n = w.number_words.get(m.group("n").lower()) or int(m.group("n"))
            last = m.group("which").lower() in w.last_words
            for found in (marked, carrying):
                targets.update(found[-n:] if last else found[:n])
            resolved = True
        if not w.from_end.search(words):
            for m in w.last_one.finditer(words):
                named = True
                for found in (marked, carrying, numbered):
                    targets.update(found[-1:])
                resolved = True
        for m in w.forward.finditer(words):
            named = True
            kind = (m.group("kind") or m.group("kind2") or "para").lower().rstrip("s")
            kind = "bullet" if kind.startswith("bullet") else "para"
            if m.group("ord"):
                numbers = [_ordinal(r, m.group("ord"))]
            else:
                a, b = int(m.group("n")), int(m.group("n2") or m.group("n"))
                numbers = list(range(a, b + 1)) if 0 < b - a < 20 else [a, b]
            for number in numbers:
                k = _named_portion(r, portions, kind, number)
                if k is not None and written_level(r, portions[k]) == old.level:
                    targets.add(k)
                    resolved = True
                    continue
                if kind == "bullet":  # (the Nth bullet of any kind carrying a mark: `- `, `> -`, `<li>`)
                    bullets = sorted({j for b in _ANY_BULLET.finditer(r.text)
                                      if (j := _portion_at(portions, b.end())) is not None and portions[j].explicit
                                      and j not in own}, key=lambda j: portions[j].start)
                    if 0 < number <= len(bullets) and written_level(r, portions[bullets[number - 1]]) == old.level:
                        targets.add(bullets[number - 1])
                        resolved = True
                        continue
                side = [j for j in marked if portions[j].end <= start]
                side = side if len(side) >= number else [j for j in marked if portions[j].start >= end]
                if kind != "bullet" and 0 < number <= len(side) and written_level(r, portions[side[number - 1]]) == old.level:
                    targets.add(side[number - 1])  # (the Nth marked paragraph above, or below where fewer are above)
                    resolved = True
                    continue
                got = nth_marked_portion(r, portions, kind, number, old.level, start, end)
                if k is not None:
                    got.add(k)
                targets.update(got)
                resolved = resolved or bool(got)
        for m in w.part.finditer(words):
            named = True
            ids = numbers_of(r, m.group("id"))
            kind = m.group("kind").lower()[:4]
            heads = [h for h in re.finditer(rf"(?im)^[ \t>#*]*(?:\([A-Z/ ]{{1,12}}\)[ \t]*)?({w.part_kinds})\.?[ \t]+([IVXLivxl]{{1,6}}|\d{{1,2}}|"
                                            rf"[A-Za-z]|" + "|".join(w.number_words) + r")\b", r.text)
                     if h.group(1).lower()[:4] == kind and not (line_start <= h.start() < line_end)]
            for i, h in enumerate(heads):
                if ids & numbers_of(r, h.group(2)):
                    hi = heads[i + 1].start() if i + 1 < len(heads) else len(r.text)
                    stretch = [k for k in order if h.start() <= portions[k].start < hi and k not in own]
                    targets.update(stretch)
                    resolved = resolved or bool(stretch)
        for m in w.quoted.finditer(words):
            named = True
            q = re.sub(r"\s+", " ", m.group("q")).strip().lower()
            opening = [k for k in marked if q in re.sub(r"\s+", " ", r.text[portions[k].start:portions[k].end]).lower()]
            targets.update(opening)
            resolved = resolved or bool(opening)
        whole = bool(re.search(r"%[ \t]*$", r.text[max(line_start, start - 3):start])) or bool(w.all.search(words))
        if resolved:
            pass
        elif whole or "g" in flags.lower() and (w.below.search(words) or w.above.search(words)):
            targets.update(scope)  # (`:%s`, `everything below the line`, `all of the above`)
            resolved = resolved or bool(scope)
        elif not resolved and (named or w.position_words.search(words) or w.below.search(words) or w.above.search(words)):
            targets.update(scope)  # (fail closed: the words name a place not found exactly)
        elif not resolved:
            above = [k for k in order if portions[k].end <= start and k not in own]
            targets.update(above[-1:])
            targets.update([k for k in above if written_level(r, portions[k]) == old.level][-1:])
        said = f"a command '{r.text[start:end]}' re-marks it {new.banner()}"
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], said)
    return out
