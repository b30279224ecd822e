"""Marking lines spaced one capital at a time that the view could not part into words, read as the tokens they spell
(open37c, issue 8).

`letter_spacing` joins a spaced line only where a wider gap sets its words apart. A line spaced evenly throughout
(`L A W E N F O R C E M E N T S E N S I T I V E`, `F O R O F F I C I A L U S E O N L Y`, `S B U / / N O F O R N`),
or one whose words are set apart by a spaced hyphen (`S B U   -   N O F O R N`), was left as written: nothing read
it, and a fax's only LES, FOUO or NOFORN line was lost (review36m 56-58, adv150-008). Such a line is read when all
of it spells tokens of the marking vocabulary (`Grammar.all_tokens`, three letters or more, back to back, with `/`
and `-` between them): it reads as those tokens, one blank between words. A line that does not spell tokens
throughout (a name, a word of the text) is left as it was, so this only adds marks; so is one spaced token alone
(`S E C R E T`, which the banner rules read as written) unless it stands next to a line of several tokens read here
(`U N C L A S S I F I E D` over `N O T R E L E A S A B L E ...`: one banner). The handling statements of the
rules that are plain words and state controls count as tokens here (`N O F O R E I G N D I S S E M I N A T I O N`,
adv154-012). Offsets stay exact: only blanks are
left out of the view.
"""
from __future__ import annotations

import functools

from ..lazyre import lazy
from ..markings import Grammar
from ..textview import TextView

# a line of capitals, slashes and hyphens, each set apart by blanks, and nothing else
_SPACED_LINE = lazy(r"(?m)^[ \t]*[A-Z/\-](?: {1,6}[A-Z/\-]){3,}[ \t]*$")
_CHAR = lazy(r"[A-Z/\-]")
_PLAIN_PHRASE = lazy(r"[A-Z]+(?:[ \-][A-Z]+)*")  # (a handling statement written as words, no pattern syntax)
_SEPARATORS = "/-"
_SHORTEST_TOKEN = 3  # (a one- or two-letter portion form, `S`, `NF`, would let any letters spell tokens)
LONGEST_WORD = 5  # (a line must spell one word of a level's or a control's length: `Y N N Y` is a grid)


@functools.lru_cache(maxsize=8)
def token_words(tokens: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Each token of `tokens` written without blanks -> the lengths of its words (`LES NOFORN` -> (3, 6))."""
    out: dict[str, tuple[int, ...]] = {}
    for token in tokens:
        words = token.upper().replace("-", " ").split()
        glued = "".join(words)
        if len(glued) >= _SHORTEST_TOKEN and glued.isascii() and glued.isalpha():
            out[glued] = tuple(len(word) for word in words)
    return out


def token_word_ends(letters: str, tokens: dict[str, tuple[int, ...]]) -> list[int] | None:
    """The offsets in `letters` after which a word ends, when `letters` spells tokens back to back; else None
    (longest tokens tried first, so `LESNOFORN` reads `LES NOFORN` by its own token)."""
    longest = max(map(len, tokens), default=0)

    @functools.lru_cache(maxsize=None)
    def from_(at: int) -> tuple[int, ...] | None:
        if at == len(letters):
            return ()
        for size in range(min(longest, len(letters) - at), _SHORTEST_TOKEN - 1, -1):
            lengths = tokens.get(letters[at:at + size])
            if lengths is None:
                continue
            rest = from_(at + size)
            if rest is not None:
                ends, cursor = [], at
                for length in lengths:
                    cursor += length
                    ends.append(cursor - 1)
                return (*ends, *rest)
        return None

    found = from_(0)
    return list(found) if found is not None else None


def _left_out(line: str, start: int, tokens: dict[str, tuple[int, ...]]) -> tuple[list[int], int] | None:
    """The view offsets of the blanks to leave out of the spaced line at `start` and the number of words it spells,
    or None when it spells no tokens."""
    chars = [m.start() for m in _CHAR.finditer(line)]
    glued = "".join(line[at] for at in chars)
    if sum(c.isalpha() for c in glued) < LONGEST_WORD:
        return None
    gaps = [b - a - 1 for a, b in zip(chars, chars[1:])]
    letter_gap = min(gaps)
    if letter_gap > 2 or gaps.count(letter_gap) < 3:
        return None
    # the letters between separators each spell tokens; a word ends after each token's words
    word_ends: set[int] = set()
    longest = 0
    at = 0
    while at < len(glued):
        if glued[at] in _SEPARATORS:
            at += 1
            continue
        end = at
        while end < len(glued) and glued[end] not in _SEPARATORS:
            end += 1
        ends = token_word_ends(glued[at:end], tokens)
        if ends is None:
            return None
        longest = max(longest, max(b - a for a, b in zip([-1, *ends], ends)))
        word_ends.update(at + e for e in ends)
        at = end
    if longest < LONGEST_WORD:
        return None
    left: list[int] = []
    for i, gap in enumerate(gaps):
        blank = start + chars[i] + 1
        this, after = glued[i], glued[i + 1]
        keep_one = (this == "-" or after == "-") or (i in word_ends and after not in _SEPARATORS)
        if this == "/" or after == "/":
            keep_one = False
        left.extend(range(blank, blank + gap - (1 if keep_one else 0)))
    return left, len(word_ends)


def control_phrases(grammar: Grammar) -> tuple[str, ...]:
    """The handling statements of the rules written as plain words that state controls (`NO FOREIGN DISSEMINATION`,
    `NOT RELEASABLE TO FOREIGN GOVERNMENTS`): a spaced line that spells one is a control line too (adv154-012/013)."""
    return tuple(spec.pattern for spec in grammar.vocabulary.handling_statements
                 if spec.controls and _PLAIN_PHRASE.fullmatch(spec.pattern) is not None)


def join_spaced_controls(view: TextView, grammar: Grammar) -> TextView:
    """`view` with every evenly spaced line that spells marking tokens read as those tokens (module docstring)."""
    text = view.text
    if " " not in text:
        return view
    tokens: dict[str, tuple[int, ...]] | None = None
    lines: list[tuple[int, int, list[int], int]] = []  # (start, end, blanks left out, words)
    for m in _SPACED_LINE.finditer(text):
        if tokens is None:
            tokens = token_words((*grammar.all_tokens, *control_phrases(grammar)))
        read = _left_out(m.group(), m.start(), tokens)
        if read is not None:
            lines.append((m.start(), m.end(), *read))
    # one spaced word alone, `S E C R E T`, the banner rules read as written; beside a line of several words that is
    # read here (`U N C L A S S I F I E D` over `N O T R E L E A S A B L E ...`) it is read with it as one banner
    left_out: list[int] = []
    for i, (start, end, left, words) in enumerate(lines):
        beside = [other for other in (lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None)
                  if other is not None and (other[1] + 1 == start or end + 1 == other[0]) and other[3] >= 2]
        if words >= 2 or beside:
            left_out.extend(left)
    if not left_out:
        return view
    gone = set(left_out)
    return view.leaving_out("".join(c for i, c in enumerate(text) if i not in gone), sorted(gone))
