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
(`The owner, "Fully Booked", was the sign` is a quotation).

(fixnames49) A nickname used alone, one or two words English uses little (`alone_max_zipf`), no stop word, place or
organisation, where the passage says person: a speaker's verb right after the quotes (`"BOLI" ADDED`, `"chalky"
said the same`; not after a colon or a speech verb opening a quotation), a reported clause after a speech verb
(`SAID "NOBBY" WOULD STAND`, words rarer still: `reported_max_zipf`), the one name given (`GAVE ONLY "ETI"`), who it
is after it (`"Skeeter" = Otis`: a known given name), a person in parentheses after it (`"Tater" (her son)`), a
naming word opening a parenthesis after a name (`Negi (called "Dawa")`), or the same nickname inside a full name
of the passage (`MASON "TUG" WILLETT-BROOME ... "TUG" WAS SEEN`). In lower case on a line in lower case too."""
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
# (fixnames49) around a nickname used alone
_GIVEN_ONLY = re.compile(r"(?<![\w'\u2019])(?P<verb>[A-Za-z]+)[ \t]*\n?[ \t]*(?:only|ONLY|just|JUST)[ \t]*\n?[ \t]*\Z")
_NAMING_PAREN_BEFORE = re.compile(rf"[{_L}][\w'\u2019\-]*[ \t]*\([ \t]*(?:(?:also|ALSO)[ \t]+)?(?P<cue>[A-Za-z]+)(?:[ \t]+(?:as|AS))?[ \t]*\Z")
_IDENTITY_AFTER = re.compile(rf"[ \t]*(?P<cue>=|is|IS|was|WAS)[ \t]+(?P<given>[{_L}][{_L}'\u2019]+)"
                             rf"(?=[ \t]+[{_L}]|[ \t]*,)(?:[ \t]+(?P<surname>[{_L}][{_L}'\u2019\-]+))?")
# a person naming themself right before the quotes (says he's called "Bo"; SHE IS KNOWN AS)
_SELF_NAMED_BEFORE = re.compile(r"(?<![\w'\u2019])(?i:he|she|i)(?:['\u2019](?i:s|m)|[ \t]+(?i:is|was|am))[ \t]+"
                                r"(?i:called|named|known[ \t]+as)[ \t]*\Z")
_PERSON_PAREN_AFTER = re.compile(rf"[ \t]*\([ \t]*(?:(?P<owner>his|her|their|my|our|the|HIS|HER|THEIR|MY|OUR|THE)[ \t]+)?"
                                 rf"(?P<noun>[{_L}]+)[ \t]*\)")
_KIN_WORDS = frozenset({"son", "daughter", "brother", "sister", "cousin", "husband", "wife", "father", "mother", "uncle",
                        "aunt", "nephew", "niece", "grandson", "granddaughter", "boyfriend", "girlfriend", "partner"})
_WORD_AFTER = re.compile(r"[ \t]*(?P<word>[A-Za-z]+)\b")
# a quotation opens here, not a name: a colon or a speech verb right before the quotes (SAID: "NOTHING" ...)
_QUOTE_OPENER_BEFORE = re.compile(r"(?::|\b(?:said|says|SAID|SAYS|told|TOLD|wrote|WROTE|asked|ASKED))[ \t]*\n?[ \t]*\Z")
# a nickname inside a full name: a given name, the quotes (or quotes in parentheses), a capitalized word
_INNER = re.compile(rf"(?<![\w'\u2019\-])(?P<given>[{_L}][{_L}'\u2019\-]+)[ \t]+\(?[\"\u201c](?P<nick>{_WORD}(?:[ \t]+{_WORD})?)[\"\u201d]\)?"
                    rf"[ \t]*\n?[ \t]*(?P<surname>[{_L}][{_L}'\u2019\-]+)")


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
        # (fixnames49) a nickname used alone where the passage says person (see `_alone_cued`): a verb of a speaker
        # right after the quotes (`"BOLI" ADDED`, `"chalky" said the same`), a reported clause after a speech verb
        # (`SAID "NOBBY" WOULD`, `says "Tug" owes`), the words of a name given alone before the quotes (`GAVE ONLY
        # "ETI"`), a name after the quotes saying who it is (`"Skeeter" = Otis`, `"khoos" is artyom`), a person in
        # parentheses after it (`"Tater" (her son)`), a naming word opening a parenthesis after a name (`Negi
        # (called "Dawa")`), and the same nickname inside a full name of the passage (`MASON "TUG" WILLETT-BROOME`)
        speaker_verbs_after: list[str] = []
        reported_verbs_after: list[str] = []
        given_only_before: list[str] = []
        identity_words_after: list[str] = []
        # ... each word of a nickname alone used less than this (zipf) by English, no stop word, place or organisation
        alone_max_zipf: float = 4.0
        # ... and less than this for a reported clause after a speech verb (SAID "BREXIT" WOULD PASS is no nickname)
        reported_max_zipf: float = 3.6

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

    @staticmethod
    def _lower_line(text: str, m: re.Match) -> bool:
        """fixnames49: a nickname in lower case on a line written in lower case (a chat, a field note)."""
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        return m.group("name").islower() and not any(ch.isupper() for ch in line)

    def _shape(self, words: list[str]) -> bool:
        """Written as a name: capitals in capitals, else each word capitalized after an article."""
        if all(w.isupper() for w in words):
            return True
        rest = words[1:] if words[0].lower() in self._articles else words
        return bool(rest) and all(w[:1].isupper() and not w[1:].isupper() for w in rest)

    def find(self, text):
        lex = self.lexicon
        results = []
        inner = self._inner_nicknames(text)
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
            if not self._shape(words) and not self._lower_line(text, m) or caps and not lex.caps_around(text, m.start(), m.end()):
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
            if not cued:
                cued = self._alone_cued(text, m, words, inner)
            if cued:
                results.append(self.result(start, end, QUOTED_NICKNAME))
        return results

    def _alone_word(self, word: str) -> bool:
        lex = self.lexicon
        bare = word.rstrip(".")
        upper = fold(bare).upper()
        return len(bare) > 1 and upper not in lex.stop_words and upper not in lex.title_words and upper not in lex.keep_upper \
            and upper not in lex.organization_words and not lex.is_place(bare) and not lex.never_a_name(bare) \
            and not lex.is_common(bare, self.spec.alone_max_zipf)

    def _alone_cued(self, text: str, m: re.Match, words: list[str], inner: frozenset[str]) -> bool:
        """fixnames49: a nickname of one or two words used alone where the passage says person (see `Spec`)."""
        if m.group("comma") or len(words) > 2 or m.group("name").endswith("."):
            return False
        key = " ".join(words).lower()
        if key in inner:
            return True  # (the same nickname inside a full name of the passage: MASON "TUG" WILLETT-BROOME)
        if not all(self._alone_word(w) for w in words):
            return False
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 80]
        given_only = _GIVEN_ONLY.search(before)
        if given_only is not None and given_only.group("verb").lower() in self._given_only:
            return True
        paren = _NAMING_PAREN_BEFORE.search(before)
        if paren is not None and paren.group("cue").lower() in self._naming_words:
            return True
        if _SELF_NAMED_BEFORE.search(before):
            return True  # (says he's called "Bo")
        identity = _IDENTITY_AFTER.match(after)
        if identity is not None and identity.group("cue").lower() in self._identity_words \
                and (self.lexicon.is_given_name(identity.group("given")) or self._full_name(identity)):
            return True
        held = _PERSON_PAREN_AFTER.match(after)
        if held is not None and (self._person_noun(held.group("noun")) or held.group("noun").lower() in _KIN_WORDS
                                 or held.group("owner") is None and self.lexicon.is_given_name(held.group("noun"))):
            return True
        speaker = _WORD_AFTER.match(after)
        if speaker is not None and speaker.group("word").lower() in self._speaker_verbs \
                and not _QUOTE_OPENER_BEFORE.search(before):
            return True
        said = LATIN_WORD_BEFORE_THAT.search(text, max(0, m.start() - 40), m.start())
        return said is not None and said.group("word").lower() in self._speech_words and speaker is not None \
            and speaker.group("word").lower() in self._reported_verbs \
            and not any(self.lexicon.is_common(w.rstrip("."), self.spec.reported_max_zipf) for w in words)

    def _full_name(self, identity: re.Match) -> bool:
        """(`"Skeeter" = Otis Bradshaw`) two capitalized words in mixed case after the cue, English hardly using
        either, no place or stop word."""
        lex = self.lexicon
        words = [identity.group("given"), identity.group("surname") or ""]
        return all(w[:1].isupper() and w[1:].islower() and not lex.is_common(w, self.spec.reported_max_zipf)
                   and not lex.is_place(w) and fold(w).upper() not in lex.stop_words for w in words)

    def _inner_nicknames(self, text: str) -> frozenset[str]:
        """fixnames49: nicknames in quotes inside a full name (`MASON "TUG" WILLETT-BROOME`, `Tenzin ("Dawa") Negi`):
        a known given name before, a capitalized word after that is no stop word."""
        lex = self.lexicon
        found = set()
        for m in _INNER.finditer(text):
            given, surname = m.group("given"), m.group("surname")
            if lex.is_given_name(given) and given.upper() not in lex.stop_words and given.upper() not in lex.title_words \
                    and surname.upper() not in lex.stop_words and not lex.is_place(surname):
                found.add(" ".join(m.group("nick").split()).lower())
        return frozenset(found)

    @cached_property
    def _given_only(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.given_only_before)

    @cached_property
    def _identity_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.identity_words_after)

    @cached_property
    def _speaker_verbs(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.speaker_verbs_after)

    @cached_property
    def _reported_verbs(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.reported_verbs_after)


__all__ = ["QuotedNicknameRecognizer", "QUOTED_NICKNAME"]
