"""PERSON: a nickname in quotes, in any language, where the sentence says person but no naming
verb of the recognizers before it applies (fixnames37): after `called` or `known as` with a
person's noun just before (`A MAN THEY CALLED "O INGLÊS"`, `A MAN SHE CALLED "IL DOTTORE"`), set
off by commas after a person's noun (`THE SIRDAR, "BADA BABU", KEEPS`, `Sequeira's deputy, "o
Russo", handled`, `THE OWNER, "THE GREEK", HAS VANISHED`), or after a speech verb with a person's
verb after it (`SAID "MR. HONEY" HAD BROKERED`). The quoted words are one to three, a line end
allowed between them: the first capitalized or a lower-case article (`articles`: el, o, il, the)
before a capitalized word; all in capitals in capitals. No place, no organisation, no ship:
the noun before the quotes names a person (`names.person_nouns`, a doer's noun: OWNER, FIXER),
and in an apposition the nickname opens with an article or is made of words English hardly uses
(`The owner, "Fully Booked", was the sign` is a quotation)."""
from __future__ import annotations

import re
from functools import cached_property

from ...folding import name_fold as fold
from ..registry import register
from ..words_around import (COMMA_AFTER, LATIN_LETTERS, LATIN_WORD, LATIN_WORD_BEFORE_THAT, NOUN_COMMA_BEFORE, NOUN_NAMING_WORD_BEFORE,
                            POSSESSIVE_NOUN_BEFORE, verb_after)
from .base import CableRecognizer, RecognizerSpec

_L = LATIN_LETTERS
_WORD = LATIN_WORD + r"\.?"
_QUOTED = re.compile(rf"(?<![\w\"\u201c])[\"\u201c](?P<name>{_WORD}(?:[ \t]*\n?[ \t]*{_WORD}){{0,2}})(?P<comma>,)?[\"\u201d]")
# (fixnames46) `as` right before the quotes, a naming word up to four words before it (KNOWN IN MADIKERI ONLY AS,
# SIGNS AS, arrested in 2005 as), and the words before that naming word in the same clause
_AS_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?:as|AS)[ \t]*\n?[ \t]*\Z")
# the clause before it: no sentence's end, colon or semicolon (a comma allowed: a retired Air Commodore, is known)
_CLAUSE = re.compile(r"[^.;:!?()\"\u201c\u201d]*\Z")
QUOTED_NICKNAME = "a nickname in quotes where the sentence says person"


@register("quoted_nickname")
class QuotedNicknameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # lower-case articles that open a nickname (el, la, o, a, il, u, the)
        articles: list[str] = []
        # naming words right before the quotes, `as` allowed after them (called, known, nicknamed)
        naming_words: list[str] = []
        # speech verbs right before the quotes (said, told)
        speech_words: list[str] = []
        # verbs after the quotes that only a person does, alone or after is/was/has/had (told, denied, keeps)
        person_verbs_after: list[str] = []
        # nouns for a person the name lists leave out (man, woman, owner, sirdar)
        person_nouns: list[str] = []
        # words before a naming word that stand for the person named (`WHOM LOCALS CALL "THE WOLVES"`)
        person_pronouns: list[str] = []
        # possessive words before a person's noun right before the quotes (`HIS FRIEND "THE FIXER" HAD`)
        possessives: list[str] = []
        # (fixnames46) naming words before `as` right before the quotes, up to four words between (A MAN WHO SIGNS
        # AS "CAPTAIN,"; known in Madikeri only as "Bunny Sir."; a man arrested in 2005 as "Tallest."): a person's
        # noun or pronoun up to three words before the naming word; the quotes may close after a comma or a full stop
        as_naming_words: list[str] = []
        as_person_pronouns: list[str] = []

    @cached_property
    def _articles(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.articles)

    @cached_property
    def _naming_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.naming_words)

    @cached_property
    def _speech_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.speech_words)

    @cached_property
    def _person_verbs_after(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.person_verbs_after)

    @cached_property
    def _person_nouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.person_nouns)

    @cached_property
    def _person_pronouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.person_pronouns)

    @cached_property
    def _possessives(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.possessives)

    def _named_subject(self, words: list[str], cue: str) -> bool:
        """`RAMSDEN IS KNOWN AS`: a word that is no English word in use, written as a name, then
        is/was and the naming word `known` (the subject of the sentence is a person's name)."""
        lex = self.lexicon
        if cue.lower() != "known" or len(words) < 2 or words[-1].lower() not in ("is", "was"):
            return False
        name = words[-2]
        return name[:1].isupper() and not lex.is_common(name, 3.0) and not lex.is_place(name) \
            and name.upper() not in lex.stop_words and name.upper() not in lex.title_words

    def _named_as(self, text: str, quote: int) -> bool:
        """fixnames46: `as` right before the quotes after a naming word of `as_naming_words` (up to four words
        between: KNOWN IN MADIKERI ONLY AS) with a person's noun or pronoun up to three words before that word
        (A MAN WHO SIGNS AS, a retired Air Commodore, is known ... as)."""
        if not self.spec.as_naming_words:
            return False
        m = _AS_BEFORE.search(text, max(0, quote - 12), quote)
        if m is None:
            return False
        clause = _CLAUSE.search(text, max(0, m.start() - 110), m.start())
        words = re.findall(rf"[{_L}\d]+", clause.group() if clause is not None else "")
        for i in range(len(words) - 1, max(-1, len(words) - 6), -1):  # the naming word: up to four words before `as`
            if words[i].lower() in self._as_naming_words:
                return any(self._person_noun(w) or w.lower() in self._as_person_pronouns or self._name_word(w)
                           for w in words[max(0, i - 4):i])
        return False

    def _name_word(self, word: str) -> bool:
        """(fixnames46b) FINDLAY GEORGE SMITH, KNOWN ALONG THE MORAY FIRTH AS "THE BOSUN,": a known given name or
        surname written as a name before the naming word, no place, stop word or title."""
        lex = self.lexicon
        return len(word) > 1 and word[:1].isupper() and (lex.is_given_name(word) or lex.is_surname(word)) \
            and not lex.is_place(word) and word.upper() not in lex.stop_words and word.upper() not in lex.title_words

    def _called_by_noun(self, text: str, quote: int) -> bool:
        """(fixnames46b) A MAN THE HARBOUR CALLS "BUMMER.": a naming word right before the quotes with a person's
        noun or pronoun up to three words before it; the quotes may close after a comma or the sentence's full stop."""
        naming = NOUN_NAMING_WORD_BEFORE.search(text, max(0, quote - 50), quote)
        if naming is None or naming.group("cue").lower() not in self._naming_words:
            return False
        words_before = re.findall(rf"[{_L}]+", text[naming.start():naming.start("cue")])
        return any(self._person_noun(w) or w.lower() in self._person_pronouns for w in words_before)

    @cached_property
    def _as_naming_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.as_naming_words)

    @cached_property
    def _as_person_pronouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.as_person_pronouns)

    def _person_noun(self, word: str) -> bool:
        lex = self.lexicon
        return word.lower() in lex.persons_nouns or word.lower() in self._person_nouns or word.upper() in lex.one_word_titles or lex.agent_noun(word)

    def _shape(self, words: list[str]) -> bool:
        """Written as a name: capitals in capitals, else each word capitalized after an article."""
        if all(w.isupper() for w in words):
            return True
        rest = words[1:] if words[0].lower() in self._articles else words
        return bool(rest) and all(w[:1].isupper() and not w[1:].isupper() for w in rest)

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _QUOTED.finditer(text):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            words = name.split()
            named_as = self._named_as(text, m.start()) or self._called_by_noun(text, m.start()) and not any(
                w.lower() in self._possessives or re.search(r"['\u2019][sS]\.?\Z", w) for w in words)  # (CALLED "OUR BOYS.")
            if named_as and name.endswith("."):
                name, end = name[:-1], end - 1  # (known only as "Bunny Sir.", A MAN THEY CALL "BUMMER.": the full stop inside the quotes)
                words = name.split()
            if name.endswith(".") or m.group("comma") and not named_as:
                continue  # ("MAMA CLAUDINE.": a quoted sentence's end, not a nickname)
            caps = all(w.isupper() for w in words if w[:1].isalpha())
            if not self._shape(words) or caps and not lex.caps_around(text, m.start(), m.end()):
                continue
            if lex.is_place(name) or lex.is_place(" ".join(words[1:])) or lex.is_organization(text, start, end) \
                    or all(fold(w.rstrip(".")) in lex.stop_words for w in words):
                continue
            cued = named_as
            naming = NOUN_NAMING_WORD_BEFORE.search(text, max(0, m.start() - 50), m.start())
            if naming is not None and naming.group("cue").lower() in self._naming_words:
                # (the person's noun right before the naming word or up to two words before it: A MAN THEY CALLED)
                words_before = re.findall(rf"[{_L}]+", text[naming.start():naming.start("cue")])
                cued = any(self._person_noun(w) or w.lower() in self._person_pronouns for w in words_before) \
                    or self._named_subject(words_before, naming.group("cue"))
            apposition = NOUN_COMMA_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if not cued and apposition is not None and COMMA_AFTER.match(text, m.end()) is not None \
                    and self._person_noun(apposition.group("noun")):
                # (an apposition: a nickname, not a quotation: an article or a word English hardly uses)
                cued = words[0].lower() in self._articles or all(
                    not lex.is_common(w.rstrip("."), lex.settings.names.caps_continue_below_zipf) for w in words)
            if not cued:
                # (a person's noun after a possessive right before the quotes, a person's verb after them)
                held = POSSESSIVE_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
                cued = held is not None and held.group("owner").lower() in self._possessives \
                    and self._person_noun(held.group("noun")) and verb_after(text, m.end(), self._person_verbs_after)
            if not cued:
                before = LATIN_WORD_BEFORE_THAT.search(text, max(0, m.start() - 40), m.start())
                cued = before is not None and before.group("word").lower() in self._speech_words \
                    and verb_after(text, m.end(), self._person_verbs_after) and any(w.rstrip(".").upper() in lex.one_word_titles for w in words)
            if cued:
                results.append(self.result(start, end, QUOTED_NICKNAME))
        return results


__all__ = ["QuotedNicknameRecognizer", "QUOTED_NICKNAME"]
