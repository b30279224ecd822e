"""PERSON: a surname that opens with a particle or a patronymic prefix, standing alone or after
a given name (`NÍ BHRIAIN`, `MAC AN TSAOI`, `Ó FLAITHEARTA'S`, `Kirsty Nic a' Phearsain`,
`Cut Nyak Fatimah`, `LE GALL`). Two lists: `prefixes` open a surname before any
capitalized word that no English word list knows (`names.rare_below_zipf`: not NIC FIRMWARE) and that is no place (the Irish and
Scottish Ó, Ní, Nic, Uí, Mac an, Nic a'); `known_name_prefixes` are words elsewhere (French Le,
English Cut) and open a name only before a known surname or given name (`LE GALL`, `Cut Nyak
Fatimah`, not `Le Monde`). The prefix is matched as listed or in capitals, and in capitals the
name after it is in capitals too. A known given name right before, in the same case, goes with
the name."""
from __future__ import annotations

import re
from functools import cached_property

from ..lexicon import strip_possessive
from ...folding import name_fold as fold
from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives

_UPPER = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
# the name word, with an Irish mutation letter before it (Ó hAodha, NÍ hEALAITHE)
_NAME = rf"(?:[hnt]-?)?[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?"
PARTICLE_SURNAME = "a surname opening with a particle"
_WORD_BEFORE = re.compile(r"(?<![\w\-'\u2019.])(?P<word>[A-Z\u00C0-\u00DE][\w\-]+)[ \t]+\Z")


@register("particle_surname")
class ParticleSurnameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # open a surname before any capitalized word no English word list uses much
        prefixes: list[str] = []
        # open a name only before a known surname or given name
        known_name_prefixes: list[str] = []

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        forms = {f for p in (*self.spec.prefixes, *self.spec.known_name_prefixes) for f in (p, p.upper())}
        if not forms:
            return None
        return re.compile(r"(?<![\w\-'\u2019])(?P<prefix>" + alternatives(sorted(forms)) + r")[ \t]+"
                          r"(?P<name>" + _NAME + r")(?P<possessive>['\u2019][sS])?(?![\w\-])")

    @cached_property
    def _known_only(self) -> frozenset[str]:
        return frozenset(fold(p) for p in self.spec.known_name_prefixes)

    def find(self, text):
        pattern = self._pattern
        if pattern is None:
            return []
        lex = self.lexicon
        threshold = lex.settings.names.rare_below_zipf
        results = []
        for match in pattern.finditer(text):
            prefix, name = match.group("prefix"), match.group("name")
            letters = [c for c in prefix if c.isalpha()]
            caps = len(letters) > 1 and prefix.isupper()
            if caps != name.isupper() and len(letters) > 1:
                continue  # (MAC AN Tsaoi, Le MONDE: not one name's case)
            bare = name.lstrip("htn-") if name[:1] in "htn" else name
            if lex.never_a_name(bare) or lex.is_place(bare) or lex.is_place(f"{prefix} {name}") \
                    or fold(bare) in lex.title_words or fold(bare) in lex.stop_words:
                continue
            if fold(prefix) in self._known_only:
                # (a prefix of two words is specific enough for any word no English word list uses much)
                if not (lex.is_surname(bare) or lex.is_given_name(bare)
                        or len(prefix.split()) > 1 and not lex.is_common(bare, threshold)):
                    continue
            elif lex.is_common(bare, threshold) and not lex.is_surname(bare):
                continue
            start = match.start()
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is not None:
                word = before.group("word")
                if strip_possessive(word) == word and word.isupper() == name.isupper() and lex.is_given_name(word) \
                        and not lex.never_a_name(word) and fold(word) not in lex.title_words \
                        and fold(word) not in lex.stop_words and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf):
                    start = before.start("word")  # MÍCHEÁL MAC AN TSAOI, Kirsty Nic a' Phearsain
            results.append(self.result(start, match.end(), PARTICLE_SURNAME))
        return results
