"""A handling line with data that keeps text from foreigners, wherever it stands (fix43g, adv175-014, -017).

`NOFORN - DO NOT FORWARD - TKT 58812` under TAGS, `NO RELEASE OUTSIDE USG - MARTINEZ` between `====` rules in a memo:
fix43c made such a line (a handling phrase plus data) never a header field, and the memo reader takes a handling
statement only under a blank line, so its limit was lost and the (SBU) paragraphs under it were released at partner.
A line that opens (after its indent or rule characters) with a handling statement that carries NOFORN, or with a
NOFORN caption, and goes on after a separator with anything else states the document's NOFORN: a document control
(`StatedControl`, applied to every marked portion like a release field's). Reading only raises: the line itself is
read as before (never a field).

(fix44b, review43z c01) So does a line that holds the statement alone (`DISSEMINATION LIMITED TO USG` under a memo's
or a cable's SUBJECT line, where no reader took it as the document's handling line: it was read as a portion and its
limit lost)."""
from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .document_controls import StatedControl
from .state import Reading

# a line's lead: indent and rule characters (`== `, `** `, `| `)
_LEAD = re.compile(r"[ \t=*#|>_~\-]*")
# after the phrase: a separator, then data on the same line
_SEPARATED_DATA = re.compile(r"[ \t]*(?:[-\u2013\u2014|/:;,]+|[ \t]\()[ \t]*\S")
_FIRST_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_NOFORN = "NOFORN"


def take_handling_data_lines(r: Reading) -> None:
    """Each line opening with a no-foreign handling statement or caption followed by data: NOFORN for the document."""
    statements = [pattern for pattern, controls in r.g.handling_statements if _NOFORN in controls]
    at = 0
    for line in r.text.split("\n"):
        start, at = at, at + len(line) + 1
        lead = _LEAD.match(line)
        k = lead.end() if lead else 0
        rest = line[k:]
        if not rest or len(rest) > 160:
            continue
        end = _phrase_end(r, statements, rest)
        if end is None:
            continue
        alone = not rest[end:].strip(" \t\r.")
        if _SEPARATED_DATA.match(rest, end) is None and not alone:
            continue
        limit = r.g.parse("UNCLASSIFIED//NOFORN")
        if limit is None:
            continue
        said = "a handling line" if alone else "a handling line with data"
        r.document_controls.append(StatedControl(limit, start + k, start + len(line), f"'{rest.strip()[:80]}' ({said})"))


def _phrase_end(r: Reading, statements: list[LazyPattern], rest: str) -> int | None:
    """Where the no-foreign statement or caption that `rest` opens with ends, or None."""
    for pattern in statements:
        m = pattern.compiled.match(rest)
        if m is not None and m.end() > 0:
            return m.end()
    word = _FIRST_WORD.match(rest)
    if word is not None and r.g.captions.get(word.group(0).upper()) == _NOFORN:
        return word.end()
    return None
