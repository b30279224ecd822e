"""The parts a review record names by a HEADING's span or by ITEM letters, and a record written over several lines
(fix51e, round 198, issue 8).

A TSV worksheet's row `heading "Fuel Reserves" and all text under it, to the next heading<TAB>deny<TAB>SECRET`
(adv198-009), an XML Vaughn entry `<entry location="Exhibit E, items (b) through (d)" exemption="(b)(1)"` whose
`justification="CONFIDENTIAL ..."/>` is on the next line (adv198-013), a JSON re-marking notice `{"target": "endnote 6",
"old_marking": "U", "new_marking": "S//NF",` over a printed copy marked (U) (adv198-003): the record named its part in
words `record_targets` did not read, or stated its level on another line of the same record, and the part went out
at every level.

- `record_units`: a record's lines taken together (a JSON object or XML element whose brackets stay open over the line's
  end, a YAML list item with its more indented lines), besides each line alone as before: only more is read.
- `new_marking`: a record's new mark under a key (`"new_marking": "S//NF"`, `new level: SECRET`; the keys are
  rules/record_words.yaml `change_records`' new keys and key suffixes): a decision that keeps a level.
- `heading_span`: a heading (a short line with no sentence end) whose title the record names beside a heading word
  (rules/record_words.yaml `record_targets.heading_words`: `heading`, `headed`, `titled`, `section`), with the portions
  under it to the next heading of the same shape (its mark before, after or absent; in capitals or not) or to a heading
  another record line names, else to the end (fail closed). None when the line names no such heading (the line is read
  as before).
- `items_named`: the portions a record names as items by letter or number (`items (b) through (d)`, `items a and e`,
  `subparagraphs 2-4`), inside the block it names when that block's heading line is found (`Exhibit E` up to the next
  `Exhibit`), else anywhere; None when the line names none or one of them is not found (the line is then read as
  before).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .governing import stated_marking
from .rule_words import alternatives, made_once
from .state import Reading

_LINE = re.compile(r"[^\n\r\x85\u2028\u2029]+")
_OPENERS, _CLOSERS = "{[", "}]"
_MOST_LINES = 8
# a portion mark or a marking in capitals, as a record's value
_VALUE = (r"(?P<mark>\(?(?:TS|S|C)(?://[A-Z][A-Z0-9 ,/\-]{0,40}?)?\)?|(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL)"
          r"(?:[ \t]*//[ \t]*[A-Z][A-Z0-9 ,/\-]{0,40}?)?)")
# what ends a heading's title: its mark, a Markdown heading's signs, a number before it, a colon after it
_MARK_IN_LINE = re.compile(r"\([A-Z][A-Z/ ,\-]{0,40}\)")
_HEAD_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)][ \t]+)?")


class _Patterns:
    def __init__(self, g: object):
        words = g.record_words  # type: ignore[attr-defined]
        change, targets = words["change_records"], words["record_targets"]
        self.new_key = re.compile(r"(?i:\b(?:" + alternatives(change["new_keys"]) + r")(?:[_\- ]?(?:"
                                  + alternatives(change["key_suffixes"]) + r"))?\b)[\"']?[ \t]*[:=][ \t]*[\"']?(?-i:"
                                  + _VALUE + r")(?![\w/])")
        self.heading_word = re.compile(r"(?i)\b(?:" + alternatives(targets["heading_words"]) + r")\b")
        self.item = re.compile(r"(?i)\b(?:" + alternatives(targets["item_words"]) + r")[ \t]*(?P<list>"
                               r"(?:\(?(?:[a-z]|\d{1,2})\)?)(?:[ \t]*(?:,|&|-|–|—|\b(?:" + alternatives(targets["item_joiners"])
                               + r")\b)[ \t]*\(?(?:[a-z]|\d{1,2})\)?(?![\w]))*)(?![\w(])")
        self.range_word = re.compile(r"(?i)-|–|—|\b(?:" + alternatives(targets["item_ranges"]) + r")\b")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "record_parts", _Patterns)


def record_units(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """The spans of the records of `start:end` written over more than one line: a line whose `{` or `[` stays open (a
    JSON object), or whose XML tag stays open (`<entry ...` without its `>`), with the lines up to where it closes
    (within `_MOST_LINES` lines: a bracket open longer is a whole file's, not a record's); an XML element's opening tag
    alone on its line, up to its closing tag; a YAML list item (`- target: ...`) with its more indented lines. Each
    starts in `start:end` and may run on to `limit` (a record's later lines, a level on a line of its own, may be read
    as portions or evidence of their own). A record holding another is not one (a JSON array of objects, a file's
    root element): its records are."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, limit)]
    out: list[tuple[int, int]] = []
    for i, (lo, hi) in enumerate(lines):
        if lo >= end:
            break
        body = text[lo:hi]
        depth = sum(body.count(c) for c in _OPENERS) - sum(body.count(c) for c in _CLOSERS)
        tag = body.rfind("<") > body.rfind(">")
        if depth > 0 or tag:
            j = i
            while (depth > 0 or tag) and j + 1 < len(lines) and j - i < _MOST_LINES:
                j += 1
                nxt = text[lines[j][0]:lines[j][1]]
                depth += sum(nxt.count(c) for c in _OPENERS) - sum(nxt.count(c) for c in _CLOSERS)
                if tag and nxt.rfind(">") > nxt.rfind("<"):
                    tag = False
            if depth <= 0 and not tag and j > i:
                out.append((lo, lines[j][1]))
            continue
        opened = re.fullmatch(r"[ \t]*<(?P<name>[A-Za-z][\w.\-]{0,40})(?:[ \t][^<>]*)?>[ \t]*", body)
        if opened is not None:  # (an XML element whose children are on the next lines: up to its closing tag)
            close = re.compile(rf"</{re.escape(opened.group('name'))}[ \t]*>")
            shut = next((k for k in range(i + 1, min(len(lines), i + 1 + _MOST_LINES))
                         if close.search(text, lines[k][0], lines[k][1])), None)
            if shut is not None:
                out.append((lo, lines[shut][1]))
            continue
        if re.match(r"[ \t]*-[ \t]+\S", body) is None:
            continue
        indent = len(body) - len(body.lstrip(" \t"))
        j = i
        while j + 1 < len(lines) and j - i < _MOST_LINES:
            nxt = text[lines[j + 1][0]:lines[j + 1][1]]
            if not nxt.strip() or len(nxt) - len(nxt.lstrip(" \t")) <= indent:
                break
            j += 1
        if j > i:
            out.append((lo, lines[j][1]))
    return [(lo, hi) for lo, hi in out if not any(lo <= a and b <= hi and (a, b) != (lo, hi) for a, b in out)]


def new_marking(r: Reading, line: str) -> Marking | None:
    """The highest mark a record gives its part under a NEW key (`"new_marking": "S//NF"`, `revised: C`), above the
    lowest level; None where it gives none."""
    found: list[Marking] = []
    for m in _patterns(r).new_key.finditer(line):
        inner = m.group("mark").strip("() \t")
        short = inner.split("//")[0].strip() in ("TS", "S", "C")
        marking = stated_marking(r, f"({inner})" if short else inner)
        if marking is not None and marking.valid and marking.rank > 0:
            found.append(marking)
    return r.g.rollup(found) if found else None


def _title(text: str) -> str:
    """A heading line's title: without its mark, a Markdown heading's signs, a number before it, a colon after it."""
    first = text.strip().split("\n")[0].split("\r")[0]
    first = _MARK_IN_LINE.sub(" ", first)
    first = _HEAD_MARKUP.sub("", first)
    return " ".join(first.strip(" \t:#-*_=").split())


def _heading_shape(text: str) -> tuple[str, bool] | None:
    """Where a heading line's mark stands (`before`, `after`, `none`) and whether it is written in capitals; None where
    the line is no heading (more than ten words, a sentence end, or more than one line)."""
    body = text.strip()
    if not body or "\n" in body or "\r" in body or len(body) > 100:
        return None
    title = _title(body)
    if not title or len(title.split()) > 10 or re.search(r"[.;,!?]$", title) or not (title[0].isupper() or title[0].isdigit()):
        return None
    stripped = _HEAD_MARKUP.sub("", body)
    where = "before" if _MARK_IN_LINE.match(stripped) else "after" if _MARK_IN_LINE.search(body) else "none"
    letters = [c for c in title if c.isalpha()]
    return where, bool(letters) and all(c.isupper() for c in letters)


def heading_span(r: Reading, portions: list[Portion], own: int, line: str, named: list[str]) -> list[int] | None:
    """The portions of every heading the record `line` names by its title (module docstring), with the portions under
    each up to the next heading of its shape or one of `named` (titles other record lines name); None where it names no
    heading found."""
    if _patterns(r).heading_word.search(line) is None:
        return None
    text = r.text
    folded = " ".join(line.casefold().split())
    chosen: list[int] = []
    for k, p in enumerate(portions):
        if k == own:
            continue
        shape = _heading_shape(text[p.start:p.end])
        title = _title(text[p.start:p.end]) if shape is not None else ""
        if len(title) < 4 or not any(_beside_heading_word(r, folded, m) for m in
                                     re.finditer(rf"(?<![\w]){re.escape(title.casefold())}(?![\w])", folded)):
            continue
        chosen.append(k)
        for j in range(k + 1, len(portions)):
            if j == own:
                continue
            body = text[portions[j].start:portions[j].end]
            other = _heading_shape(body)
            if other is not None and (other == shape or _title(body).casefold() in named):
                break
            chosen.append(j)
    return sorted(set(chosen)) if chosen else None


def _beside_heading_word(r: Reading, line: str, m: re.Match[str]) -> bool:
    """Whether the title `m` of the record `line` stands right after a heading word (`heading "X"`, `the section headed
    X`, `the part titled 'X'`: within 40 characters before it) or right before one (`the "X" section`), not only in the
    same line (`Exhibit 4 Table 1 title` names a table's title, not the heading `EXHIBIT 4`)."""
    word = _patterns(r).heading_word
    after = word.match(line, m.end() + len(line[m.end():]) - len(line[m.end():].lstrip("\"'”’ \t")))
    return any(not _in_tag(line, w.start()) for w in word.finditer(line, max(0, m.start() - 40), m.start())) \
        or (after is not None and not _in_tag(line, after.start()))


def _in_tag(line: str, at: int) -> bool:
    """Whether the word at `at` is a markup tag's name (`<title>`, `</section>`), not a word of the record."""
    return line[max(0, at - 2):at].endswith(("<", "</"))


def heading_titles(r: Reading, lines: list[str]) -> list[str]:
    """The titles (folded) of the headings record `lines` name beside a heading word: where another heading's section
    ends."""
    titles: list[str] = []
    for line in lines:
        if _patterns(r).heading_word.search(line) is None:
            continue
        titles += [" ".join(q.casefold().split()) for q in re.findall(r"[\"“‘]([^\"”’\n]{4,80})[\"”’]", line)]
    return titles


def _item_names(r: Reading, listed: str) -> list[str]:
    """The letters or numbers of an item list (`(b) through (d)` -> b, c, d; `a and e` -> a, e)."""
    tokens = re.findall(r"([A-Za-z]{2,}|-|–|—)|\(?([A-Za-z]|\d{1,2})\)?", listed)
    names: list[str] = []
    ranged = False
    for joiner, name in tokens:
        if joiner:
            ranged = _patterns(r).range_word.fullmatch(joiner) is not None
            continue
        name = name.lower()
        if ranged and names:
            a, b = names[-1], name
            if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 30:
                names += [str(n) for n in range(int(a) + 1, int(b) + 1)]
            elif a.isalpha() and b.isalpha() and 0 < ord(b) - ord(a) <= 25:
                names += [chr(c) for c in range(ord(a) + 1, ord(b) + 1)]
            else:
                names.append(name)
        else:
            names.append(name)
        ranged = False
    return list(dict.fromkeys(names))


_ITEM_OPEN = r"[ \t]*(?:<[^>\n]{1,40}>[ \t]*)*[\"'|>\-*\u2022 \t]*(?:\(%s\)|%s[.)])[ \t]"


def items_named(r: Reading, portions: list[Portion], candidates: list[int], line: str,
                block: re.Match[str] | None, own: tuple[int, int]) -> list[int] | None:
    """The candidates the record `line` names as items (module docstring), or None where it names none or one of them
    is not found. The block's heading is looked for outside the record's own text `own`."""
    names: list[str] = []
    for m in _patterns(r).item.finditer(line):
        listed = _item_names(r, m.group("list"))
        if len(listed) == 1 and listed[0].isalpha() and "(" not in m.group("list"):
            continue  # (a lone bare letter: `entry n="1"`, `item a` of prose)
        names += listed
    if not names:
        return None
    text = r.text
    lo, hi = 0, len(text)
    if block is not None:
        kind = re.escape(block.group("kind").rstrip(".sS")[:4])
        head = re.compile(rf"(?im)^[ \t]*(?:<[^>\n]{{1,40}}>[ \t]*)*{kind}\w*\.?[ \t]+{re.escape(block.group('label'))}(?![\w])")
        found = next((h for h in head.finditer(text) if not own[0] <= h.start() < own[1]), None)
        if found is not None:
            lo = found.start()
            nxt = next((h for h in re.compile(rf"(?im)^[ \t]*(?:<[^>\n]{{1,40}}>[ \t]*)*{kind}\w*\.?[ \t]+\w").finditer(
                text, found.end()) if not own[0] <= h.start() < own[1]), None)
            hi = nxt.start() if nxt is not None else len(text)
    chosen: list[int] = []
    for name in dict.fromkeys(names):
        opening = re.compile(_ITEM_OPEN % (re.escape(name), re.escape(name)), re.IGNORECASE)
        got = [k for k in candidates if lo <= portions[k].start < hi
               and opening.match(text, text.rfind("\n", 0, portions[k].start) + 1 if portions[k].start > 0 else 0,
                                 portions[k].end) is not None]
        if not got:
            return None  # (an item not found: the line is read as before; no blunt raise of every part)
        chosen += got
    return sorted(set(chosen))
