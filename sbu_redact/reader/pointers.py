"""Exact targets of a statement that points at text by what the text says of itself (round 115).

The fail-closed fallback (`scope.py`) raises every portion a statement for other text could mean
when what it names cannot be found; `scope_exact.py` finds it when that is certain. These are three
more ways of pointing, each read only when it is certain (else the fallback stays):

- by the words the text opens with, quoted in any quotation marks (`unresolved_scope.opening_words`:
  "the paragraph you quoted below (starting "Per the liaison service") was Secret", "the bit
  beginning ‘Our read of’"): exactly one portion (the way it points) opens with those words, read
  past a quoted message's `>`, a bullet and a portion mark; with the unmarked portions right after it;
- an item or a row by the number in its first cell (`unresolved_scope.item_number`, "item 4", and the
  numbers `places_abroad` reads in the languages the rules have, "bod 4", "wiersz 3"), in an export
  whose rows open with their numbers and a cell separator (`4;(U) Ochrana Plus;...`): exactly one row
  carries that number, and two rows at least carry numbers, all different;
- pages by number (`unresolved_scope.page_numbers`: "pages 2-3", "หน้า 2-3", "strany 2 a 3"), read
  from the lines that head the pages (`structure.page_forms.heading`: `--- Police summary, page 2 ---`,
  `[Page 3 of 4]`): each page from its line to the next page's line (the last one to the end of the
  text); every page named has exactly one such line, and the pages are numbered in order. A file
  split by form feeds is `scope_exact.by_page`'s (this reads no form feed).

In each case the statement must name that and nothing else: every word of it that names other text
(`refers`, `refers_abroad`) lies inside what the pointer says, apart from the words that only say
which way it points (`back`, `ahead`), and no other document is named (`elsewhere`).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence

from ..document import Portion
from ..lazyre import compile_pattern
from .labelled import label_of, labelled_blocks
from .pages import page_map
from .portion_index import PortionIndex, blank_between
from .state import Reading

_QUOTE_PREFIX = compile_pattern(r"\n[ \t]*(?:>[ \t]?)+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "\u00a0": " "})
_CELL = compile_pattern(r"[ \t]*\|?[ \t]*(?P<number>\d{1,4})[ \t]*(?:[;,\t|])")
_SEPARATORS = compile_pattern(r"\d{1,3}")
_MAX_PAGES = 30


def pointed_target(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The positions in `ordered` (the portions in document order) of what the statement in
    `ordered[at]` points at by its opening words, its first cell's number or its pages' numbers,
    when that is certain (module docstring); None when it is not."""
    p = ordered[at]
    text = r.text
    if r.g.scope_opening_words.compiled.search(text, p.start, p.end) is not None:
        return by_opening_words(r, ordered, at)
    if r.g.scope_page_numbers.compiled.search(text, p.start, p.end) is not None and not page_map(r).has_feeds:
        pages = by_page_lines(r, ordered, at)
        if pages is not None:
            return pages
    if r.g.scope_figure_caption.compiled.search(text, p.start, p.end) is not None:
        figure = by_figure_mentions(r, ordered, at)
        if figure is not None:
            return figure
    topic = by_topic_abroad(r, ordered, at)
    if topic is not None:
        return topic
    labelled = by_kind_and_number(r, ordered, at)
    if labelled is not None:
        return labelled
    return by_first_cell(r, ordered, at)


def by_topic_abroad(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A paragraph named by its topic in another language (`unresolved_scope.topic_abroad`: "doan ve Cam Ranh
    la TOI MAT", "el párrafo sobre la visita es secreto"): the one other portion that holds every word of the
    topic (`holding_topic`), when the statement names it once and nothing else (`_only`)."""
    p = ordered[at]
    found = list(r.g.scope_topic_abroad.compiled.finditer(r.text, p.start, p.end))
    if len(found) != 1 or not _only(r, p, [found[0].span()]):
        return None
    # (a note on a line of its own under the paragraph it names, in its portion: that paragraph's own lines count)
    own = r.text.rfind("\n", p.body_start, found[0].start())
    return _holding_inflected(r, ordered, at, found[0].group("topic") or found[0].group("topic2"), own)


def by_figure_mentions(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A figure's caption named by its kind and number, with the paragraph that comments it
    (`unresolved_scope.figure_caption`, `figure_comment`: "la légende du schéma 3 et le paragraphe qui le
    commente", round 132): every other portion that names that figure by any kind word and its number
    (`figure_mention`: its caption, the paragraphs about it; a translation calls "schéma 3" `Diagram 3`), fail
    closed; when the statement names one figure and no other text, no other document; None when not."""
    p = ordered[at]
    text = r.text
    found = list(r.g.scope_figure_caption.compiled.finditer(text, p.start, p.end))
    if len({int(m.group("number")) for m in found}) != 1 or \
            r.g.scope_elsewhere.compiled.search(text, p.start, p.end) is not None:
        return None
    comment = [m.span() for m in r.g.scope_figure_comment.compiled.finditer(text, p.start, p.end)]
    spans = [m.span() for m in found] + comment
    for pattern in (r.g.scope_refers, r.g.scope_refers_abroad, r.g.scope_back, r.g.scope_ahead):
        for m in pattern.compiled.finditer(text, p.start, p.end):
            if not any(lo <= m.start() and m.end() <= hi for lo, hi in spans):
                return None  # (it names other text too: the fallback)
    n = int(found[0].group("number"))
    mention = r.g.scope_figure_mention.compiled
    chosen = {j for j, q in enumerate(ordered) if j != at
              and any(int(m.group("number")) == n for m in mention.finditer(text, q.body_start, q.end))}
    if comment and chosen:
        # (the paragraph that comments the figure need not name it again: "Comme le montre le plan, ..." under
        # `Schéma 3 : ...`; every portion from its first mention down to the statement, to the next figure's
        # caption; a statement above the figure: not certain, the fallback)
        if min(chosen) > at:
            return None
        for j in range(min(chosen), at):
            q = ordered[j]
            head = mention.match(text, q.body_start, q.end)
            if j not in chosen and head is not None and int(head.group("number")) != n:
                break
            chosen.add(j)
    return chosen or None


def by_kind_and_number(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A table (a kind of labelled block) named by its number or its ordinal in any language the rules hold
    (the `labelled` governing targets with a `kind` group: "tabela 2", "ikinci tablo", "the second table"):
    the portions a heading with that label opens, to the next heading of its kind (`labelled.labelled_blocks`),
    when the statement names that one and nothing else (`_only`); None when it is not certain."""
    p = ordered[at]
    found = [m for pattern, names in r.g.governing_targets if names == "labelled" and "kind" in pattern.groupindex
             for m in pattern.compiled.finditer(r.text, p.start, p.end)]
    if not found or len({label_of(m) for m in found}) != 1 or not _only(r, p, [(m.start(), m.end()) for m in found]):
        return None
    if any(names_its_row(r, m) for m in found):
        return None  # (a row of the table: `by_first_cell`, `scope_exact.by_row`, else the fallback)
    chosen = labelled_blocks(r, PortionIndex(ordered), at, found)
    return chosen or None


def names_its_row(r: Reading, table: re.Match[str]) -> bool:
    """Does the table `table` names name the table of a row named right beside it, by any name (`Table 2, row
    "Kherson depot"`, `the Kherson depot row of Table 2`, `entry 4 in table 2`: the table only says whose row it
    is, the row is what is named; the rules' `reader_words.row_after_table`, `row_before_table`)?"""
    text = r.text
    if r.g.row_after_table.match(text, table.end()) is not None:
        return True
    line = max(text.rfind("\n", 0, table.start()) + 1, table.start() - 60)
    return r.g.row_before_table.search(text[line:table.start()]) is not None


def _only(r: Reading, p: Portion, spans: list[tuple[int, int]], quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether portion `p` names no other text than what `spans` say (words that only point a way
    aside) and names no other document, and the sentences that hold them say nothing that makes
    them name more (`reader_words.names_more`: "and everything after it", "from page 2 on"; the words `quoted` aside)."""
    if r.g.scope_elsewhere.compiled.search(r.text, p.start, p.end) is not None:
        return False
    for lo, hi in spans:
        start, end = _sentence(r, p, lo, hi)
        for m in r.g.names_more.finditer(r.text, start, end):
            if not any(a <= m.start() < b for a, b in (*quoted, *spans)):
                return False
    ways = [(m.start(), m.end()) for pattern in (r.g.scope_back, r.g.scope_ahead)
            for m in pattern.compiled.finditer(r.text, p.start, p.end)]
    for pattern in (r.g.scope_refers, r.g.scope_refers_abroad):
        for m in pattern.compiled.finditer(r.text, p.start, p.end):
            if any(lo <= m.start() and m.end() <= hi for lo, hi in spans):
                continue
            if any(lo <= m.start() and m.end() <= hi for lo, hi in ways):
                continue  # (`below`, `above`: which way it points)
            return False
    return True


def _sentence(r: Reading, p: Portion, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of portion `p` that holds `lo:hi`."""
    start = max(p.start, *(r.text.rfind(c, p.start, lo) + 1 for c in ".!?;\n。"))
    ends = [e for e in (r.text.find(c, hi, p.end) for c in ".!?;\n。") if e >= 0]
    return start, min(ends) if ends else p.end


def _direction(r: Reading, p: Portion, spans: list[tuple[int, int]]) -> str | None:
    """`below`, `above` or None: the way the sentences holding `spans` point (None: both or neither)."""
    back = ahead = False
    for lo, hi in spans:
        start, end = _sentence(r, p, lo, hi)
        back = back or r.g.scope_back.compiled.search(r.text, start, end) is not None
        ahead = ahead or r.g.scope_ahead.compiled.search(r.text, start, end) is not None
    return None if back == ahead else "above" if back else "below"


def _with_unmarked_after(ordered: list[Portion], at: int, j: int) -> set[int]:
    """Portion `j` and the unmarked portions right after it, up to the next marked one or the statement."""
    chosen = {j}
    for i in range(j + 1, len(ordered)):
        if i == at or ordered[i].explicit:
            break
        chosen.add(i)
    return chosen


def _folded(text: str) -> str:
    return " ".join(text.translate(_FOLD).split()).casefold()


def by_opening_words(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The one portion that opens with the words the statement quotes (module docstring)."""
    p = ordered[at]
    found = list(r.g.scope_opening_words.compiled.finditer(r.text, p.start, p.end))
    quoted = [m.span(name) for m in found for name, w in m.groupdict().items() if w and name.startswith("w")]
    if not found or not _only(r, p, [(m.start(), m.end()) for m in found], quoted):
        return None
    direction = _direction(r, p, [(m.start(), m.end()) for m in found])
    chosen: set[int] = set()
    for m in found:
        words = next(w for name, w in m.groupdict().items() if w and name.startswith("w"))
        wanted = _folded(words).rstrip(".…,;: ")
        if len(wanted) < 3:
            return None
        hits = []
        for j, q in enumerate(ordered):
            if j == at or (direction == "below" and j < at) or (direction == "above" and j > at):
                continue
            body = r.text[q.start:min(q.end, q.body_start + len(words) * 2 + 80)]
            body = _QUOTE_PREFIX.sub(" ", "\n" + body)
            lead = r.g.pointer_lead.match(body)
            if _folded(body[lead.end() if lead else 0:]).startswith(wanted):
                hits.append(j)
        if len(hits) != 1:
            return None
        chosen |= _with_unmarked_after(ordered, at, hits[0])
    return chosen or None


def _numbers(r: Reading, p: Portion) -> tuple[set[int], list[tuple[int, int]]]:
    """The item or row numbers the statement in `p` names ("item 4", "bod 4"), and where."""
    numbers: set[int] = set()
    spans: list[tuple[int, int]] = []
    for m in r.g.scope_item_number.compiled.finditer(r.text, p.start, p.end):
        numbers.add(int(m.group("number")))
        spans.append((m.start(), m.end()))
    for pattern, kind, place in r.places_abroad():  # (those whose words the text holds)
        if place != "number" or kind == "page":
            continue
        for m in pattern.compiled.finditer(r.text, p.start, p.end):
            try:
                numbers.add(int(m.group("number")))
            except ValueError:
                return set(), []
            spans.append((m.start(), m.end()))
    return numbers, spans


def by_first_cell(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The one row whose first cell holds the number the statement names (module docstring)."""
    p = ordered[at]
    numbers, spans = _numbers(r, p)
    if len(numbers) != 1 or not _only(r, p, spans):
        return None
    return first_cell_row(r, ordered, at, numbers.pop())


def first_cell_row(r: Reading, ordered: list[Portion], at: int | None, n: int) -> set[int] | None:
    """The one row of `ordered` (but `at`, the statement's) whose first cell holds `n`, in an export whose
    rows open with their numbers, all different, two at least; with the unmarked lines under it that
    open no row of their own. None when that is not certain."""
    cells: dict[int, int] = {}
    for j, q in enumerate(ordered):
        if j == at:
            continue
        m = _CELL.match(r.text, q.start, q.end)
        if m is not None:
            number = int(m.group("number"))
            if number in cells:
                return None  # (two rows share a number: not certain)
            cells[number] = j
    if len(cells) < 2:
        return None
    if n not in cells:
        # (a row the reader ran into the portion above it, `4 | (U) Balaz ... \n5 | Simko ...`: the portion
        # that holds the line opening with that number, alone of all lines; round 120, fail closed)
        inner = _inner_row(r, ordered, at, n, set(cells.values()))
        if inner is None:
            return None
        cells[n] = inner
    # (with the unmarked lines under it that open no row of their own: its text run on)
    chosen = {cells[n]}
    numbered = set(cells.values())
    for i in range(cells[n] + 1, len(ordered)):
        if i == at or i in numbered or ordered[i].explicit:
            break
        chosen.add(i)
    return chosen


def _inner_row(r: Reading, ordered: list[Portion], at: int | None, n: int, rows: set[int]) -> int | None:
    """The one portion (not the statement's `at`) with a line inside it, not its first, that opens a row
    numbered `n` (`_CELL`); None when no line or more than one does, or when the number opens a portion's text."""
    found: set[int] = set()
    text = r.text
    for j, q in enumerate(ordered):
        if j == at:
            continue
        line = text.find("\n", q.start, q.end)
        while line >= 0:
            m = _CELL.match(text, line + 1, q.end)
            if m is not None and int(m.group("number")) == n:
                found.add(j)
            line = text.find("\n", line + 1, q.end)
    return found.pop() if len(found) == 1 else None


def _page_numbers(r: Reading, m: re.Match[str]) -> set[int] | None:
    written = m.group("numbers") or m.group("numbers_before") or ""
    out: set[int] = set()
    for pages in r.g.page_range.finditer(written):
        a, b = int(pages.group("first")), int(pages.group("last"))
        if not 0 < a <= b or b - a > _MAX_PAGES:
            return None
        out.update(range(a, b + 1))
    out.update(int(k) for k in _SEPARATORS.findall(written))
    return out or None


def by_page_lines(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The portions on the pages the statement names, read from the lines that head the pages
    (module docstring)."""
    p = ordered[at]
    found = list(r.g.scope_page_numbers.compiled.finditer(r.text, p.start, p.end))
    wanted: set[int] = set()
    for m in found:
        numbers = _page_numbers(r, m)
        if numbers is None:
            return None
        wanted |= numbers
    if not wanted or not _only(r, p, [(m.start(), m.end()) for m in found]):
        return None
    heads = page_map(r).head_lines  # (page number, where its line starts)
    text = r.text
    numbered = [n for n, _ in heads]
    if not heads or numbered != sorted(numbered) or len(set(numbered)) != len(numbered) or not wanted <= set(numbered):
        return None
    spans = [(start, heads[k + 1][1] if k + 1 < len(heads) else len(text)) for k, (n, start) in enumerate(heads)
             if n in wanted]
    direction = _direction(r, p, [(m.start(), m.end()) for m in found])
    if direction == "below" and any(lo < p.start for lo, _ in spans) or \
            direction == "above" and any(lo > p.start for lo, _ in spans):
        return None  # (it points one way, the pages stand the other: not these pages)
    chosen = {j for j, q in enumerate(ordered) if j != at and any(q.start < hi and q.end > lo for lo, hi in spans)}
    return chosen or None


# --- a paragraph named by its topic (`by_topic_abroad`; `scope_exact.by_topic` and its kin) ---

_TOPIC_STOP = frozenset({"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "at", "by", "from", "our",
                         "my", "your", "his", "her", "their", "its", "this", "that", "these", "those", "about"})
WORD = compile_pattern(r"[A-Za-z][A-Za-z'’\-]*|\d+")
# (`the para on the left`, `my para on Monday`, `the para on page 3`: a place or a time, not a topic)
_NOT_TOPICS = frozenset({"left", "right", "top", "bottom", "side", "page", "screen", "slide", "back", "front", "reverse",
                         "next", "last", "first", "end", "start", "beginning", "cover", "same", "following", "previous",
                         "above", "below", "margin", "it", "them", "one", "today", "yesterday", "tomorrow", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
                         "evening", "night", "week", "weekend", "line", "low", "high", "other", "there", "here"})


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = word[:-2] if word.endswith("'s") else word
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)] + ("y" if end == "ies" else "")
    return word


def _bare(word: str) -> str:
    """`word` in lower case with its diacritics taken off (`Temelínu` -> `temelinu`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _inflected(topic: str, word: str) -> bool:
    """Whether the folded `word` of a portion is the folded topic word `topic` of a note in another language, in
    another case of it (`temelinu` of `temelin`, `kopru` of `koper`, `lamu`): the same but for at most two
    letters at the end of each, after three in common or more, both of four letters or more."""
    if topic == word:
        return True
    n = len(os.path.commonprefix([topic, word]))
    return n >= 3 and min(len(topic), len(word)) >= 4 and len(topic) - n <= 2 and len(word) - n <= 2


_ANY_WORD = compile_pattern(r"[^\W\d_][^\W\d_'’\-]*")


def holding_topic(r: Reading, ordered: list[Portion], at: int, topic: str) -> set[int] | None:
    """The one portion other than `at` that holds every word of `topic` (and the unmarked portions
    that run on from it with no blank line), or None when the topic is no topic (too many words,
    stop words only, a word that is no topic) or no portion or more than one holds it (a topic of a
    note in another language: `_holding_inflected`)."""
    written = [w for w in WORD.findall(topic) if w.lower() not in _TOPIC_STOP]
    words = {_stem(w) for w in written}
    if not words or len(words) > 6 or not any(len(w) >= 3 and w.isalpha() and (len(w) >= 4 or w[:1].isupper())
                                              for w in written) or any(
            w.lower() in _NOT_TOPICS or _stem(w) in _NOT_TOPICS for w in written):
        return None
    found = [j for j, q in enumerate(ordered) if j != at
             and words <= {_stem(w) for w in WORD.findall(r.text[q.body_start:q.end])}]
    return _running_on(r, ordered, at, found)


def _holding_inflected(r: Reading, ordered: list[Portion], at: int, topic: str, own: int) -> set[int] | None:
    """`holding_topic` of a topic named in another language, read in any letters, its words matched in another
    case (`_inflected`: "odstavec o Temelínu" of `Temelin`, "del o Kopru" of `Koper`, round 128);
    the statement's own portion up to `own` (the start of the note's line; -1: none) is one of the portions."""
    written = [w for w in _ANY_WORD.findall(topic) if w.lower() not in _TOPIC_STOP
               and (len(w) > 2 or w[:1].isupper())]  # (a short word in lower case names no topic in any language:
    # `de`, `da`, `ya` of "porto de Nacala", "bandari ya Tanga", round 131)
    words = {_bare(w) for w in written}
    if not words or len(words) > 6 or not any(len(w) >= 4 or w[:1].isupper() for w in written) or any(
            w.lower() in _NOT_TOPICS or _stem(w) in _NOT_TOPICS for w in written):
        return None
    found = []
    for j, q in enumerate(ordered):
        if j == at and own <= q.body_start:
            continue
        held = {_bare(w) for w in _ANY_WORD.findall(r.text, q.body_start, own if j == at else q.end)}
        if all(any(_inflected(w, v) for v in held) for w in words):
            found.append(j)
    return _running_on(r, ordered, at, found)


def _running_on(r: Reading, ordered: list[Portion], at: int, found: list[int]) -> set[int] | None:
    """The one portion `found` names and the unmarked portions that run on from it with no blank line;
    None when `found` holds none or more than one."""
    if len(found) != 1:
        return None
    j = found[0]
    chosen = {j}
    for i in range(j + 1, len(ordered)):
        if i == at or ordered[i].explicit or blank_between(r.text, ordered[i - 1], ordered[i]):
            break
        chosen.add(i)
    return chosen
