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
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .partial_releases import UK
from .raising import controlled, raised_to
from .state import Reading

_UK = r"(?:" + UK + r"|(?:the[ \t]+)?Royal[ \t]+Navy\b)"  # the UK, or its navy leaving an exercise
_COMMUNITY = lazy(r"(?i:\b(?:releas\w*|REL[ \t]+TO|shar\w*|pass(?:ed|able)?|provid\w*|disclos\w*|disseminat\w*)\b"
                  r"[^.;\n]{0,80}?\b(?:to|with)[ \t]+(?P<community>(?:the[ \t]+|all[ \t]+)?[^.;\n]{0,60}?\b(?:participants|"
                  r"participating[ \t]+(?:nations|countries|states|forces)|members|member[ \t]+(?:states|nations|countries)|"
                  r"partners|coalition|signatories|contributors|contributing[ \t]+(?:nations|countries|states)|parties|"
                  r"members[ \t]+of[ \t]+[^.;\n]{1,40}))\b)")
_LEFT = lazy(r"(?i:\b" + _UK + r"(?:['’]s)?\b[^.;\n]{0,40}?\b(?P<verb>(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:withdr[ae]wn?|pulled[ \t]+out|"
             r"dropped[ \t]+out|left|exited|quit|ceased[ \t]+to[ \t]+be[ \t]+(?:a[ \t]+)?(?:participant|member|party)|"
             r"(?:is|was|are|were)[ \t]+no[ \t]+longer[ \t]+(?:a[ \t]+)?(?:participant|member|party|participating|part)|"
             r"no[ \t]+longer[ \t]+(?:participates|takes[ \t]+part)|withdrawal|departure|exit|suspended[ \t]+"
             r"(?:its|their)[ \t]+(?:participation|membership)))\b(?:[ \t]+(?:from|of|out[ \t]+of)[ \t]+(?P<what>[^.;,\n]{1,60}))?)")
_LAPSED = lazy(r"(?i:\b(?:" + _UK + r"[ \t]+(?:release|releasability)|(?:release|releasability|REL[ \t]+TO)\b[^.;\n]{0,60}?\b(?:to[ \t]+)?"
               + _UK + r")\b[^.;\n]{0,60}?\b(?:lapsed|expired|has[ \t]+expired|(?:was|has[ \t]+been|were|have[ \t]+been)[ \t]+"
               r"(?:revoked|rescinded|withdrawn|cancell?ed|suspended|terminated))\b)")
_CAPITAL = re.compile(r"\b[A-Z][A-Za-z\-]{2,}")
_NOT_NAMES = {"The", "Exercise", "Operation", "All", "Participants", "Members", "Partners", "Coalition", "States"}



def _left_community(text: str) -> str | None:
    """The sentence that says the UK left a community the text is released to (None: none)."""
    communities = [m.group("community") for m in _COMMUNITY.finditer(text)]
    if not communities:
        return None
    names = {w for c in communities for w in _CAPITAL.findall(c)} - _NOT_NAMES
    for m in _LEFT.finditer(text):
        what = m.group("what")
        if what is None:
            if re.search(r"(?i)participa|member|part(?:y|\b)", m.group("verb")):
                return m.group(0)
            continue
        if names & (set(_CAPITAL.findall(what)) - _NOT_NAMES) or re.search(
                r"(?i)\b(?:participants|coalition|membership)\b", what):
            return m.group(0)
    return None


def raise_withdrawn_members(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every controlled portion raised to NOFORN when a UK release lapsed or the UK left the
    community the text is released to."""
    text = r.text
    if not any(controlled(p.marking) for p in portions):
        return portions
    lapsed = _LAPSED.search(text)
    said = lapsed.group(0) if lapsed is not None else _left_community(text)
    if said is None:
        return portions
    reason = f"'{said.strip()[:100]}': the UK holds no release of this text"
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    return [raised_to(r, p, [noforn], reason) if controlled(p.marking) else p for p in portions]
