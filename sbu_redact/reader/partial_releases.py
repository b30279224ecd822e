"""A release to the UK that names the parts it covers releases the other parts to no one but the USA (fix47e,
adv185-004, adv185-007).

    (U) Releasability: the CUI is REL TO USA, GBR for Table 1 only. The narrative under it ...
    Embassy London: you may pass subparagraphs 3a and 3b to the British Embassy Quint contact; ...

The release was read as the document's (or the partner level released SBU and CUI as it does by default), so the
parts it leaves out went to the UK too. A statement is a sentence that releases text to the UK (`REL TO ... GBR`,
`releasable to`, `pass ... to`, `share ... with`, `provide ... to`, `cleared for` the UK, Britain, the British ...,
HMG) and names parts of the document (`Table 1`, `paragraphs 2 and 4`, `subparagraphs 3a and 3b`, `Annex A`,
`Section 2`, `items 1-3`). Every controlled portion (a level above UNCLASSIFIED or a designation such as SBU or CUI)
outside the named parts takes NOFORN (`raising.raised_to`: never lowered). A part that cannot be found, or a sentence
with a negation in it (`paragraph 2 is not releasable to the UK`), leaves no part out: every controlled portion takes
NOFORN (fail closed). Plain (U) portions are left as read.

The words are the rules' (fix48b; fix49a: fix48d's release, position and list item words too): rules/record_words.yaml
`partial_releases`, and the UK's names the one list's
(markings.yaml `uk_government_names` with the `country_names` naming the UK: `VocabularyNames.uk_names`).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .raising import controlled, raised_to
from .rule_words import alternatives, made_once, name_alternatives
from .state import Reading

_NAME = r"(?-i:\d{1,3}(?:[.(]?[a-z]\)?)?|[A-Z]{1,4})(?![\w])"


def uk_pattern(g: object, ambiguous: bool = True) -> str:
    """The UK named: every name of the rules' one list (`VocabularyNames.uk_names`: `uk_government_names` and the
    `country_names` naming its country), after an optional `the` (fix48b: fix47e wrote a second list here). (fix50b)
    With `ambiguous` (here and in withdrawn_members.py: naming the UK raises) its `ambiguous_offices` too; without
    (missing_members.py: a participant list that names the UK raises nothing) not."""
    names = g.vocabulary.uk_names(ambiguous)  # type: ignore[attr-defined]
    return r"(?:the[ \t]+)?(?:" + name_alternatives(names) + r")(?!\w)"


class _Patterns:
    """The patterns of rules/record_words.yaml `partial_releases` and the UK's names (fix48b: the words are the
    rules')."""

    def __init__(self, g: object):
        words = g.record_words["partial_releases"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        uk = uk_pattern(g)
        country = re.escape(g.vocabulary.uk_government_names.country)  # type: ignore[attr-defined]
        # a release to the UK: a REL TO list with its code, or a release word and then `to`/`with`/`for` the UK
        # within the sentence
        self.release = lazy(r"(?i:\bREL(?:EASABLE)?[ \t]+TO[ \t]+(?:[A-Z]{3,4}[ \t]*,[ \t]*){0,8}" + country + r"\b"
                            r"|\b" + uk + r"[ \t]+(?:" + alt("release_nouns") + r")\b"
                            r"|\b(?:" + alt("releasable") + r"|(?:" + alt("released") + r")[ \t]+(?:\w+[ \t]+){0,3}?to|(?:"
                            + alt("permits") + r")[ \t]+(?:\w+[ \t]+){0,2}?(?:be[ \t]+)?(?:" + alt("passing") + r"))"
                            r"\b[^.;\n]{0,100}?\b(?:" + alt("recipients") + r")[ \t]+" + uk +
                            # (fix48d, adv188-006) `cleared the first two bullets for release to the UK`: a release
                            # noun or verb right before the UK
                            r"|\b(?:" + alt("released_before") + r")"
                            r"[ \t]+(?:" + alt("next_recipients") + r")[ \t]+" + uk + ")")
        self.kinds = r"(?:" + alt("parts") + r")"
        self.part = lazy(r"(?i:\b(?P<kind>" + alt("paragraphs") + "|" + self.kinds + r"s?)[ \t]*"
                         r"(?P<list>" + _NAME + r"(?:[ \t]*(?:,|" + alt("part_joiners") + r"|&|-|–)[ \t]*(?:"
                         + self.kinds + r"s?[ \t]+)?" + _NAME + r")*))")
        self.joiners = frozenset(words["part_joiners"])
        self.negation = lazy(r"(?i:\b(?:" + alt("negations") + r")\b|n['’]t\b)")
        # (fix48d, adv188-006) bullets and list items named by position (`the first two bullets`, `the last item`,
        # `bullets 1 and 2`, `the top three points`): a UK release that names them keeps no part (`_names_list_items`)
        list_words = r"(?:" + alt("list_words") + r")"
        self.ordinal_part = lazy(r"(?i:\b(?P<which>" + alt("positions") + r")[ \t]+(?:(?P<count>" + alt("counts")
                                 + r"|\d{1,2})[ \t]+)?" + list_words + r"\b)")
        self.numbered_bullets = lazy(r"(?i:\b(?:" + alt("numbered_list_words") + r")[ \t]*(?:no\.?[ \t]*|#)?"
                                     r"(?P<list>\d{1,2}(?:[ \t]*(?:,|" + alt("part_joiners") + r"|&|-|–)[ \t]*\d{1,2})*)\b)")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "partial_releases", _Patterns)


_ITEM = re.compile(r"(\d{1,3}|[A-Z]{1,4})(?:[.(]?([a-z])\)?)?(?![\w])")
_SENTENCE_END = lazy(r"(?<!\b[A-Za-z])[.!?;](?=\s)|\n[ \t]*\n")
_BLANK = lazy(r"\n[ \t]*\n")



def _sentence(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    end = _SENTENCE_END.search(text, at)
    return start, end.start() if end is not None else len(text)


def _heading(text: str, kind: str, name: str) -> int | None:
    m = re.search(r"(?im)^[ \t>#*|]*" + re.escape(kind) + r"[ \t]+" + re.escape(name) + r"\b", text)
    return m.start() if m is not None else None


def _part_span(text: str, kind: str, name: str) -> tuple[int, int] | None:
    """Where `Table 1`, `Annex B`, `Section 2` ... is: its heading line to the next blank line (a table, figure or
    item) or to the next heading of the same kind (an annex, appendix, section ...)."""
    start = _heading(text, kind, name)
    if start is None:
        return None
    if kind in ("table", "figure", "item"):
        blank = _BLANK.search(text, start)
        return start, blank.start() if blank is not None else len(text)
    nxt = re.compile(r"(?im)^[ \t>#*|]*" + re.escape(kind) + r"[ \t]+[A-Z0-9]{1,3}\b").search(text, start + 1)
    return start, nxt.start() if nxt is not None else len(text)


def _paragraph(portions: list[Portion], text: str, number: str, letter: str | None) -> set[int] | None:
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    at = next((i for i, k in enumerate(order) if portions[k].number is not None and str(portions[k].number) == number), None)
    if at is None:
        return None
    members = [order[at]]
    for k in order[at + 1:]:
        if portions[k].number is not None:
            break
        members.append(k)
    if letter is None:
        return set(members)
    lettered = re.compile(r"[ \t]*[(\[]?" + re.escape(letter) + r"[.)\]][ \t]")
    found = {k for k in members if lettered.match(text, portions[k].start)}
    return found or None


def _named(r: Reading, portions: list[Portion], m: re.Match[str]) -> set[int] | None:
    """The portions the part reference `m` names (None: one of them is not found)."""
    text = r.text
    kind = m.group("kind").lower().rstrip(".s")
    kind = {"encl": "enclosure"}.get(kind, kind)
    out: set[int] = set()
    w = _patterns(r)
    for item in _ITEM.finditer(re.sub(r"(?i)\b" + w.kinds + r"s?\b", " ", m.group("list"))):
        number, letter = item.group(1), item.group(2)
        if number.lower() in w.joiners:
            continue
        if kind.startswith(("para", "subpara", "¶")) or kind in ("para", "paragraph"):
            found = _paragraph(portions, text, number, letter)
            if found is None:
                return None
            out |= found
        else:
            span = _part_span(text, kind, number)
            if span is None:
                return None
            out |= {k for k, p in enumerate(portions) if p.start < span[1] and p.end > span[0]}
    return out


def _names_list_items(w: _Patterns, text: str, start: int, end: int) -> bool:
    """(fix48d) Whether a sentence names list items by position or number (`the first two bullets`, `bullets 1 and 2`).
    Which items it means cannot be read exactly (review48b, session 48: numbered paragraphs taken for items, another
    list than the one meant, `the first point of contact`, rows called entries), so such a release keeps NO part: every
    controlled portion takes NOFORN (fail closed)."""
    return w.ordinal_part.search(text, start, end) is not None or w.numbered_bullets.search(text, start, end) is not None


def raise_partial_releases(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every controlled portion outside the parts a UK release names raised to NOFORN."""
    text = r.text
    if not any(controlled(p.marking) for p in portions):
        return portions
    out = list(portions)
    w = _patterns(r)
    for m in w.release.finditer(text):
        start, end = _sentence(text, m.start())
        parts = list(w.part.finditer(text, start, end))
        names_items = _names_list_items(w, text, start, end)
        if not parts and not names_items:
            continue
        kept: set[int] | None = set()
        if w.negation.search(text, start, end) is not None or names_items:
            kept = None
        else:
            for part in parts:
                named = _named(r, portions, part)
                if named is None:
                    kept = None
                    break
                kept |= named  # type: ignore[operator]
        said = (f"'{text[start:end].strip()[:100]}' releases to the UK only the parts it names"
                if kept else f"'{text[start:end].strip()[:100]}' limits a UK release to parts that are not found")
        noforn = r.g.parse("UNCLASSIFIED//NOFORN")
        for k, p in enumerate(out):
            if (kept is None or k not in kept) and controlled(p.marking):
                out[k] = raised_to(r, p, [noforn], said)
    return out
