"""The foreign-release limit of a forwarded or quoted message's own classification line (open35b, review34d).

An UNCLASSIFIED//FOUO or REL TO e-mail forwards a message under its own `Classification: SECRET//NOFORN`: the
forwarded message's (U) paragraphs are plain (U) to the file, and the document's rule for them (a plain (U) mark
takes a banner's NOFORN only where no controlled portion holds it, `document_controls`) saw the forwarded (S//NF)
portion carrying NOFORN and released them to partners. But the forwarded banner rolls up those paragraphs; nobody
can tell whether the author kept its NOFORN off them, so every marked portion of that message takes its limit on foreign release, before the line too
(a forward's classification line may stand at its end, review35b) (fail closed; the level is not raised: a (U) paragraph stays releasable to the US Government).

Only a banner or classification line that lies under a message header (a `From:` field) below the file's first
classification line or is quoted (`> Classification: SECRET//NOFORN`), and that limits foreign release further than that first line does: a page banner that
repeats the document's own first line changes nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Portion
from ..markings import Marking
from .document_controls import classification_label, foreign_release_limit
from .state import BANNER_KINDS, Evidence, Reading


def with_forwarded_controls(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the limit on foreign release of a forwarded message's own classification line applied to
    every marked portion after it (module docstring)."""
    banners = sorted((e for e in r.evidence if e.kind in BANNER_KINDS and e.marking is not None and e.marking.valid),
                     key=lambda e: e.start)
    # (a quoted line in a chat is never the file's first line: review35d, a chat-quoted NOFORN line above the
    # banner became the first line, was never applied and made every later forward's NOFORN "no further")
    lines = sorted([*banners[1:], *_chat_quoted_lines(r)], key=lambda e: e.start)
    if not lines:
        return portions
    first = banners[0] if banners else None
    first_limit = foreign_release_limit(r, first.marking) if first is not None and first.marking is not None else None
    first_end = first.end if first is not None else 0
    headers = [f.start for f in r.fields if f.name == "from"]
    limits: list[tuple[int, Marking]] = []
    for e in lines:
        assert e.marking is not None
        limit = foreign_release_limit(r, e.marking)
        line_start = r.text.rfind("\n", 0, e.start) + 1
        quoted = _QUOTE_PREFIX.match(r.text[line_start:e.start]) is not None
        header = max((at for at in headers if first_end <= at < e.start), default=None)
        if limit is None or not (quoted or header is not None) or _as_far(first_limit, limit):
            continue
        # the line governs its whole block wherever in it it stands (a forward's classification line at its end,
        # review35b): the quoted lines around it, or everything from the forward's header on
        block_start = _quoted_block_start(r.text, line_start) if quoted else header
        assert block_start is not None
        limits.append((min(block_start, e.end), limit))
        r.problem("DOCUMENT_CONTROL_NOT_CARRIED", "warning",
                  f"a forwarded message's own classification line states {limit.banner().removeprefix('UNCLASSIFIED//')}"
                  ": every marked portion of its message is treated as carrying it", e.start, e.end)
    if not limits:
        return portions
    out = []
    for p in portions:
        m = p.marking
        if m is not None and m.valid:
            for at, limit in limits:
                if p.start >= at and not _as_far(m, limit):
                    m = _limited(r, m, limit)
            if m is not p.marking:
                p = p.with_marking(m)
        out.append(p)
    return out


# a quoted line's opening: `>` after blanks, or after a chat line's time and sender (`[09:01] j.smith: > ...`)
_QUOTE_PREFIX = re.compile(r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*[^\s:]{1,40}:[ \t]*)?>")
_CHAT_QUOTED_FIELD = re.compile(r"(?m)^[ \t]*\[[^\]\n]{1,30}\][ \t]*[^\s:]{1,40}:[ \t]*(?:>[ \t]*)+"
                                r"(?P<label>[A-Za-z][\w \t]{0,30}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$")


def _chat_quoted_lines(r: Reading) -> list[Evidence]:
    """The `Classification:` lines quoted after a chat line's time and sender (`[09:01] j.smith: > Classification:
    SECRET//NOFORN`), which the reader takes for no line of their own (review35b)."""
    found = []
    for m in _CHAT_QUOTED_FIELD.finditer(r.text):
        label, value = m.group("label"), m.group("value")
        if classification_label(r.g).fullmatch(label) is None:
            continue
        marking = r.g.parse(value)
        if marking.valid:
            found.append(Evidence("classification_line", marking, m.start("value"), m.end("value"), m.group(0).strip()))
    return found


def _quoted_block_start(text: str, line_start: int) -> int:
    """Where the run of quoted lines that holds the line at `line_start` begins."""
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if _QUOTE_PREFIX.match(text[prev:start]) is None:
            break
        start = prev
    return start


def _as_far(marking: Marking | None, limit: Marking) -> bool:
    """`marking` limits foreign release at least as far as `limit` does."""
    if marking is None:
        return False
    if marking.noforn:
        return True
    return not limit.noforn and bool(marking.rel_to) and set(marking.rel_to) <= set(limit.rel_to)


def _limited(r: Reading, marking: Marking, limit: Marking) -> Marking:
    """`marking` with `limit`'s limit on foreign release: NOFORN, or the countries both lists name."""
    if limit.noforn:
        order = r.g.register.precedence
        dissem = tuple(sorted(dict.fromkeys([*marking.dissem, "NOFORN"]), key=lambda d: order.get(d, len(order))))
        return replace(marking, dissem=dissem, rel_to=(), display_only=())
    rel_to = tuple(c for c in marking.rel_to if c in limit.rel_to) if marking.rel_to else limit.rel_to
    return replace(marking, rel_to=rel_to)
