"""PERSON: a name in lower case in typed notes whose sentences open in lower case (fixnames35:
`chandrika came to the Temple of the Tooth`, `nimal says the van had no plates`, `eli told the
story`, `with her brother-in-law nimal.`, `the nephew, tonino, drives for them`). Such notes keep
capitals for places and institutions, so `lower_case_name` (lines in lower case only) skips them.

A word is taken when it is no English word in use (`names.rare_below_zipf`) or a known given name
English uses little (`given_max_zipf`), no place, people, marking, stop word or person's noun, and
the sentence says person: it opens the sentence before one of `verbs_after`, or it follows one of
`kin_nouns` (closed by punctuation, or set off by commas), or an age follows it set off by commas
(`pema, 14, and`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = re.compile(r"(?<![\w'\u2019\-@./])(?P<word>[a-z\u00DF-\u00F6\u00F8-\u00FF][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F]{2,})(?![\w'\u2019@/\-]|\.\w)")
# the start of a sentence: after . ; : ! ? (a line break allowed), a blank line, or a bullet or
# number opening a line (not any line's start: notes wrap mid-sentence, `says that\nmozartplatz`)
_OPENS = re.compile(r"(?:\A|[.;:!?][ \t]*\n?|\n[ \t]*\n|\n[ \t]*(?:[-*\u2022]|\d+[.)]))[ \t]*\Z")
_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z']+)")
_KIN_BEFORE = re.compile(r"(?<![\w\-])(?P<noun>[a-z][a-z\-]+)(?P<comma>,)?[ \t]+\Z")
_CLOSED = re.compile(r"[ \t]*(?:[,;)]|\.(?:\s|\Z)|\Z|\n)")
# a person's age set off by commas after the word (arrivals: pema, 14, and her brother)
_AGE_AFTER = re.compile(r",[ \t]*\d{1,2}[ \t]*(?:,|;|\)|\.(?:\s|\Z))")


@register("lower_case_subject")
class LowerCaseSubjectRecognizer(CableRecognizer):
    lower_case_names = True  # its names are in lower case; post-processing keeps them

    class Spec(RecognizerSpec):
        verbs_after: list[str] = []
        kin_nouns: list[str] = []
        # a known given name up to this zipf frequency will do (eli, pema); other words must be rarer
        # than names.rare_below_zipf
        given_max_zipf: float = 4.0
        # words for a relative used as a name (mammie, ouma): no one's name
        not_names: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.verbs_after = frozenset(v.lower() for v in spec.verbs_after)
        self.kin_nouns = frozenset(n.lower() for n in spec.kin_nouns)
        self.not_names = frozenset(n.lower() for n in spec.not_names)

    def _name_like(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        if upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper or lex.never_a_name(word) \
                or lex.is_place(word) or lex.is_people(word) or word in lex.person_nouns or word in self.verbs_after \
                or word in self.kin_nouns or word in self.not_names or lex.agent_noun(word):
            return False
        if not lex.is_common(word, lex.settings.names.rare_below_zipf):
            return True
        return lex.is_given_name(word) and not lex.is_common(word, self.spec.given_max_zipf)

    def find(self, text):
        # only text with capitals (notes in lower case throughout are lower_case_name's) whose
        # sentences may open in lower case
        if not any(c.isupper() for c in text) or not any(c.islower() for c in text[:200]):
            return []
        results = []
        for m in _WORD.finditer(text):
            word, start, end = m.group("word"), m.start(), m.end()
            opens = _OPENS.search(text, max(0, start - 12), start) is not None
            verb = _VERB_AFTER.match(text, end)
            kin = _KIN_BEFORE.search(text, max(0, start - 30), start)
            subject = opens and verb is not None and verb.group("verb") in self.verbs_after
            after_kin = kin is not None and kin.group("noun") in self.kin_nouns and _CLOSED.match(text, end) is not None \
                and (kin.group("comma") is None or text.startswith(",", end))
            aged = _AGE_AFTER.match(text, end) is not None
            if not (subject or after_kin or aged) or not self._name_like(word):
                continue
            results.append(self.result(start, end, "a name in lower case opening a sentence before a person's verb, "
                                                   "or after a relative's noun, in typed notes"))
        return results


__all__ = ["LowerCaseSubjectRecognizer"]
