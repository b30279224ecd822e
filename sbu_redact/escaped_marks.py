"""Portion marks that an export escaped, read as the marks they are (fixmarks36, issue 8).

A Markdown export writes `\\(SBU\\)` (or `\\\\(SBU\\\\)` when escaped twice), a URL or form field `%28SBU%29`, RTF
pasted as text `\\'28SBU\\'29`, a JSON string `\\u0028S\\u002F\\u002FNF\\u0029`: read as written, none is a mark, and
the item took the (U) or the banner around it (adv148-002 released an SBU item at public). Only a bracket pair
around mark-shaped text (letters, blanks, commas, hyphens and slashes, each slash escaped or not) is decoded, so
an escape anywhere else (a path, a URL, a regular expression) stays as written. One escape reads as its one
character: its last character stands for it, the others are left out of the view, so offsets stay exact.

An escape may only RAISE (fixrev36m): an escaped plain `\\(U\\)` / `\\(UNCLASSIFIED\\)` stays as written, since
decoded it lowered an (S//NF) paragraph under LaTeX/MathJax math `\\(U\\)` (internal energy, utility, U-235) or a
code block (review36m N1-N5). Any other escaped mark is decoded, in LaTeX too: a one-letter `\\(S\\)` read as math
left a real escaped (S) line in the FOUO portion above it when the file held a stray `$$` (review36f); read as a
mark, math only raises.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lazyre import lazy

if TYPE_CHECKING:
    from .textview import TextView

# one escaped character of a mark: a backslash escape (Markdown, doubled once more), a URL's, RTF's or JSON's
_ESCAPE = r"(?:\\{1,2}(?:[()\[\]/]|u00(?:28|29|5[bBdD]|2[fF]))|%(?:28|29|5[bBdD]|2[fF])|\\'(?:28|29|5[bBdD]|2[fF]))"
_OPEN = r"(?:\\{1,2}[(\[]|\\{1,2}u00(?:28|5[bB])|%(?:28|5[bB])|\\'(?:28|5[bB]))"
_CLOSE = r"(?:\\{1,2}[)\]]|\\{1,2}u00(?:29|5[dD])|%(?:29|5[dD])|\\'(?:29|5[dD]))"
_SLASH = r"(?:/|\\{1,2}/|\\{1,2}u002[fF]|%2[fF]|\\'2[fF])"
_ESCAPED_MARK = lazy(_OPEN + r"[A-Za-z](?:[A-Za-z ,\-]|" + _SLASH + r"){0,40}?" + _CLOSE)
_ONE_ESCAPE = lazy(_ESCAPE)
# (cheap: most texts hold no escaped bracket at all)
_HINT = lazy(r"\\{1,2}[(\[]|\\{1,2}u00(?:28|5[bB])|%(?:28|5[bB])|\\'(?:28|5[bB])")
# what a decoded mark must not read as: plain (U), which would lower the text around it
_PLAIN_U = lazy(r"(?i)[(\[]\s*(?:u|unclas|unclassified)\s*[)\]]")
_MEANT = {"28": "(", "29": ")", "5b": "[", "5d": "]", "2f": "/"}
# a Markdown list marker escaped by the same export, alone before a mark on its line: `\\- `, `\\* `, `\\+ `, `1\\. `
_ESCAPED_LIST_MARKER = lazy(r"[ \t]*(?:(?P<bullet>\\)[-*+]|\d{1,3}(?P<number>\\)[.)])[ \t]+")


def _meaning(escape: str) -> str:
    """The one character an escape stands for."""
    last = escape[-2:].lower()
    return _MEANT.get(last, escape[-1])


def _decoded(mark: str) -> str:
    return _ONE_ESCAPE.sub(lambda e: _meaning(e.group()), mark)


def _raising(mark: str) -> bool:
    """Whether escaped `mark` is decoded: never when it reads plain (U) (an escape may only raise)."""
    return _PLAIN_U.fullmatch(_decoded(mark)) is None


def unescaped(text: str) -> str:
    """`text` with its escaped marks decoded (`\\(SBU\\)` reads `(SBU)`): how a mark written so reads."""
    if _HINT.search(text) is None:
        return text
    return _ESCAPED_MARK.sub(lambda mark: _decoded(mark.group()) if _raising(mark.group())
                             else mark.group(), text)


def unescaped_marks(view: "TextView") -> "TextView":
    """`view` with every escaped mark read as the mark it is (module docstring)."""
    text = view.text
    if _HINT.search(text) is None:
        return view
    pieces: list[str] = []
    left_out: list[int] = []
    cursor = 0
    for mark in _ESCAPED_MARK.finditer(text):
        line_start = text.rfind("\n", 0, mark.start()) + 1
        marker = _ESCAPED_LIST_MARKER.fullmatch(text, line_start, mark.start()) if line_start >= cursor else None
        if not _raising(mark.group()):
            # (a plain `\\(U\\)` is LaTeX math as often as a mark, also after an escaped list marker: `\\* \\(U\\) is the
            # utility of ...` released the item's classified text when it was read as a mark, review37c; never decoded)
            continue
        if marker is not None:
            # the list marker's escape goes too, so the mark is the item's own (`- (SBU)`), not a mark in mid-line
            # under the item before it (adv150-052 released an escaped SBU item at public)
            backslash = marker.start("bullet") if marker.group("bullet") else marker.start("number")
            pieces.append(text[cursor:backslash])
            left_out.append(backslash)
            cursor = backslash + 1
        pieces.append(text[cursor:mark.start()])
        inner_cursor = mark.start()
        for escape in _ONE_ESCAPE.finditer(text, mark.start(), mark.end()):
            pieces.append(text[inner_cursor:escape.start()])
            left_out.extend(range(escape.start(), escape.end() - 1))
            pieces.append(_meaning(escape.group()))
            inner_cursor = escape.end()
        pieces.append(text[inner_cursor:mark.end()])
        cursor = mark.end()
    if not left_out:
        return view
    pieces.append(text[cursor:])
    return view.leaving_out("".join(pieces), left_out)

