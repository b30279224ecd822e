"""PERSON: names led by a title or honorific in any case (`Mr.`, `Ambassador`, `DCM`, `PolOff`,
`Deputy Director`, `FM`...) or by a verb such as `met (with)`. After a verb, what spaCy calls an
organisation or a place (`met Sberbank officials`) is not taken for a name."""
from __future__ import annotations

import functools
import re
from typing import AbstractSet, Callable, Container, Iterator, Sequence

from ...prefilter import caseless
from ..lexicon import Lexicon, strip_possessive
from ..names import NameReader
from ..registry import register
from ..spacy_engine import WordsTagged
from .base import CableRecognizer, RecognizerSpec

_RUN = re.compile(r"\w+")
_NEXT_WORDS = re.compile(r"[ \t]*([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "PART"}
_NOT_PERSON_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                      "ORGANIZATION", "LOCATION", "NRP"}  # spaCy labels and their Presidio names


def not_name_words(nlp_artifacts) -> AbstractSet[int] | WordsTagged:
    """Offsets of the words spaCy tags as verbs, pronouns... in the (recased) text: THE GOVERNOR
    INTENDS TO... is a verb, not a name (each word tagged when asked about)."""
    return WordsTagged(nlp_artifacts, _NOT_NAME_POS) if nlp_artifacts is not None else frozenset()


@register("titled_name")
class TitledNameRecognizer(CableRecognizer):
    def __init__(self, lexicon: Lexicon, spec: RecognizerSpec):
        super().__init__(lexicon, spec)
        self.reader = NameReader(lexicon)
        names = lexicon.settings.names
        titles = lexicon.titles_pattern
        leads = "|".join(re.escape(lead).replace(r"\ ", r"\s+") for lead in
                         sorted(names.leads, key=len, reverse=True))
        self.title_cue = re.compile(r"(?<![\w/])(?i:" + titles + r")+")
        self.lead_cue = re.compile(r"\b(?i:(?:" + leads + r")\s+(?:the\s+)?)(?i:" + titles + r")*")
        self._found: dict[str, list[tuple[int, int]]] = {}  # text -> _after_titles(text), see there
        # A title cue starts where a run of word characters starts (no word character or slash
        # before it, and every title starts with a word character), with the first two
        # characters of a title (the first one where a space follows it), caseless: the cue is
        # tried only there (see `_title_cues`). None: tried everywhere (a title that starts
        # otherwise).
        titles_as_written = list(names.titles)
        self._title_starts: tuple[frozenset[str], frozenset[str]] | None = None
        if titles_as_written and all(t and _RUN.match(t) for t in titles_as_written):
            self._title_starts = (frozenset(caseless(t[0]) for t in titles_as_written if len(t) < 2 or t[1].isspace()),
                                  frozenset(caseless(t[:2]) for t in titles_as_written if len(t) >= 2 and not t[1].isspace()))

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        if self.ENTITY not in entities:
            return []
        others = [(e.start_char, e.end_char) for e in getattr(nlp_artifacts, "entities", None) or []
                  if e.label_ in _NOT_PERSON_LABELS]
        return self.find(text, others, lambda: not_name_words(nlp_artifacts))

    def _after_titles(self, text: str, keep: bool = False) -> list[tuple[int, int]]:
        """The possible names right after a title (kept for the `analyze` of the same text that
        follows `needs_part_of_speech`: a pure function of the text, found once)."""
        spans = self._found.pop(text, None)
        if spans is None:
            spans = [span for match in self._title_cues(text) if (span := self.reader.read(text, match.end()))
                     and not self._not_a_person(text, *span, office=self._office(match.group()))
                     and not self._one_title(text, match.start(), span[1])
                     and not self._titled_place(text, match, *span)]
        if keep:
            self._found[text] = spans
            while len(self._found) > 256:
                self._found.pop(next(iter(self._found)), None)
        return spans

    def _title_cues(self, text: str) -> Iterator[re.Match[str]]:
        """`title_cue.finditer(text)`: in an ASCII text, the cue is matched only at the starts of
        runs of word characters that begin like a title (in any case, as the cue's pattern
        matches them: an ASCII text lowers letter by letter, and the four other letters that match
        ASCII ones in any case are folded by `caseless`); the leftmost match from the end of the
        previous one is the one `finditer` gives."""
        if self._title_starts is None or not text.isascii():
            yield from self.title_cue.finditer(text)
            return
        ones, twos = self._title_starts
        lowered = text.lower()
        end = 0
        for run in _RUN.finditer(lowered):
            start = run.start()
            if start < end or (lowered[start] not in ones and lowered[start:start + 2] not in twos):
                continue
            match = self.title_cue.match(text, start)
            if match is not None:
                end = match.end()
                yield match

    def needs_part_of_speech(self, text: str) -> bool:
        """Whether `analyze` will ask for part of speech on this text (so that the texts that
        will are tagged together, in batches, before analysis)."""
        return bool(self.part_of_speech_offsets(text))

    def part_of_speech_offsets(self, text: str) -> list[int]:
        """The offsets of the words whose part of speech `analyze` will ask about on this text
        (only the windows around them need tagging)."""
        return [start for start, _ in self._after_titles(text, keep=True)]

    def find(self, text, not_person: Sequence[tuple[int, int]] = (),
             not_name_words: Callable[[], Container[int]] = frozenset):
        """`not_name_words()` gives the offsets of words that cannot start a name (asked only
        when a title is followed by a possible name: part of speech is computed on demand)."""
        results = []
        after_titles = self._after_titles(text)
        excluded = not_name_words() if after_titles else frozenset()
        for start, end in after_titles:
            if start not in excluded:
                results.append(self.result(start, end, "name after a title"))
        for match in self.lead_cue.finditer(text):
            span = self.reader.read(text, match.end())
            if span and not self._not_a_person(text, *span) and not self._place_met(text, *span) \
                    and not any(s < span[1] and span[0] < e for s, e in not_person):
                results.append(self.result(*span, "name after 'met (with)'"))
        return results

    def _one_title(self, text: str, start: int, end: int) -> bool:
        """Whether the cue and the name read after it are one title (Prosecutor General's
        Office, Consul General: the title pattern stopped before a possessive or a line end)."""
        return " ".join(strip_possessive(text[start:end]).split()).upper() in self._titles

    def _titled_place(self, text: str, cue: re.Match[str], start: int, end: int) -> bool:
        """(fixnames50b) Whether the title's last word and the name's first one name a known place together (a town
        named after a person: NEAR PRINCE ALBERT, FROM PRINCE ALBERT AND KLAARSTROOM; Prince George, Port Louis)."""
        words = text[start:end].split()
        title = cue.group().split()
        return bool(words and title) and self.lexicon.is_place(f"{title[-1].rstrip('.')} {strip_possessive(words[0])}") \
            and not (len(words) > 1 and self.lexicon.is_given_name(words[0]))

    @functools.cached_property
    def _titles(self) -> frozenset[str]:
        return frozenset(" ".join(t.split()).upper() for t in self.lexicon.settings.names.titles)

    def _office(self, cue: str) -> bool:
        """Whether a title cue ends with an office written with its post (LEGATT, RSO, CONGEN:
        `names.posted_offices`; not Ambassador or DCM), after which a place is the post."""
        words = cue.split()
        last = words[-1].rstrip(".").upper() if words else ""
        return last in self.lexicon.posted_offices

    def _place_met(self, text: str, start: int, end: int) -> bool:
        """(fixnames49c) After `met (with)`, one word that is a known place and no known given name or surname
        (MET WITH JEJU 4.3 SURVIVORS): the people of that place, no person of that name."""
        lex = self.lexicon
        words = text[start:end].split()
        word = strip_possessive(words[0]) if len(words) == 1 else ""
        return bool(word) and lex.is_place(word) and not lex.is_given_name(word) and not lex.is_surname(word)

    def _not_a_person(self, text: str, start: int, end: int, office: bool = False) -> bool:
        """What follows a title or `met` is no person when it is one word naming a place (LEGATT
        LAGOS, RSO Kyiv: the post of an office) or a title (the President's office), a street
        (KING HUSSEIN STREET), or an organisation before a role (MET KOMMERSANT DEPUTY EDITOR, met Novaya Gazeta reporter)."""
        lex = self.lexicon
        words = text[start:end].split()
        if len(words) == 1 and (office and lex.is_place(words[0])
                                or strip_possessive(words[0]).upper() in lex.one_word_titles):
            return True  # (met with the Mayor's office: a title, not a name; Ambassador Taylor is a name)
        if "\n" in text[start:end] or len(words) > 2:
            return False  # a long or broken span is kept whole: vetoing it would release its names
        first_end = start + len(words[0]) if words else end
        if lex.place_before(text, first_end) or lex.place_before(text, end):
            return True
        role = _NEXT_WORDS.match(text, end)
        if role is None:
            return False
        first, second = role.group(1, 2)

        def is_role(word: str | None) -> bool:
            return word is not None and (word.lower() in lex.person_nouns or word.upper() in lex.one_word_titles)

        adjective = first.lower() not in lex.person_verbs and first.upper() not in lex.stop_words
        return is_role(first) or adjective and is_role(second)  # (investigative) reporter; not "met Deputy FM"
