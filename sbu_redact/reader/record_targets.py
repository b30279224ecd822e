"""A review record that withholds a part named by its TOPIC or by a FOOTNOTE RANGE at a level (fix48f, issue 8).

A FOIA line-by-line worksheet `p.2 the passage describing the Lokichogio airstrip   DENY  (b)(1)  SECRET  1.4(a)`, a
Vaughn index row `9 | 2020-03-02 | 4 | footnotes 4 through 6 | (b)(1) | CONFIDENTIAL; foreign govt information`
over the excerpt they are about, whose parts are marked (U): no reader placed the part, and it went out at every level.

A record is a line outside every explicitly marked portion that (1) names a part by its topic (`the passage
describing X`, `the paragraph on X`, `the section about X`) or by footnote numbers (`footnotes 4 through 6`, `fn. 3`,
`endnotes 2-4`), (2) states a decision that withholds or keeps a level (`DENY`, `withheld`, `exempt`, `(b)(1)`,
`retain`, `remains`, `is`) and (3) states a level in capitals or as a mark (`SECRET`, `CONFIDENTIAL`, `(S//NF)`); not
a line that only releases (no withholding word). The parts named: the explicitly marked portions holding a word
of the topic (four letters at least, no stop word; any of them: review48b's decoy), a portion whose sentence runs on into the next (no sentence end)
with the next; the portions numbered in the footnote range after a `FOOTNOTES`/`NOTES` heading (anywhere when there
is none); (fix49g) a labelled block (`Table 4`, `Figure 2`, `Annex B`, alone or `and the discussion of it`) with a
review's own decision word (`_by_block`); where none is found, every explicitly marked portion (fail closed). Raised
through `raising.raised_to`.

(fix50c, review49a) A worksheet row marked by its own Level cell (tab, pipe or CSV: `cells.table_cells`) is read as a
record line as well, and is never among the parts it names.

(fix51e, round 198) A record written over several lines (a JSON object, an XML element, a YAML item) is read whole
as well as line by line; a NEW mark under a key (`"new_marking": "S//NF"`) is a decision; a heading named by its title
takes the text under it to the next heading, and items named by letter or number (`items (b) through (d)`) inside the
block named: reader/record_parts.py. Only raising.

The words are the rules' (fix49a): rules/record_words.yaml `record_targets`.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .record_parts import heading_span, heading_titles, items_named, new_marking, record_units
from .rule_words import alternatives, made_once
from .state import Reading

_LEVEL = re.compile(r"(?<![\w/])(?P<level>TOP[ \t]+SECRET|SECRET|CONFIDENTIAL)(?:[ \t]*//[ \t]*(?P<nf>NOFORN|NF))?(?![\w])"
                    r"|\((?P<mark>TS|S|C)(?://(?:NF|NOFORN))?\)")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class _Patterns:
    """The patterns of rules/record_words.yaml `record_targets` (fix49a: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["record_targets"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        part, about = "(?:" + alt("parts") + ")", "(?:" + alt("about") + ")"
        stops = alternatives([w.upper() for w in words["stops"]])  # (read in capitals)
        self.topic = re.compile(rf"(?i)\b{part}[ \t]+{about}[ \t]+(?P<topic>[^|\t\n;:()\[\]]{{3,90}}?)"
                                rf"(?=[ \t]{{2,}}|\t|\||;|:|\(|\[|,|\.(?:\s|$)|$|[ \t]+(?-i:{stops})\b|[ \t]+(?i:"
                                + alt("stops_any_case") + r")\b)")
        self.footnotes = re.compile(r"(?i)\b(?:" + alt("footnotes") + r")[ \t]*(?:nos?\.?[ \t]*)?(?P<a>\d{1,3})"
                                    r"(?:[ \t]*(?:" + alt("range_joiners") + r"|-|–|—|&)[ \t]*(?P<b>\d{1,3}))?\b")
        self.notes_heading = re.compile(r"(?im)^[ \t]*(?:" + alt("notes_headings") + r")[ \t]*:?[ \t]*$")
        # a decision that withholds or keeps a level: its words, or a citation (`(b)(1)`, `b1`, `1.4(a)`)
        self.withholds = re.compile(r"(?i)\b(?:" + alt("withholds") + r")\b|\(b\)[ \t]*\(1\)|\bb1\b|\b1\.4[ \t]*\([a-h]\)")
        self.not_withheld = re.compile(r"(?i)\b(?:" + alt("negations") + r")[ \t]+(?:be[ \t]+)?(?:" + alt("not_withheld")
                                       + r")\b")
        self.negated_level = re.compile(r"(?i)\b(?:" + alt("negated_levels") + r")[ \t]+$")
        self.stop_words = frozenset(words["topic_stop_words"])
        # (fix49g) a block named by its kind and label in a record line, a review's own decision, the words naming the
        # text that discusses the block
        self.block = re.compile(r"(?i)\b(?P<kind>" + alt("block_kinds") + r")[ \t]+(?:no\.?[ \t]*)?"
                                r"(?P<label>(?-i:[A-Z]{1,4}|\d{1,3}[A-Za-z]?(?:[.\-]\d{1,3})*))(?![\w])")
        self.decides = re.compile(r"(?i)\b(?:" + alt("decisions") + r")\b|\(b\)[ \t]*\(1\)|\bb1\b|\b1\.4[ \t]*\([a-h]\)")
        self.discussion = re.compile(r"(?i)\b(?:" + alt("discussion") + r")\b")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "record_targets", _Patterns)


_SENTENCE_END = re.compile(r"[.!?:\"”’)\]]\s*$")
_LINE = re.compile(r"[^\n\r\x85\u2028\u2029]+")


def raise_record_targets(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the parts a review record names by topic, footnote number or labelled block raised (module
    docstring)."""
    marked = [k for k, p in enumerate(portions) if p.explicit and p.marking is not None and p.marking.valid]
    if not marked:
        return portions
    text = r.text
    out = list(portions)
    for index, p in enumerate(portions):
        # (fix50c) a row marked by a cell of its own; (fix50f) a worksheet's row whose mark is a column of it (a CSV
        # row, its level or decision column read as the row's mark, `...,retain,CONFIDENTIAL,...`), or cannot be read:
        # a record line too
        row = p.explicit and (p.marking is None or not p.marking.valid or _column_marked(p))
        if p.explicit and not (row or _marked_in_row(p)):
            continue
        candidates = [k for k in marked if k != index]  # (fix50c: never the record row itself)
        if not candidates:
            continue
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, p.start, p.end)]
        # (fix51e) a record written over several lines (a JSON object, an XML element, a YAML item) is read whole too,
        # besides each of its lines as before; the headings other record lines name end a heading's span
        limit = min((q.start for q in portions if q.explicit and q.start >= p.end and not _marked_in_row(q)), default=len(text))
        units = [(lo, hi, False) for lo, hi in lines] + [(lo, hi, True) for lo, hi in record_units(text, p.start, p.end,
                                                                                                 limit)]
        named = heading_titles(r, [text[lo:hi] for lo, hi in lines])
        for lo, hi, merged in units:
            body = text[lo:hi]
            topic, notes = _patterns(r).topic.search(body), _patterns(r).footnotes.search(body)
            blocks = _blocks_named(r, out, candidates, body, row) if topic is None and notes is None else None
            heading = heading_span(r, out, index, body, named)  # (fix51e)
            items = items_named(r, out, candidates, body, _patterns(r).block.search(body), (p.start, limit))  # (fix51e)
            if topic is None and notes is None and blocks is None and heading is None and items is None:
                continue
            stated = _stated(r, body)
            fresh = new_marking(r, body)  # (fix51e) `"new_marking": "S//NF"`
            if fresh is not None:
                stated = fresh if stated is None else r.g.rollup([stated, fresh])
            if stated is None:
                continue
            found: list[int] | None = None
            what = ""
            if topic is not None:
                found = _by_topic(r, out, candidates, topic.group("topic"))
                what = f"the part on '{topic.group('topic').strip()}'"
            elif notes is not None:
                found = _by_footnotes(r, out, candidates, int(notes.group("a")), int(notes.group("b") or notes.group("a")))
                what = f"footnotes {notes.group(0).split(None, 1)[-1]}"
            elif blocks is not None and not (merged and items):
                # ((fix51e) a record over several lines naming a block's items: the items, not the block's neighbours;
                # each line alone is read as before)
                found, what = blocks
            chosen = set(candidates) if found is not None and not found else set(found or [])
            if heading:  # (fix51e) a heading's span
                chosen |= set(heading)
                what = what or "the part under a heading it names"
            if items:  # (fix51e) the items it names
                chosen |= set(items)
                what = what or "the items it names"
            said = (f"a review record '{' '.join(body.split())[:80]}' withholds {what} at {stated.banner()}"
                    + ("" if chosen != set(candidates) or not candidates else " (every marked portion raised, fail closed)"))
            for k in sorted(chosen):
                out[k] = raised_to(r, out[k], [stated], said)
    return out



def _blocks_named(r: Reading, portions: list[Portion], candidates: list[int], line: str,
                  row: bool) -> tuple[list[int], str] | None:
    """The parts a record line names by labelled blocks (the lead's merge of fix50c and fix50f). A worksheet row whose
    mark is a column of it takes what `_by_row_block` and `_by_block` find: both raise, and either finding none of its
    labels raises every marked portion (fail closed). (review50c: a caption row read by `_by_row_block` alone left
    the caption's own line unraised when it did not repeat the block's label.)"""
    # (fix51a) a record line about a block's caption (`Exhibit 4 label,retain,CONFIDENTIAL` in a worksheet read as one
    # unmarked paragraph) is read as a row too: its decision may be any withholding word
    labels = _patterns(r).block.search(line)
    about_caption = labels is not None and _CAPTION.search(line, labels.end()) is not None
    row_found = _by_row_block(r, portions, candidates, line) if row or about_caption else None
    if not row and row_found is not None and not row_found[0]:
        row_found = None  # (a note about a caption whose block no marked portion names: main's reading stands, adv131-014)
    found = [b for b in (row_found, _by_block(r, portions, candidates, line)) if b is not None]
    if not found:
        return None
    if any(not chosen for chosen, _ in found):
        return [], found[0][1]
    return sorted({k for chosen, _ in found for k in chosen}), found[0][1]


def _marked_in_row(p: Portion) -> bool:
    """(fix50c, review49a) A row marked by a cell of its own (`3<TAB>Exhibit 3 and the discussion about it<TAB>DENY<TAB>
    (b)(1)<TAB>CONFIDENTIAL`, a pipe or CSV row: `cells.table_cells` reads its Level column as the row's mark): its mark
    stands inside its text, not before it. Such a row is a record too (before, only lines outside every explicitly
    marked portion were read, and a worksheet's rows are marked by their Level cell)."""
    return p.mark_start is not None and p.mark_start > p.body_start


def _stated(r: Reading, line: str) -> Marking | None:
    """The level a record line withholds its part at: a level in capitals or a mark, beside a withholding word."""
    w = _patterns(r)
    if w.withholds.search(line) is None or w.not_withheld.search(line) is not None:
        return None
    found: list[Marking] = []
    for m in _LEVEL.finditer(line):
        if w.negated_level.search(line, max(0, m.start() - 16), m.start()) is not None:
            continue
        written = f"({m.group('mark')})" if m.group("mark") else m.group(0)
        marking = stated_marking(r, written)
        if marking is not None and marking.valid:
            found.append(marking)
    return r.g.rollup(found) if found else None


def _by_topic(r: Reading, portions: list[Portion], marked: list[int], topic: str) -> list[int]:
    """The marked portions holding any word of `topic` (and a portion whose sentence runs on, the next). Which part a
    topic means cannot be read exactly: the part with the most words of it may be a decoy (`the paragraph on the
    Garissa safe house payments` over a paragraph naming all four words and the one about `the keeper of the house`,
    review48b), so every part it could mean is raised (fail closed)."""
    words = [w.lower() for w in _WORD.findall(topic) if len(w) >= 4 and w.lower() not in _patterns(r).stop_words]
    if not words:
        return []
    text = r.text
    held = {k: sum(re.search(rf"(?<![\w]){re.escape(w[:max(4, len(w) - 2)])}", text[portions[k].body_start:portions[k].end].lower())
                   is not None for w in words) for k in marked}
    chosen: list[int] = []
    for i, k in enumerate(marked):
        if held[k]:
            chosen.append(k)
            j = i
            while j + 1 < len(marked) and _SENTENCE_END.search(text[portions[marked[j]].body_start:portions[marked[j]].end]) is None:
                j += 1
                chosen.append(marked[j])
    return list(dict.fromkeys(chosen))


def _by_footnotes(r: Reading, portions: list[Portion], marked: list[int], a: int, b: int) -> list[int]:
    """The marked portions numbered `a`..`b` after a footnotes heading (anywhere when there is none)."""
    if b < a or b - a > 50:
        return []
    heading = _patterns(r).notes_heading.search(r.text)
    after = heading.end() if heading is not None else 0
    return [k for k in marked if a <= (portions[k].number or 0) <= b and portions[k].start >= after]


def _by_block(r: Reading, portions: list[Portion], marked: list[int], line: str) -> tuple[list[int], str] | None:
    """(fix49g) The parts a review record line (a decision word: `DENY`, `withheld`, `exempt`, `(b)(1)`, `1.4(c)`) names by a labelled block (`Table 4`, `Figure 2.1`, `Map 3`, `Annex B`), alone
    or with its discussion (`Table 4 and the discussion of it`, `... and its discussion`), or None when the line names
    no block. Which text is the block and which its discussion cannot be read exactly, so every part it could mean is
    taken (fail closed): the marked portions naming the block (its kind word and label: the caption, a paragraph citing
    it), the unmarked portions beside each (table rows, an image line), the marked portion before and after a caption
    (its content, above or below it) and, when the line names a discussion, the marked portion before and after every
    portion naming it and every marked portion holding its kind word (`as the table shows`). None of it found: []
    (every marked portion is raised, as for a topic not found)."""
    labels = list(_patterns(r).block.finditer(line))
    if not labels or _patterns(r).decides.search(line) is None:  # (a review's own decision, not a note's `is SECRET`)
        return None
    text = r.text
    discussed = _patterns(r).discussion.search(line, labels[0].end()) is not None
    chosen: set[int] = set()
    for m in labels:
        stem = re.escape(m.group("kind").lower().rstrip(".s")[:4])
        named = re.compile(rf"(?i)(?<![\w]){stem}\w*\.?[ \t]+(?:no\.?[ \t]*)?{re.escape(m.group('label'))}(?![\w])")
        held = re.compile(rf"(?i)(?<![\w]){stem}")
        at = [i for i, k in enumerate(marked) if named.search(text, portions[k].body_start, portions[k].end)]
        if not at:
            return [], f"{m.group(0)}" + (" and its discussion" if discussed else "")
        for i in at:
            k = marked[i]
            chosen.add(k)
            caption = named.match(text, portions[k].body_start) is not None
            if caption or discussed:
                chosen |= {marked[j] for j in (i - 1, i + 1) if 0 <= j < len(marked)}
            if _CAPTION.search(line, m.end()) is not None:  # (fix51a: `Figure 2 caption`: its caption lines too)
                chosen |= _caption_lines(r, portions, marked, i)
        if discussed:
            chosen |= {k for k in marked if held.search(text, portions[k].body_start, portions[k].end)}
    for k in list(chosen):  # (the unmarked portions beside each: table rows, an image line, a map's legend)
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(portions) and not portions[j].explicit:
                chosen.add(j)
                j += step
    said = " and ".join(m.group(0) for m in labels) + (" and its discussion" if discussed else "")
    return sorted(chosen), said


def _column_marked(p: Portion) -> bool:
    """(fix50f) Is `p` a table row whose mark is one of its columns (`MDR-1,3,Figure 2 caption,retain,CONFIDENTIAL`)?"""
    return p.kind == "table_row" and p.body_start == p.start and p.mark_start is not None and p.mark_start > p.start


_CAPTION = re.compile(r"(?i)\b(?:caption|title|legend|heading|label)s?\b")


def _by_row_block(r: Reading, portions: list[Portion], marked: list[int], line: str) -> tuple[list[int], str] | None:
    """(fix50f, adv195-002) The parts a worksheet row whose mark cannot be read (a CSV row: `MDR-1,3,Exhibit C Figure 2
    caption,retain,CONFIDENTIAL,1.4(d)`) names by labelled blocks, or None when it names none. As `_by_block`, but a
    row's decision is any withholding word (`retain`; its level is required by `_stated`), a label no marked portion
    names (`Exhibit C`, whose heading is unmarked) is passed over when another is found, and a row about a block's
    caption, title or legend (`Figure 2 caption`) takes the portions naming the block, not their neighbours. None of
    its labels found: [] (every marked portion is raised, fail closed)."""
    labels = list(_patterns(r).block.finditer(line))
    if not labels or _patterns(r).withholds.search(line) is None:
        return None
    text = r.text
    caption = _CAPTION.search(line, labels[0].end()) is not None
    chosen: set[int] = set()
    for m in labels:
        stem = re.escape(m.group("kind").lower().rstrip(".s")[:4])
        named = re.compile(rf"(?i)(?<![\w]){stem}\w*\.?[ \t]+(?:no\.?[ \t]*)?{re.escape(m.group('label'))}(?![\w])")
        at = [i for i, k in enumerate(marked) if named.search(text, portions[k].body_start, portions[k].end)
              and not _column_marked(portions[k])]  # (not the worksheet's other rows)
        for i in at:
            k = marked[i]
            chosen.add(k)
            if not caption and named.match(text, portions[k].body_start) is not None:
                chosen |= {marked[j] for j in (i - 1, i + 1) if 0 <= j < len(marked)}
            if caption:
                chosen |= _caption_lines(r, portions, marked, i)
    said = " and ".join(m.group(0) for m in labels) + (" caption" if caption else "")
    if not chosen:
        return [], said
    if not caption:
        for k in list(chosen):  # (the unmarked portions beside each: table rows, an image line)
            for step in (-1, 1):
                j = k + step
                while 0 <= j < len(portions) and not portions[j].explicit:
                    chosen.add(j)
                    j += step
    return sorted(chosen), said


_CAPTION_LINE = re.compile(r"[ \t]*(?:\([A-Za-z/ ]{1,24}\)[ \t]*)?(?:caption|title|legend|label)s?[ \t]*[:\-–—]", re.IGNORECASE)


def _caption_lines(r: Reading, portions: list[Portion], marked: list[int], i: int) -> set[int]:
    """(fix51a, r50c-20/24) The marked portions labelled as a caption (`(U) Caption: guard tower ...`, `(U) Label: the man
    in the blue jacket ...`) on either side of the block's portion `marked[i]`, up to the next portion that opens with a
    block's label (`Figure 3.`): a row about a block's caption (`Figure 2 caption`, `Fig. 2 label`) may mean that line,
    not (only) the line naming the block, so both are raised (fail closed)."""
    text, block = r.text, _patterns(r).block
    found: set[int] = set()
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(marked):
            p = portions[marked[j]]
            lead = len(text[p.body_start:p.end]) - len(text[p.body_start:p.end].lstrip())
            if block.match(text, p.body_start + lead, p.end) is not None:
                break
            if _CAPTION_LINE.match(text, p.body_start, p.end) is not None:
                found.add(marked[j])
            j += step
    return found
