"""The residual-name safety net: after a version is built, look through the text it releases
for words that may still be personal names, so that a miss becomes visible instead of silent.

A released word is a possible name when it is written in a script other than Latin (Cyrillic,
Arabic...), is a known given name, is a known surname that is not an ordinary English word, or
is a capitalized word that is not ordinary English next to a given name, a title or a redacted
name. The document's own redacted names are evidence too (names17): a released word that equals a
word of a redacted name (a later mention by given name or surname alone: `KHALID`, `Grace`), a
word between two redacted names, and a capitalized word right next to a redacted name in mixed
case (or, in capitals, one that is not a common English word) are flagged. Allow-listed texts, acronyms, markings, header words and ordinary words are not. Each one
becomes a `possible_name` entry of the audit log (its span and why); nothing in the text changes.

The net reads the normalised view that detection reads (`scan_document`), so look-alike letters,
invisible characters and line-end hyphens cannot hide a name from it. Only the lexicon is
needed (no spaCy, no Presidio).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from ..terms import TermList
from .before import SPACES, EndAnchored
from .lexicon import Lexicon, strip_possessive

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_WORD = re.compile(r"[^\W\d_][\w'\u2019\u00ad\-]*")
# fields that hold routing, markings and dates, never names
_NO_NAME_FIELDS = ("routing", "dtg", "classification", "section", "handling", "eo", "tags", "banner",
                   "declassify_on", "summary_marker")
# a stop word this common is a function word, never a name part (THE, SAID); less common ones
# (APRIL, SUNDAY) are names when the document redacted them as such
_FUNCTION_WORD = 5.5
_VOWEL = re.compile(r"[AEIOUY\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D8-\u00DD]")  # (LÍÐ has one)
# an initial right before a word (K. O'ROURKE): a capital letter and a full stop, alone
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?\n?[ \t]*$")
# the label opening a line (SUBJECT:, TAGS:), a header word when the lexicon says so
_LINE_LABEL = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:")
_QUOTES = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")
# a capitalized word after a flagged word on its line, across spaces (Ford | Foundation)
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z\u00C0-\u00DE][^\W\d_]*)")
_SCRIPTS = ("CYRILLIC", "ARABIC", "HEBREW", "GREEK", "ARMENIAN", "GEORGIAN", "CJK", "HANGUL", "HIRAGANA",
            "KATAKANA", "DEVANAGARI", "THAI")


@dataclass(frozen=True)
class PossibleName:
    start: int
    end: int
    why: str
    #: whether the flag meets a sub-condition precise enough for detection proper (names18,
    #: benchmarks/RESULTS_net_rules.md): `promoted` redacts it as PERSON
    sure: bool = False


def script_of(word: str) -> str | None:
    """The first non-Latin script among the letters of `word`, None when all are Latin."""
    if word.isascii():
        return None  # (every ASCII letter is Latin)
    for ch in word:
        if ch.isalpha() and ord(ch) > 0x24F:
            name = unicodedata.name(ch, "")
            if name.startswith("LATIN"):
                continue  # Latin Extended Additional and the like: Đắk Lắk, Nguyễn
            for script in _SCRIPTS:
                if name.startswith(script):
                    return script.title()
            return "non-Latin"
    return None


_GIVEN_NAME = "a known given name"
_ECHO = "a word of a name redacted elsewhere in the document"
_LOWER_ECHO = "a word of a name redacted elsewhere in the document, in lower case"
# the reasons whose flag `_possessive_person` may find sure (names27): not a word next to a
# redacted name (an acronym there: THE AIVD'S JAN-WILLEM, SDP'S J.B. JEYARETNAM)
_POSSESSIVE_REASONS = frozenset({_GIVEN_NAME, "a known surname", "a known surname after a given name", _ECHO,
                                 "a rare word in capitals", "a capitalized word that no English word list knows",
                                 "a capitalized word that is not ordinary English, next to a given name or a title"})
# the reasons that suffice for a possessive in mixed case, where a place no list knows is
# capitalized like a name (Futenma's relocation, Garapan's factories): a name, not a rare word
_POSSESSIVE_MIXED_REASONS = frozenset({_GIVEN_NAME, "a known surname", "a known surname after a given name", _ECHO})
# the word before a flagged word, over spaces and at most one line end (St. | Jude's)
_WORD_BEFORE_FLAG = re.compile(r"([^\W\d_]+)\.?[ \t]*\n?[ \t]*\Z")
# the word after a name's closing quote on its line ("TIÃO" | HAS)
_QUOTED_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'\u2019\-]*)")
# a capitalized word in mixed case right before an opening quote, on its line (Policies | "Sastipen")
_CAPITALIZED_BEFORE_QUOTE = re.compile(r"(?<![\w'\u2019\-])([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF][^\W\d_]*)[ \t]+\Z")
# the noun after a possessive (ASALI'S | FORCES)
_NOUN_AFTER_POSSESSIVE = re.compile(r"['\u2019][sS][ \t]+([^\W\d_][\w\-]*)")
# the reasons of `_echo` that `_sure` may find sure, and `_why`'s known given name or surname where the words
# around say a person (`_cued_given_name`, names26): the only ones, see `_may_be_sure`
_CUED_REASONS = frozenset({_GIVEN_NAME, "a known surname", "a known surname after a given name"})
_SURE_REASONS = frozenset({"a capitalized word right after a redacted name",
                           "a word of a name redacted elsewhere in the document", *_CUED_REASONS})
# the word after a name: a person's verb (Mason signed, LOTTE SAID)
_VERB_AFTER = re.compile(r"(?:['\u2019][sS])?[ \t]+(?P<verb>[A-Za-z]+)")
# a redacted name's end and `and` or `&` before a word; `and` or `&` and a redacted name's start after one
_AND_BEFORE = re.compile(r"[ \t]+(?:and|AND|&)(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
_AND_AFTER = re.compile(r"[ \t]+(?:and|AND|&)(?:[ \t]+|[ \t]*\n[ \t]*)")
# a list item opening its line: a dash, star or bullet, or a number and a full stop or parenthesis (names29)
_ITEM_OPENS = EndAnchored(r"(?:^|\n)[ \t]*(?P<marker>(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+)?\Z",
                          SPACES, r"(?:[-*\u2022\u2013]|[.)]\d{1,2})?", SPACES, r"(?:\n|\Z)")
# a label opening a line before a name (Applicant: | ROJAS VERA, Librada Concepción)
_LABEL_OPENS = EndAnchored(r"(?:^|\n)[ \t]*(?P<label>[A-Za-z][A-Za-z' ]{0,18}[A-Za-z])[ \t]*:[ \t]*\Z",
                           SPACES, ":", r"[A-Za-z' \t]*", r"(?:\n|\Z)")
# a surname written first and its comma before given names (Name: NASEEM, | Mariyam)
_SURNAME_COMMA_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?P<surname>[A-Z\u00C0-\u00DE][\w'\u2019\-]*(?:[ \t]+[A-Z\u00C0-\u00DE][\w'\u2019\-]*)?)"
                                   r",[ \t]+\Z")
# the end of a list item after a name: a dash between spaces, a column gap, a parenthesis, an
# angle bracket, a semicolon, a comma or the line's end
_ITEM_ENDS = re.compile(r"[ \t]+[-\u2013\u2014][ \t]|[ \t]{2,}|\t|[ \t]*[(<;,]|[ \t]*(?:\n|\Z)")
# a comma and the given names after a surname written first, up to the item's end (`_ITEM_ENDS`)
_GIVEN_AFTER_COMMA = re.compile(r",[ \t]+(?P<given>[A-Z\u00C0-\u00DE][\w'\u2019\-]*(?:[ \t]+[A-Z\u00C0-\u00DE][\w'\u2019\-]*){0,2}?)"
                                r"(?=" + _ITEM_ENDS.pattern + ")")
# a column gap inside a flag's extent (Sunvelle   Passport: the name's cell ends before it)
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# the line's end after a name alone on it (a full stop allowed after a list marker)
_LINE_ENDS = re.compile(r"[ \t]*(?P<stop>\.)?[ \t]*(?:\n|\Z)")


class ResidualNameNet:
    no_name_fields = _NO_NAME_FIELDS

    def __init__(self, lexicon: Lexicon, allow: Iterable[str] = ()):
        self.lexicon = lexicon
        self.allow = TermList([*lexicon.settings.allow, *allow], surnames=True)
        self.rare = lexicon.settings.names.caps_continue_below_zipf
        self._never: dict[str, bool] = {}  # word -> `_never_flagged(word)`, for the words this net has read

    def scan_document(self, document: "Document", released: list[tuple[int, int]], redacted: list[tuple[int, int]],
                      skip: Iterable[tuple[int, int]] = ()) -> list[PossibleName]:
        """`scan` on the normalised view detection reads (`detection.view`), spans in and out in
        the original's offsets: a name split by a zero-width space or a soft hyphen, written in
        fullwidth letters or hyphenated over a line end is read as the word it shows."""
        from .view import detection_view

        view = detection_view(document)
        if view.identity:
            return self.scan(document.text, released, redacted, skip)

        def in_view(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
            return [(view.to_view(a), view.to_view(b)) for a, b in spans]

        found = self.scan(view.text, in_view(released), in_view(redacted), in_view(skip))
        return [PossibleName(*view.span(p.start, p.end), p.why) for p in found]

    def scan(self, text: str, released: list[tuple[int, int]], redacted: list[tuple[int, int]],
             skip: Iterable[tuple[int, int]] = ()) -> list[PossibleName]:
        """Possible names in `text[start:end]` for each released span; `redacted` are the spans
        of redacted names (a capitalized rare word next to one is a missed part of it); `skip`
        spans hold no names (routing and marking fields)."""
        skipped = _union(skip)
        skip_starts = [s for s, _ in skipped]
        ends = {e for _, e in redacted}
        starts = {s for s, _ in redacted}
        echoes = self._name_words(text, redacted)
        out: list[PossibleName] = []
        for a, b in released:
            words = [m for m in _WORD.finditer(text, a, b) if not _inside(skipped, skip_starts, m.start())]
            for i, m in enumerate(words):
                group = m.group()
                if not group[0].isupper() and group.isascii():
                    if echoes and group.islower() and self._lower_echo(text, m, echoes) and group not in self.allow \
                            and not (out and m.start() < out[-1].end):
                        out.append(PossibleName(m.start(), m.start() + len(strip_possessive(group)), _LOWER_ECHO, True))
                    continue  # (`_why` says None: a Latin word that is not capitalized)
                word = strip_possessive(group.replace("\u00ad", ""))
                if len(word) < 2:
                    continue
                why = self._echo(text, word, m, echoes, ends, starts)
                if why is None:
                    never = self._never.get(word)
                    if never is None:
                        never = self._never[word] = self._never_flagged(word)
                    if never:
                        continue
                    why = self._why(text, word, m, words[i - 1] if i else None,
                                    words[i + 1] if i + 1 < len(words) else None, ends, starts)
                if why and m.group() not in self.allow:
                    start, end = self._extent(text, words, i)
                    if out and start < out[-1].end:
                        continue  # inside the extent of the previous one
                    sure = self._sure(text, why, words, i, start, end, ends, starts) \
                        or self._quoted_name(text, start, end, why)
                    if not sure and (item := self._list_item_name(text, start, end, why)) is not None:
                        start, end, sure = item[0], item[1], True  # (a surname first: its given names too)
                    if not sure and (why == _ECHO and self._cued_echo(text, word, m)
                                     or why in _POSSESSIVE_REASONS and self._possessive_person(text, word, m, why)):
                        start, end, sure = m.start(), m.start() + len(word), True  # (the word alone)
                    out.append(PossibleName(start, end, why, sure))
        return out

    def promoted(self, text: str, released: list[tuple[int, int]], redacted: list[tuple[int, int]],
                 skip: Iterable[tuple[int, int]] = ()) -> list[PossibleName]:
        """The flags of `scan` that are `sure`: detection redacts them as PERSON (names18)."""
        if not self._may_be_sure(text, released, redacted, skip):
            return []  # (what the scan finds sure then, without asking `_why` about every word)
        return [p for p in self.scan(text, released, redacted, skip) if p.sure]

    def _may_be_sure(self, text: str, released: list[tuple[int, int]], redacted: list[tuple[int, int]],
                     skip: Iterable[tuple[int, int]] = ()) -> bool:
        """False when `scan` flags no word `sure`; True when it may. A flag is sure only for one
        of `_SURE_REASONS` (`_sure`), which only `_echo` gives (`_why`, asked when `_echo` gives
        none, never does), and whether a flag is sure depends on its word and extent alone; so
        if no word that `_echo` gives such a reason for (and that is not allowed) would be sure
        where it stands, none of scan's flags is (scan may also skip a word inside the extent of
        the flag before it: it then flags fewer, never more). Costs `_echo` on each capitalized
        word, not `_why` (the detector's net flags few sure words, and only those are promoted),
        but for the words in a quote, a possessive, and those opening a line or a list item or
        after a comma or semicolon (`_opens_item`, for `_list_item_name`)."""
        skipped = _union(skip)
        skip_starts = [s for s, _ in skipped]
        ends = {e for _, e in redacted}
        starts = {s for s, _ in redacted}
        echoes = self._name_words(text, redacted)
        for a, b in released:
            words = [m for m in _WORD.finditer(text, a, b) if not _inside(skipped, skip_starts, m.start())]
            for i, m in enumerate(words):
                group = m.group()
                if not group[0].isupper() and group.isascii():
                    if echoes and group.islower() and self._lower_echo(text, m, echoes):
                        return True
                    continue
                word = strip_possessive(group.replace("\u00ad", ""))
                if len(word) < 2:
                    continue
                why = self._echo(text, word, m, echoes, ends, starts) if redacted else None
                if why is None and text[m.start() - 1:m.start()] in _QUOTES and group not in self.allow \
                        and not self._never_flagged(word):
                    why = self._why(text, word, m, words[i - 1] if i else None,
                                    words[i + 1] if i + 1 < len(words) else None, ends, starts)
                    if why is not None and self._quoted_name(text, *self._extent(text, words, i), why):
                        return True  # (scan flags it with that reason and finds it sure)
                    why = None
                if why is not None and text[m.start() - 1:m.start()] in _QUOTES and group not in self.allow \
                        and self._quoted_name(text, *self._extent(text, words, i), why):
                    return True
                if group not in self.allow and self._opens_item(text, m.start()) and not self._never_flagged(word):
                    item_why = why if why is not None else self._why(
                        text, word, m, words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None, ends, starts)
                    if item_why is not None and self._list_item_name(text, *self._extent(text, words, i), item_why) is not None:
                        return True  # (scan flags it with that reason and finds it sure)
                if why is None and self._cued_given_name(text, word, m, ends, starts):
                    why = _GIVEN_NAME  # (`_why` says so, or that it is a known surname: both are asked again in `scan`)
                if why is None and m.end() > m.start() + len(word) and self._possessive_person(text, word, m) \
                        and group not in self.allow and not self._never_flagged(word):
                    why = self._why(text, word, m, words[i - 1] if i else None,
                                    words[i + 1] if i + 1 < len(words) else None, ends, starts)
                    if why in _POSSESSIVE_REASONS and self._possessive_person(text, word, m, why):
                        return True  # (scan flags it with that reason and finds it sure)
                    why = None
                if why in _SURE_REASONS and group not in self.allow:
                    start, end = self._extent(text, words, i)
                    if self._sure(text, why, words, i, start, end, ends, starts) \
                            or why == _ECHO and self._cued_echo(text, word, m):
                        return True
        return False

    def _cued_given_name(self, text: str, word: str, m, ends: set[int], starts: set[int]) -> bool:
        """Whether `word` is a known given name or surname that English uses little (what `_why`
        flags as one) where the words around say a person (names26): after a person's noun (HER
        SON, ADRIÁN; daughter Tiffany), before a person's verb (Mason signed, LOTTE SAID), or
        joined by `and` or `&` to a redacted name (Denise & <name>, <name> AND MAJA)."""
        lex = self.lexicon
        if not (lex.is_given_name(word) or lex.is_surname(word)) or lex.is_common(word, self.rare) or self._never_flagged(word):
            return False
        start, end = m.start(), m.start() + len(word)
        if lex.person_noun_before(text, start, titles=False):
            return True
        verb = _VERB_AFTER.match(text, m.end())
        if verb is not None and verb.group("verb").lower() in lex.person_verbs \
                and (verb.group("verb").islower() or word.isupper() and verb.group("verb").isupper()):
            return True
        before = _AND_BEFORE.search(text, max(0, start - 8), start)
        if before is not None and before.start() in ends:
            return True
        after = _AND_AFTER.match(text, end)
        return after is not None and after.end() in starts

    def _lower_echo(self, text: str, m, echoes: dict[str, bool]) -> bool:
        """Whether the lower-case Latin word `m` is a word of a name the document redacted
        (names27: a chat or a note in lower case names the person found elsewhere:
        `spence-mcfarlane told`, `guidry's meds`): four letters or more, no English word
        (`trust`, `hope`, `rice`: `is_common` at 3.0), no people, place or organisation, not
        after a word that makes a name a word (THE, IN, a number), not part of a user name or
        link. Always sure (redacted)."""
        word = strip_possessive(m.group())
        if len(word) < 4 or word.upper() not in echoes or echoes[word.upper()]:
            return False
        lex = self.lexicon
        start, end = m.start(), m.start() + len(word)
        if text[start - 1:start] in ("@", "/", ".", "_") or re.match(r"[._@/]\w", text[m.end():m.end() + 2]):
            return False  # (a user name, an address or a link: @rami.aboujaoude is a contact's)
        return not (lex.is_common(word, 3.0) or lex.never_a_name(word) or lex.is_people(word) or lex.is_place(word)
                    or lex.word_use_before(text, start) or _by_a_number(text, start, m.end())
                    or lex.is_organization(text, start, end))

    def _quoted_name(self, text: str, start: int, end: int, why: str) -> bool:
        """Whether the flag `text[start:end]` (`why` the net's reason) is a name a person goes by
        because it fills a pair of quotes (names28: `THEIR FIXER IS "KOKO".`, `brother "Bira"
        works`, `goes by "Lil Elvi" on`): one to three words, the last of three letters or more
        not an English word (`is_common` at 3.0, a known given name or surname excepted), the
        others no word in common use (`names.caps_continue_below_zipf`), no place, people or
        organisation, no word in another script, no digit or underscore (a user name:
        "Kaisu_R"); not after an opening parenthesis (a gloss: FEUD ("RIDO")), in mixed case not after a capitalized word that is no title (an
        organisation's short name: Center for Health Policies "Sastipen") nor after one of `names.quoted_name_blockers_before` (the "Ujku" group,
        a "boyevik", EDITOR OF "LE TAMBOUR"); after the closing quote the line ends, punctuation
        follows, or a word that is no noun standing with the quotes as with a modifier: a stop
        word, a particle, a person's verb, a known name or a word in -ed ("TIÃO" HAS,
        "Bugsy" de Mel, "JOSHUA" PARK; not the "Foroyaa" reporter, "Los Gemelos" brothers).
        The quoted words alone are redacted."""
        if text[start - 1:start] not in _QUOTES or why.startswith("a word in "):
            return False
        k = end
        if text[k:k + 1] in (".", ",") and text[k + 1:k + 2] in _QUOTES:
            k += 1
        if text[k:k + 1] not in _QUOTES or text[start - 2:start - 1] in ("(", "[") \
                or text[start - 2:start - 1].isalnum():
            return False
        lex = self.lexicon
        content = text[start:end]
        parts = [w for w in re.findall(r"[^\W\d_][\w'\u2019\-]*", content)]
        if not 1 <= len(parts) <= 3 or "\n" in content.strip() or any(ch.isdigit() or ch == "_" for ch in content):
            return False
        if any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in content):
            return False  # (a word in another script the net flags for its script alone: ЕГО "БАНДИТ.", "bandit")
        long = [w for w in parts if len(w) >= 3 and w.lower() not in lex.particles]
        if not long:
            return False
        for j, w in enumerate(long):
            name = lex.is_given_name(w) or lex.is_surname(w)
            if not name and lex.is_common(w, 3.0 if j == len(long) - 1 else self.rare) \
                    or lex.is_place(w) or lex.is_people(w) or lex.never_a_name(w):
                return False
        if lex.is_place(content) or lex.is_organization(text, start, end):
            return False
        before = _WORD_BEFORE_FLAG.search(text, max(0, start - 24), start - 1)
        if before is not None and before.group(1).upper() in lex.quoted_name_blockers_before:
            return False
        if before is not None and before.group(1).lower() in {w.lower() for w in lex.settings.suppress.vessel_words} \
                or lex.street_or_building(text, start, end):
            return False  # (fixnames49c) THE FISHING BOAT "VASILE LUPU", LICEUL TEORETIC "GRIGORE MOISIL": a boat's, a school's
        prior = _CAPITALIZED_BEFORE_QUOTE.search(text, max(0, start - 40), start - 1)
        if prior is not None and not content.isupper() and prior.group(1).upper() not in lex.title_words:
            return False  # (an organisation's short name after its name: Center for Health Policies "Sastipen")
        nxt = _QUOTED_AFTER.match(text, k + 1)
        if nxt is None:
            return True  # (the line ends or punctuation follows)
        w = nxt.group(1)
        return w.upper() in lex.stop_words or w.lower() in lex.particles or w.lower() in lex.person_verbs \
            or lex.is_given_name(w) or lex.is_surname(w) or w.lower().endswith("ed")

    def _opens_item(self, text: str, start: int) -> bool:
        """Whether the word at `start` may be a name by where it stands in a list (a cheap test
        before `_list_item_name`): it opens its line, comes after a line's label, or after a
        comma."""
        return _ITEM_OPENS.search(text, max(0, start - 12), start) is not None \
            or _LABEL_OPENS.search(text, max(0, start - 32), start) is not None \
            or text[max(0, start - 3):start].rstrip(" \t")[-1:] in (",", ";")

    def _list_item_name(self, text: str, start: int, end: int, why: str) -> tuple[int, int] | None:
        """The span to redact when the flag `text[start:end]` (`why` the net's reason) is a name
        by where it stands in a list (names29), else None:
        - alone on its line: after a list marker (`- Dorina`, `3. Ngozi.`), or with no marker after
          a blank line or a line that ends a sentence (a signature, a name under a note);
        - a surname written first opening a list item or what a line's label names (a person's
          noun or one of `names.list_name_labels`: `Applicant: ROJAS VERA, Librada Concepción   DOB`,
          `1. Oshiro, Masaru - union`), then a comma and one to three capitalized words that end
          the item (a dash between spaces, a column gap, a parenthesis, a comma, the line's end):
          the surname and the given names are redacted.
        One to three words, none a place, people, organisation or word that is never a name;
        the last (of the surname) no English word (`is_common` at 3.0) unless a known given name or
        surname; no word in another script (left to ScriptNameRecognizer), no digit."""
        if why.startswith("a word in ") or start >= end:
            return None
        lex = self.lexicon
        gap = _COLUMN_GAP.search(text, start, end)
        if gap is not None:
            end = gap.start()  # (the flag's extent ran over a column gap: Sunvelle   Passport)
        for k in range(end - 1, start - 1, -1):
            if text[k] == "\n" and text[k - 1:k] != "-":  # (a word hyphenated over the line end is one: FENNIMORE-|ASH)
                start = k + 1 + len(text[k + 1:end]) - len(text[k + 1:end].lstrip(" \t"))
                break  # (the flag's extent ran over a line end: only its last line's words stand there)
        content = text[start:end]
        parts = re.findall(r"[^\W\d_][\w'\u2019\-]*", content)
        if not 1 <= len(parts) <= 3 or any(ch.isdigit() or ch == "_" for ch in content) \
                or not self._name_words_ok(parts, surname_places=True):
            return None
        if lex.is_place(content) or lex.is_organization(text, start, end):
            return None
        opens = _ITEM_OPENS.search(text, max(0, start - 12), start)
        marker = opens is not None and opens.group("marker") is not None
        line_end = _LINE_ENDS.match(text, end)
        if opens is not None and line_end is not None and (marker or line_end.group("stop") is None):
            if not self._name_words_ok(parts):
                return None  # (alone on its line, a place that is a surname too is the place: - Lincoln)
            if marker:
                return start, end
            line_start = opens.start() + (text[opens.start():opens.start() + 1] == "\n")
            if line_start == 0:
                return None  # (a document's first line: its title)
            previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
            if not previous or previous[-1] in ".!?:":
                return start, end  # (after a blank line or a sentence's end)
            return None
        surname = _SURNAME_COMMA_BEFORE.search(text, max(0, start - 60), start)
        if surname is not None and self._item_opens(text, surname.start()) and _ITEM_ENDS.match(text, end) is not None \
                and self._name_words_ok(surname.group("surname").split(), surname_places=True) \
                and any(lex.is_given_name(w) or not lex.is_common(w, 3.0) for w in parts):
            return surname.start(), end  # (the given names after a surname written first: NASEEM, Mariyam)
        if not self._item_opens(text, start):
            return None
        given = _GIVEN_AFTER_COMMA.match(text, end)
        if given is None or "\n" in given.group("given"):
            return None
        names = given.group("given").split()
        if not self._name_words_ok(names, last_common=False, surname_places=True) or lex.is_place(given.group("given")) \
                or not any(lex.is_given_name(w) or not lex.is_common(w, 3.0) for w in names):
            return None
        return start, given.end("given")

    def _item_opens(self, text: str, start: int) -> bool:
        """Whether a list item opens at `start`, after a list marker, or what a line's label names
        (`lexicon.names_a_list_of_persons`: Applicant:, Name:, To:), right after the label or
        after a semicolon on its line."""
        opens = _ITEM_OPENS.search(text, max(0, start - 12), start)
        if opens is not None:
            return opens.group("marker") is not None
        label = _LABEL_OPENS.search(text, max(0, start - 32), start)
        if label is None and text[max(0, start - 3):start].rstrip(" \t")[-1:] == ";":
            line = text.rfind("\n", 0, start) + 1  # (To: Surname, Given; Surname, Given: the label's next item)
            label = _LABEL_OPENS.search(text, line, min(start, text.find(":", line, start) + 1 or start))
        return label is not None and self.lexicon.names_a_list_of_persons(label.group("label"))

    def _name_words_ok(self, parts: list[str], last_common: bool = True, surname_places: bool = False) -> bool:
        """Whether `parts` may all be words of a name: capitalized, no place (with
        `surname_places`, unless a known surname or given name: ROJAS, VERA, Concepción), no
        people, organisation's word, stop or title word or word that is never a name; with
        `last_common` the last no English word in use (zipf 3.0) unless a known given name or
        surname."""
        lex = self.lexicon
        for j, w in enumerate(parts):
            bare = strip_possessive(w)
            place = lex.is_place(bare) and not (surname_places and (lex.is_surname(bare) or lex.is_given_name(bare)))
            if not bare[:1].isupper() or place or lex.is_people(bare) or lex.never_a_name(bare) \
                    or bare.upper() in lex.stop_words or bare.upper() in lex.title_words \
                    or bare.upper() in lex.organization_words:
                return False
            if last_common and j == len(parts) - 1 and lex.is_common(bare, 3.0) \
                    and not (lex.is_given_name(bare) or lex.is_surname(bare)):
                return False
        return True

    def _possessive_person(self, text: str, word: str, m, why: str | None = None) -> bool:
        """Whether a word the net flags, written with its possessive, is a person's (names27:
        `ASALI'S FORCES`, `Mason's brother-in-law`, `FARHIYA'S SOMALI PASSPORT`): a word of
        four letters or more with `'s` right after it, no place, people or organisation, not
        after a word that makes a name a word (THE, IS, a number), an opening quote, a header
        label or a place's, saint's or storm's word (`names.possessive_place_words_before`:
        St. Jude's), and the noun after it no title that is not a person's noun (NEBAJ'S
        MAYOR, RAPA NUI'S PRESIDENT) nor an institution's (`names.possessive_institution_nouns`:
        Sastipen's office). In mixed case only a known given name or surname or a word of a
        name redacted elsewhere (`_POSSESSIVE_MIXED_REASONS`); `why` None asks only what the
        words around say. The word alone is redacted."""
        start = m.start()
        end = start + len(word)
        if len(word) < 4 or m.group()[len(word):].replace("\u2019", "'").upper() != "'S":
            return False
        if why is not None and not word.isupper() and why not in _POSSESSIVE_MIXED_REASONS:
            return False
        lex = self.lexicon
        if text[start - 1:start] in _QUOTES or lex.word_use_before(text, start) or _by_a_number(text, start, m.end()):
            return False
        before = _WORD_BEFORE_FLAG.search(text, max(0, start - 24), start)
        if before is not None and before.group(1).upper() in lex.possessive_place_words_before:
            return False
        noun = _NOUN_AFTER_POSSESSIVE.match(text, end)
        if noun is not None:
            upper = noun.group(1).upper()
            if upper in lex.possessive_institution_nouns \
                    or upper in lex.title_words and noun.group(1).lower() not in lex.person_nouns:
                return False
        label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1)  # (SUBJECT: ...)
        if label is not None and label.group(1).upper() in lex.header_words:
            return False
        return not (lex.is_place(word) or lex.is_people(word) or lex.is_organization(text, start, end)
                    or lex.named_after_person(text, start, end))

    def _cued_echo(self, text: str, word: str, m) -> bool:
        """Whether a word of a name redacted elsewhere in the document (`_echo`) is that person
        by the words right after it (names27): its possessive (`HAGEN'S CASE`, `Li's fiancée`) or
        a person's cue (`lexicon.person_cue`: GURUNG SAID, Tamang said, DAVID IS FINE). The
        word alone is redacted, whatever name words stand around it. The document's own name
        outranks the lexicon's reading of the word as a people (Tamang, Gurung are peoples too);
        not a place's possessive (KINGSTON'S MAYOR), not after a word that makes a name a word
        (THE, WE, IN, a number: `names.word_given_name_blockers`), an opening quote, a header
        label, nor inside an organisation's or facility's name."""
        lex = self.lexicon
        start = m.start()
        end = start + len(word)
        if text[start - 1:start] in _QUOTES or _by_a_number(text, start, m.end()) or lex.word_use_before(text, start):
            return False
        possessive = m.end() > end and m.group()[len(word):].replace("\u2019", "'").upper() == "'S"
        if not possessive and not lex.person_cue(text, start, end):
            return False
        label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1)  # (SUBJECT: ...)
        if label is not None and label.group(1).upper() in lex.header_words:
            return False
        if possessive and lex.is_place(word):
            return False
        return not lex.is_organization(text, start, end) and not lex.named_after_person(text, start, end)

    def _sure(self, text: str, why: str, words: list, i: int, start: int, end: int,
              ends: set[int], starts: set[int]) -> bool:
        """Whether a flag is one of the sub-conditions of the net's rules that were gold person
        words in most of their flags on heldout9-16 (benchmarks/RESULTS_net_rules.md):
        - a capitalized word right after a redacted name that is no possessive (not the ID label
          of HASSAN'S CNIC), across spaces or a line end (no hyphen, no quote), not before a
          colon, not ordinary English in mixed case (capitals: `_may_touch` already says so), no
          place, people or organisation;
        - a word of a name redacted elsewhere, alone (the next word not capitalized), not on a
          line a header label opens (SUBJECT:), not after a quote, not a people's name, a place, an organisation or facility's name (DRUK
          HOTEL), an abbreviation (ST.), nor after a word that makes a name a word (THE, OUR, WE, a
          number: `names.word_given_name_blockers`);
        - a known given name or surname alone where the words around say a person
          (`_cued_given_name`, names26: after a person's noun, before a person's verb, joined by
          `and` to a redacted name), under the same conditions as a word of a name redacted
          elsewhere (on heldout20-25 before names26, 4 of 4 such flags were misses).
        The net's other rules (a word before a redacted name, between two, after an initial, a
        known given name or surname without such words around, a rare word) were gold in a third of their flags or less:
        they stay review flags; so do words in another script (gold in 9 of 12 flags, but what
        is left of them after ScriptNameRecognizer are the glosses and company names it leaves
        out on purpose: 北辰联合 (Beichen United Trading))."""
        lex = self.lexicon
        m = words[i]
        word = strip_possessive(m.group().replace("\u00ad", ""))
        after = text[end:end + 2]
        if why == "a capitalized word right after a redacted name":
            gap = text[max(0, m.start() - 4):m.start()]
            k = m.start() - len(gap) + len(gap.rstrip(" \t\n-\"\u201c\u201d"))  # the name's end
            if text[k - 2:k].replace("\u2019", "'").upper() == "'S" or k not in ends or "-" in text[k:m.start()] \
                    or after[:1] == ":" or any(q in text[k:m.start()] for q in _QUOTES):
                return False
            if not word.isupper() and lex.is_common(word, 3.0) and not lex.is_given_name(word):
                return False
            return not (lex.is_place(word) or lex.is_people(word) or lex.is_organization(text, start, end))
        if why in _CUED_REASONS:
            if (start, end) != (m.start(), m.start() + len(word)) or not self._cued_given_name(text, word, m, ends, starts):
                return False  # (the word alone: a run of name words around it is no cued given name)
            label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1)  # (SUBJECT: ...)
            return (label is None or label.group(1).upper() not in lex.header_words) \
                and text[start - 1:start] not in _QUOTES and not lex.is_people(word) and not lex.is_place(word) \
                and not lex.is_organization(text, start, end) and not lex.named_after_person(text, start, end) \
                and not lex.word_use_before(text, start) and not lex.place_before(text, end)
        if why == "a word of a name redacted elsewhere in the document":
            label = _LINE_LABEL.match(text, text.rfind("\n", 0, start) + 1)  # (SUBJECT: IRAN: ...)
            nxt = _NEXT_CAPITAL.match(text, end)  # (in capitals: an ordinary word may follow: GURUNG'S WIFE)
            alone = nxt is None or word.isupper() and lex.is_common(nxt.group(1), 3.0) \
                and nxt.group(1).upper() not in lex.organization_words
            return (start, end) == (m.start(), m.start() + len(word)) and alone \
                and not (len(word) <= 2 and after[:1] == ".") \
                and (label is None or label.group(1).upper() not in lex.header_words) \
                and text[start - 1:start] not in _QUOTES and not lex.is_people(word) and not lex.is_place(word) \
                and not lex.is_organization(text, start, end) and not lex.named_after_person(text, start, end) \
                and not lex.word_use_before(text, start)
        return False

    def _name_words(self, text: str, redacted: list[tuple[int, int]]) -> dict[str, bool]:
        """The words (upper case, no possessive) of the redacted names of `text` that may name
        someone on their own (not particles, titles, acronyms or single letters), each saying
        whether it is also a function word (WILL, MAY: a stop word this common)."""
        lex = self.lexicon
        out: dict[str, bool] = {}
        for a, b in redacted:
            for w in _WORD.finditer(text, a, b):
                bare = strip_possessive(w.group().replace("\u00ad", ""))
                upper = bare.upper()
                if len(bare) >= 2 and bare.lower() not in lex.particles and upper not in lex.title_words \
                        and not (bare.isupper() and upper in lex.acronyms):
                    out[upper] = upper in lex.stop_words and lex.is_common(bare, _FUNCTION_WORD)
        return out

    def _echo(self, text: str, word: str, m, echoes: dict[str, bool], ends: set[int], starts: set[int]) -> str | None:
        """Why `word` (capitalized or in capitals) may be a name part by what this document's
        redacted names say, or None: it is a word of one of them (a function word only when
        capitalized inside a mixed-case sentence: Will), it stands between two of them, or it
        touches one (`_may_touch`)."""
        if not word[:1].isupper():
            return None
        upper = word.upper()
        lex = self.lexicon
        function = echoes.get(upper)
        if function is not None and not _by_a_number(text, m.start(), m.end()) \
                and (not function or not word.isupper() and _inside_sentence(text, m.start())):
            return "a word of a name redacted elsewhere in the document"  # (not 14 APRIL 2006)
        if upper in lex.title_words and upper not in lex.stop_words and m.start() - 1 in ends and m.end() + 1 in starts \
                and text[m.start() - 1] == " " and text[m.end()] == " ":
            return "a capitalized word between two redacted names"  # (an honorific inside a name: BINTI PENGIRAN HAJI)
        if upper in lex.stop_words or upper in lex.title_words or (word.isupper() and upper in lex.acronyms):
            return None
        if not ends and "." not in text[max(0, m.start() - 3):m.start()]:
            return None  # (no redacted name to touch, no initial before)
        after = _touches(text, m.start(), ends, before=True)
        before = _touches(text, m.end(), starts, before=False)
        if after and before:
            return "a capitalized word between two redacted names"
        if (after or before) and not lex.never_a_name(word) and not lex.place_before(text, m.end()) \
                and not lex.named_after_person(text, m.start(), m.end()) \
                and self._may_touch(text, word, m.start()):  # (fixnames45b: ALLAMANDA | LINE HOUSE, a house's name)
            return f"a capitalized word right {'after' if after else 'before'} a redacted name"
        if "." in text[max(0, m.start() - 3):m.start()] and _INITIAL_BEFORE.search(text, max(0, m.start() - 4), m.start()) \
                and not lex.is_common(word, self.rare) and not lex.never_a_name(word):
            return "a capitalized word after an initial"  # K. O'ROURKE-VELASQUEZ
        return None

    def _may_touch(self, text: str, word: str, start: int) -> bool:
        """Whether `word`, right next to a redacted name, may be a part of it the detector left
        out. In mixed case a capitalized word that does not open its line (a field label: Cc,
        Approved) nor is an ordinary word opening a sentence or a marked portion; in capitals, where every word is capitalized, one that is not ordinary English,
        a listed given name (GIFT) or a short uncommon syllable (AYE, OO: Burmese names)."""
        lex = self.lexicon
        if not word.isupper():
            # (nor an ordinary word opening a sentence or a marked portion: "(U) Contact Jane Doe")
            before = text[text.rfind("\n", 0, start) + 1:start].strip()
            return bool(before) and not (before[-1] in ").!?:" and lex.is_common(word, 3.0))
        return not lex.is_common(word, 3.0) or lex.is_given_name(word) or lex.is_word_given_name(word) \
            or len(word) <= 3 and not lex.is_common(word, 4.5)

    def _extent(self, text: str, words: list, i: int) -> tuple[int, int]:
        """The flagged word and the name words around it on the same line (given names,
        initials, particles, capitalized words): the whole possible name, not one part."""
        lex = self.lexicon

        def name_word(w) -> bool:
            bare = strip_possessive(w.group().replace("\u00ad", ""))
            upper = bare.upper()
            if bare.lower() in lex.particles or re.fullmatch(r"(?:[A-Z]\.)+", text[w.start():w.end() + 1]):
                return True
            return bare[:1].isupper() and not (lex.never_a_name(bare) or upper in lex.stop_words
                                                or upper in lex.title_words) \
                and (lex.is_given_name(bare) or lex.is_surname(bare) or not lex.is_common(bare, self.rare)
                     or bool(script_of(bare)))

        first = last = i
        while first > 0 and i - first < 3 and name_word(words[first - 1]) \
                and _joins(text[words[first - 1].end():words[first].start()],
                           "." if len(words[first - 1].group()) == 1 else ""):  # (a full stop after an initial only)
            first -= 1
        while last + 1 < len(words) and last - i < 3 and "'" not in text[words[last].end():words[last].end() + 1] \
                and _joins(text[words[last].end():words[last + 1].start()]) and name_word(words[last + 1]):
            last += 1
        end = words[last].start() + len(strip_possessive(words[last].group()))
        return words[first].start(), end

    def _never_flagged(self, word: str) -> bool:
        """Whether `_why` says None for `word` whatever its context: a Latin word that is not
        capitalized, that the lexicon says is never a name, or a stop or title word (the checks of
        `_why` that read the word alone, remembered per word)."""
        if script_of(word):
            return False
        lex = self.lexicon
        upper = word.upper()
        return not word[:1].isupper() or lex.never_a_name(word) or upper in lex.stop_words or upper in lex.title_words

    def _why(self, text, word, m, previous, following, ends, starts) -> str | None:
        lex = self.lexicon
        script = script_of(word)
        if script:
            return f"a word in {script} script"
        upper = word.upper()
        if word.isupper() and len(word) <= 8 and "/" in (text[m.start() - 1:m.start()] + text[m.end():m.end() + 1]):
            return None  # a part of an office symbol (EUR/PRA, ISN/CATR)
        if not word[:1].isupper() or lex.never_a_name(word) or upper in lex.stop_words or upper in lex.title_words:
            return None
        common = lex.is_common(word, self.rare)
        if lex.place_before(text, m.end()):
            return None  # Barents Sea, Charles River
        adjacent = self._adjacent(text, m, previous, following)
        before = [w for w in adjacent if w.end() <= m.start()]
        if lex.is_surname(word) and lex.zipf_of(word) < 5.0 and before \
                and lex.is_given_name(before[0].group()) and word.isupper() == before[0].group().isupper():
            return "a known surname after a given name"
        if lex.is_given_name(word) and not common:
            return "a known given name"
        if lex.is_surname(word) and not common:
            return "a known surname"
        if common or lex.is_common(word, 3.0):
            return None
        for w in self._adjacent(text, m, previous, following):
            if lex.is_given_name(w.group()) or strip_possessive(w.group()).upper() in lex.title_words:
                return "a capitalized word that is not ordinary English, next to a given name or a title"
        if word.isupper():
            if (len(word) >= 4 or len(word) == 3 and not word.isascii()) and lex.zipf_of(word) < 2.0 and word not in lex.keep_upper and _VOWEL.search(upper):
                return "a rare word in capitals"
        elif lex.zipf_of(word) < 2.0:
            return "a capitalized word that no English word list knows"
        if any(m.start() - k in ends and not text[m.start() - k:m.start()].strip(" -") for k in (1, 2)):
            return "a capitalized word that is not ordinary English, right after a redacted name"
        if any(m.end() + k in starts and not text[m.end():m.end() + k].strip(" -") for k in (1, 2)):
            return "a capitalized word that is not ordinary English, right before a redacted name"
        return None

    @staticmethod
    def _adjacent(text, m, previous, following) -> list:
        """The words before and after `m` on the same line, separated by spaces only."""
        out = []
        if previous is not None and not text[previous.end():m.start()].strip(" \t"):
            out.append(previous)
        if following is not None and not text[m.end():following.start()].strip(" \t"):
            out.append(following)
        return out


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty spans merged where they overlap or touch, sorted: an offset is in one of
    them exactly when some span has start <= offset < end."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(span for span in spans if span[0] < span[1]):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether `offset` lies in one of `spans` (`_union`'s, `starts` their starts), by bisection."""
    i = bisect_right(starts, offset)
    return bool(i) and offset < spans[i - 1][1]


def _by_a_number(text: str, start: int, end: int) -> bool:
    """Whether a number stands right before or after the word at `start:end` (a date: 14 APRIL)."""
    return bool(re.search(r"\d[\s,]{0,2}$", text[max(0, start - 3):start])
                or re.match(r"[\s,]{0,2}\d", text[end:end + 3]))


def _inside_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` follows another word of its sentence on its line (not a line
    start, nor a full stop, question or exclamation mark or colon)."""
    before = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    return bool(before) and before[-1] not in ".!?:"


def _touches(text: str, offset: int, edges: set[int], *, before: bool) -> bool:
    """Whether an edge of a redacted name (`edges`: their ends when `before`, their starts
    otherwise) is at `offset` across at most three spaces or hyphens and one line break."""
    k, newline = offset, False
    for _ in range(4):
        if k in edges:
            return True
        ch = text[k - 1:k] if before else text[k:k + 1]
        if ch == "\n" and not newline:
            newline = True
        elif ch not in (" ", "\t", "-", '"', "\u201c", "\u201d") or not ch:
            return False
        k += -1 if before else 1
    return k in edges


def _joins(gap: str, also: str = "") -> bool:
    """Whether two words separated by `gap` may belong to one name: spaces, at most one line break."""
    return not gap.strip(" \t\n" + also) and gap.count("\n") <= 1
