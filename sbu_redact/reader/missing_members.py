"""A release to a community whose own participant list leaves the UK out grants the UK nothing (fix48d, adv188-011).

    (U) Handling: CUI slides in this deck are releasable to Exercise NORTHERN TIDE participants.
    (U) Participants
    | CAN | Maritime patrol aircraft |  | DNK | ... |  | USA | Lead nation ... |

The release named no country, so the partner level released the CUI to the UK as it does by default. When the text
is released to a community of participants or members (`withdrawn_members`' community sentence) and the document
lists that community (a line that names `participants`, `participating nations`, `members`, `contributing nations`
..., and the lines under it to the next blank line) with at least two countries besides the USA and none of them
the UK, every controlled portion takes NOFORN (`raising.raised_to`: never lowered). A list that names the UK, or no
list that can be read, leaves main's reading.

The words are the rules' (fix49a): rules/record_words.yaml `missing_members`, and the UK's names the one list's
(`VocabularyNames.uk_names`: the Royal Navy, Royal Air Force, Royal Marines and RAF among `uk_government_names`;
(fix50b) not its `ambiguous_offices`, since naming the UK here keeps the text releasable).

(fix50c, review49b) Other nations' royal services (`Royal Thai Navy`, `Royal Brunei Navy`, `Royal Air Force of Oman`,
`Royal Navy of Oman`; rules `missing_members.services`) count as members that are not the UK: their nations' words
are no `country_names`, so a list of them named too few countries and raised nothing; and the UK's `Royal Air Force`
inside `Royal Air Force of Oman` named the UK. A list that names a nation's service and the nation counts it once;
the UK's own services (`Royal Navy`, `Royal Air Force`) still name the UK. Only raising.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import lazy
from .evidence import _countries_named
from .partial_releases import uk_pattern
from .raising import controlled, raised_to
from .rule_words import alternatives, made_once
from .state import Reading
from .withdrawn_members import _patterns as _withdrawn_patterns

_SENTENCE_END = lazy(r"[.;\n]|\Z")
_BLOCK_END = lazy(r"\n[ \t]*\n|\n[ \t]*-{2,}|\n[ \t]*\[?slide\b")


class _Patterns:
    """The patterns of rules/record_words.yaml `missing_members` and the UK's names (fix49a: the words are the
    rules')."""

    def __init__(self, g: object):
        members = r"(?:" + alternatives(g.record_words["missing_members"]["member_lists"]) + r")"  # type: ignore[attr-defined]
        self.members = lazy(r"(?i)\b" + members + r"\b")
        self.list_head = lazy(r"(?im:^[^\n]{0,30}\b" + members + r"\b[^\n]{0,200})")
        # the UK named in the list: every name of the one list (its air force, navy and marines among them), (fix50b)
        # not the offices whose names do not say the country (`ambiguous_offices`: a list that names the UK raises
        # nothing, so France's `Ministry of Defence` must not stand for it)
        self.uk = lazy(r"(?i:\b" + uk_pattern(g, ambiguous=False) + r")")
        # (fix50c) another nation's royal service: `royal`, its nation's words and a service, or a service `of` a nation
        words = g.record_words["missing_members"]  # type: ignore[attr-defined]
        services = r"(?:" + alternatives(words["services"]) + r")"
        self.foreign_service = lazy(r"(?i)\broyal[ \t]+(?:(?!(?:" + alternatives(words["uk_royal_words"]) + r")\b)[\w\-]+"
                                    r"(?:[ \t]+[\w\-]+){0,2}?[ \t]+" + services + r"|" + services + r"[ \t]+of[ \t]+(?!"
                                    + uk_pattern(g) + r")[\w\-]+)\b")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "missing_members", _Patterns)


def _left_out(r: Reading) -> str | None:
    """The participant list that leaves the UK out of a community the text is released to (None: none)."""
    text, w = r.text, _patterns(r)
    if not any(w.members.search(text, m.start("community"), _SENTENCE_END.search(text, m.end()).start())  # type: ignore[union-attr]
               for m in _withdrawn_patterns(r).community.finditer(text)):
        return None  # (fix50c: the community's words to its sentence's end: `coalition members` is read whole)
    for head in w.list_head.finditer(text):
        if _withdrawn_patterns(r).community.search(head.group(0)) is not None:
            continue  # the release sentence itself
        end = _BLOCK_END.search(text, head.end())
        block = text[head.start():end.start() if end is not None else len(text)][:1500]
        countries = [c for c in _countries_named(r, block) if c != "USA"]
        services = list(w.foreign_service.finditer(block))  # (fix50c: `Royal Thai Navy`, `Royal Air Force of Oman`)
        members = len(countries) + sum(not [c for c in _countries_named(r, s.group(0)) if c != "USA"] for s in services)
        uk = [m for m in w.uk.finditer(block) if not any(s.start() <= m.start() and m.end() <= s.end() for s in services)]
        if members >= 2 and "GBR" not in countries and not uk:
            return block.strip()
    return None


def raise_missing_members(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every controlled portion raised to NOFORN when the community the text is released to is
    listed without the UK."""
    if not any(controlled(p.marking) for p in portions):
        return portions
    said = _left_out(r)
    if said is None:
        return portions
    reason = f"the participants listed ('{' '.join(said.split())[:100]}') leave the UK out of the release"
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    return [raised_to(r, p, [noforn], reason) if controlled(p.marking) else p for p in portions]
