"""PERSON: a given name that is also a common word (`Pat`, `FRANK`, `HOPE`, `Will`) alone, where
its place in the text says person (fixnames39): a salutation opening a message (`Pat, the CRBA came
back`, the first line or the one after a header such as `Subject:`), a sign-off closing a line
(`Thanks - Frank`, `Thx, Art`, `- Hope` alone on the last line), or an apposition with a person's
noun right after it (`HOPE, THE AMERICAN STUDENT,`, `JOY, HER SISTER,`) or a person's noun and a
comma right before it (`her son, Will,`, `his daughter, May.`). The word is written as a name
(capitalized in mixed case, in capitals in capitals) and never after a word that makes it a
month, a modal or a thing (`not_after`: IN MAY, THE WILL, WE HOPE); cued_word_name reads the cues
with no comma (`his widow Grace`, `Roy told`)."""
from __future__ import annotations

import re

from ..registry import register
from ..words_around import APPOSITION_AFTER, ASCII_WORD_AFTER, ASCII_WORD_BEFORE, COMMA_THEN_WORDS
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w\-'\u2019.@])(?P<word>[A-Z][A-Za-z]+)(?![\w\-'\u2019@])")
# what may stand before a sign-off's name on its line: a dash, or a closing word with a comma or a dash
_LEAD = re.compile(r"(?:[-\u2013\u2014][ \t]*|(?P<closing>[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)[ \t]*[,\-\u2013\u2014][ \t]*)\Z")
WORD_GIVEN_ALONE = "a given name that is also a word, alone where its place says person"


@register("word_given_alone")
class WordGivenAloneRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # given names that are common words (PAT, FRANK, HOPE, WILL)
        given_words: list[str] = []
        # words closing a message before a name that signs it (thanks, thx, cheers, regards)
        closing_words: list[str] = []
        # person's nouns before it with a comma (`her son, Will,`) or in an apposition after it (`, HER SISTER,`)
        person_nouns: list[str] = []
        # words right before it that make it a month, a modal or a thing (in, the, we)
        not_after: list[str] = []
        # words after it that make it an organisation's or a thing's name (HOPE FOUNDATION)
        words_of_things_after: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.given_words = frozenset(w.lower() for w in spec.given_words)
        self.closing_words = frozenset(" ".join(w.lower().split()) for w in spec.closing_words)
        self.person_nouns = frozenset(w.lower() for w in spec.person_nouns)
        self.not_after = frozenset(w.lower() for w in spec.not_after)
        self.words_of_things_after = frozenset(w.lower() for w in spec.words_of_things_after)

    def _salutation(self, text: str, start: int, end: int) -> bool:
        """First on a message's first line, or on the line after a header (`Subject: ...`), a comma
        and more words after it."""
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip() or not COMMA_THEN_WORDS.match(text, end):
            return False
        previous = text[:line_start].rstrip("\n")
        if not previous.strip():
            return True
        last_line = previous[previous.rfind("\n") + 1:]
        return re.match(r"[ \t]*(?:Subject|Re|RE|SUBJECT)[ \t]*:", last_line) is not None

    def _sign_off(self, text: str, start: int, end: int) -> bool:
        """Last on its line (a full stop allowed), after a dash or a closing word; or alone on the
        text's last line."""
        if not re.match(r"[ \t]*[.!]?[ \t]*(?:\n|\Z)", text[end:end + 4] if end + 4 <= len(text) else text[end:]):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        lead_text = text[line_start:start]
        if not lead_text.strip():
            return not text[end:].strip(" \t\n.!") and bool(text[:line_start].strip())
        lead = _LEAD.search(lead_text)
        if lead is None:
            return False
        closing = lead.group("closing")
        if closing is None:
            return True
        # (the closing word opens the line or follows a sentence's end: `... the fee. Thanks - Frank`)
        before = lead_text[:lead.start()].rstrip()
        return " ".join(closing.lower().split()) in self.closing_words and (not before or before.endswith((".", "!", "?")))

    def _apposition(self, text: str, start: int, end: int) -> bool:
        after = APPOSITION_AFTER.match(text, end)
        if after is not None and after.group("noun").lower() in self.person_nouns:
            return True
        before = ASCII_WORD_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and before.group("comma") is not None and before.group("word").lower() in self.person_nouns

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _WORD.finditer(text):
            word = m.group("word")
            caps = word.isupper()
            if word.lower() not in self.given_words or not caps and not word[1:].islower():
                continue
            start, end = m.span()
            if caps != lex.caps_around(text, start, end):
                continue  # (a capitalized word in capitals, or a capital word in mixed case, is no name here)
            before = ASCII_WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is not None and before.group("comma") is None and before.group("word").lower() in self.not_after:
                continue
            after = ASCII_WORD_AFTER.match(text, end)
            if after is not None and after.group("word").lower() in self.words_of_things_after \
                    or lex.is_organization(text, start, end):
                continue
            if self._apposition(text, start, end) or not caps and (self._salutation(text, start, end)
                                                                   or self._sign_off(text, start, end)):
                results.append(self.result(start, end, WORD_GIVEN_ALONE))
        return results


__all__ = ["WordGivenAloneRecognizer", "WORD_GIVEN_ALONE"]
