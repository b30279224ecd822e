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
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .raising import raised_to
from .sed_corrections import _ANY_BULLET, _named_portion, _portion_at, nth_marked_portion
from .state import Reading

# the public API of the substitute commands and their position words, which `sed_targets` reads too
__all__ = ["ABOVE", "BELOW", "CALLS", "DELIMS", "NUMBER_WORDS", "POSITION_WORDS", "S_COMMANDS", "S_SLASHES", "numbers_of",
           "parse_command", "raise_sed_scopes", "written_level"]

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

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = r"(?:" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
_NUM = r"(?:" + "|".join(NUMBER_WORDS) + r"|\d{1,2})"
_NOUN = r"(?:para(?:graph)?s?|items?|bullets?|points?|lines?|entr(?:y|ies)|messages?|sections?|portions?|sentences?)"
_FROM_END = lazy(rf"\b(?P<special>penultimate|antepenultimate|(?:second|next)[- ]to[- ]last|last[- ]but[- ]one)\b"
                 rf"|\b(?P<ord>{_ORD})(?:[- ]+{_NOUN})?[- ]+(?:to[- ]+(?:the[- ]+)?last|from[- ]+(?:the[- ]+)?"
                 rf"(?:end|bottom|last))\b", re.IGNORECASE)
_LAST_N = lazy(rf"\b(?P<which>last|final|bottom|first|top|opening)[ \t]+(?P<n>{_NUM})[ \t]+{_NOUN}", re.IGNORECASE)
_LAST_ONE = lazy(rf"\b(?:the[ \t]+)?(?P<which>last|final|bottom|closing)[ \t]+{_NOUN}", re.IGNORECASE)
_FORWARD = lazy(rf"\b(?P<ord>{_ORD})[ \t]+(?P<kind>{_NOUN})\b(?![- ]+(?:to[- ]+(?:the[- ]+)?last|from[- ]+))"
                rf"|\b(?P<kind2>para(?:graph)?s?|items?|bullets?|points?|#)\.?[ \t]*#?(?P<n>\d{{1,2}})"
                rf"(?:[ \t]*(?:-|\u2013|to|through|thru|and|&|,)[ \t]*(?P<n2>\d{{1,2}}))?\b", re.IGNORECASE)
_PART_KINDS = r"part|section|annex|appendix|tab|enclosure|encl|attachment|chapter|exhibit|schedule|article"
_PART = lazy(rf"\b(?P<kind>{_PART_KINDS})\.?[ \t]+(?P<id>[IVXLivxl]{{1,6}}|\d{{1,2}}|[A-Za-z]|"
             + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
BELOW = lazy(r"\b(?:below|beneath|underneath|following|hereafter|after[ \t]+(?:the|this|my)[ \t]+"
              r"(?:line|rule|divider|break|separator|quote|note|signature|sig))\b", re.IGNORECASE)
ABOVE = lazy(r"\b(?:above|preceding|earlier|up[ \t]+(?:there|top)|before[ \t]+(?:the|this|my)[ \t]+"
              r"(?:line|rule|divider|break|separator|quote|note))\b", re.IGNORECASE)
_ALL = lazy(r"\b(?:everything|all|each|every|whole|entire|throughout|globally|any)\b", re.IGNORECASE)
_QUOTED = lazy(r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|open(?:s|ing)?|read(?:s|ing)?|mention(?:s|ing)?|about|on)"
               r"[ \t]+(?:with[ \t]+)?[\"'\u2018\u201c](?P<q>[^\"'\u2019\u201d\n]{3,60})[\"'\u2019\u201d]", re.IGNORECASE)
POSITION_WORDS = lazy(rf"\b(?:{_NOUN}|{_PART_KINDS}|above|below|beneath|last|final|first|top|bottom|end|"
                       r"penultimate|antepenultimate|everything|all|whole|entire|throughout|rest|remaining|"
                       r"starting|beginning)\b", re.IGNORECASE)
_DIVIDER = lazy(r"(?m)^[ \t]*(?:[_\-=*~#]{5,}|(?:-[ \t]?){5,})[ \t]*$", 0)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def numbers_of(word: str) -> set[int]:
    """The numbers a part's name may be: `II` 2, `2` 2, `two` 2, `B` 2 (and a lone `I`/`V`/`X` both ways)."""
    w = word.lower()
    out: set[int] = set()
    if w.isdigit():
        out.add(int(w))
    if w in NUMBER_WORDS:
        out.add(NUMBER_WORDS[w])
    if w and all(c in _ROMAN for c in w):
        total = 0
        for a, b in zip(w, w[1:] + " "):
            total += -_ROMAN[a] if b in _ROMAN and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
        out.add(total)
    if len(w) == 1 and w.isalpha():
        out.add(ord(w) - ord("a") + 1)
    return out


def _ordinal(word: str) -> int:
    w = word.lower()
    return _ORDINAL_WORDS[w] if w in _ORDINAL_WORDS else int(re.sub(r"\D", "", w) or 0)


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
        if BELOW.search(words) and not ABOVE.search(words):
            scope = [k for k in carrying if portions[k].start >= end]
            if re.search(r"\b(?:the|this)[ \t]+(?:line|rule|divider|separator)\b", words, re.IGNORECASE):
                dividers = [m for m in _DIVIDER.finditer(r.text) if m.start() >= line_end]
                if dividers:
                    lo = dividers[0].end()
                    hi = dividers[1].start() if len(dividers) > 1 else len(r.text)
                    scope = [k for k in scope if lo <= portions[k].start < hi] or scope
        elif ABOVE.search(words) and not BELOW.search(words):
            scope = [k for k in carrying if portions[k].end <= start]
        targets: set[int] = set()
        resolved = False
        named = False
        for m in _FROM_END.finditer(words):
            named = True
            n = 2 if m.group("special") and "ante" not in m.group("special").lower() else 3
            n = _ordinal(m.group("ord")) if m.group("ord") else n
            for found in (marked, carrying, numbered):
                targets.update(_pick_from_end(found, n))
            resolved = resolved or bool(targets)
        for m in _LAST_N.finditer(words):
            named = True
            n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
            last = m.group("which").lower() in ("last", "final", "bottom")
            for found in (marked, carrying):
                targets.update(found[-n:] if last else found[:n])
            resolved = True
        if not _FROM_END.search(words):
            for m in _LAST_ONE.finditer(words):
                named = True
                for found in (marked, carrying, numbered):
                    targets.update(found[-1:])
                resolved = True
        for m in _FORWARD.finditer(words):
            named = True
            kind = (m.group("kind") or m.group("kind2") or "para").lower().rstrip("s")
            kind = "bullet" if kind.startswith("bullet") else "para"
            if m.group("ord"):
                numbers = [_ordinal(m.group("ord"))]
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
        for m in _PART.finditer(words):
            named = True
            ids = numbers_of(m.group("id"))
            kind = m.group("kind").lower()[:4]
            heads = [h for h in re.finditer(rf"(?im)^[ \t>#*]*(?:\([A-Z/ ]{{1,12}}\)[ \t]*)?({_PART_KINDS})\.?[ \t]+([IVXLivxl]{{1,6}}|\d{{1,2}}|"
                                            rf"[A-Za-z]|" + "|".join(NUMBER_WORDS) + r")\b", r.text)
                     if h.group(1).lower()[:4] == kind and not (line_start <= h.start() < line_end)]
            for i, h in enumerate(heads):
                if ids & numbers_of(h.group(2)):
                    hi = heads[i + 1].start() if i + 1 < len(heads) else len(r.text)
                    stretch = [k for k in order if h.start() <= portions[k].start < hi and k not in own]
                    targets.update(stretch)
                    resolved = resolved or bool(stretch)
        for m in _QUOTED.finditer(words):
            named = True
            q = re.sub(r"\s+", " ", m.group("q")).strip().lower()
            opening = [k for k in marked if q in re.sub(r"\s+", " ", r.text[portions[k].start:portions[k].end]).lower()]
            targets.update(opening)
            resolved = resolved or bool(opening)
        whole = bool(re.search(r"%[ \t]*$", r.text[max(line_start, start - 3):start])) or bool(_ALL.search(words))
        if resolved:
            pass
        elif whole or "g" in flags.lower() and (BELOW.search(words) or ABOVE.search(words)):
            targets.update(scope)  # (`:%s`, `everything below the line`, `all of the above`)
            resolved = resolved or bool(scope)
        elif not resolved and (named or POSITION_WORDS.search(words) or BELOW.search(words) or ABOVE.search(words)):
            targets.update(scope)  # (fail closed: the words name a place not found exactly)
        elif not resolved:
            above = [k for k in order if portions[k].end <= start and k not in own]
            targets.update(above[-1:])
            targets.update([k for k in above if written_level(r, portions[k]) == old.level][-1:])
        said = f"a command '{r.text[start:end]}' re-marks it {new.banner()}"
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], said)
    return out
