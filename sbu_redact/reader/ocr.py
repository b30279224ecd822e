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
offsets stay exact.

(fix49b) `fold_ocr_prose` reads OCR damage in the words of a control SENTENCE, in any case: `Th1s paragraph 1s
not for fore1gn eyes`, `N0t releasable t0 f0reign nati0nals`, `NOT RELEASABLE TO FORElGN NATlONALS` (`l` for `I`),
`not for dissemination to foreign governrnents` (`rn` for `m`). A word with a look-alike digit among its letters, an
`l` between capitals, an `I` after a lower-case letter or an `rn` is read as the word it spells where that is a word of
the marking vocabulary (`marking_words`) or one of the rules' short words of such sentences (rules/record_words.yaml
`ocr_prose`), in its own case; a `1` or `|` may be an `i` or an `l`. A word in capitals with a digit is left to
`fold_ocr_digits` (a damaged banner stays damaged; a level or control word after a portion's mark on its line,
`(U) N0T RELEASABLE T0 F0REIGN NATI0NALS`, is read there too), and a damaged UNCLASSIFIED never reads as one. Only words of
sentences that state controls change, so the reader reads the sentence as it reads the clean one: it only raises.
`rn` read as `m` is one view character less (the `n` is listed as deleted): offsets stay exact."""
from __future__ import annotations

import bisect
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


def _after_an_ordinary_word(text: str, at: int, tokens: frozenset[str]) -> bool:
    # (after the line's last colon: `Classification: C0NFIDENTIAL` is a damaged value)
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at), text.rfind(":", 0, at)) + 1
    return any(not w.isdigit() and w.translate(LOOK_ALIKE_DIGITS).upper() not in tokens
               for w in _WORD.findall(text, line_start, at))


def fold_ocr_digits(view: TextView, grammar: Grammar) -> TextView:
    """`view` with the look-alike digits of damaged marking words read as letters (module docstring)."""
    text = view.text
    changes: list[tuple[int, str]] = []
    words = None

    tokens = _token_words(grammar)

    def after_an_ordinary_word(at: int) -> bool:
        return _after_an_ordinary_word(text, at, tokens)

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
            if read in words and not read.startswith("UNCLAS") and (read not in tokens or after_an_ordinary_word(m.start())
                                                                    or _after_a_mark(text, m.start())):  # (fix49b)
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


# (fix49b) a word with OCR damage of prose: a look-alike digit or `|` beside a letter, an `l` beside a capital,
# an `I` after a lower-case letter (`rn` is found apart: it is in many sound words)
_PROSE_DAMAGED = lazy(r"(?=[A-Za-z0-9|])(?<![\w|])(?=[A-Za-z0-9|]*(?:[A-Za-z][0-9|]|[0-9|][A-Za-z]|[A-Z]l[A-Z]|[a-z]I))"
                      r"[A-Za-z0-9|]+(?![\w|])")
_WORD_AT = lazy(r"[A-Za-z0-9|]+")
# what each damaged character may stand for, in lower case (`l` and `I` only where the word's case says so)
_READS = {"0": "o", "1": "il", "|": "li", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
_MOST_CHOICES = 64


@functools.lru_cache(maxsize=8)
def _prose_words(grammar: Grammar) -> frozenset[str]:
    short = grammar.record_words["ocr_prose"]["short_words"]  # type: ignore[attr-defined]
    # (words of five letters or more: a three-letter country code is no word of a sentence, `corn` is no `com`)
    return frozenset({*(w for w in marking_words(grammar) if len(w) >= 5), *(w.upper() for w in short)})


def _readings(word: str) -> list[str]:
    """The words `word` may spell once its damaged characters are read as letters (its own case kept)."""
    lower = any(c.islower() for c in word if c not in "lI") or (word[:1] in "0123457|8" and word[1:2].islower())
    options: list[str] = [""]
    for i, c in enumerate(word):
        if c in _READS:
            reads = _READS[c]
            upper = not lower or (i == 0 and not word[1:2].islower() and len(word) > 1)
            choices = [r.upper() for r in reads] if upper else list(reads)
        elif c == "l" and i > 0 and word[i - 1].isupper() and word[i + 1:i + 2].isupper():
            choices = ["I", "l"]
        elif c == "I" and i > 0 and word[i - 1].islower():
            choices = ["l", "I"]
        else:
            choices = [c]
        options = [o + ch for o in options for ch in choices][:_MOST_CHOICES]
    return options


def _with_m(word: str) -> list[str]:
    """`word` with each choice of its `rn` (`RN`) read as `m` (`M`), the word as written first."""
    out = [word]
    for pair, m in (("rn", "m"), ("RN", "M")):
        at = word.find(pair)
        while at >= 0:
            out += [w[:at] + m + "\0" + w[at + 2:] for w in out if w[at:at + 2] == pair]
            at = word.find(pair, at + 1)
    return out[:_MOST_CHOICES]


def fold_ocr_prose(view: TextView, grammar: Grammar) -> TextView:
    """`view` with the OCR-damaged words of control sentences read as the words they spell (module docstring)."""
    text = view.text
    words = _prose_words(grammar)
    tokens = _token_words(grammar)
    found: dict[int, str] = {}

    def take(start: int, word: str, candidates: list[str]) -> None:
        for read in candidates:
            spelled = read.replace("\0", "")
            if spelled != word and spelled.upper() in words and not spelled.upper().startswith("UNCLAS"):
                if spelled.isupper() and spelled.upper() in tokens and not _after_an_ordinary_word(text, start, tokens) \
                        and not _after_a_mark(text, start):
                    return  # (a banner's own token: `fold_ocr_digits`' rule, a damaged banner stays damaged)
                found[start] = read
                return

    for m in _PROSE_DAMAGED.finditer(text):
        word = m.group(0)
        if word.isupper() and any(c.isdigit() for c in word):
            continue  # (capitals with a digit: `fold_ocr_digits`' words)
        take(m.start(), word, [r for w in _readings(word) for r in _with_m(w)][:_MOST_CHOICES])
    for pair in ("rn", "RN"):
        at = text.find(pair)
        while at >= 0:
            hit = _WORD_AT.match(text, _word_start(text, at))
            if hit is not None and hit.start() not in found:
                take(hit.start(), hit.group(0), _with_m(hit.group(0))[1:])
            at = text.find(pair, at + 2)
    # (a word between blanks or sentence signs only: `+1s/(U)/(C)/` is a command, not `is`; and a short word only on
    # a line that holds a marking word of its own or a damaged one: `1s` of `1s and 0s` states nothing)
    found = {start: read for start, read in found.items() if _in_prose(text, start, start + len(read))}
    long_lines = {_line_of(text, start) for start, read in found.items() if len(read.replace("\0", "")) >= 5}
    found = {start: read for start, read in found.items()
             if len(read.replace("\0", "")) >= 5 or _line_of(text, start) in long_lines
             or _holds_marking_word(text, start, words)}
    if not found:
        return view
    return _replaced(view, found)


_BEFORE_WORD = frozenset(" \t\n(\"'“‘«")
_AFTER_WORD = frozenset(" \t\n.,;:!?)\"'”’»")
_LONG_WORD = lazy(r"[A-Za-z]{5,}")


def _in_prose(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] in _BEFORE_WORD) and (end >= len(text) or text[end] in _AFTER_WORD)


def _line_of(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _holds_marking_word(text: str, at: int, words: frozenset[str]) -> bool:
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return any(w.group(0).upper() in words for w in _LONG_WORD.finditer(text, _line_of(text, at), line_end))


def _after_a_mark(text: str, at: int) -> bool:
    # (a portion's text: a mark's closing bracket or a lower-case letter before the word on its line, since its
    # last colon: `Classification: S3CR3T` is a damaged value)
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at), text.rfind(":", 0, at)) + 1
    before = text[line_start:at]
    return ")" in before or any(c.islower() for c in before)


def _word_start(text: str, at: int) -> int:
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "|") and text[at - 1].isascii():
        at -= 1
    return at


def _replaced(view: TextView, found: dict[int, str]) -> TextView:
    """`view` with the word at each offset of `found` written as its reading; a `\\0` of a reading marks a view
    character that goes (the `n` of an `rn` read as `m`): its original offset is listed as deleted."""
    text = view.text
    chars = list(text)
    gone: list[int] = []  # view offsets that go
    for start, read in found.items():
        for k, c in enumerate(read):
            if c == "\0":
                gone.append(start + k)
            else:
                chars[start + k] = c
    if not gone:
        return dataclasses.replace(view, text="".join(chars))
    gone_set = set(gone)
    if gone_set & set(view.expanded):
        return view  # (a character that is part of an expansion: never; a ligature yields no `n`)
    deleted = sorted({*view.deleted, *(view.to_original(v) for v in gone)})
    expanded = tuple(e - bisect.bisect_left(sorted(gone), e) for e in view.expanded)
    new_text = "".join(c for v, c in enumerate(chars) if v not in gone_set)
    return TextView(view.original, new_text, tuple(deleted), expanded)
