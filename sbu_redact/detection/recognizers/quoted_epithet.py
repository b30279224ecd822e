"""PERSON: an English epithet in quotes where the sentence says person (fixnames36): `ASKED TO BE
CALLED "THE WEAVER"`, `SHAHIN SAID "THE PHARMACIST" WOULD RUN`, `"the Captain" is waiting`. `The`
opens titles of papers, ships, operations and films as often as nicknames (`"THE ECONOMIST"`,
`"THE OCEAN QUEEN" WAS SEIZED`), so it needs a strong cue: a naming word right before the quotes
(`naming_words`: called, nicknamed, aka), or a verb after it that only a person does
(`person_verbs_after`: said, told, knows; `is waiting`), or a speech verb before it (`SAID`,
`told us`) with a person's verb after it (`would run`). Its first word is a person's (a doer's
noun, a title, `person_heads`: THE OCEAN QUEEN is no one). No place, no organisation."""
from __future__ import annotations

import re

from ..registry import register
from ..words_around import LATIN_WORD, LATIN_WORD_BEFORE_THAT, verb_after
from .base import CableRecognizer, RecognizerSpec

_QUOTED = re.compile(rf"[\"\u201c](?P<name>(?P<article>[Tt]he|THE)[ \t]+{LATIN_WORD}"
                     rf"(?:[ \t]*\n?[ \t]*(?:of[ \t\n]+the[ \t\n]+|OF[ \t\n]+THE[ \t\n]+)?{LATIN_WORD}){{0,2}})[\"\u201d]")
QUOTED_EPITHET = "an epithet in quotes where the sentence says person"


@register("quoted_epithet")
class QuotedEpithetRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # words right before the quotes that make the quoted words a name (called, nicknamed, aka)
        naming_words: list[str] = []
        # verbs after the quotes that only a person does (said, told, knows), alone or after is/was/has/had
        person_verbs_after: list[str] = []
        # speech verbs right before the quotes (said, told), with `verbs_after` after them
        speech_words: list[str] = []
        # verbs after the quotes that make them a person's after a speech verb (would, had, will)
        verbs_after: list[str] = []
        # the epithet's first word is a doer's noun (PHARMACIST, WEAVER), a title (Marquis) or one of these
        person_heads: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.naming_words = frozenset(w.lower() for w in spec.naming_words)
        self.person_verbs_after = frozenset(w.lower() for w in spec.person_verbs_after)
        self.speech_words = frozenset(w.lower() for w in spec.speech_words)
        self.verbs_after = frozenset(w.lower() for w in spec.verbs_after)
        self.person_heads = frozenset(w.lower() for w in spec.person_heads)

    def _person_head(self, word: str) -> bool:
        """One of `person_heads`, or a compound ending with one of five letters or more (BLACKSMITH)."""
        return word in self.person_heads or any(word.endswith(h) for h in self.person_heads if len(h) >= 5)

    def find(self, text):
        lex = self.lexicon
        results = []
        for m in _QUOTED.finditer(text):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            words = name.split()
            if not (words[1][:1].isupper() or name.islower()) or name.isupper() != m.group("article").isupper():
                continue
            head = re.split(r"['\u2019]", words[1])[0]
            if not (lex.agent_noun(head) or head.upper() in lex.one_word_titles or self._person_head(head.lower())):
                continue  # (THE OCEAN QUEEN, THE STORM: a ship's or an operation's name)
            if lex.is_place(name) or lex.is_place(" ".join(words[1:])) or lex.is_organization(text, start, end):
                continue
            before = LATIN_WORD_BEFORE_THAT.search(text, max(0, m.start() - 40), m.start())
            cue = before.group("word").lower() if before is not None else ""
            if cue in self.naming_words or verb_after(text, m.end(), self.person_verbs_after) \
                    or cue in self.speech_words and verb_after(text, m.end(), self.verbs_after):
                results.append(self.result(start, end, QUOTED_EPITHET))
        return results


__all__ = ["QuotedEpithetRecognizer", "QUOTED_EPITHET"]
