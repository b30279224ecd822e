"""PERSON: a name no name list knows and no cue word introduces, told by its words: two to four
capitalized words in a row (one line break allowed) that are no English words in use, no
places, acronyms, markings or titles (`Haoua Abakar Mahamat`, `Masereka Tadeo`, `Wayra Huamán` /
`Quispe`, `ANAHIT VARDANYAN AND ...`, `, ARBEN HOTI, OF`). At least two of them are rare
(zipf below `names.rare_below_zipf`) or known names that are no common word; the others are no
common word either (`MAMADOU LAMINE SY`).

In ALL-CAPS text, where newspapers, parties and places are written the same way (`RASMEI
KAMPUCHEA`, `WALF FADJRI`), the run must also stand in a name's position (a list item, after
`met with`, `and`, a title or a person's noun) or before a person's verb (`WILNER DORVIL SAID`).
Places, streets, institutions and organisations (a kind word before or after, an organisation
word at the end) are vetoed in post-processing, as for spaCy's names.

Recall first (issue 9, round 10). Proving a name word by word missed, on each new blind corpus,
the names no list or cue proved. The design turns the burden of proof round: where a run
of words cannot be *explained* as something else, it is a name. What explains a word away is
data or a cheap per-word lookup, never a second spaCy pass:
- an English word in use (wordfreq zipf; `names.rare_below_zipf`, `caps_continue_below_zipf`),
- a known place (`places_file`, `places`), a place's or street's word (`place_words`,
  `place_words_before`), an organisation (`organization_words`, `organization_endings`, a kind word
  before it or, on its line, after it: `organization_kinds`, `organization_kinds_after`),
- a marking, acronym, header word, nationality or title (rules/markings.yaml, `suppress`, `names.titles`),
- a people, ethnic or religious group or its language (`suppress.peoples`: a finding that opens
  with one and goes on with common words is a group, `PostProcessor._group_name`).
What is left unexplained is a person: in ALL-CAPS text a run on one line whose words are all
strong (no English word in use, or a known name that is no common word) needs no cue or
position (`caps_strong_line_without_position`; measured: heldout9 ALL-CAPS coverage 0.903 ->
0.926 with precision unchanged or better on heldout..heldout9, once peoples are explained); a
run over a line break still needs one (company lists on lines). In a script without capitals
(Chinese, Japanese, Thai, Telugu, Arabic, Urdu, Georgian) any run of one to four words is a
name unless explained (`script_name.uncased_runs`). Particles between parts (Catalan `i`,
Hassaniya `mint`: `names.lower_case_particles`) keep a name whole."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_TOKEN = r"(?:d['\u2019](?=[" + CAPITALS + r"]))?[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*[A-Za-z\u00C0-\u024F\u1E00-\u1EFF](?:['\u2019][sS]?)?"
_RUN = re.compile(rf"(?<![\w'\u2019\-./@#])(?:{_TOKEN})(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_TOKEN}))+(?![\w\-/@])")
# initials before one rare word: K. Venkatesh, J.-P. MBUYI-KALALA, and an abbreviated given name or
# two-letter initial of the rules (`names.given_name_abbreviations`: TS. GANBOLD, Ch. Enkhjargal)
_INITIALED = r"(?<![\w.\-])(?P<initials>(?:(?:[A-Z]|{abbreviations})\.-?[ \t]?){{1,3}})[ \t]*(?P<word>{token})(?![\w\-/@])"
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "A.I.", "P.O.", "D.C.", "N.Y."})
# a list item's letter (REF: A. ... / B. SMITH E-MAIL) opens a line or follows a colon, semicolon or number
_LIST_MARKER_BEFORE = re.compile(r"(?:^[ \t]*|[:;\d][ \t]*)\Z", re.MULTILINE)
_SPLIT = re.compile(rf"{_TOKEN}")
# a double-barrelled name alone (Lipenga-Kalulu, NTAMWENGE-HABIMANA'S): found from its hyphen
_HYPHEN = re.compile(r"-[" + CAPITALS + r"]")
_DOUBLE_NAME = re.compile(rf"(?<![\w'\u2019\-./@#]){_TOKEN}(?![\w\-/@])")
_MEMO_SIZE = 1 << 16  # words whose kind is remembered (then forgotten all at once)
_VOWEL = re.compile(r"[AEIOUYaeiouy\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D9-\u00DD\u00E0-\u00E6\u00E8-\u00EF\u00F2-\u00F6\u00F9-\u00FD]")


@register("unfamiliar_name")
class UnfamiliarNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # in ALL-CAPS text the run must stand in a name's position or before a person's verb
        caps_needs_position: bool = True
        # ... and so in mixed-case text (off: the words alone decide)
        mixed_needs_position: bool = False
        # recall first: in ALL-CAPS text a run on one line whose every word is strong (no English
        # word in use, or a known name that is no common word) needs no position (THE POET VASILY
        # ARKHIPOVICH LEKOMTSEV); a run over a line break still does (LUKOIL SISTEMA / TRANSNEFT ALROSA)
        caps_strong_line_without_position: bool = True

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        # an abbreviation as written, or in capitals (Ts. / TS.)
        forms = {f for a in lexicon.given_name_abbreviations for f in (a, a[:1] + a[1:].lower())}
        abbreviations = "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) or "(?!)"
        self._initialed = re.compile(_INITIALED.format(abbreviations=abbreviations, token=_TOKEN))

    def find(self, text):
        results = []
        for run in _RUN.finditer(text):
            line_start = text.rfind("\n", 0, run.start()) + 1
            line_end = text.find("\n", line_start)
            if self.lexicon.is_header_line(text[line_start:line_end if line_end >= 0 else len(text)]):
                continue  # TAGS: PGOV PHUM ZI
            words = list(_SPLIT.finditer(text, run.start(), run.end()))
            start = 0
            while start < len(words) - 1:
                span = self._longest(text, words, start)
                if span is None:
                    start += 1
                    continue
                a, b = span
                results.append(self.result(words[a].start(), words[b].end(), "a run of words no word list knows, "
                                                                               "shaped like a name"))
                start = b + 1
        for start, end in self._double_names(text):
            results.append(self.result(start, end, "a double-barrelled name whose halves no word list knows"))
        for m in self._initialed.finditer(text):
            if "".join(m.group("initials").split()) not in _NOT_INITIALS and self._kind(m.group("word")) == 1 \
                    and not _LIST_MARKER_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    and not self.lexicon.is_given_name(m.group("word")) and strip_possessive(m.group("word")).upper() != "BOX":
                results.append(self.result(m.start(), m.end(), "initials and a word no word list knows"))
        return results

    def _double_names(self, text: str) -> list[tuple[int, int]]:
        """Double-barrelled names standing alone (`Lipenga-Kalulu said`, `NTAMWENGE-HABIMANA'S
        DEPUTY`: `Lexicon.is_double_name`), no organisation either, in the case of the text
        around (capitals only in ALL-CAPS text)."""
        out: list[tuple[int, int]] = []
        last = -1
        for hyphen in _HYPHEN.finditer(text):
            if hyphen.start() < last:
                continue
            left = hyphen.start()
            while left > 0 and (text[left - 1].isalpha() or text[left - 1] in "-'\u2019"):
                left -= 1
            m = _DOUBLE_NAME.match(text, left)
            if m is None or m.end() <= hyphen.start():
                continue
            last = m.end()
            word = strip_possessive(m.group())
            if not self.lexicon.is_double_name(word) or self._kind(word) != 1 \
                    or word.isupper() != self.lexicon.caps_around(text, m.start(), m.end()):
                continue
            out.append(m.span())
        return out

    def _longest(self, text: str, words: list[re.Match], i: int) -> tuple[int, int] | None:
        """The longest name (first and last word index) opening at word `i`, or None."""
        caps = words[i].group().isupper()
        j = i
        strong = 0
        while j < len(words) and j - i < 4:
            w = words[j].group()
            if w.isupper() != caps or j > i and "\n" in text[words[j - 1].end():words[j].start()] \
                    and not caps and text[words[j - 1].end() - 1] == ".":
                break
            kind = self._kind(w)
            if kind is None:
                break
            strong += kind
            if j > i and strip_possessive(words[j - 1].group()) != words[j - 1].group():
                break  # a possessive ends a name
            j += 1
        if self._particle(words[i].group()):
            return None  # a particle opens no name
        while j - i > 2 and self._particle(words[j - 1].group()):
            j -= 1  # ... and ends none
        if j - i < 2:
            return None  # (what follows only narrows the run: no name of two words can come of it)
        lex = self.lexicon
        if self._kind(words[i].group()) == 0 and self._wordlike(words[i].group()):
            return None  # INSIDER ALEJANDRO JOSE: a name does not open with a word in use
        placed = lex.in_name_position(text, words[i].start())
        # two rare words, or one in a name's position (HIS DIRECTOR, IGNATIUS MOKOENA,)
        while j - i >= 2 and (self._count_strong(words[i:j]) < (1 if placed else 2)
                              or self._wordlike(words[j - 1].group()) and self._kind(words[j - 1].group()) == 0):
            j -= 1
        while j - i > 2 and self._particle(words[j - 1].group()):
            j -= 1
        if j - i >= 2 and self._count_strong(words[i:j]) < 2 and any(
                self._kind(w.group()) == 0 and self._wordlike(w.group()) for w in words[i:j]):
            return None  # one rare word and a word in use (EFCC INVESTIGATOR) is no name
        if j - i < 2:
            return None
        if strip_possessive(words[j - 2].group()) != words[j - 2].group():
            return None
        start, end = words[i].start(), words[j - 1].end()
        needs = self.spec.caps_needs_position if caps else self.spec.mixed_needs_position
        if needs and not (placed or lex.person_cue(text, start, end)) and not (
                caps and self.spec.caps_strong_line_without_position and "\n" not in text[start:end]
                and self._count_strong(words[i:j]) == j - i):
            return None
        return i, j - 1

    def _particle(self, word: str) -> bool:
        """A filiation or lower-case particle written in capitals inside an ALL-CAPS name (WA, MINT, AP)."""
        lower = word.lower()
        return word.isupper() and (lower in self.lexicon.filiation_particles or lower in self.lexicon.lower_case_particles)

    def _wordlike(self, word: str) -> bool:
        """A word in some use (zipf 3 or more: INVESTIGATOR, INSIDER), not a known name."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return lex.is_common(bare, 3.0) and not (lex.is_given_name(bare) or lex.is_surname(bare))

    def _count_strong(self, words: list[re.Match]) -> int:
        return sum(self._kind(w.group()) or 0 for w in words)

    def _kind(self, word: str) -> int | None:
        """1 for a rare word or a known name that is no common word, 0 for another word no
        common word, None for a word that is no part of such a name (`_word_kind`, remembered
        per word: it depends on the word and the lexicon alone)."""
        memo: dict[str, int | None] = self.__dict__.setdefault("_kinds", {})
        if word not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = self._word_kind(word)
        return memo[word]

    def _word_kind(self, word: str) -> int | None:
        """`_kind` computed."""
        lex = self.lexicon
        names = lex.settings.names
        bare = strip_possessive(word)
        upper = bare.upper()
        if bare == word and self._particle(bare):
            return 0  # KABONGO WA MUTEBA: a filiation particle inside a name (never at its edges, see _longest)
        if lex.never_a_name(bare) or upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper \
                or lex.is_place(bare) or not _VOWEL.search(bare) or len(bare) < 2 or lex.misspelled_title(bare):
            return None  # (GENRAL, CHEIF: a title misspelled)
        if bare.isupper() and len(bare) <= 5 and len(_VOWEL.findall(bare)) <= 1 and "-" not in bare:
            return None  # EFCC, IDF, PDVSA: an acronym's letters
        if upper in lex.place_words or upper in lex.facility_words or upper in lex.organization_words \
                or upper in lex.place_words_before:
            return None  # Sverdlovsk Oblast, Villa Marista, Radio Ergo: a place's or an organisation's word
        if lex.is_organization(bare, 0, len(bare)):
            return None  # LUKOIL, TRANSNEFT: a company's name by its ending
        parts = [p for p in re.sub(r"^d['\u2019]", "", bare).split("-") if p]  # (d'Almeida: Almeida)
        if any(lex.is_common(p, names.caps_continue_below_zipf) and not (lex.is_surname(p) or lex.is_given_name(p))
               for p in parts):
            return None
        if any(len(p) > 2 and not lex.is_common(p, names.rare_below_zipf) for p in parts):
            return 1
        if (lex.is_given_name(bare) or lex.is_surname(bare) or len(parts) > 1 and any(
                lex.is_given_name(p) or lex.is_surname(p) for p in parts)) and not lex.is_common(bare, 3.0):
            return 1  # (Jean-Baptiste: a known given name in a double one; not House or Day, words first)
        return 0
