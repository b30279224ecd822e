"""PERSON: a known given name written in lower case inside the message of a chat, SMS or
messenger line, and after a relative's noun in lower case anywhere (fixnames34):

- `Tammy Jo Varney: did you tell them at the consulate about darrell`, `[10:02] kruiz: ask
  kimberly`: a line opens with a speaker (a stamp in brackets, a user name, or one to four words
  and a colon, when two lines of the text or more open that way: an export) and its message is
  prose in lower case; a word of it is a given name of the lexicon that English uses little
  (`max_zipf`), and no stop, title, marking, place or people's word, person's noun or cue;
- `call aunt gudrun before the 20th`, `tell bang togar`, `mrs. hensley`: a lower-case given name
  or surname of the lexicon English uses little (`max_zipf`), or a word no English list knows,
  right after one of `kin_cues` (a relative's noun, a courtesy title, or an honorific that a chat
  uses as one: Indonesian `bang`, `kak`, `mbak`), on any line; a known surname after it too
  (`miss ivy brown`).

`lower_case_name` and `chat_line_name` take a lone given name in lower case only when English
hardly uses it (`names.rare_below_zipf`) or a verb or cue stands next to it; a chat message is a
place where a lower-case given name is a person's far more often than an English word, so the bar
here is `max_zipf`. Later mentions are the mention propagation's work."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec
from .chat_line_name import CHAT_STAMP
from .lower_case_name import _LOWER_WORD

_LINE = re.compile(r"[^\n]+")
# a chat line's speaker: a stamp in brackets and maybe a name, or a name alone, then a colon
# (the stamp as chat_line_name reads it: `[10:02]`, or a WhatsApp export's `17/06/2008, 19:13 -`)
_SPEAKER = re.compile(r"[ \t]*(?:" + CHAT_STAMP + r"[ \t]*)?(?P<who>[^\W\d_][\w.'\u2019\-]*(?:[ \t]+[^\W\d_][\w.'\u2019\-]*){0,3})?"
                      r"[ \t]*:[ \t]+(?=\S)")
_STAMP = re.compile(r"[ \t]*" + CHAT_STAMP)
# between a cue and the name: a space, or a title's full stop and a space (mrs. hensley)
_CUE_GAP = re.compile(r"\.?[ \t]")
_VOWEL = re.compile(r"[aeiouy]")


@register("chat_message_name")
class ChatMessageNameRecognizer(CableRecognizer):
    lower_case_names = True  # its names are in lower case; post-processing keeps them

    class Spec(RecognizerSpec):
        # a given name English uses less than this (zipf) is a person's in a chat message
        max_zipf: float = 3.5
        # relatives' nouns and honorifics before a lower-case name on any line (aunt gudrun, bang togar)
        kin_cues: list[str] = []
        # words that are never the name in a message (cues, verbs: a chat's own words)
        not_names: list[str] = []
        # words right before a name in a message that address or bring in a person (tell, thx, with: fixnames40)
        address_cues: list[str] = []
        # after one of them or a relative's noun, or joined by `and` to such a name, a known given name English
        # uses less than this is a person's too (`tell holly`, `np pearl`, `with sandy and mark`)
        cued_max_zipf: float = 3.5

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self._kin = frozenset(c.lower() for c in spec.kin_cues) | lexicon.kin_titles  # (fixnames51: tannie, didi)
        self._not_names = frozenset(w.lower() for w in spec.not_names)
        self._address = frozenset(c.lower() for c in spec.address_cues)

    def find(self, text):
        if not any(c.islower() for c in text[:400]):
            return []
        lines = list(_LINE.finditer(text))
        speakers = [(line, _SPEAKER.match(line.group())) for line in lines]
        # a name and a colon open a chat line only in an export: two such lines or more
        export = sum(1 for _, m in speakers if m is not None and m.group("who")) >= 2
        results = []
        for line, m in speakers:
            if m is not None and (export or _STAMP.match(line.group())):
                at = line.start() + m.end()
                if self.lexicon.is_lower_case_prose(text[at:line.end()], None, at):
                    results += self._given_names(text, at, line.end())
            results += self._after_kin(text, line.start(), line.end())
        return results

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        return len(word) > 2 and word.lower() not in self._not_names and word.lower() not in self._kin \
            and upper not in lex.stop_words and upper not in lex.title_words and upper not in lex.keep_upper \
            and not lex.never_a_name(word) and not lex.is_place(word) and not lex.is_people(word) \
            and word.lower() not in lex.person_nouns and not lex.function_word(word)  # (fixnames48b: lusi sudah)

    def _given_names(self, text: str, start: int, end: int) -> list:
        lex = self.lexicon
        out = []
        previous, taken = "", False
        for w in _LOWER_WORD.finditer(text, start, end):
            word = strip_possessive(w.group("word"))
            if word == "and" and text[w.end():w.end() + 1] == " ":
                previous = "and"  # (the name before it stays taken: with sandy and mark)
                continue
            rare = lex.is_given_name(word) and not lex.is_common(word, self.spec.max_zipf) and self._name_word(word)
            cued = not rare and self._cued_given_name(word, previous, taken)
            taken = rare or cued
            if taken:
                out.append(self.result(w.start(), w.end(), "a known given name in lower case in a chat message"))
            previous = w.group("word").lower() if text[w.end():w.end() + 1] in (" ", "") else ""
        return out

    def _cued_given_name(self, word: str, previous: str, previous_taken: bool) -> bool:
        """A known given name that English uses more (`holly`, `sandy`, `mark`) right after a word that
        addresses or brings in a person or a relative's noun (`tell holly`, `np pearl`, `daughter sandy`),
        or after `and` after a name taken (`with sandy and mark`); a place's name counts there (fixnames40)."""
        lex = self.lexicon
        if not (previous in self._address or previous in self._kin or previous == "and" and previous_taken):
            return False
        upper = word.upper()
        return len(word) > 2 and lex.is_given_name(word) and not lex.is_common(word, self.spec.cued_max_zipf) \
            and word.lower() not in self._not_names and word.lower() not in self._kin and upper not in lex.stop_words \
            and upper not in lex.title_words and upper not in lex.keep_upper and not lex.never_a_name(word) \
            and not lex.is_people(word) and word.lower() not in lex.person_nouns

    def _after_kin(self, text: str, start: int, end: int) -> list:
        out = []
        words = list(_LOWER_WORD.finditer(text, start, end))
        for k, (before, w) in enumerate(zip(words, words[1:])):
            if before.group("word") not in self._kin or before.group("possessive") \
                    or _CUE_GAP.fullmatch(text, before.end(), w.start()) is None:
                continue
            if not self._lower_name(w) and not self._cued_given_name(strip_possessive(w.group("word")), before.group("word"), False):
                continue  # (a given name English uses more after a relative's noun: daughter sandy; fixnames40)
            end = w.end()
            after = words[k + 2] if k + 2 < len(words) else None
            if after is not None and w.group("possessive") is None and text[w.end():after.start()] == " " \
                    and self._lower_surname(after):
                end = after.end()  # miss ivy brown: a known surname after the given name
            out.append(self.result(w.start(), end, "a name in lower case after a relative's noun or honorific"))
        return out

    def _lower_name(self, w: re.Match[str]) -> bool:
        """A lower-case given name or surname of the lexicon English uses little (`mrs. pennington`),
        or a word no English list knows."""
        lex = self.lexicon
        word = strip_possessive(w.group("word"))
        known = (lex.is_given_name(word) or lex.is_surname(word)) and not lex.is_common(word, self.spec.max_zipf)
        rare = not lex.is_common(word, lex.settings.names.rare_below_zipf) and _VOWEL.search(word) is not None
        return (known or rare) and self._name_word(word)

    def _lower_surname(self, w: re.Match[str]) -> bool:
        lex = self.lexicon
        word = strip_possessive(w.group("word"))
        return lex.is_surname(word) and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) \
            and self._name_word(word)
