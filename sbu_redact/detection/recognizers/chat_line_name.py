"""PERSON: names in the lines of chat, SMS and messenger exports and of field notes that the
lower-case reader (`lower_case_name`) passes over, and in the two positions of a chat line that
say person whatever the case:

- a line whose message follows a stamp with no speaker (`[from 0661 08 37 25] tell amel to
  wait`, `[21:04] ...`) or a user name with no stamp (`nikos_k: o stratos left`), or a line of
  notes in lower case with an e-mail address or a handle in it (`ask for dimitris at the desk:
  d.k@ngo.example`): the address, the handle and the stamp are masked and the rest is read as
  `lower_case_name` reads lower-case prose (the lexicon's test of prose refuses `[`, `@`, `_`);
- the speaker of a chat line when it is a known given name, alone or with one or two capitalized
  words after it (`[2/9/18 21:05] Marisol: no.`), or one capitalized word that no English word
  list knows (`[08:11] Ucok: who is going`);
- a known given name opening a message in lower case, before a comma or a word that addresses
  someone (`[from +213 ...] amel tell your father`, `[12:01] Sam: dora, where are you`:
  `address_verbs`).

On the lines it reads, a run of name-like words needs a known given name or surname of four letters
or more in it (`ela` is one too; a run
of words no English list knows is as often another language there: `o babis einai`). Its score is
above NER's, so that its finding of a lower-case word stands where NER's, the same span, would be
dropped by the clean-up as a lower-case word off lower-case prose.

A given name English uses much (`opening_given_max_zipf`) is no name there (`will`, `may`).

A speaker of stamped lines who takes turns with another (fixnames41b: `12/03/21, 9:15 pm - Sunny: not yet`,
`... - karthik: ask her`): two stamped speakers or more, this one speaking on two lines or more, is a person
whatever the word, a given name English uses (`Sunny`, `Chip`) or a name in lower case no list knows, when it
is one word of letters and no label of a form or a role (`not_speakers`), title, stop word, place or people.

(fixnames51) A stamp may be a bare time before a speaker and a colon (`17:02 gaz: lady rang`), and a speaker that is a
short or pet form of a given name (`bev`, `mo`, `daz`: `Lexicon.is_short_given_name`) is a person on one line too."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ..registry import register
from .lower_case_name import _LOWER_WORD, LowerCaseNameRecognizer

_LINE = re.compile(r"[^\n]+")
# a stamp in brackets, then an optional speaker and a colon, then the message
# (or a WhatsApp export's date, time and dash: `17/06/2008, 19:12 - dale: robin are you going`; fixnames40)
# (fixnames51: or a bare time before a speaker of one or two words and a colon: `17:02 gaz: lady rang`)
CHAT_STAMP = (r"(?:\[[^\]\n]{1,30}\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
              r"(?:[ \t]?[APap]\.?[Mm]\.?)?[ \t]+[-\u2013]"
              r"|(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]+[^\W\d_][\w.'\u2019\-]*(?:[ \t][^\W\d_][\w.'\u2019\-]*)?:[ \t]))")
_STAMPED = re.compile(r"[ \t]*" + CHAT_STAMP + r"[ \t]*(?:(?P<speaker>[^\s:\[\]][^:\n\[\]]{0,60}):[ \t]+|(?P<bare>(?=[^\s:\[\]])))")
# a user name with no stamp opening a line (nikos_k:, kelvin.tsui:): a lower-case word with _ . or a digit
_HANDLE_SPEAKER = re.compile(r"[ \t]*(?=[a-z0-9._\-]*[_.\d])[a-z][a-z0-9._\-]{1,30}:[ \t]+")
# e-mail addresses, handles and user names inside a line (masked before the test of prose)
_ADDRESS = re.compile(r"\S+@\S+|@\w+|\b\w+_\w+\b|https?://\S+")
# the words of a speaker: a given name and up to two capitalized words
_SPEAKER_NAME = re.compile(r"(?P<given>[^\W\d_][\w'\u2019\-]*)(?:[ \t]+[A-Z][\w'\u2019\-]*){0,2}[ \t]*\Z")
# (post-processing keeps such a speaker a PERSON where the handle reader took it for a user name,
# lower case and all: `[21:04] yanky: anyone`; fixnames40)
GIVEN_NAME_SPEAKER = "a known given name as a chat line's speaker"
# a speaker's first word and the space after it, when another word follows (`tannie marta`)
_TITLE_WORD = re.compile(r"(?P<title>[^\W\d_][\w'\u2019]*)[ \t]+(?=[^\W\d_])")


@register("chat_line_name")
class ChatLineNameRecognizer(LowerCaseNameRecognizer):
    lower_case_names = True  # its names are in lower case; post-processing keeps them

    class Spec(LowerCaseNameRecognizer.Spec):
        # words after a given name opening a message that address that person (amel tell your father)
        address_verbs: list[str] = []
        # a stamped chat line's label that is no person (admin, system, me, operator; fixnames41b)
        not_speakers: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self._address_verbs = frozenset(v.lower() for v in spec.address_verbs)
        self._not_speakers = frozenset(v.lower() for v in spec.not_speakers)

    def find(self, text):
        lex = self.lexicon
        if not any(c.islower() for c in text[:400]):
            return []
        results = []
        turns = self._turns(text)
        for line in _LINE.finditer(text):
            body = line.group()
            stamped = _STAMPED.match(body)
            handle = None if stamped is not None else _HANDLE_SPEAKER.match(body)
            message_at = line.start() + (stamped.end() if stamped else handle.end() if handle else 0)
            if stamped is not None and stamped.group("speaker"):
                results += self._speaker(text, line.start() + stamped.start("speaker"), line.start() + stamped.end("speaker"), turns)
            if stamped is not None or handle is not None:
                results += self._addressed(text, message_at, line.end())
            if lex.is_lower_case_prose(body, text, line.start()):
                continue  # lower_case_name reads it
            masked = _ADDRESS.sub(lambda m: " " * len(m.group()), text[message_at:line.end()])
            if masked == text[message_at:line.end()] and stamped is None and handle is None:
                continue  # nothing masked: the lexicon's answer stands
            if not lex.is_lower_case_prose(masked, text if stamped is None and handle is None else None, message_at):
                continue
            blocked = [(message_at + m.start(), message_at + m.end()) for m in _ADDRESS.finditer(masked)]
            holes = [(message_at + m.start(), message_at + m.end())
                     for m in _ADDRESS.finditer(text[message_at:line.end()])]
            words = [w for w in _LOWER_WORD.finditer(text, message_at, line.end())
                     if not any(s < w.end() and w.start() < e for s, e in blocked + holes)]
            results += [r for r in self._in_line(text, words) if self._known_in_run(text[r.start:r.end])]
        return results

    def _known_in_run(self, span: str) -> bool:
        """One word alone, or a run with a known given name or surname in it: on these lines a run
        of words no English list knows is as often another language (`o babis einai`)."""
        words = [strip_possessive(w) for w in span.split()]
        return len(words) == 1 or any(len(w) > 3 and (self.lexicon.is_given_name(w) or self.lexicon.is_surname(w)) for w in words)

    def _given(self, word: str) -> bool:
        """A known given name that English uses little enough to open a name, and no other word."""
        lex = self.lexicon
        return len(word) > 2 and lex.is_given_name(word) and word.upper() not in lex.stop_words \
            and word.upper() not in lex.title_words and not lex.never_a_name(word) and not lex.is_place(word) \
            and not lex.is_people(word) and word.lower() not in lex.person_nouns \
            and not lex.is_common(word, self.spec.opening_given_max_zipf)

    def _turns(self, text: str) -> frozenset[str]:
        """The speakers (folded) of stamped lines who speak on two lines or more, where two or more speak."""
        counts: dict[str, int] = {}
        for line in _LINE.finditer(text):
            stamped = _STAMPED.match(line.group())
            if stamped is not None and stamped.group("speaker"):
                key = stamped.group("speaker").strip().lower()
                counts[key] = counts.get(key, 0) + 1
        if len(counts) < 2:
            return frozenset()
        return frozenset(k for k, n in counts.items() if n >= 2)

    def _taking_turns(self, word: str, turns: frozenset[str]) -> bool:
        lex = self.lexicon
        upper = word.upper()
        return word.lower() in turns and (len(word) > 2 or lex.is_short_given_name(word)) and word.isalpha() and not word.isupper() \
            and word.lower() not in self._not_speakers and upper not in lex.stop_words and upper not in lex.title_words \
            and upper not in lex.keep_upper and not lex.never_a_name(word) and not lex.is_place(word) \
            and not lex.is_people(word) and word.lower() not in lex.person_nouns

    def _speaker(self, text: str, start: int, end: int, turns: frozenset[str] = frozenset()) -> list:
        title = _TITLE_WORD.match(text, start, end)
        if title is not None and title.group("title").lower().replace("\u2019", "'") in self.lexicon.kin_titles:
            start = title.end()  # (fixnames51: `tannie marta:`, the speaker after an honorific or kin title)
        m = _SPEAKER_NAME.match(text, start, end)
        if m is None or not m.group("given")[0].isupper() and m.end() > m.end("given"):
            return []
        if self._given(m.group("given")):
            return [self.result(start, start + len(text[start:end].rstrip()), GIVEN_NAME_SPEAKER)]
        if m.end() == m.end("given") and self._rare_speaker(m.group("given")):
            return [self.result(start, m.end("given"), "a capitalized word no English list knows as a chat line's speaker")]
        if m.end() == m.end("given") and self._taking_turns(m.group("given"), turns):
            return [self.result(start, m.end("given"), GIVEN_NAME_SPEAKER)]
        if m.end() == m.end("given") and self._short_form(m.group("given")):
            return [self.result(start, m.end("given"), GIVEN_NAME_SPEAKER)]
        return []

    def _short_form(self, word: str) -> bool:
        """(fixnames51) A short or pet form of a given name in a stamped line's speaker slot (`17:05 bev: ok ta`,
        `[09:15] mo: yeah`): the slot says person; not a label of a form or a role, nor a place."""
        lex = self.lexicon
        return word.isalpha() and word.lower() not in self._not_speakers and lex.is_short_given_name(word) \
            and word.upper() not in lex.keep_upper and not lex.is_place(word)

    def _rare_speaker(self, word: str) -> bool:
        """A speaker of one word written as a name that no English word list knows (fixnames34:
        `[08:11] Ucok: who is going`): a chat export's speaker is a person or a number; not a
        place, people, title, marking or organisation's word (`[10:02] Admin:`, `[10:03] Jakarta:`)."""
        lex = self.lexicon
        upper = word.upper()
        return len(word) > 2 and word[0].isupper() and word[1:].islower() and word.isalpha() \
            and not lex.is_common(word, lex.settings.names.rare_below_zipf) \
            and upper not in lex.stop_words and upper not in lex.title_words and upper not in lex.keep_upper \
            and upper not in lex.organization_words and not lex.never_a_name(word) and not lex.is_place(word) \
            and not lex.is_people(word) and word.lower() not in lex.person_nouns

    def _addressed(self, text: str, start: int, end: int) -> list:
        """A known given name opening a message in lower case, before a comma or an addressing word."""
        words = list(_LOWER_WORD.finditer(text, start, end))
        if not words or words[0].start() != start or words[0].group("possessive"):
            return []
        first = words[0]
        word = strip_possessive(first.group("word"))
        if not self._given(word) or word.lower() in self._cues or word.lower() in self._verbs:
            return []
        after = text[first.end():first.end() + 2]
        addressed = after.startswith(",") or len(words) > 1 and text[first.end():words[1].start()] == " " \
            and words[1].group("word") in self._address_verbs
        if not addressed:
            return []
        return [self.result(first.start(), first.end(), "a given name addressed at a chat message's opening")]
