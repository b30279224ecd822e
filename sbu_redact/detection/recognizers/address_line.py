"""PERSON: people on the address lines of e-mails and memos (`From: Pruitt, Dana K
<PruittDK@state.gov>`, `To: Okonkwo, Adaeze; Lindqvist, Per O`, `Cc: Jane Doe, INR/OPN`), an indented line that
continues an address line included; an office and a dash before the name (`TO: EUR – PDAS Jane Doe`,
`FROM: DRL/NESCA - John Doe`) and a title before it stay outside the name. A distribution list
(`EUR-CARC-DL`: a shape of `suppress.patterns`) and a post before an office (`FROM: Embassy Abu Dhabi, ECON`) are no persons."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer

_LINE = re.compile(r"^[ \t]*(?:\*\*)?(?:From|To|Cc|Bcc|Sent by|Reply-To|Review Authority|Reviewed by|Through|Thru)(?:\*\*)?[ \t]*:[ \t]*(?P<value>.+(?:\n[ \t]+\S.*)*)$",
                   re.MULTILINE | re.IGNORECASE)
# Surname, Given M, and maybe the office or post in parentheses: Stone, Emmanuel K (Bogota/RSO);
# particles may open the surname (bin Hafiz, Ó Dálaigh: the rules' `names.particles`), up to three
# given names follow (Nguyen, Thi Thu Hang), and stray marks may end it (Sa'ad??)
# (an initial alone after the comma, with its period: Kowalczyk-Baah, D.)
_SURNAME_FIRST = (r"(?<![\w'\-])(?:(?i:{particles})[ \t]+)*[A-Z\u00C0-\u00DE][\w'\-]+,[ \t]+[A-Z\u00C0-\u00DE][\w'\-]*\.?"
                  r"(?:[ \t]+[A-Z\u00C0-\u00DE][\w'\-]+){{0,2}}(?:[ \t]+[A-Z]\.?)*"
                  r"(?=[?!*]*[ \t]*(?:\([^()\n]*\))?[ \t]*$)")
_OFFICE_DASH = re.compile(r"^[ \t]*[A-Z]{1,8}(?:/[A-Z0-9]{1,8})*[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]+")
_HANDLE = re.compile(r"[a-z][a-z0-9._\-]{2,}")
_NAME = re.compile(r"[A-Z][\w'\-]*\.?(?:[ \t]+[A-Z][\w'\-]*\.?){0,3}")


@register("address_line")
class AddressLineRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        particles = "|".join(re.escape(p) for p in sorted(lexicon.particles, key=len, reverse=True))
        self.surname_first = re.compile(_SURNAME_FIRST.format(particles=particles))

    def find(self, text):
        results = []
        for line in _LINE.finditer(text):
            # e-mail addresses are blanked (their own recognizer finds them); offsets do not move
            # (also Outlook's `[mailto:...]` after the name)
            value = re.sub(r"<[^>\n]*>|\[mailto:[^\]\n]*\]", lambda m: " " * len(m.group()), line.group("value"))
            # an office before a dash opens a memo's FROM line: FROM: DRL/NESCA - Hyacinth Oyelaran-Pike
            value = _OFFICE_DASH.sub(lambda m: " " * len(m.group()), value)
            for item in re.finditer(r"[^;]+", value):
                base = line.start("value") + item.start()
                whole = self.surname_first.search(item.group())  # Surname, Given M
                if whole is not None and not self._surname(whole.group().split(",")[0]):
                    whole = None  # Office of Nordic and Baltic Affairs, Karen Whitfield: an office, then a name
                # otherwise each comma-separated part that is nothing but a name: "Jane Q. Analyst",
                # not "Office of Nordic Affairs" or "INR/OPN"
                # (or a lower-case user name, From: mgrunwald, that is not a word, vo-legal)
                names = [whole] if whole else [
                    m for chunk in re.finditer(r"[^,]+", item.group())
                    for m in [_NAME.fullmatch(item.group(), *_stripped(chunk))
                              or _HANDLE.fullmatch(item.group(), *_stripped(chunk))]
                    if m is not None and (m.re is _NAME or self._handle(m.group()))]
                for name in names:
                    end = name.end() - (1 if name.group().endswith(".") else 0)
                    start = name.start()
                    if not whole:  # a title before the name stays (TO: EUR - PDAS Cassius Moberly-Tran)
                        while (title := re.match(r"([A-Z][\w'\-]*\.?)[ \t]+(?=[A-Z])", item.group()[start:end])) is not None \
                                and title.group(1).rstrip(".").upper() in self.lexicon.title_words:
                            start += title.end()
                    if start > name.start() and (len(item.group()[start:end].split()) < 2
                                                 or self.lexicon.is_place(item.group()[start:end])):
                        continue  # an office and its post (RSO Kyiv): a title before one word is no name
                    if not (whole or self._looks_like_a_person(item.group()[start:end])):
                        continue  # an office (INR/OPN), a title (Secretary of State), "All Posts"
                    results.append(self.result(base + start, base + end, "person on an address line"))
        return results

    def _surname(self, words: str) -> bool:
        """The part before the comma of `Surname, Given` is a surname: its last word is a known
        surname or no common English word (not `Affairs`)."""
        lex = self.lexicon
        last = words.split()[-1]
        if len(words.split()) > 1 and lex.is_place(words.strip()) and not lex.is_surname(last):
            return False  # FROM: Embassy Abu Dhabi, ECON: a post and an office (not Ashford, Lionel: one word)
        return lex.is_surname(last) or not lex.is_common(last, lex.settings.names.caps_continue_below_zipf)

    def _handle(self, token: str) -> bool:
        lex = self.lexicon
        return len(token) >= 4 and not any(lex.is_common(p, 3.0) or lex.never_a_name(p) for p in re.split(r"[.\-_]", token) if p)

    def _looks_like_a_person(self, name: str) -> bool:
        lex = self.lexicon
        words = re.findall(r"[A-Za-z][\w'\-]*", name)
        if any(lex.never_a_name(w) or w.upper() in lex.stop_words or w.upper() in lex.title_words for w in words):
            return False
        if lex.post_and_office(name):
            return False  # To: Caracas ACS, Havana-ConsularFraud: a post's mailbox
        threshold = lex.settings.names.caps_continue_below_zipf
        return any(lex.is_given_name(w) or not lex.is_common(w, threshold) for w in words)


def _stripped(chunk: re.Match) -> tuple[int, int]:
    """The span of a comma-separated chunk without its surrounding blanks."""
    text = chunk.group()
    return chunk.start() + len(text) - len(text.lstrip()), chunk.end() - len(text) + len(text.rstrip())
