"""PERSON: officers' surnames in office-symbol parentheses, `EUR/RUS(GREENSTEIN)`,
`OES/SAT (HODGKINS, SMITH)`, `4231/ITA/MAC/CAN(KILGALLEN)`, and after a bare office that is a
known acronym on a line that routes to offices with slashes too (`INL/LP (TREADWELL), DRL
(NAKASHIMA-FOSTER)`; not `the EU (BRUSSELS)`), or at the end of a passage line (`PARIS FOR AFRICA
WATCHER (DELACROIX-MBAYE)`). A name may be broken at its hyphen over a line end (`INR/AA(MCKEOWN-`
/ `BAPTISTE)`) and open with an initial (`(R.TUMWESIGYE)`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS
from ..registry import register
from ..words_around import LATIN_LETTERS as _LETTERS
from .base import CableRecognizer

# the parenthesis may run over one line end (INR/AA(MCKEOWN-\nBAPTISTE))
_PARENS = re.compile(r"(?<![\w/])(?P<office>[A-Z0-9]{1,10}(?:/[A-Z0-9]{1,6})*)[ \t]?\(([^()\n]{2,80}(?:\n[^()\n]{1,80})?)\)")
# words, an initial with its period before a name (R.TUMWESIGYE), a hyphen at a line end
# (letters with diacritics too: a name cut at `Ć` leaks the rest, `MATKOVI` for `MATKOVIĆ`; fixnames40)
_NAME = re.compile(rf"[{CAPITALS}][{_LETTERS}'\-]*(?:(?:\.[ \t]*|\.?[ \t]+|(?<=-)\n[ \t]*)[{CAPITALS}][{_LETTERS}'\-]*)*")
# an office before the word that the parenthesis follows (LEGATT | PRETORIA (...), DHS/ICE | ATTACHE (...))
_OFFICE_BEFORE = re.compile(r"(?<![\w/])(?P<office>[A-Z][A-Z\-]*(?:/[A-Z\-]+)*)[ \t]+\Z")
# a passage line: a post, FOR, an addressee, and the officer in parentheses (PARIS FOR AFRICA WATCHER (X))
_PASSAGE_LINE = re.compile(r"^[ \t]*(?:[A-Z]+[ \t]+){1,3}FOR[ \t]+[A-Z][A-Z /\-]*\([^()\n]+\)[ \t]*$", re.MULTILINE)


@register("office_symbol_name")
class OfficeSymbolNameRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for match in _PARENS.finditer(text):
            office = match.group("office")
            if not re.search("[A-Z]", office):
                continue  # 12/05 (MONDAY): a date
            after_office = False
            if "/" not in office and (office not in self.lexicon.acronyms or not self._routing_line(text, match.start())) \
                    and not self._passage_line(text, match.start()):
                after_office = self._after_office(text, match.start())
                if not after_office:
                    continue
            inside_start = match.start(2)
            for name in _NAME.finditer(match.group(2)):
                words = name.group().split()
                if all(self.lexicon.never_a_name(w) for w in words):
                    continue
                if after_office and not all(self._surname_word(w) for w in words):
                    continue  # LEGATT PRETORIA (PROTECT), RSO LAGOS (NIGERIA)
                results.append(self.result(inside_start + name.start(), inside_start + name.end(),
                                           "surname in office-symbol parentheses"))
        return results

    def _after_office(self, text: str, pos: int) -> bool:
        """Whether the word ending at `pos` (a post or a title: PRETORIA, ATTACHE) follows an
        office written with its post (`names.posted_offices`: LEGATT PRETORIA) or an office
        symbol (DHS/ICE ATTACHE), on the same line: the parenthesis after it holds the officer."""
        before = _OFFICE_BEFORE.search(text, max(0, pos - 40), pos)
        return before is not None and ("/" in before.group("office")
                                       or before.group("office") in self.lexicon.posted_offices)

    def _surname_word(self, word: str) -> bool:
        """A word of an officer's name in parentheses after an office and its post: no marking,
        acronym, place, title or common English word (a known surname will do)."""
        lex = self.lexicon
        bare = word.strip(".,'")
        parts = [p for p in bare.split("-") if p]
        if not parts or lex.never_a_name(bare) or bare.upper() in lex.stop_words or bare.upper() in lex.title_words or bare.upper() in lex.keep_upper:
            return False
        if lex.is_place(bare):
            return False  # RSO LAGOS (NIGERIA)
        return all(len(p) == 1 or lex.is_surname(p) or not lex.is_common(p, lex.settings.names.caps_continue_below_zipf)
                   for p in parts)

    def _passage_line(self, text: str, pos: int) -> bool:
        """Whether the line around `pos` is a passage line ending with the officer in parentheses
        (`PARIS FOR AFRICA WATCHER (DELACROIX-MBAYE)`)."""
        start = text.rfind("\n", 0, pos) + 1
        return _PASSAGE_LINE.match(text, start) is not None

    @staticmethod
    def _routing_line(text: str, pos: int) -> bool:
        """Whether the line around `pos` names other offices with parentheses (`INL/LP (...)`)."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        line = text[start:end if end >= 0 else len(text)]
        return any("/" in m.group("office") and re.search("[A-Z]", m.group("office")) for m in _PARENS.finditer(line))
