"""Lines typed one capital at a time, read as the words they spell (fixmarks36, issue 8).

A fax or typewriter banner spaces its letters out, words set apart by a wider gap: `U N C L A S S I F I E D` over
`L E S   N O F O R N`, `S E C R E T / / N O F O R N`, `S  E  C  R  E  T`. The reader's banner rules read one spaced
level on a line of its own, but not the controls on the line under it, so a fax's LES NOFORN was lost and its body
released at partner and public (adv147-023). Read as `UNCLASSIFIED` / `LES NOFORN`, every rule reads such lines as it
reads any banner: fail closed. Only lines that hold nothing else, in blocks of such lines with at least one word of
five letters or more (a spaced `Y N N Y` in a grid is no word), are joined; the spaces between letters are left out
of the view and a word gap keeps one space, so offsets stay exact.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lazyre import lazy

if TYPE_CHECKING:
    from .textview import TextView

# a line of capitals and slashes (a banner's separators), each set apart by blanks, and nothing else
_SPACED_LINE = lazy(r"(?m)^[ \t]*[A-Z/](?: {1,6}[A-Z/]){3,}[ \t]*$")
_CHAR = lazy(r"[A-Z/]")
_LONGEST_WORD = 5  # (letters of at least one word of a block: a level's or a control's)


def _joined(line: str, start: int) -> tuple[list[tuple[int, int]], str] | None:
    """The blanks to leave out of the spaced line at `start` (view offsets, ranges) and its longest word, or None
    when the line is no letter-spaced text (its letters are not set apart by one gap, its words by a wider one)."""
    chars = [m.start() for m in _CHAR.finditer(line)]
    gaps = [b - a - 1 for a, b in zip(chars, chars[1:])]
    letter_gap = min(gaps)
    if letter_gap > 2 or gaps.count(letter_gap) < 3:
        return None
    if max(gaps) == letter_gap:
        # no wider gap sets words apart: glued, `L E S N O F O R N` read `LESNOFORN`, which nothing reads (review36m
        # N4); left as written, the banner rules read a spaced line as they did before (`NOFORN`)
        return None
    left_out: list[tuple[int, int]] = []
    words, word = [], ""
    for at, gap in zip(chars, gaps):
        word += line[at]
        if gap == letter_gap:
            left_out.append((start + at + 1, start + at + 1 + gap))
        else:  # a word gap: one blank stays
            left_out.append((start + at + 1, start + at + gap))
            words.append(word)
            word = ""
    words.append(word + line[chars[-1]])
    return left_out, max(words, key=len)


def joined_letters(view: "TextView") -> "TextView":
    """`view` with its letter-spaced lines read as words (module docstring)."""
    text = view.text
    if "  " not in text and " E " not in text and " / " not in text:
        return view  # (every spaced banner word holds an E, or its words a wider gap)
    blocks: list[list[tuple[list[tuple[int, int]], str, int]]] = []
    last_end = -2
    for m in _SPACED_LINE.finditer(text):
        joined = _joined(m.group(), m.start())
        if joined is None:
            continue
        if m.start() != last_end + 1 or not blocks:
            blocks.append([])
        blocks[-1].append((joined[0], joined[1], m.start()))
        last_end = m.end()
    left_out = [at for block in blocks if max(len(word) for _, word, _ in block) >= _LONGEST_WORD
                for ranges, _, _ in block for a, b in ranges for at in range(a, b)]
    if not left_out:
        return view
    gone = set(left_out)
    return view.leaving_out("".join(c for i, c in enumerate(text) if i not in gone), sorted(gone))
