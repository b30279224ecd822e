"""Unlabelled notes that state a level as their predicate, in any language (fixlang34, issue 8).

A short line in another language whose level word (`unresolved_scope.untranslated.level_words`) ends its clause
("Siste avsnitt er hemmelig, ikke for utlendinger", "Ang huling talata ay lihim.", "ວັກສຸດທ້າຍແມ່ນຄວາມລັບ") says some
text is at that level, whatever words it names the text with. Every round brought one more language whose paragraph
and place words the rules did not hold, and such a note was read as no claim: its paragraph was released. A level
word as a predicate is a claim on certain signs, so the note is read as one when it also names text
(`unresolved_scope.refers_abroad`), forbids sharing with foreigners (`unresolved_scope.untranslated.sharing`), or
stands apart as a short note (a paragraph or a quotation of its own); where the reader cannot place what it names,
`scope.py` raises every portion it could mean (fail closed). A level word that opens its sentence or that a noun
follows ("Hemlig omröstning begärdes", a secret ballot; "Valet sker med hemlig omröstning") is prose.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ..lazyre import compile_pattern

if TYPE_CHECKING:
    import re

    from ..markings import LazyPattern
    from .state import Reading

# where a clause ends: sentence and clause punctuation of the scripts notes are written in, quotation marks, dashes
# (not the point after a number, `3. paragrafoa`, `3. avsnitt`: an ordinal, not a sentence's end, open35a; nor
# an abbreviation's point that a word in lower case follows, `oi 2 teleutaies parag. einai empisteutikes`, fix146)
_CLAUSE_STOP = compile_pattern(r"(?<!\d)\.(?![ \t]+[a-z])|[,;:!?()\"“”«»„‘’\[\]。，、；：！？।॥။၊។៕።፣፤؛،۔—–]|[ \t]-+[ \t]|$")


def _combining_signs() -> str:
    """A character class of the combining signs (Mn, Mc, Me) of the Basic Multilingual Plane, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{lo:04x}" if lo == hi else f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


# a word: letters and digits with the combining signs of their script (a Kannada, Tamil or Thai vowel sign is no
# word's end: `ಕೊನೆಯ` is one word, not three, and a note of five words was counted as twelve and read as prose,
# open35a), joined by an apostrophe, a joiner or the Tibetan syllable mark (`མཇུག་གི`: Tibetan marks syllables,
# not words, with it)
_SIGNS = _combining_signs()
_WORD = compile_pattern(rf"[^\W_][{_SIGNS}]*(?:[^\W_][{_SIGNS}]*)*(?:['’\u200d\u200c\u0f0b][{_SIGNS}]*[^\W_][{_SIGNS}]*(?:[^\W_][{_SIGNS}]*)*)*")
_LINE_BREAK = compile_pattern("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
_BREAK_AT_END = compile_pattern("(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])\\Z")
_MOST_WORDS = 16  # (a note: at most this many words on its line; a paragraph of prose is no note)
_MOST_WORDS_APART = 8  # (a note that only its place sets apart is shorter still: "Tá an mhír dheireanach rúnda";
# not a sentence of a quoted message, "Disse tambem que o chanceler ja informou Caracas por canal reservado")
_MOST_AFTER = 4  # (after the level word only a copula may end its clause: `er`, `e`, `है`, `ہے`, `dir`)
_MOST_IN_CELL = 2  # (words after the level word in a table's cell: `sekretua bakarrik`, `secret too`)


def states_level(r: "Reading", words: "LazyPattern", original: str, line: int, line_end: int,
                 apart: bool = False, cell: bool = False) -> bool:
    """Whether the unlabelled line `line:line_end` of `original` is a short note whose level word is the predicate of
    its clause and that names text, forbids sharing, or stands apart as a note of its own (`apart`: the caller
    knows it does, a table's cell or a chat's message is a note of its own). In a table's cell (`cell`) a word or
    two may follow the level word: a cell holds no prose after it, only "only" or "too" (Basque `ez da sekretua
    bakarrik`, "not only secret", review35a c03, open36c)."""
    said = _WORD.findall(original, line, line_end)
    if len(said) > _MOST_WORDS:
        return False
    sharing = r.g.scope_sharing.compiled
    copulas = r.g.scope_copulas
    if not any(_predicate(original, m.start(), m.end(), line, line_end, sharing, copulas, _MOST_IN_CELL if cell else 1)
               for m in words.compiled.finditer(original, line, line_end)):
        return False
    if r.g.scope_refers_abroad.compiled.search(original, line, line_end) is not None \
            or sharing.search(original, line, line_end) is not None:
        return True
    return len(said) <= _MOST_WORDS_APART and (apart or _apart(original, line, line_end))


def _predicate(text: str, start: int, end: int, line: int, line_end: int, sharing: "re.Pattern[str]",
               copulas: frozenset[str] = frozenset(), most_after: int = 1) -> bool:
    """Whether the level word at `start:end` ends its clause with words of the clause before it: at most one short
    word (a copula) after it, in a script written with spaces, or a rule against sharing ("trúnaðarmál og ekki ætluð
    útlendingum"); in a script written without spaces (Lao, Thai, Chinese), the letters run on to the clause's end."""
    while end < line_end and (text[end].isalnum() or text[end] in "\u200d\u200c" or _mark(text[end])):
        end += 1  # (the level word's own ending: `gizlidir`, `රහස්‍යයි`, `လျှို့ဝှက်ချက်ဖြစ်သည်`)
    stop = _CLAUSE_STOP.search(text, end, line_end)
    clause_end = stop.start() if stop is not None else line_end
    after = _WORD.findall(text, end, clause_end)
    # (a copula of more letters the rules name, Mongolian `байна`, open35a)
    if (len(after) > most_after or most_after == 1 and any(len(w) > _MOST_AFTER and w.casefold() not in copulas
                                                           for w in after)) \
            and sharing.search(text, end, line_end) is None:
        return False
    clause_start = line
    for m in _CLAUSE_STOP.finditer(text, line, start):
        if m.end() <= start and m.group(0):
            clause_start = m.end()
    if start > clause_start and (text[start - 1].isalnum() or _mark(text[start - 1]) or text[start - 1] == "\u0f0b"):
        return True  # (a script written without spaces: the subject's letters run into the level's, `ວັກສຸດທ້າຍແມ່ນຄວາມລັບ`;
        # Tibetan's syllable mark, `དེ་གསང་བ`)
    # (a subject and a copula, or a noun and its word of place, before the level: "Siste avsnitt er hemmelig";
    # not a heading or a title whose one word before the level word is an article, "Die geheime Akte")
    return len(_WORD.findall(text, clause_start, start)) >= 2


def _mark(c: str) -> bool:
    """Whether `c` is a combining sign (a vowel sign of an Indic or Southeast Asian script)."""
    return unicodedata.category(c) in ("Mn", "Mc")


def _apart(text: str, line: int, line_end: int) -> bool:
    """Whether the line stands apart as a note: a blank line (or the text's edge) above and below it, or it is
    one quotation whole."""
    if text[line - 1:line] in ("\"", "“", "«", "„") and text[line_end:line_end + 1] in ("\"", "”", "»", "“"):
        return True  # (a note quoted whole after its introduction: `Note from the contact: "..."`)
    body = text[line:line_end].strip(" \t>*-•")
    if body[:1] in "\"“«„'‘" and body[-1:] in "\"”»“'’." and len(body) > 2:
        return True
    line = max(text.rfind("\n", 0, line), text.rfind("\r", 0, line)) + 1  # (the line's own start: before a reply's `>`)
    above = _BREAK_AT_END.search(text, 0, line)  # (the break that ends the line above, CR LF or any one)
    previous = text[:above.start()] if above is not None else ""
    previous = previous[max(previous.rfind("\n"), previous.rfind("\r")) + 1:]
    below = _LINE_BREAK.match(text, line_end)
    following = text[below.end():] if below is not None else ""
    following = following[:min([i for i in (following.find("\n"), following.find("\r")) if i >= 0], default=len(following))]
    return not previous.strip(" \t>") and not following.strip(" \t>")  # (a quoted message's blank line is `>`)
