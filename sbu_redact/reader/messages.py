"""Messages of an e-mail chain under their own classification lines.

A chain (a reply over the messages it quotes, an mbox or PST dump, a digest) is one file whose
messages each say their own level: `Classification: UNCLASSIFIED` under one message's header,
`Classification: SECRET` under the next one's. Read as one document, the highest of those lines
is the file's, and every unmarked line of every message took it: the unmarked reply took the
level of the SECRET message it quotes, the quoted UNCLASSIFIED question took the level of the
CONFIDENTIAL answer above it.

`message_parts` gives, for each message that says its own level, the stretch of the file it
covers and the marking its unmarked text takes (`evidence.inherit` applies it as it applies a
part closed by its own banners, `PART_BANNER`): its own classification or banner lines, raised
by every mark inside it and by every other piece of classification evidence in the file, a
level stated in words wherever it stands (fail closed: "bumping this whole thread up to secret"
in the newest message is about the messages it quotes). A message without a line of its own
keeps the file's level.

A message is the stretch from its header (a `From:` line with a `To:`, `Cc:`, `Sent:`, `Date:`
or `Subject:` line right under it, or an export's or digest's item number, and the separator or
banner lines right above it) to the next message's header; the text above the first header is the newest message when it holds a
classification line. A classification line that ends the file and repeats the file's first one
is the pair of that first line (a ClassNet footer), not the last message's own.

Only what is certain is lowered; the file keeps its highest level (nothing changes) when
- anything besides the classification lines, the marks and the classification evidence made
  the file's level (captions, a security indicator, an authority block that nothing explains);
- a message's lines are quoted at different depths (`>` prefixes: answers written between the
  lines of the message they answer), or the file says answers or comments are written inline;
- a message holds a run of words that the file also holds elsewhere (the same text in two
  messages: the higher governs, as `_closed_parts` does);
- a message says UNCLASSIFIED and an authority block (`Classified By:`) lies inside it or in no
  message (classified after all, at a level nobody wrote down).
Statements that govern text elsewhere (`governing.py`) and the scope fallback (`scope.py`) run
after this and raise what they name from the message's level.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from ..document import Portion
from ..markings import Marking
from .repeated import word_runs
from .state import BANNER_KINDS, Evidence, Reading

# a message header: a `From:` line (quoted or not) and a header field right under it
# (Markdown emphasis allowed: `**From:**`), or an item of a mail export or digest under its number
# (`===== Item 2 of 3 =====`, `Message: 2`): the rules' `reader_words.message_header` (group `quote`)
# (a line right above a header that opens the message, `-----Original Message-----`; answers written between
# the lines of the message they answer; the header lines every message repeats, `From:`: rules, `reader_words.
# message_opens`, `inline_replies`, `repeated_message_header`)
_RUN = 8  # words in a row that make a message's text the same as text outside it (as `evidence._PART_RUN`)
_AUTHORITY_FIELDS = ("classified_by", "derived_from", "declassify_on", "reasons")


def _depth(line: str) -> int:
    """How deep a line is quoted: the `>` signs that open it."""
    return line[:len(line) - len(line.lstrip(" \t>"))].count(">")


def _starts(r: Reading, banner_lines: set[int]) -> list[tuple[int, int]]:
    """(start offset, quote depth) of each message header, the lines that open it included."""
    text, found = r.text, []
    starts = [s.start for s in r.segs]
    for m in r.g.message_header.finditer(text):
        at = m.start()
        k = bisect_right(starts, at) - 1
        while k > 0:
            above = r.segs[k - 1]
            if above.blank or not (r.g.message_opens.match(above.text) or above.start in banner_lines
                                   or not above.text.strip(" \t>")):
                break
            k -= 1
            if above.text.strip(" \t>"):  # (a quoted empty line between: only with what stands above it)
                at = above.start
        found.append((at, m.group("quote").count(">")))
    return found


def message_parts(r: Reading, kind: str, declared: Marking | None, inherited: Marking | None,
                  portions: Sequence[Portion], local: set[int]) -> list[tuple[int, int, Marking]]:
    """(start, end, marking) of each message of a chain that says its own level, lower than the
    file's: the marking its unmarked portions take. `local`: ids of the evidence that governs a
    section only (`sections.scoped`)."""
    if kind not in ("document", "fragment") or declared is None or inherited is None or not inherited.valid \
            or not declared.valid or r.entire_text is not None:
        return []
    text = r.text
    if "rom" not in text and "tem" not in text and "essage" not in text:
        return []
    banners = r.banners_of_two_levels(2)
    if not banners:
        return []
    line_of = [s.start for s in r.segs]
    banner_lines = {r.segs[bisect_right(line_of, e.start) - 1].start for e in banners}
    heads = _starts(r, banner_lines)
    if not heads or r.g.inline_replies.search(text) is not None:
        return []
    # what made the file's level: nothing but the banners, the marks and the evidence it holds
    others = [(e, e.marking) for e in r.evidence if e.kind not in BANNER_KINDS and id(e) not in local
              and e.kind != "foreign_stamp" and e.marking is not None and e.marking.valid]
    explicit = sorted(((p, p.marking) for p in portions if p.explicit and p.marking is not None),
                      key=lambda pm: pm[0].start)
    explicit_at = [p.start for p, _ in explicit]
    marks = {id(e): e.marking for e in banners if e.marking is not None}
    g = r.g
    said = g.rollup([*marks.values(), *(m for _, m in explicit), *(m for _, m in others)])
    lines_said = g.rollup(marks.values())
    if said is None or lines_said is None or said.banner() != inherited.banner() \
            or lines_said.banner() != declared.banner():
        return []
    # the messages: the text above the first header, then one from each header to the next
    bounds = [0, *(at for at, _ in heads if at > 0), len(text)]
    depths = [0 if heads[0][0] > 0 else heads[0][1], *(d for at, d in heads if at > 0)]
    spans = list(zip(bounds, bounds[1:]))
    owner: list[list[Evidence]] = [[] for _ in spans]
    first, last = banners[0], banners[-1]
    footer = text[last.end:].strip() == "" and last is not first and marks[id(last)].banner() == marks[id(first)].banner()

    def index(offset: int) -> int:
        return bisect_right(bounds, offset) - 1

    for e in banners:
        if e is last and footer:
            continue  # the pair of the file's first line
        owner[min(index(e.start), len(spans) - 1)].append(e)
    if bounds[1] == heads[0][0] and len(spans) > 1 and owner[0] and not owner[1] \
            and not any(p.start < bounds[1] for p in portions):
        # a line above the first header and nothing else: the first message's own
        owner[1], owner[0] = owner[0], []
        bounds.pop(1)
        spans = list(zip(bounds, bounds[1:]))
        owner.pop(0)
        depths.pop(0)
    if sum(1 for own in owner if own) < 2:
        return []
    # (a level in words reaches every message wherever it stands: "bumping this whole thread up to
    # secret" in the newest message is about the messages it quotes)
    everywhere = [m for _, m in others]
    authority_nowhere = any(f.name in _AUTHORITY_FIELDS and not owner[min(index(f.start), len(spans) - 1)]
                            for f in r.fields)
    skip = r.g.repeated_message_header.compiled
    every = word_runs(text, _RUN, skip)
    parts = []
    for k, ((start, end), own) in enumerate(zip(spans, owner)):
        if not own:
            continue
        lines = [s for s in r.segs[bisect_left(line_of, start):bisect_left(line_of, end)] if not s.blank]
        if any(_depth(s.text) != depths[k] for s in lines):
            continue  # quoted at another depth: an answer between the lines, or a quote with no header
        level = g.rollup([*(marks[id(e)] for e in own), *everywhere,
                          *(m for _, m in explicit[bisect_left(explicit_at, start):bisect_left(explicit_at, end)])])
        if level is None or not level.valid or level.rank >= inherited.rank:
            continue
        if level.rank == 0 and (authority_nowhere or any(f.name in _AUTHORITY_FIELDS and start <= f.start < end
                                                         for f in r.fields)):
            continue  # classified after all, at a level nobody wrote down
        if any(every[run] > count for run, count in word_runs(text[start:end], _RUN, skip).items()):
            continue  # the same words elsewhere in the file: the higher governs
        parts.append((start, end, level))
    return parts
