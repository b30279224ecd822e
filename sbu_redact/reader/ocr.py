"""Digits OCR reads for letters inside marking words (`C0NFIDENTIAL`, `RECLASS1FIED`, `N0F0RN`,
`5ECRET`, a spaced `S E C R E 7`): the reader's view reads such a word as the marking word it
spells, so every scan of the reader (statements, claims, evidence, the backstop) sees it. Only a
word that spells a word of the marking vocabulary (`hyphens.marking_words`) once its look-alike
digits are read as letters is changed; codes and numbers (`F16`, `141022Z`, `A28841307`) are left
as written. A level or control word (`C0NFIDENTIAL`, `N0F0RN`) is read so only after an ordinary
word on its line since its last colon (`SERVICE: RECLASS1FIED C0NFIDENTIAL`, `PARA 2 F0R US EYES
0NLY`, `TREAT AS 5ECRET`): a banner, a classification line or a `Classification:` value that is
damaged itself (`C0NFIDENTIAL MOSCOW 001234`, `Classification: S3CR3T//N0F0RN`) stays as written,
doubtful (fail closed), as the reader's damaged-banner rules read it. One character for one:
offsets stay exact."""
from __future__ import annotations

import dataclasses
import functools
import re

from ..lazyre import lazy
from ..markings import Grammar
from ..textview import TextView
from .hyphens import marking_words
from .marks import LOOK_ALIKE_DIGITS

# a word in capitals with a look-alike digit inside (`C0NFIDENTIAL`, `SECRE7`, `T0`). (Each pattern
# opens with a look-ahead of its first character, which lets the engine skip to where one stands
# instead of trying the look-behind at every offset: half the time of the scan.)
_DAMAGED = lazy(r"(?=[A-Z0-9|])(?<![\w|])(?=[A-Z0-9|]{0,15}[A-Z])[A-Z0-9|]*[0-9|][A-Z0-9|]*(?![\w|])")
# a level spelled one capital at a time with a digit for its last letter (`S E C R E 7`)
_SPACED = lazy(r"(?=[A-Z0-9] )(?<![\w])(?:[A-Z0-9] ){3,11}[A-Z0-9](?![\w])")
# a word before it (an ordinary one is no marking token: `SERVICE`, `PARA`, `TREAT`, `RECLASS1FIED`)
_WORD = lazy(r"(?<![\w|])[A-Za-z0-9|]{3,}(?![\w|])")
# the two-letter words of a statement OCR damages ("UPGRADED T0 SECRET", "PARA 3 1S 5ECRET")
_SHORT = {"T0": "TO", "1S": "IS"}


@functools.lru_cache(maxsize=8)
def _token_words(grammar: Grammar) -> frozenset[str]:
    """The words of the marking tokens the grammar reads (`SECRET`, `NOFORN`, `OFFICIAL`): a banner
    is made of nothing else."""
    return frozenset(w for phrase in grammar.all_tokens for w in re.findall(r"[A-Z]{3,}", phrase.upper()))


def fold_ocr_digits(view: TextView, grammar: Grammar) -> TextView:
    """`view` with the look-alike digits of damaged marking words read as letters (module docstring)."""
    text = view.text
    changes: list[tuple[int, str]] = []
    words = None

    tokens = _token_words(grammar)

    def after_an_ordinary_word(at: int) -> bool:
        # (after the line's last colon: `Classification: C0NFIDENTIAL` is a damaged value)
        line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at), text.rfind(":", 0, at)) + 1
        return any(not w.isdigit() and w.translate(LOOK_ALIKE_DIGITS).upper() not in tokens
                   for w in _WORD.findall(text, line_start, at))

    for m in _DAMAGED.finditer(text):
        word = m.group(0)
        if word in _SHORT:
            changes.append((m.start(), _SHORT[word]))
            continue
        read = word.translate(LOOK_ALIKE_DIGITS)
        if len(read) >= 3 and not read.isdigit():
            words = words if words is not None else marking_words(grammar)
            # (a level or a control only after an ordinary word: a damaged banner stays damaged; a damaged
            # UNCLASSIFIED never reads as one, which could only lower: `Classification UNCLASS1FIED`)
            if read in words and not read.startswith("UNCLAS") and (read not in tokens or after_an_ordinary_word(m.start())):
                changes.append((m.start(), read))
    for m in _SPACED.finditer(text):
        spaced = m.group(0)
        if any(c.isdigit() for c in spaced) and after_an_ordinary_word(m.start()):
            read = spaced.translate(LOOK_ALIKE_DIGITS)
            words = words if words is not None else marking_words(grammar)
            if read.replace(" ", "") in words and not read.replace(" ", "").startswith("UNCLAS"):
                changes.append((m.start(), read))
    if not changes:
        return view
    chars = list(text)
    for start, read in changes:
        chars[start:start + len(read)] = read
    return dataclasses.replace(view, text="".join(chars))
