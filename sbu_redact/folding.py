"""Text without its diacritics, in one place for the reader and the detectors (issue 8): a letter with
diacritics as its base letter (`é`: `e`), and the letters a decomposition does not take apart as the
letter an English keyboard types for them (`ı` of `gizlı`, `đ` of `đoạn`, `ø`, `ł`, `ð`, `ə`).

`ascii_fold` is the reader's (`tối mật` typed `toi mat`: a letter becomes its base only when that is one
ASCII letter; other scripts stay as they are); `name_fold` is the name lexicon's key (upper case, every
combining mark removed in any script: `Yılmaz` and `YILMAZ`, `Γιώργος` and `ΓΙΩΡΓΟΣ` are one name).
Reading must not import spaCy or Presidio: this module imports neither, nor anything that does.
"""
from __future__ import annotations

import unicodedata

# letters an English keyboard types without their diacritics that NFKD does not take apart
_BASE = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ə": "e", "Ə": "E",
         "ħ": "h", "ŀ": "l"}


def _without_diacritics(char: str) -> str:
    """`char` without its diacritics: its `_BASE` letter, else its compatibility decomposition without
    combining marks (any length, any script)."""
    base = _BASE.get(char)
    if base is None:
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base


def ascii_base(char: str) -> str:
    """The ASCII letter `char` is typed as without its diacritics (`é`: `e`, `ı`: `i`), else `char`."""
    if char.isascii():
        return char
    base = _without_diacritics(char)
    return base if len(base) == 1 and base.isascii() and base.isalpha() else char


def ascii_fold(text: str) -> str:
    """`text` as typed on an English keyboard: every letter with diacritics as its ASCII letter
    (`tối mật`: `toi mat`, `důvěrné`: `duverne`); letters of other scripts as they are."""
    return text if text.isascii() else "".join(ascii_base(c) for c in text)


def name_fold(word: str) -> str:
    """Upper case without diacritics (dotless i and sharp s included): Yılmaz -> YILMAZ."""
    if word.isascii():  # nothing to replace or decompose (the frequent case)
        return word.upper()
    return "".join(c if c.isascii() else _without_diacritics(c) for c in word).upper()
