"""A note of another language that gives THE OTHERS, ALL THE REST a level or a bar on foreigners (fix48f, issue 8).

"Athugasemd: Fyrsta málsgreinin má fara óbreytt. Önnur málsgreinin er leynileg. Allar hinar eru eingöngu ætlaðar
Bandaríkjamönnum." (Icelandic), "үшінші абзац құпия, қалғандары тек американдықтарға арналған" (Kazakh),
"இரண்டாவது பத்தி இரகசியம்; மற்ற அனைத்தும் அமெரிக்கர்களுக்கு மட்டும்" (Tamil): the part named by its ordinal was
raised, and the sentence about the others named no part in words a reader holds, so the other paragraphs went to the
partner. A sentence (cut at a sentence end, a semicolon, a colon, a line end) holding a word of rules/note_words.yaml
`others` and, from that word on, a level word of another language (`scope_claim_level_words`, the words of the
foreign claim readers and of rules/note_words.yaml) not in quotation marks and not negated (a bar on foreigners is
read negated or not: it is itself a negation, `не се предоставят на чужденци`) claims that level for the parts the
note does not name: every other portion with a mark of its own (every other portion when none has one) is raised to
it through `raising.raised_to` (never lowered; a part the note names lower is raised too: fail closed).

A marking written in capitals right after the word for the others (`_MARKING_AFTER`: "Treat the other paragraphs like
SECRET//NOFORN", "handle the rest like (C)", the English `like` read through the fold of Lithuanian `likę`) is read
whole as well (fix49h): before, only its foreign level words were (NOFORN), so the level was lost and the classified
text went to usg. Only raising; not in a portion marked (U) on its own (a course text's "markings like SECRET go at the
top" is a mention), where the level words alone are read as before.

(fix50c, review49b) Such a marking in capitals later in the sentence is read too, with the note's own words between
("Les autres, s'il y en a, sont SECRET.", "Die übrigen, falls vorhanden, gelten als (S//NF)", "Los demás, si los hay,
son CONFIDENTIAL"): before, only a marking right after the others word or a level word of the note's language was,
and the English capitals after a verb went unread, so the others went out at every level. Not in quotation marks,
not negated (`ne sont pas SECRET`, `others_negations`); a marking of no level above the lowest states nothing
(`sont UNCLASSIFIED`). Only raising.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .governing import stated_marking
from .raising import raised_to
from .state import Reading

# where a sentence of a note ends: a sentence end, a semicolon or colon before a space or the line's end, a line end
_CUT = compile_pattern(r"[.!?;。！？；:：](?=\s|$)|\n|\r|\x85|\u2028|\u2029")
_MOST_CHARS = 240  # (a note's sentence; a paragraph of prose in that language is longer)
# (fix49h) a marking in capitals right after the word for the others: a banner's words (`SECRET//NOFORN`, `TOP SECRET`)
# or a portion mark (`(S//NF)`), then no other word in capitals (`SECRET SQUIRREL` is a name)
_MARKING_AFTER = compile_pattern(r"[ \t]+[\"“‘']?(?P<mark>\([A-Z][A-Z/\- ,]{0,40}\)|(?:TOP[ \t]+)?(?:SECRET|CONFIDENTIAL|"
                                 r"RESTRICTED)(?://?[A-Z][A-Z\- ,]{0,40}?)*)(?![A-Za-z/\-])(?![ \t]+[A-Z]{2,})")


def raise_others_claims(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every other part raised to what a note's sentence about the others states (module docstring)."""
    others, words = r.g.scope_note_others, r.g.scope_claim_level_words
    if not portions or others is None or words is None or not r.original_may_hold(others.compiled):
        return portions
    view = r.view
    original = view.original
    out = list(portions)
    for k, p in enumerate(portions):
        o_start, o_end = (p.start, p.end) if view.identity else (view.to_original(p.start), view.to_original_end(p.end))
        read_after = not (p.explicit and p.marking is not None and p.marking.rank == 0)
        for lo, hi, stated in _claims(r, original, o_start, o_end, read_after):
            said = (f"a note '{' '.join(original[lo:hi].split())[:80]}' states {stated.banner()} for the other parts "
                    "(every other portion raised, fail closed)")
            marked = [j for j, q in enumerate(out) if j != k and q.explicit]
            for j in marked or [j for j in range(len(out)) if j != k]:
                out[j] = raised_to(r, out[j], [stated], said)
    return out


def _claims(r: Reading, text: str, start: int, end: int, read_after: bool = True) -> list[tuple[int, int, Marking]]:
    """Each (sentence start, end, marking stated) of `start:end` of `text` (the original) that claims a level for the
    others (`read_after`: a marking in capitals right after the others word too, fix49h)."""
    from .foreign_level_sentences import _names_a_bar
    from .untranslated import _inside_quotes, negated

    others, words = r.g.scope_note_others, r.g.scope_claim_level_words
    assert others is not None and words is not None
    out: list[tuple[int, int, Marking]] = []
    at = start
    for cut in (*_CUT.finditer(text, start, end), None):
        lo, hi = at, (end if cut is None else cut.start())
        at = end if cut is None else cut.end()
        if hi - lo < 6 or hi - lo > _MOST_CHARS:
            continue
        word = others.compiled.search(text, lo, hi)
        if word is None:
            continue
        stated_after = _marking_after(r, text, word.end(), hi) if read_after else None
        if stated_after is not None:
            out.append((lo, hi, stated_after))
        elif read_after:
            out.extend((lo, hi, stated) for stated in _markings_later(r, text, word.end(), lo, hi))
        for m in words.compiled.finditer(text, word.start(), hi):
            if _inside_quotes(text, m.start(), m.end(), lo, hi):
                continue
            if not _names_a_bar(r, m) and negated(r, text, m.start(), m.end(), lo, hi):
                continue
            if not _names_a_bar(r, m) and _negated_for_others(r, text, word.end(), m.start()):
                continue  # (fix49f) "të tjerët nuk janë sekret": the others are said NOT to be at that level
            name = next(n for n, v in m.groupdict().items() if v)
            stated = stated_marking(r, r.g.scope_level_names[name])
            if stated is not None and stated.valid:
                out.append((lo, hi, stated))
    return out


def _negated_for_others(r: Reading, text: str, start: int, at: int) -> bool:
    """(fix49f) Whether a word of rules/note_words.yaml `others_negations` stands between the others' word (ending at
    `start`) and the level word at `at` (within 30 characters before it): "të tjerët nuk janë sekret"."""
    negations = r.g.scope_note_others_negations
    return negations is not None and negations.compiled.search(text, max(start, at - 30), at) is not None


# (fix50c) a marking in capitals later in the sentence: a banner's words or a portion mark, standing alone (no letter,
# `/` or `-` joined to it, and no other word in capitals after it: `SECRET SQUIRREL` is a name)
_MARKING_LATER = compile_pattern(r"(?<![A-Za-z/\-])(?P<mark>\([A-Z][A-Z/\- ,]{0,40}\)|(?:TOP[ \t]+)?(?:SECRET|CONFIDENTIAL|"
                                 r"RESTRICTED)(?://?[A-Z][A-Z\- ,]{0,40}?)*)(?![A-Za-z/\-])(?![ \t]+[A-Z]{2,})")


def _markings_later(r: Reading, text: str, at: int, lo: int, hi: int) -> list[Marking]:
    """(fix50c) The valid markings above the lowest level written in capitals after the others word ending at `at`
    in the sentence `lo:hi`, each not quoted and not negated (`ne sont pas SECRET`)."""
    from .untranslated import _inside_quotes, negated

    out = []
    for m in _MARKING_LATER.finditer(text, at, hi):
        if _inside_quotes(text, m.start(), m.end(), lo, hi) or negated(r, text, m.start(), m.end(), lo, hi) \
                or _negated_for_others(r, text, at, m.start()):
            continue
        stated = stated_marking(r, m.group("mark").strip(" ,"))
        if stated is not None and stated.valid and stated.rank > 0:
            out.append(stated)
    return out


def _marking_after(r: Reading, text: str, at: int, hi: int) -> Marking | None:
    """The valid marking written in capitals right after the others word ending at `at` (`_MARKING_AFTER`), if any."""
    m = _MARKING_AFTER.match(text, at, hi)
    if m is None:
        return None
    stated = stated_marking(r, m.group("mark").strip(" ,"))
    return stated if stated is not None and stated.valid and stated.rank > 0 else None
