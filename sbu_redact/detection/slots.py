"""Person slots (names23): where the sentence says "a person here", a run of capitalized words
that is no English phrase, no place and no organisation is taken for a name, whatever naming
convention it follows (Burmese names without a surname, `TIN OO`; Chinese names of Malaysia and
Singapore in capitals, `OOI BEE LENG`; Mongolian names). No list of names is needed: the slot
and the words' rarity decide.

The slots (`person_slots` in rules/entities.yaml):

* an item of a list next to a name found (`U TIN OO, DAW MAY WIN MYINT AND U NYAN WIN`, `GOH
  CHIN HOCK, OOI BEE LENG, NG KAH WAI`): the items on each side of a name found, separated by a
  comma or `and`, one after the other;
* the words right before a person's verb at a sentence's or clause's start (`TIN OO SAID`,
  `NYAN WIN ADDED THAT`);
* the words right after a title (`MADAM SEE AH MOI`) or one of `weak_titles`, honorifics that are
  English words or letters too (`U`, `KO`, `THAO`): after those, two words or more.

A run qualifies when it has `min_words` to `max_words` words written as names in the case of the
text around it (capitalized in mixed case, capitals in ALL-CAPS text), none a stop word, title,
marking, acronym, month, person's noun or place, the whole no place or organisation, and either one
word rarer than `distinct_below_zipf` or every word rarer than `caps_continue_below_zipf` (the
names' spec), or a known given name or surname that English uses little.
"""
from __future__ import annotations

import functools

import re
from bisect import bisect_right

from .before import SPACES, WORD_RUN, EndAnchored, optional
from .finding import Finding
from .lexicon import CAPITALS, Lexicon, strip_possessive

SLOTS = "PersonSlot"
_LETTERS = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_TOKEN = re.compile(rf"[{CAPITALS}][{_LETTERS}'\u2019\-]*")
_VOWEL = re.compile(r"[AEIOUYaeiouy\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D8-\u00DD\u00E0-\u00E6\u00E8-\u00EF\u00F2-\u00F6\u00F8-\u00FD]")
# a separator between list items: a comma, `and` (a comma before it allowed), `&`
_SEP_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|AND|&)[ \t]+)?|[ \t]+(?:and|AND|&)[ \t]+)")
_SEP_BEFORE = re.compile(r"(?:,[ \t]*(?:(?:and|AND|&)[ \t]+)?|[ \t]+(?:and|AND|&)[ \t]+)(?P<titles>(?:[A-Za-z]+\.?[ \t]+){0,2})\Z")
# what may close a run on the right: punctuation, a line's end, a space before a lower-case or capitalized word
_WORD_GAP = re.compile(r"[ \t]{1,2}(?![ \t])")  # (more spaces part a table's columns)
# a sentence or clause opens here: a line's start, after . ; : ( or a portion marking `(C) `, `2. (SBU) `
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?][ \t]+|\([A-Z/]{1,8}\)[ \t]+|^[ \t]*\d+\.[ \t]+|,[ \t]*)\Z", re.MULTILINE)


# a person's noun and a comma (HER EMPLOYER, | ONG BOON HUAT,)
_NOUN_COMMA = re.compile(r"(?<![\w\-])(?P<noun>[A-Za-z]+(?:-[A-Za-z]+)?),[ \t]+")
# ... and the apposition's close: a comma, a period, a parenthesis, a line's end
_APPOSITION_CLOSES = re.compile(r"['\u2019]?[sS]?[ \t]*(?:[,;)]|\.(?:\s|$)|$)", re.MULTILINE)


_TITLE_GAP = re.compile(r"\.?[ \t]+")  # (a title, then the name)
# a possessive determiner and a person's noun (HIS COUSIN | I MADE ARTAWAN; her lawyer is | ...)
_POSSESSIVE_NOUN = re.compile(r"(?<![\w\-'\u2019])(?:his|her|their|my|our|your|HIS|HER|THEIR|MY|OUR|YOUR|His|Her|Their|My|Our|Your)"
                              r"[ \t]+(?P<noun>[A-Za-z]+(?:-[A-Za-z]+)*)(?:[ \t]+(?:is|was|IS|WAS))?[ \t]+(?=[" + CAPITALS + r"])")

_TITLE_BEFORE = EndAnchored(r"(?<![\w\-])([A-Za-z]+)\.?[ \t]+\Z", SPACES, optional("."), WORD_RUN)
# an English word's inflection or derivation (REACHED, SPEAKING, CITIZENSHIP, CERTIFICATE): no name
# word when it is in use and no known name
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)")
_SUBJECT = re.compile(r"[ \t]*(?:SUBJECT|Subject|SUBJ|Subj|RE|Re)[ \t]*:")
_CLAUSE_BEFORE = re.compile(r"(?:^|[.;:,!?)\n]|(?<![\w])(?i:and|but|that|while|after|when))[ \t]*\Z", re.MULTILINE)
_CONSONANT_RUN = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ]{4}")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w\-])([a-z]+)[ \t]+\Z")
_INFLECTED = re.compile(r"(?:ED|ING|LY|IES|ES|SHIP|TION|SION|MENT|NESS|ITY|ANCE|ENCE|ATE|ISM|IST|IVE|AL)\Z")


class PersonSlots:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        spec = lexicon.settings.person_slots
        self.spec = spec
        self.weak_titles = frozenset(w.upper().rstrip(".") for w in spec.weak_titles)
        self.verbs = frozenset(v.upper() for v in lexicon.person_verbs if " " not in v) | frozenset(v.upper() for v in spec.verbs)
        from .postprocess import _FUNCTION_WORDS

        self.leads = (frozenset(w.upper() for w in lexicon.list_leads) | frozenset(w.upper() for w in spec.object_verbs)) \
            - frozenset(w.upper() for w in spec.not_leads)

        self.not_names = frozenset(w.upper() for w in spec.not_name_words) | _FUNCTION_WORDS
        self._titles: dict[str, bool] = {}  # `_title` of a word (a function of the word and the lexicon)
        self.prefixes = frozenset(w.upper() for w in lexicon.settings.names.name_prefixes)

    # -- a word and a run --------------------------------------------------------------
    def _title(self, word: str) -> bool:
        known = self._titles.get(word)
        if known is None:
            upper = word.upper().rstrip(".")
            known = upper in self.weak_titles or upper in self.lex.one_word_titles \
                or upper in self.lex.title_words and upper not in self.lex.stop_words and upper not in self.not_names
            if len(self._titles) > 50_000:
                self._titles.clear()
            self._titles[word] = known
        return known

    def _name_word(self, word: str, caps: bool, first: bool = True) -> bool:
        """Whether `word` may be a word of a name in a slot: written as one (in capitals in
        ALL-CAPS text, capitalized in mixed case), and no function word, title, marking,
        acronym, month, person's noun or place."""
        lex = self.lex
        bare = strip_possessive(word)
        if len(bare) < 2 or not bare[0].isupper() or "--" in bare or bare.endswith("-"):
            return False
        if caps != bare.isupper() and len(bare) > 2 or caps and not bare.isupper():
            return False  # capitals in ALL-CAPS text; capitalized in mixed case (an acronym there is none)
        upper = bare.upper()
        if upper in lex.stop_words or upper in lex.title_words or upper in self.weak_titles or upper in lex.weekdays_and_months \
                or upper in self.not_names or upper in self.verbs or upper in lex.marking_words \
                or upper in lex.nationalities or upper in lex.document_words or upper in lex.group_nouns \
                or upper in lex.organization_words or upper in lex.organization_kinds or upper in lex.place_words:
            return False
        if bare.lower() in lex.person_nouns or lex.agent_noun(bare) or lex.misspelled_title(bare):
            return False
        if upper.endswith("S") and (bare[:-1].lower() in lex.person_nouns or lex.agent_noun(bare[:-1])):
            return False  # GUARDS, NURSES: a plural of a person's noun
        if _INFLECTED.search(upper) and lex.is_common(bare, self.spec.distinct_below_zipf) \
                and not (lex.is_surname(bare) or lex.is_given_name(bare)):
            return False  # REACHED, SPEAKING, NOVICES, QUICKLY: an English word's inflection
        # an acronym, a header word or a people's name opens no name; inside one it is a syllable
        # (TIN OO, SEE AH MOI, GOH CHIN HOCK)
        if first and (lex.never_a_name(bare) or upper in lex.keep_upper or lex.is_people(bare)
                      or _CONSONANT_RUN.search(upper) and not (lex.is_surname(bare) or lex.is_given_name(bare))):
            return False  # (UNHCR: four consonants in a row, an acronym's letters)
        if not _VOWEL.search(bare):
            return False  # NLD, NRC: an acronym's letters
        if lex.is_place(bare) and not (lex.is_given_name(bare) or lex.is_surname(bare)):
            return False
        return True

    def _qualifies(self, text: str, start: int, end: int, words: list[str], strong: bool = False) -> bool:
        """Whether the run `words` (`text[start:end]`) may be a name: no place or organisation, and
        one word rarer than `distinct_below_zipf` (in a `strong` slot, after a title or a person's
        noun, rarer than names.caps_continue_below_zipf), or every word rarer than that."""
        lex = self.lex
        spec = self.spec
        if not spec.min_words <= len(words) <= spec.max_words:
            return False
        bare = [strip_possessive(w) for w in words]
        phrase = " ".join(bare)
        following = _NEXT_LOWER_WORD.match(text, end)
        if following is not None and (following.group(1) in lex.person_nouns or lex.agent_noun(following.group(1))
                                      or following.group(1).upper() in lex.group_nouns
                                      or following.group(1).upper() in lex.organization_kinds
                                      or following.group(1).upper() in lex.organization_words):
            return False  # Forestal Mininco managers: the words name the people's employer, not them
        names = lex.settings.names
        before = _TITLE_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and lex.is_place(before.group(1) + " " + phrase):
            return False  # PADRE LAS CASAS: a place named with a title
        if lex.is_place(phrase) or lex.is_organization(text, start, end) or lex.place_before(text, end) \
                or lex.is_brand(phrase) or lex.named_after_person(text, start, end):
            return False
        if any(not lex.is_common(w, names.caps_continue_below_zipf if strong else spec.distinct_below_zipf) for w in bare):
            return True
        if all(not lex.is_common(w, names.caps_continue_below_zipf) for w in bare):
            return True
        return any((lex.is_given_name(w) or lex.is_surname(w)) and not lex.is_common(w, names.caps_continue_below_zipf)
                   for w in bare)

    def _run_right(self, text: str, pos: int, limit: int, caps: bool) -> tuple[int, int, list[str]] | None:
        """The run of name words from `pos` (titles before it skipped), on its line."""
        words: list[tuple[int, int, str]] = []
        titles = 0
        prefixed = False
        prefix_start = pos
        while True:
            m = _TOKEN.match(text, pos, limit)
            if m is None:
                break
            word = m.group()
            if not words and not prefixed and word.upper() in self.prefixes and self._prefix_case(word, caps):
                prefixed = True  # I MADE ARTAWAN, Ni Kadek Sri Wahyuni: the prefix opens a name
                prefix_start = m.start()
            elif not words and not prefixed and self._title(word) and titles < 3:
                titles += 1
            elif self._name_word(word, caps, first=not words) \
                    or prefixed and not words and self._prefixed_word(word, caps):
                words.append((m.start(), m.end(), word))
            else:
                break
            gap = _WORD_GAP.match(text, m.end(), limit)
            if gap is None:
                break
            pos = gap.end()
        if not words or prefixed and len(words) < 2:
            return None
        # the run must end at a word's end: punctuation, a line's end or a space follows
        end = words[-1][1]
        if end < limit and (text[end].isalnum() or text[end] in "-/@"):
            return None
        if prefixed:  # (the prefix is the name's: I MADE ARTAWAN, whose MADE is no English word here)
            return prefix_start, end, [text[prefix_start:words[0][0]].strip()] + [w for _, _, w in words]
        return words[0][0], end, [w for _, _, w in words]

    def _prefix_case(self, word: str, caps: bool) -> bool:
        """A name prefix written in the text's case (I, NI in capitals; I, Ni in mixed case)."""
        return word.isupper() if caps else word == word.capitalize()

    def _prefixed_word(self, word: str, caps: bool) -> bool:
        """The first word after a name prefix: a name's word in the text's case, even an English
        word (the Balinese birth-order names MADE, PUTU), no stop word, title or marking."""
        bare = strip_possessive(word)
        upper = bare.upper()
        if len(bare) < 2 or (bare.isupper() != caps and len(bare) > 2) or not bare[0].isupper():
            return False
        lex = self.lex
        return not (upper in lex.stop_words or upper in lex.title_words or upper in lex.marking_words
                    or upper in lex.weekdays_and_months or upper in self.verbs or lex.never_a_name(bare))

    def _trim_common(self, text: str, run: tuple[int, int, list[str]] | None) -> tuple[int, int, list[str]] | None:
        """`run` less the English words in use that open it (TASK FORCE | HAWKINS), known names kept:
        in a slot that says less than a title, such words are the sentence's, not the name's."""
        if run is None:
            return None
        start, end, words = run
        lex = self.lex
        threshold = lex.settings.names.caps_continue_below_zipf
        if len(words) >= 3 and words[0].upper() in self.prefixes and not lex.is_place(words[-1]) \
                and not lex.is_common(words[-1], self.spec.distinct_below_zipf):
            return run  # I MADE ARTAWAN: after a name's prefix, MADE is a birth-order name, not the verb
        while words and lex.is_common(words[0], threshold) and not (lex.is_given_name(words[0]) or lex.is_surname(words[0])):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        return (start, end, words) if words else None

    def _item_opens(self, text: str, start: int, floor: int) -> bool:
        """Whether a list item may open at `start`: a line's start or punctuation before it, or a
        title or a list's lead (MET WITH, INCLUDING) right before it."""
        if _CLAUSE_OPENS.search(text, max(floor, start - 12), start) is not None:
            return True
        before = _TITLE_BEFORE.search(text, max(floor, start - 30), start)
        return before is not None and (self._title(before.group(1)) or before.group(1).upper() in self.leads
                                       or before.group(1).upper() in self.lex.list_leads)

    def _headline(self, text: str, pos: int) -> bool:
        """Whether `pos` is on a SUBJECT line (a headline: OPPOSITION LEADER PREDICTS EARLY POLLS)."""
        line_start = text.rfind("\n", 0, pos) + 1
        return _SUBJECT.match(text, line_start) is not None

    def _run_left(self, text: str, end: int, floor: int, caps: bool) -> tuple[int, int, list[str]] | None:
        """The run of name words ending at `end`, on its line (a title before it ends it)."""
        words: list[tuple[int, int, str]] = []
        pos = end
        line_start = text.rfind("\n", floor, end) + 1 if "\n" in text[floor:end] else floor
        for m in reversed(list(_TOKEN.finditer(text, line_start, end))):
            if m.end() != pos:
                gap = text[m.end():pos]
                if gap.strip(" \t") or not gap:
                    break
            if m.start() > line_start and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-'\u2019/@."):
                break
            if not self._name_word(m.group(), caps, first=False):
                break
            words.append((m.start(), m.end(), m.group()))
            pos = m.start()
        words.reverse()
        while words and not self._name_word(words[0][2], caps, first=True):
            words.pop(0)  # (an acronym or people's name opens no name: NLD | TIN OO)
        if not words:
            return None
        return words[0][0], words[-1][1], [w for _, _, w in words]

    def _caps_lone_word(self, word: str, bare: str) -> bool:
        """Whether one word in capitals may stand alone for a person where the words around it
        say person (names25): no acronym's shape (`caps_lone_min_length` letters or more, a vowel
        every three letters, no kept-upper word), and a possessive (HAXHIU'S MEN, GHUKASYANS'
        LAWYER, SIRAJUDDIN'S MEN) or a known given name or surname (ZURAB IS THE THIRD ORGANIZER)."""
        lex = self.lex
        if len(bare) < self.spec.caps_lone_min_length or bare in lex.keep_upper or _CONSONANT_RUN.search(bare) \
                or len(_VOWEL.findall(bare)) * 3 < len(bare):
            return False
        return word != bare or lex.is_given_name(bare) or lex.is_surname(bare)

    def _caps_lone_body_verb(self, text: str, start: int, end: int, bare: str) -> bool:
        """fixnames46: a short word in capitals (three letters or more, an acronym's shape nowhere) that opens a
        clause right before a verb said only of a person's body or liberty (`caps_lone_verbs_after`: TIONG WAS
        ARRESTED, LAU WAS RELEASED): no organisation or place is arrested, born or wounded."""
        if not self.spec.caps_lone_verbs_after or len(bare) < self.spec.lone_min_length or bare in self.lex.keep_upper \
                or bare.isupper() and (_CONSONANT_RUN.search(bare) or len(_VOWEL.findall(bare)) * 3 < len(bare)) \
                or not self._clause_opens(text, start) or bare.lower() in self.lex.person_nouns \
                or self.lex.agent_noun(bare) or bare.upper() in self.lex.stop_words or bare.upper() in self.lex.title_words:
            return False  # (HOSTAGE WAS RELEASED, GUNMAN WAS KILLED: a person's noun, no name)
        return self._caps_lone_verbs.match(text, end) is not None

    @functools.cached_property
    def _caps_lone_verbs(self) -> re.Pattern[str]:
        verbs = "|".join(r"[ \t]+".join(map(re.escape, v.split()))
                         for v in sorted(self.spec.caps_lone_verbs_after, key=len, reverse=True))
        return re.compile(rf"[ \t]+(?:{verbs})(?![\w'\u2019\-])", re.IGNORECASE)

    def _clause_opens(self, text: str, start: int) -> bool:
        """Whether a word at `start` opens a clause: the text's or a line's start, or after a sentence's end,
        a portion mark, a comma, a colon, a semicolon, or AND, BUT, THAT, WHILE."""
        m = _CLAUSE_BEFORE.search(text, max(0, start - 12), start)
        return start == 0 or m is not None

    # -- the slots ---------------------------------------------------------------------
    def find(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        if not self.spec.enabled:
            return []
        span_starts = [s for s, _ in spans]
        persons = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
        out: list[Finding] = []
        seen: set[tuple[int, int]] = set()

        def add(start: int, end: int, why: str) -> bool:
            if self._headline(text, start):
                return False
            if (start, end) in seen or any(a <= start and end <= b for a, b in persons):
                return False
            seen.add((start, end))
            out.append(Finding("PERSON", start, end, self.spec.score, SLOTS, why))
            return True

        def unit(pos: int) -> tuple[int, int] | None:
            i = bisect_right(span_starts, pos)
            if not i or pos > spans[i - 1][1]:
                return None
            return spans[i - 1]

        # list items next to a name found, one after the other
        queue = sorted(persons)
        rounds = 0
        while queue and rounds < 6:
            rounds += 1
            new = []
            for start, end in queue:
                u = unit(start)
                if u is None:
                    continue
                caps = self.lex.caps_around(text, start, end)
                sep = _SEP_AFTER.match(text, end, u[1])
                if sep is not None:
                    run = self._trim_common(text, self._run_right(text, sep.end(), u[1], caps))
                    if run is not None and self._qualifies(text, run[0], run[1], run[2]) \
                            and add(run[0], run[1], "an item of a list next to a name"):
                        new.append((run[0], run[1]))
                sep = _SEP_BEFORE.search(text, max(u[0], start - 40), start)
                if sep is not None and all(self._title(w) for w in sep.group("titles").split()):
                    run = self._trim_common(text, self._run_left(text, sep.start(), u[0], caps))
                    if run is not None and not self._item_opens(text, run[0], u[0]):
                        run = None  # (THE HOST OF A SANGO-LANGUAGE CALL-IN SHOW, | GERVAIS: a phrase, not an item)
                    if run is not None and self._qualifies(text, run[0], run[1], run[2]) \
                            and add(run[0], run[1], "an item of a list next to a name"):
                        new.append((run[0], run[1]))
            persons += new
            queue = new

        for u0, u1 in spans:
            # the unit's words (start, end, word, its upper case), found once for the four passes below
            tokens = [(m.start(), m.end(), word, word.upper()) for m in _TOKEN.finditer(text, u0, u1)
                      for word in (m.group(),)]
            # one rare word where the words around it say person (Noy's father, KAMENOV, A TRADER,)
            for m_start, m_end, word, _ in tokens:
                bare = strip_possessive(word)
                if len(bare) < self.spec.lone_min_length or self.lex.is_common(bare, self.spec.caps_lone_verb_below_zipf):
                    continue
                body = word == bare and self._caps_lone_body_verb(text, m_start, m_end, bare)
                if not body and self.lex.is_common(bare, self.spec.lone_below_zipf):
                    continue
                if bare.isupper() and not self._caps_lone_word(word, bare) and not body:
                    continue  # (in capitals one word alone may be an acronym: USINT, FPU)
                if m_start > u0 and (text[m_start - 1].isalnum() or text[m_start - 1] in "-'\u2019/@.\"\u201c"):
                    continue
                end = m_start + len(bare)
                if end < len(text) and text[end:end + 1] in "-/@" or "-" in bare:
                    continue
                caps = self.lex.caps_around(text, m_start, m_end)
                if not self._name_word(word, caps) or self.lex.is_place(bare) \
                        or self.lex.is_organization(text, m_start, end) or self.lex.is_brand(bare) \
                        or self.lex.place_before(text, end) or self.lex.named_after_person(text, m_start, end):
                    continue
                prep = _PREPOSITION_BEFORE.search(text, max(u0, m_start - 20), m_start)
                if prep is not None and prep.group(1) in self.lex.place_prepositions:
                    continue  # (briefed PolOff in Rolpa called: a place)
                if body or self.lex.person_cue(text, m_start, end):
                    add(m_start, end, "a rare word where the words around it say person")
            # the words before a person's verb, opening a clause
            for m_start, m_end, word, upper in tokens:
                if upper not in self.verbs or text[m_start - 1:m_start] not in (" ", "\t"):
                    continue
                if not (word.isupper() or word.islower()):
                    continue
                caps = self.lex.caps_around(text, m_start, m_end)
                if caps != word.isupper():
                    continue
                run = self._run_left(text, m_start - 1, u0, caps)
                if run is None or _CLAUSE_OPENS.search(text, max(u0, run[0] - 12), run[0]) is None:
                    continue
                run = self._trim_common(text, run)
                if run is not None and self._qualifies(text, run[0], run[1], run[2]):
                    add(run[0], run[1], "a name before a person's verb")
            # the words after a list's lead or a verb whose object is a person (MET WITH, NAMED, TOLD)
            for m_start, m_end, word, upper in tokens:
                if upper not in self.leads or text[m_start - 1:m_start] not in (" ", "\t", "\n"):
                    continue
                caps = self.lex.caps_around(text, m_start, m_end)
                if caps != word.isupper():
                    continue
                gap = _WORD_GAP.match(text, m_end, u1)
                if gap is None:
                    continue
                run = self._trim_common(text, self._run_right(text, gap.end(), u1, caps))
                if run is not None and self._qualifies(text, run[0], run[1], run[2]):
                    add(run[0], run[1], "a name after a list's lead or a verb of a person")
            # the words after a title
            for m_start, m_end, word, upper in tokens:
                if not self._title(word):
                    continue
                if m_start > u0 and (text[m_start - 1].isalnum() or text[m_start - 1] in "-'\u2019/"):
                    continue
                caps = self.lex.caps_around(text, m_start, m_end)
                if not (word.isupper() if caps else word[:1].isupper()):
                    continue
                gap = _TITLE_GAP.match(text, m_end, u1)
                if gap is None:
                    continue
                run = self._run_right(text, gap.end(), u1, caps)
                if run is None:
                    continue
                if word.upper().rstrip(".") in self.weak_titles and len(run[2]) < 2:
                    continue
                if self._qualifies(text, run[0], run[1], run[2], strong=word.upper().rstrip(".") not in self.weak_titles):
                    add(run[0], run[1], "a name after a title")
            # the words after a possessive and a person's noun (HIS COUSIN I MADE ARTAWAN WAS BEATEN)
            for m in _POSSESSIVE_NOUN.finditer(text, u0, u1):
                noun = m.group("noun")
                if noun.lower() not in self.lex.persons_nouns and not self.lex.agent_noun(noun):
                    continue
                caps = self.lex.caps_around(text, m.start(), m.end())
                if caps != noun.isupper():
                    continue
                run = self._trim_common(text, self._run_right(text, m.end(), u1, caps))
                if run is not None and self._qualifies(text, run[0], run[1], run[2], strong=True):
                    add(run[0], run[1], "a name after a possessive and a person's noun")
            # an apposition after a person's noun and a comma (SITI'S EMPLOYER, ONG BOON HUAT,)
            for m in _NOUN_COMMA.finditer(text, u0, u1):
                if m.group("noun").lower() not in self.lex.person_nouns and not self.lex.agent_noun(m.group("noun")):
                    continue
                caps = self.lex.caps_around(text, m.start(), m.end())
                run = self._run_right(text, m.end(), u1, caps)
                if run is None or _APPOSITION_CLOSES.match(text, run[1], u1) is None:
                    continue
                if self._qualifies(text, run[0], run[1], run[2], strong=True):
                    add(run[0], run[1], "a name in apposition to a person's noun")
        return out
