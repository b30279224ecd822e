"""EMAIL_ADDRESS written so that robots miss it: `jdoe at state dot gov`, `jdoe[at]state[dot]gov`,
`j.doe (at) mail (dot) ru`, `chidinma.okafor at gmail dot com`. The word `at` alone (no
brackets) counts only when the dots are written as words too, so that `us at embassy.gov` is
not an address; the domain must end in a real top-level domain (tldextract's bundled list, no
network). The words for `at` and `dot` are in rules/entities.yaml."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives
from .email import offline_tld_extractor

_LOCAL = r"[A-Za-z0-9][\w.+\-]*"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9\-]*"
# (fixnames50) the top-level domains RFC 2606 reserves for examples: an address written with them is one all the same
_RESERVED_TLDS = frozenset({"example", "test", "invalid"})


@register("email_obfuscated")
class ObfuscatedEmailRecognizer(CableRecognizer):
    ENTITY = "EMAIL_ADDRESS"

    class Spec(RecognizerSpec):
        at_words: list[str] = ["at"]
        dot_words: list[str] = ["dot"]

    def __init__(self, lexicon, spec: "ObfuscatedEmailRecognizer.Spec"):
        super().__init__(lexicon, spec)
        at, dot = alternatives(spec.at_words), alternatives(spec.dot_words)
        bracketed_at = rf"[ \t]*[\[({{<][ \t]*(?i:{at})[ \t]*[\])}}>][ \t]*"
        bracketed_dot = rf"[ \t]*[\[({{<][ \t]*(?i:{dot})[ \t]*[\])}}>][ \t]*"
        word_dot = rf"[ \t]+(?i:{dot})[ \t]+"
        any_dot = rf"(?:{bracketed_dot}|{word_dot}|\.)"
        # the local part may have its dots written as words too (ainura dot toktogulova at gmail dot com)
        local = rf"{_LOCAL}(?:(?:{bracketed_dot}|{word_dot}){_LOCAL})*"
        self._pattern = re.compile(
            rf"(?<![\w.+\-@])(?:{local}{bracketed_at}{_LABEL}(?:{any_dot}{_LABEL})*{any_dot}[A-Za-z]{{2,10}}"
            rf"|{local}[ \t]+(?i:{at})[ \t]+{_LABEL}(?:(?:{bracketed_dot}|{word_dot}){_LABEL})*"
            rf"(?:{bracketed_dot}|{word_dot})[A-Za-z]{{2,10}})(?![\w@])")
        self._at = re.compile(rf"{bracketed_at}|[ \t]+(?i:{at})[ \t]+")
        self._dot = re.compile(rf"{bracketed_dot}|{word_dot}")
        # every such address has a bracketed `at` or a `dot` word: texts without one are skipped
        self._hint = re.compile(rf"{bracketed_at}|(?<![\w])(?i:{dot})(?![\w])")

    def find(self, text):
        if self._hint.search(text) is None:
            return []
        results = []
        pos = 0
        while (match := self._pattern.search(text, pos)) is not None:
            at = list(self._at.finditer(match.group()))[-1]  # the last `at`: the local part has none
            address = self._dot.sub(".", match.group()[:at.start()]) + "@" + self._dot.sub(".", match.group()[at.end():])
            domain = address.rsplit("@", 1)[-1].lower()
            if offline_tld_extractor()(domain).suffix or domain.rsplit(".", 1)[-1] in _RESERVED_TLDS:  # (YAHOO DOT FR)
                results.append(self.result(match.start(), match.end(), "an e-mail address written with at/dot words"))
                pos = match.end()
            else:  # (fixnames50) write to her at dorrie dot plum at ...: the address may start at a later word
                pos = match.start() + 1
        return results
