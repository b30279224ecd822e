"""SOCIAL_HANDLE: a person's social-media account: an `@handle` (`@ESRAA_RASHID6`) or the address
of a profile on a social network (`facebook.com/esraa.fattah`, `t.me/kozulin_by`,
`vk.com/id1234`, `name.livejournal.com`). Sites and path prefixes are in rules/entities.yaml;
a site's front page (`www.facebook.com`) is not a person's."""
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

    def find(self, text):
        if "@" not in text:
            lower = text.lower()
            if not any(site in lower for site in self._sites):
                return []
        return [self.result(m.start(), m.end(), "a social-media account") for m in self._pattern.finditer(text)]
