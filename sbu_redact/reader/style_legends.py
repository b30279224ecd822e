"""Legends that give a style of text a level: "Text in red on this page is SECRET//NOFORN. All
other text is UNCLASSIFIED." (a wiki page's `{color:red}...{color}` runs inside (U) paragraphs),
"sentences in **bold** are S//NF", "Red font marks the SECRET passages", "Passages inside double
square brackets [[ ]] are SECRET" (round 147). The (U) mark of a paragraph that holds such a run
is the mark of the rest of it.

Towards withholding only, and never by splitting a portion: the legend's line (its markup taken
out) names a style (`reader_words.style_legend`) and states a level or control
(`style_legend_level`; UNCLASSIFIED states nothing); every portion of the document but the legend's
own is raised whole to at least that level. It never narrows to the portions that show some markup
(`[ref A]`, `_x_`): the styling may have been lost in a copy, or use markup no pattern knows
(`~~strike~~`), and then the meant text sat in a portion without it (review36s). A statement's
fallback (`scope_exact`) is never narrowed by a legend either. A legend whose style sets no level
("text in red is new since version 3") raises nothing.
"""
from __future__ import annotations


from ..document import Portion
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .state import Reading

def style_legends(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with those a style legend means raised to the level it states (module docstring)."""
    legends = list(_legends(r))
    if not legends:
        return portions
    out = list(portions)
    for line_start, line_end, stated, said in legends:
        for k, p in enumerate(out):
            if p.start < line_end and line_start < p.end:
                continue  # (the legend's own portion: what it says of itself is read as any statement)
            out[k] = raised_to(r, out[k], [stated], f"the legend '{said}' (offset {line_start}) gives a style of text "
                                                    "that level; this portion may hold it (styling may be lost)")
    return out


def _legends(r: Reading) -> list[tuple[int, int, Marking, str]]:
    """(line start, line end, the marking it states, its words) of each style legend's line."""
    text = r.text
    # (markup blanked out, offsets kept: the style may be named inside it, `text in {color:red}red{color}`)
    plain = r.g.style_legend_markup.sub(lambda m: " " * len(m.group()), text)
    out: list[tuple[int, int, Marking, str]] = []
    for m in r.g.style_legend.finditer(plain):
        line_start = plain.rfind("\n", 0, m.start()) + 1
        if out and out[-1][0] == line_start:
            continue
        line_end = plain.find("\n", m.end())
        line_end = len(plain) if line_end < 0 else line_end
        line = plain[line_start:line_end]
        levels = [stated_marking(r, w.group(0)) for w in r.g.style_legend_level.finditer(line)]
        stated = r.g.rollup([v for v in levels if v is not None and v.valid]) if levels else None
        if stated is None or not stated.valid or stated.banner() == "UNCLASSIFIED":
            continue  # (no level, or UNCLASSIFIED alone: the legend states nothing that raises)
        out.append((line_start, line_end, stated, " ".join(line.split())[:120]))
    return out
