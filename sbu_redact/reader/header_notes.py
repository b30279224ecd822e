"""A level that a markup file's header note states governs the unmarked parts under it (fix47e, adv187-031).

    <header>
      <note>Classification: SECRET - applies to all trans-units</note>
    </header>
    <body> ... <target>The battalion commander will arrive ...</target> ...

The note's level was read as the level of its own line, and the unmarked segments under it took the document's level
(UNCLASSIFIED, from a unit's own `<note>UNCLASSIFIED</note>`). A header note is an element of its own line whose text
says `Classification: LEVEL` (also `Security classification`, `Classification level`, `Marking`), an XML comment that
says it (`<!-- Classification: CONFIDENTIAL -->`), or a property or meta element named `classification` with the level
as its text or content (`<prop type="classification">SECRET</prop>`, `<meta name="classification" content="S//NF"/>`).
Every portion after it that has no mark of its own is raised to at least the level (`raising.raised_to`: never
lowered); marked portions are left as read. A note that states UNCLASSIFIED with no control raises nothing, and a
unit that carries a level note of its own (`<trans-unit id="3">` / `<note>UNCLASSIFIED</note>`, a note whose text is
a marking alone) keeps main's reading of its unmarked parts: the note marks them.

The words are the rules' (fix48b): rules/record_words.yaml `header_notes`; a header note's level is any of
markings.yaml's `levels` (name, alias or portion abbreviation: `RESTRICTED`, `R`, `CONF`, `UNCLAS` are read too, only
to raise), while a unit's own note keeps to `header_notes.own_note_levels` (names or aliases of `levels`, checked).
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import lazy
from .raising import raised_to
from .rule_words import alternatives, level_alternatives, made_once
from .state import Reading



class _Patterns:
    """The patterns of rules/record_words.yaml `header_notes` and the levels of markings.yaml (fix48b: the words are
    the rules')."""

    def __init__(self, g: object):
        words = g.record_words["header_notes"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        label = r"(?:" + alt("labels") + r")"
        self.note = lazy(
            r"(?im)^[ \t]*(?:<(?P<tag>[\w:\-]{1,30})\b[^<>\n]{0,160}>[ \t]*" + label + r"[ \t]*[:=][ \t]*(?P<level>[^<\n]{1,80})"
            r"</(?P=tag)[ \t]*>"
            r"|<!--[ \t]*" + label + r"[ \t]*[:=][ \t]*(?P<comment>[^\n]{1,80}?)[ \t]*-->"
            r"|<(?P<ptag>[\w:\-]{1,30})\b[^<>\n]{0,80}?\b(?:" + alt("property_attributes") + r")[ \t]*=[ \t]*[\"']" + label
            + r"[\"'][^<>\n]{0,80}?(?:\b(?:" + alt("value_attributes") + r")[ \t]*=[ \t]*[\"'](?P<content>[^\"'\n]{1,80})[\"']"
            r"[^<>\n]{0,40}/?>|>[ \t]*(?P<text>[^<\n]{1,80}?)[ \t]*</(?P=ptag)[ \t]*>))")
        # the level and controls at the start of the stated text (`SECRET - applies to all`, `S//NF`,
        # `CONFIDENTIAL//REL TO USA, GBR`): a level of markings.yaml by name, alias or portion abbreviation
        self.level = lazy(r"[ \t]*(?P<m>(?:" + level_alternatives(g, above_unclassified=False, portions=True)
                          + r")(?://[A-Z][A-Z0-9 ,/\-]{0,60}[A-Z0-9])?)(?![\w/])")
        # a unit of a markup file and a note in it whose text is a marking alone
        self.unit = lazy(r"(?im)^[ \t]*<(?:" + alt("units") + r")\b")
        self.own_note = lazy(r"(?im)^[ \t]*<(?P<tag>" + alt("own_note_tags") + r")\b[^<>\n]{0,80}>[ \t]*(?P<m>(?:"
                             + alt("own_note_levels") + r")(?://[A-Z][A-Z0-9 ,/\-]{0,60}[A-Z0-9])?)[ \t]*</(?P=tag)[ \t]*>")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "header_notes", _Patterns)


def _own_note(w: _Patterns, text: str, start: int) -> bool:
    """Does the unit that `start` is in carry a level note of its own before `start`?"""
    unit = None
    for unit in w.unit.finditer(text, max(0, start - 2000), start):
        pass
    return unit is not None and w.own_note.search(text, unit.end(), start) is not None


def raise_under_header_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every unmarked portion after a markup header note that states a level raised to it."""
    text = r.text
    if "<" not in text:
        return portions
    out = list(portions)
    w = _patterns(r)
    for m in w.note.finditer(text):
        said = next(g for g in (m.group("level"), m.group("comment"), m.group("content"), m.group("text")) if g is not None)
        found = w.level.match(said.upper())
        if found is None:
            continue
        marking = r.g.parse(found.group("m").strip())
        if not marking.valid or marking.level is None or (marking.rank <= 0 and not marking.noforn and not marking.rel_to):
            continue
        reason = f"the header note '{m.group(0).strip()[:80]}' states {marking.banner()} for the unmarked parts under it"
        for k, p in enumerate(out):
            if p.explicit or p.end <= m.end() or _own_note(w, text, p.start):
                continue
            out[k] = raised_to(r, p, [marking], reason)
    return out
