"""PERSON: Cantonese names in Hong Kong's romanization, whose surnames are short English words
(SO, MAN, LAW, HO, YIP) and whose given names are two syllables joined by a hyphen:

- a surname of `surnames` and such a given name, both syllables in `syllables` (`SO KA-YAN`,
  `Fung Siu-ming`, `MAN KWOK-LEUNG`, `tse mei-ling`), with an English given name after a comma
  when one ends the item (`Fung Siu-ming, Winston,`), or a known given name before the surname
  (`RAYMOND SO KA-WAI`), and in a text with such a name, a known given name and a surname of the
  list (`AGNES SO`, `Cindy Wan`: a given name that is an English word in use does not count);
- such a given name alone, no English word (`took tsz-hin to`, `KA-LOK'S MOTHER`);
- `Ah` and a syllable, the familiar form (`Ah Keung (driver)`; in lower case before one of
  `verbs_after`: `ah wan says`);
- a surname after a title (`mr yip`, `MESSRS. LAW, CHAN AND KWOK`), and a surname alone where a
  name of this form with that surname was found in the text, possessive or before one of
  `verbs_after` or a verb in the past (`SO'S SISTER`, `MAN BLAMED`: a later mention).

A word of the same letters in another case than the name's is a word (`so` in a cable in capitals
is no `SO`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_SYL = r"[A-Za-z]{1,6}"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# a surname and a hyphenated given name
_FULL = re.compile(rf"(?<![\w'\u2019\-.@])(?P<surname>{_SYL}){_GAP}(?P<given>{_SYL}-{_SYL})(?![\w\-@]|['\u2019]\w\w)")
# an English given name after a comma closing the item (Fung Siu-ming, Winston, LE Staff)
_AFTER_COMMA = re.compile(r",[ \t]+(?P<word>[A-Z][A-Za-z]{2,14})(?=[ \t]*(?:[,;()]|\.(?:\s|\Z)|$))", re.MULTILINE)
# a hyphenated given name alone
_GIVEN = re.compile(rf"(?<![\w'\u2019\-.@/])(?P<given>{_SYL}-{_SYL})(?:['\u2019][sS])?(?![\w\-@/]|\.\w)")
# Ah and a syllable
_AH = re.compile(rf"(?<![\w'\u2019\-.@])(?P<ah>Ah|AH|ah){_GAP}(?P<syl>{_SYL})(?![\w\-@])")
# a title and one surname, or Messrs and a list of them
_TITLED = re.compile(r"(?<![\w'\u2019\-])(?P<title>(?i:mr|mrs|ms|madam|messrs|dr))\.?[ \t]+"
                     rf"(?P<list>{_SYL}(?:(?:,[ \t]*|[ \t]+(?i:and)[ \t]+){_SYL}){{0,4}})(?![\w\-])")
_LIST_ITEM = re.compile(rf"(?<![\w\-])(?!(?i:and)\b){_SYL}(?![\w\-])")
_NEXT_WORD = re.compile(r"(?:['\u2019][sS])?[ \t]+([A-Za-z]+)")


def _same_case(a: str, b: str) -> bool:
    """Both in capitals, both capitalized, or both in lower case."""
    def shape(w: str) -> str:
        return "upper" if w.isupper() else "lower" if w.islower() else "title" if w[:1].isupper() and w[1:].islower() else "mixed"
    return shape(a) == shape(b) != "mixed"


@register("cantonese_name")
class CantoneseNameRecognizer(CableRecognizer):
    lower_case_names = True  # chats in Hong Kong write them in lower case (tsz-hin); post-processing keeps them

    class Spec(RecognizerSpec):
        # Cantonese surnames as Hong Kong romanizes them
        surnames: list[str] = []
        # the syllables of Cantonese given names (KA, YAN, SIU, MING, ...)
        syllables: list[str] = []
        # words after a name alone that say person (MAN BLAMED, ah wan says)
        verbs_after: list[str] = []
        # a given name before the surname that English uses this much or more is a word (MAY SO)
        given_max_zipf: float = 4.5
        # words of two syllables of the list joined by a hyphen that are no names (tai-chi)
        not_names: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self._surnames = frozenset(s.lower() for s in spec.surnames)
        self._syllables = frozenset(s.lower() for s in spec.syllables)
        self._verbs = frozenset(v.lower() for v in spec.verbs_after)
        self._not_names = frozenset(w.lower() for w in spec.not_names)

    def _given_ok(self, given: str) -> bool:
        first, _, second = given.partition("-")
        return given.lower() not in self._not_names and first.lower() in self._syllables and second.lower() in self._syllables and first.lower() != second.lower() \
            and (first[:1].isupper() and (second.islower() or second.isupper()) or given.islower() or given.isupper()) \
            and not self.lexicon.is_common(given.replace("-", ""), self.lexicon.settings.names.rare_below_zipf) \
            and not self.lexicon.is_place(given) and not self.lexicon.is_place(given.replace("-", " "))

    def find(self, text):
        out = []
        found_surnames: set[str] = set()
        for m in _FULL.finditer(text):
            surname, given = m.group("surname"), m.group("given")
            if surname.lower() not in self._surnames or not self._given_ok(given) or not _same_case(surname, given.partition("-")[0]):
                continue
            end = m.end()
            comma = _AFTER_COMMA.match(text, end)
            if comma is not None and self._english_given(comma.group("word")):
                end = comma.end("word")
            out.append(self.result(m.start(), end, "a Cantonese surname and a hyphenated given name"))
            found_surnames.add(surname)
            before = re.search(r"(?<![\w'\u2019\-])([A-Za-z]{3,14})[ \t]+\Z", text[max(0, m.start() - 20):m.start()])
            if before is not None and self._known_given(before.group(1), surname):
                out.append(self.result(m.start() - len(before.group(0)), end, "a given name before a Cantonese name"))
        for m in _GIVEN.finditer(text):
            if self._given_ok(m.group("given")) and not any(r.start <= m.start() < r.end for r in out):
                out.append(self.result(m.start(), m.end(), "a hyphenated Cantonese given name"))
        for m in _AH.finditer(text):
            syl = m.group("syl")
            if syl.lower() not in self._syllables or not _same_case(m.group("ah"), syl) or syl.upper() in self.lexicon.stop_words:
                continue
            if m.group("ah").islower():
                nxt = _NEXT_WORD.match(text, m.end())
                if nxt is None or nxt.group(1).lower() not in self._verbs:
                    continue
            elif self.lexicon.is_common(syl, 4.0):
                continue
            out.append(self.result(m.start(), m.end(), "Ah and a Cantonese syllable, the familiar form of a name"))
        for m in _TITLED.finditer(text):
            plural = m.group("title").lower() == "messrs"
            for item in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
                word = item.group()
                nxt = _NEXT_WORD.match(text, item.end())
                continued = nxt is not None and not plural and _same_case(nxt.group(1), word) and not word.islower() \
                    and nxt.group(1).lower() not in self._verbs  # MR. LAW ENFORCEMENT: another word goes on
                if word.lower() in self._surnames and not continued:
                    out.append(self.result(item.start(), item.end(), "a Cantonese surname after a title"))
                    found_surnames.add(word)
                if not plural:
                    break
        # a known given name and a surname of the list, in a text where a name of this form was found
        if found_surnames:
            for m in re.finditer(r"(?<![\w'\u2019\-.])(?P<given>[A-Za-z]{3,14})[ \t]+(?P<surname>[A-Za-z]{1,6})(?![\w\-])", text):
                if m.group("surname").lower() in self._surnames and self._known_given(m.group("given"), m.group("surname")) \
                        and not any(r.start <= m.start() < r.end for r in out):
                    out.append(self.result(m.start(), m.end(), "a given name and a Cantonese surname"))
                    found_surnames.add(m.group("surname"))
        # a found name's surname alone, later or earlier, in its case, with a person's cue after it
        for surname in found_surnames:
            for m in re.finditer(rf"(?<![\w'\u2019\-]){re.escape(surname)}(?![\w\-])", text):
                if any(r.start <= m.start() < r.end for r in out):
                    continue
                nxt = _NEXT_WORD.match(text, m.end())
                possessive = text[m.end():m.end() + 2].lower() in ("'s", "\u2019s")
                if possessive or nxt is not None and (nxt.group(1).lower() in self._verbs
                                                      or len(nxt.group(1)) > 4 and nxt.group(1).lower().endswith("ed")):
                    out.append(self.result(m.start(), m.end() + (2 if possessive else 0), "a later mention of a Cantonese name's surname"))
        return out

    def _english_given(self, word: str) -> bool:
        lex = self.lexicon
        return word.upper() not in lex.stop_words and word.upper() not in lex.title_words and not lex.never_a_name(word) \
            and not lex.is_place(word) and (lex.is_given_name(word) or not lex.is_common(word, lex.settings.names.caps_continue_below_zipf))

    def _known_given(self, word: str, surname: str) -> bool:
        lex = self.lexicon
        return _same_case(word, surname) and lex.is_given_name(word) and word.upper() not in lex.stop_words \
            and word.upper() not in lex.title_words and not lex.never_a_name(word) and not lex.is_place(word) \
            and not lex.is_word_given_name(word) and not lex.is_common(word, self.spec.given_max_zipf)
