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
organisation's word or place, and not a word that is never a name; on a line of two such entries or more a
month's or place's name will do (fixnames50b: `PLANT D.J.; MOSS, K.; SALT R.`, `APRIL D.K.; SEPTEMBER, J.`).

In running text (fixnames47c) an entry stands alone too (`THE CONTRACTOR IS STORY, J.R. OF ...`, `THE CASE GOES TO
ROUTLEDGE M. IN THE VISA UNIT`, `ARSHANOV D.D. SAYS`, `TONG SANG F.`, `rokaya t.b.?` in a chat): two initials or
more, or a known given name after a comma, with a surname that is a known name or a word English uses little
(`strong_max_zipf`); one initial only with a surname English uses less (`single_max_zipf`, or a known name
below `strong_max_zipf`) that no determiner or number stands before and that is no word lettering its parts
(`not_surnames`: ANNEX C., PLAN B.). What follows is a clause's end or a word that no name is (not `JOHN A.
SMITH`). Initials may be hyphenated (`TIMAU J.-P.`) and the entry may be in Cyrillic (`АРШАНОВ Д. Д.`); Cyrillic initials
end the entry before a word in Latin letters, its Latin spelling maybe (fixnames49: `<SURNAME> О. С. ISHPAYKIN IS`)."""
from __future__ import annotations

import re

import regex

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_UP = CAPITALS + "\u0400-\u042F"  # (and Cyrillic: АРШАНОВ Д. Д., fixnames47c)
_LOW = "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF\u0430-\u045F"
# one initial, hyphenated maybe (J.-P.), or a Russian digraph (YU., Zh.); one to three of them
_INITIAL = rf"(?:[{_UP}]|(?:YU|YA|YE|ZH|KH|CH|SH|TS)\b|(?:Yu|Ya|Ye|Zh|Kh|Ch|Sh|Ts)\b)\.(?:-[{_UP}]\.)?"
_WORD = rf"[{_UP}][{_UP}{_LOW}'\u2019]+(?:-[{_UP}][{_UP}{_LOW}'\u2019]+)?"
_ENTRY = re.compile(
    rf"(?:^[ \t]*(?:[-*\u2022][ \t]+|\d{{1,3}}[.)][ \t]+)?|(?<=[;:])[ \t]+)"
    rf"(?P<name>(?P<surname>{_WORD}(?:[ \t]{_WORD})?)(?P<comma>,(?:[ \t]+(?P<given>{_WORD}))?)?"
    rf"[ \t]+(?P<initials>{_INITIAL}(?:[ \t]?{_INITIAL}){{0,2}}|[{_UP}]\.[{_UP}]\b)"
    rf"(?:[ \t](?P<after>[{_UP}][\w/]*\.?))?)"
    r"(?=[ \t]*(?:[,;(/|\u2013\u2014]|-[ \t]|$)|[ \t]{2,}|\t)", re.MULTILINE)
# fixnames47c: an entry in running text, read at every start (overlapped): `STORY, J.R.`, `GRAHAM, ELLIOT J.`,
# `ROUTLEDGE M.`; in a chat in lower case, two initials or more (`rokaya t.b.`)
_INLINE = regex.compile(
    rf"(?<![\w.'\u2019\-])(?P<surname>{_WORD})(?P<comma>,[ \t]+(?:(?P<given>{_WORD})[ \t]+)?|[ \t]+)"
    rf"(?P<initials>{_INITIAL}(?:[ \t]?{_INITIAL}){{0,2}})(?!\w)")
_INLINE_LOWER = regex.compile(r"(?<![\w.'\u2019\-])(?P<surname>[a-z][a-z'\u2019\-]+)(?P<comma>,?[ \t]+)(?P<given>)"
                              r"(?P<initials>[a-z]\.(?:[ \t]?[a-z]\.){1,2})(?!\w)")
# what may follow an entry in running text: a clause's end, or a word (checked: no name)
_INLINE_END = re.compile(r"[ \t]*(?:[\n.,;:!?()\]/|\u2013\u2014\"'\u2019\u201d]|--?[ \t]|\Z)")  # (fixnames49c: BU Y.S. (SPELLED)
# fixnames49c: what may stand between two entries of one list in running text (`WALDRIP J.; TREAT O.`,
# `MOON J.Y. ("BIG MOON"); GO E.N. AND BU Y.S.`)
_LIST_GAP = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:[;,&]|and|AND|or|OR)?[ \t]*\Z")
_LINE_END = re.compile(r"[ \t]*\n[ \t]*")
# (fixnames51b) a lower-case register's entry: a surname, a comma maybe, one to three initials; where it may open
# (a line, after a bullet, a number or a label's colon), what may join two on a line, what may end one
_LOWER_REGISTER = regex.compile(r"(?<![\w.'\u2019\-])(?P<surname>[a-z][a-z'\u2019\-]+),?[ \t]+"
                                r"(?P<initials>[a-z]\.(?:[ \t]?[a-z]\.){0,2})(?!\w)")
_REGISTER_OPENS = re.compile(r"(?:\A|:)[ \t]*(?:[-*\u2022][ \t]+|\d{1,3}[.)]?[ \t]+)?\Z")
_REGISTER_JOIN = re.compile(r"[ \t]*(?:[&;/,]|and)[ \t]*")
_REGISTER_END = re.compile(r"\.[ \t]|\.?[ \t]*(?:[\n,;:!?()/&\u2013\u2014]|--?[ \t]|and[ \t]|\Z)")
_NUMBERED_OPENS = re.compile(r"(?:\A|\n)[ \t]*\d{1,3}[ \t]+\Z")
_NEXT_INITIAL = re.compile(rf"[ \t]*[{_UP}]\.")
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'\u2019\-]*)|[ \t]+\d")
_WORD_BEFORE = re.compile(rf"(?<!\S)(?P<word>{_WORD})[ \t]\Z|(?P<number>\d)[ \t]*\Z")
_ANY_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])(?P<word>[^\W\d_][\w'\u2019]*)[ \t]*\n?[ \t]*\Z")
_CYRILLIC = re.compile("[\u0400-\u04FF]")
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
        # fixnames47c, an entry in running text: a surname before one initial is a word English uses less than
        # this (zipf) or a known name used less than `strong_max_zipf`; before two initials or a given name, a
        # known name or a word used less than `strong_max_zipf`
        single_max_zipf: float = 3.5
        strong_max_zipf: float = 4.2
        # ... and none of these words that letter or number their parts (ANNEX C., PLAN B., TEAM B.)
        not_surnames: list[str] = []
        # ... nor initials that are abbreviations (U.S., A.M.)
        not_initials: list[str] = []
        # ... nor after one of these (THE PLAN B.)
        not_after: list[str] = []

    def find(self, text):
        after_words = {w.upper().rstrip(".") for w in self.spec.after_initials}
        entries: list[tuple[int, int, int]] = []  # (line number, start, end) of each entry
        weak: list[tuple[int, int, int]] = []  # (fixnames50b) entries whose surname is a month, a place or a word
        for m in _ENTRY.finditer(text):
            after = m.group("after")
            if after is not None and after.upper().rstrip(".") not in after_words:
                continue
            given = m.group("given")
            if given is not None and not self._given(given, m.group("surname")):
                continue
            if not self._surname(m.group("surname")):
                if self._listed_word_surname(m.group("surname")):
                    weak.append((text.count("\n", 0, m.start()), *m.span("name")))
                continue
            entries.append((text.count("\n", 0, m.start()), *m.span("name")))
        lines = [line for line, _, _ in entries]
        # (fixnames50b) SIGN-IN: PLANT D.J.; MOSS, K.; SALT R.; / APPLICANTS: APRIL D.K.; SEPTEMBER, J.; OKTOBER M.:
        # a month's, a place's or a word's name for a surname, on a line of two entries or more of the form
        entries += [e for e in weak if lines.count(e[0]) >= 2]
        lines = [line for line, _, _ in entries]
        # in a list: another entry on the line before or after, or on the same line (`DIZE C.; PARKS D.`)
        # (fixnames47) or a numbered item of a list read as a portion of its own, the whole of it the entry, with
        # known names English uses little for its words (`2. ZAKIR H.`: the reader cuts numbered items apart)
        listed = [(start, end) for line, start, end in entries
                  if line - 1 in lines or line + 1 in lines or lines.count(line) > 1 or self._numbered_item(text, start, end)]
        inline = [(start, end) for start, end in self._inline(text)
                  if not any(s < end and start < e for s, e in listed)]
        return [self.result(start, end, LISTED_INITIALS) for start, end in [*listed, *inline]]

    def _inline(self, text: str) -> list[tuple[int, int]]:
        """fixnames47c: entries in running text, surname first with initials (see the module's doc)."""
        not_initials = {w.replace(" ", "").upper() for w in self.spec.not_initials}
        found: dict[int, int] = {}  # the end of each entry's initials: its start
        pending: list[tuple[int, int]] = []  # (fixnames49c) entries whose surname is a word in use, kept for evidence
        for pattern in (_INLINE, _INLINE_LOWER):
            for m in pattern.finditer(text, overlapped=True):
                initials, surname, given = m.group("initials"), m.group("surname"), m.group("given") or None
                lower = pattern is _INLINE_LOWER
                if m.end() in found or initials.replace(" ", "").upper() in not_initials:
                    continue
                strong = initials.count(".") >= 2 or given is not None
                if not self._surname(surname) \
                        or given is not None and not self._inline_given(given, surname) \
                        or not (self._inline_end(text, m.end(), lower) or self._script_ends(initials, text, m.end())):
                    continue
                if not self._inline_word(surname, strong):
                    word_before = _ANY_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    if not lower and self._word_surname(surname) \
                            and (word_before is None or word_before.group("word").upper() not in self._not_after):
                        pending.append((m.start(), m.end()))
                    continue
                start = m.start()
                before = _WORD_BEFORE.search(text, max(0, start - 40), start)
                word_before = _ANY_WORD_BEFORE.search(text, max(0, start - 40), start)
                if before is not None and before.group("number") and not self._numbered_register(text, start, m.end()) \
                        or word_before is not None and word_before.group("word").upper() in self._not_after:
                    continue  # (12 PARK J. ; THE PLAN B.; HER\nLANDLADY, <NAME> V.S.)
                if before is not None and before.group("word") is not None and "," not in m.group("comma") \
                        and before.group("word").isupper() == surname.isupper() \
                        and self._surname(before.group("word")) and self._inline_word(before.group("word"), False):
                    start = before.start("word")  # a surname of two words (TONG SANG F.)
                found[m.end()] = start
        for start, end in pending:  # (fixnames49c) STILL C.W., TREAT O., GO E.N.: a surname that is a word
            if (end not in found or start < found[end]) and self._surname_shown(text, start, end, found):
                found[end] = start
        self._lower_register(text, found, not_initials)
        return [(start, end) for end, start in found.items()]

    def _lower_register(self, text: str, found: dict[int, int], not_initials: set[str]) -> None:
        """(fixnames51b) In lower case, a register's entries written surname first with initials (`row 17: koski e.
        & koski s.`, `cherry l.j. -- cousin`): the entry opens its line (a bullet, a number or a label's colon
        before it allowed) or follows another such entry after `&`, `and`, `;` or `/`; it ends at a clause's end or
        a dash. One initial only where another entry of the form stands beside it on the line; two or more alone.
        The surname is no stop word, title, place, people or noun for a person, and no word English uses much
        (`names.caps_continue_below_zipf`... a surname that is a word in use (`cherry`) will do here, the layout says name)."""
        lex = self.lexicon
        entries = []
        for m in _LOWER_REGISTER.finditer(text, overlapped=True):
            surname, initials = m.group("surname"), m.group("initials")
            if initials.replace(" ", "").upper() in not_initials or len(surname) < 3 \
                    or not self._surname(surname) or not self._word_surname(surname) \
                    or surname.upper() in lex.stop_words or lex.is_place(surname) or lex.is_common(surname, 5.0) \
                    or _REGISTER_END.match(text, m.end()) is None:
                continue
            entries.append((m.start(), m.end(), initials.count(".")))
        for start, end, count in entries:
            line = text.rfind("\n", 0, start) + 1
            opens = _REGISTER_OPENS.search(text[line:start]) is not None
            beside = [(s, e) for s, e, _ in entries if (s, e) != (start, end) and "\n" not in text[min(e, start):max(s, end)]
                      and (_REGISTER_JOIN.fullmatch(text, e, start) or _REGISTER_JOIN.fullmatch(text, end, s))]
            joined = any(_REGISTER_JOIN.fullmatch(text, e, start) for e in [e for _, e in beside])
            if not (opens or joined) or count < 2 and not beside:
                continue
            if end not in found or start < found[end]:
                found[end] = start

    @staticmethod
    def _numbered_register(text: str, start: int, end: int) -> bool:
        """(fixnames51b) `3 Ellerby K. -- B2`: a number with no dot that opens the line numbers a register's item (not
        `12 PARK J.`, an address) when a dash or a column gap follows the entry."""
        return _NUMBERED_OPENS.search(text, max(0, start - 12), start) is not None \
            and re.match(r"[ \t]*(?:--?|\u2013|\u2014|\|)[ \t]|\t|[ \t]{3,}", text[end:end + 6]) is not None

    def _word_surname(self, word: str) -> bool:
        """(fixnames49c) A surname word in use that an entry may still have (STILL, TREAT, GO): none that letters a
        part, no people's name, no noun for a person, two letters or more."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return len(bare) >= 2 and bare.upper() not in {w.upper() for w in self.spec.not_surnames} \
            and not lex.is_people(bare) and bare.lower() not in lex.person_nouns and bare.upper() not in self._not_after

    def _surname_shown(self, text: str, start: int, end: int, found: dict[int, int]) -> bool:
        """(fixnames49c) Whether the passage shows that an entry's surname, a word in use, is a name here: written
        elsewhere after a known given name or before a comma and one (JOLENE STILL; STILL, VIRGIL L.), or the entry
        an item of a list whose item right before or after it is an entry found (WALDRIP J.; TREAT O.)."""
        lex = self.lexicon
        surname = _INLINE.match(text, start).group("surname")  # type: ignore[union-attr]
        shown = regex.compile(rf"(?<![\w'\u2019\-])(?P<given>{_WORD})[ \t]+{regex.escape(surname)}(?![\w\-])"
                              rf"|(?<![\w'\u2019\-]){regex.escape(surname)},[ \t]+(?P<after>{_WORD})")
        for m in shown.finditer(text, overlapped=True):
            if start <= m.start() < end:
                continue
            given = m.group("given") or m.group("after")
            if given.isupper() != surname.isupper() or given.upper() in lex.stop_words or given.upper() in lex.title_words \
                    or lex.never_a_name(given):
                continue
            if lex.is_given_name(given) or m.group("after") and not lex.is_common(given, self.spec.single_max_zipf) \
                    and not lex.is_place(given) and not lex.is_people(given):
                return True  # (STILL, VIRGIL L.: after the comma a given name no list knows, a word English uses little)
        for other_end, other_start in list(found.items()):
            if other_end <= start and _LIST_GAP.fullmatch(text, other_end, start) is not None and "\n" not in text[other_end:start]:
                return True
            if end <= other_start and _LIST_GAP.fullmatch(text, end, other_start) is not None and "\n" not in text[end:other_start]:
                return True
        return False

    @property
    def _not_after(self) -> set[str]:
        return {w.upper() for w in self.spec.not_after}

    def _inline_given(self, given: str, surname: str) -> bool:
        """`BELL, ARNOLD T.`, `HOLLINGWORTH, DEAN R.`: in running text, after the comma and before the initials, a
        word in the surname's case that is a known given name (a town's name too), or a known surname or a word English
        hardly uses that is no place."""
        lex = self.lexicon
        upper = given.upper()
        if given.isupper() != surname.isupper() or upper in lex.stop_words or upper in lex.title_words \
                or upper in lex.organization_words or upper in lex.keep_upper or lex.never_a_name(given) or lex.is_people(given):
            return False
        if lex.is_given_name(given):
            return True
        # (not HIS LANDLADY, <SURNAME> V.S.; not <SURNAME>, ALINA, <SURNAME> T.: a given name and the next entry)
        return (lex.is_surname(given) or not lex.is_common(given, lex.settings.names.rare_below_zipf)) \
            and not lex.is_place(given) and not lex.is_given_name(surname) and surname.lower() not in lex.person_nouns

    def _inline_word(self, word: str, strong: bool) -> bool:
        """A surname word of an entry in running text (see `Spec`)."""
        lex = self.lexicon
        bare = strip_possessive(word)
        if bare.upper() in {w.upper() for w in self.spec.not_surnames} or lex.is_people(bare) \
                or bare.lower() in lex.person_nouns:
            return False
        known = lex.is_surname(bare) or lex.is_given_name(bare)
        if strong:
            return known or not lex.is_common(bare, self.spec.strong_max_zipf)
        return not lex.is_common(bare, self.spec.single_max_zipf) or known and not lex.is_common(bare, self.spec.strong_max_zipf)

    def _inline_end(self, text: str, end: int, lower: bool) -> bool:
        """What follows an entry in running text: a clause's end, or a word that is no name (`JOHN A. SMITH` is
        initials before a surname): a stop word, or a word English uses that no name list knows, in lower
        case in mixed-case text. Never an initial (`CHARGE D'AFFAIRES A.I. P.J. ...`); at a line's end, the
        next line's first word is read the same way (`A TAMIL STRINGER, K.\nSIVAKUMARAN`)."""
        broken = _LINE_END.match(text, end)
        if broken is not None:
            end = broken.end()
        elif _INLINE_END.match(text, end) is not None:
            return True
        if _NEXT_INITIAL.match(text, end) is not None:
            return False
        nxt = _NEXT_WORD.match(text, end) if broken is None else _NEXT_WORD.match(" " + text[end:end + 60])
        if nxt is None:
            return broken is not None or end >= len(text.rstrip())
        word = nxt.group("word")
        if word is None:
            return True  # a number (ARSHANOV D.D. 1985)
        lex = self.lexicon
        if word.upper() in lex.stop_words or word.islower() and not lower:
            return True
        return not (lex.is_surname(word) or lex.is_given_name(word)) and lex.is_common(word, self.spec.single_max_zipf) \
            and not lex.is_place(word)

    @staticmethod
    def _script_ends(initials: str, text: str, end: int) -> bool:
        """fixnames49: Cyrillic initials end the entry when the next word is in Latin letters (`NAMES HIM AS
        <SURNAME> О. С. ISHPAYKIN IS`, the Latin spelling after it): a name does not change script inside."""
        if not _CYRILLIC.search(initials):
            return False
        nxt = _NEXT_WORD.match(text, end) or _NEXT_WORD.match(" " + text[end:end + 60].lstrip(" \t\n"))
        return nxt is not None and nxt.group("word") is not None and _CYRILLIC.match(nxt.group("word")) is None

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

    def _listed_word_surname(self, surname: str) -> bool:
        """(fixnames50b) A surname that `_surname` refuses but a list of entries may hold (`SALT R.`, `APRIL D.K.`,
        `SEPTEMBER, J.`): one word, a place's name, a month's or a word in use, in the case of the line, and no
        word that is never a name, title, organisation's word, people or noun for a person."""
        lex = self.lexicon
        bare = strip_possessive(surname)
        upper = bare.upper()
        return " " not in surname and len(bare) >= 2 and not lex.never_a_name(bare) \
            and (upper not in lex.stop_words or upper in lex.months) and upper not in lex.title_words \
            and upper not in lex.organization_words and upper not in lex.keep_upper and not lex.is_people(bare) \
            and bare.lower() not in lex.person_nouns and upper not in {w.upper() for w in self.spec.not_surnames}

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
