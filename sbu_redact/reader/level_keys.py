"""A record's `level:` key raises the record's text to the level it names; it never lowers or releases (fix41c).

    notes:
      - date: 2026-11-19
        body: |+
          A politburo member told POLOFF that the Vice President
          is building a faction inside the army ...
        level: C//NF

A YAML export may give a record's level in a key the record readers do not take as a classification key (`level:`,
rules `yaml_level_key`), after the record's text (adv164-052): its text was read as unmarked, or not read at all
(a whole export between `---` and `...` is front matter). Reading such keys as marks released `level: U` records under
a `# SECRET//NOFORN` comment (fix40c, reverted), so here a key is read only to RAISE: where its value reads as a valid
marking above UNCLASSIFIED (or with controls), every portion of the list item is raised to it, and the item's lines
no portion holds become a portion of that marking (fix42c: at least the document's, as unmarked text is). A `level: U` key, or one that reads as no marking, raises nothing; the item's lines no portion holds take the document's level (fix43c: never lower than the front matter or banner above).
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .raising import raised_to
from .state import Reading
from .yaml_export import _item_end

_KEY_LINE = compile_pattern(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[\w][\w .\-]{0,39}?)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*$")
_ITEM = compile_pattern(r"^(?P<indent>[ \t]*)-[ \t]")


def raise_level_keys(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each list item's text raised to the level its `level:` key names (never lowered)."""
    if "level" not in r.text.lower() and "lvl" not in r.text.lower():
        return portions
    segs = r.segs
    out = list(portions)
    added: list[Portion] = []
    document = _document_level(r)
    for i, seg in enumerate(segs):
        if seg.blank:
            continue
        m = _KEY_LINE.match(seg.text)
        if m is None or r.g.yaml_level_key.fullmatch(m.group("key").strip()) is None:
            continue
        value = m.group("value").strip().strip("\"'")
        if not value or value.startswith(("|", ">", "#")):
            continue
        marking = r.g.parse(value.upper())
        low = not marking.valid or not (marking.rank > 0 or marking.controls)
        if low and document is None:
            continue
        span = _item_span(r, i, len(m.group("indent")) + len(m.group("dash") or ""))
        if span is None:
            continue
        start, end = span
        if low:
            # (fix43c, review42c d01) a `level: U` record under front matter or a banner of a higher level
            # (`classification: SECRET//NOFORN`) never reads lower than it: its text no portion holds takes the
            # document's level, as unmarked text does (it was printed as written, inside the front matter's field)
            assert document is not None
            marking = document
            said = f"the record's `{m.group('key').strip()}: {value}` key names no higher level than the document's: its text takes the document's"
        else:
            said = f"the record's `{m.group('key').strip()}: {value}` key names a higher level: its text takes it"
            for k, p in enumerate(out):
                if p.start < end and start < p.end and p.marking is not None:
                    out[k] = raised_to(r, p, [marking], said)
        mark_start = seg.start + m.start("value")
        cursor = start
        for p in sorted([*out, *added], key=lambda q: q.start):
            if p.end <= cursor or p.start >= end:
                continue
            added.extend(_uncovered(r, cursor, min(p.start, end), marking, mark_start, said, document))
            cursor = max(cursor, p.end)
        added.extend(_uncovered(r, cursor, end, marking, mark_start, said, document))
    if not added:
        return out
    return sorted([*out, *added], key=lambda q: q.start)


def _item_span(r: Reading, key_index: int, key_indent: int) -> tuple[int, int] | None:
    """(start, end) of the list item whose key stands on line `key_index` at `key_indent`."""
    segs = r.segs
    start_index = None
    dash = -1
    for k in range(key_index, -1, -1):
        seg = segs[k]
        if seg.blank:
            continue
        indent = len(seg.text) - len(seg.text.lstrip(" \t"))
        item = _ITEM.match(seg.text)
        if item is not None and indent < key_indent:
            start_index, dash = k, indent
            break
        if indent < key_indent and not seg.stripped.startswith("#"):
            return None  # (a key of a mapping that is no list item)
    if start_index is None:
        return None
    return segs[start_index].start + dash, segs[_item_end(segs, start_index, dash)].end


def _document_level(r: Reading) -> Marking | None:
    """The document's level: its classification, else (fix44f, adv178-010) the valid level a front matter field
    states in words (`remarks: Overall classification of this page is CONFIDENTIAL`), which governs the records in
    it as a `classification:` key does: only raising."""
    if r.classification is not None:
        return r.classification
    front = next((f for f in r.fields if f.name == "front_matter"), None)
    if front is None:
        return None
    stated = [e.marking for e in r.evidence if e.kind == "classification_in_words" and e.marking is not None
              and e.marking.valid and front.start <= e.start < front.end]
    stated = [m for m in stated if m.rank > 0 or m.controls]
    return r.g.rollup(stated) if stated else None


def _uncovered(r: Reading, start: int, end: int, marking, mark_start: int, said: str,  # type: ignore[no-untyped-def]
               document: Marking | None) -> list[Portion]:
    """A portion of `marking` over the text of `start:end`, if it holds any."""
    piece = r.text[start:end]
    if not piece.strip():
        return []
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece.rstrip())
    s, e = start + lead, start + trail
    r.problem("GOVERNED_PORTION", "warning", said, s, e)
    # (fix42c, review41cd b03) the key only raises: text no portion holds reads at least as unmarked text does, at the
    # document's level (`classification: SECRET//NOFORN` above a record's `level: CUI`)
    if document is not None and not document.valid:
        marking = document
    elif document is not None:
        marking = r.g.rollup([marking, document]) or marking
    return [Portion(start=s, end=e, body_start=s, kind="table_row", number=None, marking=marking, explicit=False)]
