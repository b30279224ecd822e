"""The text detection reads: the reader's normalised view (`sbu_redact.textview`), with two
changes that only matter to names, and the document re-expressed in its offsets.

- A word written wholly in another script (`Иван`, `خالد`) keeps its letters: the view folds
  Cyrillic and Arabic letters to the Latin letters they look like, which is right for a marking
  disguised with look-alikes and wrong for a name written in its own script.
- A word hyphenated across a line end is joined: `Hry-` / `tsenko` reads `Hrytsenko` (the
  hyphen, the line end and the next line's indentation are left out); before a capital the
  hyphen stays (`SMITH-` / `JONES` reads `SMITH-JONES`). A soft hyphen at a line end joins too.
  A line end where one of the reader's fields starts or ends is never joined.

- A zero that OCR read for the letter O inside a name is read as O: `0'DRISCOLL`, `M0'HARA`,
  `RJ0NES` (a zero between letters in a word with no other digit); in mixed case also at a
  word's end or start (`Ilchenk0`, `0ksana`, `Żuraw-0lszewski`), as `o` after a lower-case letter.
  Numbers and identifiers (`A0418273`, `10'S`) have other digits or no letter before the zero.
- Other digits that OCR reads for a letter they look like, between letters of a word of at
  least four letters with no other digit, are read as that letter, in the case of the letters
  around it: 1 as I, 2 as Z (a scanned ž), 3 as E, 4 as A, 5 as S (a scanned š), 7 as T, 8 as B
  (`AL1NE`, `Milo5evic`, `Kne2evic`, `Rist1c`). Short codes (`B2B`, `G7`, `MP3s`) have fewer
  letters, identifiers (`ISL2008`, `H1N1`) more digits.
- A 1 or l that OCR read for an I, or a 0 for an O, opening a word in capitals is read as that
  letter: `1GNATIUS`, `lVAN`, `0LUWASEUN` (three more capitals with a vowel follow: not `1ST`, `1MDB`),
  and a 5 for an S before four more capitals (`5AMUEL-LEWIS`; not `5TH`, `5PM`, `5AMS`).
  In mixed case a 1 opening a word of three lower-case letters or more before a capitalized word
  is an I too (`1gor Semyonovich`; not `1st`, `1am`).

These changes only restore, replace one for one or leave out characters, so the result is again a `TextView` of the
original, with an exact map back: findings are made on the view and their spans mapped to the
original (interior characters the view left out, such as a soft hyphen, fall inside the span).
A text with nothing to change is its own view, and detection reads it as before.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from ..textview import TextView, view_of
from .regex_trie import factored

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["detection_view", "document_in_view"]

_WORD = re.compile(r"[^\W\d_]+")
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])(?P<hyphen>-?)\n[ \t]*(?=[^\W\d_])")
_SOFT_HYPHEN = "\u00ad"
# a zero for an O: before an apostrophe and a name (0'DRISCOLL, M0'HARA), between letters
# (RJ0NES; the word is checked for other digits). An initial `0.` is the name reader's (names.py).
# In mixed case also: a zero ending a word of three letters or more (Ilchenk0), one opening a word
# before lower-case letters (0ksana) and one opening the second half of a double name (Żuraw-0lszewski).
_OCR_ZERO = factored(r"(?<![\w'\u2019])0(?=['\u2019][A-Z][A-Za-z]{2})|(?<=[A-Za-z])0(?=['\u2019]?[A-Za-z])"
                       r"|(?<=[A-Za-z]{3})0(?![\w'\u2019\-])|(?<![\w'\u2019.@/\-])0(?=[a-z]{2})"
                       r"|(?<=[^\W\d_]-)0(?=[A-Za-z]{2})")
_TOKEN_AROUND = re.compile(r"[\w'\u2019\-]*")
# another digit OCR read for a letter, between letters (AL1NE, Milo5evic, Kne2evic, Rist1c)
_OCR_DIGIT_LETTERS = {"1": "I", "2": "Z", "3": "E", "4": "A", "5": "S", "7": "T", "8": "B"}
_OCR_DIGIT = factored(r"(?<=[A-Za-z])[1234578](?=[A-Za-z])")
# a 1 or l for an I, a 0 for an O at the start of a word in capitals (1GNATIUS, lVAN, 0LUWASEUN,
# 0DUYA-BANKOLE): three more capitals with a vowel follow, and the word has no other digit; a 5 for an
# S before four more capitals (5AMUEL-LEWIS; not 5TH, 5PM)
# ... or a 1 opening a word of three lower-case letters or more before a capitalized word, in mixed
# case, a vowel among them (1gor Semyonovich: a name goes on; not 1st, 1am, 1kgs)
_OCR_FIRST_MIXED = re.compile(r"(?<![\w'\u2019.\-/@])1(?!(?:st|nd|rd|th)\b)(?=[a-z]*[aeiouy])(?=[a-z]{3,}[ \t]+[A-Z][a-z])")
_OCR_FIRST = factored(r"(?<![\w'\u2019.\-/@])(?:(?P<ch>[10l])(?=[A-Z]{3})|(?P<s>5)(?=[A-Z]{4}))(?=[A-Z]*[AEIOUY][A-Z]*)"
                      r"(?P<rest>[A-Z]+(?:['\u2019\-][A-Z]+)*)(?![\w])")


# two characters that are the UTF-8 bytes of one letter read as cp1252 or Latin-1 (Ã° for ð, Ã© for é, Å¡ for š)
_MOJIBAKE_LEAD = re.compile("[\u00C2-\u00C5]")
_MOJIBAKE = re.compile("[\u00C2-\u00C5][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC"
                       "\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]")
_NOT_CP1252 = frozenset("\u0081\u008d\u008f\u0090\u009d")  # (bytes cp1252 leaves undefined: Latin-1's)
# four letters or more, each but the last followed by one space, alone between non-letters
_LETTER_SPACED = re.compile(r"(?<![\w'\u2019\-])(?<![^\W\d_] )[^\W\d_](?: [^\W\d_]){3,}(?![\w'\u2019\-])(?! [^\W\d_](?![^\W\d_]))")
# capitalized words run together: each capital opens a run of lower-case letters
_LOWER_THEN_CAPITALS = re.compile(r"(?:[^\W\d_](?<=[A-Z\u00C0-\u00DE])[^\W\d_A-Z\u00C0-\u00DE]+)+")


def detection_view(document: "Document") -> TextView:
    """The view of `document.text` that detection reads (see the module docstring). Detection and
    the residual-name net read the same document: the view is kept on it, for its text, view and
    fields (a document changed since is read again)."""
    key = (document.text, document.view, document.fields, len(document.fields))
    kept = document.__dict__.get("_detection_view")
    if kept is not None and len(kept[0]) == len(key) and all(a is b for a, b in zip(kept[0][:3], key[:3])) \
            and kept[0][3] == key[3]:
        return kept[1]
    view = _detection_view(document)
    document.__dict__["_detection_view"] = (key, view)
    return view


def _detection_view(document: "Document") -> TextView:
    text = document.text
    base = document.view if document.view is not None and document.view.original == text else view_of(text)
    chars: list[str] | None = None
    if not base.identity:
        for match in _WORD.finditer(text):
            word = match.group()
            if word.isascii() or _has_latin(word):
                continue
            for offset in range(match.start(), match.end()):
                at = base.to_view(offset)
                if at < len(base.text) and base.to_original(at) == offset and base.text[at] != text[offset]:
                    if chars is None:
                        chars = list(base.text)
                    chars[at] = text[offset]
    view_text = "".join(chars) if chars is not None else base.text
    zeros = _ocr_zeros(view_text)
    firsts = _ocr_first_letters(view_text)
    digits = _ocr_digits(view_text)
    if zeros or firsts or digits:
        chars = list(view_text)
        for at, letter in [*zeros, *firsts, *digits]:
            chars[at] = letter
        view_text = "".join(chars)
    # (mojibake is read on the original: the view folds its second character, ³ to 3)
    mojibake: list[tuple[int, str]] = []
    mojibake_out: list[int] = []
    for offset, letter in _mojibake(text):
        at, second, after = base.to_view(offset), base.to_view(offset + 1), base.to_view(offset + 2)
        if second == at + 1 and after > second and base.to_original(at) == offset:
            mojibake.append((at, letter))
            mojibake_out.extend(range(second, after))
    spaced = _letter_spaced(view_text)
    if mojibake:
        chars = list(view_text)
        for at, letter in mojibake:
            chars[at] = letter
        view_text = "".join(chars)
    left_out = _line_hyphens(view_text, base, document)
    if mojibake or spaced:
        chars = chars if chars is not None else list(view_text)
        left_out = sorted({*left_out, *mojibake_out, *spaced})
    if chars is None and not left_out:
        return base
    if left_out:
        gone = set(left_out)
        view_text = "".join(ch for at, ch in enumerate(view_text) if at not in gone)
    return base.leaving_out(view_text, left_out)


def _mojibake(text: str) -> list[tuple[int, str]]:
    """(offset, letter) for a letter whose UTF-8 bytes were read as two cp1252 or Latin-1
    characters (`GuÃ°rÃºn`, `KovÃ¡cs`, `Äapek`), inside or next to a word: the letter replaces the
    first of the two, the second is left out (its offset + 1). Only pairs that decode to a
    letter count, so `Ã` or `Å` in a text that is right stays."""
    if not _MOJIBAKE_LEAD.search(text):
        return []
    out = []
    for m in _MOJIBAKE.finditer(text):
        pair = m.group()
        try:
            raw = bytes(pair.encode("cp1252") if pair[1] not in _NOT_CP1252 else pair.encode("latin-1"))
            letter = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                letter = pair.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        if len(letter) != 1 or not letter.isalpha():
            continue
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if before.isalpha() or after.isalpha():
            out.append((m.start(), letter))
    return out


def _letter_spaced(text: str) -> list[int]:
    """Offsets of the spaces to leave out inside a word written letter by letter (OCR or a
    typist's emphasis: `W i l l i a m  P a r k e r`, `T s i k l a u r i, L e v a n`): four
    letters or more, each followed by one space, a capital opening the word and lower-case
    letters after it, or capitals only. In mixed case a capital after a lower-case letter opens
    the next word (`P a u l M o r e n o`: its space stays)."""
    if " " not in text:
        return []
    out = []
    for m in _LETTER_SPACED.finditer(text):
        letters = m.group()[::2]
        if not (letters.isupper() or letters[0].isupper() and letters[1:].islower()
                or letters[0].isupper() and all(a.isupper() or a.islower() for a in letters[1:])
                and not letters.islower() and _LOWER_THEN_CAPITALS.fullmatch(letters)):
            continue
        for k in range(1, len(letters)):
            if letters[k].isupper() and letters[k - 1].islower():
                continue  # (a new word: P a u l M o r e n o)
            out.append(m.start() + 2 * k - 1)
    return out


def _has_latin(word: str) -> bool:
    return any("LATIN" in unicodedata.name(ch, "") for ch in word)


def _ocr_zeros(text: str) -> list[tuple[int, str]]:
    """(offset, letter) for the zeros in `text` that stand for the letter O inside a name
    (module docstring): a lower-case o between or after lower-case letters (Ilchenk0, rep0rt)."""
    if "0" not in text:
        return []
    out = []
    for match in _OCR_ZERO.finditer(text):
        at = match.start()
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-"):
            start -= 1
        end = _TOKEN_AROUND.match(text, at + 1).end()  # type: ignore[union-attr]  # matches everywhere
        if sum(ch.isdigit() for ch in text[start:end]) == 1:
            lower = text[at - 1:at].islower() and not text[at + 1:at + 2].isupper()
            out.append((at, "o" if lower else "O"))
    return out


def _ocr_digits(text: str) -> list[tuple[int, str]]:
    """(offset, letter) for a digit other than 0 that OCR read for a letter inside a word
    (module docstring)."""
    out = []
    for match in _OCR_DIGIT.finditer(text):
        at = match.start()
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\u2019-"):
            start -= 1
        end = _TOKEN_AROUND.match(text, at + 1).end()  # type: ignore[union-attr]  # matches everywhere
        token = text[start:end]
        if sum(ch.isdigit() for ch in token) != 1 or sum(ch.isalpha() for ch in token) < 4:
            continue
        letter = _OCR_DIGIT_LETTERS[match.group()]
        lower = text[at - 1].islower() and text[at + 1].islower()
        out.append((at, letter.lower() if lower else letter))
    return out


def _ocr_first_letters(text: str) -> list[tuple[int, str]]:
    """(offset, letter) for a 1 or l read for an I, or a 0 read for an O, opening a word in
    capitals (module docstring)."""
    if not any(ch in text for ch in "10l5"):
        return []
    return [(m.start(), "S" if m.group("s") else "O" if m.group("ch") == "0" else "I") for m in _OCR_FIRST.finditer(text)] \
        + [(m.start(), "I") for m in _OCR_FIRST_MIXED.finditer(text)]


def _line_hyphens(view_text: str, base: TextView, document: "Document") -> list[int]:
    """View offsets to leave out so that words hyphenated across a line end are joined."""
    if "\n" not in view_text:
        return []
    edges = sorted({b for f in document.fields for b in (f.start, f.end)})
    out: list[int] = []
    for match in _LINE_HYPHEN.finditer(view_text):
        newline = match.start() + len(match.group("hyphen"))
        before = base.to_original(newline - 1)  # the original of the last letter (or the hyphen)
        after = base.to_original(match.end())  # ... and of the next line's first letter
        i = bisect.bisect_left(edges, before + 1)
        if i < len(edges) and edges[i] <= after:
            continue  # a field of the reader starts or ends here: two lines, not one word
        if match.group("hyphen"):
            joined = view_text[match.end()].islower()
            out.extend(range(match.start() if joined else newline, match.end()))
        elif _SOFT_HYPHEN in document.text[before + 1:base.to_original(newline)] \
                and view_text[match.end()].islower():
            out.extend(range(newline, match.end()))
    return out


def document_in_view(document: "Document", view: TextView) -> "Document":
    """`document` with its text, fields and portions in the offsets of `view` (itself when the
    view is the original text)."""
    if view.identity:
        return document

    def at(offset: int | None) -> int | None:
        return None if offset is None else view.to_view(offset)

    fields = [replace(f, start=view.to_view(f.start), end=view.to_view(f.end)) for f in document.fields]
    portions = [replace(p, start=view.to_view(p.start), end=view.to_view(p.end), body_start=view.to_view(p.body_start),
                        mark_start=at(p.mark_start), mark_end=at(p.mark_end)) for p in document.portions]
    return replace(document, text=view.text, fields=fields, portions=portions, problems=[],
                   view=TextView(view.text, view.text))
