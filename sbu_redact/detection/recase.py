"""Recase ALL-CAPS (and all lower-case) text for NER without moving a single offset.

spaCy's English models find names by their capital letters, so an ALL-CAPS cable looks like a
page of organisations. `Recaser.view(text)` returns a copy of the same length in which every
ALL-CAPS line is rewritten in sentence case: common English words (wordfreq) are lower-cased,
rare words and known given names capitalized, acronyms and marking tokens kept. A line break
inside a paragraph becomes a space, so that a name running over it stays one entity. Only
characters whose case-mapped form is exactly one character change, so offsets into the view
are offsets into the original text.
"""
from __future__ import annotations

import re

from .lexicon import WORD, Lexicon

_SENTENCE_END = re.compile(r"[.!?:)\]]\s*$|^\s*$|\n\s*\n\s*$")


def _sentence_end(before: str) -> bool:
    """Whether `_SENTENCE_END` is found in `before` (whitespace alone, a sentence's last
    character or a blank line before the white space that ends it), without trying it at every
    position: its ways match white space to the end (`\\s` is what `str.strip` strips)."""
    kept = before.rstrip()
    return not kept or kept[-1] in ".!?:)]" or before.count("\n", len(kept)) >= 2


def _one_char(ch: str, mapped: str) -> str:
    return mapped if len(mapped) == 1 else ch


def _lower(word: str) -> str:
    if word.isascii():  # every character lowers to one character (the loop below, at C speed)
        return word.lower()
    return "".join(_one_char(ch, ch.lower()) for ch in word)


def capitalize(word: str) -> str:
    """MILLER -> Miller, AL-SAADI -> Al-Saadi (spaCy splits at the hyphen): the one recasing of
    a name word, same length (used for NER's view and for the forms of a later mention)."""
    return "-".join(part[:1] + _lower(part[1:]) for part in word.split("-"))


class Recaser:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.spec = lexicon.settings.recase

    def caps_lines(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the lines written in capitals."""
        out = []
        for line in re.finditer(r"[^\n]+", text):
            letters = sum(map(str.isalpha, line.group()))
            if letters >= self.spec.min_letters and self.lexicon.is_caps(line.group()):
                out.append(line.span())
        return out

    def lower_lines(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the lines written without a capital (a citizen's e-mail typed in lower
        case: `my son kevin otieno was arrested`); of a chat export's line, its message."""
        return [(line.start() + self.lexicon.message_offset(line.group()), line.end()) for line in re.finditer(r"[^\n]+", text)
                if self.lexicon.is_lower_case_prose(line.group(), text, line.start())]

    def view(self, text: str, breaks: frozenset[int] = frozenset()) -> tuple[str, list[tuple[int, int]]]:
        """The NER view of `text` (same length) and the line ranges that were recased. A line
        break at one of `breaks` (where a header field of the reader ends or starts) is kept.
        Lines in lower case are recased the same way (as if they were in capitals)."""
        chars = list(text)
        lower = self.lower_lines(text)
        for start, end in lower:
            for match in WORD.finditer(text, start, end):
                chars[match.start():match.end()] = self._recase(match.group().upper(), text, match.start())
        lines = sorted([*self.caps_lines(text), *lower])
        for start, end in lines:
            after_given_name = False
            if (start, end) in lower:
                continue
            for match in WORD.finditer(text, start, end):
                word = match.group()
                bare = word.upper().removesuffix("'S").removesuffix("\u2019S")
                if after_given_name and word.isupper() and len(bare) > 1 and bare not in self.lexicon.stop_words \
                        and text[match.start() - 1:match.start()] == " ":
                    new = capitalize(word)  # JOHN MILLER: the word after a given name is a surname
                else:
                    new = self._recase(word, text, match.start())
                after_given_name = word.isupper() and self.lexicon.is_given_name(bare)
                chars[match.start():match.end()] = new
        self._join_wrapped_lines(text, chars, breaks)
        view = "".join(chars)
        assert len(view) == len(text)
        return view, lines

    def _recase(self, word: str, text: str, pos: int) -> str:
        lex = self.lexicon
        upper = word.upper()
        if word != upper:
            return word
        bare = upper.rstrip("'\u2019S") if upper.endswith(("'S", "\u2019S")) else upper
        if bare in lex.keep_upper:
            return word
        if lex.is_given_name(bare):
            return capitalize(word)
        sentence_start = pos == 0 or _sentence_end(text[max(0, pos - 40):pos])
        if len(bare) == 1:
            return word if text[pos + 1:pos + 2] == "." or bare == "I" else (word if sentence_start else _lower(word))
        if lex.is_common(bare, self.spec.common_zipf):
            return capitalize(word) if sentence_start else _lower(word)
        return capitalize(word)

    def _join_wrapped_lines(self, text: str, chars: list[str], breaks: frozenset[int] = frozenset()) -> None:
        """Replace a line break inside a paragraph with a space (both are one character),
        unless the next line starts a header field or a marking line."""
        for match in re.finditer(r"(?<=[A-Za-z,])\n(?=[ \t]*[A-Za-z])", text):
            if match.start() in breaks or match.end() in breaks:
                continue
            line_end = text.find("\n", match.end())
            line = text[match.end(): line_end if line_end >= 0 else len(text)]
            first = line.split()[0].rstrip(":").upper()
            if self.lexicon.is_header_line(line) or first in self.lexicon.marking_words:
                continue
            chars[match.start()] = " "
