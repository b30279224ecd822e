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
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import lazy
from .raising import raised_to
from .state import Reading

_LABEL = r"(?:(?:security[ \t]+)?classification(?:[ \t]+(?:level|marking))?|marking|class)"
_NOTE = lazy(
    r"(?im)^[ \t]*(?:<(?P<tag>[\w:\-]{1,30})\b[^<>\n]{0,160}>[ \t]*" + _LABEL + r"[ \t]*[:=][ \t]*(?P<level>[^<\n]{1,80})"
    r"</(?P=tag)[ \t]*>"
    r"|<!--[ \t]*" + _LABEL + r"[ \t]*[:=][ \t]*(?P<comment>[^\n]{1,80}?)[ \t]*-->"
    r"|<(?P<ptag>[\w:\-]{1,30})\b[^<>\n]{0,80}?\b(?:type|name|key|property)[ \t]*=[ \t]*[\"']" + _LABEL + r"[\"']"
    r"[^<>\n]{0,80}?(?:\bcontent[ \t]*=[ \t]*[\"'](?P<content>[^\"'\n]{1,80})[\"'][^<>\n]{0,40}/?>"
    r"|>[ \t]*(?P<text>[^<\n]{1,80}?)[ \t]*</(?P=ptag)[ \t]*>))")
# the level and controls at the start of the stated text (`SECRET - applies to all`, `S//NF`, `CONFIDENTIAL//REL TO USA, GBR`)
_LEVEL = lazy(r"[ \t]*(?P<m>(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|TS|S|C|U)(?://[A-Z][A-Z0-9 ,/\-]{0,60}[A-Z0-9])?)"
              r"(?![\w/])", )


# a unit of a markup file (an XLIFF trans-unit, a record, a row, an entry) and a note in it whose text is a marking alone
_UNIT = lazy(r"(?im)^[ \t]*<(?:trans-unit|unit|segment|entry|record|item|row|message|tu)\b")
_OWN_NOTE = lazy(r"(?im)^[ \t]*<(?P<tag>note|prop|comment|classification)\b[^<>\n]{0,80}>[ \t]*(?P<m>(?:TOP[ \t]+SECRET|SECRET|"
                 r"CONFIDENTIAL|UNCLASSIFIED|UNCLAS)(?://[A-Z][A-Z0-9 ,/\-]{0,60}[A-Z0-9])?)[ \t]*</(?P=tag)[ \t]*>")


def _own_note(text: str, start: int) -> bool:
    """Does the unit that `start` is in carry a level note of its own before `start`?"""
    unit = None
    for unit in _UNIT.finditer(text, max(0, start - 2000), start):
        pass
    return unit is not None and _OWN_NOTE.search(text, unit.end(), start) is not None


def raise_under_header_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every unmarked portion after a markup header note that states a level raised to it."""
    text = r.text
    if "<" not in text:
        return portions
    out = list(portions)
    for m in _NOTE.finditer(text):
        said = next(g for g in (m.group("level"), m.group("comment"), m.group("content"), m.group("text")) if g is not None)
        found = _LEVEL.match(said.upper())
        if found is None:
            continue
        marking = r.g.parse(found.group("m").strip())
        if not marking.valid or marking.level is None or (marking.rank <= 0 and not marking.noforn and not marking.rel_to):
            continue
        reason = f"the header note '{m.group(0).strip()[:80]}' states {marking.banner()} for the unmarked parts under it"
        for k, p in enumerate(out):
            if p.explicit or p.end <= m.end() or _own_note(text, p.start):
                continue
            out[k] = raised_to(r, p, [marking], reason)
    return out
