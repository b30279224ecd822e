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

A forward's bounds cannot be placed exactly (open36b, review35b/35d): from the first line that opens a message
(`-----Original Message-----`, `Begin forwarded message:`, with or without a `From:`) or a second `From:`, every
marked portion takes the file's first line's limit too, and the forward's own lines apply there even when they
repeat the first line's; a classification line just above a forward's `From:` governs from itself; a `>` quoted
line is never the file's first line, a bare quoted banner (`> SECRET//NOFORN`) is a line, and a quoted block runs
on over blank lines between its quoted lines.
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
    # (nor is a `>` quoted line: a quoted CONFIDENTIAL//NOFORN line above the chat's own was taken for the first
    # line and never applied, review35d)
    # (the reader's own banner may hold the quote itself, `> SECRET//NOFORN` read from its `>`, review36b)
    own = [e for e in banners if not _is_quoted(r.text, e.start) and not e.seen.lstrip().startswith(">")]
    first = own[0] if own else None
    from_fields = sorted(f.start for f in r.fields if f.name == "from")
    openers = _message_openers(r)
    headers = sorted({*from_fields, *openers})
    # a forward: a line that opens a message (`-----Original Message-----`, `Begin forwarded message:`, with or
    # without a `From:` under it) or a second `From:` header. Its bounds cannot be placed exactly (where it ends, what
    # its outer message's banner covers), so from its start every marked portion takes the first line's limit as
    # well as its own lines' (fail closed: an outer REL TO USA, AUS or NOFORN, review35b/35d)
    forward_start = min([*openers, *from_fields[1:]], default=None)
    # (an outer message with no classification line of its own, its only lines the forward's: which message they
    # mark cannot be told, so they govern the whole file, review36b)
    no_outer_line = forward_start is not None and (first is None or first.start >= forward_start)
    quoted_banners = _quoted_banner_lines(r)
    # (nor where a quoted banner stands at the top, above any unquoted text: which message the file's first line
    # marks, the quoted one's reply or a part of it, cannot be told, so it is one line among the others, review36b)
    quoted_on_top = any(not _unquoted_text_before(r.text, r.text.rfind("\n", 0, e.start) + 1)
                        for e in [*quoted_banners, *(e for e in banners if e.seen.lstrip().startswith(">"))]) \
        or _opens_with_quoted_banner(r)
    if no_outer_line or quoted_on_top:
        first = None
    subject_lines = _subject_markings(r)
    lines = sorted([*(e for e in banners if e is not first), *_chat_quoted_lines(r), *quoted_banners,
                    *subject_lines], key=lambda e: e.start)
    if not lines:
        return portions
    first_limit = foreign_release_limit(r, first.marking) if first is not None and first.marking is not None else None
    first_end = first.end if first is not None else 0
    limits: list[tuple[int, Marking]] = []
    if forward_start is not None and first_limit is not None and forward_start >= first_end:
        limits.append((forward_start, first_limit))
    for e in lines:
        assert e.marking is not None
        limit = foreign_release_limit(r, e.marking)
        line_start = r.text.rfind("\n", 0, e.start) + 1
        quoted = _is_quoted(r.text, e.start)
        header = max((at for at in headers if first_end <= at < e.start), default=None)
        if header is None and not quoted and any(at > e.start for at in headers):
            header = line_start  # (a classification line above the forward's `From:`, review35d)
        in_forward = forward_start is not None and e.start >= forward_start
        if limit is None or as_far(first_limit, limit) and not in_forward:
            continue
        # the line governs its whole block wherever in it it stands (a forward's classification line at its end,
        # review35b): the quoted lines around it, or everything from the forward's header on. It governs the whole
        # file (review36b, the most restrictive reading) where it may be the file's own: where the outer message
        # has no line of its own; a marking in the subject; a quoted banner that nothing unquoted stands above (a
        # markdown `> SECRET//NOFORN` at the top); a line of the file's own, in no forward and under no header, that
        # limits further than the first (top and bottom banners that conflict)
        top_quoted = quoted and not _unquoted_text_before(r.text, line_start)
        # (a footer that adds a control the first line leaves out, `SBU` over `SBU//NOFORN`, is the banner's and
        # keeps the project's rule for plain (U) text, tests/test_reader_fixbanner34.py; one that contradicts the
        # first line's own limit, `S//REL TO USA, GBR` over `S//NF`, is a conflict)
        conflict = not quoted and header is None and not in_forward and first_limit is not None
        if no_outer_line or e in subject_lines or top_quoted or conflict:
            block_start: int | None = 0
        elif quoted:
            block_start = _quoted_block_start(r.text, line_start)
        else:
            block_start = header
        if block_start is None:
            continue
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
                if p.start >= at and not as_far(m, limit):
                    m = limited(r, m, limit)
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


# a quoted line that is a banner alone (`> SECRET//NOFORN`, `>> CONFIDENTIAL//REL TO USA, AUS`), also after a chat
# line's time and sender (`[10:01] lt.moss: > CONFIDENTIAL//NOFORN`, review36b)
_QUOTED_BANNER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*[^\s:]{1,40}:[ \t]*)?(?:>[ \t]*)+(?P<value>[A-Z][A-Z \t\-]*//[A-Z0-9 \t,/\-]+?)[ \t]*$")


def _quoted_banner_lines(r: Reading) -> list[Evidence]:
    """The banners written alone on a quoted line, which the reader may take for no banner of the file's own: the
    quoted message's banner, at its top or its end (open36b)."""
    found = []
    for m in _QUOTED_BANNER.finditer(r.text):
        marking = r.g.parse(m.group("value"))
        if marking.valid and marking.level is not None:
            found.append(Evidence("banner", marking, m.start("value"), m.end("value"), m.group(0).strip()))
    return found


# a subject that opens with a classified marking (`Subject: SECRET//NOFORN FW: shipment`)
_SUBJECT_MARKING = re.compile(r"(?im)^[ \t]*SUBJECT[ \t]*:[ \t]*(?P<value>(?:TOP[ \t]+)?[A-Z]+//[A-Z0-9 \t,/\-]*?[A-Z0-9])"
                              r"(?=[ \t]+(?:RE|FWD?|AW|WG)[ \t]*:|[ \t]*[-:\u2013\u2014]|[ \t]*$)")


def _subject_markings(r: Reading) -> list[Evidence]:
    """The classified markings that open a message's subject, which the reader takes for no line of their own: the
    message's marking, as much as a banner (review36b)."""
    found = []
    for m in _SUBJECT_MARKING.finditer(r.text):
        marking = r.g.parse(m.group("value"))
        if marking.valid and marking.level is not None:
            found.append(Evidence("banner", marking, m.start("value"), m.end("value"), m.group(0).strip()))
    return found


def _opens_with_quoted_banner(r: Reading) -> bool:
    """The file's first line that is not blank is a quoted banner of a level alone (`> UNCLASSIFIED`)."""
    line = next((line for line in r.text.splitlines() if line.strip()), "")
    prefix = _QUOTE_PREFIX.match(line)
    if prefix is None:
        return False
    marking = r.g.parse(line[prefix.end():].strip(" \t>"))
    return marking.valid and marking.level is not None


def _unquoted_text_before(text: str, line_start: int) -> bool:
    """A line that is not quoted and not blank stands before `line_start`."""
    return any(line.strip() and _QUOTE_PREFIX.match(line) is None for line in text[:line_start].splitlines())


def _is_quoted(text: str, at: int) -> bool:
    """The line that holds `at` is quoted (`>`, or `>` after a chat line's time and sender) before `at`."""
    line_start = text.rfind("\n", 0, at) + 1
    return _QUOTE_PREFIX.match(text[line_start:at]) is not None


def _message_openers(r: Reading) -> list[int]:
    """Where each line that opens a message (the rules' `message_opens`: `-----Original Message-----`, `Begin
    forwarded message:`) starts."""
    found = []
    at = 0
    for line in r.text.splitlines(keepends=True):
        if r.g.message_opens.match(line) is not None:
            found.append(at)
        at += len(line)
    return found


def _quoted_block_start(text: str, line_start: int) -> int:
    """Where the run of quoted lines that holds the line at `line_start` begins; blank lines between quoted
    lines do not end it (a quoted message's paragraphs, review35d)."""
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if _QUOTE_PREFIX.match(text[prev:start]) is None:
            if text[prev:start].strip():
                break
            # (a blank line: the block goes on if a quoted line stands above it)
            above = prev
            while above > 0:
                above = text.rfind("\n", 0, above - 1) + 1
                if text[above:prev].strip():
                    break
            if not text[above:prev].strip() or _QUOTE_PREFIX.match(text[above:prev]) is None:
                break
            start = above
            continue
        start = prev
    return start


def as_far(marking: Marking | None, limit: Marking) -> bool:
    """`marking` limits foreign release at least as far as `limit` does."""
    if marking is None:
        return False
    if marking.noforn:
        return True
    return not limit.noforn and bool(marking.rel_to) and set(marking.rel_to) <= set(limit.rel_to)


def limited(r: Reading, marking: Marking, limit: Marking) -> Marking:
    """`marking` with `limit`'s limit on foreign release: NOFORN, or the countries both lists name."""
    if limit.noforn:
        order = r.g.register.precedence
        dissem = tuple(sorted(dict.fromkeys([*marking.dissem, "NOFORN"]), key=lambda d: order.get(d, len(order))))
        return replace(marking, dissem=dissem, rel_to=(), display_only=())
    rel_to = tuple(c for c in marking.rel_to if c in limit.rel_to) if marking.rel_to else limit.rel_to
    return replace(marking, rel_to=rel_to)
