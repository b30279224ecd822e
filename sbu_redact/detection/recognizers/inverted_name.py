"""PERSON: names written surname first in lists, directories and sentences (`- BLACK, THEODORE R.
(S/ES-O), 202-647-0001`, `2. Okafor, Chidinma E -- consular assistant`): at the start of a
line or list item (or a parenthesis: `(Brnić-Tomašević, Kresimir; Jurić, Marija)`), a capitalized word, a comma and a given name (a known one, or a word that is
not English), with an optional middle name or initials, before the end of the item.
After a semicolon or a field label, a surname that is an English word (`STERN, YOEL; FRIED, ZISHA`) is taken when
another name of the form stands on the same line and the given name is a known one (fixnames41), and so is one
before the e-mail address of a message's address line that holds the surname or given name (fixnames50b: `From:
Salt, Lorraine <SaltL@state.gov>`).

The same form opens other items of a list or directory, where a stronger surname is asked for
(no place, no English word in use unless a known surname): after a chat export's speaker stamp
(`[09:15] Wekesa-Lund, Amani (LES): ...`), a field label (`Cleared by: Kiprono, Faith`), a
semicolon, or a column gap of a table (`Zone warden     Rev. Okumu-Baines, Ruth     +256 ...`),
also after a title (`Rev.`, `Mrs.`); the item ends at a colon, a column gap, punctuation or the
line's end, and a quoted nickname after the given names is part of the name.

In mixed case the form is a name inside a sentence too (names18: `the officer interviewed
Tehrani, Mahnaz on 4 May`): after a word in lower case that is no preposition of place (`names.place_leads`) (not `in
Ardestan, Reza said`), a strong surname (as above; no organisation or people), a comma and a
known given name that is no English word (not `Kerman, May`), before a word in lower case,
punctuation or the line's end."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ...folding import name_fold
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_UP, _LOW = CAPITALS, "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF"
_WORD = rf"[{_UP}][{_UP}{_LOW}'\u2019\-]+"
# the item before the comma (searched in the line up to it): a line or list item opens, with a
# chat stamp or a field label, or a semicolon or a table's column gap; then the surname
_BEFORE = re.compile(
    r"(?:^[ \t]*(?:[-*\u2022]|\d{1,3}[.)]|[A-Za-z][.)])?"  # a line or list item opens
    r"(?P<opener>\[[^\]\n]{1,24}\]|[A-Z][A-Za-z/ ]{0,30}:)?"  # a chat stamp, a field label
    r"|(?P<gap>;|\(|[^\s;]\t|[^\s;][ \t]{3,}))[ \t]*"  # a semicolon, a parenthesis, a table's column gap
    rf"(?P<surname>(?:[{_UP}][a-z]{{1,6}}\.[ \t])?{_WORD}(?:[ \t]{_WORD}){{0,2}})\Z")
# the comma, the given names and the item's end
_AFTER = re.compile(
    rf",[ \t]+(?P<given>[{_UP}][{_UP}{_LOW}'\u2019\-]+\.?)(?:[ \t]+[{_UP}][{_UP}{_LOW}'\u2019\-]+)?(?:[ \t]+[{_UP}]\.?)*"
    r"(?:[ \t]+[\"\u201c][A-Z][\w'\u2019\- ]{0,20}[\"\u201d])?"
    r"(?=[ \t]*(?:$|[(),;:<]|--|\u2013|\u2014)|\t|[ \t]{3,})", re.MULTILINE)
_COMMA = re.compile(rf",[ \t]+[{_UP}]")
# (names18) mixed case, inside a sentence: a word in lower case, a capitalized word, a comma and
# a capitalized word, then a word in lower case, punctuation or the line's end (`interviewed
# Tehrani, Mahnaz on 4 May`): searched back from each comma, as `_BEFORE` (no scan of every word)
_IN_SENTENCE_BEFORE = re.compile(
    rf"(?<![\w'\u2019\-])(?P<lead>[a-z]+)[ \t]+(?P<surname>[{_UP}][{_LOW}'\u2019]+(?:-[{_UP}][{_LOW}'\u2019]+)?)\Z")
_IN_SENTENCE_AFTER = re.compile(rf",[ \t]+(?P<given>[{_UP}][{_LOW}]+)(?=[ \t]+[a-z]|[ \t]*[.,;:)]|[ \t]*$)", re.MULTILINE)
# (fixnames48) in capitals inside a sentence: SURNAME, GIVEN [MIDDLE] [I.], then the clause's end
_CAPS_END = r"[ \t]*(?:[,;:()]|\.(?:[ \t]|$)|$)|[ \t]+(?:AND|OR)[ \t]"
# (a lookahead: `LEADER, DODD, WILFRED` is tried at DODD too; the name is group `name`)
_CAPS_IN_SENTENCE = re.compile(
    r"(?<![\w'\u2019\-.])(?=(?P<name>(?P<surname>[A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?),[ \t]+(?P<given>[A-Z][A-Z]+)"
    r"(?:[ \t]+(?P<middle>[A-Z][A-Z]{2,})(?=" + _CAPS_END + r"|[ \t]+[A-Z]\.))?(?:[ \t]+[A-Z]\.)*)"
    r"(?:" + _CAPS_END + r"|[ \t]+(?P<verb>[A-Z]{3,})\b))", re.MULTILINE)
_ADDRESS_AFTER = re.compile(r"[ \t]*<([^<>@\s]+)@[^<>\s]+>")
_LINE_LABEL = re.compile(r"[ \t]*([A-Z]+)[ \t]*:")
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])([A-Za-z]+)[ \t]+\Z")


@register("inverted_name")
class InvertedNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # (fixnames48) endings of a region's or a town's name: in capitals inside a sentence, `TOWN, REGION` is
        # no name written surname first when the given name is no known one (TASHTYP, KHAKASSIA)
        place_endings: list[str] = []

    def find(self, text):
        lex = self.lexicon
        results, listed, column = [], [], []
        for comma in _COMMA.finditer(text):
            line = text.rfind("\n", 0, comma.start()) + 1
            m = _BEFORE.search(text[line:comma.start()])
            after = _AFTER.match(text, comma.start()) if m is not None else None
            if m is None or after is None:
                continue
            if m.group("gap") == "(" and re.search(r"[^\W\d_][\w'\u2019\-]*[ \t]*\Z", text[line:line + m.start("gap")]) \
                    and not re.search(r"(?<![\w'\u2019\-])[a-z][\w'\u2019\-]*[ \t]*\Z", text[line:line + m.start("gap")]):
                continue  # Reddy-Kowalski (Amcit, Banjara Hills): a note on the name before, no list of names
            surname, given, start = m.group("surname"), after.group("given"), line + m.start("surname")
            words = list(re.finditer(r"\S+", surname))
            titles = 0  # (Rev. Canon Opiyo-Whitcombe, Nelson: titles before the name)
            while titles < len(words) - 1 and words[titles].group().rstrip(".").upper() in lex.title_words:
                titles += 1
            start += words[titles].start()
            surname = surname[words[titles].start():]
            if given.endswith(".") and given[:-1].upper() not in lex.given_name_abbreviations \
                    or surname.count(" ") > 1 or "." in surname:
                continue
            abbreviated, given = given.endswith("."), given.rstrip(".")  # (Ma. Theresa)
            plain = abbreviated or lex.is_given_name(given) or not lex.is_common(given, 3.0)
            if not (plain or lex.is_word_given_name(given)) or name_fold(surname) in lex.closing_words or any(
                    lex.never_a_name(w) or w.upper() in lex.stop_words or w.upper() in lex.title_words or w.lower() in lex.person_nouns
                    for w in surname.split()):  # (HUSBAND, EMEKA: a person's noun, then the name)
                continue
            if given.upper() in lex.place_words_before or given.upper() in lex.place_words:
                continue  # (Col. Chaveña, Ciudad Juárez: a neighbourhood, then a city)
            if lex.place_before(text, after.end("given")):
                continue  # (Notes, Galle Fort: a heading's word, then a place and its kind; fixnames45b)
            if titles and " " in surname and surname.split()[0].lower() not in lex.particles:
                continue  # (Sister Benedetta Akullo, Comboni: given name and surname, then her order)
            address = _ADDRESS_AFTER.match(text, after.end())
            if (m.group("opener") or "").endswith(":") and not titles and address is not None \
                    and self._addressed(surname, given, address.group(1), text[after.start("given"):after.end()]):
                # (fixnames50b) an address line of a message: From: Salt, Lorraine <SaltL@state.gov>
                results.append(self.result(start, after.end(), "a name written surname first before its e-mail address"))
                continue
            if (m.group("opener") or m.group("gap") or titles or not plain) and not self._strong_surname(surname, given):
                if (m.group("gap") == ";" or (m.group("opener") or "").endswith(":")) and not titles \
                        and self._listed_beside(surname, given):
                    listed.append((start, after.end()))
                elif not (m.group("opener") or m.group("gap") or titles) and self._word_given_in_column(surname, given):
                    column.append((start, after.end()))
                continue
            results.append(self.result(start, after.end(), "a name written surname first in a list"))
        for start, end in listed:  # (STERN, YOEL; FRIED, ZISHA: a surname that is a word, in a list of names)
            line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
            if any(line_start <= r.start and r.end <= (len(text) if line_end < 0 else line_end) for r in results):
                results.append(self.result(start, end, "a name written surname first in a list of such names"))
        # (fixnames44b) OSAZUWA, BLESSING I. / AIWERIOBA, PRECIOUS O.: a given name that is a word, in a column of
        # such names, one a line: the line before or after holds another entry
        lines = {text.count("\n", 0, r.start) for r in results} | {text.count("\n", 0, s) for s, _ in column}
        for start, end in column:
            line = text.count("\n", 0, start)
            if line - 1 in lines or line + 1 in lines:
                results.append(self.result(start, end, "a name written surname first in a column of such names"))
        taken = [(r.start, r.end) for r in results]
        for comma in _COMMA.finditer(text):
            line = text.rfind("\n", 0, comma.start()) + 1
            before = _IN_SENTENCE_BEFORE.search(text, max(line, comma.start() - 60), comma.start())
            after = _IN_SENTENCE_AFTER.match(text, comma.start()) if before is not None else None
            if before is None or after is None:
                continue
            start, end = before.start("surname"), after.end("given")
            if any(a < end and start < b for a, b in taken) \
                    or self._in_sentence_not_a_name(before.group("lead"), before.group("surname"), after.group("given"),
                                                    text, start, before.end("surname")):
                continue
            results.append(self.result(start, end, "a name written surname first inside a sentence"))
        taken = [(r.start, r.end) for r in results]
        for m in _CAPS_IN_SENTENCE.finditer(text):
            start, end = m.start("name"), m.end("name")
            if any(a < end and start < b for a, b in taken) or not self._caps_in_sentence_name(text, m):
                continue
            results.append(self.result(start, end, "a name written surname first inside a sentence in capitals"))
            taken.append((start, end))
        return results

    def _caps_in_sentence_name(self, text: str, m: re.Match[str]) -> bool:
        """(fixnames48) In capitals inside a sentence, `KATANOVA, ALINA`, `DODD, WILFRED,`, `CHAUDHARY, SUNITA;`:
        one surname word (a double one allowed) that is no English word in use, no place, people, organisation,
        acronym or title; the comma; a given name and maybe a middle name or a patronymic and initials; then the
        clause goes on no further (a comma, a full stop, a semicolon, AND, a parenthesis, the line's end). A known
        given name (no place) will do after any word but a preposition of place (`names.place_leads`: not `IN
        ABAKAN, MARINA`); a given name no list knows and no English word (`BARSINAS, TEIKI`; not `OVERPAID`) only where a list item opens (a comma,
        a colon or a semicolon before it, a list's lead or a person's noun: `THEIR LAWYER, BORGOYAKOVA, MARINA`)."""
        lex = self.lexicon
        surname, given, middle = m.group("surname"), m.group("given"), m.group("middle")
        start = m.start("surname")
        # (a known given name that is a place's too, after an item's opening: THEIR LAWYER, BORGOYAKOVA, MARINA,)
        known = lex.is_given_name(given) and (not lex.is_place(given) or lex.in_name_position(text, start))
        before = _CAPS_WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and (before.group(1).lower() in lex.place_leads or not known
                                   and before.group(1).upper() in lex.stop_words and not lex.list_lead_before(text, start)):
            return False  # (IN ABAKAN, MARINA; OF KESWICK, JOHN)
        label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1)
        if label is not None and label.group(1) in lex.header_words:
            return False  # (TAGS: PGOV, PHUM)
        threshold = lex.settings.names.caps_continue_below_zipf
        for part in strip_possessive(surname).split("-"):
            if not part or lex.never_a_name(part) or lex.is_place(part) or lex.is_people(part) \
                    or part in lex.acronyms or part in lex.stop_words or part in lex.title_words \
                    or part.lower() in lex.person_nouns or lex.is_given_name(part) and not lex.is_surname(part) \
                    or lex.is_common(part, 3.0) and not (lex.is_surname(part) and not lex.is_common(part, threshold)):
                return False
        if lex.is_organization(text, start, m.end("surname")) or lex.place_before(text, m.end("given")):
            return False
        for word in (given,) + ((middle,) if middle else ()):
            if lex.never_a_name(word) or lex.is_people(word) or word in lex.acronyms or word in lex.stop_words \
                    or word in lex.title_words or word.upper() in lex.place_words:
                return False
        if middle and not (lex.is_given_name(middle) or lex.is_patronymic(middle) or not lex.is_common(middle, 3.0)):
            return False
        verb = m.group("verb")
        if verb is not None and not (known and not middle and (verb.lower() in lex.person_verbs or verb.endswith("ED"))):
            return False  # (SWEETING, CARA REPORTED: a known given name, then a verb)
        if known or middle and lex.is_patronymic(middle) and not lex.is_place(given):
            return True  # (CHEBODAEVA, AI NIKOLAEVNA: any given name before a patronymic)
        endings = tuple(e.upper() for e in self.spec.place_endings)
        if not lex.in_name_position(text, start) or lex.is_place(given) or given.endswith(endings) \
                or surname.endswith(endings):
            return False  # (TASHTYP, KHAKASSIA: a town and its region)
        names = lex.settings.names  # (no English word: not HASSABALLA, OVERPAID; nor ABSCONDED)
        return lex.is_word_given_name(given) or not lex.is_common(given, names.rare_below_zipf) and len(given) > 2 \
            and not given.endswith(tuple(names.caps_not_name_suffixes))

    def _in_sentence_not_a_name(self, lead: str, surname: str, given: str, text: str, start: int, end: int) -> bool:
        lex = self.lexicon
        return lead in lex.place_leads or not lex.is_given_name(given) \
            or lex.is_common(given, 3.0) or lex.is_word_given_name(given) or lex.is_place(given) \
            or not self._strong_surname(surname, given) or lex.is_people(surname) or lex.is_organization(text, start, end) \
            or any(lex.never_a_name(w) or w.upper() in lex.title_words for w in surname.split("-"))

    def _word_given_in_column(self, surname: str, given: str) -> bool:
        """At a line's start, a given name that English uses as a word (BLESSING, PRECIOUS, Goodluck) will
        do in a column of names (checked by the caller): one surname word in the given name's case, no
        place, people or English word in use."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        return " " not in surname and surname.isupper() == given.isupper() \
            and (lex.is_word_given_name(given) or lex.is_listed_word_given_name(given)) \
            and not lex.is_place(surname) and not lex.is_people(surname) and not lex.is_common(surname, threshold)

    def _addressed(self, surname: str, given: str, local: str, givens: str = "") -> bool:
        """(fixnames50b) Before an e-mail address on a message's address line (`From: Salt, Lorraine
        <SaltL@state.gov>`), a surname that is a word or a place's name will do: one word in the case of its known
        given name, and the address's local part holds the surname or the given name (or, fixnames51b, any given
        name where the local part is the surname and the initials)."""
        lex = self.lexicon
        if " " in surname or surname.isupper() != given.isupper() or lex.is_people(surname):
            return False
        # (fixnames51b) `Lake, Sulo R. <LakeSR@state.gov>`: a given name no list knows will do where the local part is
        # the surname and the initials of the given names, either way round
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", givens)).lower()
        folded = re.sub(r"[^a-z]", "", local.lower())
        if len(initials) >= 1 and folded in (surname.lower() + initials, initials + surname.lower()):
            return True
        return lex.is_given_name(given) and (surname.lower() in local.lower() or given.lower() in local.lower())

    def _listed_beside(self, surname: str, given: str) -> bool:
        """After a semicolon or a label, with a name of the same form on its line (checked by the caller), a
        surname that is an English word will do (`FRIED, ZISHA`): one word in the case of its known
        given name, no place either side."""
        lex = self.lexicon
        return " " not in surname and surname.isupper() == given.isupper() and lex.is_given_name(given) \
            and not lex.is_place(surname) and not lex.is_place(given) and not lex.is_people(surname)

    def _strong_surname(self, surname: str, given: str) -> bool:
        """Whether `surname, given` away from a line's start is a name (not `Kampala, Uganda`,
        `Thanks, Grace`): no place either side, each surname word a known surname or no English
        word in use (each half of a double name), and not a given name and surname before a word
        no given name."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        if lex.is_place(surname) or lex.is_place(given) and not lex.is_given_name(given) \
                or surname.isupper() != given.isupper() or given.isupper() and not lex.is_given_name(given):
            return False  # (TAGS: PGOV, PHUM: in capitals only a known given name will do)
        first = surname.split()[0]
        if first != surname and lex.is_given_name(first) and not lex.is_given_name(given):
            return False  # (Sister Annunziata Lakot, Comboni: a given name and surname, then her order)
        return all(lex.is_surname(p) and not lex.is_common(p, threshold) or not lex.is_common(p, 3.0)
                   for w in surname.split() for p in strip_possessive(w).split("-") if p)
