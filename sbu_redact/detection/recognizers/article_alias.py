"""PERSON: a nickname opened by an article (fixnames35): the Neapolitan `'O`/`'A` (`"'O MALOMMO"`,
`he says 'o russo is back`, `o'malommo sta ccà`) and the Spanish `el`/`la` in quotes where the
sentence says person (`HIS OLD BOSS, "EL VEINTE", WAS KILLED`, `ZAZUETA, "LA CHAPARRA",`, `a
19-year-old called "el Tavo"`). The Neapolitan article with an apostrophe is no English and hardly
any Italian place's: in quotes it is a nickname; outside them it needs a person's verb after it.
A Spanish article is the first word of many places, gangs and newspapers (`"LA LÍNEA"`, `EL
PAÍS`), so it needs a cue: a naming word or a person's noun (`cue_words`, a doer's noun) right before the quotes, a name
it is set off by commas after, or a person's verb after it (`cue_words`, `verbs_after`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_L = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_WORDS = rf"[{_L}][{_L}'\u2019\-]*(?:[ \t]+[{_L}][{_L}'\u2019\-]*){{0,2}}"
# "'O MALOMMO", "‘a Zingara", "EL VEINTE", "la chaparra" (the article and up to three words)
_QUOTED = re.compile(rf"[\"\u201c](?P<name>(?:['\u2018\u2019](?P<neap>[OoAa])|(?P<article>[A-Za-z]+))[ \t]*{_WORDS}?)[,.;]?[\"\u201d]")
# 'o russo, o'malommo (a Neapolitan article outside quotes, lower case or capitals)
_BARE = re.compile(rf"(?<![\w'\u2019])(?P<name>['\u2018\u2019][OoAa][ \t]+[{_L}]{{3,}}|[Oo]['\u2019][a-z]{{3,}})(?![\w'\u2019])")
_WORD_BEFORE = re.compile(rf"(?P<word>[{_L}\-]+)(?P<comma>,)?[ \t]*\n?[ \t]*\Z")
# a second nickname in quotes joined to the first by `and`/`y` (fixnames36)
_QUOTED_PARTNER = re.compile(rf"[ \t]*\n?[ \t]*(?:and|AND|y|Y)[ \t]*\n?[ \t]*[\"\u201c][{_L}][{_L}'\u2019 \t\-]{{0,40}}[\"\u201d]")
_WORD_AFTER = re.compile(r"[,]?[ \t]*\n?[ \t]*(?P<word>[A-Za-z]+)(?:[ \t]+(?P<next>[A-Za-z]+))?")


@register("article_alias")
class ArticleAliasRecognizer(CableRecognizer):
    lower_case_names = True  # 'o russo, o'malommo: post-processing keeps them
    class Spec(RecognizerSpec):
        # Spanish (and other) articles that open a nickname in quotes given a cue
        articles: list[str] = []
        # words right before the quotes that make what is in them a name (called, only, as, aka)
        cue_words: list[str] = []
        # verbs after the nickname that make it a person's (was killed, says, is back)
        verbs_after: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.articles = frozenset(a.lower() for a in spec.articles)
        self.cue_words = frozenset(w.lower() for w in spec.cue_words)
        self.verbs_after = frozenset(w.lower() for w in spec.verbs_after)

    def _verb_after(self, text: str, end: int) -> bool:
        partner = _QUOTED_PARTNER.match(text, end)
        if partner is not None:
            end = partner.end()  # "EL ZURDO" AND "EL TIGRILLO" HAD FOLLOWED HER: the verb after both
        after = _WORD_AFTER.match(text, end)
        return after is not None and (after.group("word").lower() in self.verbs_after
                                      or after.group("next") is not None and after.group("word").lower() in ("was", "is", "has", "had")
                                      and after.group("next").lower() in self.verbs_after)

    def _cue_before(self, text: str, start: int) -> bool:
        """A naming word or a person's noun right before the quotes (CALLED, ONLY, OLD BOSS,), or a
        name (no place) that the quotes follow set off by a comma (ZAZUETA, "LA CHAPARRA",)."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group("word")
        # (only the listed words and nouns for a doer: names.person_nouns has `blog`, and `the blog
        # "La Voz del Camionero"` is no person)
        if word.lower() in self.cue_words or self.lexicon.agent_noun(word):
            return True
        return before.group("comma") is not None and word[:1].isupper() and not self.lexicon.is_place(word) \
            and (self.lexicon.is_surname(word) or not self.lexicon.is_common(word, 3.0))

    def _is_thing(self, text: str, start: int, end: int, name: str) -> bool:
        lex = self.lexicon
        return lex.is_place(name) or lex.is_organization(text, start, end)

    def find(self, text):
        results = []
        for m in _QUOTED.finditer(text):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            rest = name.split(None, 1)
            if m.group("neap") is not None:
                if len(rest) < 2 and len(name) < 5:
                    continue
                if not self._is_thing(text, start, end, name):
                    results.append(self.result(start, end, "a nickname in quotes opened by the Neapolitan article 'O"))
                continue
            if m.group("article").lower() not in self.articles or len(rest) < 2:
                continue
            if not (rest[1][:1].isupper() or name.islower()):
                continue
            if self._is_thing(text, start, end, name):
                continue
            if self._cue_before(text, m.start()) or self._verb_after(text, m.end()):
                results.append(self.result(start, end, "a nickname in quotes opened by an article, with a person's cue"))
        for m in _BARE.finditer(text):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            word = re.split(r"['\u2019 \t]+", name)[-1]
            glued = name[:1] in "Oo"  # o'malommo: an Irish O' too, so a word English does not use
            if glued and self.lexicon.is_common(word, 3.0) or self._is_thing(text, start, end, word):
                continue
            if self._verb_after(text, end) or glued and name.islower():
                results.append(self.result(start, end, "a nickname opened by the Neapolitan article 'o"))
        return results


__all__ = ["ArticleAliasRecognizer"]
