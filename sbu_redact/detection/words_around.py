"""The word right before or right after a span, for the recognizers that read a cue there
(cued_word_name, paired_names, apostrophe_surname, quoted_epithet, named_list, quoted_nickname).

Each word-before pattern ends at the window's end (`\\Z`) and is an `EndAnchored` search (see
before.py): the same match as `re.search` over the window, found from the window's tail rather
than from every position in it. A line end may stand between the word and the span (a name
broken over a line end keeps its cue). Callers pass the window: `search(text, max(0, start -
30), start)`.
"""
from __future__ import annotations

import re

from .before import SPACES, WORD_RUN, EndAnchored, optional

_UPPER = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
_LETTER = r"[^\W\d_]"
# Latin-script letters (the class the quoted-name recognizers build their words from)
LATIN_LETTERS = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_LATIN = LATIN_LETTERS
# a Latin-script word, apostrophes and hyphens inside (`O'NEILL`, `Güero`, `Bada-Babu`)
LATIN_WORD = rf"[{LATIN_LETTERS}][{LATIN_LETTERS}'\u2019\-]*"
_GAP = SPACES + optional("\n") + SPACES  # (spaces, a line end, spaces: read backwards)

# an English word after a span, a line end allowed before it (told, HAS, uncle)
ASCII_WORD_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?P<word>[A-Za-z]+)")
# an English word after a span and the word after it (`is waiting`, `WOULD RUN`)
ASCII_WORDS_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?P<word>[A-Za-z]+)(?:[ \t]+(?P<next>[A-Za-z]+))?")
# an English word before a span, with the comma after it if any (`widow`, `NAMED`, `SAID,`)
ASCII_WORD_BEFORE = EndAnchored(r"(?P<word>[A-Za-z]+)(?P<comma>,)?[ \t]*\n?[ \t]*\Z", _GAP, optional(","), WORD_RUN)
# a letter and a comma right before a span: an item of a list goes before it
LIST_ITEM_BEFORE = EndAnchored(r"[^\W\d_],[ \t]*\n?[ \t]*\Z", _GAP, ",", WORD_RUN)
# a span that opens the text or follows a sentence's end, a colon, a semicolon or a line end
SENTENCE_OPENS = EndAnchored(r"(?:^|[.!?:;\n])[ \t]*\Z", SPACES, optional(".!?:;\n"))
# a word in any script's letters before a span, a full stop after it allowed (`rue`, `Côte`, `quai.`)
LETTERS_WORD_BEFORE = EndAnchored(rf"(?P<word>{_LETTER}+)\.?[ \t]*\n?[ \t]*\Z", _GAP, optional("."), WORD_RUN)
# a capitalized word (a given name) before a span, one hyphen allowed (`GIANLUCA`, `Anne-Marie`)
CAPITALIZED_WORD_BEFORE = EndAnchored(
    rf"(?<![\w\-'\u2019.])(?P<word>[{_UPPER}]{_LETTER}+(?:-[{_UPPER}]{_LETTER}+)?)[ \t]*\n?[ \t]*\Z", _GAP, WORD_RUN)
# a Latin-script word before a span, `that` allowed between (`called`, `SAID THAT`)
LATIN_WORD_BEFORE_THAT = EndAnchored(
    rf"(?P<word>[{_LATIN}]+)[ \t]*\n?[ \t]*(?:(?:that|THAT)[ \t]*\n?[ \t]*)?\Z", _GAP, WORD_RUN, _GAP, WORD_RUN)
# the clause before a colon that opens a span, back to the last sentence's end (`HE NAMED THE FOUR\nDETAINEES:`)
CLAUSE_BEFORE_COLON = EndAnchored(r"(?P<clause>[^.!?;:]+):[ \t]*\n?[ \t]*\Z", _GAP, ":", r"[^.!?;:]*")
# a comma right after a span (the end of an apposition)
COMMA_AFTER = re.compile(r"[ \t]*,")
# a word and a comma before a span (an apposition's noun: `THE SIRDAR, "BADA BABU",`)
NOUN_COMMA_BEFORE = EndAnchored(rf"(?P<noun>[{_LATIN}]+),[ \t]*\n?[ \t]*\Z", _GAP, ",", WORD_RUN)
# a naming word before a span, `as` (or `only as`) allowed after it, and up to three words before it (`A MAN THEY
# CALLED`, `A WOMAN KNOWN AS`, `A MAN WHOM THEY KNEW ONLY AS`): `noun` is the first of those words, `cue` the naming word
NOUN_NAMING_WORD_BEFORE = EndAnchored(
    rf"(?P<noun>[{_LATIN}]+)(?:[ \t]*\n?[ \t]*[{_LATIN}]+){{0,2}}?[ \t]*\n?[ \t]*(?P<cue>[{_LATIN}]+)"
    r"(?:[ \t]*\n?[ \t]*(?:(?:only|ONLY)[ \t]*\n?[ \t]*)?(?:as|AS))?[ \t]*\n?[ \t]*\Z",
    _GAP, WORD_RUN, _GAP, WORD_RUN, _GAP, WORD_RUN, _GAP, WORD_RUN, _GAP, WORD_RUN, _GAP, WORD_RUN)

# a possessive word and a noun right before a span (`HIS FRIEND`, `her cousin`): `owner` and `noun`
POSSESSIVE_NOUN_BEFORE = EndAnchored(
    rf"(?<![{_LATIN}])(?P<owner>[{_LATIN}]+)[ \t]+(?P<noun>[{_LATIN}]+)[ \t]*\n?[ \t]*\Z", _GAP, WORD_RUN, SPACES, WORD_RUN)


def verb_after(text: str, end: int, verbs: frozenset[str]) -> bool:
    """One of `verbs` right after `end`, alone or after is/was/has/had (`told`, `is waiting`)."""
    after = ASCII_WORDS_AFTER.match(text, end)
    if after is None:
        return False
    word, following = after.group("word").lower(), (after.group("next") or "").lower()
    return word in verbs or word in ("is", "was", "has", "had") and following in verbs


# an apposition with a determiner or a possessive after a span, one word allowed before the noun
# (`, THE AMERICAN STUDENT,`, `, her sister.`, `, THE DAUGHTER OF`): `noun` is the last word
APPOSITION_AFTER = re.compile(r",[ \t]*\n?[ \t]*(?i:the|a|an|his|her|their|my|our)[ \t]*\n?[ \t]+"
                              r"(?:[A-Za-z\-]+[ \t]*\n?[ \t]+)?(?P<noun>[A-Za-z]+)"
                              r"(?=[ \t]*[,.;:)\n]|[ \t]*\Z|[ \t]+(?i:of|for|at|in|who|from|with)\b)")
# a comma after a span and more words on its line (a salutation: `Pat, the file came back`)
COMMA_THEN_WORDS = re.compile(r",[ \t]+\S")


def lettered_item(text: str, start: int) -> bool:
    """fixnames42: whether the letter at `start` (with its `.` or `)` after it) enumerates a
    lettered list (REF: A. ... B. ...): the letter before it in the alphabet is written the same
    way earlier in the text, or it is `A` and `B` follows so. An initial (`K. Anbarasi`, `SON: P.
    SIVA`) has no such neighbour."""
    letter = text[start:start + 1].upper()
    if not ("A" <= letter <= "Z"):
        return False
    if letter == "A":
        return re.search(r"(?<![\w.])B[.)][ \t\n]", text[start + 1:]) is not None
    return re.search(rf"(?<![\w.]){chr(ord(letter) - 1)}[.)][ \t\n]", text[:start]) is not None
