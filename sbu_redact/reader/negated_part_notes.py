"""English notes that name parts by position and NEGATE a level (fix45j, issue 8).

"Note: the first paragraph is not secret, the second is.", "the opening paragraph isn't SECRET, the one after it
is", "only the first paragraph is unclassified": the claims (rules `scope.claims`) skip a negated level and read no
level in the elided "the second is", so such a note raised nothing and the part it meant went out at every level.
fix45b made notes of OTHER languages with a negated level unplaceable (`note_positions.negates_a_level`); this does
the same for English: a sentence that names two parts or more by an ordinal, a position or a number (or one part
with `only`, `except`, `the rest`) and holds a level word after a negation (`not`, `n't`, `neither`, `nor`, `never`)
states that level (an `unclassified` of `only`/`except`: the banner's) for parts no exact reader places, so every
portion it could mean is raised (`scope.py`, through `note_positions.places_unsure`). A negation never lowers nor
cancels anything here: it only adds a claim. Notes with no level word ("is not finished, the second is ready") and
words that are no level ("not sensitive") add nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import compile_pattern
from .state import Reading

_SENTENCE_END = compile_pattern(r"[.!?](?=\s|$)|\n[ \t]*\n")
_LEVEL = compile_pattern(r"(?i:\b(?P<level>top[ \t]+secret|secret|confidential|(?<!un)classified)\b)"
                         r"|(?-i:(?<![\w/.])\(?(?P<mark>TS|S|C)(?:(?://|/)[A-Z]{2,8})*\)?(?!\w))"
                         r"|(?i:\b(?P<unclassified>unclassified|unclass)\b)")
_ONLY_UNCLASSIFIED = compile_pattern(r"(?i:\bonly\b)")


class _Words:
    """The patterns of the words of rules/record_words.yaml `negated_part_notes` (fix46a: the words are the rules')."""

    def __init__(self, words: dict[str, list[str]]):
        def alt(key: str) -> str:
            return "|".join(w.replace(" ", r"[ \t]+") for w in words[key])

        self.negation = compile_pattern(rf"(?i:\b(?:{alt('negations')})\b|n['’]t\b)")
        self.only = compile_pattern(rf"(?i:\b(?:{alt('only')})\b)")
        # (what makes `unclassified` mean that the parts it does not name are classified: "only the first is unclassified")
        self.excepts = compile_pattern(rf"(?i:\b(?:{alt('excepts')})\b)")
        self.all = compile_pattern(rf"(?i:\b(?:{alt('all')})\b)")
        self.ordinal = compile_pattern(rf"(?i:\b(?:{alt('ordinals')}|\d{{1,2}}(?:st|nd|rd|th))\b)")
        self.numbered = compile_pattern(rf"(?i:\b(?:{alt('numbered_parts')})\.?[ \t]*(?:\d{{1,3}}|[a-h]\b|\([a-h]\)))")
        self.negated_part = compile_pattern(rf"(?i:\b(?:{alt('part_negations')})[ \t]+(?:(?:the|this|that|its)[ \t]+)?"
                                            rf"(?:{alt('negated_parts')})\b)")
        self.part = compile_pattern(rf"(?i:\b(?:{alt('parts')})\b)")


_BY_GRAMMAR: dict[int, tuple[object, _Words]] = {}


def _words(r: Reading) -> _Words:
    """The patterns of `r`'s rules, made once per grammar."""
    kept = _BY_GRAMMAR.get(id(r.g))
    if kept is None or kept[0] is not r.g:
        kept = _BY_GRAMMAR[id(r.g)] = (r.g, _Words(r.g.record_words["negated_part_notes"]))
    return kept[1]


def negated_part_notes(r: Reading, start: int, end: int) -> Iterator[tuple[str, int, int, int, int]]:
    """Each English sentence of `start:end` that names parts by position and negates a level: (the level it could
    state, the sentence's start and end twice), in the reading's text."""
    text = r.text
    at = start
    for cut in (*_SENTENCE_END.finditer(text, start, end), None):
        lo, hi = at, (end if cut is None else cut.start())
        at = end if cut is None else cut.end()
        for level in negated_levels(r, text, lo, hi):
            yield level, lo, hi, lo, hi


def negated_levels(r: Reading, text: str, lo: int, hi: int) -> list[str]:
    """The levels the sentence `lo:hi` could state for parts it names by position beside a negated level (none when
    it is no such note)."""
    w = _words(r)
    # (an exception of parts from a level said of ALL of them: "all paragraphs except the first are classified";
    # not "downgraded ... except paragraphs 3 and 4, which remain SECRET", placed exactly)
    excepts = w.excepts.search(text, lo, hi) is not None and w.all.search(text, lo, hi) is not None
    unclassified_only = excepts or _ONLY_UNCLASSIFIED.search(text, lo, hi) is not None
    if hi - lo < 8 or (w.negation.search(text, lo, hi) is None and not unclassified_only):
        return []
    parts = len(w.ordinal.findall(text, lo, hi)) + len(w.numbered.findall(text, lo, hi))
    only = excepts or w.only.search(text, lo, hi) is not None
    if parts == 0 or (parts < 2 and not only) or w.part.search(text, lo, hi) is None:
        return []  # (a part word: "the final report will not have a classified annex" names no part)
    levels: list[str] = []
    # ("not the first, but the second and third are S//NF": a negated part negates what the sentence says of it)
    negated = w.negated_part.search(text, lo, hi) is not None
    for m in _LEVEL.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 30):m.start()]
        near = w.negation.search(before) is not None
        if m.group("unclassified"):
            if unclassified_only or near:
                banner = r.g.rollup(r.banner_markings) if r.banner_markings else None
                if banner is not None and banner.valid and banner.level not in (None, "UNCLASSIFIED"):
                    levels.append(banner.banner())
                    negated = True
            continue
        written = m.group(0).strip("()") if m.group("mark") else " ".join(m.group("level").split()).upper()
        levels.append(written)
        negated = negated or near or excepts
    return list(dict.fromkeys(levels)) if negated else []


def places_negated_parts(r: Reading, lo: int, hi: int, text: str | None = None) -> bool:
    """Whether the sentence `lo:hi` of `text` (the reading's) is such a note: its parts are placed by no exact reader."""
    return bool(negated_levels(r, r.text if text is None else text, lo, hi))
