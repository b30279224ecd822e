"""PERSON: list entries written surname first with initials after the surname and no comma
(fixnames44b): `TIONG K.S. - 016-887 1420`, `OKPAKO F.E., WARRI - 0805 ...`, `NYAGANG J. AK - (NO
PHONE)`, `Ekhator I. O. / Ugbowo`. Wardens' lists, crew lists and seamen's books give the surname
and then the initials; NER reads `OKPAKO F.E.` as nothing, and a one-syllable surname (`LING`,
`HII`) is no name to any list.

An entry opens a line (a bullet or a number allowed), one or two surname words in the case of
the line (capitals, or capitalized), then one to three initials each with its dot (the last dot
may be missing: `EKHATOR I.O`), then one of `after_initials` (a Malay or Iban `AK`, `BIN`, `BT.`)
allowed, and then the entry ends: a comma, a dash, a slash, a bar, a parenthesis or the line's end.
Entries are taken only in a list: two lines in a row or more of that form (one line alone, `ANNEX
B.`, is left to the other recognizers), or a numbered item read alone whose words are known names English
uses little (`2. ZAKIR H.`, fixnames47). A surname word is no stop word, title, marking,
organisation's word or place, and not a word that is never a name."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_UP, _LOW = CAPITALS, "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF"
_WORD = rf"[{_UP}][{_UP}{_LOW}'\u2019]+(?:-[{_UP}][{_UP}{_LOW}'\u2019]+)?"
_ENTRY = re.compile(
    rf"(?:^[ \t]*(?:[-*\u2022][ \t]+|\d{{1,3}}[.)][ \t]+)?|(?<=[;:])[ \t]+)"
    rf"(?P<name>(?P<surname>{_WORD}(?:[ \t]{_WORD})?)(?P<comma>,(?:[ \t]+(?P<given>{_WORD}))?)?"
    rf"[ \t]+(?P<initials>[{_UP}]\.(?:[ \t]?[{_UP}]\.){{0,2}}|[{_UP}]\.[{_UP}]\b)"
    rf"(?:[ \t](?P<after>[{_UP}][\w/]*\.?))?)"
    r"(?=[ \t]*(?:[,;(/|\u2013\u2014]|-[ \t]|$)|[ \t]{2,}|\t)", re.MULTILINE)
_NUMBERED_ITEM = re.compile(r"\s*\d{1,3}[.)][ \t]+")
LISTED_INITIALS = "a list entry written surname first with initials"


@register("listed_initials_name")
class ListedInitialsNameRecognizer(CableRecognizer):
    # kept as found (fixnames46b): the entry's form and the list say it is a name, a town's or a month's
    # name for a surname too (EVANS R.; MAY, HECTOR J.), and the recognizer vetted its words
    exact_span = True

    class Spec(RecognizerSpec):
        # words after the initials that are part of the name (Iban and Malay filiation: AK, BIN, BT.)
        after_initials: list[str] = []

    def find(self, text):
        after_words = {w.upper().rstrip(".") for w in self.spec.after_initials}
        entries: list[tuple[int, int, int]] = []  # (line number, start, end) of each entry
        for m in _ENTRY.finditer(text):
            after = m.group("after")
            if after is not None and after.upper().rstrip(".") not in after_words:
                continue
            given = m.group("given")
            if not self._surname(m.group("surname")) or given is not None and not self._given(given, m.group("surname")):
                continue
            entries.append((text.count("\n", 0, m.start()), *m.span("name")))
        lines = [line for line, _, _ in entries]
        # in a list: another entry on the line before or after, or on the same line (`DIZE C.; PARKS D.`)
        # (fixnames47) or a numbered item of a list read as a portion of its own, the whole of it the entry, with
        # known names English uses little for its words (`2. ZAKIR H.`: the reader cuts numbered items apart)
        return [self.result(start, end, LISTED_INITIALS) for line, start, end in entries
                if line - 1 in lines or line + 1 in lines or lines.count(line) > 1 or self._numbered_item(text, start, end)]

    def _numbered_item(self, text: str, start: int, end: int) -> bool:
        lex = self.lexicon
        if _NUMBERED_ITEM.fullmatch(text[:start]) is None or text[end:].strip():
            return False
        words = [strip_possessive(w) for w in re.findall(r"[^\W\d_][\w'\u2019]*", text[start:end].split(",")[0])
                 if len(w) > 1]
        return bool(words) and all((lex.is_given_name(w) or lex.is_surname(w))
                                   and not lex.is_common(w, lex.settings.names.caps_continue_below_zipf) for w in words)

    def _given(self, given: str, surname: str) -> bool:
        """`MAY, HECTOR J.`: after the comma, a known given name in the surname's case."""
        lex = self.lexicon
        return given.isupper() == surname.isupper() and lex.is_given_name(given) and not lex.is_place(given)

    def _surname(self, surname: str) -> bool:
        lex = self.lexicon
        words = surname.split()
        if any(w.isupper() != words[0].isupper() for w in words):
            return False
        for word in words:
            bare = strip_possessive(word)
            upper = bare.upper()
            surname = lex.is_surname(bare)  # (MAY, EVANS: a month and a town, and known surnames)
            if lex.never_a_name(bare) or upper in lex.stop_words and not surname or upper in lex.title_words \
                    or upper in lex.organization_words or upper in lex.keep_upper or lex.is_place(bare) and not surname:
                return False
        return True


__all__ = ["ListedInitialsNameRecognizer", "LISTED_INITIALS"]
