"""SOCIAL_HANDLE: a person's social-media account: an `@handle` (`@ESRAA_RASHID6`) or the address
of a profile on a social network (`facebook.com/esraa.fattah`, `t.me/kozulin_by`,
`vk.com/id1234`, `name.livejournal.com`). Sites and path prefixes are in rules/entities.yaml;
a site's front page (`www.facebook.com`) is not a person's. In a chat export, the user name of a
line's speaker (`[09:41] m.hatem: ...`, `[2007-10-23 21:14] ConOff_Ferris: ...`): one word after a
time stamp in brackets, before the colon that opens the message; without a time stamp, the user
name opening a line (`obilyk_les: he's on twitter`, `<gwhitlock> thx`) where two lines or more of
the text open so, shaped as a user name (lower case, or `_`, `.` or a digit in it; no English word
in use unless so marked). In prose, a user name after a word for one (`handle kbrennan_pol`,
`username: m.hatem`): `_`, `.` or a digit in it, or lower case and no English word."""
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
        # words after which a user name follows in prose (handle, username), any case
        handle_words: list[str] = []

    def __init__(self, lexicon, spec: "SocialHandleRecognizer.Spec"):
        super().__init__(lexicon, spec)
        prefixes = rf"(?:(?:{alternatives(spec.path_prefixes)})/)?" if spec.path_prefixes else ""
        patterns = [
            r"(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@]|\.[A-Za-z])",
            # (fixnames51) an Instagram or TikTok account with dots inside (`@kayla.m.doe`), not a domain's name
            r"(?<![\w@.])@[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9_]{1,30}){1,3}(?<!\.com)(?<!\.org)(?<!\.net)(?<!\.gov)(?<!\.edu)"
            r"(?![\w@]|\.[A-Za-z0-9_])",
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
        # ... and without a time stamp: a user name opening a line, then a colon (or in <angle brackets>)
        # (a time stamp without brackets may come first, one in brackets after the name: `10:02 kb_pol:`,
        # `kb_pol (10:02):`, `[kb_pol] ok`)
        user = r"[A-Za-z][\w.\-]{0,38}\w"
        stamp = r"(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp][Mm])?"
        self._bare_speaker = re.compile(rf"^[ \t]*(?P<stamp>[\[(]?{stamp}[\])]?[ \t]*(?:[\-|][ \t]*)?)?"
                                        rf"(?:(?P<user>{user})(?P<after>[ \t]*[\[(][^\])\n]{{1,25}}[\])])?[ \t]*[:>]"
                                        rf"|<(?P<nick>{user})>|\[(?P<square>{user})\])(?=[ \t])", re.MULTILINE) \
            if spec.chat_speakers else None
        words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]*") for w in sorted(spec.handle_words, key=len, reverse=True))
        # where one of the words may start: one scan of the lower-cased text, no IGNORECASE (cheaper)
        self._handle_start = re.compile("|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]*")
                                                 for w in sorted(spec.handle_words, key=len, reverse=True))) if words else None
        self._after_word = re.compile(rf"(?<![\w])(?i:{words})(?![\w])(?:[ \t]+(?i:is|was|as|at|handle|account|id|name|user))*[ \t]*[:=]?[ \t]*[\"\u201c'(]?"
                                      r"(?P<user>@?[A-Za-z][\w.\-]{1,38}[A-Za-z0-9_])(?![\w@])") if words else None

    def _speakers(self, text):
        if self._speaker is None or "]" not in text:
            return []
        return [self.result(m.start("user"), m.end("user"), "a chat user name") for m in self._speaker.finditer(text)]

    def _user_name_shaped(self, user: str) -> bool:
        """A user name by its shape: `_`, `.` or a digit in it, or lower case and no English word in use."""
        if re.search(r"[_.\d]", user):
            return True
        return user.islower() and len(user) > 3 and not self.lexicon.is_common(user, self.lexicon.settings.names.rare_below_zipf)

    def _bare_speakers(self, text):
        if self._bare_speaker is None or not any(c in text for c in ":<["):
            return []
        found, stamped = [], False
        for m in self._bare_speaker.finditer(text):
            group = next(g for g in ("user", "nick", "square") if m.group(g) is not None)
            if self._user_name_shaped(m.group(group)):
                found.append((m.start(group), m.end(group)))
                # a time stamp and a user name with `_` or a digit make a chat line alone (the reader
                # may cut a chat into one unit per line)
                # (so do a time stamp and a user name in angle brackets: `[10:02] <rtromp> anyone`)
                stamped = stamped or bool((m.group("stamp") or m.group("after"))
                                          and (re.search(r"[_\d]", m.group(group)) or group == "nick"))
        if len(found) < 2 and not stamped:
            return []  # one line so shaped is no chat
        return [self.result(s, e, "a chat user name") for s, e in found]

    def _named_handles(self, text):
        if self._after_word is None or self._handle_start is None:
            return []
        out = []
        starts = (m.start() for m in self._handle_start.finditer(text.lower()))
        for m in (m for at in starts if (m := self._after_word.match(text, at)) is not None):
            user = m.group("user")
            if user.startswith("@"):
                continue  # found by the @handle pattern
            if self._user_name_shaped(user) and not re.fullmatch(r"[\d.\-]+", user):
                out.append(self.result(m.start("user"), m.end("user"), "a user name after a word for one"))
        return out

    def find(self, text):
        speakers = self._speakers(text) + self._bare_speakers(text) + self._named_handles(text)
        if "@" not in text:
            lower = text.lower()
            if not any(site in lower for site in self._sites):
                return speakers
        return [self.result(m.start(), m.end(), "a social-media account") for m in self._pattern.finditer(text)] + speakers
