"""Control words spelled out one capital at a time inside a marking line (fix161, issue 8): `CUI//N O F O R N`,
`CUI//N-O-F-O-R-N`, `CUI//N.O.F.O.R.N.`, `Handling:  U S  O N L Y`, `Dissemination:  N O  F O R E I G N  D I S S E M`.

`spaced_controls` reads a line that is spaced out from end to end; these runs share their line with a banner's level
or a label, so nothing read them and the document's NOFORN or US ONLY was lost (adv156-022/023, adv158-030/032). A run
of four or more single capitals set apart by blanks, a dot or a hyphen is read as the letters it spells where it
opens its line, follows a `/` or a label's colon, and all its letters spell tokens of the marking vocabulary (the same
test as `spaced_controls`: three letters or more a token, one word of five or more), or, after a label's colon, two
or more of the words that make a release field restrictive (`release_field_signs`: `U S  O N L Y`). The view leaves out the signs
between letters and keeps one blank between the words the tokens spell, so this only adds marks. Offsets stay exact.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..markings import Grammar
from ..textview import TextView
from .spaced_controls import LONGEST_WORD, control_phrases, token_words, token_word_ends

# a line start, a `/` or a label's colon, then single capitals each set apart by blanks, a dot or a hyphen
_SPELLED_RUN = lazy(r"(?m)(?:^|[/:\r\u0085\u2028])[ \t]*"
                    r"(?P<run>[A-Z](?:(?:[.\-]?[ \t]{1,4}|[.\-])[A-Z]){3,}\.?)(?![A-Za-z0-9])")
_BLANKS = " \t"


def _sign_ends(letters: str, signs: frozenset[str]) -> list[int] | None:
    """The offsets in `letters` after which a word ends, when `letters` spells two or more release field signs back
    to back (`USONLY` -> US ONLY); else None."""
    if not letters:
        return []
    for size in range(min(len(letters), 12), 1, -1):
        if letters[:size] in signs:
            rest = _sign_ends(letters[size:], signs)
            if rest is not None:
                return [size - 1, *(size + e for e in rest)]
    return None


def _left_out(run: str, start: int, tokens: dict[str, tuple[int, ...]], signs: frozenset[str] | None) -> list[int] | None:
    """The view offsets of the signs to leave out of the spelled run at `start`, or None when it spells no tokens
    (nor, with `signs`, after a label's colon, two release field signs or more)."""
    letters = [i for i, c in enumerate(run) if c.isalpha()]
    glued = "".join(run[i] for i in letters)
    ends = token_word_ends(glued, tokens)
    if ends is not None and max(b - a for a, b in zip([-1, *ends], ends)) < LONGEST_WORD:
        ends = None
    if ends is None and signs is not None:
        ends = _sign_ends(glued, signs)
        if ends is not None and len(ends) < 2:
            ends = None
    if ends is None:
        return None
    word_ends = set(ends)
    left: list[int] = []
    for n, at in enumerate(letters):
        following = letters[n + 1] if n + 1 < len(letters) else len(run)
        between = range(at + 1, following)
        if n in word_ends and n + 1 < len(letters):
            # a word ends here: keep one blank (or the sign, where the words are joined by one) between the words
            blank = next((i for i in between if run[i] in _BLANKS), between[-1])
            left.extend(i for i in between if i != blank)
        else:
            left.extend(between)
    return [start + i for i in left]


def join_spelled_controls(view: TextView, grammar: Grammar) -> TextView:
    """`view` with every control word spelled out letter by letter in a marking line read whole (module docstring)."""
    text = view.text
    tokens: dict[str, tuple[int, ...]] | None = None
    gone: list[int] = []
    for m in _SPELLED_RUN.finditer(text):
        if tokens is None:
            tokens = token_words((*grammar.all_tokens, *control_phrases(grammar)))
        if "UNCLAS" in "".join(c for c in m.group("run") if c.isalpha()):
            continue  # (spelled out, only what raises is read: `Classification: U-N-C-L-A-S-S-I-F-I-E-D` in a quoted
            # original, read, made the reply's unmarked text UNCLASSIFIED, review39f m03)
        after_label = text[m.start()] == ":"
        left = _left_out(m.group("run"), m.start("run"), tokens, grammar.release_field_signs if after_label else None)
        if left:
            gone.extend(left)
    if not gone:
        return view
    drop = set(gone)
    return view.leaving_out("".join(c for i, c in enumerate(text) if i not in drop), sorted(drop))
