"""SOCIAL_HANDLE: a person's social-media account: an `@handle` (`@ESRAA_RASHID6`) or the address
of a profile on a social network (`facebook.com/esraa.fattah`, `t.me/kozulin_by`,
`vk.com/id1234`, `name.livejournal.com`). Sites and path prefixes are in rules/entities.yaml;
a site's front page (`www.facebook.com`) is not a person's. In a chat export, the user name of a
line's speaker (`[09:41] m.hatem: ...`, `[2007-10-23 21:14] ConOff_Ferris: ...`): one word after a
time stamp in brackets, before the colon that opens the message."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives


@register("social_handle")
class SocialHandleRecognizer(CableRecognizer):
    ENTITY = "SOCIAL_HANDLE"

    class Spec(RecognizerSpec):
        # sites whose first path segment is an account: facebook.com/NAME, t.me/NAME
        path_sites: list[str]
        # path segments that come before the account (linkedin.com/in/NAME)
        path_prefixes: list[str] = []
        # sites whose subdomain is an account: NAME.livejournal.com
        subdomain_sites: list[str] = []
        # the user name of a chat export line's speaker ([09:41] m.hatem: ...)
        chat_speakers: bool = True

    def __init__(self, lexicon, spec: "SocialHandleRecognizer.Spec"):
        super().__init__(lexicon, spec)
        prefixes = rf"(?:(?:{alternatives(spec.path_prefixes)})/)?" if spec.path_prefixes else ""
        patterns = [
            r"(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@]|\.[A-Za-z])",
            rf"(?i:(?<![\w.])(?:https?://)?(?:www\.|m\.|mobile\.)?(?:{alternatives(spec.path_sites)})/"
            rf"{prefixes}[\w.\-]*\w)",
        ]
        if spec.subdomain_sites:
            patterns.append(rf"(?i:(?<![\w.])(?:https?://)?(?!www\.)[\w\-]{{2,40}}\.(?:{alternatives(spec.subdomain_sites)})"
                            rf"(?![\w]))")
        self._pattern = re.compile("|".join(f"(?:{p})" for p in patterns))
        # a text with no `@` and no site name in it has no account (checked first: it is cheaper)
        self._sites = tuple(site.lower() for site in [*spec.path_sites, *spec.subdomain_sites])
        # a line opening with a time stamp in brackets (a digit, a colon inside), one word, a colon
        self._speaker = re.compile(r"^[ \t]*\[[^\]\n]{0,14}\d:\d\d[^\]\n]{0,10}\][ \t]*"
                                   r"(?P<user>[A-Za-z][\w.\-]{0,38}\w|[A-Za-z])[ \t]*:(?=[ \t]|$)", re.MULTILINE) \
            if spec.chat_speakers else None

    def _speakers(self, text):
        if self._speaker is None or "]" not in text:
            return []
        return [self.result(m.start("user"), m.end("user"), "a chat user name") for m in self._speaker.finditer(text)]

    def find(self, text):
        speakers = self._speakers(text)
        if "@" not in text:
            lower = text.lower()
            if not any(site in lower for site in self._sites):
                return speakers
        return [self.result(m.start(), m.end(), "a social-media account") for m in self._pattern.finditer(text)] + speakers
