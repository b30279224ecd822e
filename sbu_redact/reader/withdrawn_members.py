"""A release to a community that the UK has left, or a UK release that lapsed, grants the UK nothing (fix47e,
adv185-013).

    1. (U) Release: SBU paragraphs of this memo are releasable to Exercise SILVER ANVIL participants.
    2. (U) Participation: the United Kingdom withdrew from SILVER ANVIL on 2 November ...

The release named no country, so the partner level released SBU text to the UK as it does by default. Two shapes:
(1) a release to a community (`participants`, `members`, `partners`, `coalition`, `signatories`, `contributing
nations` ...) and a sentence that says the UK left it: `withdrew from`, `pulled out of`, `left`, `is no longer a
participant` ..., where what the UK left shares a capitalised word with the community's name, or names no
community and says the UK is no longer a participant or member; (2) a UK release that `lapsed`, `expired` or `was
revoked`, `rescinded`, `withdrawn`, `cancelled`. Either way every controlled portion (a level above UNCLASSIFIED or
a designation such as SBU or CUI) takes NOFORN (`raising.raised_to`: never lowered); plain (U) portions are left
as read.

The words are the rules' (fix48b): rules/record_words.yaml `withdrawn_members`, and the UK's names the one list's
(`VocabularyNames.uk_names`; the Royal Navy stands among `uk_government_names.offices`).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .partial_releases import uk_pattern
from .raising import controlled, raised_to
from .rule_words import alternatives, made_once
from .state import Reading

_CAPITAL = re.compile(r"\b[A-Z][A-Za-z\-]{2,}")


class _Patterns:
    """The patterns of rules/record_words.yaml `withdrawn_members` and the UK's names (fix48b: the words are the
    rules')."""

    def __init__(self, g: object):
        words = g.record_words["withdrawn_members"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        uk = uk_pattern(g)  # the UK, or its navy leaving an exercise (`uk_government_names.offices`)
        self.community = lazy(r"(?i:\b(?:" + alt("release_verbs") + r")\b"
                              r"[^.;\n]{0,80}?\b(?:to|with)[ \t]+(?P<community>(?:the[ \t]+|all[ \t]+)?[^.;\n]{0,60}?\b(?:"
                              + alt("communities") + r"|members[ \t]+of[ \t]+[^.;\n]{1,40}))\b)")
        self.left = lazy(r"(?i:\b" + uk + r"(?:['’]s)?\b[^.;\n]{0,40}?\b(?P<verb>(?:(?:" + alt("auxiliaries") + r")[ \t]+)?"
                         r"(?:" + alt("leaving") + r"))\b(?:[ \t]+(?:" + alt("left_from") + r")[ \t]+(?P<what>[^.;,\n]{1,60}))?)")
        self.lapsed = lazy(r"(?i:\b(?:" + uk + r"[ \t]+(?:" + alt("lapsed_releases") + r")|(?:" + alt("lapsed_release_lists")
                           + r")\b[^.;\n]{0,60}?\b(?:to[ \t]+)?" + uk + r")\b[^.;\n]{0,60}?\b(?:" + alt("lapsing") + r"|(?:"
                           + alt("passive") + r")[ \t]+(?:" + alt("revoking") + r"))\b)")
        self.membership = lazy(r"(?i)" + alt("membership"))
        self.community_word = lazy(r"(?i)\b(?:" + alt("community_words") + r")\b")
        self.not_names = frozenset(w.capitalize() for w in words["not_names"])


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "withdrawn_members", _Patterns)


def _left_community(r: Reading) -> str | None:
    """The sentence that says the UK left a community the text is released to (None: none)."""
    text, w = r.text, _patterns(r)
    communities = [m.group("community") for m in w.community.finditer(text)]
    if not communities:
        return None
    names = {n for c in communities for n in _CAPITAL.findall(c)} - w.not_names
    # (review50a) matches are tried at every start, not only where the last one ended: a match thrown away
    # (`The Foreign Secretary's departure from Brussels means the UK ...`) must not swallow the UK's own statement
    m = w.left.search(text)
    while m is not None:
        what = m.group("what")
        if what is None:
            if w.membership.search(m.group("verb")):
                return m.group(0)
        elif names & (set(_CAPITAL.findall(what)) - w.not_names) or w.community_word.search(what):
            return m.group(0)
        m = w.left.search(text, m.start() + 1)
    return None


def raise_withdrawn_members(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every controlled portion raised to NOFORN when a UK release lapsed or the UK left the
    community the text is released to."""
    text = r.text
    if not any(controlled(p.marking) for p in portions):
        return portions
    lapsed = _patterns(r).lapsed.search(text)
    said = lapsed.group(0) if lapsed is not None else _left_community(r)
    if said is None:
        return portions
    reason = f"'{said.strip()[:100]}': the UK holds no release of this text"
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    return [raised_to(r, p, [noforn], reason) if controlled(p.marking) else p for p in portions]
