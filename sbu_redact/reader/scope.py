"""The fail-closed fallback of governing statements: a statement whose target was not found.

A portion can state a level for text elsewhere in words the governing statements
(`governing.py`) do not know yet ("item (b) below should have been marked (S//NF)", "Section 3
of this paper is classified SECRET//NOFORN in its entirety", "my answer to question 3 is
CONFIDENTIAL"). The reader then raises the statement itself (the backstop reads the level in
its text, or the level in words is evidence inside it) while the text it names keeps its own,
lower mark: the label of what is withheld points at what was released.

This step closes that by construction. A portion is a statement for other text when

- a level or control in its own text raised it above what it was read as: the backstop raised
  it (`MARKING_IN_TEXT`), or a classification or reclassification stated in words lies inside
  it (`classification_in_words`, `reclassification_in_words` evidence); and
- its text refers to other text (`unresolved_scope.refers` of the marking vocabulary: a
  paragraph, item, section, slide, answer, the text below), not only to itself (`itself`:
  "this paragraph is SECRET" is its own mark, which the backstop read).

When governing.py resolved no statement in that portion (it raised nothing for it and reported
no unresolved scope), the text it names is not known, so every portion it could mean is raised
to the level it states, with `GOVERNING_SCOPE_UNRESOLVED` naming the statement and its offset
and `GOVERNED_PORTION` on each portion raised: every later portion of the document (a
correction in a reply names an item of the quoted message below it), and every earlier one
too unless the statement points only ahead (`ahead`: "below", "attached") and not back
(`back`: "above", "preceding").

Statement or mention: a mention does not raise its own portion to begin with (the backstop
leaves quoted tokens, legends and words that explain a marking alone), so it is no statement
here. A statement that names another document (`elsewhere`: a reference cable, "your
message") and points neither ahead nor back is taken as a mention of that document and raises
nothing here (governing.py reports a paragraph number this document does not have). Anything
else that raises its own portion and refers to other text is taken as a statement: when in
doubt, over-redaction (second-worst) over a leak (worst).
"""
from __future__ import annotations

import functools
import hashlib
import re
from bisect import bisect_left, bisect_right

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from ..textview import fold_char
from ..prefilter import WayScan, finditer_at_heads, finditer_of_ways, may_match, top_level_ways
from .governing import LOWEST_CLASSIFIED, _quoted, stated_marking, footnoted_portions, in_transcribed_note  # (one test of quoting, one reading of a level)
from .backstop import mention_before, mention_defined, names_other_text, substantive, uncertain_mention
from .marks import LOOK_ALIKE_DIGITS
from .raising import Raised, Statement, raise_portions, ranges_of, report
from .pointers import pointed_target
from .page_refs import may_name_a_page, page_named
from .scope_exact import exact_target, with_labelled_ordinals
from .state import Reading
from .untranslated import negated, untranslated_levels
from .foreign_level_sentences import foreign_level_sentences
from .unreadable_notes import is_unreadable_note, unreadable_notes
from .note_positions import names_parts_abroad, places_unsure
from .negated_part_notes import negated_part_notes
from .rule_words import alternatives, made_once

_OFFSET = compile_pattern(r"\(offset (\d+)\)")
_COLON_THEN_TEXT = compile_pattern(r"[^:\n]{0,120}:[ \t]*\S")
_LEVEL_THEN_TEXT = compile_pattern(r"[ \t]*:[ \t]*[\w\"“]")
_STATED_IN_WORDS = ("classification_in_words", "reclassification", "foreign_stamp")  # (a stamp in a note that names
# a paragraph, "η τέταρτη παράγραφος είναι ΑΠΟΡΡΗΤΟ", is about that paragraph, round 74)


def unresolved_statements(r: Reading, governed: list[Portion], portions: list[Portion],
                          since: int) -> list[Portion]:
    """`portions` (after the backstop; `governed` the same portions before it) with every portion
    raised that a statement for other text could mean when governing.py resolved nothing for
    it. `since`: the number of problems before governing statements were read."""
    evidence = [e for e in r.evidence if e.kind in _STATED_IN_WORDS and e.marking is not None and e.marking.valid]
    by_start = sorted(range(len(evidence)), key=lambda i: evidence[i].start)
    evidence_starts = [evidence[i].start for i in by_start]
    seen_in_text = sorted((q.start, q.end) for q in r.problems[since:] if q.code == "MARKING_IN_TEXT")
    statements: list[tuple[int, Marking]] = []
    claims: dict[int, list[tuple[int, int, int]]] = {}  # statements found by a claim in any words: (its sentence, its end)
    opened: list[tuple[int, Marking]] = []  # (a level in words that opens the rest of its own portion)
    in_text: dict[int, list[tuple[int, int, int]]] = {}  # (statements by a level in their text: its sentences)
    for k, (before, after) in enumerate(zip(governed, portions)):
        m = after.marking
        if m is None or not m.valid or m.level is None:
            claimed, sentences = _claimed(r, after)  # (a doubtful portion's claim still names other text)
            if claimed is not None:
                statements.append((k, claimed))
                claims[k] = sentences
            continue
        raised_by: list[Marking] = []
        spans: list[tuple[int, int]] = []
        if before.marking is not None and before.marking.banner() != m.banner():  # the backstop raised it
            raised_by.append(m)
            spans += seen_in_text[bisect_left(seen_in_text, (after.start,)):bisect_left(seen_in_text, (after.end,))]
        inside = by_start[bisect_left(evidence_starts, after.start):bisect_left(evidence_starts, after.end)]
        if any(evidence[i].kind == "foreign_stamp" for i in inside) and \
                r.search(r.g.scope_refers_abroad.compiled, after.body_start, after.end) is None:
            inside = [i for i in inside if evidence[i].kind != "foreign_stamp"]  # (a stamp heading its own text)
        introduced = [evidence[i].marking for i in inside if _LEVEL_THEN_TEXT.match(r.text, evidence[i].end)]
        if introduced and introduced[0] is not None and r.g.rollup([m, introduced[0]]) != m:
            # "the following assessment, classified NATO CONFIDENTIAL: allied radars cannot see ...":
            # the text after the colon is its own (round 55)
            opened.append((k, introduced[0]))
        for i in sorted(inside):  # (in the order the evidence was taken: the roll-up keeps first-seen order)
            marking = evidence[i].marking
            if marking is not None and _defined(r, after, evidence[i].start, evidence[i].end):
                continue  # a level in words in a definition of a marking or an example of any text
            if marking is not None:
                raised_by.append(marking)
                spans.append((evidence[i].start, evidence[i].end))
        if raised_by and (_states(r, after, spans) or any(
                names_other_text(r.g, r.text, after.body_start, after.end, lo, hi) for lo, hi in spans) or any(
                m.start() > after.body_start for m in _NAMED_BY_NUMBER.finditer(r.text, after.body_start, after.end))
                or r.search(r.g.scope_refers_abroad.compiled, after.body_start, after.end)
                or r.search(r.g.scope_brackets.compiled, after.body_start, after.end)):
            # (a level in its text and a paragraph of this document named by its number: "le paragraphe
            # 3 reprend mot pour mot le telegramme SECRET de l'attache", round 71; not its own heading,
            # nor "everything in [square brackets] is from the S//NF version": `scope_exact.by_brackets`)
            # `Slide 2 -- Map [... Alt text: ... SECRET//NOFORN]`)
            top = r.g.rollup(raised_by)
            if top is not None and top.valid:
                claimed, sentences = _claimed(r, before)
                if claimed is not None:  # (a claim the backstop read too: "... is SECRET, not U"; and what
                    claims[k] = sentences  # else its claims state: "... para 2 ... Do not share them with any contractor")
                    top = r.g.rollup([top, claimed]) or top
                statements.append((k, top))
                # (the sentences of the levels in its text, for what they name: "Slide 4: do NOT say these
                # bullets ... - US only, S//NF." / "Slide 5: ... will brief separately.", round 71)
                in_text[k] = [(_sentence_start(r.text, lo, after.body_start), _sentence_end(r.text, hi, after.end), hi)
                              for lo, hi in spans]
                continue
        claimed, sentences = _claimed(r, before)  # (as read before the backstop, which may have raised it by the claim)
        if claimed is not None:
            # (the controls the backstop read in the claim's own text are stated with it: "the CS Statements
            # section is LES and NOFORN", "don't let the contractors see the bottom half - NOFORN too", round 81)
            claimed = r.g.rollup([claimed, *raised_by]) or claimed
            statements.append((k, claimed))
            claims[k] = sentences
    # a footnote its own text raised ("¹ The figures in paragraph 2.4 derive from a classified annex
    # (SECRET)", "* ... this bullet was mis-marked. It is CONFIDENTIAL") is about the text that
    # carries its sign or number (round 48, round 50): that text is raised with it
    marks_in_text = sorted(q.start for q in r.problems if q.code == "MARKING_IN_TEXT" or (
        q.code == "EMBEDDED_MARK" and not r.text[max(0, q.start - 3):q.start].rstrip().endswith(('"', "”", "'", "’"))))
    # (a mark after a quotation is the quoted text's: `reads "... Manda Bay" (S)`)
    signed: dict[str, list[int]] = {}
    notes = {k: noted for k, (before, after) in enumerate(zip(governed, portions))
             if after.marking is not None and after.marking.valid and after.marking.level is not None
             and (k in claims or (before.marking is not None and before.marking.banner() != after.marking.banner())
                  or bisect_left(marks_in_text, after.start) < bisect_left(marks_in_text, after.end))
             for noted in [footnoted_portions(r, portions, after, signed)] if noted}
    if not statements and not notes and not opened:
        return portions
    resolved = sorted(_resolved_statements(r, since))
    governed_ranks = _governed_ranks(r, since)
    order = _by_start(portions)
    starts = [portions[k].start for k in order]
    unresolved: list[tuple[Statement, str, Portion]] = []
    own_statements: list[tuple[Statement, str, Portion]] = []  # (claims about their own text only)
    claimed_by = dict(statements)
    for k, noted in notes.items():
        p, stated = portions[k], portions[k].marking
        assert stated is not None
        if k in claimed_by:  # (a note whose claim states more than its own mark: "¶ This bullet is drawn
            stated = r.g.rollup([stated, claimed_by[k]]) or stated  # from the CONFIDENTIAL ... report", round 67)
        said = f"{_quoted_portion(r, p)} states {stated.banner()} for the text that carries its footnote sign"
        own_statements.append((Statement(ranges_of(sorted(order.index(j) for j in noted)), stated, said), said, p))
    for k, stated in opened:
        own_statements.append(_own(r, portions[k], k, stated, order))
    for k, stated in statements:
        p = portions[k]
        if k in notes and not _names_text_abroad(r, p, k in claims):
            continue  # (a footnote is about the text that carries its sign; one whose claim names parts in another
            # language, "[1] Bellik: ikinji we üçünji abzaslar gizlin", is about those too: read below as well, fix43e)
        # (fix44c: a claim in another language's note words that places its parts by a relative place or several
        # numbers, or one in a portion governing.py resolved, `previous and next`, `2 no-3`: placed by no exact reading)
        unsure = k in claims and any(places_unsure(r, lo, hi) for lo, hi, _ in claims[k])
        if not unsure and k in claims and any(names_parts_abroad(r, lo, hi) and (lo, hi) not in r.unreadable_note_spans
                                              for lo, hi, _ in claims[k]):
            # (and one beside other text its portion names, "... sesibili, nesesithathu nesesine ziyimfihlo. The source
            # of paragraph three is ...": what is placed is the other text's, not the note's)
            unsure = bisect_left(resolved, p.start) < bisect_left(resolved, p.end) or _names_beside(r, p, claims[k]) \
                or _names_with_parts_abroad(r, claims[k])
        if bisect_left(resolved, p.start) < bisect_left(resolved, p.end):
            applied = max((rank for at, rank in governed_ranks if p.start <= at < p.end), default=-1)
            if k in claims and (stated.rank > max(applied, 0) or bool(stated.dissem)):
                # (a claim in the same portion that states a classified level above what governing.py applied
                # raises what it names exactly, when that is certain: "para 2 is marked U but it's straight
                # from the S/NF HUMINT report", round 75), or a control governing.py does not read ("item 2
                # should read SBU NOFORN", round 95)
                named = _refers(r, p)
                exact = _exact(r, portions, order, k, named, stated, True) if named else None
                if exact is not None:
                    own_statements.append(exact)
            # governing.py read this statement (raised what it names, or asked a reviewer); a claim that
            # goes on after a colon with the text it is about ("THE FOLLOWING PARAGRAPH IS CONFIDENTIAL
            # UNTIL ...: THE MINISTER PRIVATELY TOLD ...") raises its own portion too
            if k in claims and p.marking is not None and p.marking.valid and any(
                    _COLON_THEN_TEXT.match(r.text, end, p.end) for _, _, end in claims[k]):
                own_statements.append(_own(r, p, k, stated, order))
            if not unsure and not (k in claims and any(is_unreadable_note(r, lo, hi) for lo, hi, _ in claims[k])):
                continue
            # (fix44c: and every portion the note in another language could mean, below; fix46b: and every portion a
            # note the reader cannot read could mean, beside a claim governing.py placed, `item 2 is NOFORN. Ipinro
            # keta je ohun ikoko ...`)
        refers = _refers(r, p)
        # (a note in a language the reader cannot read: what it names cannot be known, so nothing narrows it, fixlang36)
        unreadable = unsure or (k in claims and any(is_unreadable_note(r, lo, hi) for lo, hi, _ in claims[k]))
        # (a page of a paged file named, `this page should have been marked C`, `p.4 is CONFIDENTIAL`: every
        # portion of it when that page is certain, else every portion it could mean, `page_refs.page_named`)
        on_page = page_named(r, [portions[j] for j in order], order.index(k), refers) \
            if may_name_a_page(r, p) and not unreadable else None
        if on_page:
            ordered_at = order.index(k)
            page_portions = {*on_page, ordered_at} if k in claims and p.marking is not None and p.marking.valid else on_page
            said = f"{_quoted_portion(r, p)} states {stated.banner()} for the page it names"
            own_statements.append((Statement(ranges_of(sorted(page_portions)), stated, said), said, p))
            continue
        if on_page is not None and not refers:
            refers = ["page"]  # (`this page` on no page known: not its own text only)
        if not refers:
            if k not in claims:
                continue
            if not unreadable and (r.g.scope_itself.compiled.search(r.text, p.start, p.end) is not None or (
                    r.text.startswith("(", p.body_start) and any(lo == p.body_start for lo, _, _ in claims[k]))):
                # (a level in words opening its text in parentheses, "(Confidential until the closure
                # is announced.) The Department will ...", marks that text, round 55)
                # "this bullet is CONFIDENTIAL": its own text, which it names and nothing else
                if p.marking is not None and p.marking.valid:
                    own_statements.append(_own(r, p, k, stated, order))
                continue
            refers = ["no text named"]
        if unreadable:
            refers = [*refers, "a note in a language the reader cannot read, which may state any level"]
        back = r.g.scope_back.compiled.search(r.text, p.start, p.end) is not None
        ahead = r.g.scope_ahead.compiled.search(r.text, p.start, p.end) is not None
        # (a claim's own sentences decide: "IT IS NOT/NOT UNCLASSIFIED; ... AT THE LEVEL OF REF A")
        claim_sentences = claims.get(k) or in_text.get(k) or [(p.start, p.end, p.end)]
        if not back and not ahead and not unreadable and all(r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None
                                          and not _sourced_here(r, lo, hi, end) for lo, hi, end in claim_sentences):
            continue  # another document's text (a reference cable): a mention here (every claim of it)
        text_below = _introduced(r, portions, order, k, claims.get(k, []), stated) if not unreadable else None
        if text_below is not None:
            own_statements.append(text_below)
            continue
        # (what it names is certain: `scope_exact.py`; with no text named, a chat message that points)
        exact = _exact(r, portions, order, k, refers, stated, k in claims) if not unreadable else None
        if exact is not None:
            own_statements.append(exact)
            continue
        if k in claims:  # (a claim's own sentences say which way it points, not the rest of its portion)
            back = any(r.g.scope_back.compiled.search(r.text, lo, hi) is not None for lo, hi, _ in claims[k])
            ahead = any(r.g.scope_ahead.compiled.search(r.text, lo, hi) is not None for lo, hi, _ in claims[k])
        # (a claim that points ahead from the last portion points at the text above it: "see the bottom half
        # (below the dashed line)" in a comment under that half, round 81)
        earlier = unsure or back or not ahead or (bisect_right(starts, p.start) == len(starts) and k in claims
                                        and not any(c.isalnum() for c in r.text[max(hi for _, hi, _ in claims[k]):p.end])
                                        and not any(_COLON_THEN_TEXT.match(r.text, end, p.end) for _, _, end in claims[k]))
        # every other portion that starts after it (and, `earlier`, before it), as ranges of `order`
        ranges: tuple[tuple[int, int], ...] = ((0, bisect_left(starts, p.start)),) if earlier else ()
        # (a statement that points ahead in a portion of more lines than its own, `... OUR
        # BACK-TRANSLATION FOLLOWS.` / `BEGIN TEXT:` / the quoted text: what it names may be in
        # the rest of its own portion, which is raised too; round 37)
        # (a claim in any words may be about its own text too: a notes cell, "actually C")
        own = (ahead and "\n" in r.text[p.body_start:p.end].strip()) or (
            k in claims and p.marking is not None and p.marking.valid)  # (a doubtful one is withheld already)
        ranges += (((bisect_left if own else bisect_right)(starts, p.start), len(starts)),)
        chosen = sum(hi - lo for lo, hi in ranges)
        if not chosen:
            continue
        where = "every portion after it" + (" and before it" if earlier else "")
        said = f"{_quoted_portion(r, p)} states {stated.banner()} for other text ({', '.join(refers)})"
        unresolved.append((Statement(ranges, stated, said), f"{said}, which cannot be found: {where} ({chosen} "
                                                             f"portions) is raised; a reviewer must decide", p))
    if not unresolved and not own_statements:
        return portions
    out, raised = _raise_in_order(r, portions, order, [statement for statement, _, _ in unresolved + own_statements])
    for (statement, message, p), each in zip(unresolved, raised):
        r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", message, p.body_start, p.end)
        report(r, out, each, statement.said)
    for (statement, _, _), each in zip(own_statements, raised[len(unresolved):]):
        report(r, out, each, statement.said)
    return out


def _claimed(r: Reading, p: Portion) -> tuple[Marking | None, list[tuple[int, int, int]]]:
    """The level that the claims in any words in portion `p`'s own text state
    (`unresolved_scope.claims`: "it's C", "was meant to be (S)", "belongs at the Confidential
    level"), rolled up with `p`'s own, and the sentence of each claim with the claim's end; None
    when there is none (a claim in quotation marks, words that only look like one, `not_claims`,
    a mention, `_MENTION_BEFORE`), or when the claims state nothing above `p`'s own level and
    controls and `p` names no other text."""
    if p.end <= p.body_start:
        return None, []
    found: list[Marking] = []
    sentences: list[tuple[int, int, int]] = []  # (the sentence of each claim that counted, and the claim's end)
    requested = False  # (a request to mark text at a level, `pls mark (S//NF) and resend`, is about other text: fix48c)
    for c in _claim_matches(r, p):
        group = next(g for g in _CLAIM_GROUPS if c.group(g))
        if r.g.scope_not_claims.compiled.match(r.text, c.start(group)):
            continue
        if _quoted(r.text, c.start(group), c.end(group)) and not in_transcribed_note(r, c.start(group)):
            continue  # a claim quoted is a mention (the words of a transcribed note are the note's own)
        if group in ("sov", "foreign") and negated(r, r.text, c.start(group), c.end(group), p.body_start, p.end):
            continue  # ("kappale ei ole salainen", "tidak rahasia": the note says it is not)
        sentence = _sentence_start(r.text, c.start(), p.body_start)
        if group == "letter" and r.g.scope_not_claim_subjects.compiled.search(r.text, sentence, c.start()) is not None:
            continue  # "her grade on the test is S"
        if _MENTION_BEFORE.search(r.text, max(sentence, c.start() - 60), c.start(group) + 1) is not None:
            continue  # a legend, a definition, a noun the level describes ("Staff cleared at the SECRET level may")
        if _mentioned(r, max(sentence, c.start() - 60), c.start(group), c.end(group), p) and not _names_other_text(r, p) \
                and not names_other_text(r.g, r.text, p.body_start, p.end, c.start(group), c.end(group)):
            continue  # an example or a term named ("A banner such as SECRET//NOFORN goes ..."; never in a
            # statement that names other text: "the next paragraph ..., such as SECRET")
        if _defined(r, p, c.start(group), c.end(group)):
            continue  # a definition of a marking or an example of any text ("A mark such as (S//NF) means the
            # portion is SECRET", "Example: a paragraph that says it is confidential"; open32's rule kept)
        written = c.group(group)
        if group in ("negated", "contained", "exempt", "checked"):
            # "is NOT unclass", "contained classified information", a reviewer's "b1, 1.4(c)", "[X] Contains classified"
            written = "CLASSIFIED"
        elif group == "typo":  # "is CONFIDENITAL", "SECRTE": a level or NOFORN mistyped, else no claim
            if written in _mistyped_targets(r) and _POSSESSIVE.search(r.text, c.start(), c.start(group)) is not None:
                continue  # "the hotel's CONFIDENTIAL rate form": a possessive, not "it's SECRET"
            written = _mistyped(r, written) or ""
            if not written:
                continue
        elif group == "designation":  # "the last numbered item is LES - cops only", "is SBU-NF" (round 71)
            spelled = _SPELLED_OUT.match(written)  # ("are law enforcement sensitive - ...": the grammar's name, round 119)
            named = r.g.parse("UNCLASSIFIED//" + " ".join(spelled.group(0).split()).upper()) if spelled else None
            if named is not None and named.valid and len(named.designations) == 1:
                written = named.designations[0] + written[spelled.end():] if spelled else written
            base, _, controls = "/".join(written.replace("-", "/").split()).partition("/")  # ("SBU NOFORN")
            written = "UNCLASSIFIED//" + base + ("//NOFORN" if controls.strip("/") else "")
        elif group in ("abroad", "abroad_sov"):  # "er SBU NOFORN", "dia SBU", "CONFIDENTIAL हो", "SBU ነው" (round 98)
            said = _ABROAD_TOKENS.fullmatch(written)
            if said is None:
                continue
            base = " ".join(said.group(1).split())
            if base in r.g.vocabulary.designations:  # (`SBU NOFORN` and `LES NOFORN` are designations of their own)
                written = "UNCLASSIFIED//" + base + ((" NOFORN" if base in ("SBU", "LES") else "//NOFORN") if said.group(2) else "")
            else:
                written = base + ("//NOFORN" if said.group(2) else "")
        elif group in ("noforn", "fedonly", "usonly"):  # "not to be shared with dual-national staff", "Gov't eyes
            written = "UNCLASSIFIED//" + ("NOFORN" if group == "usonly" else group.upper())  # only -- no CTRs", "US only"
        elif group == "document" and "/" in written and "//" not in written:  # "an S/NF intel cable"
            written = written.replace("/", "//")
        elif group == "letter":  # `S-NF` (a file name's way of writing S//NF)
            written = written.replace("-NF", "//NF")
        elif group == "dictated":  # "is secret slash no for in period": a level dictated, NOFORN garbled (round 108)
            written = " ".join(written.split()).upper() + ("//NOFORN" if c.group("dictated_nf") else "")
        elif group == "requested":  # "pls mark S/NF and resend", "can you mark it (S//NF)": a request to mark (fix48c)
            written = re.sub(r"[ \t]*/{1,2}[ \t]*", "//", written.strip("()"))
        elif group in ("network", "handling"):  # "belongs on the high side", "SIPR-only", "via JWICS"
            written = _network_level(written)
        stated = stated_marking(r, written) if group not in ("foreign", "sov") \
            else _foreign_level(r, c.start(group), c.end(group))  # ("sov": a level before its verb, 대외비입니다)
        if stated is None and group == "letter":
            stated = r.g.parse(c.group(group))  # `S/NF` written with one slash
        if stated is None and group == "level":
            stated = stated_marking(r, _mistyped(r, written.upper()) or "")  # "confidental"
        if stated is None and group == "level":
            # a control that needs a level ("originator controlled" of a (U) paragraph): classified
            # at least, with the control when that reads (fail closed)
            control = r.g.parse(" ".join(written.split()).upper())
            if control.dissem:
                with_level = r.g.parse(LOWEST_CLASSIFIED + "//" + "/".join(control.dissem))
                stated = with_level if with_level.valid else r.g.parse(LOWEST_CLASSIFIED)
        if stated is not None and not stated.valid and stated.level is not None:
            stated = r.g.parse(stated.level)  # `S/NF` written with one slash: its level at least
        if stated is not None and stated.valid and (stated.level is not None or stated.dissem):
            found.append(stated)
            requested = requested or group == "requested"
            lo = _sentence_start(r.text, c.start(), p.body_start)
            if group in ("noforn", "fedonly", "usonly"):  # (a sharing rule's own clause: "... briefed separately; do not
                lo = max(lo, r.text.rfind(";", lo, c.start()) + 1)  # pass it to them" names no other document)
            sentences.append((lo, _sentence_end(r.text, c.end(), p.end), c.end()))
    untranslated = False  # (a note in another language names other text whatever its own text was raised to)
    read: list[tuple[int, int]] = []
    english_sentences = list(sentences)
    main_readings = list(untranslated_levels(r, p.body_start, p.end))
    for lo, hi in _take_foreign_claims(r, main_readings, found, sentences):
        untranslated = True
        read.append((lo, hi))
    # (fix46b: a reading of a control alone, `Note: paragraph 2 is NOFORN. Ipinro keta je ohun ikoko ...` read whole
    # as a labelled note stating NOFORN, is no reading of the level the unreadable sentence beside it may state: only
    # its level words are read, review45x x44)
    unread_read = _control_readings_narrowed(r, main_readings, read)
    # (a note in a language the reader cannot read may state any level for any text: fail closed, fixlang36; but
    # not in a portion whose claims the rules read already state a classified level, which place them, fixlang37;
    # a claim of a control alone, `paragraph 2 is for US citizens only`, silences only its own sentence, never the
    # unreadable sentence beside it, `Ipinro keta je ohun ikoko`: review45x)
    claimed_sentences = english_sentences + [(lo, hi, hi) for lo, hi in unread_read]
    for written, start, end, lo, hi in unreadable_notes(r, p.body_start, p.end, unread_read, bool(found)) \
            if not any(f.rank > 0 for f in found) else ():
        if any(lo < min(c_hi, c_end) and c_lo < hi for c_lo, c_hi, c_end in claimed_sentences):
            continue  # (`Tylko dla personelu USA`: the claim's own words, read; a clause after the claim's words,
            # `paragraph 2 is for American citizens only, ipinro keta je ...`, is not: fix46b, review45x x45)
        stated = stated_marking(r, written)
        if stated is not None and stated.valid:
            found.append(stated)
            sentences.append((lo, hi, end))
            untranslated = True
            r.unreadable_note_spans.add((lo, hi))
    # (a sentence of another language that names text and states a level, fix40c: read after main's readings and
    # their fail-closed fallback, which it must not pre-empt: review40z g02, `U paragrafu 2 hè secretu, dinù u 4`)
    if _take_foreign_claims(r, list(foreign_level_sentences(r, p.body_start, p.end)), found, sentences):
        untranslated = True
    # (fix45j: an English note that names parts by position beside a negated level, "the first paragraph is not
    # secret, the second is": it states that level for parts no exact reader places, `note_positions.places_unsure`)
    if _take_foreign_claims(r, list(negated_part_notes(r, p.body_start, p.end)), found, sentences):
        untranslated = True
    if not found:
        return None, []
    m = p.marking
    if m is None or not m.valid or m.level is None or _refers(r, p):
        # (doubtful: withheld itself, its claim still names other text; and a claim that names other
        # text counts whatever its own portion was raised to: "REGRET PARA 2 WENT OUT MARKED (U). IT IS
        # NOT/NOT UNCLASSIFIED; ... AT THE LEVEL OF REF A (SECRET)" in a portion the (SECRET) raised)
        return r.g.rollup(found), sentences
    top = r.g.rollup([m, *found])
    # (a claim raises the level or adds a control; one at the portion's own level with fewer
    # controls says nothing new: "releasable ... at SECRET//REL TO USA, KOR" of an S//REL portion)
    raises = top is not None and top.valid and (top.level != m.level or any(
        f.level == m.level and (f.dissem and not set(f.dissem) <= set(m.dissem)
                                or f.designations and not set(f.designations) <= set(m.designations)) for f in found))
    return (top, sentences) if raises or untranslated or requested else (None, [])


def _control_readings_narrowed(r: Reading, readings: list[tuple[str, int, int, int, int]],
                               read: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`read` (the sentences of the readings taken) with each sentence whose readings state a control alone (no
    classified level) narrowed to those readings' level words (fix46b): a note the reader cannot read inside such a
    sentence is still a note. Only ever fewer spans: more notes fail closed."""
    out: list[tuple[int, int]] = []
    for lo, hi in read:
        inside = [(written, start, end) for written, start, end, a, b in readings if (a, b) == (lo, hi)]
        stated = [_untranslated_marking(r, written) for written, _, _ in inside]
        if inside and all(m is not None and m.valid and m.rank == 0 for m in stated):
            for written, start, end in inside:
                # (a labelled note read whole, its level the words it holds: narrowed to where they stand)
                at = r.text.upper().find(written.upper(), start, end) if (start, end) == (lo, hi) else -1
                out.append((at, at + len(written)) if at >= 0 else (start, end))
        else:
            out.append((lo, hi))
    return out


def _take_foreign_claims(r: Reading, readings: list[tuple[str, int, int, int, int]], found: list[Marking],
                         sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Add each reading of another language's level that reads as a marking to `found` and `sentences`; the spans
    (lo, hi) of those taken."""
    taken = []
    for written, _start, end, lo, hi in readings:
        stated = _untranslated_marking(r, written)
        if stated is not None and stated.valid and (stated.level is not None or stated.dissem):
            found.append(stated)
            sentences.append((lo, hi, end))
            taken.append((lo, hi))
    return taken


def _untranslated_marking(r: Reading, written: str) -> Marking | None:
    """The marking a level written in a note of another language states (`(C)`, `SBU`,
    `(SECRET//NOFORN)`, `NOFORN`): a designation is unclassified with it, a control alone is
    unclassified with that control."""
    inner = written[1:-1] if written.startswith("(") else written
    said = _ABROAD_TOKENS.fullmatch(inner)
    if said is not None:
        base = " ".join(said.group(1).split())
        if base in r.g.vocabulary.designations:
            return stated_marking(r, "UNCLASSIFIED//" + base + ("//NOFORN" if said.group(2) else ""))
        return stated_marking(r, base + ("//NOFORN" if said.group(2) else ""))
    if inner in ("NF", "NOFORN"):
        return stated_marking(r, "UNCLASSIFIED//NOFORN")
    return stated_marking(r, inner)


def _sourced_here(r: Reading, lo: int, hi: int, end: int) -> bool:
    """Whether the claim ending at `end` in the sentence `lo:hi` says that text of this document,
    named by its number, comes from a classified source ("PARA 3 FIGURES ARE FROM REF C (SECRET)",
    round 67): the other document is its source, not what it is about."""
    return any(m.end() == end and (m.group("document") or m.group("reproduced")) is not None
               and _NAMED_BY_NUMBER.search(r.text, lo, m.start()) is not None
               for m in r.g.scope_claims.compiled.finditer(r.text, lo, hi))


# A paragraph (item, section, slide...) named by its number, in English and the languages posts write
_NAMED_BY_NUMBER = compile_pattern(r"(?i:\b(?:para(?:graph)?s?|items?|sections?|slides?|bullets?|pages?|paragraphes?"
                                   r"|p[áa]rrafos?|par[áa]grafos?|paragrafo|paragrafi|abs[äa]tze?|абзац\w{0,2}|пункт\w{0,2})"
                                   r"[ \t]*(?:n[°o.]\s*)?\d{1,3}\b|¶[ \t]*\d{1,3}\b)")


def _claim_matches(r: Reading, p: Portion) -> list[re.Match[str]]:
    """The matches of `unresolved_scope.claims` in portion `p`'s text: the same matches as the
    whole scan. The anchors of every way of the pattern are found in one scan of the document
    (`prefilter.WayScan`, built once per rules object, its hits once per reading); only the ways
    with a hit in the portion (or whose gate, `_WAY_GATES`, finds something there) are scanned,
    each alone, in it (`prefilter.finditer_of_ways`): most portions of most documents scan none."""
    return _way_matches(r, r.g.scope_claims.compiled, p.body_start, p.end)


def _way_matches(r: Reading, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
    """`list(pattern.finditer(r.text, start, end))`, the ways of the pattern (a choice) scanned
    alone where they have a hit (`_claim_matches`); a pattern that is no choice is scanned whole."""
    scan = _way_scan(r, pattern)
    if not scan.ways:  # (no choice at its top: scanned whole)
        return list(pattern.finditer(r.text, start, end))
    hits = r.way_hits.get(pattern.pattern)
    if hits is None:
        hits = r.way_hits[pattern.pattern] = (scan.hits(r.text, r.text_in_any_case()),)
    ways = scan.ways_in(hits[0], r.text, start, end, r.text_in_any_case())
    # (a way is tried only where a word it starts with is, `head_offsets`: the words' offsets found once per reading)
    return finditer_of_ways(pattern, r.text, start, end, ways, r.text_in_any_case(), r.occurrences) if ways else []


def _way_scan(r: Reading, pattern: re.Pattern[str]) -> WayScan:
    """The `WayScan` of `pattern` with its gates, kept on the rules object (`r.g`) it is read with."""
    scan = r.g.way_scans.get(pattern.pattern)
    if scan is None:
        scan = r.g.way_scans[pattern.pattern] = WayScan(pattern, _claim_way_gates(pattern.pattern, pattern.flags))
    return scan


@functools.lru_cache(maxsize=8)
def _claim_way_gates(pattern: str, flags: int) -> dict[str, re.Pattern[str]]:
    """The gates of the ways of the claims pattern (`prefilter.WayScan`), by a way's text: a
    gate holds for the exact way it was written for (`_WAY_GATES`, by the SHA-256 of its text), so a
    way changed in the rules is scanned without one (slower, never a missed claim)."""
    ways = top_level_ways(pattern) or ()
    return {way: _WAY_GATES[digest] for way in ways
            for digest in [hashlib.sha256(way.encode("utf-8")).hexdigest()] if digest in _WAY_GATES}


# The way of a portion mark's letters claimed (`(?P<letter>...)`: "is C", "it's S//NF", "= C",
# "treat ... as C", `"S"`): its letters (TS, S, C or NF first, in capitals) always follow white space
# (its copulas and prepositions end in `\s+`, and `its S,` without its apostrophe, round 98), `=` (`\s=\s{0,3}`) or a quotation mark (its
# look-behind), and are followed by `/`, `-` or no word character. The way's words (`C`, `S`) are
# in nearly every portion; that shape is in few (tests/test_reader_claims.py checks the gate).
_LETTER_WAY_GATE = compile_pattern(r"(?=[TSCN])(?<=[\s=\"\u201c'])(?:TS|S|C|NF)(?!\w)")  # (its first letters first: the
# engine skips to them)
# The way of a level negated (`(?P<negated>...)`: "is NOT/NOT UNCLASSIFIED", "none of it is U"): a
# `not` or `n't` (the last word of its `not/not`, `not repeat not`) then white space and the `u` of
# `unclassified` or `U`, or `none of`, in any case. Its words (`is`, `not`, `n`, `u`) are in most portions.
_NEGATED_WAY_GATE = compile_pattern(r"(?i:n[o']t\s+u|none\s+of)")
# The way of a level mistyped (`(?P<typo>...)`: "is CONFIDENITAL"): a word of 5 to 13 capitals or
# digits after white space (its copulas and adverbs end in `\s+`) and before no word character.
_TYPO_WAY_GATE = compile_pattern(r"(?<=\s)[A-Z][A-Z0-9]{4,12}(?!\w)")
_WAY_GATES = {"f888cac62bb2025896e62e0e54de5158ad30f02ca5ecb526617605accd01da45": _LETTER_WAY_GATE,
              "b16e8872839fe7d6224a7131ce81e9ba955b3154b036639c183685c1c99094ca": _NEGATED_WAY_GATE,
              "ea9ee56d94d9c88a9240adc5b17661559c30b194149b99b41627b13b328830de": _TYPO_WAY_GATE}


# What makes a level next to it a mention, not a claim: a legend's `S//NF = SECRET//NOFORN`, a
# definition's "a paragraph marked (C) is CONFIDENTIAL", a participle with no verb before it that
# makes the level describe a noun ("Slides classified at the SECRET level must never ...", "Staff
# cleared at the SECRET level may attend"); searched in the claim's sentence, ending at the claim
_MENTION_BEFORE = compile_pattern(
    r"(?:\(?\b(?:TS|S|C|U|R|NF)(?://[A-Z]{1,10}){0,3}\)?[ \t]*=[ \t]*\S$)"
    r"|(?i:\blegend\b|\b(?:a|an|any|each|every)[ \t]+(?:portion|paragraph|document|line|item|page|message|e-?mail)s?[ \t]+marked\b)"
    r"|(?i:(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?:classified|cleared|marked|stamped|rated|graded)[ \t]+(?:at|as)[ \t]+(?:the[ \t]+)?\S$)")


def _names_other_text(r: Reading, p: Portion) -> bool:
    """Does portion `p` name other text (`_refers`) other than as any text of a kind ("every page
    carries a header such as ...", "whether a cable is ...")? (Fail closed: a word it cannot find
    in the portion counts.)"""
    for word in _refers(r, p):
        found = [m.start() for m in re.finditer(re.escape(word), r.text[p.start:p.end], re.IGNORECASE)]
        if not found or any(_ANY_OF_A_KIND.search(r.text, p.start, p.start + at) is None for at in found):
            return True
    return False


_ANY_OF_A_KIND = compile_pattern(r"(?i:\b(?:every|each|any|a|an|all|some|many|most|several)[ \t]+\Z)")


def _mentioned(r: Reading, lo: int, at: int, end: int, p: Portion) -> bool:
    """Is the level written at `at:end` in portion `p` named as an example or a term rather than stated,
    by the words right before it that the backstop reads as a mention (`backstop.mention_before` of
    rules/markings.yaml: "such as", "e.g.", "called")? (A legend's `=`
    is not counted here: `para 3 = S` may be a claim in shorthand. A past level whose clause does not
    say it was removed, a marking named with `like` in a portion with content: no mention, fixrev32b.)"""
    found = mention_before(r.g).search(r.text[lo:at])
    return found is not None and "=" not in found.group(0) and \
        not uncertain_mention(found.group(0), r.text, end, p.body_start, p.end)


def _defined(r: Reading, p: Portion, start: int, end: int) -> bool:
    """Is the level written at `start:end` in portion `p` part of a definition of a marking or an
    example of any text (`backstop.mention_defined`: "(S//NF) means the portion is SECRET"), in a
    sentence that names no other text (open32's rule), in a portion with no content besides the marking
    (`backstop.substantive`, fixrev32b: "(S//NF) means the paragraph is SECRET//NOFORN, and the raid is
    on 12 May" is a claim)?"""
    lo = max(p.body_start, start - 160)  # (its sentence, with the clause after an example's colon)
    lo = max(lo, *(r.text.rfind(c, lo, start) + 1 for c in ".!?\n"))
    return mention_defined(r.g).search(r.text, lo, start) is not None and \
        not names_other_text(r.g, r.text, p.body_start, p.end, start, end) and not substantive(r.text, p.body_start, p.end)


# a level or designation said with another language's copula (`abroad`, `abroad_sov`), and NOFORN with it
_ABROAD_TOKENS = compile_pattern(r"(TOP[ \t]SECRET|SECRET|CONFIDENTIAL|SBU|FOUO|LES|LOU|CUI)(?:(?://|/|-|[ \t]+)(NF|NOFORN))?")


_CLAIM_GROUPS = ("level", "letter", "weak", "network", "negated", "contained", "typo", "handling", "exempt", "checked",
                 "noforn", "fedonly", "document", "foreign", "reproduced", "designation",
                 "glossed", "usonly", "sov", "abroad", "abroad_sov", "dictated", "requested")


def _foreign_level(r: Reading, start: int, end: int) -> Marking | None:
    """The level a foreign level name after a copula of its language states ("le passage ... est
    classifié CONFIDENTIEL DÉFENSE", round 49): the level of the classification in words read
    there (`classification_in_words` maps each foreign scale to the US level it is protected at),
    else the US level its word spells (`SECRET`)."""
    for e in r.evidence:
        if e.kind in _STATED_IN_WORDS and e.start < end and start < e.end and e.marking is not None and e.marking.valid:
            return e.marking
    word = " ".join(r.text[start:end].split()).upper()
    if word in ("SECRET", "TOP SECRET"):
        return stated_marking(r, word)
    # (in lower case as each letter alone folds: a word of another script keeps its letters in the view,
    # fold25, but a Cyrillic `нууц` was read as in capitals, its `н` an `H`, and stays so)
    if "".join(fold_char(char) for char in r.text[start:end]).islower() and _MARK_AFTER.match(r.text, end) is None and \
            r.g.scope_refers_abroad.compiled.search(r.text, _sentence_start(r.text, start, 0), start) is None:
        return None  # ("Passwoerter sind geheim zu halten": the ordinary word, unless a mark says it is the level)
    # ("es confidencial (C)" with its mark, "ist VERTRAULICH": the level its word in capitals is read as
    # in `classification_in_words`, else classified at least, round 71; a statement never lowers)
    for pattern, stated in r.g.words_evidence:
        marking = stated_marking(r, stated) if pattern.compiled.fullmatch(word) is not None else None
        if marking is not None and marking.valid:
            return marking
    return r.g.parse(LOWEST_CLASSIFIED)


_SPELLED_OUT = compile_pattern(r"[A-Za-z]+(?:[ \t]+[A-Za-z]+){2,3}")  # (a designation spelled out in words)
_MARK_AFTER = compile_pattern(r"[ \t]*\((?:TS|S|C|R)(?://[A-Z]{2,10})?\)")


def _mistyped_targets(r: Reading) -> list[str]:
    return [level.name for level in r.g.vocabulary.levels if " " not in level.name] + ["NOFORN"]


# a noun's possessive before a level word ("HOTEL'S CONFIDENTIAL"), not a pronoun's "it's"
_POSSESSIVE = compile_pattern(r"(?i)\b(?!(?:it|that|this|what|which|there|here|who|he|she)['’]s\b)[a-z]+['’]s\s")


def _mistyped(r: Reading, word: str) -> str | None:
    """The level name or control (`NOFORN`) that `word` (in capitals) is, or is one slip of the keyboard
    away from (`SECRTE`, `CONFIDENITAL`, `SCERTE`), if any: two edits at most (one below six letters).
    Kept on the rules object by word (`Grammar.mistyped`: the same words come back in document after document)."""
    kept = r.g.mistyped
    if word not in kept:
        if len(kept) > 4096:
            kept.clear()
        kept[word] = _nearest_level(r, word)
    return kept[word]


def _nearest_level(r: Reading, word: str) -> str | None:
    targets = _mistyped_targets(r)
    read = word.translate(LOOK_ALIKE_DIGITS)  # (`C0NFIDENTIAL`, `SECRE7`)
    for target in targets:
        if target == read and target != "NOFORN" and r.g.parse(target).rank == 0:
            continue  # ("is UNCLASSIFIED" states nothing above)
        if abs(len(target) - len(read)) <= 2 and \
                _edits(read, target) <= (1 if len(target) < 6 else 2):
            return target
    return None


def _edits(a: str, b: str) -> int:
    """The Damerau-Levenshtein distance of `a` and `b` (optimal string alignment). (Not difflib's
    ratio, which the reader uses for damaged banners: it scores `SCERTE`, two slips, no nearer to
    SECRET than `STREET` or `SECTOR` are, 0.67 each.)"""
    d = [[max(i, j) if min(i, j) == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _network_level(written: str) -> str:
    """The level of what a classified network or its cover sheet holds: TOP SECRET for JWICS and
    the SF 703, SECRET for the rest (the high side, SIPRNet, ClassNet, the SF 704's red cover)."""
    return "TOP SECRET" if any(w in written.lower() for w in ("jwics", "703")) else "SECRET"


def _sentence_start(text: str, offset: int, floor: int) -> int:
    """Where the sentence (or the clause after a colon, or the quotation) holding `offset` starts (at
    most 120 characters back, never before `floor`)."""
    lo = max(floor, offset - 120)
    return max(lo, *(text.rfind(c, lo, offset) + 1 for c in ".!?\n:\"\u201c"))


def _sentence_end(text: str, offset: int, ceiling: int) -> int:
    """Where the sentence holding `offset` ends (at most 120 characters on, never after `ceiling`)."""
    hi = min(ceiling, offset + 120)
    ends = [e for e in (text.find(c, offset, hi) for c in ".;!?\n") if e >= 0]
    return min(ends) if ends else hi


def _exact(r: Reading, portions: list[Portion], order: list[int], k: int, refers: list[str], stated: Marking,
           claimed: bool) -> tuple[Statement, str, Portion] | None:
    """The statement of portion `k` raising only what it names, when that is certain
    (`scope_exact.exact_target`), with its own portion when it is a claim in any words (which may
    be about its own text too, as in the fallback); None when it is not certain."""
    ordered = [portions[j] for j in order]
    at = order.index(k)
    # (text pointed at by its opening words, its first cell's number or its pages' lines: `pointers.py`)
    chosen = pointed_target(r, ordered, at) or exact_target(r, ordered, at, refers)
    if not chosen:
        return None
    chosen = with_labelled_ordinals(r, ordered, at, chosen)
    p = portions[k]
    if claimed and p.marking is not None and p.marking.valid:
        chosen = {*chosen, at}
    said = f"{_quoted_portion(r, p)} states {stated.banner()} for the text it names ({', '.join(refers)})"
    return Statement(ranges_of(sorted(chosen)), stated, said), said, p


def _introduced(r: Reading, portions: list[Portion], order: list[int], k: int, sentences: list[tuple[int, int, int]],
                stated: Marking) -> tuple[Statement, str, Portion] | None:
    """The statement of a claim that ends its line with a colon and introduces the unmarked text
    under it ("2. (U) Excerpt from INR assessment of April 2 (SECRET//NOFORN):" above an indented
    block): that text, up to the next portion with a mark of its own, with the claim's portion."""
    if not any(_ENDS_LINE_WITH_COLON.match(r.text, end) for _, _, end in sentences) or any(
            _NAMED_BY_NUMBER.search(r.text, lo, hi) or r.g.scope_back.compiled.search(r.text, lo, hi)
            for lo, hi, _ in sentences):
        return None  # (a claim that names a paragraph by its number, or text above, names more than what follows)
    at = order.index(k)
    below = at + 1
    while below < len(order) and not portions[order[below]].explicit:
        below += 1
    if below == at + 1:
        return None
    p = portions[k]
    said = f"{_quoted_portion(r, p)} states {stated.banner()} for the text it introduces"
    return Statement(((at, below),), stated, said), f"{said}; a reviewer must confirm it", p


_ENDS_LINE_WITH_COLON = compile_pattern(r"[)\]]?[ \t]*:[ \t]*(?:\n|$)")


def _own(r: Reading, p: Portion, k: int, stated: Marking, order: list[int]) -> tuple[Statement, str, Portion]:
    """The statement of a claim that names its own portion only ("this bullet is CONFIDENTIAL")."""
    at = order.index(k)
    said = f"{_quoted_portion(r, p)} states {stated.banner()} for its own text"
    return Statement(((at, at + 1),), stated, said), f"{said}; a reviewer must confirm it", p


def _quoted_portion(r: Reading, p: Portion) -> str:
    """A statement's portion as a problem quotes it: its text (at most 120 characters) and its
    offset in the original."""
    at = r.view.to_original(p.body_start) if not r.view.identity else p.body_start
    excerpt = " ".join(r.text[p.body_start:p.end].split())
    return f"'{excerpt if len(excerpt) <= 120 else excerpt[:117] + '...'}' (offset {at})"


def _by_start(portions: list[Portion]) -> list[int]:
    """The indices of `portions` in the order of their starts."""
    return sorted(range(len(portions)), key=lambda k: portions[k].start)


def _raise_in_order(r: Reading, portions: list[Portion], order: list[int], statements: list[Statement]
                    ) -> tuple[list[Portion], list[list[Raised]]]:
    """`raising.raise_portions` of `statements`, whose ranges are ranges of `order` (the
    portions by start): the portions raised, and what each statement raised (indices into
    `portions`, in their order)."""
    ordered = [portions[k] for k in order]
    raised = raise_portions(r, ordered, statements)
    out = list(portions)
    for i, k in enumerate(order):
        out[k] = ordered[i]
    return out, [sorted(((order[i], was, new) for i, was, new in each), key=lambda x: x[0]) for each in raised]


def _states(r: Reading, p: Portion, spans: list[tuple[int, int]]) -> bool:
    """Whether a level that raised portion `p` (at one of `spans`) is stated as a predicate of
    what its text names (`unresolved_scope.states`), not written as a mark of its own text."""
    return any(s < m.end() and m.start() < e for m in r.g.scope_states.compiled.finditer(r.text, p.start, p.end)
               if not _quoted(r.text, m.start(), m.end())  # a handout quoting a statement states nothing
               for s, e in spans)


def _resolved_statements(r: Reading, since: int) -> list[int]:
    """The view offsets of the statements governing.py read: those it raised a portion for
    (`GOVERNED_PORTION` names the statement's original offset), resolved exactly to what it names
    (already at the level it states), or reported unresolved."""
    found: list[int] = list(r.statements_resolved)
    for problem in r.problems[since:]:
        if problem.code == "GOVERNING_SCOPE_UNRESOLVED":
            found.append(problem.start)
        elif problem.code == "GOVERNED_PORTION":
            m = _OFFSET.search(problem.message)
            if m is not None:
                at = int(m.group(1))
                found.append(at if r.view.identity else r.view.to_view(at))
    return found


_STATES = compile_pattern(r"\(offset (\d+)\) states (\S+) for")


def _governed_ranks(r: Reading, since: int) -> list[tuple[int, int]]:
    """(view offset, rank of the level stated) of each statement governing.py raised a portion for."""
    found: list[tuple[int, int]] = []
    for problem in r.problems[since:]:
        m = _STATES.search(problem.message) if problem.code == "GOVERNED_PORTION" else None
        if m is not None:
            at = int(m.group(1))
            found.append((at if r.view.identity else r.view.to_view(at), r.g.parse(m.group(2)).rank))
    return found


def _names_text_abroad(r: Reading, p: Portion, claims: bool) -> bool:
    """(fix43e, adv175-037/045/050) Whether portion `p`, a claim, names text in words of another language."""
    return claims and (any(True for _ in _way_matches(r, r.g.scope_refers_abroad.compiled, p.start, p.end))
                       or any(words is not None and words.compiled.search(r.text, p.start, p.end) is not None
                              for words in (r.g.scope_note_parts, r.g.scope_note_ordinals)))


def _names_beside(r: Reading, p: Portion, sentences: list[tuple[int, int, int]]) -> bool:
    """(fix44c) Whether portion `p` names other text outside its claims' `sentences`."""
    at = p.body_start
    for lo, hi, _ in sorted(sentences):
        if lo > at and r.g.scope_refers.compiled.search(r.text, at, lo) is not None:
            return True
        at = max(at, hi)
    return at < p.end and r.g.scope_refers.compiled.search(r.text, at, p.end) is not None


def _names_with_parts_abroad(r: Reading, sentences: list[tuple[int, int, int]]) -> bool:
    """(fix50f, adv195-015) Whether a claim's sentence that names parts in another language's note words also names
    text in words the exact readers place ("el tercer paràgraf és confidencial; la resta, i l'annex si n'hi ha, ..."):
    placing only the annex would leave the third paragraph, which no exact reader places, released; so every part
    the note could mean is raised (fail closed)."""
    kinds = _block_kinds(r)
    return any(names_parts_abroad(r, lo, hi) and kinds.search(r.text, lo, hi) is not None
               and r.g.scope_refers.compiled.search(r.text, lo, hi) is not None for lo, hi, _ in sentences)


def _block_kinds(r: Reading) -> re.Pattern[str]:
    """(fix50f) The words of a labelled block (rules/record_words.yaml `record_targets.block_kinds`: `annex`, `table`,
    `appendix`), which the exact readers place: a note's part words of another language beside one are not placed."""
    return made_once(r.g, "scope_block_kinds", lambda g: re.compile(
        r"(?i)\b(?:" + alternatives(g.record_words["record_targets"]["block_kinds"]) + r")\b"))  # type: ignore[attr-defined]


def _refers(r: Reading, p: Portion) -> list[str]:
    """The words of portion `p` that name other text (not those naming the portion itself)."""
    words = r.refers_of.get((p.start, p.end))
    if words is None:
        words = r.refers_of[p.start, p.end] = _words_referring(r, p)
    return list(words)


def _words_referring(r: Reading, p: Portion) -> list[str]:
    own = [(m.start(), m.end()) for m in r.g.scope_itself.compiled.finditer(r.text, p.start, p.end)]
    caseless = r.text_in_any_case()  # (tried where their head words are: `finditer_at_heads`)
    # (the words of other languages, a choice of many: its ways scanned where they have a hit, `_way_matches`)
    found = (finditer_at_heads(r.g.scope_refers.compiled, r.text, caseless, p.start, p.end, r.occurrences),
             _way_matches(r, r.g.scope_refers_abroad.compiled, p.start, p.end))
    words = [m.group(0).lower() for matches in found for m in matches if not any(s <= m.start() < e for s, e in own)]
    return list(dict.fromkeys(words))



def classified_stretches(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every portion inside a classified stretch raised to its level: from a
    `classified_stretch.begins` line (`[CLASSIFIED PORTION BEGINS - SECRET]`) to the next `ends`
    line, or to the end of the document when none follows (fail closed)."""
    seen = r.words_seen
    caseless = r.text_in_any_case()
    begins = [r.g.stretch_begins[k] for k in r.gated("stretch_begins")
              if may_match(r.g.stretch_begins[k].words, r.text, caseless, seen)]
    if not begins:
        return portions
    starts = sorted((m.start(), m.end(), m) for p in begins for m in p.compiled.finditer(r.text))
    if not starts:
        return portions
    order = _by_start(portions)
    portion_starts = [portions[k].start for k in order]
    stretches: list[Statement] = []
    ends = r.g.stretch_ends.compiled
    for start, end, m in starts:
        closing = ends.search(r.text, end)
        stop = closing.start() if closing is not None else len(r.text)
        written = m.group("level") if "level" in m.re.groupindex and m.group("level") else None
        stated = r.g.parse(" ".join(written.upper().split()) if written else LOWEST_CLASSIFIED)
        if not stated.valid:
            continue
        at = r.view.to_original(start) if not r.view.identity else start
        said = (f"'{' '.join(m.group(0).split())}' (offset {at}) opens a stretch classified {stated.banner()} "
                + ("that runs to its closing line" if closing is not None else "with no closing line: it runs to "
                   "the end of the document"))
        if closing is None:
            r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}; a reviewer must decide", start, end)
        stretches.append(Statement(((bisect_left(portion_starts, end), bisect_left(portion_starts, stop)),), stated,
                                   said))
    out, raised = _raise_in_order(r, portions, order, stretches)
    for statement, each in zip(stretches, raised):
        report(r, out, each, statement.said)
    return out


