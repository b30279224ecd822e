"""PERSON: a given name that is also a common word (`Roy`, `Grace`, `RUSTY`, `WILL`, `MAY'S`) where
the sentence says person (fixnames36): a person's noun or a naming word right before it (`his widow
Grace`, `D'ORTOLI-BAPTISTE'S SON RUSTY`, `A WOMAN NAMED CHARITY`), a verb only a person does right
after it (`Roy told the consular agent`, `RUSTY HAS NOT AGREED` is too weak: `verbs_after` are
speech and life verbs), or its possessive before a person's noun (`WILL'S UNCLE`, `MAY'S
PASSPORT`). The word is a known given name (`names.word_given_names`, a common word of the name
lexicon, or `given_words`) written as
a name: capitalized in mixed-case text, in capitals in capitals; never after a word that makes it a
month, a modal or a thing (`not_after`: IN MAY, THE WILL, OF HOPE).

(fixnames49) Surnames that are words under the same cues: English surnames of trades the name lists leave out
(`word_surnames`: NURSE SAID, DYE TOLD, Seaman's wife) and known surnames English uses less than the capitals
threshold (`rare_surname_min_zipf`: BUTCHER, FROST); one opening its clause with no determiner before is/was and a
verb of a person's fate (`passive_verbs_after`: NURSE IS HELD AT ...)."""
from __future__ import annotations

import re

from ...folding import name_fold as fold
from ..registry import register
from ..words_around import ASCII_WORD_AFTER, ASCII_WORD_BEFORE
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w\-'\u2019.])(?P<word>[A-Z][A-Za-z]+)(?P<possessive>['\u2019][sS])?(?![\w\-'\u2019])")
# (fixnames49) a clause opens right before: the text's or a line's start, a sentence's end, a paragraph's number or a
# portion mark
_CLAUSE_OPENS = re.compile(r"(?:\A|\n|[.;!?][\"'\u201d)]?[ \t]+|\(\w{1,6}\)[ \t]+|\d{1,2}\.[ \t]+)[ \t]*\Z")
_PASSIVE_AFTER = re.compile(r"[ \t]+(?:is|was|IS|WAS|has been|HAS BEEN|had been|HAD BEEN)[ \t]+(?:(?:still|STILL|now|NOW)[ \t]+)?"
                            r"(?P<verb>[A-Za-z]+)\b")
CUED_WORD_NAME = "a given name that is also a word, where the sentence says person"


@register("cued_word_name")
class CuedWordNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # verbs right after it that only a person does (told, said, testified)
        verbs_after: list[str] = []
        # words right before it that name a person next (named, called, widow, son)
        words_before: list[str] = []
        # nouns after its possessive that are a person's (uncle, passport, phone)
        nouns_after_possessive: list[str] = []
        # words right before it that make it a month, a modal or a thing (in, the, of)
        not_after: list[str] = []
        # given names that are words the name lists leave out or hold as no name (WILL, RUSTY, Roy)
        given_words: list[str] = []
        # words after it that make it an organisation's or a thing's name (PEACE CORPS, HOPE FOUNDATION)
        words_of_things_after: list[str] = []
        # (fixnames46) known surnames that are words (Prince, HOLDER, Hope) taken too, under the same cues or
        # an apposition of a person's noun or title after them (HOPE, THE CAPTAIN,)
        known_surnames: bool = False
        # (fixnames49) English surnames that are words the name lists leave out (trades, offices, nature: NURSE,
        # DYE, SEAMAN), taken as known surnames; and known surnames English uses less than `names.caps_continue_below_zipf`
        # but at least `rare_surname_min_zipf` (BUTCHER, FROST: words, so no other recognizer reads them alone)
        word_surnames: list[str] = []
        rare_surname_min_zipf: float = 9.0
        # (fixnames49) passive verbs after is/was/has been that only befall a person (ARRESTED, DETAINED, HELD), a cue
        # for a surname opening its clause with no determiner before it (NURSE IS HELD AT THE POLICE STATION)
        passive_verbs_after: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.verbs_after = frozenset(w.lower() for w in spec.verbs_after)
        self.words_before = frozenset(w.lower() for w in spec.words_before)
        self.nouns_after_possessive = frozenset(w.lower() for w in spec.nouns_after_possessive)
        self.not_after = frozenset(w.lower() for w in spec.not_after)
        self.given_words = frozenset(w.lower() for w in spec.given_words)
        self.words_of_things_after = frozenset(w.lower() for w in spec.words_of_things_after)
        self.known_surnames = spec.known_surnames
        self.word_surnames = frozenset(w.lower() for w in spec.word_surnames)
        self.passive_verbs_after = frozenset(w.lower() for w in spec.passive_verbs_after)

    def find(self, text):
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        for m in _WORD.finditer(text):
            word = m.group("word")
            caps = word.isupper()
            if caps and len(word) < 3 or not caps and not word[1:].islower():
                continue
            listed = word.lower() in self.given_words
            given = listed or lex.is_word_given_name(word) or lex.is_given_name(word) and lex.is_common(word, threshold)
            surname = self.known_surnames and not given and (
                fold(word).lower() in self.word_surnames
                or lex.is_surname(word) and lex.is_common(word, min(threshold, self.spec.rare_surname_min_zipf)))
            if not (given or surname):
                continue
            before = ASCII_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            # (fixnames46) a title written alone right before a verb only a person does is the name (Prince said,
            # PRINCE TOLD), unless a name-like word stands before it (Crown Prince said)
            title = fold(word) in lex.title_words
            after_name_word = before is not None and before.group("word")[:1].isupper() and text[before.end("word")] != ")" \
                and before.group("comma") is None and not (caps and before.group("word").upper() in lex.stop_words)
            if title and (after_name_word or ASCII_WORD_AFTER.match(text, m.end()) is None
                          or ASCII_WORD_AFTER.match(text, m.end()).group("word").lower() not in self.verbs_after):
                continue
            if surname and after_name_word:
                continue  # (the Dutch Reformed Church said: a word of a longer name)
            if fold(word) in lex.stop_words and not listed or title and not (listed or surname):
                continue  # (NAMED THE BROTHERS: a stop word; WILL only as a listed given name)
            if caps and not lex.caps_around(text, m.start(), m.end()) \
                    or (lex.is_place(word) or lex.never_a_name(word)) and not listed:
                continue
            cue_before = before.group("word").lower() if before is not None and before.group("comma") is None else ""
            if cue_before in self.not_after:
                continue
            after = ASCII_WORD_AFTER.match(text, m.end())
            cue_after = after.group("word").lower() if after is not None else ""
            if m.group("possessive"):
                cued = cue_after in self.nouns_after_possessive
            else:
                # (a modal or a stop word, WILL, MAY, only by its possessive or a naming word or title before
                # it: LUKAS'S MOTHER WILL NOT TALK is the modal after a relative's noun)
                stop_word = fold(word) in lex.stop_words
                cued = cue_before in self.words_before and not (stop_word and cue_before in lex.person_nouns) \
                    or cue_after in self.verbs_after and not stop_word
                if not cued and surname and before is None and _CLAUSE_OPENS.search(text, max(0, m.start() - 12), m.start()) \
                        and _PASSIVE_AFTER.match(text, m.end()) and _PASSIVE_AFTER.match(text, m.end()).group("verb").lower() in self.passive_verbs_after:
                    cued = True  # (fixnames49) NURSE IS HELD AT THE POLICE STATION: no determiner, a person's fate
                if not cued and (listed or surname) and not stop_word and lex.person_apposition_after(text, m.end()) \
                        and not lex.word_use_before(text, m.start()):
                    cued = True  # (fixnames46) HOPE, THE CAPTAIN,: an apposition of a person's noun or title
                if cued and after is not None and (cue_after in self.words_of_things_after
                                                   or lex.is_organization(text, m.start(), after.end())):
                    continue  # (AMCIT PEACE CORPS VOLUNTEER: an organisation's name)
            if cued:
                results.append(self.result(m.start(), m.end(), CUED_WORD_NAME))
        return results


__all__ = ["CuedWordNameRecognizer", "CUED_WORD_NAME"]
