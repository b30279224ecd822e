"""EMAIL_ADDRESS: Presidio's e-mail recognizer, offline. Presidio checks an address's domain with
`tldextract`, whose default extractor downloads the public suffix list at run time (and prints
tracebacks when it cannot); this one reads the snapshot bundled with tldextract and never
touches the network.

An address whose domain is not on the public suffix list (an intranet `@exchange.local`, a
reserved `.example`, a mistyped suffix) is still an address: it keeps the pattern's score
instead of being dropped, since a tool that redacts must fail closed."""
from __future__ import annotations

import functools

from presidio_analyzer.predefined_recognizers import EmailRecognizer

from ..registry import register
from .base import RecognizerSpec


@functools.lru_cache(maxsize=1)
def offline_tld_extractor():
    import tldextract

    # no URLs to fetch, no disk cache to read or write: the bundled public suffix list only
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@register("email")
class OfflineEmailRecognizer(EmailRecognizer):
    REPLACES = "EmailRecognizer"

    class Spec(RecognizerSpec):
        context: list[str] = ["email", "e-mail", "mail", "address"]

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(context=list(spec.context), name="EmailRecognizer")

    def validate_result(self, pattern_text: str):  # noqa: D102
        # True raises the score of a known domain; None keeps the pattern's score for any other
        return True if offline_tld_extractor()(pattern_text).fqdn != "" else None
