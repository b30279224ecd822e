"""PERSON: names written in lower case in informal notes, e-mails and chat messages (`met w/ cocoa
coop people: amon kouadio (chair), his wife ahou`, `lunch with higa-san ... (higa kenji)`, `[09:41]
<akrog> did tyler's mother land?`). NER reads the recased view of such a line (recase.py) but the
small model misses most of them: no capital letter says name.

Only on a line the lexicon reads as prose in lower case (`Lexicon.is_lower_case_prose`: no capital,
or few in a paragraph opening in lower case; a chat line's message). A word is name-like when it
is no English word in use (`names.rare_below_zipf`) and no place, people, marking or stop word,
or when it is a known given name or surname that English word lists use little
(`given_max_zipf`). Found:

- two or three name-like words in a row, one of them no English word at all or a known name
  (`amon kouadio`, `kanchan brahma`, `higa kenji`); a word English uses little
  (`names.caps_continue_below_zipf`) may close such a run;
- one name-like word after one of `cues_before` (a relative's noun, an honorific, a verb of
  meeting: `his wife ahou`, `ms. yonamine`, `call kouadio`), before one of `verbs_after` or a
  possessive (`kouadio says`, `n'dri's brother`), or before a Japanese honorific suffix
  (`higa-san`);
- one known given name English uses little, alone (`søren just called`, `candace is at the hotel`);
- (fixnames47) one known given name or surname that is also an English word (`guy`, `west`, `ward`),
  only where it stands where a person stands: opening a clause before a verb of saying (`ward rang
  about`, `, noble came by`: `slot_verbs`, and `slot_low_verbs` for words English uses less than
  `slot_low_max_zipf`), after a verb that asks, tells or calls a person (`talked to guy at the co-op`,
  `tell wade i said`: `slot_cues`, `slot_low_cues`) with a clause's end or one of `slot_followers`
  after it, or in the possessive opening a clause (`, paddy's needs`); never after a determiner, never
  a stop word (`will`, `may`) and never a word English uses more than `slot_max_zipf`. (fixnames51) A short or pet
  form of a given name (`hi baz,`, `thanks trev for`, `gaz said`: `Lexicon.is_short_given_name`) stands there too,
  however much English uses the word or however short it is (`mo said`).

- (fixnames50b) a known given name and the word after it, its surname though a word, after an honorific or a
  copula (`rang mrs pat hand at`, `is dean plant the one`), where the clause ends or a stop word follows.

Later mentions of a name found are the mention propagation's work."""
from __future__ import annotations

import re

from ...folding import name_fold
from ..lexicon import strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_LINE = re.compile(r"[^\n]+")
# a word in lower case (apostrophes and hyphens inside: n'dri, rofag-olopai, sirkka-liisa)
_LOWER_WORD = re.compile(r"(?<![\w'\u2019\-@./])(?P<word>[a-z\u00DF-\u00F6\u00F8-\u00FF][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F'\u2019]*"
                         r"(?:-[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F'\u2019]+)*)(?P<possessive>['\u2019]s)?(?![\w@/]|\.\w)")
# (fixnames47) where a clause opens before a word: a line's or message's start, punctuation, a dash, a quote
_CLAUSE_OPENS = re.compile(r"(?:\A|\n|[.,;:!?(\"\u201c\u2013\u2014]|(?<![\w-])-)[ \t]*\Z")
_LAST_WORDS = re.compile(r"(?:(?P<first>[a-z]+)[ \t]+)?(?<![a-z'\u2019])(?P<last>[a-z]+(?:['\u2019][a-z]+)?)[ \t]*\Z")
FULL_NAME_WITH_WORD = "a known given name and its surname that is a word, cued, on a line in lower case"
SLOTTED = "a known name that is a word, where a person stands in a line in lower case"
# the word before a name that may cue it (a title's full stop or a comma after it: mrs. hensley; ma'am gloria)
_CUE_BEFORE = re.compile(r"(?<![a-z'])([a-z]+(?:'[a-z]+)?)\.?,?[ \t]*\Z")
_HAS_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý]")


@register("lower_case_name")
class LowerCaseNameRecognizer(CableRecognizer):
    lower_case_names = True  # its names are in lower case; post-processing keeps them
    class Spec(RecognizerSpec):
        # words after which one name-like word is a name (his wife ahou, ms. yonamine, call kouadio)
        cues_before: list[str] = []
        # words after which one is (kouadio says, ahou keeps the books)
        verbs_after: list[str] = []
        # Japanese and other honorific suffixes joined by a hyphen (higa-san)
        honorific_suffixes: list[str] = []
        # a known given name or surname English uses less than this is name-like
        given_max_zipf: float = 3.5
        # a known given name English uses less than this may open a run of name-like words (tony rofag-olopai)
        opening_given_max_zipf: float = 5.0
        # (fixnames47) a known given name or surname that is a word, where a person stands (the docstring)
        slot_verbs: list[str] = []
        slot_low_verbs: list[str] = []
        slot_cues: list[str] = []
        slot_low_cues: list[str] = []
        slot_followers: list[str] = []
        slot_openers: list[str] = []
        slot_max_zipf: float = 0.0
        slot_low_max_zipf: float = 0.0
        # (fixnames48) given names that are words no name list holds as names (dot, ai, ram): in a slot they
        # count as known given names
        slot_given_words: list[str] = []
        # (fixnames50b) words after which a known given name and a word are a full name (is dean plant the one,
        # mrs pat hand): a copula or an honorific
        full_name_cues: list[str] = []
        # (fixnames51) the score of one word that is a short or pet form of a given name (gaz, bev) found in a slot:
        # above spaCy's, so that NER's finding of the same word on the recased view (dropped by the clean-up as a
        # lower-case word) does not take its place (0: the recognizer's score)
        short_form_score: float = 0.0

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self._cues = frozenset(c.lower() for c in spec.cues_before) | lexicon.kin_titles  # (fixnames51: oom, bhai)
        self._verbs = frozenset(v.lower() for v in spec.verbs_after)
        self._suffixes = tuple(f"-{s.lower()}" for s in spec.honorific_suffixes)
        self._slot_verbs = frozenset(v.lower() for v in spec.slot_verbs)
        self._slot_low_verbs = self._slot_verbs | {v.lower() for v in spec.slot_low_verbs}
        self._slot_cues = frozenset(" ".join(c.lower().split()) for c in spec.slot_cues)
        self._slot_low_cues = self._slot_cues | {" ".join(c.lower().split()) for c in spec.slot_low_cues}
        self._slot_followers = frozenset(v.lower() for v in spec.slot_followers)
        self._slot_openers = frozenset(v.lower() for v in spec.slot_openers)
        self._slot_given_words = frozenset(v.lower() for v in spec.slot_given_words)

    def find(self, text):
        lex = self.lexicon
        if not any(c.islower() for c in text[:200]):
            return []
        results = []
        for line in _LINE.finditer(text):
            if not lex.is_lower_case_prose(line.group(), text, line.start()):
                continue
            start = line.start() + lex.message_offset(line.group())
            words = list(_LOWER_WORD.finditer(text, start, line.end()))
            results += self._in_line(text, words)
        return results

    def _in_line(self, text: str, words: list[re.Match[str]]) -> list:
        out = []
        i = 0
        while i < len(words):
            if self._given_and_word(text, words, i):
                out.append(self.result(words[i].start(), words[i + 1].end(), FULL_NAME_WITH_WORD))
                i += 2
                continue
            kind = self._kind(words[i])
            if kind is None:
                if self._cued_given_name(text, words, i):
                    out.append(self.result(words[i].start(), words[i].end(), "a given name with a person's cue on a line in lower case"))
                elif self._slotted(text, words, i):
                    out.append(self._one(words[i], SLOTTED))
                i += 1
                continue
            # a run of name-like words, one space apart (a word English uses little may close it)
            j = i + 1
            while j < len(words) and j - i < 3 and text[words[j - 1].end():words[j].start()] == " " \
                    and words[j - 1].group("possessive") is None \
                    and (self._kind(words[j]) is not None or self._closing(words[j])):
                j += 1
            # a given name English uses more may open the run (tony rofag-olopai)
            if j > i and i > 0 and text[words[i - 1].end():words[i].start()] == " " and self._opening_given(words[i - 1]) \
                    and not any(r.end > words[i - 1].start() for r in out[-1:]):
                i -= 1
            run = words[i:j]
            kinds = [self._kind(w) for w in run]
            if len(run) > 1 and any(k in ("rare", "known") for k in kinds):
                out.append(self.result(run[0].start(), run[-1].end(), "name-like words in a row on a line in lower case"))
            elif len(run) == 1 and self._single(text, words, i, kind):
                out.append(self.result(run[0].start(), run[0].end(), "a name-like word with a person's cue on a line in lower case"))
            elif len(run) == 1 and self._slotted(text, words, i):
                out.append(self._one(run[0], SLOTTED))
            i = j
        return out

    def _one(self, m: re.Match[str], explanation: str):
        """The finding of one word in a slot: at `short_form_score` when it is a short or pet form of a given name
        (fixnames51)."""
        word = strip_possessive(m.group("word"))
        short = self.spec.short_form_score and name_fold(word) in self.lexicon.short_given_names \
            and self.lexicon.is_short_given_name(word)
        return self.result(m.start(), m.end(), explanation, score=self.spec.short_form_score if short else None)

    def _given_and_word(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """(fixnames50b) A known given name and the word after it, its surname though a word (`rang mrs pat hand
        at`, `talked to oom piet januarie and`, `is dean plant the one`, `the dad is dale strong right?`): the
        given name after an honorific or a copula (`full_name_cues`; not `met with amina yesterday`), the surname one word of
        three letters or more one space after it, no stop word, title, place, people, person's noun, cue or
        verb of `verbs_after`; then the clause ends, or a stop word or one of `verbs_after` follows, unless the two
        are a known given name and a known surname."""
        if i + 1 >= len(words) or not self.spec.full_name_cues:
            return False
        lex = self.lexicon
        given, word = words[i], words[i + 1]
        g, w = given.group("word"), strip_possessive(word.group("word"))
        if given.group("possessive") is not None or text[given.end():word.start()] != " " or len(g) < 3 or len(w) < 3 \
                or not (lex.is_given_name(g) or lex.is_word_given_name(g)) or g.upper() in lex.stop_words or lex.is_place(g) and not lex.is_given_name(g) or "-" in w:
            return False
        if w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w) or lex.is_people(w) \
                or w.upper() in lex.keep_upper or w.lower() in lex.person_nouns or w in self._verbs or w in self._cues \
                or lex.is_place(w) and not lex.is_surname(w) or lex.agent_noun(w):
            return False
        cue = _CUE_BEFORE.search(text[max(0, given.start() - 30):given.start()].replace("\u2019", "'"))
        if cue is None or cue.group(1) not in {c.lower() for c in self.spec.full_name_cues} | self.lexicon.kin_titles:
            return False
        if word.group("possessive") is not None:
            return True
        after = re.match(r"[ \t]*(?:[.,;:!?)\"\u201d]|\n|\Z|(?P<word>[a-z]+)(?![\w'\u2019]))", text[word.end():word.end() + 20])
        return after is not None and (after.group("word") is None or after.group("word").upper() in lex.stop_words
                                      or after.group("word") in self._verbs) \
            or lex.is_given_name(g) and lex.is_surname(w)  # (dale strong right?: a known given name and surname)

    def _bare(self, m: re.Match[str]) -> str:
        word = m.group("word")
        for suffix in self._suffixes:
            if word.endswith(suffix):
                return word[:-len(suffix)]
        return word

    def _kind(self, m: re.Match[str]) -> str | None:
        """`rare` (no English word), `known` (a given name or surname English uses little) or None."""
        lex = self.lexicon
        word = strip_possessive(self._bare(m))
        if len(word) < 3 or _HAS_VOWEL.search(word) is None or word.lower() in self._cues or word.lower() in self._verbs:
            return None
        upper = word.upper()
        if upper in lex.stop_words or upper in lex.title_words or lex.never_a_name(word) or upper in lex.keep_upper \
                or lex.is_place(word) or lex.is_people(word) or word.lower() in lex.person_nouns:
            return None
        parts = [p for p in word.split("-") if p]
        if any(lex.is_place(p) or lex.is_people(p) for p in parts):
            return None
        if not lex.is_common(word, lex.settings.names.rare_below_zipf) \
                and all(not lex.is_common(p, lex.settings.names.rare_below_zipf) for p in parts):
            return "rare"
        if (lex.is_given_name(word) or lex.is_surname(word)) and not lex.is_common(word, self.spec.given_max_zipf):
            return "known"
        return None

    def _cued_given_name(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """A known given name English uses more (`names.caps_continue_below_zipf`) with a person's
        cue (did tyler's mother land?)."""
        lex = self.lexicon
        word = strip_possessive(words[i].group("word"))
        return len(word) > 2 and lex.is_given_name(word) and word.upper() not in lex.stop_words \
            and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) and not lex.is_place(word) \
            and self._cued(text, words, i)

    def _opening_given(self, m: re.Match[str]) -> bool:
        lex = self.lexicon
        word = m.group("word")
        return m.group("possessive") is None and lex.is_given_name(word) and word.upper() not in lex.stop_words \
            and not lex.is_common(word, self.spec.opening_given_max_zipf) and not lex.is_place(word)

    def _closing(self, m: re.Match[str]) -> bool:
        """A word English uses little that may close a run (higa kenji, kanchan brahma)."""
        lex = self.lexicon
        word = strip_possessive(m.group("word"))
        return len(word) > 2 and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) \
            and word.upper() not in lex.stop_words and word.upper() not in lex.title_words \
            and word.lower() not in lex.kin_titles and not lex.is_place(word) and not lex.is_people(word) \
            and word.lower() not in self._verbs and word.lower() not in lex.person_nouns

    def _single(self, text: str, words: list[re.Match[str]], i: int, kind: str) -> bool:
        lex = self.lexicon
        m = words[i]
        word = strip_possessive(self._bare(m))
        if lex.is_given_name(word) and not lex.is_common(word, lex.settings.names.rare_below_zipf):
            return True  # søren just called
        if self._bare(m) != m.group("word"):
            return True  # higa-san
        return self._cued(text, words, i)

    def _slotted(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """(fixnames47) A known given name or surname that English uses as a word, where a person
        stands (the module's docstring)."""
        if not self.spec.slot_max_zipf:
            return False
        lex = self.lexicon
        m = words[i]
        word = strip_possessive(m.group("word"))
        upper = word.upper()
        # (fixnames51) a short or pet form of a given name (gaz, bev, mo) stands as a listed slot word does
        given_word = word in self._slot_given_words or lex.is_short_given_name(word)
        if len(word) < 2 or "-" in word or len(word) < 3 and not given_word \
                or not (lex.is_given_name(word) or lex.is_surname(word) or given_word) \
                or lex.is_common(word, self.spec.slot_max_zipf) and not given_word \
                or upper in lex.stop_words or upper in lex.title_words \
                or upper in lex.keep_upper or lex.never_a_name(word) or lex.is_place(word) or lex.is_people(word) \
                or word.lower() in lex.person_nouns or word.lower() in self._verbs or word.lower() in self._cues \
                or word.lower() in self._slot_followers or lex.agent_noun(word):
            return False
        low = not lex.is_common(word, self.spec.slot_low_max_zipf)
        before = text[max(0, m.start() - 40):m.start()]
        last = _LAST_WORDS.search(before)
        opens = _CLAUSE_OPENS.search(before) is not None \
            or last is not None and last.group("last") in self._slot_openers
        if m.group("possessive") is not None:
            return opens  # paddy's needs the photo (not the guy's boat)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if opens and nxt is not None and text[m.end():nxt.start()] == " " \
                and nxt.group("word") in (self._slot_low_verbs if low else self._slot_verbs):
            return True  # ward rang about the passports
        if last is None:
            return False
        cues = self._slot_low_cues if low else self._slot_cues
        cued = last.group("last") in cues or last.group("first") is not None \
            and f"{last.group('first')} {last.group('last')}" in cues
        if not cued:
            return False
        follower = re.match(r"[ \t]*(?:[.,;:!?)\"\u201d]|\n|\Z|(?P<word>[a-z]+)(?![\w'\u2019]))", text[m.end():m.end() + 20])
        return follower is not None and (follower.group("word") is None or follower.group("word") in self._slot_followers)

    def _cued(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        """Whether the word `words[i]` has a person's cue: a possessive, a cue before, a verb after."""
        m = words[i]
        if m.group("possessive") is not None:
            return True  # n'dri's brother
        before = text[max(0, m.start() - 30):m.start()]
        cue = _CUE_BEFORE.search(before.replace("\u2019", "'"))
        if cue is not None and cue.group(1) in self._cues:
            return True  # his wife ahou; ms. yonamine; call kouadio
        nxt = words[i + 1] if i + 1 < len(words) else None
        return nxt is not None and text[m.end():nxt.start()] == " " and nxt.group("word") in self._verbs
