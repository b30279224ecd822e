"""PERSON: a known given name followed by the rest of a name (`Natalia Sokolova said`,
`NATALIA SOKOLOVA, A JOURNALIST`, `Timur Rashidovich Abdullaev`), or alone before a reporting
verb (`Natalia said`). NER misses many of these in short sentences and in ALL-CAPS text; the
given names and surnames come from the name lexicons (namelex.py). A given name alone between
commas after a noun for a person is one too (`HIS SON, ALI, IS REGISTERED`).

A given name that is an English word (`names.word_given_names`: GIFT, SUNDAY, PRECIOUS) is one
next to a word no English word list knows or a known surname: before it (`GIFT CHIRINDA`,
`Loveness Phiri`, `THAT HOPE MASUKU WOULD`: a listed one, or one capitalized in mixed case) unless a word before it makes it a word (`THE`,
`IN`, `WE`, a number: `names.word_given_name_blockers`), or after it in a name's position when
the name visibly ends there (Ugandan surname first: `, NABUKEERA HOPE,`). In a name's position
(a list item, after `met with`, `and`, a title or a person's noun) the name may go on over a
line end (`AND JOY` / `BUENAVENTURA`), and the surname may be a place's name too (`PRECIOUS
MOYO`). Between commas after a person's noun it is a name alone (`his wife, Memory,`).
`PRECIOUS STONES`, `THE GOZ'S PATIENCE WITH` stay words. In mixed case a known given name that is no
English word in use is one alone after a word that addresses or names a person (`send it to Karine
at the desk`, `call Naira directly`, `thanks Falaniko`: `addressed_after`)."""
from __future__ import annotations

import re

from ..before import SPACES, WORD_RUN, EndAnchored, optional
from ..lexicon import CAPITALS, strip_possessive
from ..names import NameReader
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w'\u2019.\-])[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]+")
# HIS SON, ALI, IS: a given name alone between commas after a noun for a person
_APPOSITION_BEFORE = EndAnchored(r"[A-Za-z\-]+,[ \t]*\n?[ \t]*\Z", SPACES, optional("\n"), SPACES, ",", WORD_RUN)
_APPOSITION_AFTER = re.compile(r"[ \t]*[,)]")
_PARTICLES_BEFORE = EndAnchored(r"(?<![\w\-])(?P<particles>(?:[A-Za-z]{2,4}[ \t]+){1,2})\Z",
                                SPACES, WORD_RUN, SPACES, WORD_RUN)
# what follows a given name alone: punctuation, a line end or a word in lower case
_ALONE_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)]|$|[a-z])", re.MULTILINE)
# the word right before another, on its line (`call` / Naira)
_WORD_BEFORE = EndAnchored(r"(?<![\w'\u2019\-])(?P<word>[A-Za-z]+)[ \t]+\Z", SPACES, WORD_RUN)
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][ \t]+|[.!?][ \t]*\n[ \t]*)\Z")
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<word>[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF])(?![\w'\u2019])")
# what may close a surname-first name: punctuation, a line end, or a word (checked: a stop word or a person's verb)
# what closes a name whose surname is an English word (ROSALIND MARCH, | ZUZANNA CROSS, | RAYMOND J. CROSS.):
# a possessive, punctuation, an opening parenthesis (DOB ...) or a line's end
_WORD_SURNAME_CLOSES = re.compile(r"(?:['\u2019][sS]?)?[ \t]*(?:[,.;:()]|$)", re.MULTILINE)
_OF_PLACE = re.compile(r"[ \t]+(?:of|OF)[ \t]+(?P<place>[" + CAPITALS + r"][\w'\u2019\-]*)")
_INITIAL_AFTER = re.compile(r"[ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.)?")
#: the explanation of a name whose surname is an English word (the clean-up keeps that word)
WORD_SURNAME = "a given name and a surname that is an English word, where the name visibly ends"
_CLOSES = re.compile(r"[ \t]*(?:[,.;:)]|$|(?P<next>[A-Za-z]+(?:[ \t]+(?i:be|of)[ \t]+[A-Za-z]+)?))", re.MULTILINE)


@register("given_name")
class GivenNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # a given name alone is a person before one of these words
        reporting_verbs: list[str] = []
        # ... and after one of these, in mixed case, when no English word in use (below this zipf)
        addressed_after: list[str] = []
        addressed_max_zipf: float = 3.0

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.reader = NameReader(lexicon)
        self.verbs = frozenset(v.upper() for v in spec.reporting_verbs)
        self.addressed_after = frozenset(w.lower() for w in spec.addressed_after)

    def find(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        taken_until = -1
        for word in _WORD.finditer(text):
            if word.start() < taken_until:
                continue
            if lex.is_word_given_name(word.group()) and not lex.is_given_name(word.group()):
                span = self._word_given_name(text, word)
                if span is not None:
                    results.append(self.result(*span, "a given name that is a word, in a name's position"))
                    taken_until = span[1]
                elif self._in_apposition(text, word) and not lex.word_use_before(text, word.start()):
                    results.append(self.result(word.start(), word.end(), "a given name in apposition to a person's noun"))
                continue
            if not lex.is_given_name(word.group()):
                continue
            if lex.never_a_name(word.group()) or strip_possessive(word.group()).upper() in lex.title_words:
                continue
            span = self.reader.read(text, word.start())
            surname_end = self._word_surname(text, word, span[1] if span and span[0] == word.start() else word.end())
            if surname_end is not None:
                results.append(self.result(word.start(), surname_end, WORD_SURNAME))
                taken_until = surname_end
                continue
            if span and span[0] == word.start() and span[1] > word.end() + 1:
                rest = re.findall(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w'\u2019\-]*", text[word.end():span[1]])
                if any(lex.is_surname(w) or lex.is_given_name(w) or not lex.is_common(w, threshold) for w in rest):
                    results.append(self.result(span[0], span[1], "a given name and the rest of a name"))
                    taken_until = span[1]
                    continue
            following = re.match(r"[ \t]+([A-Za-z]+)", text[word.end():word.end() + 20])
            if following and following.group(1).upper() in self.verbs and not lex.is_common(word.group(), threshold):
                results.append(self.result(word.start(), word.start() + len(strip_possessive(word.group())),
                                           "a given name before a reporting verb"))
            elif self._in_apposition(text, word):
                results.append(self.result(word.start(), word.end(), "a given name in apposition to a person's noun"))
            elif self._addressed(text, word):
                results.append(self.result(word.start(), word.start() + len(strip_possessive(word.group())),
                                           "a given name alone after a word that addresses a person"))
        return results

    def _word_surname(self, text: str, word: re.Match, end: int) -> int | None:
        """The end of a surname that is an English word or a month (a known surname, or a month:
        ROSALIND ANNE MARCH (DOB, ZUZANNA CROSS, RAYMOND J. CROSS., Thaddeus Wren), after a known
        given name that is no word in use (`word`, the name read up to `end`, initials allowed),
        written in the given name's case on its line, where the name visibly ends right after
        it (punctuation, a parenthesis or the line's end), or None (names25)."""
        lex = self.lexicon
        given = word.group()
        if strip_possessive(given) != given or lex.is_word_given_name(given) \
                or lex.is_place(given) and not lex.in_name_position(text, word.start()) \
                or lex.is_common(given, lex.settings.names.caps_continue_below_zipf):
            return None
        initials = _INITIAL_AFTER.match(text, end)
        if initials is not None:
            end = initials.end()
        following = re.compile(r"[ \t]+(?P<word>[" + CAPITALS + r"][a-zA-Z\u00C0-\u024F]+)(?![\w\-])").match(text, end)
        if following is None:
            return None
        surname = following.group("word")
        upper = surname.upper()
        if surname.isupper() != given.isupper() or len(surname) < 3 or not (surname.isupper() or surname[1:].islower()):
            return None
        if not (lex.is_surname(surname) or upper in lex.months) or lex.never_a_name(surname) \
                or upper in lex.title_words or surname.lower() in lex.person_verbs or upper in lex.nationalities \
                or lex.is_place(surname) and not lex.is_surname(surname) and upper not in lex.months or lex.is_people(surname):
            return None
        if not lex.is_common(surname, lex.settings.names.caps_continue_below_zipf) and upper not in lex.months:
            return None  # (a surname no word: the reader reads it)
        closes = _WORD_SURNAME_CLOSES.match(text, following.end()) is not None
        if not closes and (of := _OF_PLACE.match(text, following.end())) is not None:
            closes = lex.is_place(of.group("place"))  # BEVERLY MAY OF YAKIMA, WA: where the person lives
        if not closes or lex.place_before(text, following.end()):
            return None
        return following.end()

    def _addressed(self, text: str, word: re.Match) -> bool:
        """`send it to Karine at the desk`, `call Naira directly`, `thanks Falaniko.`: in mixed case,
        a known given name alone after one of `addressed_after` (a word that addresses or names
        a person), capitalized in lower-case prose, no English word in use (`spec.addressed_max_zipf`),
        no place, people or marking, before punctuation or a word in lower case."""
        lex = self.lexicon
        bare = strip_possessive(word.group())
        if not self.addressed_after or bare.isupper() or lex.is_common(bare, self.spec.addressed_max_zipf) \
                or lex.is_place(bare) or lex.is_people(bare) or lex.never_a_name(bare) \
                or bare.upper() in lex.stop_words or bare.upper() in lex.title_words:
            return False
        if _ALONE_AFTER.match(text, word.end()) is None:
            return False  # to Kamau & Sons, to Karine Hovsepyan: no name alone (a company, or more of a name)
        before = _WORD_BEFORE.search(text, max(0, word.start() - 20), word.start())
        return before is not None and before.group("word").lower() in self.addressed_after \
            and not lex.caps_around(text, word.start(), word.end())

    def _in_apposition(self, text: str, word: re.Match) -> bool:
        """HIS SON, ALI, IS: a name alone between commas after a noun for a person, particles
        allowed before it (HIS WIFE, UMM KHALID,: a kunya; post-processing takes the particles)."""
        start = word.start()
        particles = _PARTICLES_BEFORE.search(text, max(0, start - 20), start)
        if particles is not None and all(p.lower() in self.lexicon.particles for p in particles.group("particles").split()):
            start = particles.start()
        return _APPOSITION_BEFORE.search(text, max(0, start - 40), start) is not None \
            and _APPOSITION_AFTER.match(text, word.end()) is not None and self.lexicon.person_noun_before(text, start)

    def _name_word(self, word: str, places: bool = False) -> bool:
        """A word that can only be a name here: no English word in use and no place (CHIRINDA,
        ADEBAYO-OLUWOLE: a part of a double name will do), or a known surname that is no common
        word. With `places`, a place's name will do too (MOYO, BUENAVENTURA after a given name in
        a name's position)."""
        lex = self.lexicon
        names = lex.settings.names
        if lex.never_a_name(word) or strip_possessive(word).upper() in lex.stop_words or strip_possessive(word).upper() in lex.title_words:
            return False
        for part in strip_possessive(word).split("-"):
            if len(part) < 3 or not re.search(r"[AEIOUYaeiouy]", part):
                continue
            if lex.is_place(part) and not places:
                continue
            if not lex.is_common(part, names.rare_below_zipf) \
                    or lex.is_surname(part) and not lex.is_common(part, names.caps_continue_below_zipf):
                return True
        return False

    def _word_given_name(self, text: str, word: re.Match) -> tuple[int, int] | None:
        """The name a given name that is a word opens or closes (see the module docstring), or None."""
        lex = self.lexicon
        if strip_possessive(word.group()) != word.group() or lex.is_place(word.group()) \
                or (word.group().upper() in lex.stop_words or word.group().upper() in lex.title_words) and not lex.is_listed_word_given_name(word.group()):
            return None  # (THE, a given name of some list, is a stop word first; SUNDAY is listed)
        if strip_possessive(word.group()).upper() in lex.title_words and not lex.list_lead_before(text, word.start()):
            return None  # Justice Chinhengo: a title (MET WITH JUSTICE MOYO: a name)
        position = lex.in_name_position(text, word.start()) \
            or _SENTENCE_OPENS.search(text, max(0, word.start() - 4), word.start()) is not None
        # elsewhere: a listed one (not OVER, a given name of some list), or one capitalized in
        # mixed case, that no word before makes a word
        opens = position or (lex.is_listed_word_given_name(word.group()) or not word.group().isupper()) \
            and not lex.word_use_before(text, word.start())
        following = _NEXT_WORD.match(text, word.end())
        if following is not None and "\n" in text[word.end():following.start("word")] and not position:
            following = None  # over a line end only in a name's position (AND JOY / BUENAVENTURA)
        if opens and following is not None and self._name_word(following.group("word"), places=position) \
                and not lex.place_before(text, following.end()) \
                and not lex.is_organization(text, following.start("word"), following.end()):
            span = self.reader.read(text, following.start("word"), caps=word.group().isupper())
            if span is not None and span[0] == following.start("word"):
                return word.start(), span[1]
        # surname first: a name word, then the given name, then the end of the name
        before = re.search(r"(?<![\w'\u2019\-])(?P<word>[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*[A-Za-z])[ \t]+\Z",
                           text[max(0, word.start() - 40):word.start()])
        if before is None or (word.group().isupper() != before.group("word").isupper()):
            return None
        start = max(0, word.start() - 40) + before.start("word")
        closes = _CLOSES.match(text, word.end())
        ends = closes is not None and (closes.group("next") is None
                                       or closes.group("next").upper() in lex.stop_words
                                       or " ".join(closes.group("next").split()).lower() in lex.person_verbs)
        if ends and self._name_word(before.group("word")) and strip_possessive(before.group("word")) == before.group("word") \
                and (lex.in_name_position(text, start) or _SENTENCE_OPENS.search(text, max(0, start - 4), start)):
            return start, word.end()
        return None
