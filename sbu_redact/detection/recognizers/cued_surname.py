"""PERSON: a surname standing alone where the words around it say person (`OSTROVETSKIY, WHO
HAS WORKED`, `TARAKHEL CAN BE REACHED`, `SHEVCHUK-MOROZ GAVE`, `KOVALENKO'S BROTHER-IN-LAW`,
`HER HUSBAND ZAKARYAN`, a known surname's possessive: `Lindqvist's report`): a capitalized word (or two joined by a hyphen) that is no English word
in use, no place, acronym or marking, next to a person's verb or noun (`Lexicon.person_cue`).
Right after a relative's noun in mixed case (`her cousin Rowena`: `kin_nouns`; in capitals between
commas after it: `HIS SON, HUSAIN,`), or before one
after a possessive (`Aslam's nephew`), a word that English word lists know but do not use much
will do (`kin_max_zipf`, `kin_after_max_zipf`).
Later mentions of a name whose first mention NER missed, and names in continuation pages."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w'\u2019.\-/@])(?P<word>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1E00-\u1EFF]{2,}"
                   r"(?:-[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1E00-\u1EFF]{2,})?)(?![\w\-/@]|['\u2019][A-RT-Za-rt-z]|\.\w)")
_POSSESSIVE_AFTER = re.compile(r"['\u2019][sS]?(?![\w'\u2019])")
_AFTER_TOWN = re.compile(r"(?P<town>[A-Z\u00C0-\u00DE][\w\-]+),[ \t]+\Z")
_KIN_BEFORE = re.compile(r"(?<![\w\-])(?P<noun>[a-z][a-z\-\u00e9]+)[ \t]+\Z")
# ... in capitals, set off by commas after the noun (SINGACE'S SON, HUSAIN, SAID)
_KIN_COMMA_BEFORE = re.compile(r"(?<![\w\-])(?P<noun>[A-Za-z][A-Za-z\-]+),[ \t]*\n?[ \t]*\Z")
# ... and closed by a comma, a semicolon, a parenthesis or a sentence's end (HER SON, ADRIÁN. ROSELL SAID)
_COMMA_AFTER = re.compile(r"[ \t]*(?:[,;)]|\.(?:\s|\Z))")
_KIN_AFTER = re.compile(r"['\u2019][sS]?[ \t]*\n?[ \t]*(?P<noun>[a-z][a-z\-\u00e9]+)")
# ... in capitals, a relative's noun after a possessive, an adjective of kinship allowed between
# (SNOW'S BROTHER-IN-LAW, BAI-VAN'S MOTHER, LUBEGA'S TWIN SISTER)
_KIN_AFTER_CAPS = re.compile(r"['\u2019]S[ \t]*\n?[ \t]*(?:(?:TWIN|LATE|ELDER|OLDER|ELDEST|YOUNGER|YOUNGEST|OWN|FORMER|EX|STEP)"
                             r"-?[ \t]*\n?[ \t]*)?(?P<noun>[A-Z][A-Z\-]+)(?![\w'\u2019])")
_DETERMINER_BEFORE = re.compile(r"(?<![\w\-])(?:THE|A|AN|HIS|HER|ITS|THEIR|OUR|MY|YOUR|THIS|THAT|EACH|EVERY)[ \t]+\Z")
_VOWEL = re.compile(r"[AEIOUYaeiouy\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D9-\u00DD\u00E0-\u00E6\u00E8-\u00EF\u00F2-\u00F6\u00F9-\u00FD]")


@register("cued_surname")
class CuedSurnameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # a word at or above this zipf frequency (wordfreq, English) is an English word, not a surname
        max_zipf: float = 2.5
        min_length: int = 4
        # after a relative's noun (her cousin Rowena) a capitalized word in mixed case is a name
        # up to this zipf frequency
        kin_nouns: list[str] = []
        kin_max_zipf: float = 2.5
        # ... before a relative's noun after a possessive (Aslam's nephew), up to this one
        kin_after_max_zipf: float = 2.5
        # the halves of a double name with a possessive are each rarer than this (OKONJO-BRAITHWAITE'S
        # CAR; not COCA-COLA'S)
        double_name_max_zipf: float = 3.0
        # in capitals, nouns of what only a person has that make a possessive before them a person's
        # as a relative's noun does (POWER'S CELL, LUBEGA'S NATIONAL ID NUMBER)
        personal_nouns: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.max_zipf = spec.max_zipf
        self.min_length = spec.min_length
        self.kin_nouns = frozenset(w.lower() for w in spec.kin_nouns)
        self.possessor_nouns = self.kin_nouns | frozenset(w.lower() for w in spec.personal_nouns)

    def _after_kin_noun(self, text: str, start: int, word: str) -> bool:
        """`her cousin Rowena`: a capitalized word in mixed case right after a relative's noun;
        or before one after a possessive (`Aslam's nephew`); in capitals, only set off by commas
        after the noun (`SINGACE'S SON, HUSAIN, SAID`, `AND HER SON, ADRIÁN.`)."""
        if word.isupper():
            before = _KIN_COMMA_BEFORE.search(text, max(0, start - 40), start)
            return before is not None and before.group("noun").lower() in self.kin_nouns \
                and _COMMA_AFTER.match(text, start + len(word)) is not None
        if not word[:1].isupper():
            return False
        before = _KIN_BEFORE.search(text, max(0, start - 40), start)
        after = _KIN_AFTER.match(text, start + len(word))
        return before is not None and before.group("noun").lower() in self.kin_nouns \
            or after is not None and after.group("noun").lower() in self.kin_nouns \
            and not self.lexicon.is_common(word, self.spec.kin_after_max_zipf)

    def _kin_possessor(self, text: str, start: int, end: int, word: str) -> bool:
        """In capitals, a word with a possessive before a relative's noun (SNOW'S BROTHER-IN-LAW,
        BAI-VAN'S MOTHER, LUBEGA'S TWIN SISTER) or one of `personal_nouns` (POWER'S CELL): no place, acronym, marking or organisation has a
        mother, so a known surname or given name will do even when it is a word (SNOW, POWER), and
        any word that English uses little."""
        if not word.isupper():
            return False
        after = _KIN_AFTER_CAPS.match(text, end)
        if after is None or after.group("noun").lower() not in self.possessor_nouns:
            return False
        lex = self.lexicon
        parts = word.split("-")
        if len(word) < self.min_length or any(not _VOWEL.search(p) for p in parts):
            return False
        if any(lex.never_a_name(p) or p.upper() in lex.stop_words or p.upper() in lex.title_words
               or p.upper() in lex.keep_upper or p.upper() in lex.nationalities or lex.is_people(p)
               or not (lex.is_surname(p) or lex.is_given_name(p) or self._surname_like(p, kin=True)) for p in parts):
            return False
        if any(p.lower() in lex.person_nouns or lex.agent_noun(p) for p in parts):
            return False  # THE PRIEST'S NEPHEW: a person's noun
        if _DETERMINER_BEFORE.search(text, max(0, start - 12), start) is not None:
            return False  # THE COMPANY'S OWNER, HIS SON'S WIFE: a noun after a determiner
        if lex.is_place(word) and not lex.is_surname(word) or lex.is_organization(text, start, end) \
                or not lex.caps_around(text, start, end):
            return False
        return True

    def _surname_like(self, word: str, kin: bool = False) -> bool:
        """No English word in use, or a known surname that is not a common word (PETROV, not STONE);
        after a relative's noun (`kin`), no common English word."""
        lex = self.lexicon
        if kin and not lex.is_common(word, self.spec.kin_max_zipf):
            return True
        return not lex.is_common(word, self.max_zipf) or (
            lex.is_surname(word) and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf))

    def _known_possessor(self, text: str, end: int, parts: list[str]) -> bool:
        """A known surname that is no common word, or a double name of rare words, with a
        possessive: `Lindqvist's report`, `OKONJO-BRAITHWAITE'S CAR` (the possessive of a name is a
        person's whatever noun follows)."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        possessive = _POSSESSIVE_AFTER.match(text, end)
        return possessive is not None and not lex.is_common(text[end - len("-".join(parts)):possessive.end()], self.max_zipf) \
            and (any(lex.is_surname(p) and not lex.is_common(p, threshold) for p in parts)  # (McDonald's is a brand)
                 # OKONJO-BRAITHWAITE'S CAR: a double name of words no English word list knows
                 or len(parts) > 1 and all(not lex.is_common(p, self.spec.double_name_max_zipf) for p in parts))

    def _ruled_out(self, word: str) -> bool:
        """Whether `word` can be no cued surname whatever surrounds it: the checks of `find` that
        read the word alone (a function of the word and the lexicon, remembered per word), each
        in its weakest form (after a relative's noun or not). `find` asks it first: it rules out
        most candidates (words in use, places, markings) for a dictionary look-up."""
        memo = self.__dict__.setdefault("_sbu_ruled_out", {})
        answer = memo.get(word)
        if answer is None:
            if len(memo) >= 65536:
                memo.clear()
            answer = memo[word] = self._word_rules_out(word)
        return answer

    def _word_rules_out(self, word: str) -> bool:
        lex = self.lexicon
        parts = word.split("-")
        return len(word) < self.min_length or any(not _VOWEL.search(p) for p in parts) \
            or any(lex.never_a_name(p) or p.upper() in lex.stop_words or p.upper() in lex.title_words
                   or p.upper() in lex.keep_upper or lex.is_place(p) or not self._surname_like(p, kin=True)
                   for p in parts) \
            or lex.is_place(word)

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _WORD.finditer(text):
            word = m.group("word")
            if self._kin_possessor(text, m.start(), m.end(), word):
                results.append(self.result(m.start(), m.end(), "a surname with a possessive before a relative's noun"))
                continue
            if self._ruled_out(word):
                continue  # (only rules out what a check below would: the same results, sooner)
            parts = word.split("-")
            if len(word) < self.min_length or any(not _VOWEL.search(p) for p in parts):
                continue  # JKIA, DTP: acronyms
            # the cue first: it rules out nine candidates in ten, and costs less than the checks
            # below (each of which only rules out; their order changes no result)
            if not lex.person_cue(text, m.start(), m.end()) and not self._known_possessor(text, m.end(), parts):
                continue
            if word.isupper() and not lex.caps_around(text, m.start(), m.end()) and len(parts) == 1:
                continue  # a lone word in capitals inside mixed-case text is an acronym or a heading
            kin = self._after_kin_noun(text, m.start(), word)
            double = len(parts) > 1 and _POSSESSIVE_AFTER.match(text, m.end()) is not None \
                and all(not lex.is_common(p, self.spec.double_name_max_zipf) for p in parts)  # OKONJO-BRAITHWAITE'S
            if any(lex.never_a_name(p) or p.upper() in lex.stop_words or p.upper() in lex.title_words
                   or p.upper() in lex.keep_upper or lex.is_place(p) or not (self._surname_like(p, kin) or double) for p in parts):
                continue
            if lex.is_place(word) or lex.place_before(text, m.end()) or lex.is_organization(text, m.start(), m.end()) \
                    or lex.is_brand(word):  # (fixnames50b: ROYAL DOULTON AND SPODE HAVE CUT: a firm's name)
                continue
            town = _AFTER_TOWN.search(text, max(0, m.start() - 40), m.start())
            if town is not None and lex.is_place(town.group("town")):
                continue  # TUMACO, NARINO: the region after a town
            results.append(self.result(m.start(), m.end(), "a surname next to a person's verb or noun"))
        return results


__all__ = ["CuedSurnameRecognizer"]
