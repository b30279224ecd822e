"""Exact targets for the fail-closed fallback (`scope.py`): a statement for other text that
governing statements (`governing.py`) did not read, but that names its target so plainly that
the target is certain. The fallback then raises that target (and the statement's own portion, as
it would), not every portion the statement could mean.

Resolved here, only when nothing else could be meant (else the fallback stays). The statement's
portion names other text only by `para`, `paragraph`, `bullet` or `item` (or `this message`, its
own; and `below` or `above`, read in the sentence that names it), one target and one way only;
nothing says the target is another document's (`of`/`in`/`from` after it, `its`/`your`/`reftel`
before it, a reference in its sentence, `>` quoting):

- a numbered paragraph or item (`para 4 carries the wrong marking; it should be (C)`, `UPGRADE
  PARA 3 TO CONFIDENTIAL`, `bullet 3 below`): exactly one portion is numbered N (by the number the
  reader read, else by the number opening its text after its mark, `(U) 3. ...`), no two portions
  share a number, and all numbered portions are in one message (a reply names the paragraphs of
  the message it quotes when that one alone has numbers). With its sub-items.
- a paragraph or item by its place (`2nd para`, `the third paragraph`, `the last bullet`, `para
  3` where no portion has a number), in a document that quotes no message: counted over the
  marked portions of that kind in the region it points at (below it, above it, else all but the
  statement), when every other portion of that kind there is marked (an unmarked paragraph only a
  heading, `MEMORANDUM`). With the unmarked portions right after it.
- paragraphs or items by a count (`the last two bullets`, `the two paragraphs below`, `the next
  three items`): the first or last N of that kind where it points, in its own message, when they
  are told apart for certain (list items of one unbroken list; paragraphs marked or set apart by
  blank lines). With the unmarked portions after the last of them when it ends the list.
- a paragraph by its opening words in quotation marks (`the para starting "Our read of the"`):
  exactly one portion (in the way it points) opens with them. With the unmarked portions right
  after it.

And, each only when certain (round 58's helper; every other case keeps the fallback):

- a numbered paragraph naming itself (`2. ... Paragraph 2 remains SECRET until ...`), numbers in
  words (`PARA SIX`), `THAT PARA 4` as a conjunction, a list or a range (`paragraphs 5-6`,
  `except paragraphs 3 and 4`: each exactly as `para 3`), a list labelled in words (`Item 2 (two
  pages):`, `by_numbers`, `_numbered`);
- a lettered sub-item (`item 3(b)`, `para 4.b`, `paragraph 2.b.(ii)`: within the numbered
  paragraph, from the line that opens with the label to the line that opens with the next; else
  the whole paragraph), a letter alone of a lettered list (`bullet c`, `bullets (d) and (e)`,
  `by_subitem`);
- a labelled section, tab, annex, appendix, attachment, enclosure, part or chapter (`Section 3 of
  this paper`, `Tab B`, `Annex II`): every stretch a line opening with that kind and label opens,
  to the next heading of that kind set apart by a blank line; `the annex below` when one line
  only opens with that kind (`by_heading`);
- a paragraph by its topic (`the para about the Tanaka visit`, `the para on the Marib tribes`,
  `the COA 2 paragraph`): exactly one other portion holds every word of it (`by_topic`);
- a paragraph of the one message a reply quotes, by its place (`your 2nd para`, `the 2nd para of
  my earlier note`), counted over its marked paragraphs (`in_reply`);
- a table row by a cell's text (`Lagos row`, `row "Kherson depot"`, `the Varga entry`: exactly one
  other portion holds it, `by_row`);
- pages across form feeds (`pages 3-4`), in a document numbered on every page (`by_page`);
- the page right after the statement's, in a file split by form feeds (`Tab C, on the following
  page, reproduces ...`, `Appendix D overleaf`): `page_refs.next_page_target`;
- chat messages by pointing (`^`, `that last msg`, `your 09:16 msgs`, `between 14:02 and 14:10`,
  `by_chat`).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from ..document import Portion
from ..lazyre import compile_pattern
from ..prefilter import finditer_at_heads
from .governing import QUOTED_HEADER, subitems
from .ordinal_labels import LABEL_KINDS, labelled_ordinal, ordinal_pointer
from .labelled import closing_line
from .page_refs import next_page_target
from .pages import page_map
from .pointers import WORD, holding_topic
from .portion_index import blank_between
from .sentence_blocks import sentence_goes_on
from .state import Reading

_REF = compile_pattern(
    r"(?i)\b(?:(?P<kind>para(?:graph)?|bullet|item|point)\.?[ \t]*(?:(?:no\.|number|#)[ \t]*)?(?P<number>\d{1,3}\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w\-]))"
    r"|(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|[4-9]th|10th)"
    r"[ \t]+(?P<okind>para(?:graph)?|bullet|item|point)\b)|¶[ \t]*(?P<pilcrow>\d{1,3})\b")
_REF_WORD = compile_pattern(r"(?i)\b(?:para(?:graph)?|bullet|item|point)s?\b|¶")
_OPENING_REF = compile_pattern(
    r"(?i)\b(?:para(?:graph)?|bullet|item|point|entry|line|one)[ \t]+(?:that[ \t]+|which[ \t]+)?(?:starting|beginning|"
    r"starts|begins|opening|opens)[ \t]+(?:with[ \t]+)?(?:the[ \t]+words[ \t]+)?[\"“'‘](?P<words>[^\"“”'‘’\n]{3,80}?)"
    r"(?:\.\.\.|…)?[\"”'’]")
_REF_AFTER = compile_pattern(r"(?i)(?:[.\-\u2013]\d|[ \t]*(?:[,&/\-\u2013]|\band\b|\bor\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*\(?"
                             r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
                             r"|[ \t]*\(?[a-z]\)|[ \t]*,?[ \t]*(?:of|in|from|on|at)\b)")
_REF_BEFORE = compile_pattern(r"(?i)\b(?:its|their|his|her|your|my|our|that|same|reftel|ref|cable|memo|message|"
                              r"e-?mail|letter|note|doc(?:ument)?|report|version|draft|[a-z]+'s|second[ \t\-]+to)[ \t\-]*$")
_QUOTE_LINE = compile_pattern(r"(?m)^[ \t]*>")
_LABEL = compile_pattern(r"[ \t]*[(\[]?(\d{1,2})[.)\]][ \t]")
_WORD_LABEL = compile_pattern(r"(?i)[ \t]*(?:item|para(?:graph)?|point|bullet|entry)[ \t]+(\d{1,2})[ \t]*(?:[(:.\-\u2013\u2014]|$)")
_NAMES = frozenset({"para", "paragraph", "bullet", "item"})
_DIRECTIONS = frozenset({"below", "above"})
_COUNTED_NAMES = frozenset({"paragraphs", "paras", "bullets", "items"})
_COUNT_REF = compile_pattern(
    r"(?i)\b(?:(?P<edge>last|final|first|top|next|following|preceding|previous)[ \t]+)?(?P<count>two|three|four|five|[2-5])"
    r"[ \t]+(?P<kind>para(?:graph)?s|bullets|items)\b(?P<direction>[ \t]+(?:below|above))?")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_EDGES = {"last": ("last", None), "final": ("last", None), "first": ("first", None), "top": ("first", None),
          "next": ("first", "below"), "following": ("first", "below"), "preceding": ("last", "above"),
          "previous": ("last", "above")}
_THIS = compile_pattern(r"(?i)\bthis[ \t]+$")
_BLANK_BEFORE = compile_pattern(r"\n[ \t]*\r?\n[ \t]*\Z")


def exact_target(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """The positions in `ordered` (the portions in document order) of what the statement in
    `ordered[at]` names, when that is certain (module docstring); None when it is not."""
    p = ordered[at]
    bracketed = by_brackets(r, ordered, at)
    if bracketed is not None:
        return bracketed
    if r.g.scope_places_abroad:
        placed = by_place_abroad(r, ordered, at)
        if placed is not None:
            return placed
    if set(refers) <= {"no text named", "everything", "message", "messages"}:
        chat = by_chat(r, ordered, at)
        if chat is not None or set(refers) - {"no text named"}:
            return chat
        return by_bit_topic(r, ordered, at)
    if set(refers) <= _BIT_NAMES:
        bit = by_bit_topic(r, ordered, at)
        if bit is not None:
            return bit
    refers = [w for w in refers if not _only_itself(r, p, w)]
    following = by_next(r, ordered, at)
    if following is not None:
        return following
    adjacent = by_adjacent(r, ordered, at)
    if adjacent is not None:
        return adjacent
    if page_map(r).has_feeds:  # (`Tab C, on the following page, ...`: `page_refs`)
        page = next_page_target(r, ordered, at, refers)
        if page is not None:
            return page
    if refers and set(refers) <= _NAMES | _COUNTED_NAMES | _DIRECTIONS:
        sub = by_subitem(r, ordered, at)
        if sub is not None:
            return sub
        listed = by_numbers(r, ordered, at)
        if listed is not None:
            return listed
    if refers and set(refers) <= _NAMES | {"earlier", "previous", "below"} and not r.holds(_QUOTE_LINE):
        found_refs = list(_REF.finditer(r.text, p.start, p.end))
        if len(found_refs) == 1:  # (`your 2nd para`, `para 4 of my 0900`: the quoted message's)
            quoted = in_reply(r, ordered, at, found_refs[0])
            if quoted is not None:
                return quoted
    if set(refers) & _COUNTED_NAMES and set(refers) <= _COUNTED_NAMES | _DIRECTIONS:
        return _by_count(r, ordered, at)
    if set(refers) & _HEADING_ANY:
        return by_heading(r, ordered, at, refers)
    if set(refers) & _ROW_NAMES:
        return by_row(r, ordered, at, refers)
    if set(refers) & {"page", "pages"}:
        return by_page(r, ordered, at, refers)
    if not refers or not set(refers) <= _NAMES | _DIRECTIONS or not set(refers) & _NAMES:
        return None
    if r.holds(_QUOTE_LINE):
        return None  # (`>` quoting: what a paragraph of the quoted text is cannot be told from the portions)
    opening = list(_OPENING_REF.finditer(r.text, p.start, p.end))
    refs = opening or list(_REF.finditer(r.text, p.start, p.end))
    if not refs:
        return by_topic(r, ordered, at)
    # (the way it points is read in the sentences, or what follows a colon, that name it: "Heads up
    # before this goes up the line: the remark in para 2 ..." does not point above)
    sentences = [_sentence(r.text, m.start(), m.end(), p.start, p.end, ".!?;:\n") for m in refs]
    back = any(r.g.scope_back.compiled.search(r.text, lo, hi) is not None for lo, hi in sentences)
    ahead = any(r.g.scope_ahead.compiled.search(r.text, lo, hi) is not None for lo, hi in sentences)
    if back and ahead:
        return None
    direction = "above" if back else "below" if ahead else None
    if opening:
        return _by_opening(r, ordered, at, opening, direction)
    if len({_key(r, m) for m in refs}) != 1:
        return None
    if sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != len(refs):
        return None  # ("the para on the tender" beside "para 3": which one it means is not certain)
    for m in refs:
        if _REF_AFTER.match(r.text, m.end()) is not None:
            return None  # `para 4 of my 0900`, `para 3 and 4`, `para 3(b)`, `para 2.4`
        before = _REF_BEFORE.search(r.text, max(p.start, m.start() - 40), m.start())
        if before is not None and not (m.group("number") and before.group(0).strip().lower() == "that"):
            return None  # `its paragraph 4`, `reftel para 2`, `your 2nd para` (`STRESS THAT PARA 4`: a conjunction)
        lo, hi = _sentence(r.text, m.start(), m.end(), p.start, p.end)
        if r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None:
            return None  # ("In reftel, para 2 ...": another document's; a reference in another sentence is not)
    kind, n, counted = _key(r, refs[0])
    if not counted:
        found = _numbered(r, ordered, at, n, direction)
        if found is not None:
            return found
        if any(q.number is not None or _LABEL.match(r.text, q.body_start, q.end) for q in ordered):
            return None  # (numbers that do not name it exactly: another document's numbering, maybe)
    return _counted(r, ordered, at, kind, n, direction)


_BRACKET_TOKENS = {"square": compile_pattern(r"[\[\]]"), "angle": compile_pattern(r"<<|>>|[«»]"),
                   "brace": compile_pattern(r"\{\{|\}\}")}
_BRACKET_OPENS = frozenset({"[", "<<", "«", "{{"})
# (the kind a legend shows, by its name or its signs: `[square brackets]`, `<< >>`, `double braces`)
_BRACKET_SHOWN = {"square": compile_pattern(r"(?i)\[|\bsquare\b"), "angle": compile_pattern(r"(?i)<<|«|\bangle\b"),
                  "brace": compile_pattern(r"(?i)\{\{|\bbraces\b")}
_OTHER_BRACKETS = ("{", "}", "«", "»", "<<", ">>", "〔", "【", "⟦")


def by_brackets(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """Every portion that holds text between brackets of the kind a legend in the statement's own
    portion names (`text in [square brackets] is SECRET//NOFORN`, `BRACKETED TEXT IS CLASSIFIED`,
    `anything inside double angle brackets << >>`: `unresolved_scope.brackets`), with the
    statement's own portion; None unless certain: one kind of bracket named, no word that turns
    the legend round or names more (`except`, `outside`, `the rest`: `brackets_except`; a
    paragraph, a section: `refers`, except the way it points), the kind shown (`square`, `[ ]`:
    `the bracketed bit` alone may mean braces), for square brackets no brace or guillemet anywhere
    in the document (an OCR copy may transcribe one as the other), no `>` quoting, every bracket of
    that kind in the document closed in order, and bracketed text outside the statement's portion.
    (A bracketed span inside a longer portion raises all of that portion: fail closed.)"""
    p = ordered[at]
    legend = r.g.scope_brackets.compiled
    hits = list(legend.finditer(r.text, p.start, p.end))
    if not hits or len({h.lastgroup for h in hits}) != 1 or \
            r.g.scope_brackets_except.compiled.search(r.text, p.start, p.end) is not None or r.holds(_QUOTE_LINE):
        return None
    kind = str(hits[0].lastgroup)
    if not any(_BRACKET_SHOWN[kind].search(h.group(0)) for h in hits):
        return None  # (`the bracketed bit` alone: people call braces and parentheses brackets too)
    if kind == "square" and any(sign in r.text for sign in _OTHER_BRACKETS):
        return None  # (text in braces or guillemets may be what `[square brackets]` means, transcribed)
    named = [(h.start(), h.end()) for h in hits]
    for pattern in (r.g.scope_refers.compiled, r.g.scope_refers_abroad.compiled):
        for m in pattern.finditer(r.text, p.start, p.end):
            if not any(s <= m.start() < e for s, e in named) and m.group(0).lower() not in _DIRECTIONS | {"following"}:
                return None  # (`the text in brackets and para 4`: more than the brackets)
    spans = []
    depth = 0
    opened = 0
    for m in _BRACKET_TOKENS[kind].finditer(r.text):
        if m.group(0) in _BRACKET_OPENS:
            if depth == 0:
                opened = m.start()
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return None  # (a bracket closed that was never opened: which text it marks is not certain)
            if depth == 0:
                spans.append((opened, m.end()))
    if depth:
        return None
    starts = [q.start for q in ordered]
    chosen = {at}
    for lo, hi in spans:
        j = max(bisect_right(starts, lo) - 1, 0)
        while j < len(ordered) and ordered[j].start < hi:
            if ordered[j].end > lo:
                chosen.add(j)
            j += 1
    return chosen if len(chosen) > 1 else None


def _key(r: Reading, m: re.Match[str]) -> tuple[str, int, bool]:
    """What a reference names: its kind (`paragraph`, `item`), its number, and whether that is a
    count (an ordinal: `2nd para`, `the last bullet`) rather than a label. An ordinal in words is the rules'
    (markings.yaml `governing_statements.ordinals`: `last` is -1); `2nd`, `10th` are their digits."""
    if m.group("pilcrow"):
        return "paragraph", int(m.group("pilcrow")), False
    if m.group("ordinal"):
        kind = m.group("okind").lower()
        ordinal = m.group("ordinal").lower()
        return ("paragraph" if kind.startswith("para") else "item"), int(ordinal[:-2]) if ordinal[:-2].isdigit() \
            else r.g.vocabulary.governing_statements.ordinals.get(ordinal, 0), True
    kind = m.group("kind").lower()
    number = m.group("number").lower()  # (`PARA SIX`: a number in words)
    return ("paragraph" if kind.startswith("para") else "item"), _NUMBER_WORDS.get(number) or int(number), False


def _in_direction(ordered: list[Portion], at: int, j: int, direction: str | None) -> bool:
    return direction is None or (j > at if direction == "below" else j < at)


def _numbered(r: Reading, ordered: list[Portion], at: int, n: int, direction: str | None) -> set[int] | None:
    """A paragraph (or item) numbered `n`: by the number the reader read, else by the number that
    opens its text after its mark (`(U) 3. Only two ...`); exactly one portion of one message
    carries it, and no two portions share a number."""
    labels = {j: q.number for j, q in enumerate(ordered) if q.number is not None}
    read = bool(labels)
    if not read:
        for j, q in enumerate(ordered):
            label = _LABEL.match(r.text, q.body_start, q.end)
            if label is not None:
                labels[j] = int(label.group(1))
    if not labels:
        # a list labelled in words (`Item 1 (one page): ...`, `Item 2 (U) ...`): two portions or more
        # open with the word and a number before a separator; the statement is none of them
        worded = {j: int(m.group(1)) for j, q in enumerate(ordered) if j != at
                  for m in [_WORD_LABEL.match(r.text, q.start, q.end)] if m is not None}
        if len(worded) >= 2:
            labels = worded
    if not labels or len(set(labels.values())) != len(labels):
        return None
    # one message only holds numbered paragraphs (a reply over the message it quotes names the
    # quoted message's paragraphs when that one alone has numbers)
    starts = sorted({0, *(h.start() for h in r.matches(QUOTED_HEADER)),
                     *(h.start() for h in r.matches(r.g.quoted_message_start.compiled))})
    if len({bisect_right(starts, ordered[j].start) for j in labels}) != 1:
        return None
    found = [j for j, number in labels.items() if number == n]
    if len(found) == 1 and found[0] == at and direction is None:
        # ("2. Both sides agreed ... Paragraph 2 remains SECRET until ...": its own paragraph, by its number)
        return {at, *subitems(r.text, ordered, {at})} if read else _with_unmarked_after(ordered, -1, at, set(labels))
    if len(found) != 1 or found[0] == at or not _in_direction(ordered, at, found[0], direction):
        return None
    if read:
        return {found[0], *subitems(r.text, ordered, {found[0]})} - {at}
    return _with_unmarked_after(ordered, at, found[0], set(labels))


def _with_unmarked_after(ordered: list[Portion], at: int, j: int, stops: set[int]) -> set[int]:
    """Portion `j` and the unmarked portions right after it (its sub-items, lines it runs on
    over: fail closed), up to the next marked or labelled portion or the statement."""
    chosen = {j}
    for i in range(j + 1, len(ordered)):
        if i == at or i in stops or ordered[i].explicit:
            break
        chosen.add(i)
    return chosen


def _heading_like(r: Reading, q: Portion) -> bool:
    """An unmarked portion that no one counts as a paragraph: one short line with no sentence end
    (`MEMORANDUM`)."""
    text = r.text[q.body_start:q.end].strip()
    return len(text) <= 60 and "\n" not in text and not text.endswith((".", "!", "?", ":", ";", ","))


def _counted(r: Reading, ordered: list[Portion], at: int, kind: str, n: int, direction: str | None) -> set[int] | None:
    """The `n`-th paragraph (or list item; `-1`: the last) of the region a statement points at (below
    it, above it, else the whole document but the statement), counted over marked portions of that
    kind when every other portion of that kind there is marked (an unmarked paragraph only a
    heading), in a document that quotes no message (its own e-mail header above its first mark is
    no quoted message, round 131)."""
    if n == 0 or _quotes_a_message(r, ordered):
        return None
    wanted = "list_item" if kind == "item" else "paragraph"
    region = [j for j, q in enumerate(ordered) if j != at and q.kind == wanted and _in_direction(ordered, at, j, direction)]
    marked = [j for j in region if ordered[j].explicit]
    if not marked or any(not ordered[j].explicit and (wanted != "paragraph" or not _heading_like(r, ordered[j]))
                         for j in region):
        return None
    if not -len(marked) <= (n - 1 if n > 0 else n) < len(marked):
        return None
    chosen = _with_unmarked_after(ordered, at, marked[n - 1] if n > 0 else marked[n], set())
    if wanted == "paragraph" and direction is not None and n > 0:
        # (each line its own (U) portion, double-spaced: the writer may count blocks between blank lines, or join a
        # sentence run on across one, `(U) ... discussed the` / `(U) upcoming trade fair`; the n-th block of each
        # reading is raised too, fail closed, review37b p01, p03, p04)
        chosen |= _nth_block(r, ordered, at, region, n, direction)
    return _and_labelled(r, ordered, at, kind, n, chosen)


def _nth_block(r: Reading, ordered: list[Portion], at: int, region: list[int], n: int, direction: str) -> set[int]:
    """The portions of the `n`-th block from the statement in `direction`, counted each way `_counted_blocks` counts."""
    out: set[int] = set()
    for across in (True, False):
        out |= _blocks_counted(r, ordered, at, region, n, direction, across_sentences=across) \
            - _blocks_counted(r, ordered, at, region, n - 1, direction, across_sentences=across)
    return out


def _and_labelled(r: Reading, ordered: list[Portion], at: int, kind: str, n: int, chosen: set[int]) -> set[int]:
    """`chosen` (the `n`-th `kind` counted) and every other portion labelled the `n`-th (`labelled_ordinal`),
    with what runs on from it: which of them an ordinal pointer means is not certain (fail closed)."""
    chosen = set(chosen)
    for j in labelled_ordinal(r, ordered, at, kind, n) - chosen:
        chosen |= _with_unmarked_after(ordered, at, j, set())
    return chosen


def with_labelled_ordinals(r: Reading, ordered: list[Portion], at: int, chosen: set[int]) -> set[int]:
    """`chosen` (what the statement in `ordered[at]` names) and, for every ordinal pointer in it ("the second
    paragraph", "the last bullet"; the rules' `governing_statements.ordinals`), every portion labelled that
    ordinal (`labelled_ordinal`): whichever path placed the pointer, the labelled one may be the one meant
    (fail closed, round 136)."""
    p = ordered[at]
    for m in ordinal_pointer(r).finditer(r.text, p.start, p.end):
        kind = LABEL_KINDS[m.group("k").lower()]
        chosen = _and_labelled(r, ordered, at, "any" if kind == "any" else kind,
                               r.g.vocabulary.governing_statements.ordinals.get(m.group("o").lower(), 0), chosen)
    return chosen





def _quotes_a_message(r: Reading, ordered: list[Portion]) -> bool:
    """Whether the document holds a message header (`From: ... Sent:`, `quoted_message_start`) below its
    first marked portion: a quoted or forwarded message, whose count is not the statement's own. A header
    above every mark is the document's own (an e-mail printed with its header)."""
    heads = [m.start() for m in r.matches(QUOTED_HEADER)] if r.holds(QUOTED_HEADER) else []
    if r.holds(r.g.quoted_message_start.compiled):
        heads += [m.start() for m in r.matches(r.g.quoted_message_start.compiled)]
    if not heads:
        return False
    first_marked = next((q.start for q in ordered if q.explicit), None)
    return first_marked is None or max(heads) >= first_marked


_FIRST_CELL = compile_pattern(r"[ \t]*\|?[ \t]*(?:\([A-Za-z/ ]{1,20}\)[ \t]*)?(\d{1,3})[ \t]*(?:\||\t|[.)][ \t])")


def by_place_abroad(r: Reading, ordered: list[Portion], at: int, key: tuple[str, str, int] | None = None) -> set[int] | None:
    """What a statement names by its place in another language (`unresolved_scope.places_abroad`:
    "üçüncü paragraf gizlidir", "perenggan terakhir adalah SULIT", "prejšnji odstavek je ZAUPNO",
    "wiersz 3 jest POUFNE", "3-тармақ ҚҰПИЯ", rounds 90-98), when it names that and nothing else: one
    place, every word of it that names text (or points a way) inside it, no other document named, no
    message quoted. Where the count is not certain, every portion it could be is raised, and every
    unmarked one of that kind (fail closed):

    - the n-th or the last paragraph or item: counted over the paragraphs and list items but unmarked
      headings (`MEMORANDUM`), and over the list items only (the last: in the whole document and above
      the statement); the paragraph numbered n too (`_numbered`) for a number;
    - the previous one: the portions above the statement up to the nearest marked one;
    - the next one: the portions below it down to the nearest marked one, with the unmarked after it;
    - a row by its number: the row whose first cell holds it, alone when it is the n-th under the
      header, else with the n-th and every unmarked row; the last row: the last row above the statement;
    - a page by its number, in a file split by form feeds and numbered on every page (`PageMap.numbered_feeds`)."""
    p = ordered[at]
    hits = [(m, kind, place) for pattern, kind, place in r.places_abroad()  # (those whose words the text holds)
            for m in r.finditer(pattern.compiled, p.start, p.end)]
    if not hits:
        return None
    hits = [(m, kind, place) for m, kind, place in hits  # (a place inside a longer one is part of it: "dva
            if not any(o.start() <= m.start() and m.end() <= o.end() and o.span() != m.span() for o, _, _ in hits)]  # predydushchikh ...")
    keys = {(kind, place, _digits(m.group("number")) if place == "number" else 0) for m, kind, place in hits}
    if key is not None:
        keys = {key}
    elif len(keys) == 1:
        # (fix42b) ordinals listed before the place, sharing its noun: "Ang ikalawa at ikatlong talata ay lihim",
        # "Ikinci ve üçüncü paragraf gizlidir": each a place of its own; one the rules cannot place: not certain
        listed = _listed_places(r, p, hits)
        if listed is None:
            return None
        if listed - keys:
            every: set[int] = set()
            for each in sorted(keys | listed):
                one = by_place_abroad(r, ordered, at, each)
                if one is None:
                    return None
                every |= one
            return every
    if len(keys) != 1:
        return None
    kind, place, n = keys.pop()
    lo, hi = min(m.start() for m, _, _ in hits), max(m.end() for m, _, _ in hits)
    # (a note on a line of its own under its paragraph's first line names what its own lines name: "(U) Item two,
    # forwarded from Vientiane:" / "ໝາຍເຫດ: ວັກລຸ່ມນີ້ ແມ່ນ ລັບ.", round 128)
    note_start = r.text.rfind("\n", p.start, lo) + 1 or p.start
    note_end = r.text.find("\n", hi, p.end)
    # Other words of its portion that name text or point a way make it uncertain ("(U) Items two and three below were
    # forwarded from Vientiane:" above "the paragraph below is secret": the fallback raises all below), but for the
    # portion's own label and where it came from ("(U) Item two, forwarded from Vientiane:")
    label = _OWN_LABEL.match(r.text, p.body_start, p.end)
    for pattern in (r.g.scope_refers, r.g.scope_refers_abroad, r.g.scope_back, r.g.scope_ahead):
        for m in pattern.compiled.finditer(r.text, p.start, p.end):
            if lo <= m.start() and m.end() <= hi:
                continue
            if note_start <= m.start() and (note_end < 0 or m.end() <= note_end):
                return None  # (it names other text too, or points another way)
            if m.end() <= note_start and (place == "previous" and p.body_start < note_start
                                          or _BLANK_LINE.search(r.text, m.end(), note_start) is not None):
                continue  # (a word of the paragraph the note names, on the lines above it in its portion: "(U) A
                # contractor said a dry dock is being dug behind the pier" / "កថាខណ្ឌខាងលើជាការសម្ងាត់"; or of a
                # paragraph a blank line sets apart from the note the reader kept in its portion, round 131)
            if label is not None and label.start("noun") <= m.start() and m.end() <= label.end() \
                    or _ORIGIN_WORD.fullmatch(m.group(0)):
                continue
            return None
    first = min((q.start for q in ordered if q.explicit), default=len(r.text))  # (a message's own header is above it)
    # (a header below the note is a quoted message's, in a document with no portion mark too: `From:` / `Sent:` under
    # a reply whose "posledny odsek je TAJNE" may name the reply's last paragraph or the quoted one's, open33)
    if r.g.scope_elsewhere.compiled.search(r.text, p.start, p.end) is not None or _QUOTE_LINE.search(r.text) \
            or QUOTED_HEADER.search(r.text, min(first, p.end)) is not None or r.g.quoted_message_start.compiled.search(r.text):
        return None
    if kind == "message":
        # (a word between the note's clause start and the place may change its count or whose messages they are:
        # "dva moikh predydushchikh soobshcheniya", "moi dva predydushchikh ...": every message of its sender before it)
        clause = max(r.text.rfind("\n", p.start, lo), *(r.text.rfind(c, p.start, lo) for c in ",;:.!?-—("))
        uncertain = _WORD.search(r.text, max(clause + 1, p.body_start), lo) is not None
        return _messages_before(r, ordered, at, 1 if place == "previous" else int(place[-1]) if place[-1].isdigit() else 0,
                                uncertain)
    above = r.text[p.body_start:max(p.body_start, r.text.rfind("\n", p.start, lo))]
    # (the line above that introduces the note, "(U) The contact's note reads:", is no paragraph it names, round 138)
    own_text = any(c.isalnum() for c in above) and not above.rstrip().endswith((":", "："))
    own_last: set[int] = set()
    if own_text and (place == "previous" or place == "last" and not any(
            q.kind in ("paragraph", "list_item") and q.explicit for q in ordered[at + 1:])):
        if place == "previous" or not _paragraphs_after(r, ordered, at):
            return {at}  # (a note on the line under a paragraph that the reader kept in its portion: that paragraph)
        own_last = {at}  # (but a note mid-text, with unmarked paragraphs under it, "wak sut thai maen khwam lap"
        # between points 2 and 3 of a cable: its writer's last paragraph is the document's too, fail closed, fixlang35)
    below = r.text.find("\n", hi, p.end)
    if place == "next" and below >= 0 and any(c.isalnum() for c in r.text[below:p.end]):
        return {at}  # (a note on the line over a paragraph that the reader kept in its portion: that paragraph, round 123)
    if place in ("last2", "last3"):
        return _last_lines(r, ordered, at, int(place[-1]), own_text, kind == "paragraph")
    if place in ("previous", "next"):
        alone = _unmarked_neighbour(r, ordered, at, -1 if place == "previous" else 1)
        if alone is not None:
            return alone
    if place == "previous":
        j = at - 1
        while j >= 0 and not ordered[j].explicit:
            j -= 1
        if 0 <= j < at - 1 and blank_between(r.text, ordered[j], ordered[j + 1]) and any(
                len(r.text[q.body_start:q.end].split()) >= 5 for q in ordered[j + 1:at]):
            return set(range(j + 1, at))  # (an unmarked paragraph set apart from the marked one above it: the
            # paragraph above is that one, "위 문단은 비밀이며" under it, round 115)
        previous = set(range(max(j, 0), at))
        if j >= 1 and j == at - 1 and _introduces(r, ordered[j]) and not blank_between(r.text, ordered[j], ordered[at]):
            # (a line ending in a colon right above the note introduces it, "(U) The contact then sent these points:"
            # over "Предыдущий абзац — секретно": its writer may count that line or not, so the paragraph above it
            # too, and every unmarked portion between, fail closed, adv141-042)
            k = j - 1
            while k > 0 and not ordered[k].explicit:
                k -= 1
            previous |= set(range(k, j))
        return previous or None
    if place == "next":
        j = at + 1
        while j < len(ordered) and not ordered[j].explicit:
            j += 1
        if j >= len(ordered):
            return None
        return set(range(at + 1, j)) | _with_unmarked_after(ordered, at, j, set())
    if kind == "row":
        return _row_abroad(r, ordered, at, place, n)
    if kind == "page":
        pages = {number: (start, end) for number, start, end in page_map(r).numbered_feeds or []}
        if n not in pages:
            return None
        return {j for j, q in enumerate(ordered) if q.start < pages[n][1] and q.end > pages[n][0]} or None
    if place == "number":  # (a paragraph or item by the number it carries, marked or not: as in English, round 111)
        numbered = _numbered(r, ordered, at, n, None) or _worded(r, ordered, at, n)
        if numbered is not None:
            return numbered
    wanted = ("paragraph", "list_item")
    region = [j for j, q in enumerate(ordered) if j != at and q.kind in wanted
              and (q.explicit or not _heading_lines(r, q) and not _SALUTATION.fullmatch(r.text, q.body_start, q.end))]
    candidates = [region]
    while len(region) > 1 and _title(r, ordered[region[0]]):
        mark = ordered[region[0]].mark_start
        marked = mark is not None and mark < ordered[region[0]].body_start
        region = region[1:]  # (a title in capitals that heads the document, marked at its end, is no paragraph anyone
        # counts: `EMBASSY ATHENS - TRIP REPORT (UNCLASSIFIED)` over "η δεύτερη παράγραφος", round 131; a line in
        # capitals with its own portion mark in front may be a paragraph too, `(U) DELEGATION ARRIVES MONDAY`: both
        # counts, fail closed)
        candidates = candidates + [region] if marked or len(candidates) > 1 else [region]
    if place == "number" and any(q.number is not None or _LABEL.match(r.text, q.body_start, q.end) for q in ordered):
        return None  # (numbers that do not name it exactly)
    found: set[int] = set(own_last)
    for region in candidates:
        counted = _placed_among(r, ordered, at, place, n, region)
        if counted is None:
            return None
        found |= counted
    return found


_LIST_JOIN = compile_pattern(r"(?i)[ \t]*(?:,|&|/|\+)?[ \t]*(?:and|at|ve|und|et|y|e|i|a|és|es|en|dan|na|og|och|ja|és|,)?[ \t]*")
_LINKERS = ("", "ng", "g", "n", "nd", "e", "a")  # (a linker some languages join an ordinal to its noun with: `ikatlo-ng`)


def _listed_places(r: Reading, p: Portion, hits: list) -> set[tuple[str, str, int]] | None:
    """(fix42b) The places of the ordinals of rules/note_words.yaml listed right before the first place `hits` found
    in `p` and joined to it (`ikalawa at`, `ikinci ve`, `second,`), read by putting each before the place's noun;
    None where one of them reads as no place."""
    after = _listed_after(r, p, hits)
    if after is None:
        return None
    ordinals = r.g.scope_note_ordinals
    if ordinals is None:
        return after
    m, kind, _ = min(hits, key=lambda h: h[0].start())
    parts = m.group(0).split(None, 1)
    if len(parts) != 2:
        return after
    noun = parts[1]
    line_start = r.text.rfind("\n", p.start, m.start()) + 1 or p.start
    found: set[tuple[str, str, int]] = set(after)
    end = m.start()
    join = r.g.scope_note_join
    while True:
        listed = [o for o in ordinals.compiled.finditer(r.text, line_start, end)
                  if _LIST_JOIN.fullmatch(r.text, _word_end(r.text, o.end(), end), end) is not None
                  or join is not None and join.fullmatch(r.text, _word_end(r.text, o.end(), end), end) is not None]
        if not listed:
            # (fix43e, adv175-039: "ဒုတိယ နှင့် တတိယ စာပိုဒ်", "вториот и третиот пасус") a word joined to the place
            # by a conjunction that the rules read as no ordinal: one more place the reader cannot place, fail closed
            return None if _unread_word_joined(r, line_start, end) else found
        o = listed[-1]
        word = r.text[o.start():_word_end(r.text, o.end(), end)]
        places = {(k, place, 0) for w in (word + linker for linker in _LINKERS)
                  for pattern, k, place in r.g.scope_places_abroad if place != "number" and k == kind
                  and pattern.compiled.fullmatch(f"{w} {noun}") is not None}
        if len(places) != 1:
            return None
        found |= places
        end = o.start()


_JOINED_BEFORE = compile_pattern(r"[^\W\d_]\S*(?P<join>(?:[ \t]*(?:,|&|/|\+)[ \t]*|[ \t]+)[^\s\d,&/+]{1,10}[ \t]*)$")  # (marks too)


def _unread_word_joined(r: Reading, line_start: int, end: int) -> bool:
    """(fix43e) Whether the text right before `end` (a place's start) is a word joined to it by a conjunction of
    rules/note_words.yaml `conjunctions` (or the reader's own join words), not by a space alone."""
    before = r.text[max(line_start, end - 60):end]
    m = _JOINED_BEFORE.search(before)
    if m is None:
        return False
    join = m.group("join")
    if not join.strip():
        return False
    note_join = r.g.scope_note_join
    if note_join is not None and note_join.fullmatch(join) is not None:
        return True
    return _LIST_JOIN.fullmatch(join) is not None and join.strip() not in ("", ",")


_AFTER_REACH = 20  # characters of an ordinal listed after a place, its noun left out ("ที่สาม", "ketiga")


def _listed_after(r: Reading, p: Portion, hits: list) -> set[tuple[str, str, int]] | None:
    """(fix43c, adv172-048) The places listed right after the last place `hits` found in `p`, joined to it by a
    conjunction (rules/note_words.yaml `conjunctions`, or the reader's own join words) and written without the noun
    ("ย่อหน้าที่สองและที่สาม", "paragraf kedua dan ketiga"): each read by putting the place's noun (the start of
    what it matched) before it. None where a conjunction is followed by more than one place (not certain)."""
    m, kind, _ = max(hits, key=lambda h: h[0].end())
    hit = m.group(0)
    line_end = r.text.find("\n", m.end(), p.end)
    line_end = p.end if line_end < 0 else line_end
    patterns = [(pattern, place) for pattern, k, place in r.g.scope_places_abroad if place != "number" and k == kind]
    found: set[tuple[str, str, int]] = set()
    at = m.end()
    while at < line_end:
        joined = _joined_after(r, at, line_end)
        if joined is None:
            return found
        start = joined
        places: set[tuple[str, str, int]] = set()
        stop = start
        # (the longest that reads as a place: a shorter one may read as another, `ที่ส` as `สี่` with its marks folded)
        for size in range(min(_AFTER_REACH, line_end - start), 0, -1):
            listed = r.text[start:start + size]
            if listed[-1].isspace():
                continue
            places = {(kind, place, 0) for cut in range(1, len(hit)) for text in {hit[:cut] + listed, hit[:cut].rstrip() + " " + listed}
                      for pattern, place in patterns if pattern.compiled.fullmatch(text) is not None}
            if places:
                stop = start + size
                break
        if not places:
            return found
        if len(places) != 1:
            return None
        found |= places
        at = stop
    return found


def _joined_after(r: Reading, at: int, end: int) -> int | None:
    """(fix43c) Where the text after a conjunction (or a comma) at `at` begins, or None."""
    join = r.g.scope_note_join
    m = join.match(r.text, at, end) if join is not None else None
    if m is None:
        m = _LIST_JOIN.match(r.text, at, end)
        if m is None or not m.group(0).strip():
            return None
    return m.end()


def _word_end(text: str, at: int, end: int) -> int:
    while at < end and text[at].isalpha():
        at += 1
    return at


def _paragraphs_after(r: Reading, ordered: list[Portion], at: int) -> bool:
    """Whether a paragraph or item with words in it follows portion `at` (a note's own portion is then not the
    document's last paragraph)."""
    return any(q.kind in ("paragraph", "list_item") and len(_WORD.findall(r.text, q.body_start, q.end)) >= 3
               for q in ordered[at + 1:])


def _placed_among(r: Reading, ordered: list[Portion], at: int, place: str, n: int, region: list[int]) -> set[int] | None:
    """The paragraph or item at place `place` (the n-th, the last) among the portions `region` that count, with
    every unmarked one of them (`by_place_abroad`); None when it is not certain. In a document with no portion
    mark at all (its unmarked text takes its banner's level) the last paragraph is certain: the last one counted in
    the document and the last one above the statement, with what runs on from them, and nothing else (round 135:
    "síðasta málsgreinin er leynileg", "posledny odsek je TAJNE"); any other place there is not (the fallback)."""
    unmarked = not any(q.explicit for q in ordered)
    if not region or unmarked and place != "last" or not unmarked and not any(ordered[j].explicit for j in region):
        return None
    chosen: set[int] = set()
    if place != "number":
        n = -1 if place == "last" else int(place)
        if n > 0 and _numbered_one_to_k(r, ordered, region):
            numbered = _numbered(r, ordered, at, n, None)
            if numbered:  # (paragraphs numbered 1, 2, 3 ... in order: the third is the one numbered 3, not the
                return _and_labelled(r, ordered, at, "any", n, numbered)  # third block counted from a salutation, "paragrafi i tretë", round 131)
    introduced = n < 0 and at > 0 and _introduces(r, ordered[at - 1])
    for among in (region, [j for j in region if j < at]) if n < 0 else (region,):
        for counted in (among, [j for j in among if ordered[j].kind == "list_item"]):
            if counted and -len(counted) <= (n - 1 if n > 0 else n) < len(counted):
                chosen |= _with_unmarked_after(ordered, at, counted[n - 1] if n > 0 else counted[n], set())
            if n < 0 and len(counted) > 1 and _closing_line(r, ordered[counted[-1]]):
                # (a one-line closing under the last paragraph, "Minutes by Maria Zisi.", "(U) Best regards, Lan":
                # the writer of "the last paragraph" may not count it, so the paragraph above it and the last
                # marked one too, fail closed, round 138 and review33d)
                k = len(counted) - 1
                while k > 0 and _closing_line(r, ordered[counted[k]]):
                    k -= 1  # (every short line above it too, "(U) Please acknowledge receipt by Friday.", up to a paragraph)
                for j in counted[k:]:
                    chosen |= _with_unmarked_after(ordered, at, j, set())
                last_marked = [j for j in counted[:k + 1] if ordered[j].explicit]
                if last_marked:
                    chosen |= _with_unmarked_after(ordered, at, last_marked[-1], set())
            if introduced and len(counted) > 1 and counted[-1] == at - 1:
                # (the last paragraph above a note quoted under a line that introduces it, "(U) The contact
                # handed us a note, which reads:": the paragraph above that line too, fail closed, round 138)
                chosen |= _with_unmarked_after(ordered, at, counted[-2], set())
    if place not in ("number", "last"):  # (and the one labelled n: "pirmais punkts" of `1. ...`, `2. (U) ...`)
        chosen |= _numbered(r, ordered, at, n, None) or set()
    if not chosen:
        return None
    if place != "number":
        chosen = _and_labelled(r, ordered, at, "any", n, chosen)
    return chosen if unmarked else chosen | {j for j in region if not ordered[j].explicit}


def _closing_line(r: Reading, p: Portion) -> bool:
    """A portion of one short line (a by-line, a sign-off, "Minutes by ...", "(U) Xin cam on."): no paragraph a
    writer counts for sure."""
    body = r.text[p.body_start:p.end].strip()
    return "\n" not in body and len(body) <= 80


def _introduces(r: Reading, p: Portion) -> bool:
    """Whether portion `p` ends with a colon: it introduces what follows ("which reads:"), a note quoted under it."""
    return r.text[p.body_start:p.end].rstrip().endswith((":", "："))


_BLANK_LINE = compile_pattern(r"\n[ \t]*\n")
_OWN_LABEL = compile_pattern(r"[ \t]*(?P<noun>(?i:item|paragraph|para|point|bullet|section|part|annex|attachment|enclosure))"
                            r"[ \t]+(?:\d{1,3}|[A-Za-z]{1,8})\b(?![ \t]*(?:and|&|to|through|thru|-|–|,[ \t]*(?:\d|[A-Za-z]{1,8}\b[ \t]*(?:and|&))))")
_ORIGIN_WORD = compile_pattern(r"(?i)forward(?:ed|ing)?|relayed|passed|received|sent")


_TIMED = compile_pattern(r"[ \t\[]*(?:\d{4}-\d\d-\d\d[ T]+)?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]")


def _messages_before(r: Reading, ordered: list[Portion], at: int, n: int, uncertain: bool = False) -> set[int] | None:
    """The `n` chat messages right before the one holding a statement (`by_place_abroad`, "dva predydushchikh
    soobshcheniya" in a chat export, round 127): the `n` portions above it and its sender's last `n` messages above
    it ("my two previous messages" or the last two of the chat: both, fail closed), every message of its sender above
    it when `uncertain`; when the statement's portion and each of those is a message of its own, opening with its
    time; None when not (the wider fallback stays)."""
    if n < 1 or at < n or any(_TIMED.match(r.text, q.start, q.end) is None for q in ordered[at - n:at + 1]):
        return None
    chosen = set(range(at - n, at))
    sender = _sender(r, ordered[at])
    if sender is None:
        return None
    theirs = [j for j in range(at) if _TIMED.match(r.text, ordered[j].start, ordered[j].end) is not None
              and _sender(r, ordered[j]) == sender]
    return chosen | set(theirs if uncertain else theirs[-n:])


_WORD = compile_pattern(r"\w")
_SENDER = compile_pattern(r"[ \t]*<?([^\s:<>]{1,40})>?:?(?:[ \t]|$)")


def _sender(r: Reading, p: Portion) -> str | None:
    """The sender column of a chat message (`2026-03-02 09:33  aigerim.s   ...`, `14:05 marat.b: ...`), folded."""
    timed = _TIMED.match(r.text, p.start, p.end)
    sender = _SENDER.match(r.text, timed.end(), p.end) if timed is not None else None
    return sender.group(1).lower() if sender is not None else None


def _last_lines(r: Reading, ordered: list[Portion], at: int, n: int, own_text: bool, paragraphs: bool) -> set[int] | None:
    """The last `n` lines, entries or paragraphs a statement names (`by_place_abroad`, "соңғы екі жол құпия" under
    a log): the `n` portions right above it (every line among the last `n` above it is in one of them), its
    own when it holds text above the note, and every unmarked portion after it (the document's last lines,
    fail closed); None when a marked portion follows it (which lines it means is not certain). For paragraphs,
    short closing blocks above the note (a signature, "Political Section") are not counted: the writer of "the
    last two paragraphs" means the two above them, so those are taken too, with the closings (fail closed, round 141)."""
    if at < n or any(q.explicit for q in ordered[at + 1:]):
        return None
    chosen = set(range(at - n, at))
    if paragraphs:
        j, counted = at - 1, 0
        while j >= 0 and counted < n:
            chosen.add(j)
            if not _closing_block(r, ordered[j]):
                counted += 1
            j -= 1
        # (portions are not paragraphs for sure: bullets, sub-paragraphs or lines of one paragraph use up the count
        # and release the paragraph above them; counted only over whole paragraphs set apart by blank lines, under
        # no line that introduces them, else not certain, review34a)
        top = min(chosen)
        if any(ordered[i].kind != "paragraph" or not _set_apart(r, ordered, i) for i in chosen) \
                or top > 0 and _introduces(r, ordered[top - 1]):
            return None
    return chosen | ({at} if own_text else set()) | set(range(at + 1, len(ordered)))


def _closing_block(r: Reading, p: Portion) -> bool:
    """A portion of at most three short lines with no sentence in it (a signature block: "Ani Petrosyan" /
    "Political Section"), or a one-line closing (`_closing_line`): no paragraph a writer counts for sure."""
    if _closing_line(r, p):
        return True
    lines = [line.strip() for line in r.text[p.body_start:p.end].strip().splitlines()]
    return len(lines) <= 3 and all(len(line) <= 60 and not line.endswith((".", "!", "?")) for line in lines)


def _unmarked_neighbour(r: Reading, ordered: list[Portion], at: int, step: int) -> set[int] | None:
    """The unmarked paragraph right above (`step` -1) or right below (+1) a statement that names the
    previous or the next one (`by_place_abroad`), when it is certainly one whole paragraph: a run of
    unmarked portions of at least three words that is no heading, set apart from the text beyond it
    by a blank line (below: or ended by a marked portion, which opens a portion of its own), and
    below, set apart from the statement by a blank line or after a statement that ends its sentence.
    None when the neighbour is marked or any of that is not certain (the wider fallback stays)."""
    j = at + step
    if not 0 <= j < len(ordered) or ordered[j].explicit:
        return None
    if step > 0 and not blank_between(r.text, ordered[at], ordered[j]) \
            and not r.text[ordered[at].start:ordered[at].end].rstrip().endswith((".", "!", "?", "\u3002", "\u0964")):
        return None
    chosen = {j}
    while True:
        k = j + step
        if not 0 <= k < len(ordered):
            if step < 0:
                return None  # (the run reaches the top: a header, maybe, not a paragraph)
            break
        a, b = (ordered[k], ordered[j]) if step < 0 else (ordered[j], ordered[k])
        if blank_between(r.text, a, b):
            break
        if ordered[k].explicit:
            if step < 0:
                return None  # (the run may go on the marked paragraph above it: not certain)
            break
        chosen.add(k)
        j = k
    if any(ordered[i].kind != "paragraph" or _heading_lines(r, ordered[i]) for i in chosen) \
            or sum(len(r.text[ordered[i].body_start:ordered[i].end].split()) for i in chosen) < 3:
        return None
    return chosen


_WORD_NUMBER = compile_pattern(r"[ \t]*([^\W\d_]{2,12})[ \t]+(\d{1,3})(?!\d)")


def _worded(r: Reading, ordered: list[Portion], at: int, n: int) -> set[int] | None:
    """The portion opening with a word and the number `n` (`Item 5 The RSO said ...`, `Ticket 4 | ...`)
    where two portions or more open with that word and a number each, all different; with the
    unmarked portions right after it."""
    labels: dict[str, dict[int, int]] = {}
    for j, q in enumerate(ordered):
        m = _WORD_NUMBER.match(r.text, q.start, q.end)
        if m is not None and j != at:
            numbers = labels.setdefault(m.group(1).casefold(), {})
            numbers[int(m.group(2))] = -1 if int(m.group(2)) in numbers else j  # (-1: two portions share it)
    found = [numbers for numbers in labels.values() if len(numbers) >= 2 and n in numbers]
    if len(found) != 1 or -1 in found[0].values():
        return None
    return _with_unmarked_after(ordered, at, found[0][n], set())


def _heading_lines(r: Reading, q: Portion) -> bool:
    """An unmarked portion of short lines that end no sentence (`Embassy Ankara - Political Section` /
    `TRIP REPORT: Hatay reconstruction sites, 3-5 June`): a heading, not a paragraph anyone counts."""
    lines = [line.strip() for line in r.text[q.body_start:q.end].splitlines() if line.strip()]
    return all(len(line) <= 80 and not line.endswith((".", "!", "?", ";", ",")) for line in lines)


# an e-mail's salutation, a line of its own ("Jonah,", "Dear Ms. Okafor,", "Hi all,"): no paragraph anyone counts
_SALUTATION = compile_pattern(r"[ \t]*(?:[^\W\d_][\w.'’\-]*[ \t]+){0,3}[^\W\d_][\w.'’\-]*[ \t]*,[ \t]*\n?[ \t]*")


def _numbered_one_to_k(r: Reading, ordered: list[Portion], region: list[int]) -> bool:
    """Are the marked portions of `region` numbered 1, 2, 3 ... in order, two at least (by the number the reader
    read or the one that opens their text), every other one numbered too or a heading above the first?"""
    numbers: list[int] = []
    for j in region:
        q = ordered[j]
        label = _LABEL.match(r.text, q.body_start, q.end) if q.number is None else None
        number = q.number if q.number is not None else int(label.group(1)) if label is not None else None
        if number is None:
            if numbers or q.explicit and not _heading_lines(r, q):
                return False  # (a marked subject line or heading above the first is none of them)
            continue
        numbers.append(number)
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def _title(r: Reading, q: Portion) -> bool:
    """A portion of one short line in capitals that ends no sentence (`_heading_lines`): a title."""
    body = r.text[q.start:q.end].strip()
    return "\n" not in body and _heading_lines(r, q) and any(c.isalpha() for c in body) and body.upper() == body


def _row_abroad(r: Reading, ordered: list[Portion], at: int, place: str, n: int) -> set[int] | None:
    """A table row by its number (the row whose first cell holds it, the n-th row, the n-th under a
    header) or the last row above the statement (`by_place_abroad`), with every unmarked row."""
    rows = [j for j, q in enumerate(ordered) if j != at and q.kind == "table_row"]
    if not rows:
        return None
    if place == "last":
        above = [j for j in rows if j < at]
        return {above[-1], *(j for j in rows if not ordered[j].explicit)} if above else None
    cells = {j: _FIRST_CELL.match(r.text, ordered[j].start, ordered[j].end) for j in rows}
    by_cell = {j for j in rows if (m := cells[j]) is not None and int(m.group(1)) == n}
    header = cells[rows[0]] is None  # (a first row with no number in its first cell: a header)
    k = n if header else n - 1
    by_place = {rows[k]} if 0 <= k < len(rows) else set()
    if by_cell and by_cell == by_place:
        return by_cell  # (`| 3 | ...`, the third row under the header: certain)
    if not by_cell | by_place:
        return None
    return by_cell | by_place | {j for j in rows if not ordered[j].explicit}


def _digits(text: str) -> int:
    """A number written in any script's digits (`៣`, `၅`, `3`)."""
    return int("".join(str(unicodedata.digit(c)) for c in text))


def by_next(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The paragraph right after the statement's (`next`, the governing statements' target: "次の段落は
    秘密です", "seuraava kappale on salainen", "aya inayofuata ni SIRI", round 94), with the unmarked
    portions right after it, when the statement names that and nothing else: one such phrase, every
    word of it that names text inside it, no way back or elsewhere, a marked paragraph after it (or an
    unmarked one set apart, with a marked portion after it: `_unmarked_next`)."""
    p = ordered[at]
    hits = [m for pattern, names in r.governing_targets() if names == "next"
            for m in r.finditer(pattern.compiled, p.start, p.end)]
    if len(hits) != 1 or at + 1 >= len(ordered):
        return None
    hit = hits[0]
    if _names_more(r, p, hit):
        return None
    if r.g.scope_back.compiled.search(r.text, p.start, p.end) or r.g.scope_elsewhere.compiled.search(r.text, p.start, p.end):
        return None
    target = ordered[at + 1]
    if target.kind == "paragraph" and not target.explicit and _unmarked_next(r, ordered, at, hit.end()):
        return {at + 1}  # (an unmarked paragraph set apart right under the note: that one, round 107)
    if target.kind != "paragraph" or not target.explicit:
        return None
    return _and_unmarked_paragraphs(ordered, at + 1)


def _unmarked_next(r: Reading, ordered: list[Portion], at: int, said: int) -> bool:
    """Is the unmarked portion right after the statement's (`ordered[at]`, its phrase naming the next
    paragraph ending at `said`) certainly the next paragraph and the only one? The statement's portion
    ends with the statement's line, a blank line sets that paragraph apart above and below, it is no
    heading (`_heading_lines`), and a marked portion follows it (or nothing does): `Kumbuka: aya
    inayofuata ni siri.` / (blank) / an unmarked paragraph / (blank) / `(U) ...` (round 107). Where the
    unmarked text runs on into more unmarked portions, which of them the note means is not certain."""
    p, target = ordered[at], ordered[at + 1]
    line_end = r.text.find("\n", said, p.end)
    if line_end >= 0 and r.text[line_end:p.end].strip():
        return False  # (more text under the statement's line in its portion: the paragraph it names may be that)
    if not blank_between(r.text, p, target) or _heading_lines(r, target):
        return False
    if at + 2 == len(ordered):
        return True
    after = ordered[at + 2]
    return after.explicit and blank_between(r.text, target, after)


def _and_unmarked_paragraphs(ordered: list[Portion], j: int) -> set[int]:
    """Portion `j` and the unmarked paragraphs right after it."""
    chosen = {j}
    below = j + 1
    while below < len(ordered) and not ordered[below].explicit and ordered[below].kind == "paragraph":
        chosen.add(below)
        below += 1
    return chosen


# a footnote's or note's sign at its start (`(2)`, `[3]`, `2 `, `*`, `†`, `¹`): a note that may stand far from its text
_NOTE_SIGN = compile_pattern(r"[ \t]*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[ \t]|[*†‡¹²³⁴⁵⁶⁷⁸⁹])")


def _names_more(r: Reading, p: Portion, hit: re.Match[str]) -> bool:
    """Whether portion `p` names other text than what `hit`, the phrase that names its target, says."""
    return any(not (hit.start() <= m.start() and m.end() <= hit.end())
               for pattern in (r.g.scope_refers, r.g.scope_refers_abroad)
               for m in pattern.compiled.finditer(r.text, p.start, p.end))


def by_adjacent(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The text right above or right below the statement's, when the statement names that and
    nothing else (one such phrase, every word of it that names text inside it, no way the other
    way or elsewhere):

    - the paragraph right above the statement's, or right below it (`^ the para above shud have
      been S`, `the paragraph directly below is CONFIDENTIAL`: `unresolved_scope.adjacent`), with
      no quoted lines, when that paragraph is marked (below: with the unmarked paragraphs right
      after it, as `by_next`; or an unmarked one alone, set apart, `_unmarked_next`);
    - else the one entry right above the statement's (`the entry above is secret slash no for in`,
      `the previous line`, `previous_one` of rules/markings.yaml, round 108): the portion right
      before it, with the unmarked portions that run into it from above (no blank line, no mark
      between), unless the statement is a note set apart or a footnote, or that portion is shorter
      than three words."""
    p = ordered[at]
    hit = _one_hit(r, p, r.g.scope_adjacent.compiled)
    if hit is not None and _points_only(r, p, back=bool(hit.group("above"))) and not r.holds(_QUOTE_LINE):
        j = at - 1 if hit.group("above") else at + 1
        if hit.group("below") and j < len(ordered) and ordered[j].kind == "paragraph" and not ordered[j].explicit \
                and _unmarked_next(r, ordered, at, hit.end()):
            return {j}  # (an unmarked paragraph alone, set apart: `_unmarked_next`)
        if 0 <= j < len(ordered) and ordered[j].kind == "paragraph" and ordered[j].explicit:
            return _and_unmarked_paragraphs(ordered, j) if hit.group("below") else {j}
    if at == 0 or "bove" not in r.text[p.start:p.end] and "revi" not in r.text[p.start:p.end] \
            and "reced" not in r.text[p.start:p.end]:
        return None
    if _one_hit(r, p, r.g.previous_one.compiled) is None or not _points_only(r, p, back=True):
        return None
    before = ordered[at - 1]
    if blank_between(r.text, before, p) or _NOTE_SIGN.match(r.text, p.start) is not None \
            or len(WORD.findall(r.text, before.body_start, before.end)) < 3:
        return None  # (a note set apart, a footnote, `(2) The paragraph above ...` under a rule: not certain)
    chosen = {at - 1}
    k = at - 1
    while k > 0 and not ordered[k].explicit and not ordered[k - 1].explicit and not blank_between(r.text, ordered[k - 1], ordered[k]):
        k -= 1
        chosen.add(k)
    return chosen


def _one_hit(r: Reading, p: Portion, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The one phrase of `pattern` in portion `p` when there is exactly one and `p` names no other text."""
    hits = list(pattern.finditer(r.text, p.start, p.end))
    if len(hits) != 1 or _names_more(r, p, hits[0]):
        return None
    return hits[0]


def _points_only(r: Reading, p: Portion, back: bool) -> bool:
    """Whether portion `p` points no other way than back (`back`) or ahead, and at no other document."""
    other_way = r.g.scope_ahead if back else r.g.scope_back
    return other_way.compiled.search(r.text, p.start, p.end) is None \
        and r.g.scope_elsewhere.compiled.search(r.text, p.start, p.end) is None


def _only_itself(r: Reading, p: Portion, word: str) -> bool:
    """Whether every time portion `p` says `word` (a word naming other text) it says `this WORD`
    ("the addressees of this message"): its own message, no other text."""
    found = [m for m in finditer_at_heads(r.g.scope_refers.compiled, r.text, r.text_in_any_case(), p.start, p.end,
                                          r.occurrences)
             if m.group(0).lower() == word]
    return bool(found) and word not in _NAMES | _COUNTED_NAMES | _DIRECTIONS and all(
        _THIS.search(r.text, max(p.start, m.start() - 8), m.start()) is not None for m in found)


def _by_count(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """The paragraphs or items a count names (`the last two bullets`, `the two paragraphs below`,
    `the next three items`): the first or last N of that kind in the region it points at, within
    the statement's own message, when the portions counted there are told apart for certain (list
    items of one unbroken list; paragraphs marked or set apart by blank lines)."""
    p = ordered[at]
    refs = list(_COUNT_REF.finditer(r.text, p.start, p.end))
    if len(refs) != 1 or r.holds(_QUOTE_LINE):
        return None
    m = refs[0]
    if sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != 1:
        return None
    if _REF_AFTER.match(r.text, m.end()) is not None or _REF_BEFORE.search(
            r.text, max(p.start, m.start() - 40), m.start()) is not None:
        return None  # `the last two bullets in my note below`, `your last two paras`
    lo, hi = _sentence(r.text, m.start(), m.end(), p.start, p.end)
    if r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None:
        return None
    edge, direction = _EDGES.get((m.group("edge") or "").lower(), (None, None))
    written = (m.group("direction") or "").strip().lower() or None
    if direction is not None and written is not None and written != direction:
        return None
    direction = direction or written
    if edge is None:
        if direction is None:
            return None
        edge = "first" if direction == "below" else "last"
    n = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
    # (within the statement's own message: a reply's count is not the quoted message's)
    heads = sorted({*(h.start() for h in r.matches(QUOTED_HEADER)),
                    *(h.start() for h in r.matches(r.g.quoted_message_start.compiled))})
    own = bisect_right(heads, p.start)
    wanted = "list_item" if m.group("kind").lower() in ("bullets", "items") else "paragraph"
    region = [j for j, q in enumerate(ordered) if j != at and _in_direction(ordered, at, j, direction)
              and bisect_right(heads, q.start) == own]
    of_kind = [j for j in region if ordered[j].kind == wanted]
    if len(of_kind) < n:
        return None
    chosen = of_kind[:n] if edge == "first" else of_kind[-n:]
    if edge == "last" and wanted == "paragraph":
        # (a signature or one-line closing among the last ones is no paragraph the writer counts: the n above it
        # are taken too, with it, fail closed, round 141)
        k, counted, picked = len(of_kind) - 1, 0, []
        while k >= 0 and counted < n:
            picked.append(of_kind[k])
            counted += not _closing_block(r, ordered[of_kind[k]])
            k -= 1
        chosen = sorted(picked)
    if wanted == "list_item":
        span = [j for j in region if of_kind[0] <= j <= of_kind[-1]]
        if span != of_kind:
            return None  # (not one unbroken list: which items it counts cannot be told)
    else:
        between = [j for j in region if min(chosen[0], at) <= j <= max(chosen[-1], at)]
        if any(ordered[j].kind != "paragraph" or not (ordered[j].explicit or _set_apart(r, ordered, j))
               for j in between):
            return None
    out = set(chosen)
    if wanted == "paragraph" and direction is not None:
        # (each line its own (U) portion: the writer may count blocks between blank lines, and the rest of the
        # statement's own block may be the first; both readings are raised, fail closed, review36s)
        out |= _counted_blocks(r, ordered, at, region, n, direction)
    last = max(out)
    if last >= of_kind[-1]:  # (the last of them: what runs on after it unmarked may be its own)
        out |= _with_unmarked_after(ordered, at, last, set())
    return out


def _counted_blocks(r: Reading, ordered: list[Portion], at: int, region: list[int], n: int, direction: str) -> set[int]:
    """The portions of the first `n` blocks (runs of portions between blank lines) from the statement
    in `direction`; the rest of the statement's own block counts as the first when no blank line
    sets it apart. Counted both ways, and both raised (fixrev37b, review37b p01, p03, p04): every blank line parting
    blocks, and a blank line inside a sentence (double-spaced `(U) ... discussed the` / `(U) upcoming trade fair`)
    parting none, as which way the writer counted cannot be told."""
    return _blocks_counted(r, ordered, at, region, n, direction, across_sentences=True) \
        | _blocks_counted(r, ordered, at, region, n, direction, across_sentences=False)


def _blocks_counted(r: Reading, ordered: list[Portion], at: int, region: list[int], n: int, direction: str,
                    across_sentences: bool) -> set[int]:
    """`_counted_blocks` one way: a sentence run on across a blank line is one block when `across_sentences`."""
    seq = sorted(region, reverse=direction == "above")
    out: set[int] = set()
    block, prev = 0, at
    for j in seq:
        a, b = (ordered[prev], ordered[j]) if direction == "below" else (ordered[j], ordered[prev])
        if block == 0 or blank_between(r.text, a, b) and not (across_sentences and sentence_goes_on(r.text, a, b)):
            block += 1
        if block > n:
            break
        out.add(j)
        prev = j
    return out


def _set_apart(r: Reading, ordered: list[Portion], j: int) -> bool:
    """Whether portion `j` has a blank line before it and after it (or starts or ends the text)."""
    q = ordered[j]
    before = r.text[max(0, q.start - 8):q.start]
    after = r.text[q.end:q.end + 8]
    return (q.start == 0 or _BLANK_BEFORE.search(before) is not None) and (
        q.end >= len(r.text.rstrip()) or after.lstrip(" \t").startswith(("\n\n", "\r\n\r\n", "\n\r\n")))


def _by_opening(r: Reading, ordered: list[Portion], at: int, opening: list[re.Match[str]],
                direction: str | None) -> set[int] | None:
    """The portion whose text opens with the words a statement quotes (`the para starting "Our read
    of the"`): exactly one portion of the document (in the direction it points) opens with them."""
    if sum(1 for _ in _REF_WORD.finditer(r.text, ordered[at].start, ordered[at].end)) > len(opening):
        return None
    chosen: set[int] = set()
    for m in opening:
        words = " ".join(m.group("words").split()).casefold()
        found = [j for j, q in enumerate(ordered) if j != at and _in_direction(ordered, at, j, direction)
                 and " ".join(r.text[q.body_start:min(q.end, q.body_start + len(m.group("words")) + 40)].split())
                 .casefold().lstrip("-*•·>#_ ").startswith(words)]
        if len(found) != 1:
            return None
        chosen |= _with_unmarked_after(ordered, at, found[0], set())
    return chosen


def _sentence(text: str, start: int, end: int, floor: int, ceiling: int, opens: str = ".!?;\n") -> tuple[int, int]:
    """The sentence (or clause) holding `start:end`, within `floor:ceiling`; `opens`: the
    characters a sentence starts after."""
    lo = max(floor, *(text.rfind(c, floor, start) + 1 for c in opens))
    ends = [e for e in (text.find(c, end, ceiling) for c in ".!?;\n") if e >= 0]
    return lo, min(ends) if ends else ceiling


# --- labelled sections, tabs and annexes (`Section 3`, `Tab B`, `Annex II`, `the annex below`) ---

_HEADING_KINDS = ("section", "tab", "annex", "appendix", "attachment", "enclosure", "part", "chapter")
_HEADING_NAMES = frozenset(_HEADING_KINDS)
_HEADING_ANY = frozenset({*_HEADING_KINDS, "sections", "tabs", "annexes", "appendices", "attachments", "enclosures",
                          "parts", "chapters"})
_UNLABELLED_OK = frozenset({"tab", "annex", "appendix", "attachment", "enclosure"})  # ("the annex below"; not "the part")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_LABEL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_HEAD_REF = compile_pattern(
    r"(?i)\b(?P<kind>section|tab|annex|appendix|attachment|enclosure|part|chapter)(?P<plural>s|es|ices)?\b"
    r"(?:[ \t]+(?:no\.|number|#)?[ \t]*(?P<label>(?-i:[A-Z](?![\w\-])|[IVX]{1,5}(?![\w\-])|\d{1,3}(?![\w\-]))"
    rf"|(?:{_LABEL_WORDS})\b))?")
_HEAD_WORD = compile_pattern(r"(?i)\b(?:section|tab|annex|appendix|attachment|enclosure|part|chapter)(?:s|es|ices)?\b")
_HEAD_OTHER = compile_pattern(r"(?i)\bother[ \t]+$")
_HEAD_AFTER = compile_pattern(
    r"(?i)(?:[.\-\u2013]\d|[ \t]*(?:[,&/\-\u2013]|\band\b|\bor\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*\(?(?:\d|(?-i:[A-Z]|[IVX]+)\b"
    rf"|(?:{_LABEL_WORDS})\b)"
    r"|[ \t]*\((?:[a-z]|[ivx]+|\d{1,2})\)(?![ \t]*(?:is|are|was|were|should|must|remains?)\b)(?<!\((?-i:[STCU])\))"
    r"|[ \t]*,?[ \t]*(?:of|in|from)\b(?![ \t]+this\b))")
# a way of pointing written next to the name (`the Annex below`, `the following annex`, `Tab B above`)
_NEXT_TO_BEFORE = compile_pattern(r"(?i)\b(?P<way>following|preceding|foregoing|previous|attached|enclosed)[ \t]+$")
_NEXT_TO_AFTER = compile_pattern(r"(?i)[ \t]*,?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?P<way>below|above|attached|enclosed|that[ \t]+follows|following)\b")
# a heading line: the kind and its label at a line start (`TAB B`, `Section 3. Options`, `ANNEX II`,
# `PART I -- BACKGROUND`, `Annex 1`), the line ending there or going on after a separator or a mark
_HEADING_LINE = compile_pattern(
    r"(?im)^[ \t]*[\[(#*]*[ \t]*(?P<kind>section|tab|annex|appendix|attachment|enclosure|part|chapter)\b"
    r"[ \t]*(?:no\.|number|#)?[ \t]*(?P<label>(?-i:[A-Z](?![\w\-])|[IVX]{1,5}(?![\w\-]))|\d{1,3}(?![\w\-])"
    rf"|(?:{_LABEL_WORDS})\b)?(?P<rest>[^\n\r]*)")
_HEADING_REST = compile_pattern(r"(?:[ \t]*$|[ \t]*(?:[.:)\]\-\u2013\u2014|=*]|\((?-i:[A-Z/ ]{1,12})\))|\t)")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _labels(label: str | None) -> set[str]:
    """What a section label may be read as (`II` and `2`; `one` and `1`; `B`): a heading named in
    any of them is the one named."""
    if not label:
        return set()
    out = {label.upper()}
    if label.isdigit():
        out = {str(int(label))}
    elif label.lower() in _NUMBER_WORDS:
        out = {str(_NUMBER_WORDS[label.lower()])}
    if label.upper() in _ROMAN and label.isupper():
        out.add(str(_ROMAN[label.upper()]))
    return out


def _cut(text: str, h: re.Match[str]) -> bool:
    """Whether a line opening with a section's kind and label is a heading that ends the section
    before it: set apart by a blank line (or the text's start), and the label alone or with a short
    title after a separator (`Section 3. Options`, `TAB A`, `PART II -- CONCEPT`), no sentence
    (`Tab C shows the garrisons.` inside a tab ends nothing)."""
    rest = h.group("rest").strip()
    before = text[max(0, h.start() - 4):h.start()]
    return (_HEADING_REST.match(h.group("rest")) is not None and len(rest) <= 70
            and (rest in (".", ":") or not rest.endswith((".", "?", "!", ";", ",")))
            and (h.start() == 0 or _BLANK_BEFORE.search(before) is not None or before.endswith("\n\n")))


def _closed_at(r: Reading, kind: str, labels: set[str], start: int, stop: int) -> int:
    """Where a labelled block from `start` (its heading line's end) to `stop` ends when a line in it
    closes it (`END ENCLOSURE`, `--- end of attachment B ---`, `labelled.closing_line`): that
    line's end, else `stop`."""
    at = start
    while at < stop:
        line_end = r.text.find("\n", at + 1, stop)
        line_end = stop if line_end < 0 else line_end
        if closing_line(r, r.text[at:line_end], kind, labels):
            return line_end
        at = line_end
    return stop


def by_heading(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """A labelled section, tab or annex (`Section 3 of this paper is classified SECRET`, `Tab B
    should be read as CONFIDENTIAL`, `Annex II is ... CONFIDENTIAL`), or the one annex or tab of
    the document (`the annex below is SECRET`): every stretch of the document a heading of that
    kind and label opens (a line opening with it), up to the next heading of that kind (or the
    end); a tab or annex with no label only when the document (where it points) has exactly one
    heading of its kind. None when the statement names anything else, more than one, a plural,
    or what is not certain (another document's: `its annex`, `Section 3 of the Act`), or when no
    heading opens more than its own line."""
    if not set(refers) & _HEADING_ANY or not set(refers) <= _HEADING_ANY | _DIRECTIONS | {"following", "preceding"}:
        return None
    p = ordered[at]
    refs = list(_HEAD_REF.finditer(r.text, p.start, p.end))
    named = [m for m in refs if not m.group("plural")]
    others = [m for m in refs if m.group("plural")]
    if not named or any(_HEAD_OTHER.search(r.text, max(p.start, m.start() - 12), m.start()) is None for m in others):
        return None  # (a plural names more than one; "all other sections are correctly marked" names none)
    if sum(1 for _ in _HEAD_WORD.finditer(r.text, p.start, p.end)) != len(refs) or r.holds(_QUOTE_LINE):
        return None
    keys = {(m.group("kind").lower(), frozenset(_labels(m.group("label")))) for m in named}
    if len(keys) != 1:
        return None  # ("Part I and Part III are unclassified" beside "Part II": more than one)
    kind, labels = next(iter(keys))
    if not labels and kind not in _UNLABELLED_OK:
        return None
    for m in named:
        if _HEAD_AFTER.match(r.text, m.end()) is not None:
            return None  # `Section 3 of the Act`, `Tab B and C`, `Annex 2.1`, `Section 4(b)`
        before = _REF_BEFORE.search(r.text, max(p.start, m.start() - 40), m.start())
        if before is not None and not (labels and before.group(0).strip().lower() == "that"):
            return None  # `its annex`, `reftel's Section 3`
    ways = {w.group("way").lower().split()[0] for m in named for w in (
        _NEXT_TO_BEFORE.search(r.text, max(p.start, m.start() - 20), m.start()), _NEXT_TO_AFTER.match(r.text, m.end()))
        if w is not None}
    if ways:  # (written next to the name: "the Annex below is SECRET and must be removed before this memo ...")
        back = bool(ways & {"preceding", "foregoing", "previous", "above"})
        ahead = bool(ways - {"preceding", "foregoing", "previous", "above"})
    else:
        sentences = [_sentence(r.text, m.start(), m.end(), p.start, p.end, ".!?;:\n") for m in named]
        back = any(r.g.scope_back.compiled.search(r.text, lo, hi) is not None for lo, hi in sentences)
        ahead = any(r.g.scope_ahead.compiled.search(r.text, lo, hi) is not None for lo, hi in sentences)
    if back and ahead:
        return None
    headings = [(h.start(), _labels(h.group("label")), _cut(r.text, h))
                for h in r.matches(_HEADING_LINE) if h.group("kind").lower() == kind
                and not (p.start <= h.start() < p.end)]
    if back:
        targets = [h for h in headings if h[0] < p.start]
    elif ahead:
        targets = [h for h in headings if h[0] >= p.end]
    else:
        targets = headings
    if labels:
        targets = [h for h in targets if h[1] & labels]
    elif len(targets) != 1 or len(headings) != 1:
        return None  # ("the annex": the document has exactly one line that opens with `Annex`, where it points)
    if not targets:
        return None
    cuts = sorted(start for start, found, heading in headings if heading and not (found & labels if labels else False))
    chosen: set[int] = set()
    trivial = True
    for start, found, _ in targets:
        line_end = r.text.find("\n", start)
        line_end = len(r.text) if line_end < 0 else line_end
        stop = next((c for c in cuts if c > start), len(r.text))
        stop = _closed_at(r, kind, found, line_end, stop)
        chosen |= {j for j, q in enumerate(ordered) if q.start < stop and q.end > start}
        trivial = trivial and not r.text[line_end:stop].strip()
    if trivial or not chosen:
        return None  # (only a list of tabs: the tab's own text is not there to be found)
    return chosen


# --- a paragraph named by its topic (`the para about the Tanaka visit`, `my para on the dam inspections`) ---

_TOPIC_REF = compile_pattern(
    r"(?i)\b(?:the|my|your|our|his|her|their|that)[ \t]+(?:para(?:graph)?|bullet|item|point|entry)[ \t]+"
    r"(?:about|abt|abou|on|concerning|regarding|re:?|covering|dealing[ \t]+with|that[ \t]+(?:mentions|covers|discusses|deals[ \t]+with))"
    r"[ \t]+(?P<topic>[^.,;:!?()\"“”\n]{3,60}?)"
    r"(?=[ \t]+(?:is|are|was|were|should|must|needs?|wants?|has|have|had|up|to|in|from|as|into|goes|went|belongs?|really|"
    r"actually|ought|could|would|will|may|might|shall|can|probably|prob|now|also)\b"
    r"|[ \t]*(?:[.,;:!?(\n\u2014\u2013]|--|-[ \t]))")
# `the COA 2 paragraph`, `the Marib para`: the topic before the word
_TOPIC_BEFORE = compile_pattern(
    r"(?i)\b(?:the|my|your|our|that)[ \t]+(?P<topic>[\w\-]+(?:[ \t]+[\w\-]+){0,2}?)[ \t]+(?:para(?:graph)?|bullet|item|point|entry)\b"
    r"(?![ \t]*(?:\d|\(|on\b|about\b|of\b|concerning\b|regarding\b|re\b|that\b|which\b|starting\b|beginning\b))")
_NOT_TOPIC_BEFORE = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                               "1st", "2nd", "3rd", "4th", "5th", "last", "next", "previous", "following", "preceding",
                               "above", "below", "same", "other", "whole", "entire", "final", "opening", "closing",
                               "quoted", "original", "new", "old", "this", "that", "one", "each", "every", "numbered",
                               "lettered", "marked", "unmarked", "classified", "unclassified", "secret", "confidential",
                               "top", "bottom", "middle", "long", "short", "earlier", "later", "latter", "former", "u", "s",
                               "c", "ts", "nf", "sbu", "fouo", "key", "main", "lead", "intro", "introductory", "summary",
                               "comment", "bluf", "action", "note", "my", "your", "our", "his", "her", "their", "its",
                               "a", "an", "only", "single", "two", "three", "four", "five"})
_ANOTHER_ONE = compile_pattern(r"(?i)\b(?:the|next|other|that|this|last|following|previous|second|first)[ \t]+ones?\b")


def by_topic(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A paragraph named by its topic (`the para about the Tanaka visit is confidental`, `bump my
    para on the dam inspections up to Conf`): exactly one other portion of the document holds every
    word of the topic (its words of substance, any case, a plural as its singular), when the
    statement names no other text (one reference only; not "... and the one after it"). That
    portion, with what runs on after it unmarked and not set apart by a blank line."""
    p = ordered[at]
    before = [m for m in _TOPIC_BEFORE.finditer(r.text, p.start, p.end)
              if not any(w.lower() in _NOT_TOPIC_BEFORE for w in m.group("topic").split())]
    refs = list(_TOPIC_REF.finditer(r.text, p.start, p.end)) + before
    if len(refs) != 1 or sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != 1:
        return None
    if any(w.lower() in _NOT_TOPIC_BEFORE for m in _TOPIC_BEFORE.finditer(r.text, p.start, p.end)
           for w in m.group("topic").split()) and not refs[0].re.pattern == _TOPIC_REF.pattern:
        return None
    if _ANOTHER_ONE.search(r.text, p.start, p.end) is not None or r.holds(_QUOTE_LINE):
        return None
    return holding_topic(r, ordered, at, refs[0].group("topic"))


# `the bit about the uncle`, `the sentence about the militia's drone supplier`, `the stuff on the cousin`:
# a stretch of text named by its topic with a word that is no paragraph's or item's
_BIT_REF = compile_pattern(
    r"(?i)\b(?:the|this|that|my|your|our)[ \t]+(?:bit|part|sentence|line|stuff|piece|passage)[ \t]+"
    r"(?:about|abt|abou|on|concerning|regarding|re:?)"
    r"[ \t]+(?P<topic>[^.,;:!?()\"“”\n]{3,60}?)"
    r"(?=[ \t]+(?:is|are|was|were|should|must|needs?|has|have|had|to|in|from|as|into|goes|went|belongs?|really|"
    r"actually|ought|could|would|will|may|might|shall|can|cannot|can't|probably|prob|now|also|came|comes|paraphrases|"
    r"summari[sz]es)\b"
    r"|[ \t]*(?:[.,;:!?(\n\u2014\u2013]|--|-[ \t]))")
# what `scope.py` may read in such a statement as naming other text (a sentence, a line, a part)
_BIT_NAMES = frozenset({"no text named", "sentence", "line", "part", "passage", "bit", "section"})
# words that make the statement name more than one stretch, or a stretch that runs on
_BIT_MORE = compile_pattern(r"(?i)\b(?:and|plus|also|as\s+well\s+as|everything|all|rest|whole|onwards?|after|below|above|"
                            r"following|before|until|through|thru|remainder|both|each|every)\b")


def by_bit_topic(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A stretch named by its topic with a word that is no paragraph's (`the bit about the uncle is
    S`, `the sentence about the militia's drone supplier is taken ... from an S/NF WIRe`, `keep the
    bit about the fumigation company in-house`): exactly as `by_topic`, when the statement's
    portion names it once and no other text (no paragraph, item or point word, no `and`, `everything`,
    `after` ... in the sentence that names it), and exactly one other portion holds every word of
    the topic."""
    p = ordered[at]
    refs = list(_BIT_REF.finditer(r.text, p.start, p.end))
    if len(refs) != 1 or _REF_WORD.search(r.text, p.start, p.end) is not None \
            or _TOPIC_REF.search(r.text, p.start, p.end) is not None:
        return None
    if _ANOTHER_ONE.search(r.text, p.start, p.end) is not None or r.holds(_QUOTE_LINE):
        return None
    lo, hi = _sentence(r.text, refs[0].start(), refs[0].end(), p.start, p.end)
    if _BIT_MORE.search(r.text, lo, hi) is not None:
        return None
    return holding_topic(r, ordered, at, refs[0].group("topic"))


# --- lettered sub-items (`item 3(b)`, `para 4.b`, `paragraph 2.b.(ii)`, `bullet c`, `bullets (d) and (e)`) ---

_SUB_REF = compile_pattern(
    r"(?i)\b(?:para(?:graph)?|item|point|bullet)\.?[ \t]*(?P<n>\d{1,2})"
    r"(?P<path>(?:[ \t]*\([a-z]{1,4}\)|\.[a-z]{1,4}(?![\w])|\.\([a-z]{1,4}\)){1,3})(?![\w(.]*\d)")
_LETTER_REF = compile_pattern(
    r"(?i)\b(?:item|bullet|point|sub-?item|sub-?para(?:graph)?)s?[ \t]+(?P<l1>\([a-z]\)|(?-i:[a-z]|[A-Z])(?![\w\-']))"
    r"(?:[ \t]*(?:,|\band\b|&)[ \t]*(?P<l2>\([a-z]\)|(?-i:[a-z]|[A-Z])(?![\w\-'])))?")
_LABEL_AT = compile_pattern(r"[ \t]*(?:[\-*\u2022\u00b7][ \t]*)?\(?(?P<label>[a-zA-Z]{1,4})[.)](?=[ \t]|$)")
_LINE = compile_pattern(r"(?m)^")
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _next_labels(label: str) -> set[str]:
    """The labels that may come right after `label` in a list (`c` after `b`; `iii` after `ii`; both after `i`)."""
    label = label.lower()
    out = set()
    if len(label) == 1 and label < "z":
        out.add(chr(ord(label) + 1))
    if label in _ROMANS[:-1]:
        out.add(_ROMANS[_ROMANS.index(label) + 1])
    return out


def _labelled_lines(r: Reading, ordered: list[Portion], within: list[int]) -> list[tuple[int, int, str, bool]]:
    """The lines of the portions `within` (positions in `ordered`, in order) that open with a
    letter or Roman label (`b.`, `(ii)`, `c)`): (offset, position, label, whether the line opens
    its portion)."""
    out = []
    for j in within:
        q = ordered[j]
        first = r.text.rfind("\n", 0, q.start) + 1
        for line in _LINE.finditer(r.text, first, q.end):
            at = max(line.start(), q.start if line.start() == first else line.start())
            m = _LABEL_AT.match(r.text, at, q.end)
            if m is not None:
                out.append((at, j, m.group("label").lower(), line.start() == first))
    return out


def _narrow(r: Reading, ordered: list[Portion], within: list[int], label: str) -> list[int] | None:
    """Of the portions `within`, those of the sub-item labelled `label`: from the one line that
    opens with it to the line that opens with the label after it (or the end of `within`)."""
    lines = _labelled_lines(r, ordered, within)
    hits = [i for i, line in enumerate(lines) if line[2] == label.lower()]
    if len(hits) != 1:
        return None
    _, first, _, _ = lines[hits[0]]
    following = _next_labels(label)
    stop = next((line for line in lines[hits[0] + 1:] if line[2] in following), None)
    if stop is None:
        return [j for j in within if j >= first]
    return [j for j in within if first <= j and (j < stop[1] or (j == stop[1] and not stop[3]))]


def by_subitem(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """A lettered sub-item (`item 3(b) is Confidential`, `paragraph 2.b.(ii) should read SECRET`):
    within the numbered paragraph (read exactly as `para 3` is), the one line that opens with each
    label in turn, up to the line that opens with the next label (`c.` after `b.`), else the whole
    paragraph with its items (what is named is inside it: fail closed). A letter alone (`bullet c
    should be S/NF`, `bullets (d) and (e) ... are Secret`): the one line of the document that
    opens with it, to the next. None when the statement names other text too."""
    p = ordered[at]
    subs = list(_SUB_REF.finditer(r.text, p.start, p.end))
    letters = [] if subs else list(_LETTER_REF.finditer(r.text, p.start, p.end))
    if len(subs) + len(letters) != 1 or sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != 1:
        return None
    if r.holds(_QUOTE_LINE):
        return None
    if letters:
        m = letters[0]
        chosen: set[int] = set()
        everything = [j for j in range(len(ordered)) if j != at]
        labels = {line[2] for line in _labelled_lines(r, ordered, everything)}
        for group in ("l1", "l2"):
            if m.group(group):
                letter = m.group(group).strip("()").lower()
                if (chr(ord(letter) - 1) if letter > "a" else "b") not in labels:
                    return None  # (no lettered list that holds it: `bullet c` may count bullets)
                found = _narrow(r, ordered, everything, letter)
                if found is None:
                    return None
                chosen |= set(found)
        return chosen or None
    m = subs[0]
    before = _REF_BEFORE.search(r.text, max(p.start, m.start() - 40), m.start())
    if before is not None or _REF_AFTER.match(r.text, m.end()) is not None:
        return None
    lo, hi = _sentence(r.text, m.start(), m.end(), p.start, p.end)
    if r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None:
        return None
    parent = _numbered(r, ordered, at, int(m.group("n")), None)
    if not parent or at in parent:
        return None
    within = sorted(parent)
    for label in compile_pattern(r"[a-zA-Z]{1,4}").findall(m.group("path")):
        narrowed = _narrow(r, ordered, within, label)
        if narrowed is None:
            break  # (not told apart: the paragraph, or the item, as a whole)
        within = narrowed
    return set(within)


# --- a table row named by a cell (`Lagos row is classified CONFIDENTIAL`, `Table 2, row "Kherson depot"`) ---

_ROW_NAMES = frozenset({"row", "rows", "entry", "entries", "record", "records", "table"})
_ROW_REF = compile_pattern(
    r"(?P<name>(?:[A-Z][\w'’.&\-]*[ \t]+){0,3}[A-Z][\w'’.&\-]*)[ \t]+(?i:row|entry|record)\b(?![ \t]*[\"“'‘])"
    # (a name whose later words are in lower case: "the Aktau depot row", round 119)
    r"|(?P<lower>[A-Z][\w'’.&\-]*(?:[ \t]+[a-z][\w'’.&\-]*){1,2})[ \t]+(?i:row|entry|record)\b(?![ \t]*[\"“'‘])"
    r"|(?i:\b(?:row|entry|record)[ \t]*[,:]?[ \t]*(?:for[ \t]+)?)[\"“'‘](?P<quoted>[^\"”'’\n]{2,40})[\"”'’]")
_ROW_WORD = compile_pattern(r"(?i)\b(?:rows?|entry|entries|records?)\b")
_ROW_OTHER = compile_pattern(r"(?i)\b(?:all[ \t]+)?other[ \t]+(?:rows|entries|records)\b")
_ROW_NOT_NAMES = frozenset({"the", "this", "that", "each", "every", "a", "an", "one", "last", "first", "next", "other",
                            "new", "top", "bottom", "header", "following", "preceding", "previous", "above", "below",
                            "any", "no", "which", "what", "same", "table", "errata", "correction", "note"})
_EMPTY_FIRST_CELL = compile_pattern(r"[ \t]*(?:\|[ \t]*\||[,;\t])")


def by_row(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """A table row named by a cell's text (`ERRATA -- Lagos row is classified CONFIDENTIAL`,
    `the Cafe Lumen row is SECRET, not U`, `the Varga entry is CONFIDENTIAL`, `Table 2, row
    "Kherson depot", should be marked (S//NF)`): exactly one other portion holds that text. That
    portion, with the lines it runs on over (an open quoted cell, a wrapped cell whose first cell
    is empty)."""
    if not set(refers) & {"row", "entry", "record"} or not set(refers) <= _ROW_NAMES:
        return None
    p = ordered[at]
    refs = list(_ROW_REF.finditer(r.text, p.start, p.end))
    others = len(list(_ROW_OTHER.finditer(r.text, p.start, p.end)))
    if len(refs) != 1 or sum(1 for _ in _ROW_WORD.finditer(r.text, p.start, p.end)) != 1 + others:
        return None
    m = refs[0]
    name = " ".join((m.group("quoted") or m.group("name") or m.group("lower")).split())
    words = name.split()
    while words and words[0].lower() in _ROW_NOT_NAMES:
        words = words[1:]  # ("The Cafe Lumen row": its name is "Cafe Lumen")
    if not words or any(w.lower() in _ROW_NOT_NAMES for w in words) or len(" ".join(words)) < 3:
        return None
    pattern = compile_pattern(r"(?i)(?<![\w])" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?![\w])")
    found = [j for j, q in enumerate(ordered) if j != at and pattern.search(r.text, q.start, q.end) is not None]
    if len(found) != 1:
        return None
    j = found[0]
    chosen = {j}
    open_cell = r.text.count('"', ordered[j].start, ordered[j].end) % 2 == 1
    for i in range(j + 1, len(ordered)):
        q = ordered[i]
        if i == at or q.explicit or blank_between(r.text, ordered[i - 1], q):
            break
        if not open_cell and _EMPTY_FIRST_CELL.match(r.text, q.start) is None:
            break
        chosen.add(i)
        if open_cell and r.text.count('"', q.start, q.end) % 2 == 1:
            open_cell = False
    return chosen


# --- pages across form feeds (`pages 3-4 are CONFIDENTIAL`, `page 4 of this copy was printed from SIPRNet`) ---

_PAGE_REF = compile_pattern(
    r"(?i)\b(?P<word>pages?|pp?\.)[ \t]*(?P<a>\d{1,3})(?![\w.,]\d)(?:[ \t]*(?:-|\u2013|\u2014|to|through|thru|and|&)[ \t]*"
    r"(?P<b>\d{1,3})\b)?(?P<of>[ \t]+of[ \t]+\d{1,3}\b)?")
_PAGE_WORD = compile_pattern(r"(?i)\bpages?\b|\bpp?\.[ \t]*\d")
_PAGE_AFTER = compile_pattern(r"(?i)[ \t]*,?[ \t]*(?:of|in|from)\b(?![ \t]+(?:this|the[ \t]+(?:fax|copy|extract|printout)))")
_FIELD_LABEL = compile_pattern(r"(?i)\b(?P<word>[a-z\-]+)[ \t]*:")


def by_page(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """Pages named by number (`NOTE: pages 3-4 are CONFIDENTIAL`, `Pages 4-5 of this extract
    reproduce a SECRET briefing`) in a document whose pages are split by form feeds and numbered
    on every page (`PageMap.numbered_feeds`): every portion on those pages. None when a page it names is not
    there, or when the statement names other text too (a word that only labels a field,
    `MESSAGE:`, names none)."""
    p = ordered[at]
    labels = {m.group("word").lower() for m in _FIELD_LABEL.finditer(r.text, p.start, p.end)}
    named = [w for w in refers if w not in labels or any(
        m.group(0).lower() == w and not r.text.startswith(":", m.end()) for m in
        r.g.scope_refers.compiled.finditer(r.text, p.start, p.end))]
    if not set(named) & {"page", "pages"} or not set(named) <= {"page", "pages"}:
        return None
    page_of = page_map(r)
    pages = page_of.numbered_feeds
    if pages is None:
        return None
    label_spans = page_of.numbers_in(p.start, p.end)
    refs = [m for m in _PAGE_REF.finditer(r.text, p.start, p.end)
            if not m.group("of") and not any(s <= m.start() < e for s, e in label_spans)]
    words = [m for m in _PAGE_WORD.finditer(r.text, p.start, p.end) if not any(s <= m.start() < e for s, e in label_spans)]
    if not refs or len(words) != len(refs):
        return None
    wanted: set[int] = set()
    for m in refs:
        if _PAGE_AFTER.match(r.text, m.end()) is not None or _REF_BEFORE.search(
                r.text, max(p.start, m.start() - 40), m.start()) is not None:
            return None  # (`page 3 of the report`, `its page 2`)
        a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
        if not a <= b <= a + 20:
            return None
        wanted |= set(range(a, b + 1))
    by_number = {n: (lo, hi) for n, lo, hi in pages}
    if not wanted <= set(by_number):
        return None  # (a page this text does not hold: another copy's, maybe)
    chosen = {j for j, q in enumerate(ordered) for n in wanted if q.start < by_number[n][1] and q.end > by_number[n][0]}
    return chosen or None


# --- chat messages named by pointing (`^ it's C`, `that last msg shd be S`, `both of your 09:16 msgs are S`,
# `anything I posted between 14:02 and 14:10 is S//NF`) ---

_CHAT_HEADER = compile_pattern(
    r"(?m)^[ \t]*(?:\[?(?:\d{4}-\d\d-\d\d[ T])?(?P<hh>\d{1,2}):(?P<mm>\d\d)(?::\d\d)?\]?)[ \t]+"
    r"(?:<(?P<n1>[^>\n]{1,40})>|(?P<n2>[^:\n\[\]<>]{1,40}?):)[ \t]")
_CARETS = compile_pattern(r"[ \t]*(?P<carets>\^{1,3})(?![\^\w])")
_LAST_MSG = compile_pattern(r"(?i)\b(?P<whose>that|the|my)[ \t]+(?:very[ \t]+)?(?:last|previous|prev)[ \t]+(?:msg|message|post)\b")
_AT_TIME = compile_pattern(r"(?i)\b(?:(?:both|all)[ \t]+(?:of[ \t]+)?)?(?:(?P<whose>my|your|ur|his|her|the)[ \t]+)?"
                           r"(?P<hh>\d{1,2}):(?P<mm>\d\d)[ \t]+(?:msgs?|messages?|posts?)\b")
_BETWEEN = compile_pattern(r"(?i)(?:\b(?:anything|everything|all|what)(?:[ \t]+(?:I|we|you|he|she|they))?[ \t]+"
                           r"(?:posted|wrote|sent|said|typed)[ \t]+)?\b(?:between|from)[ \t]+(?P<h1>\d{1,2}):(?P<m1>\d\d)[ \t]+(?:and|to|-|until|till)[ \t]+"
                           r"(?P<h2>\d{1,2}):(?P<m2>\d\d)\b")
_CHAT_POINTERS = (_LAST_MSG, _AT_TIME, _BETWEEN)
# other words that point at messages: a statement holding one beside its pointer names more than it
_CHAT_OTHER = compile_pattern(r"(?i)\^|\b(?:msgs?|messages?|posts?|above|before|earlier|previous|prev|last|these|those|"
                              r"them|both|all|everything|anything|rest|ones?|too|also|thread|chain|and[ \t]+(?:the|that|this|his|her|your))\b")


def by_chat(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """Chat messages a message names by pointing, in a chat export (every message a line opening
    with its time and its sender): `^` (`^^`: the two before it) at its start, `that last msg`
    (the message right before it; `my last msg`: its sender's own before it), `both of your 09:16
    msgs` (every message posted at that minute), `anything I posted between 14:02 and 14:10`
    (every message posted then, by anyone, and the one before them: fail closed). Each message with the lines after it up to
    the next message. None when the statement points in more than one way, or anywhere else."""
    p = ordered[at]
    headers = r.matches(_CHAT_HEADER)
    if len(headers) < 3:
        return None
    starts = [h.start() for h in headers]
    own = bisect_right(starts, p.start) - 1
    if own < 0 or r.text[headers[own].end():p.start].strip():
        return None  # (the statement must open a chat message)
    if own + 1 < len(headers) and headers[own + 1].start() < p.end:
        return None  # (a portion of more than one message: which one points is not certain)
    body = headers[own].end()
    carets = _CARETS.match(r.text, body, p.end)
    found = [(k, m) for k, pattern in enumerate(_CHAT_POINTERS) for m in pattern.finditer(r.text, body, p.end)]
    if (carets is not None) + len(found) != 1:
        return None
    span = (carets.start(), carets.end()) if carets is not None else found[0][1].span()
    if any(not (span[0] <= o.start() < span[1]) for o in _CHAT_OTHER.finditer(r.text, body, p.end)):
        return None  # ("^ and the msg before it are C": more than it points at)

    def minute(i: int) -> int:
        return int(headers[i].group("hh")) * 60 + int(headers[i].group("mm"))

    def sender(i: int) -> str:
        return " ".join((headers[i].group("n1") or headers[i].group("n2")).split()).lower()

    wanted: list[int]
    if carets is not None:
        wanted = list(range(max(0, own - len(carets.group("carets"))), own))
        if len(wanted) != len(carets.group("carets")):
            return None
    else:
        kind, m = found[0]
        if kind == 0 and m.group("whose").lower() == "my":  # `my last msg`: the sender's own before it
            wanted = [i for i in range(own) if sender(i) == sender(own)][-1:]
        elif kind == 0:  # `that last msg`: the message right before it
            wanted = [own - 1] if own > 0 else []
        elif kind == 1:  # `both of your 09:16 msgs`: every message of that minute
            at_minute = int(m.group("hh")) * 60 + int(m.group("mm"))
            wanted = [i for i in range(len(headers)) if i != own and minute(i) == at_minute]
        else:  # `between 14:02 and 14:10`: every message of those minutes
            lo, hi = int(m.group("h1")) * 60 + int(m.group("m1")), int(m.group("h2")) * 60 + int(m.group("m2"))
            wanted = [i for i in range(len(headers)) if i != own and lo <= minute(i) <= hi]
            # (and the message before the first of them: a line's time is when it began)
            wanted += [i for i in range(min(wanted, default=own)) if i != own and minute(i) < lo][-1:]
    if not wanted:
        return None
    chosen: set[int] = set()
    for i in wanted:
        lo, hi = starts[i], (starts[i + 1] if i + 1 < len(starts) else len(r.text))
        chosen |= {j for j, q in enumerate(ordered) if j != at and q.start < hi and q.end > lo}
    return chosen or None


# --- numbered paragraphs named in a list or a range (`paragraphs 5-6`, `except paragraphs 3 and 4`) ---

_NUMBERS_REF = compile_pattern(
    r"(?i)\b(?P<kind>para(?:graph)?s?|items?|bullets?|points?)\.?[ \t]*(?:(?:nos?\.|numbers?|#)[ \t]*)?"
    r"(?P<list>\d{1,3}(?:[ \t]*(?:-|\u2013|to|through|thru|,|&|and|,[ \t]*and)[ \t]*\d{1,3}(?![\w.]\d))+)\b")
_NUMBER = compile_pattern(r"\d{1,3}")
_RANGE = compile_pattern(r"(\d{1,3})[ \t]*(?:-|\u2013|to|through|thru)[ \t]*(\d{1,3})")


def by_numbers(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    """Numbered paragraphs (or items) named in a list or a range (`classification of paragraphs 5-6
    determined as S`, `except paragraphs 3 and 4, which remain SECRET//NOFORN`, `items 1, 2 and 5`):
    each read exactly as `para 3` is (`_numbered`), all of them. None when any one is not certain,
    or when the statement names other text too."""
    p = ordered[at]
    refs = list(_NUMBERS_REF.finditer(r.text, p.start, p.end))
    if not refs or r.holds(_QUOTE_LINE):
        return None
    if sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != len(refs):
        return None
    wanted: set[int] = set()
    for m in refs:
        if _REF_AFTER.match(r.text, m.end()) is not None or _REF_BEFORE.search(
                r.text, max(p.start, m.start() - 40), m.start()) is not None:
            return None  # (`paras 2-4 of reftel`, `its paragraphs 2 and 3`, `para 3 and 4(b)`)
        lo, hi = _sentence(r.text, m.start(), m.end(), p.start, p.end)
        if r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None:
            return None
        written = m.group("list")
        for a, b in _RANGE.findall(written):
            if not int(a) < int(b) <= int(a) + 20:
                return None
            wanted |= set(range(int(a), int(b) + 1))
        wanted |= {int(n) for n in _NUMBER.findall(_RANGE.sub(" ", written))}
    chosen: set[int] = set()
    for n in sorted(wanted):
        found = _numbered(r, ordered, at, n, None)
        if not found or at in found:
            return None
        chosen |= found
    return chosen


# --- a paragraph of the message a reply quotes, by its place (`your 2nd para`, `the 2nd para of my earlier note`) ---

_HEADER_LINE = compile_pattern(r"|-{2,}[^\n]*-{2,}|[A-Z][\w\- ]{0,20}:[^\n]*")
_OWNER_BEFORE = compile_pattern(r"(?i)\b(?:your|ur|my|our)[ \t]+$")
_OF_MESSAGE = compile_pattern(
    r"(?i)[ \t]+(?:of|in)[ \t]+(?:my|your|ur|our|the)[ \t]+(?:(?:earlier|previous|last|original|first)[ \t]+)?"
    r"(?:note|message|msg|e-?mail|mail|readout|notes|\d{4}(?:[ \t]*(?:hrs?|z))?)(?:[ \t]+below)?\b")


def in_reply(r: Reading, ordered: list[Portion], at: int, m: re.Match[str]) -> set[int] | None:
    """A paragraph (or item) by its place in the one message a reply quotes (`your 2nd para is C`,
    `the 2nd para of my earlier note was meant to be (S)`): the statement stands in the reply, above
    the one quoted message, and the place is counted over the marked portions of that kind in the
    quoted message when every other portion of that kind there is marked (an unmarked one only a
    heading, `From: ...`)."""
    p = ordered[at]
    owner = _OWNER_BEFORE.search(r.text, max(p.start, m.start() - 8), m.start()) is not None
    of_message = _OF_MESSAGE.match(r.text, m.end())
    if (of_message is None) == (not owner):
        return None  # (neither, or both: `your 2nd para of my note`)
    if sum(1 for _ in _REF_WORD.finditer(r.text, p.start, p.end)) != 1:
        return None
    heads = sorted({*(h.start() for h in r.matches(QUOTED_HEADER)),
                    *(h.start() for h in r.matches(r.g.quoted_message_start.compiled))})
    heads = [h for h in heads if h >= p.end]  # (the reply's own header above it is no quoted message)
    # (`-----Original Message-----` and the `From:` header under it open one message)
    heads = [h for k, h in enumerate(heads) if k == 0 or not all(
        _HEADER_LINE.fullmatch(line.strip()) for line in r.text[heads[k - 1]:h].splitlines())]
    if len(heads) != 1:
        return None
    kind, n, counted = _key(r, m)
    if not counted:  # (`para 4 of my 0900`: numbered in the quoted message alone, `_numbered`)
        found = _numbered(r, ordered, at, n, None)
        return found if found and all(ordered[j].start >= heads[0] for j in found) else None
    if n == 0:
        return None
    wanted = "list_item" if kind == "item" else "paragraph"
    region = [j for j, q in enumerate(ordered) if q.start >= heads[0] and q.kind == wanted]
    if not region and m.group("okind").lower() in ("bullet", "bullets"):
        # (bullets written as marked lines, `(U) Ministers will ...`: each a one-line paragraph)
        region = [j for j, q in enumerate(ordered) if q.start >= heads[0] and q.kind == "paragraph"]
        if any(ordered[j].explicit and "\n" in r.text[ordered[j].body_start:ordered[j].end].strip() for j in region):
            return None
    marked = [j for j in region if ordered[j].explicit]
    if not marked or any(not ordered[j].explicit and (wanted != "paragraph" or not _heading_like(r, ordered[j]))
                         for j in region):
        return None
    if not -len(marked) <= (n - 1 if n > 0 else n) < len(marked):
        return None
    return _and_labelled(r, ordered, at, kind, n,
                         _with_unmarked_after(ordered, at, marked[n - 1] if n > 0 else marked[n], set()))
