"""PERSON: a double-barrelled surname standing alone (`Ortiz-Kwan has asked`, `the Castañeda-Rubio
file`, `E-mail Ortiz-Kwan/Zuñiga-Pratt`, `HYE-JIN CHOI-MORALES`): two or three capitalized parts
joined by hyphens, written all in capitals or each part capitalized, where one part is a known
surname that is no common English word (`max_zipf`), and every other part is a known
given name or surname or a word English word lists hardly know (`other_max_zipf`). No part is an
acronym, a marking, a nationality or a title word (`Franco-German`, `Sino-Soviet`, `Guinea-Bissau`,
`Coca-Cola`); the whole is no place (`Clermont-Ferrand`), no brand, and not the name of a law,
a building or an organisation after it (`Helms-Burton Act`). A known given name right before
the double name goes with it, and so does a nickname in quotes (`"PAPAYA" GRANTHAM-BOYCE`). Run only where the text has a hyphen between two capitals."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ...folding import name_fold
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_PART = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE](?:[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F]+|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F]+)"
_DOUBLE = re.compile(r"(?<![\w\-@.'\u2019&])(?P<name>" + _PART + r"(?:-" + _PART + r"){1,2})"
                     r"(?:['\u2019][sS])?(?![\w\-@&]|['\u2019][A-RT-Za-rt-z]|\.\w)")
_HINT = re.compile(r"[^\W\d_]-[^\W\d_]")
_WORD_BEFORE = re.compile(r"(?<![\w\-'\u2019.])(?P<word>[A-Z\u00C0-\u00DE][\w\-]+)[ \t]+\Z")
_NICKNAME_BEFORE = re.compile(r"(?<![\w\"\u201c\u201d])[\"\u201c][A-Z\u00C0-\u00DE][\w'\u2019\-]*(?:[ \t][A-Za-z\u00C0-\u024F][\w'\u2019\-]*){0,2}[\"\u201d][ \t]+\Z")
_NEXT = re.compile(r"(?:['\u2019][sS])?[ \t]*\n?[ \t]*([A-Za-z]+)")


@register("double_surname")
class DoubleSurnameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # the known surname among the parts is rarer than this (wordfreq zipf): ORTIZ, not GREEN
        max_zipf: float = 3.8
        # each other part is a known name or rarer than this (KWAN, RUSK)
        other_max_zipf: float = 3.3

    def find(self, text):
        if _HINT.search(text) is None:
            return []
        results = []
        for match in _DOUBLE.finditer(text):
            name = match.group("name")
            if not self._double_name(name) or self._named_after(text, match.end()):
                continue
            start = match.start()
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and self._given_before(before.group("word"), name):
                start = before.start("word")
            nickname = _NICKNAME_BEFORE.search(text, max(0, start - 40), start)
            if nickname is not None and not any(self.lexicon.never_a_name(w) for w in nickname.group().strip(" \t\"\u201c\u201d").split()):
                start = nickname.start()  # "PAPAYA" GRANTHAM-BOYCE: a nickname in quotes opens the name
            results.append(self.result(start, match.end(), "a double surname"))
        return results

    def _double_name(self, name: str) -> bool:
        lex = self.lexicon
        parts = name.split("-")
        caps = name.isupper()
        if not caps and not all(part[1:].islower() for part in parts):
            return False  # (McDONALD-STYLE mixtures, NATO-Russia: not a double surname)
        if lex.is_place(name) or " ".join(name_fold(name).split("-")) in lex.brands or lex.is_given_name(name) \
                or len({name_fold(part) for part in parts}) < len(parts):
            return False  # (Jean-Luc: given names, found as such; MAI-MAI, Baden-Baden: a word doubled)
        known = False
        for part in parts:
            upper = name_fold(part)
            if lex.never_a_name(part) or upper in lex.title_words or upper in lex.nationalities \
                    or upper in lex.stop_words or upper in lex.peoples:
                return False
            surname = upper in lex.surnames
            common = lex.is_common(part, self.spec.max_zipf)
            if surname and not common:
                known = True  # (RUBIO, LUTZ are towns' names too: the whole is no place)
            elif not (surname or lex.is_given_name(part) or not lex.is_common(part, self.spec.other_max_zipf)):
                return False
        return known

    def _named_after(self, text: str, end: int) -> bool:
        """Whether a law, building, organisation or place word follows (`Helms-Burton Act`,
        `Kimberly-Clark Corporation`): a thing named after people."""
        nxt = _NEXT.match(text, end)
        if nxt is None:
            return False
        word = nxt.group(1).upper()
        lex = self.lexicon
        return word in lex.facility_words or word in lex.organization_kinds or word in lex.organization_kinds_after \
            or word in lex.place_words or word in lex.company_suffixes or word in self._law_words

    _law_words = frozenset({"ACT", "AMENDMENT", "LAW", "BILL", "AGREEMENT", "ACCORD", "ACCORDS", "TREATY", "PLAN",
                            "PROGRAM", "PROGRAMME", "INITIATIVE", "DOCTRINE", "PROCESS", "PRIZE", "AWARD",
                            "FELLOWSHIP", "SCHOLARSHIP", "SYNDROME", "DISEASE", "REPORT", "COMMISSION", "BASE"})

    def _given_before(self, word: str, name: str) -> bool:
        """A known given name before the double name, in the same case (`Mary Ortiz-Kwan`)."""
        lex = self.lexicon
        bare = strip_possessive(word)
        if bare != word or word.isupper() != name.isupper():
            return False
        return lex.is_given_name(bare) and not lex.never_a_name(bare) and name_fold(bare) not in lex.title_words
