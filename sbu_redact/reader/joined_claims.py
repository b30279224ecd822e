"""A note that joins a claim about one named part to a second clause about another (fix46i, issue 8).

`il paragrafo 2 è solo per il personale americano e il terzo è segreto`, `paragraph 2 is NOFORN and the third is
SECRET`, `paragraph 2 is NOFORN - Ny andininy faha-3 dia tsiambaratelo avo`, or the same note run over a line end:
the first clause names a part by its number and states a control; the clause after `and`/`e`/`y`/`et`/`und`, a
comma, a dash or a sentence end names another part (an ordinal alone, `il terzo`, `the third`, `le troisième`, or
words the reader cannot read) and states a level. The governing statements placed that level on the part the
FIRST clause names (the number nearest the level word), and the part the second clause meant went out.

Here such a note fails closed (only raises): within one stretch of a portion's text (its lines up to a blank line),
after a clause that names a part by number,

- a clause that names no part by number and holds a level a governing statement read (a GOVERNED_PORTION problem's
  offset), with a word of its own before that level (`il terzo è`, not `and is`), states that level for a part no
  reader placed: every other portion is raised to it; but (fix47a, `clause_subjects.py`) not when the clause has no
  subject of its own (`should have been C`, `treat it as CONFIDENTIAL`, `which remain SECRET`): it continues the
  clause naming the part, placed by the governing statements; one that begins with a pronoun (`which`, `they`) after
  a clause with a subject is that clause's; and an ordinal (`il terzo`, `the last`), the only word of the stretch's
  later clauses that can name a part, beside parts named as paragraphs, raises only the numbered paragraph it names
  (with the unnumbered portions under it) when the document's paragraphs are numbered 1 to N exactly;
- a clause the reader cannot read (`unreadable_notes._unreadable`) may state any level: every other portion is
  raised to `unreadable_level`.

Runs last among the raising passes; raises through `raising.raised_to` only (never lowers).
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from ..textview import view_of
from .clause_subjects import names_part, subject_reading
from .governing import stated_marking
from .raising import raised_to
from .scope import _NAMED_BY_NUMBER, _STATES
from .state import Reading
from .untranslated import untranslated_levels
from .unreadable_notes import _unreadable, _written_in_unread_language

# where a clause ends: a joining word, a comma, a semicolon, a colon, a dash, a sentence end, a line end
_CUT = compile_pattern(r"(?i:[ \t]+(?:and|e|ed|y|et|und|i|og|en)[ \t]+|[ \t]*\n[ \t]*|[,;:，；][ \t]+|[ \t]+[-–—][ \t]+"
                       r"|(?<=\w)[.!?。](?:[ \t]+|(?=\n)))")
_STRETCH = compile_pattern(r"\n[ \t]*\n")
# a part named by its number in the languages read (`_NAMED_BY_NUMBER`), or Korean's `2항`, `para 2` in brackets
_NUMBERED = compile_pattern(r"\d{1,3}[ \t]*(?:항|段|번)")
_WORD = compile_pattern(r"[^\W\d_]+")
# (a level word of a read language, by its stem: no subject of its own)
_LEVEL_STEM = compile_pattern(r"(?i:secr|segr|sekr|geheim|confid|riserv|reserv|vertraul|classif|klassif|top\b)")
# words before a level that are no subject of their own (`and is SECRET`, `e è segreto`, `and it is SECRET`)
_NO_SUBJECT = frozenset("""is are was were be been being it its it's this that these those also too all so both as
now still then which who whole entire è e es est ist é sono son sont sind são esso essa ciò lo la il le el der die das
o a los las les gli ne en y et und ma but and also anche aussi auch también também tutto todo tout alles""".split())


def raise_joined_claims(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every portion a joined note's second clause may mean raised (module docstring)."""
    if not portions or not any(_NAMED_BY_NUMBER.search(r.text, p.body_start, p.end) or
                               _NUMBERED.search(r.text, p.body_start, p.end) for p in portions):
        return portions
    statements = _statements(r)
    unread_ok = bool(r.g.unreadable_level) and not _written_in_unread_language(r)
    out = list(portions)
    for k, p in enumerate(portions):
        for lo, hi in _stretches(r.text, p.body_start, p.end):
            for stated, why, place in _second_clause_levels(r, lo, hi, statements, unread_ok):
                said = f"a note '{' '.join(r.text[lo:hi].split())[:80]}' {why}"
                targets = _placed(portions, place, k)
                if targets is None:
                    said += " (every portion raised, fail closed)"
                    targets = [j for j in range(len(out)) if j != k]
                else:
                    said += f" (the ordinal names part {place} of the parts numbered 1 to "
                    said += f"{max(p.number for p in portions if p.number is not None)})"
                for j in targets:
                    out[j] = raised_to(r, out[j], [stated], said)
    return out


def _placed(portions: list[Portion], place: str | None, k: int) -> list[int] | None:
    """The portions an ordinal's `place` (`3`, `last`) names when the document's parts are numbered 1 to N, each
    number once, in order: the part with that number and the unnumbered portions under it (None: not exactly)."""
    if place is None:
        return None
    numbered = [(j, p.number) for j, p in enumerate(portions) if p.number is not None]
    if not numbered or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return None
    n = len(numbered) if place == "last" else int(place)
    if not 1 <= n <= len(numbered):
        return None
    first = numbered[n - 1][0]
    after = numbered[n][0] if n < len(numbered) else len(portions)
    targets = list(range(first, after))
    return None if k in targets else targets


def _statements(r: Reading) -> list[tuple[int, Marking]]:
    """(view offset, level stated) of each governing statement that raised a portion."""
    found: list[tuple[int, Marking]] = []
    for problem in r.problems:
        m = _STATES.search(problem.message) if problem.code == "GOVERNED_PORTION" else None
        if m is not None:
            at = int(m.group(1))
            stated = r.g.parse(m.group(2))
            if stated is not None and stated.valid and stated.rank > 0:
                found.append((at if r.view.identity else r.view.to_view(at), stated))
    return found


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, lo = [], start
    for m in _STRETCH.finditer(text, start, end):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _names_number(r: Reading, lo: int, hi: int) -> bool:
    return _NAMED_BY_NUMBER.search(r.text, lo, hi) is not None or _NUMBERED.search(r.text, lo, hi) is not None


_LISTED = compile_pattern(r"[ \t]*\d{1,3}\b(?![.,]?\d)")
# a clause that begins with a pronoun pointing back at what the clause before it names (`which`, `they`, `che`, `qui`)
_POINTS_BACK = compile_pattern(r"(?i:[\W_]*(?:(?:and|but|e|et|y|und|ma|mais|pero)[ \t]+)?(?:which|who|whose|they|these|those"
                               r"|it|its|this|che|cui|quale|quali|qui|lequel|laquelle|lesquels|que|cual|cuales|welche[rs]?"
                               r"|der|die|das|esso|essa|essi|esse|ils|elles|ellos|ellas|sie|es)\b)")
_PARAGRAPH = compile_pattern(r"(?i:para|paragraph|p[áa]rrafo|par[áa]grafo|abs[äa]tz|¶)")
_ENDS_IN_NUMBER = compile_pattern(r"\d{1,3}[ \t]*$")


def _listed_number(r: Reading, before: tuple[int, int], a: int, b: int) -> bool:
    """Whether clause `a:b` goes on naming parts by number: `paras 3` / `4 above are ...`, `paragraphs 2` / `3 are
    leftovers` (a bare number first, right after a clause that ends in one)."""
    text = r.text
    m = _LISTED.match(text, a, b)
    return m is not None and _ENDS_IN_NUMBER.search(text, before[0], before[1]) is not None


def _second_clause_levels(r: Reading, lo: int, hi: int, statements: list[tuple[int, Marking]],
                          unread_ok: bool) -> list[tuple[Marking, str, str | None]]:
    """The levels the clauses of `lo:hi` after one that names a part by number may state for a part not placed, each
    with why and the place of the one part an ordinal names exactly (`3`, `last`; None: every other part)."""
    text = r.text
    cuts = [lo, *(x for m in _CUT.finditer(text, lo, hi) for x in (m.start(), m.end())), hi]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if text[cuts[i]:cuts[i + 1]].strip()]
    out: list[tuple[Marking, str, str | None]] = []
    named_before = False
    later: list[tuple[int, int]] = []  # (the clauses after the first that names a part by number, none naming one)
    paragraphs = True  # (every part named by number is a paragraph: an ordinal then counts paragraphs)
    for i, (a, b) in enumerate(clauses):
        if _names_number(r, a, b) or (named_before and _listed_number(r, clauses[i - 1], a, b)):
            named = _NAMED_BY_NUMBER.search(text, a, b)
            paragraphs = paragraphs and (named is None and named_before or named is not None
                                         and _PARAGRAPH.match(named.group(0)) is not None)
            named_before = True
            continue
        if named_before:
            later.append((a, b))
    readings = {c: subject_reading(r, *c, _NO_SUBJECT) for c in later}
    ordinals = [place for c in later for place in readings[c][1]]
    after: dict[tuple[int, int], tuple[int, int]] = {}  # (a later clause -> the later clause right before it)
    for i in range(1, len(clauses)):
        if clauses[i] in readings and clauses[i - 1] in readings:
            after[clauses[i]] = clauses[i - 1]
    for a, b in later:
        kind, places = readings[(a, b)]
        # (fix47a) a clause with no subject of its own continues the clause before it: after the clause naming a
        # part by number, it is about that part (the governing statements placed its level there); after a clause
        # with a subject of its own (`the third, which is SECRET`), about that clause's subject
        # (`the rest -- should be SECRET`), or when it begins with a pronoun that points back (`the photos, which are
        # SECRET`); not a verb phrase after words that name no part (`sorry, missed it - treat it as C`: the first)
        inherited = False
        before = after.get((a, b))
        pointing = _POINTS_BACK.match(text, a, b) is not None
        while kind == "none" and before is not None:
            if pointing or readings[before][1] or names_part(r, *before):
                kind, places = readings[before]
                inherited = True
            before = after.get(before)
        # an ordinal names one part when it is the only word of the stretch's later clauses that can name one and
        # the parts named by number are paragraphs; else main's rule, every other part
        place = places[0] if kind == "ordinal" and paragraphs and len(ordinals) == 1 and all(
            readings[c][0] == "none" for c in later if c != (a, b) and readings[c][1] != places) else None
        if kind != "none":
            for stated in _clause_levels(r, a, b, statements, anyway=inherited):
                out.append((stated, f"states {stated.banner()} in a clause after one naming a part by number, "
                                    "for a part no reader placed", place))
        if unread_ok and _unreadable(r, text, a, b):
            level = stated_marking(r, r.g.unreadable_level)
            if level is not None and level.valid:
                out.append((level, "holds a clause the reader cannot read beside a claim naming a part: it may "
                                   "state any level", None))
    return out


_ENGLISH_LEVEL = compile_pattern(r"(?i:\b(?:top[ \t]+secret|secret|confidential)\b)")


def _clause_levels(r: Reading, a: int, b: int, statements: list[tuple[int, Marking]],
                   anyway: bool = False) -> list[Marking]:
    """The classified levels clause `a:b` states, when a word of its own (a subject: `il terzo`, `the third`) stands
    beside them (or `anyway`: a clause that continues one with a subject): a governing statement read inside it, a
    level in a read language's words, `SECRET` in English."""
    text = r.text
    found = [stated for at, stated in statements if a <= at < b]
    alone = Reading(view_of(text[a:b]), r.g)  # (the clause read as a text of its own: after a line end too)
    for written, *_ in [*untranslated_levels(r, a, b), *untranslated_levels(alone, 0, b - a)]:
        stated = stated_marking(r, written)
        if stated is not None and stated.valid and (stated.rank > 0 or stated.dissem):
            found.append(stated)
    for m in _ENGLISH_LEVEL.finditer(text, a, b):
        stated = stated_marking(r, " ".join(m.group(0).split()).upper())
        if stated is not None and stated.valid and stated.rank > 0:
            found.append(stated)
    if not found or anyway:
        return found
    subject = [w for w in _WORD.finditer(text, a, b) if w.group(0).casefold() not in _NO_SUBJECT
               and _ENGLISH_LEVEL.fullmatch(w.group(0)) is None and not list(untranslated_levels(r, w.start(), w.end()))
               and not _LEVEL_STEM.match(w.group(0))]
    return found if subject else []
