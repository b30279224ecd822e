"""PERSON: a list of one-word names with no verb of its own, after a cue that says the list
names people (fixnames37): `HE NAMED GAFAR, KHIDIR AND HAMOUDA`, `THE FOUR DETAINEES: MUZAMIL,
SAMAHER, ELTAYEB AND AWAB`, `References: Bisso; Maragliano; Torre.`, a line end allowed inside.
The cue is a naming verb right before the list (`naming_verbs`: named, listed), or a colon
right before it whose clause holds a plural noun for people (`plural_nouns`: detainees, names,
references). Two items at least, separated by commas, semicolons or `and` (two need `and` or a
semicolon: `NAMED MØLLER, UNDERPAID` is a name and a verb); a last item in quotes
(`CANEPA AND "IL BARBA"`) ends the list. Every item is in the list's case and is no place,
organisation, people's name, title or stop word, and a known name or a word English hardly
uses (`names.caps_continue_below_zipf`): one item that fails drops the whole list (NAMED
ROME, MILAN AND TURIN). A plural noun for people right before the list, a comma allowed
(`plural_nouns_before`, fixnames39: `ENGINEERS ZANON, CESCHIN AND FAVARETTO HAD`, `two teachers,
Chinea and\nMendoza, asked`), is a cue strong enough for a list that words go on after; so is a phrase of meeting before a list
of three names or more (`meeting_cues`, fixnames40: `MET WITH LANDAU, STEINMETZ, FRANKEL AND ROTH ON
8 DECEMBER`), a place that is also a known surname counting there too. fixnames41b: a naming verb a
few words before `as` is a cue too (`LISTED THE APPLICANTS AS ...`, `identified the men as ...`, three names or more with words after them), and so is,
for a list of three names or more, a verb of a person's right after it (`verbs_after`: `..., ANBARASI AND
SELVAKUMAR WILL MEET`, `..., Maendel and Glanzer all came`): a name in a list of names is a name."""
from __future__ import annotations

import re
from functools import cached_property

from ...folding import name_fold as fold
from ..lexicon import strip_possessive
from ..registry import register
from ..words_around import ASCII_WORD_BEFORE, CLAUSE_BEFORE_COLON
from .base import CableRecognizer, RecognizerSpec

# (an apostrophe inside before a capital: DE'ATH, O'HARA; fixnames40)
_W = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][^\W\d_]+(?:['\u2019][A-Z\u00C0-\u00D6\u00D8-\u00DE][^\W\d_]+)?(?:-[A-Z\u00C0-\u00D6\u00D8-\u00DE][^\W\d_]+)?"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (spaces, or a line end: `AND` is a word of its own, not COMMANDERS' letters)
_SEP = rf"(?:[ \t]*[,;][ \t]*\n?[ \t]*(?:(?:and|AND){_GAP})?|{_GAP}(?:and|AND){_GAP})"
_LIST = re.compile(rf"(?<![\w\-'\u2019.])(?P<items>{_W}(?:{_SEP}{_W})+)(?P<quoted>{_SEP}[\"\u201c][^\"\u201d\n]{{1,30}}[\"\u201d])?"
                   r"(?P<end>[ \t]*(?:[.;:)]|\n|\Z))")
# the same list with more words after it (`... AND FAVARETTO HAD BEEN`, `... and Mendoza, asked`), read
# only after a plural noun for people (the list's last item is then where the regex stops)
_LIST_THEN_WORDS = re.compile(rf"(?<![\w\-'\u2019.])(?P<items>{_W}(?:{_SEP}{_W})+)(?=[ \t]*,|[ \t]+[^\W\d_])")
_ITEM = re.compile(_W)
# a word and the comma and spaces after it, where a list may open (`STUDENTS, `, `ENGINEERS `)
_WORD_THEN_GAP = re.compile(r"(?<![\w\-'\u2019])(?P<word>[A-Za-z]+),?(?:[ \t]+|[ \t]*\n[ \t]*)")
NAMED_LIST = "a list of one-word names after a cue that says the list names people"


@register("named_list")
class NamedListRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # verbs right before the list that name people (named, listed)
        naming_verbs: list[str] = []
        # plural nouns for people in the clause before a colon that opens the list (detainees, names, references)
        plural_nouns: list[str] = []
        # plural nouns for people right before the list, a comma allowed (engineers, teachers, workers)
        plural_nouns_before: list[str] = []
        # phrases of meeting right before a list of three names or more, words allowed after it (fixnames40:
        # `CONSUL MET WITH DALE, HOLT, MOSS AND DE'ATH OF THE FORUM`)
        meeting_cues: list[str] = []
        # verbs of a person's right after a list of three names or more, no cue before it (fixnames41b: `..., ANBARASI
        # AND SELVAKUMAR WILL MEET`); `all` or `both` may come before the verb
        verbs_after: list[str] = []

    @cached_property
    def _naming_verbs(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.naming_verbs)

    @cached_property
    def _plural_nouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.plural_nouns)

    @cached_property
    def _plural_nouns_before(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.plural_nouns_before)

    @cached_property
    def _meeting_cues(self) -> re.Pattern[str] | None:
        if not self.spec.meeting_cues:
            return None
        phrases = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in self.spec.meeting_cues)
        return re.compile(rf"(?<![\w\-])(?i:{phrases})(?:[ \t]+|[ \t]*\n[ \t]*)")

    @cached_property
    def _verbs_after(self) -> re.Pattern[str] | None:
        if not self.spec.verbs_after:
            return None
        phrases = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in self.spec.verbs_after)
        return re.compile(rf"[ \t]+(?:(?i:all|both)[ \t]+)?(?i:{phrases})(?![\w\-])")

    @cached_property
    def _as_after_verb(self) -> re.Pattern[str]:
        verbs = "|".join(map(re.escape, sorted(self._naming_verbs)))
        return re.compile(rf"(?<![\w\-])(?i:{verbs})(?:[ \t]+[A-Za-z]+){{1,4}}[ \t]+(?i:as)[ \t]*\n?[ \t]*\Z")

    def _name_word(self, word: str, caps: bool, surnames_of_places: bool = False) -> bool:
        lex = self.lexicon
        folded = fold(word)
        if word.isupper() != caps or not caps and not word.split("-")[0][1:].islower():
            return False
        place = lex.is_place(word) and not (surnames_of_places and lex.is_surname(word))
        if lex.never_a_name(word) or place or lex.is_people(word) or folded in lex.title_words \
                or folded in lex.stop_words or word.upper() in lex.keep_upper or lex.misspelled_title(word):
            return False
        known = lex.is_given_name(word) or lex.is_surname(word)
        return known or not lex.is_common(word, lex.settings.names.caps_continue_below_zipf)

    def _cued(self, text: str, start: int) -> bool:
        before = ASCII_WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group("comma") is None and before.group("word").lower() in self._naming_verbs:
            return True
        if self._naming_verbs and self._as_after_verb.search(text, max(0, start - 60), start):
            return True  # LISTED THE ARRIVING FAMILIES AS ...
        clause = CLAUSE_BEFORE_COLON.search(text, max(0, start - 80), start)
        return clause is not None and any(w.lower() in self._plural_nouns for w in re.findall(r"[A-Za-z]+", clause.group("clause")))

    def _names(self, text: str, m: re.Match[str], surnames_of_places: bool = False) -> list[tuple[int, int]]:
        """The items of a list, if each is a name word in the list's case (none otherwise); after a
        plural noun for people a place that is also a known surname counts (`two ranchers, Lucero and`)."""
        lex = self.lexicon
        items = [i for i in _ITEM.finditer(m.group("items")) if i.group() not in ("and", "AND")]  # (the separators' and)
        if len(items) == 2 and not m.groupdict().get("quoted") and not re.search(r"\b(?:and|AND)\b|;", m.group("items")):
            return []  # (A DANE NAMED MØLLER, UNDERPAID: two words and a comma are no list)
        caps = items[0].group().isupper()
        if not all(self._name_word(strip_possessive(i.group()), caps, surnames_of_places) for i in items):
            return []
        if caps and not lex.caps_around(text, m.start(), m.end("items")) or lex.is_organization(text, m.start(), m.end("items")):
            return []
        base = m.start("items")
        return [(base + i.start(), base + i.end()) for i in items]

    def find(self, text):
        results = []
        taken: list[tuple[int, int]] = []
        for m in _LIST.finditer(text):
            if self._cued(text, m.start()):
                names = self._names(text, m)
                results.extend(self.result(s, e, NAMED_LIST) for s, e in names)
                taken.extend(names)
        # (a list of three names or more, a person's verb right after it)
        # (or a naming verb and `as` before it: LISTED THE APPLICANTS AS KLEINSASSER, TSCHETTER, WURZ AND MAENDEL, ALL BORN)
        for m in _LIST_THEN_WORDS.finditer(text) if self._verbs_after is not None else ():
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not (self._verbs_after.match(text, m.end("items"))
                    or self._naming_verbs and self._as_after_verb.search(text, max(0, m.start() - 60), m.start())):
                continue
            if len([i for i in _ITEM.findall(m.group("items")) if i not in ("and", "AND")]) < 3:
                continue
            names = self._names(text, m)
            results.extend(self.result(s, e, NAMED_LIST) for s, e in names)
            taken.extend(names)
        # (a list of three names or more after a phrase of meeting, words going on after it or not)
        for cue in self._meeting_cues.finditer(text) if self._meeting_cues is not None else ():
            m = _LIST.match(text, cue.end()) or _LIST_THEN_WORDS.match(text, cue.end())
            if m is None or len([i for i in _ITEM.findall(m.group("items")) if i not in ("and", "AND")]) < 3:
                continue
            names = [n for n in self._names(text, m, surnames_of_places=True) if not any(s < n[1] and n[0] < e for s, e in taken)]
            results.extend(self.result(s, e, NAMED_LIST) for s, e in names)
            taken.extend(names)
        # (a list read from the plural noun before it: in capitals a list found from the text's start
        # may open words earlier, `AND TWO STUDENTS, SOLDÀ AND PEGORARO`)
        for noun in _WORD_THEN_GAP.finditer(text):
            if noun.group("word").lower() not in self._plural_nouns_before:
                continue
            m = _LIST.match(text, noun.end()) or _LIST_THEN_WORDS.match(text, noun.end())
            if m is None:
                continue
            names = [n for n in self._names(text, m, surnames_of_places=True) if not any(s < n[1] and n[0] < e for s, e in taken)]
            results.extend(self.result(s, e, NAMED_LIST) for s, e in names)
        return results


__all__ = ["NamedListRecognizer", "NAMED_LIST"]
