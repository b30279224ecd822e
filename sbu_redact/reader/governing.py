"""Statements that govern text elsewhere in the document: a correction that raises one
paragraph ("the second paragraph of my notes below was marked (U) in error. It is
SECRET//NOFORN"), a notice that the list that follows is classified by compilation, a spill
notice about the message below, the translation of an original marked in words. A per-portion
check cannot see them: the statement is in one portion, the text it governs in others.

A statement is a portion that holds a phrase stating a level (`governing_statements.levels` of
the marking vocabulary) and, near it, a phrase naming what it governs (`targets`: a paragraph
by number or ordinal, the list that follows, the text below or above). What it names is
resolved to portions and those are raised to at least the stated level (never lowered), each
with a GOVERNED_PORTION problem naming the statement and its offset. When the name cannot be
resolved exactly, every portion it could mean is raised and GOVERNING_SCOPE_UNRESOLVED asks a
reviewer (fail closed); a paragraph that no portion of the document can be raises every portion
it could mean, unless its portion says it is another document's (`unresolved_scope.elsewhere`: a
reference cable's paragraph 4 raises nothing and is reported for review). The statement's own portion
is never raised by its own statement. A reclassification in words (`reclassification_in_words`:
"should have been marked SECRET", "ALL PORTIONS ... ARE SECRET") is a statement too, which
governs every portion when it names none.
A statement may name a list of paragraphs ("PARAGRAPHS 4 AND 5", "4 through 6"), the n-th
bullet or item, or the section it stands in ("all slides in this section are SECRET": to the
next heading of the same kind, to the end when that cannot be told); it may stand outside every
portion (a caption of a cable's header); it may state dissemination controls instead of a level
("ARE NOFORN"). A level phrase inside quotation marks is quoted, not stated. The reader applies
the document's stated controls after this, so raised portions take them too.
A portion that opens with a translation label takes the level of the original the document
marks in words (`classification_in_words` evidence). A foreign government's classification
stamp in its own script raises every portion from it to the end (`_foreign_stamps`).

Documents without a level phrase or a translation label pay a scan of their words only
(`prefilter.may_match`)."""
from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
import re
from dataclasses import replace

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import LazyPattern, Marking
from ..prefilter import Clauses, Word, finditer_at_heads, head_offsets, may_match, near_every_clause
from .labelled import labelled_blocks
from .numbered_rows import records_named, rows_by_place
from .ordinal_labels import labelled_ordinal
from .pointers import _folded as folded, first_cell_row, names_its_row
from .portion_index import PortionIndex
from .page_refs import may_name_a_page, page_named, paged
from .pages import page_map
from .sentence_blocks import joined_paragraphs
from .raising import Statement, governed, raise_portions, raised_to, ranges_of, report
from .state import Reading



def govern(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` (view offsets, in the reader's order) with those a statement governs raised."""
    if not portions:
        return portions
    portions = _foreign_stamps(r, portions)
    portions = _stamps_inside_portions(r, portions)
    portions = _footnoted_levels(r, portions)
    portions = _review_tables(r, portions)
    seen = r.words_seen
    caseless = r.text_in_any_case()
    # a statement needs a phrase naming what it governs: without one, no level phrase is looked for
    # (only patterns whose first clause of words the text holds are tried: `Reading.gated`)
    targets, levels_of = r.g.governing_targets, r.g.governing_levels
    named = any(may_match(targets[k][0].words, r.text, caseless, seen) for k in r.gated("governing_targets")) \
        or may_match(r.g.scope_opening_words.words, r.text, caseless, seen)  # (a sentence named by its opening words)
    levels = [levels_of[k] for k in r.gated("governing_levels")
              if may_match(levels_of[k].words, r.text, caseless, seen)] if named else []
    translation = r.g.translation_label
    has_translation = bool(r.gated("translation_label")) and may_match(translation.words, r.text, caseless, seen)
    # a reclassification in words ("should have been marked SECRET", "ALL PORTIONS ... ARE
    # SECRET"): a statement that governs every portion unless it names some
    reclassified = [e for e in r.evidence if e.kind == "reclassification" and e.marking is not None
                    and e.marking.valid]
    if not levels and not has_translation and not reclassified:
        return portions
    if levels:
        portions = _split_at_named_openings(r, portions, caseless)
    # (in document order: an export reader may list the text outside its records last)
    order = sorted(range(len(portions)), key=lambda k: (portions[k].start, portions[k].end))
    out = PortionIndex([portions[k] for k in order])
    starts = out.starts
    statements = [(_portion_at(out, starts, e.start), e.marking, e.start, e.end, True)
                  for e in reclassified if e.marking is not None]
    for pattern in levels:
        for m in _finditer(r, pattern, caseless):
            if any(start < m.end() and m.start() < end for _, _, start, end, _ in statements):
                continue  # (read above, or by another phrase: `classified at the SECRET level`)
            if _quoted(r.text, m.start("level"), m.end("level")) and _quoted(r.text, m.start(), m.end()) \
                    and not in_transcribed_note(r, m.start()):
                continue  # a handout quoting such a statement states nothing (a transcribed stamp's words are its own)
            # (outside every portion: a caption of a cable's header, `PARAGRAPHS 4 AND 5 ARE NOFORN`)
            index = _portion_at(out, starts, m.start())
            stated = stated_marking(r, m.group("level"))
            if stated is not None:
                statements.append((index, stated, m.start(), m.end(), False))
    pending: list[Statement] = []
    for index, stated, start, end, governs_all in statements:
        _apply(r, out, index, stated, start, end, governs_all, pending)
    for statement, raised in zip(pending, raise_portions(r, out, pending)):
        report(r, out, raised, statement.said)
    if has_translation:
        _translations(r, out)
    result = list(portions)
    for i, k in enumerate(order):
        result[k] = out[i]
    return result


# How far a level phrase may reach before and after the word it is found by (`_finditer`): "treat
# ... as SECRET" reads up to 40 words between `treat` and `as` (about 400 characters), anchored
# on either end.
_BEFORE, _AFTER = 480, 480


def _foreign_stamps(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A foreign government's classification stamp (`СЕКРЕТНО`, `机密★`: `governs: following`
    of `classification_in_words`) raises every portion from it to the end, marked or not: the
    stamped original and any translation of it follow the stamp, and a lower U.S. mark on the
    translation cannot lower it. It never lowers a portion. A stamp's word in a note that names
    a paragraph, item or row by its place (`unresolved_scope.places_abroad`: "prejšnji odstavek je
    ZAUPNO", "Η προηγούμενη παράγραφος είναι ΕΜΠΙΣΤΕΥΤΙΚΟ") on its line raises the portion it stands
    in only: the note is a statement for that text (`scope.py`), which raises what it names."""
    stamps = [(e.marking, e.start, _names_a_place(r, e.start)) for e in r.evidence
              if e.kind == "foreign_stamp" and e.marking is not None]
    if not stamps:
        return portions
    stated = [(m, start) for m, start, noted in stamps if not noted]
    in_notes = [(m, start) for m, start, noted in stamps if noted]
    out = []
    starts = sorted(start for _, start in stated)
    made: dict[tuple[Marking, int], Marking | None] = {}  # by marking and the number of stamps before its end
    for p in portions:
        if p.marking is not None and p.marking.valid:
            own = [m for m, start in in_notes if p.start <= start < p.end]
            key = (p.marking, bisect.bisect_left(starts, p.end))
            if key not in made or own:
                governing = [m for m, start in stated if p.end > start] + own
                raised = r.g.rollup([p.marking, *governing]) if governing else p.marking
                marking = replace(raised, raw=p.marking.raw) if raised is not None and \
                    raised.banner() != p.marking.banner() else None
                if own:
                    if marking is not None:
                        p = p.with_marking(marking)
                    out.append(p)
                    continue
                made[key] = marking
            if made[key] is not None:
                p = p.with_marking(made[key])
        out.append(p)
    return out


def _names_a_place(r: Reading, at: int) -> bool:
    """Does the line holding offset `at` name a paragraph, item or row by its place (`_foreign_stamps`)?"""
    if not r.g.scope_places_abroad:
        return False
    start = max(r.text.rfind("\n", 0, at), r.text.rfind("\x85", 0, at)) + 1
    end = len(r.text) if (found := r.text.find("\n", at)) < 0 else found
    return any(pattern.compiled.search(r.text, start, end) is not None for pattern, _, _ in r.places_abroad())


def _stamps_inside_portions(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A classification stated in words on a line of its own inside a portion (`VS -
    VERTRAULICH` heading a non-paper that a `(U)` paragraph quotes between `Begin text:` and
    `End text.`) is a stamp on the text quoted there: the portion's own mark is the quoting
    paragraph's, not the quoted text's, so the stamp raises the portion it stands in, marked or
    not; so does a level in words that introduces the quotation in the same sentence (`The
    Chairman's summary, which is NATO CONFIDENTIAL, reads: ...`, round 25), and a level that
    `governing_statements.own_portion_level` reads (said of the next sentence or lines; a foreign
    grade after a grading verb in the paragraph that tells the graded paper's content). Any other sentence that
    says a level in words governs unmarked text only (a `(U)` paragraph may name the level of a
    document it does not quote). It never lowers a portion."""
    stamps = [e for e in r.evidence if e.kind == "classification_in_words" and e.marking is not None
              and e.marking.valid and (_alone_on_its_line(r.text, e.start, e.end) or _alone_in_its_cell(r.text, e.start, e.end)
                                       or r.g.introduces_quotation.match(r.text, e.end) is not None
                                       or r.g.own_portion_level.compiled.search(r.text, e.start, e.end) is not None)]
    if not stamps:
        return portions
    out = []
    by_start = sorted(range(len(stamps)), key=lambda k: stamps[k].start)  # (bisected: not stamps x portions)
    starts = [stamps[k].start for k in by_start]
    for p in portions:
        inside = [stamps[k] for k in sorted(by_start[bisect.bisect_left(starts, p.body_start):
                                                     bisect.bisect_right(starts, p.end)]) if stamps[k].end <= p.end]
        if inside and p.marking is not None and p.marking.valid:
            stamp = inside[0]
            p = raised_to(r, p, [e.marking for e in inside if e.marking is not None],
                          f"'{r.text[stamp.start:stamp.end]}' on a line or in a cell of its own stamps the text of this portion")
        out.append(p)
    return out


def _footnoted_levels(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A footnote that states a level in words (`7 The quoted passage is classified SECRET ...`)
    raises the portion that holds its reference, the number glued after a word, a quotation mark
    or a full stop (`... past Sunday".7`): the footnote is about that text (round 23). It never
    lowers a portion. (fix51d, adv197-007/020) A footnote's control in words (`not releasable to foreign nationals`,
    `for U.S. Government use only`) and its `Classification:` label (`[7] Classification: TOP SECRET//SI - source
    reporting`) raise it too, in a footnote that is one by its form (`_real_note`), and so does a Markdown footnote
    (`[^2]: ... is SBU and for U.S. Government use only`) the portions that cite it (`[^2]`)."""
    notes = []
    for e in r.evidence:
        if e.kind not in ("classification_in_words", "dissemination_control") or e.marking is None or not e.marking.valid:
            continue
        line_start = r.text.rfind("\n", 0, e.start) + 1
        m = _FOOTNOTE_LINE.match(r.text, line_start, e.start)
        if m is not None and (e.kind == "classification_in_words" or _real_note(r, m, line_start)):
            notes.append((m.group("number"), e.marking, e.start, e.end, line_start))
    notes += _labelled_notes(r)
    portions = _markdown_notes(r, portions)
    if not notes:
        return portions
    out = list(portions)
    holding = _references(r.text, out, {number for number, *_ in notes if number.isdecimal()})
    for number, stated, start, end, line_start in notes:
        for k in (holding(number) if number.isdecimal() else _signed(r.text, out, number)):
            p = out[k]
            if p.marking is None or not p.marking.valid or p.start <= line_start < p.end:
                continue
            out[k] = raised_to(r, p, [stated], f"footnote {number} says '{r.text[start:end]}'")
    return out


def _real_note(r: Reading, m: re.Match[str], line_start: int) -> bool:
    """(fix51d) Whether the footnote line `m` at `line_start` is a footnote by its form: a sign (`*`, `†`), a
    bracketed or superscript number, or a number under a rule line or a `Notes` heading (not `3. (U) ...`)."""
    number = m.group("number")
    if not number.isdecimal():
        return True
    if r.text[m.start("number") - 1:m.start("number")] == "[" and r.text[m.end("number"):m.end("number") + 1] == "]":
        return True
    return _NUMBERED_PARAGRAPH.match(r.text, m.end("number")) is None and (
        _RULE_BEFORE.search(r.text, max(0, line_start - 200), line_start) is not None
        or _superscript_sign(r, m) or _after_notes(r, line_start))


def _labelled_notes(r: Reading) -> list[tuple[str, Marking, int, int, int]]:
    """(fix51d, adv197-020) The footnotes whose text gives a level or control by a label (`[7] Classification: TOP
    SECRET//SI - source reporting`, `13. Classification: CONFIDENTIAL (derived from ...)` under `Endnotes`): (sign,
    marking, start, end, line start). A value the grammar cannot read whole (`TOP SECRET//SI`) gives its level."""
    if "lass" not in r.text and "LASS" not in r.text:
        return []
    notes = []
    for label in _NOTE_LABEL.finditer(r.text):
        line_start = r.text.rfind("\n", 0, label.start()) + 1
        m = _FOOTNOTE_LINE.match(r.text, line_start, label.start() + 1)
        if m is None or m.end() - 1 != label.start() or not _real_note(r, m, line_start):
            continue  # (the label opens the note's text)
        stated = _label_value(r, label.group("value"))
        if stated is not None:
            notes.append((m.group("number"), stated, label.start("value"), label.end("value"), line_start))
    return notes


def _label_value(r: Reading, value: str) -> Marking | None:
    """(fix51d) The marking a note's label gives (`SECRET//NOFORN`), or the level it opens with when the grammar does
    not read it whole (`TOP SECRET//SI`); None for none, or an unclassified value with no control."""
    stated = stated_marking(r, value)
    if stated is None or not stated.valid or stated.level is None:
        stated = stated_marking(r, value.split("/")[0])
    if stated is None or not stated.valid or stated.level is None:
        return None
    return stated if stated.rank > min(r.g.ranks.values()) or stated.dissem else None


# (fix51d) a note's label and its value, to a dash, a bracket, a semicolon, a sentence's end or the line's end
_NOTE_LABEL = compile_pattern(r"(?i:(?:security[ \t]+)?(?:classification|classified|class))[ \t]*:[ \t]*"
                              r"(?P<value>[A-Za-z][^\n;(\[]{0,60}?)(?=[ \t]+[-–—]|[ \t]*[;(\[]|[.,](?:[ \t]|$)|[ \t]*$)",
                              re.MULTILINE)
# (fix51d, adv197-007) a Markdown footnote's definition (`[^2]: The sentence carrying this note is SBU ...`)
_MARKDOWN_NOTE = compile_pattern(r"^[ \t]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>[^\n]*)", re.MULTILINE)


def _markdown_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """(fix51d, adv197-007) A Markdown footnote (`[^2]: ...`) whose text states a level or control (a level or a
    control in words, a `Classification:` label) raises each other portion that cites it (`[^2]`, no colon after)."""
    if "[^" not in r.text:
        return portions
    out = list(portions)
    for note in _MARKDOWN_NOTE.finditer(r.text):
        stated = [e.marking for e in r.evidence
                  if e.kind in ("classification_in_words", "dissemination_control") and e.marking is not None
                  and e.marking.valid and note.start("text") <= e.start < note.end("text")]
        stated += [m for label in _NOTE_LABEL.finditer(r.text, note.start("text"), note.end("text"))
                   for m in [_label_value(r, label.group("value"))] if m is not None]
        if not stated:
            continue
        cite = re.compile(r"\[\^" + re.escape(note.group("label")) + r"\](?!:)")
        for k, p in enumerate(out):
            if p.start <= note.start() < p.end or cite.search(r.text, p.start, p.end) is None:
                continue
            out[k] = raised_to(r, p, stated, f"Markdown footnote [^{note.group('label')}] says "
                                             f"'{note.group('text').strip()[:80]}'")
    return out


def _review_tables(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A classification review table (`| Portion | Marked | Determined |` / `| Para 2 | U | S |`,
    round 55): each row that names a numbered paragraph and gives it a level in the column of
    the reviewer's determination raises that paragraph to it. It never lowers a portion."""
    folded = r.text_in_any_case()
    if not any(word in folded for word in r.g.review_words):
        return portions
    out = list(portions)
    for header in r.g.review_header.finditer(r.text):
        cells = _cells(header.group(0))
        column = next((i for i, c in enumerate(cells) if r.g.review_column.fullmatch(c)), None)
        # (the column that names the portion: the first, or any in a CSV log, `challenge_id,document,item,...`)
        named_column = next((i for i, c in enumerate(cells) if r.g.portion_column.fullmatch(c)), None)
        if column is None or named_column is None or (named_column and "," not in header.group(0)):
            continue
        at = header.end() + 1
        while at < len(r.text):  # the table's rows: the lines after its header, to a blank line
            line_end = r.text.find("\n", at)
            line_end = len(r.text) if line_end < 0 else line_end
            line, row_start, at = r.text[at:line_end], at, line_end + 1
            if not line.strip():
                break
            values = _cells(line)
            named = _NAMED_PARAGRAPH.fullmatch(values[named_column]) if len(values) > named_column else None
            stated = stated_marking(r, values[column]) if named is not None and column < len(values) else None
            if named is None or stated is None or not stated.valid or stated.level is None:
                continue
            letter = named.group("letter")
            lettered = re.compile(r"[ \t]*[(\[]?" + re.escape(letter) + r"[)\].][ \t]") if letter else None
            number = int(named.group(1)) if not letter else None
            for k, p in enumerate(out):  # (the paragraph of that number or letter outside the table)
                if (p.number == number if lettered is None else lettered.match(r.text, p.start, p.end) is not None) \
                        and p.marking is not None and p.marking.valid \
                        and (p.start > line_end or p.end < header.start()):
                    out[k] = raised_to(r, p, [stated], f"a review table's row '{line.strip()}' (offset {row_start}) "
                                                       f"determines its level")
    return out


def _cells(line: str) -> list[str]:
    """The cells of a table line split at pipes or tabs (outer pipes dropped), else at runs of two
    or more spaces (a fixed-width grid, round 64)."""
    line = line.strip().strip("|")
    if "|" in line:
        return [c.strip() for c in line.split("|")]
    if "\t" not in line and "," in line and "  " not in line:  # a CSV row
        return [c.strip() for c in line.split(",")]
    return [c.strip() for c in (line.split("\t") if "\t" in line else _GRID_GAP.split(line))]


_GRID_GAP = re.compile(r" {2,}")


# a line that opens with the paragraph it is about, as a record or a table row does: `  para_3: ...`,
# `| Paragraph 4  | ...`, `- portion 2: ...` (`reader_words.paragraph_record_line` of the rules)
# (a review table's words, its header line and the headers of its columns: rules, `reader_words.review_words`,
# `review_header`, `review_column`, `portion_column`)
_NAMED_PARAGRAPH = re.compile(r"(?i)(?:(?:para(?:graph)?|¶|portion|item)\.?\s*)?(\d{1,3})|(?P<letter>[a-z])")


# A footnote's reference: a number glued after a letter, a quotation mark or a full stop, not after a
# digit (`_references`).
_REFERENCE_AFTER = r"(?<=[^\W\d_]|[.,;:!?\"'”’)\][])"
_REFERENCE_RUN = re.compile(_REFERENCE_AFTER + r"\d+")


def _references(text: str, portions: list[Portion], numbers: set[str]) -> Callable[[str], list[int]]:
    """For each footnote number, the indices (in order) of the portions whose body holds a
    reference to it: what a search of `(?<=...)number` not followed by a digit finds in
    `text[body_start:end]` (the look-behind sees the text before the body; the look-ahead sees
    nothing past the portion's end). Found with one scan of the text for the runs of digits after
    such a character, each placed by bisection, not with a search of every portion for every
    footnote (notes x portions: the square of a long text's size)."""
    spans = sorted((p.body_start, p.end, k) for k, p in enumerate(portions) if p.body_start < p.end)
    if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):  # (bodies overlap: one search each)
        def searched(number: str) -> list[int]:
            reference = re.compile(_REFERENCE_AFTER + number + r"(?!\d)")
            return [k for k, p in enumerate(portions) if reference.search(text, p.body_start, p.end) is not None]
        return searched
    starts = [s for s, _, _ in spans]
    found: dict[str, set[int]] = {}
    runs: list[tuple[int, int]] = []
    for m in _REFERENCE_RUN.finditer(text):
        runs.append((m.start(), m.end()))
        if m.group() in numbers:  # the whole run: a reference in the body that holds it
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= spans[i][1]:
                found.setdefault(m.group(), set()).add(spans[i][2])
    # a run cut by a portion's end: its part in the portion is a reference there
    run_starts = [s for s, _ in runs]
    for body_start, end, k in spans:
        i = bisect.bisect_right(run_starts, end - 1) - 1
        if i >= 0 and body_start <= runs[i][0] < end < runs[i][1] and text[runs[i][0]:end] in numbers:
            found.setdefault(text[runs[i][0]:end], set()).add(k)
    return lambda number: sorted(found.get(number, ()))


# A footnote's line: its number or sign, then its text (after a rule line or on a line of its own).
# (a roman numeral is a sign only with its brackets, `(vii)` or `[vii]`, and is sought with them: round 62)
_FOOTNOTE_LINE = compile_pattern(r"[ \t]*\[?(?P<number>\d{1,3}|\*{1,3}|[†‡§]{1,2}|¶(?=[ \t]+\D)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}"
                                 r"|\((?:[ivx]{1,5}|[IVX]{1,5})\)|\[(?:[ivx]{1,5}|[IVX]{1,5})\])\]?[.)]?[ \t]+\S")


def footnoted_portions(r: Reading, portions: list[Portion], note: Portion,
                       signed: dict[str, list[int]] | None = None) -> list[int]:
    """The indices of the other portions that carry the sign or number that footnote `note` opens
    with (empty when `note` is no footnote or nothing carries its sign). A block of notes in one
    portion (`Notes` / `(vi) ...` / `(vii) ... from a CONFIDENTIAL cable`) gives the signs of its
    notes that name a level, or of every note when none does (round 62). `signed` keeps, per sign,
    the portions found, for the next note of the same reading (one scan of the text per sign)."""
    line_start = r.text.rfind("\n", 0, note.start) + 1
    lines: list[tuple[re.Match[str], int]] = []
    while line_start < note.end:  # (its lines of text, after a rule line: `____` / `¹ The figures in ...`)
        line_end = r.text.find("\n", line_start, note.end)
        line_end = note.end if line_end < 0 else line_end
        if r.text[line_start:line_end].strip(" \t\r_-=~*") and not r.g.notes_heading.fullmatch(r.text, line_start, line_end):
            m = _FOOTNOTE_LINE.match(r.text, line_start, note.end)
            if m is None and not lines:
                return []  # (its first line of text is no note)
            if m is not None:
                lines.append((m, line_start))
        line_start = line_end + 1
    if not lines:
        return []  # (rule lines only: `- - - - -` between the text it sets off, round 80)
    first, first_start = lines[0]
    bracketed = r.text[first.start("number") - 1:first.start("number")] == "[" and r.text[first.end("number"):first.end("number") + 1] == "]"
    if first.group("number").isdecimal() and not bracketed and (
            _NUMBERED_PARAGRAPH.match(r.text, first.end("number"))
            or not (_RULE_BEFORE.search(r.text, max(0, first_start - 200), first_start)
                    or _superscript_sign(r, first) or _after_notes(r, first_start))):
        return []  # (`3. Operational cooperation`, `3. (C) ...`: a numbered heading or paragraph, no
        # footnote, unless a rule line sets it off)
    if len(lines) > 1:
        def end_of_line(start: int) -> int:
            end = r.text.find("\n", start, note.end)
            return note.end if end < 0 else end
        names_a_level = _names_a_level(_level_spellings(r))
        lines = [(m, start) for m, start in lines if names_a_level.search(r.text, start, end_of_line(start))] or lines
    if signed is None:
        signed = {}
    found: set[int] = set()
    for m, line_start in lines:
        sign = m.group("number")
        if sign.isdecimal() and _NUMBERED_PARAGRAPH.match(r.text, m.end("number")):
            continue
        if sign not in signed:
            signed[sign] = _signed(r.text, portions, sign)
        found.update(k for k in signed[sign] if portions[k] is not note and not portions[k].start <= line_start < portions[k].end)
    return sorted(found)


def _superscript_sign(r: Reading, m: re.Match[str]) -> bool:
    """Whether the note's number is written in superscript digits in the original (`² The figures ...`,
    which the view reads as `2`): a footnote's sign, not a paragraph number (fix49e)."""
    start, end = r.view.span(m.start("number"), m.end("number"))
    written = r.view.original[start:end]
    return bool(written) and all(c in _SUPERSCRIPTS for c in written)


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def _after_notes(r: Reading, line_start: int) -> bool:
    """Whether the lines just above `line_start` are notes of the same block under a rule line or a
    `Notes` heading (`Notes` / `1 Governor's remarks ...` / `2 The figures ... are SECRET`): the note
    at `line_start` is then a footnote too, not only the first under the heading (fix49e)."""
    at, seen = line_start, 0
    while at > 0 and seen < 12:
        prev = r.text.rfind("\n", 0, at - 1) + 1
        m = _FOOTNOTE_LINE.match(r.text, prev, at)
        if m is None or not m.group("number") or _NUMBERED_PARAGRAPH.match(r.text, m.end("number")):
            break
        at, seen = prev, seen + 1
        if _RULE_BEFORE.search(r.text, max(0, at - 200), at):
            return True
    return False


def _level_spellings(r: Reading) -> tuple[str, ...]:
    """The rules' spellings of the levels above the lowest and of NOFORN (a note that names one
    of them says which text it is about is classified or US-only)."""
    v = r.g.vocabulary
    lowest = min(r.g.ranks.values())
    levels = (s for level in v.levels if r.g.ranks[level.name] > lowest for s in (level.name, *level.aliases))
    return tuple(sorted({s for s in (*levels, "NOFORN", *v.dissemination.get("NOFORN", ())) if len(s) >= 4}))


@functools.lru_cache(maxsize=16)
def _names_a_level(spellings: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(spellings, key=len, reverse=True))
    return re.compile(r"(?i:\b(?:" + words + r"|classified)\b)")


_NUMBERED_PARAGRAPH = compile_pattern(r"\]?[.)][ \t]+\(")
# (a heading over a block of notes, `Notes:`, `Sources`: the rules' `reader_words.notes_heading`)
_RULE_BEFORE = compile_pattern(r"(?:^|\n)[ \t]*(?:_{3,}|-{3,}|—{2,}|={3,}|(?i:(?:foot|end)?notes?|sources?)[ \t]*:?)[ \t]*\r?\n(?:[ \t]*\r?\n)?\Z")


def _signed(text: str, portions: list[Portion], sign: str) -> list[int]:
    """The indices of the portions that carry footnote sign `sign` (`*`, `**`, `†`, a number) glued
    after a word, a mark or a punctuation mark (`(U)*`, `refused.*`), not as a bullet or a run of more signs
    (round 48: `(U)*` and a note `* ... this bullet was mis-marked. It is CONFIDENTIAL`)."""
    reference = re.compile("(?:" + _REFERENCE_AFTER + sign + r"(?!\d)|(?<=\s)\[" + sign + r"\])" if sign.isdecimal() else
                           r"(?<=[^\s*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰])" + re.escape(sign) + r"(?![*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰\w])")
    spans = sorted((p.body_start, p.end, k) for k, p in enumerate(portions) if p.body_start < p.end)
    if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):  # (bodies overlap: one search each)
        return [k for k, p in enumerate(portions) if reference.search(text, p.body_start, p.end) is not None]
    starts = [start for start, _, _ in spans]
    found = set()
    for m in reference.finditer(text):  # (one scan, each reference placed by bisection: not notes x portions)
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= spans[i][1]:
            found.add(spans[i][2])
    return sorted(found)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is all its line holds but spaces and a closing full stop."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and text[end:line_end].strip(" \t.") == ""


_CELL_BEFORE = compile_pattern(r"(?:^|[,;\t|])[ \t]*[\"']?[ \t]*$")
_CELL_AFTER = compile_pattern(r"[ \t]*[\"']?[ \t]*(?:[,;\t|]|$)")


def _alone_in_its_cell(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is all a cell of a delimited row holds (`T-2232,Spanish,SECRETO,U,...`,
    `| SECRETO |`): a stamp column of a record, which stamps the record whatever its mark column
    says (round 35)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not any(d in before or d in after for d in ",;\t|"):
        return False
    return _CELL_BEFORE.search(before) is not None and _CELL_AFTER.match(after) is not None


def _finditer(r: Reading, pattern: LazyPattern, caseless: str) -> list[re.Match[str]]:
    """The matches of a level phrase, found near the occurrences of its rarest required words
    (a substring search) rather than by scanning the whole text with it: most documents that
    hold a level word hold no statement, and a scan with a case-insensitive pattern is slow."""
    text = r.text
    clauses = _long_clauses(pattern.words)
    if not clauses or len(caseless) != len(text):
        return finditer_at_heads(pattern.compiled, text, caseless, occurrences=r.occurrences)  # (tried only where a word it starts with is)
    clause = min(clauses, key=lambda c: sum(_count(r, caseless, entry) for entry in c))
    anchors = sorted(at for entry in clause for at in r.occurrences(entry))  # (`caseless` is `r.text_in_any_case()`)
    compiled = pattern.compiled
    others = tuple(c for c in pattern.words if c is not clause)
    found: dict[int, re.Match[str]] = {}
    # (where a match can start: at a head word, `head_offsets`; the search of a window tried at those only)
    heads = head_offsets(compiled, text, caseless, 0, len(text), r.occurrences) if anchors else None
    for at in anchors:
        lo, hi = max(0, at - _BEFORE), min(len(text), at + _AFTER)
        if not near_every_clause(others, text, caseless, lo, hi, 0):
            continue  # a word every match needs is not near this one
        if heads is not None:  # (the first match from `lo` that ends after `at`, starting by `at`, as below)
            m = None
            for start in heads[bisect.bisect_left(heads, lo):bisect.bisect_right(heads, at)]:
                m = compiled.match(text, start, hi)
                if m is not None and m.end() > at:
                    break
                m = None
            if m is not None:
                found.setdefault(m.start(), m)
            continue
        m = compiled.search(text, lo, hi)
        while m is not None and m.end() <= at:
            m = compiled.search(text, m.start() + 1, hi)
        if m is not None and m.start() <= at:
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


@functools.lru_cache(maxsize=256)
def _long_clauses(clauses: Clauses) -> list[frozenset[Word]]:
    """The clauses of a pattern's required words whose words are all four characters or more
    (what `_finditer` may anchor at), made once per pattern."""
    return [c for c in clauses if all(len(w) >= 4 for w, _ in c)]


def _count(r: Reading, caseless: str, entry: Word) -> int:
    """`str.count` of a word in the text (in any case: in `caseless`), once per reading (the level
    phrases share their words); a word known not to be there is not looked for."""
    count = r.word_counts.get(entry)
    if count is None:
        word, anyway = entry
        count = r.word_counts[entry] = 0 if r.words_seen.get(entry) is False else \
            (caseless if anyway else r.text).count(word)
    return count


def _portion_at(portions: list[Portion], starts: list[int], offset: int) -> int | None:
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 and portions[index].start <= offset < portions[index].end else None


_MARK_LETTERS = re.compile(r"(?:TS|S|C)(?://[A-Z][A-Z0-9 /,\-]*[A-Z0-9])?")


def stated_marking(r: Reading, written: str) -> Marking | None:
    """The marking a level phrase states (`_stated_marking`); a control of foreign disclosure in words that it does not
    read (`releasable to Iraq only`, `for Iraqi eyes only`, `DISPLAY ONLY TO IRQ`: fix45i) as NOFORN, the strictest."""
    marking = _stated_marking(r, written)
    if marking is None and _FOREIGN_LIMIT_WORDS.fullmatch(" ".join(written.split()).upper().rstrip(".")) is not None:
        marking = r.g.parse("UNCLASSIFIED//NOFORN")
    return marking


_FOREIGN_LIMIT_WORDS = re.compile(r"DISPLAY ONLY\b.*|(?:RELEASABLE|REL\.?|RELEASED|DISCLOSABLE|SHAREABLE|SHARABLE|SHARED)"
                                  r" (?:ONLY )?TO .*|.* EYES ONLY|NOT .*\b(?:FOREIGN|NON-?U\.?S\.?) .*")


def _stated_marking(r: Reading, written: str) -> Marking | None:
    """The marking a level phrase states: `SECRET//NOFORN` or `(C)` whole when it reads, else
    its level; dissemination controls without a level (`NOFORN`, `REL TO USA, GBR`) as an
    unclassified marking that carries them (a portion raised by it takes the controls)."""
    text = " ".join(written.split()).upper().rstrip(".")  # (`conf.` in a handwritten note)
    if text in ("CLASSIFIED", "NSI", "CNSI", "CLASSIFICATION"):  # classified at no level named (national
        # security information; "carries the classification of REF B")
        return r.g.parse(LOWEST_CLASSIFIED)
    if _MARK_LETTERS.fullmatch(text):  # a level written as a portion mark's letters (a handwritten "C", a log's `S//NF`)
        text = f"({text})"
    with_noforn = _WITH_NOFORN.fullmatch(text)  # "SBU NOFORN", "SECRET NOFORN", "CONFIDENTIAL-NF" (round 104)
    if with_noforn is not None:
        base = with_noforn.group(1)
        text = (f"UNCLASSIFIED//{base} NOFORN" if base in ("SBU", "LES") else
                f"UNCLASSIFIED//{base}//NOFORN" if base in ("FOUO", "CUI") else f"{base}//NOFORN")
    marking = r.g.parse(text)
    if marking.valid and marking.level is not None:
        return marking
    word = r.g.level_word.search(text)
    if word is None:
        marking = r.g.parse("UNCLASSIFIED//" + text)
        for problem in marking.problems if not marking.valid else ():  # `NODIS` requires NOFORN: with it
            needed = _REQUIRES.search(problem.message) if problem.code == "MISSING_REQUIRED" else None
            if needed is not None:
                marking = r.g.parse(f"UNCLASSIFIED//{needed.group(1)}//{text}")
                break
        return marking if marking.valid and (marking.dissem or marking.rel_to) else None
    marking = r.g.parse(word.group(0))
    return marking if marking.valid else None


_WITH_NOFORN = re.compile(r"(TOP SECRET|SECRET|CONFIDENTIAL|SBU|LES|FOUO|CUI)[ \t]*(?:/{1,2}|-|[ \t])[ \t]*(?:NOFORN|NF)")
_NOTE_QUOTED = re.compile(r"(?i)\b(?:sticky|post-?it|handwritten|hand-written|margin(?:al)?|scrawled|pencil(?:led)?)\b"
                          r"[^\n\"“]{0,80}[\"“][^\"”\n]*$")
_THEN_TEXT = re.compile(r"[ \t]*:[ \t]*[A-Za-z]")
_REQUIRES = re.compile(r"requires ([A-Z][A-Z ]*[A-Z])$")
def in_transcribed_note(r: Reading, offset: int) -> bool:
    """Is `offset` inside a transcriber's note of handwriting on its line (`[margin: "TS!!"]`)?"""
    line_start = r.text.rfind("\n", 0, offset) + 1
    opening = max(r.text.rfind("[", line_start, offset), r.text.rfind("{", line_start, offset))
    if opening >= 0 and r.g.transcribed_note.compiled.match(r.text, opening) is not None:
        return True
    # ... or a note quoted after the words that say what it is: `His sticky on the last page says "last
    # para -- eyes only, Americans"` (round 58)
    return _NOTE_QUOTED.search(r.text, max(line_start, offset - 160), offset) is not None



_QUOTES = '"\u201c\u201d'


def _quoted(text: str, start: int, end: int) -> bool:
    """Is `start:end` inside quotation marks on its line (quoted, not stated)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    # (the quotation marks that delimit a cell of a delimited row are no quotation: round 44)
    opening = text.rfind('"', line_start, start)
    if opening > 0 and _JSON_KEY_BEFORE.search(text, line_start, opening) is not None:
        return False  # a JSON value, `"para_2": "retain SECRET, 1.4(c)"`: its quotation marks are syntax (round 64)
    before = _CELL_OPENING_QUOTE.sub("", text[line_start:start])
    after = _CELL_CLOSING_QUOTE.sub("", text[end:line_end if line_end >= 0 else len(text)])
    return sum(before.count(q) for q in _QUOTES) % 2 == 1 and any(q in after for q in _QUOTES)


_QUOTED_KEY_GAP = compile_pattern(r"""["'][ \t]*[:=][ \t]*["']?""")
_JSON_KEY_BEFORE = compile_pattern(r'"[\w\- .\[\]]{1,40}"[ \t]*:[ \t]*\Z')


_CELL_OPENING_QUOTE = compile_pattern(r'(?:^|(?<=[,;\t]))"')
_CELL_CLOSING_QUOTE = compile_pattern(r'"(?=[,;\t]|[ \t\r]*$)')


def _apply(r: Reading, portions: PortionIndex, index: int | None, stated: Marking, start: int, end: int,
           governs_all: bool, pending: list[Statement]) -> None:
    """Resolve what the statement at `start:end` (in portion `index`) names and add what it
    raises to `pending`; a statement that names nothing governs every portion when
    `governs_all`, else none."""
    window = r.g.vocabulary.governing_statements.window
    if index is not None:
        statement = portions[index]
        lo, hi = max(statement.start, start - window), min(statement.end, end + window)
    else:  # outside every portion (a caption of a header): its own line
        line_end = r.text.find("\n", end)
        lo = max(r.text.rfind("\n", 0, start) + 1, start - window)
        hi = min(line_end if line_end >= 0 else len(r.text), end + window)
    targets = _named_targets(r, start, end, lo, hi)
    if len(targets.get("labelled", ())) > 1:
        # labels in the statement's own sentence are what it names ("Attachment A is the schedule; it's
        # unclassified. Attachment B (pages 3-4) is SECRET//NOFORN. Attachment C is the press line.", round 111)
        opens = max(lo, *(r.text.rfind(c, lo, start) + 1 for c in ".!?;\n"))
        closes = min([e for e in (r.text.find(c, end, hi) for c in ".!?;\n") if e >= 0] or [hi])
        own = [m for m in targets["labelled"] if opens <= m.start() and m.end() <= closes]
        targets["labelled"] = own or targets["labelled"]
    if targets.get("labelled") and any(m.groupdict().get("kind") for m in targets["labelled"]):
        # a table named with one of its rows or items ("row 4 of Table 2", "Table 2, row 4") names that row: the
        # table only says whose row it is (`_rows`, every row when none can be placed; never a portion that
        # opens with the table's label, fail closed)
        parts = [*targets.get("row", ()), *targets.get("item", ())]
        kept = [m for m in targets["labelled"] if not (m.groupdict().get("kind") and _qualifies(r, m, parts))]
        if kept:
            targets["labelled"] = kept
        else:
            del targets["labelled"]
    excerpt = " ".join(r.text[start:end].split())
    at = r.view.to_original(start) if not r.view.identity else start
    opening = _opening_words(r, lo, hi, paragraphs=True)
    opened_too: list[int] = []
    if opening:  # (exact, whichever way other words point: "the sentence starting with ... in my notes below")  # ("the sentence starting with "Ambassador Reyes" got bumped up to Confidential")
        opened = [k for k in range(len(portions)) if k != index and _opens_with(r, portions[k], opening)]
        if opened and any(names in targets for names in _PLACING_TARGETS):
            # the statement places the sentence too ("the sentence starting with "Ambassador Reyes" in paragraph
            # 1" while paragraph 2 opens with those words): its targets combine, each portion any of them could
            # mean is raised (below; exactly only when every portion opening with the words is one it places)
            opened_too = [*opened, *(k for k in range(len(portions)) if k != index and k not in opened
                                     and _holds_sentence_opening(r, portions[k], opening))]
        elif opened:
            said = f"'{excerpt}' (offset {at}) states {stated.banner()} for the sentence it names by its opening words"
            if len(opened) == 1:
                r.statements_resolved.append(start)
            else:  # (several open with them: each is raised, fail closed)
                r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}, which cannot be resolved exactly: all "
                          f"{len(opened)} portions it could mean are raised; a reviewer must decide", start, end)
            pending.append(Statement(ranges_of(opened), stated, said))
            return
    if not targets:
        # (the page a reclassification names: `COR comment (p.4): this page should have been marked CONFIDENTIAL`)
        page = page_named(r, list(portions), index) if governs_all and index is not None \
            and may_name_a_page(r, portions[index]) else None
        if page:  # ("this page should have been marked CONFIDENTIAL" on, or about, a page of a paged file)
            said = f"'{excerpt}' (offset {at}) states {stated.banner()} for the page it names"
            pending.append(Statement(ranges_of(sorted(page)), stated, said))
            r.statements_resolved.append(start)
            return
        if governs_all:  # "ALL PORTIONS ... ARE SECRET", a correction of the whole message
            said = f"'{excerpt}' (offset {at}) states {stated.banner()} for every portion"
            pending.append(Statement(((0, len(portions)),), stated, said))
        elif index is not None and r.g.transcribed_note.compiled.match(r.text, start):
            # a transcriber's note of handwriting beside the text it is about: `[margin, red pen: "TS!!"]`
            said = f"'{excerpt}' (offset {at}) states {stated.banner()} for the text it is written beside"
            # (a note that is a portion of its own, a comment balloon pasted under its paragraph, `[Comment JB1: this
            # para should be S//NF]`, is beside the portion above it: that one is raised too, fix161)
            note_alone = index > 0 and not r.text[portions[index].start:start].strip()
            pending.append(Statement(((index - 1 if note_alone else index, index + 1),), stated, said))
        return  # a level stated in words with nothing named: evidence (evidence.take_words_evidence)
    direction = "below" if "below" in targets or "list" in targets else "above" if "above" in targets else None
    # "the paragraph above my signature": a direction from another text than the statement, which may stand on either
    # side of it: every other portion is raised too (below, fail closed; what the direction alone names stays raised)
    anchored = direction is not None and r.g.scope_direction_anchored.compiled.search(r.text, lo, hi) is not None
    region, exact_region = _region(r, portions, index, start, end, direction)
    chosen: set[int] | Sequence[int]
    labelled = labelled_blocks(r, portions, index, targets.get("labelled", []))
    if labelled:
        # "treat Option 2 below ... as CONFIDENTIAL//NOFORN": the portions that open with the label
        chosen, exact = labelled, True
        what = "the portion it names by its label"
        if r.g.scope_block_surroundings.compiled.search(r.text, lo, hi) is not None:
            # "Figure 2 and the text wrapped around it are SECRET//NOFORN" (round 135): with the unmarked text
            # on either side of the block, to the nearest marked portion (`_with_unmarked_around`)
            chosen = _with_unmarked_around(portions, index, chosen)
            what = "the portion it names by its label and the text around it"
    elif "next" in targets and index is not None and index + 1 < len(portions):
        # the quotation the statement introduces ("... which is CONFIDENTIAL, reads in full:")
        chosen, exact = {index + 1}, True
        what = "the text it introduces"
    elif "preceding" in targets and index is not None:
        chosen, exact = _preceding(r, portions, index, targets["preceding"][0])
        what = "the portions just above it"
    elif "row" in targets and any(p.kind == "table_row" for p in portions):
        row_names = [m.group("number") for m in targets["row"]]
        chosen, exact = _rows(r, portions, row_names)
        # "row 3" of rows numbered out of their order: the third row too (open36c)
        ordinals = r.g.vocabulary.governing_statements.ordinals
        wanted = [int(n) if n.isdigit() else ordinals.get(n.casefold(), 0) for n in row_names]
        by_place = rows_by_place(r, portions, index, direction, wanted)
        if by_place - set(chosen):
            chosen, exact = {*chosen, *by_place}, False
        what = "the row it names"
    elif "paragraph" in targets or "item" in targets:
        chosen = set()
        exact = True
        quoted_here = False  # a paragraph of another document that this one quotes (`repeated below`)
        paged_spans = [m.span() for names in ("paragraph", "item") for m in targets.get(names, [])
                       if "page" in m.re.groupindex and m.group("page")]
        for names in ("paragraph", "item"):
            for m in targets.get(names, []):
                if not ("page" in m.re.groupindex and m.group("page")) \
                        and any(a <= m.start() and m.end() <= b for a, b in paged_spans):
                    continue  # ("paragraph 2" of "Page 3, paragraph 2": the page's, below)
                if _names_another_document(r, m):
                    quoted_here = quoted_here or not _of_another_document(r, m, lo, hi)
                    continue  # `paragraph 4 of the reference cable`: none of this document's
                pages = _on_page(r, portions, m)
                if pages is not None:  # ("Page 2, bullet 4": counted over that page's items)
                    found: set[int] = set()
                    ok, hits = True, 0
                    for on_page in pages:
                        here, fits = _paragraph(r, portions, on_page, True, m, counted=True, item=names == "item")
                        found, ok, hits = found | here, ok and (fits or not here), hits + bool(here)
                    ok = ok and hits == 1
                else:
                    found, ok = _paragraph(r, portions, region, exact_region, m, counted=direction is not None,
                                           item=names == "item", upward=direction == "above")
                if found and r.g.answer_back.search(m.group(0)):
                    found = _whole_answer(r, portions, region, found)
                chosen = {*chosen, *found}
                exact = exact and ok
        if not exact and not quoted_here:
            # (an item named by its number in a first cell of an export whose rows open with theirs: `2;(U) Beta
            # Locks;...`, "item 2 is CONFIDENTIAL", round 115; else every portion it could mean, as above)
            by_cell = _first_cell_rows(r, portions, index, targets)
            if by_cell:
                # ... but where the rows' numbers are out of their order, "item 2" may be the second row from the
                # top or the second above the statement as well: every one of them, with what the count found
                # (review35b 63, open36c)
                numbers = [int(m.group("number")) for named in ("paragraph", "item") for m in targets.get(named, ())
                           if (m.groupdict().get("number") or "").isdigit()]
                by_place = rows_by_place(r, portions, index, direction, numbers)
                if by_place - by_cell:
                    chosen, exact = {*chosen, *by_cell, *by_place}, False
                else:
                    chosen, exact = by_cell, True
        what = "the paragraph it names" if "paragraph" in targets else "the item it names"
        if not quoted_here and index is not None and _names_its_number(r, portions, index, targets):
            # "2. PARA 2 FOR US EYES ONLY -- CONFIDENTIAL: THE NEW DEFENSE MINISTER ..." in paragraph 2
            # (round 55): its own text too (exactly, when no other portion carries the number)
            chosen, exact, index = {*chosen, index}, exact if chosen else True, None
        if not chosen and not quoted_here and index is not None and _quotes_a_message(r, end):
            # "the third paragraph" in a reply above the message it quotes, when the reply has fewer: counted
            # over the quoted message's paragraphs, after its header (round 127)
            chosen, exact = _in_quoted_message(r, portions, index, end, targets)
        if not chosen and (quoted_here or _quotes_a_message(r, end)):
            # "treat paragraph 3 of reftel, repeated below as it was sent, as SECRET"; "the second
            # paragraph of my note of this morning" above the quoted note: which of the quoted
            # portions it is cannot be told, so every one it could be is raised
            chosen = _region(r, portions, index, start, end, "below" if direction is None else direction)[0]
            if not quoted_here and index is not None:
                # nothing says it is the quoted message's: "the last paragraph is SECRET" at the top of a reply may
                # name the reply's own last paragraph as well as the quoted one's (open33), so every portion on
                # the side it points to, in the reply and in the quoted message, is raised (fail closed)
                after = portions[index].end
                chosen = {*chosen, *(k for k in range(len(portions)) if k != index and (
                    direction is None or (direction == "below") == (portions[k].start >= after)))}
            exact = False
            what = "the quoted text it names"
    elif "section" in targets and index is not None:
        chosen, exact = _section(r, portions, index, start)
        what = "the section it heads"
    elif "list" in targets and index is not None:
        chosen, exact = _list(r, portions, index, region)
        what = "the list that follows it"
    elif "timespan" in targets:
        chosen, exact = _timespan(portions, r.text, targets["timespan"])
        chosen, exact = (chosen, exact) if chosen else (set(region), False)
        what = "the time span it names"
    else:
        chosen, exact = region, exact_region
        what = f"the text {direction}"
    said = f"'{excerpt}' (offset {at}) states {stated.banner()} for {what}"
    if not chosen and direction is None:
        # "paragraph 4" where this document has none: a transcriber's note of handwriting sits
        # beside the text it names, so it raises its own portion (`[handwritten beside para 4: "this
        # is actually C"]`, round 45); another document's (a reviewer decides) only when its
        # portion says so, else every portion it could mean
        if index is not None and r.g.transcribed_note.compiled.match(r.text, start):
            r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}, which names no portion of this document; "
                      f"a reviewer must decide", start, end)
            pending.append(Statement(((index, index + 1),), stated, said))
            # (and, as any statement whose paragraph is not found, every portion it could mean: a reviewer's
            # comment that counts a title or a greeting as paragraph 1, `[Reviewer KM: paragraph 4 should be (C)]`,
            # raised only its own line since fix161 read comments as transcribed notes, review39z z68)
        own_start, own_end = (statement.start, statement.end) if index is not None else (lo, hi)
        if r.g.scope_elsewhere.compiled.search(r.text, own_start, own_end) is None and (index is not None or region):
            # nothing says it is another document's ("the last paragraph" of an e-mail whose
            # paragraphs have no numbers, round 50; an authority line above the text "for paragraph 2
            # (CONFIDENTIAL)" where the paragraphs' numbers follow their marks, round 66): every
            # portion it could mean is raised
            chosen, exact = region, False
        else:
            r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}, which names no portion of this document; "
                      f"a reviewer must decide", start, end)
            return
    if not chosen:  # fewer paragraphs below or above than it counts: any of them may be it
        chosen, exact = region, False
    if anchored and not labelled:  # (a block named by its label is found by it, wherever the direction points)
        chosen, exact = {*chosen, *_region(r, portions, index, start, end, None)[0]}, False
    if opened_too and not set(opened_too) <= set(chosen):  # (its opening words point elsewhere too: both, fail closed)
        chosen, exact = {*chosen, *opened_too}, False
    if index is not None:
        # (an export's records the reader read as paragraphs, `2;(U) Aleppo bakery front;...`: "row 2 of the list
        # above" may mean the record numbered 2, the second from the top or the second up from the statement; each
        # is raised with what the targets found, fail closed, review37b n04, n09)
        records = records_named(r, portions, index, lo, hi)
        if records - set(chosen):
            chosen, exact = {*chosen, *records}, False
    if not exact and index is not None and _THEN_TEXT.match(r.text, end) is not None:
        # "PARA 2 FOR US EYES ONLY -- CONFIDENTIAL: THE NEW DEFENSE MINISTER IS ...": the text after
        # the colon is text it may name too (round 55)
        chosen, index = {*chosen, index}, None
    ranges = _ranges_without(chosen, index)
    if not exact and index is not None and _BLANK_LINE.search(r.text, portions[index].body_start, start) is not None:
        # (fix47e) a statement its portion swallowed after a blank line (`(U) Site E-31 ... full` / `` / `Note to
        # Table 2: ... compiled, the table ... is classified CONFIDENTIAL`): the portion's marked text above it is
        # text the statement may name as well, raised with the rest it could mean
        ranges = ranges_of(sorted({*chosen, index}))
    if not exact:
        r.problem("GOVERNING_SCOPE_UNRESOLVED", "error",
                  f"{said}, which cannot be resolved exactly: all {sum(hi - lo for lo, hi in ranges)} portions it "
                  f"could mean are raised; a reviewer must decide", start, end)
    if exact:
        r.statements_resolved.append(start)
    pending.append(Statement(ranges, stated, said))


def _with_unmarked_around(portions: PortionIndex, index: int | None, chosen: set[int]) -> set[int]:
    """`chosen` with the unmarked portions on either side of each of its runs, up to the nearest marked
    portion or the statement (the text around a figure or table, what a claim on "Figure 2 and the text
    around it" names too: unmarked text may be any of it, fail closed)."""
    grown = set(chosen)
    for j in chosen:
        for step in (1, -1):
            k = j + step
            while 0 <= k < len(portions) and k != index and k not in chosen and not portions[k].explicit:
                grown.add(k)
                k += step
    return grown


def _on_page(r: Reading, portions: PortionIndex, m: re.Match[str]) -> list[list[int]] | None:
    """The portions of the page a target names with its item (group `page`: "Page 2, bullet 4"), in a file
    paged by page lines: one list, or two when the lines may open their pages or close them (the item is
    then the one of the two pages that has it; both when both have one). None when it names no page;
    no list when the file has no such page."""
    if "page" not in m.re.groupindex or not m.group("page"):
        return None
    pages = paged(r, list(portions))
    spans = pages[0] if pages else []
    found = page_map(r).marker_lines
    if pages is not None and not spans:  # (page lines that may open their pages or close them: either)
        if all(b[0] == a[0] + 1 for a, b in zip(found, found[1:])):
            starts, ends = [lo for _, lo, _ in found], [hi for _, _, hi in found]
            spans = [*zip([n for n, _, _ in found], starts, [*starts[1:], len(r.text)]),
                     *zip([n for n, _, _ in found], [0, *ends[:-1]], ends)]
    number = int(m.group("page"))
    lines = [(lo, hi) for _, lo, hi in found]  # (a page line read as a portion is none of the page's items)
    return [[k for k in range(bisect.bisect_left(portions.starts, lo), len(portions)) if portions[k].end <= hi
             and not any(a <= portions[k].body_start < b for a, b in lines)]
            for n, lo, hi in spans if n == number]


def _opening_words(r: Reading, lo: int, hi: int, paragraphs: bool = False) -> str | None:
    """The words a sentence or line is named by in `lo:hi` ("the sentence starting with "Ambassador Reyes"",
    `unresolved_scope.opening_words`), folded; None when none is named so. With `paragraphs`, a paragraph named
    by its opening words too ("the paragraph beginning "Our Dutch colleagues"", round 127)."""
    named = r.g.opening_named if paragraphs else r.g.sentence_named  # (rules: reader_words)
    for m in r.g.scope_opening_words.compiled.finditer(r.text, lo, hi):
        name = next(name for name, w in m.groupdict().items() if w and name.startswith("w"))
        if named.search(r.text, m.start(), m.start(name)):
            words = m.group(name)
            wanted = folded(words).rstrip(".…,;: ")
            if len(wanted) >= 3:
                return wanted
    return None


def _opens_with(r: Reading, p: Portion, wanted: str) -> bool:
    """Does the text of `p`, after any lead (a mark, a bullet, a quotation sign), open with `wanted` (folded)?"""
    body = r.text[p.body_start:min(p.end, p.body_start + len(wanted) * 2 + 80)]
    lead = r.g.sentence_lead.match(body)
    return folded(body[lead.end() if lead else 0:]).startswith(wanted)


_PLACING_TARGETS = ("paragraph", "item", "labelled", "row", "section")


def _holds_sentence_opening(r: Reading, p: Portion, wanted: str) -> bool:
    """Does a sentence inside `p` (after a full stop, `!`, `?` or a line break) open with `wanted` (folded)?"""
    body = folded(r.text[p.body_start:p.end])
    return re.search(r"(?:^|[.!?][\"”'’)\]]*\s)[\"“'‘(]*" + re.escape(wanted), body) is not None


def _split_at_named_openings(r: Reading, portions: list[Portion], caseless: str) -> list[Portion]:
    """`portions` with the one that holds a sentence a statement names by its opening words split around it,
    when that sentence opens a line inside it rather than the portion (the lines of an e-mail's paragraph run
    together, round 123): the sentence's lines become a portion of their own, the lines before and after it
    keep the portion's marking, so a statement raises that sentence and not its neighbours. Only when exactly
    one line in the document opens with the words."""
    pattern = r.g.scope_opening_words
    if not may_match(pattern.words, r.text, caseless, r.words_seen):
        return portions
    for m in pattern.compiled.finditer(r.text):
        wanted = _opening_words(r, m.start(), m.end())
        if wanted is None:
            continue
        first = re.compile(r"(?im)^[ \t>\"“'‘]*" + re.escape(wanted.split()[0]))
        lines = [a.start() for a in first.finditer(r.text)
                 if folded(r.text[a.start():a.start() + len(wanted) * 2 + 40].lstrip(" \t>\"“'‘")).startswith(wanted)]
        holders = [(k, a) for a in lines for k, q in enumerate(portions) if q.start <= a < q.end
                   and not q.start <= m.start() < q.end]
        if len(holders) != 1 or len(lines) != 1:
            continue
        k, a = holders[0]
        q = portions[k]
        end = a
        while True:  # (to the line where the sentence certainly ends: `_ends_sentence`; when it may or may not
            # end there, "... with the U.S." / "defense attache ...", the piece runs to the portion's end, fail closed)
            line_end = r.text.find("\n", end, q.end)
            line_end = q.end if line_end < 0 else line_end
            if line_end >= q.end:
                break
            ends = _ends_sentence(r.text, end, line_end, q.end)
            if ends is None:
                line_end = q.end
                break
            if ends:
                break
            end = line_end + 1
        before = len(r.text[q.start:a].rstrip()) + q.start
        after = len(r.text) - len(r.text[line_end:].lstrip()) if line_end < q.end else q.end
        pieces = [Portion(q.start, before, q.body_start, q.kind, q.number, q.marking, q.explicit, q.mark_start,
                          q.mark_end), Portion(a, line_end, a, q.kind, None, q.marking, q.explicit)] if before > q.start \
            else [Portion(q.start, line_end, q.body_start, q.kind, q.number, q.marking, q.explicit, q.mark_start, q.mark_end)]
        if after < q.end:
            pieces.append(Portion(after, q.end, after, q.kind, None, q.marking, q.explicit))
        if len(pieces) > 1:
            portions = [*portions[:k], *pieces, *portions[k + 1:]]
    return portions


def _ends_sentence(text: str, start: int, line_end: int, stop: int) -> bool | None:
    """Does the sentence on the line `start:line_end` certainly end there (True), certainly run on (False: no
    full stop, `!` or `?` closes the line), or may it do either (None: the line closes with an abbreviation such as
    "U.S." or "Mr.", or the next line, before `stop`, opens with no capital letter, digit or quotation sign)?"""
    line = text[start:line_end].rstrip(" \t\r\"”'’)")
    if not line.endswith((".", "!", "?")):
        return False
    if line.endswith(".") and _ABBREVIATION_END.search(line) is not None:
        return None
    following = text[line_end:stop].lstrip(" \t\r\n")
    return True if following[:1].isupper() or following[:1].isdigit() or following[:1] in "\"“'‘(" else None


_ABBREVIATION_END = compile_pattern(r"(?:\b\w{1,3}\.\w{1,3}\.|(?:^|[\s(])(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Col|"
                                    r"Lt|Sgt|Capt|Maj|Adm|Amb|Sen|Rep|Gov|Jr|Sr|Inc|Ltd|Co|Corp|Dept|Govt|approx|"
                                    r"etc|vs|cf|al|op|Art|Sec|Ch|Vol|Fig|p|pp|para|paras)\.)\Z")


# (the words between a row and the table after it, "row 4 of the table", and between a table and the row after it,
# "Table 2, the row ...": the rules' `reader_words.row_to_table`, `table_to_row`)


def _qualifies(r: Reading, table: re.Match[str], parts: Sequence[re.Match[str]]) -> bool:
    """Is the table `table` names the table of a row or item in `parts` right beside it ("row 4 of Table 2",
    "Table 2, row 4", "Table 2 row 4"), or of a row named any other way (`pointers.names_its_row`)?"""
    text = r.text
    return names_its_row(r, table) or any(
        (m.end() <= table.start() and r.g.row_to_table.fullmatch(text, m.end(), table.start()) is not None)
        or (table.end() <= m.start() and r.g.table_to_row.fullmatch(text, table.end(), m.start()) is not None)
        for m in parts)


def _named_targets(r: Reading, start: int, end: int, lo: int, hi: int) -> dict[str, list[re.Match[str]]]:
    """What the statement at `start:end` names, by kind (`paragraph`, `row`, `labelled`...), found
    in its window `lo:hi`; in a record (one statement per line or key) only the target nearest the
    statement on its own record counts."""
    targets: dict[str, list[re.Match[str]]] = {}
    window = r.g.vocabulary.governing_statements.window
    line_start = r.text.rfind("\n", 0, start) + 1
    for pattern, names in r.governing_targets():  # (those the text may hold)
        for m in pattern.compiled.finditer(r.text, lo, hi):
            targets.setdefault(names, []).append(m)
    if not targets and "=" in r.text[start:end]:
        # a record of `key=value` lines, each read as a portion of its own (`Scope=Paragraph 2 only` /
        # `NewMarking=SECRET`, round 66): its target is in the record's block of lines above it
        block = max(r.text.rfind("\n\n", 0, start) + 2, start - window)
        for pattern, names in r.governing_targets():
            for m in pattern.compiled.finditer(r.text, block, start):
                targets.setdefault(names, []).append(m)
    if "=" in r.text[start:end] or r.g.paragraph_record_line.match(r.text, line_start, start) is not None:
        # a record per line: a labelling tool's log (`scope=para:5 old=(U) new=(C)`, round 60), a review
        # decision's `para_3: retain CONFIDENTIAL` or a table row `| Paragraph 4 | U -> C |` (round 62):
        # the target is on the statement's own line, not the record above it (when its line names one:
        # an INI section's `Scope=Paragraph 2 only` / `NewMarking=SECRET` names it on the line above, round 66)
        line_end = r.text.find("\n", end)
        line_end = line_end if line_end >= 0 else len(r.text)
        own = {names: mine for names, found in targets.items()
               for mine in [[m for m in found if line_start <= m.start() and m.end() <= line_end]] if mine}
        targets = own or targets
    keyed = {names: keys for names, found in targets.items()
             for keys in [[m for m in found if _QUOTED_KEY_GAP.fullmatch(r.text, m.end(), start)]] if keys}
    if keyed:  # the value of a quoted key: `{"para_1": "release", "para_2": "retain SECRET"}` (round 64)
        targets = keyed
    return targets


def _first_cell_rows(r: Reading, portions: PortionIndex, index: int | None,
                     targets: dict[str, list[re.Match[str]]]) -> set[int] | None:
    """The rows whose first cells hold the numbers the statement names (`pointers.first_cell_row`), when
    every item or paragraph it names is one number and one row; else None."""
    chosen: set[int] = set()
    for m in (*targets.get("paragraph", ()), *targets.get("item", ())):
        number = m.groupdict().get("number")
        if number is None or not number.isdigit():
            return None
        found = first_cell_row(r, portions, index, int(number))
        if not found:
            return None
        chosen |= found
    return chosen or None


def _names_its_number(r: Reading, portions: PortionIndex, index: int,
                      targets: dict[str, list[re.Match[str]]]) -> bool:
    """Whether a paragraph (or item) the statement in portion `index` names by number (not another
    document's, not a chapter's `4.3`) is that portion's own number."""
    own = portions[index].number
    return own is not None and any(
        "number" in m.re.groupindex and m.group("number") and _COMPOUND.match(r.text, m.start("number")) is None
        and own in _numbers(m.group("number")) and not _names_another_document(r, m)
        for names in ("paragraph", "item") for m in targets.get(names, []))


def _rows(r: Reading, portions: PortionIndex, names: list[str]) -> tuple[set[int], bool]:
    """The table rows named by what their first cell holds (`| 4 | Berbera | ...`, `2,U,"..."`, a
    date: `14 May,trade,...`; a number in words, `row three`), else by any one of their cells (a
    weekday or a date in a later column: "the Tuesday entry"); every table row, not exactly, when
    no row holds one."""
    rows = [k for k, p in enumerate(portions) if p.kind == "table_row"]
    ordinals = r.g.vocabulary.governing_statements.ordinals
    wanted = {_cell_key(str(ordinals.get(n.casefold(), n))) for n in names}
    chosen = set()
    for k in rows:
        cell = _FIRST_CELL.match(r.text, portions[k].body_start)
        if cell is not None and _cell_key(cell.group(1)) in wanted:
            chosen.add(k)
    if not chosen:
        for k in rows:
            cells = _CELL.findall(r.text, portions[k].body_start, portions[k].end)
            if any(_cell_key(c) in wanted for c in cells):
                chosen.add(k)
    return (chosen, True) if chosen else (set(rows), False)


def _cell_key(cell: str) -> str:
    return " ".join(cell.split()).casefold().lstrip("0")


_FIRST_CELL = compile_pattern(r"[ \t|]*\"?[ \t]*([^|,;\t\"\n]{1,30}?)[ \t]*\"?[ \t]*[|,;\t]")
_CELL = compile_pattern(r"(?:^|(?<=[|,;\t]))[ \t]*\"?[ \t]*([^|,;\t\"\n]{1,30}?)[ \t]*\"?[ \t]*(?=[|,;\t\n]|$)", re.M)


def _ranges_without(chosen: set[int] | Sequence[int], index: int | None) -> tuple[tuple[int, int], ...]:
    """The index ranges of `chosen` without `index` (a statement never raises its own portion)."""
    if isinstance(chosen, range) and chosen.step == 1:
        if index is None or index not in chosen:
            return ((chosen.start, chosen.stop),) if chosen else ()
        return tuple((lo, hi) for lo, hi in ((chosen.start, index), (index + 1, chosen.stop)) if lo < hi)
    return ranges_of(sorted({*chosen} - {index}))


def _region(r: Reading, portions: PortionIndex, index: int | None, start: int, end: int,
            direction: str | None) -> tuple[Sequence[int], bool]:
    """The portions a direction points at from the statement at `start:end` (in portion
    `index`, or in none), and whether that is exact: below, the quoted message when one starts
    after the statement (else all that follows); above, all that precedes; no direction, every
    other portion."""
    after = portions[index].end if index is not None else end
    n = len(portions)
    following = range(bisect.bisect_left(portions.starts, after), n)
    if direction == "below":
        quoted = r.g.quoted_message_start.compiled.search(r.text, after)
        header = QUOTED_HEADER.search(r.text, after)
        if header is not None and (quoted is None or header.start() < quoted.start()):
            # an Outlook header block (`From:` ... `Sent:` ... `Subject:`): the message is what
            # follows its first blank line (not exact: a count over it is checked by a reviewer)
            blank = _BLANK_LINE.search(r.text, header.end())
            return range(bisect.bisect_left(portions.starts, blank.end() if blank else header.end()), n), False
        if quoted is not None:
            return range(bisect.bisect_left(portions.starts, max(after, quoted.end())), n), True
        return following, False
    if direction == "above":
        limit = portions[index].start if index is not None else start
        if portions.ends is not None:
            return range(bisect.bisect_right(portions.ends, limit)), False
        return [k for k in range(n) if portions[k].end <= limit], False
    return range(n) if index is None else [k for k in range(n) if k != index], False


_NUMBER = compile_pattern(r"\d+")
_RANGE = compile_pattern(r"(\d+)\s*(?:[-\u2013]|through|thru|to)\s*(\d+)", re.IGNORECASE)


def _numbers(written: str) -> list[int]:
    """The paragraph numbers a reference lists: `4`, `4 AND 5`, `4, 5 and 7`, `4 through 6`, `4-6`."""
    numbers: list[int] = []
    rest = written
    for m in _RANGE.finditer(written):
        lo, hi = int(m.group(1)), int(m.group(2))
        numbers.extend(range(lo, hi + 1) if lo <= hi <= lo + 50 else (lo, hi))
        rest = rest.replace(m.group(0), " ", 1)
    numbers.extend(int(n) for n in _NUMBER.findall(rest))
    return list(dict.fromkeys(numbers))


_COMPOUND = compile_pattern(r"\d{1,2}(?:[-.\u2013]\d{1,3}){1,3}(?![\d\w])")


def _labelled_number(r: Reading, portions: PortionIndex, label: str) -> set[int]:
    """The portions a chapter's paragraph number (`4-3`, `4.3.1`) labels: one that opens with
    it, or one that is the label alone on its line (a report's margin number) and the portion
    under it."""
    chosen: set[int] = set()
    opens = re.compile(re.escape(label) + r"[.:)]?(?:[ \t]|$)")
    starts, order = portions.openings(r.text)
    i = bisect.bisect_left(starts, label)  # (those whose text opens with it: a block of the sorted openings)
    candidates = []
    while i < len(starts) and starts[i].startswith(label):
        candidates.append(order[i])
        i += 1
    for k in sorted(candidates):
        p = portions[k]
        head = r.text[p.start:p.end].strip()
        if head.rstrip(".:)") == label:
            chosen.update(k2 for k2 in (k, k + 1) if k2 < len(portions))
        elif opens.match(head):
            chosen.add(k)
    return chosen


def _paragraph(r: Reading, portions: PortionIndex, region: Sequence[int], exact_region: bool,
               m: re.Match[str], counted: bool, item: bool = False, upward: bool = False) -> tuple[set[int], bool]:
    """The portions a paragraph reference can mean: its number (or each of the numbers it
    lists), or (when the statement points below or above: `counted`) the n-th paragraph of the
    region counted over marked paragraphs and over all paragraphs. Exact when the candidates
    agree (and a count was made over an exact region). Without a direction, a paragraph that no
    portion is numbered as may be another document's ("paragraphs 2 through 4 of cable 19
    ANKARA 1214"): none. An `item` (a bullet, an entry) is counted over the region's list items,
    over its paragraphs when it has none."""
    groups = m.re.groupindex
    if "letter" in groups and m.group("letter"):
        return _lettered(r, portions, region, exact_region, m.group("letter").lower(), counted)
    if "number" in groups and m.group("number"):
        compound = _COMPOUND.match(r.text, m.start("number"))
        if compound is not None:  # `paragraph 4-3`, `paragraph 4.3.1`: a chapter's paragraph, by its label
            found = _labelled_number(r, portions, compound.group(0))
            if found:
                return found, True
        numbers = _numbers(m.group("number"))
    elif "ordinal" in groups and m.group("ordinal"):
        ordinals = r.g.vocabulary.governing_statements.ordinals
        words = [w for w in re.split(r"[^a-z]+", m.group("ordinal").lower()) if w and w not in ("and", "through", "thru", "to")]
        numbers = [ordinals.get(w, 0) for w in words]  # (`PARA TWO AND THREE`: each of them)
    else:
        return set(), False
    chosen: set[int] = set()
    exact = True
    for n in numbers:
        found, ok = _nth(r.text, portions, region, exact_region, n, counted, item, upward and item)
        if counted and not item and n > 0:
            # (double-spaced lines each marked, a sentence run on across a blank line: the n-th paragraph a reader
            # sees, which joins them, counted from the region's top and, above the statement, up from it too;
            # raised with what the counts above found, fail closed, review37b p01, p03, p04)
            joined = joined_paragraphs(r.text, portions, portions.of_kind("paragraph", region))
            for blocks in (joined, joined[::-1]) if upward else (joined,):
                if n <= len(blocks) and len(joined) < len(portions.of_kind("paragraph", region)):
                    found, ok = found | set(blocks[n - 1]), False
        if found and "ordinal" in groups and m.group("ordinal"):  # (and a paragraph labelled `SECOND PARAGRAPH:`)
            found = found | labelled_ordinal(r, portions, -1, "item" if item else "paragraph", n)
        chosen |= found
        exact = exact and ok
    return chosen, exact and bool(chosen)


# an answer may run over several paragraphs ("the preceding answer": rules, `reader_words.answer_back`)
_ANSWER_REACH = 12  # paragraphs an answer is looked back over for the question it answers


def _whole_answer(r: Reading, portions: PortionIndex, region: Sequence[int], found: set[int]) -> set[int]:
    """The paragraphs of "the preceding answer": from the one just above the statement back to
    the last portion that opens with a question's label (`question_label`), that one left out.
    When no question is found within reach, the one paragraph found (the answer's extent is not
    known: the statement stays flagged by the scope fallback when it raised nothing else)."""
    label = r.g.question_label.compiled
    inside = set(region)
    last = max(found)
    answer = set(found)
    for k in range(last - 1, max(-1, last - 1 - _ANSWER_REACH), -1):
        if k not in inside:
            break
        p = portions[k]
        if label.match(r.text, p.body_start, p.end) or label.match(r.text, p.start, p.end):
            return answer
        answer.add(k)
    return set(found)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _preceding(r: Reading, portions: PortionIndex, index: int, m: re.Match[str]) -> tuple[set[int], bool]:
    """The portions just above the statement that "the two preceding answers" (or paragraphs)
    names: for answers, every portion back to the n-th question above (`question_label`), that
    question's portion included (an answer may share it); else the n paragraphs above. Not
    exact when fewer are found within reach (then every portion above may be meant)."""
    written = m.group("count").lower()
    count = _COUNTS.get(written) or (int(written) if written.isdigit() else 0)
    if count <= 0:
        return set(), False
    chosen: set[int] = set()
    if re.search(r"(?i)answers|responses|replies|exchanges", m.group(0)):
        label = r.g.question_label.compiled
        questions = 0
        for k in range(index - 1, max(-1, index - 1 - _ANSWER_REACH * count), -1):
            p = portions[k]
            chosen.add(k)
            if label.match(r.text, p.body_start, p.end) or label.match(r.text, p.start, p.end):
                questions += 1
                if questions == count:
                    return chosen, True
        return set(range(index)), False
    paragraphs = [k for k in range(index - 1, -1, -1) if portions[k].kind == "paragraph"][:count]
    return set(paragraphs), len(paragraphs) == count


def _lettered(r: Reading, portions: PortionIndex, region: Sequence[int], exact_region: bool, letter: str,
              counted: bool) -> tuple[set[int], bool]:
    """The portions a lettered item (`item (b)`) can mean: those of the region that open with that
    letter as an enumerator (`(b)`, `b)`, `b.`), before or after their portion mark; when none
    does, the item counted by the letter's place in the alphabet (not exact)."""
    chosen = portions.lettered(r.text, letter, region)
    if chosen:
        return chosen, len(chosen) == 1
    found, _ = _nth(r.text, portions, region, exact_region, ord(letter) - ord("a") + 1, counted, True)
    return found, False


def _nth(text: str, portions: PortionIndex, region: Sequence[int], exact_region: bool, n: int, counted: bool,
         item: bool, upward: bool = False) -> tuple[set[int], bool]:
    """The portions paragraph (or item) `n` can mean (`_paragraph`); `upward`: an item above the statement,
    which may be counted from it. Exact only when every way of counting finds the same one."""
    if n == 0:
        return set(), False
    if not item:
        numbered = portions.numbered(n, region)
        if numbered:
            return numbered | subitems(text, portions, numbered), len(numbered) == 1
    if not counted:
        return set(), False
    kind = "list_item" if item and portions.of_kind("list_item", region) else "paragraph"
    paragraphs = portions.of_kind(kind, region)
    marked = portions.of_kind(kind, region, explicit=True)
    sequences = [marked, paragraphs]
    if item and kind == "paragraph":
        # a cable's bullets under its numbered paragraph are paragraphs to the reader: "the second bullet" is
        # the second of the unnumbered ones too, not the second paragraph counting `1.` (review34c 18)
        sequences += [[k for k in sequence if portions[k].number is None] for sequence in (marked, paragraphs)]
    if upward:
        # "the second bullet above" may be counted up from the statement as well as down from the list's top
        sequences += [sequence[::-1] for sequence in sequences]
    chosen = set()
    for sequence in sequences:
        if (n - 1 if n > 0 else -n - 1) < len(sequence):
            chosen.add(sequence[n - 1] if n > 0 else sequence[n])
    return chosen, exact_region and len(chosen) == 1


# A sub-item's line: indented, or opening with an item label (`(ii)`, `b.`, `iv)`).
_SUB_ITEM_LINE = compile_pattern(r"[ \t]+\S|\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[.)][ \t]")


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def subitems(text: str, portions: list[Portion], numbered: set[int]) -> set[int]:
    """The items of numbered paragraphs: the list items right after each (`3. (U) Planned visits:`
    / `a. (U) Castries ...`), which are part of paragraph 3 ("each entry in paragraph 3 ..."),
    and every unnumbered portion before the next numbered paragraph (fail closed)."""
    found = set()
    for k in numbered:
        j = k + 1
        while j < len(portions) and portions[j].kind == "list_item" and portions[j].number is None:
            found.add(j)
            j += 1
        # ... and the unnumbered portions up to the next numbered paragraph: its sub-paragraphs
        # (`3. (U) ...` / `A.` / `(U) ...` / `B.` / `(U) ...` / `4. (U) ...`: "PARA 3 B", round 40)
        after = next((i for i in range(k + 1, len(portions)) if portions[i].number is not None), None)
        if after is not None:
            found.update(range(k + 1, after))
        else:
            # after the last numbered paragraph, the pieces of it on the lines right under it (no blank line
            # between: its table's rows and cells, lines the reader split off it) and the block its colon
            # introduces (`4. (U) Convoy schedule:` / a blank line / its table; review 30), then its indented
            # or lettered items (`   (ii) (U) ...`, round 41), not a closing line of the letter
            j = _block_end(text, portions, k + 1)
            if j < len(portions) and text[portions[j - 1].start:portions[j - 1].end].rstrip().endswith(":"):
                j = _block_end(text, portions, j + 1)
            found.update(range(k + 1, j))
            while j < len(portions) and _SUB_ITEM_LINE.match(text, _line_start(text, portions[j].start)):
                found.add(j)
                j += 1
    return found


def _block_end(text: str, portions: list[Portion], j: int) -> int:
    """The index after the portions from `j` on that no blank line sets apart from the portion before each."""
    while j < len(portions) and _BLANK_LINE.search(text, portions[j - 1].end, portions[j].start) is None:
        j += 1
    return j


# A heading: one short line with no sentence end, opening with a letter or `#` (a divider between
# slides or pages, `--- Slide 4 ---`, `* * *`, opens with neither)
_HEADING = compile_pattern(r"(?:#{1,6}[ \t]+)?[^\W\d_][^\n]{0,58}")
_DIVIDER = compile_pattern(r"[ \t]*[^\w\s#(\[]")


def _heading_kind(r: Reading, line: str) -> str | None:
    """The kind of heading `line` is (the `#`s of a Markdown heading, `capitals`, `other`), or
    None (a banner, `SECRET//NOFORN` at a page's foot, is no heading)."""
    line = line.strip()
    if not line or _HEADING.fullmatch(line) is None or line[-1] in ".,;:!?" or r.g.parse(line).level is not None:
        return None
    hashes = len(line) - len(line.lstrip("#"))
    if hashes:
        return "#" * hashes
    return "capitals" if all(c.isupper() for c in line if c.isalpha()) else "other"


def _lines(r: Reading, p: Portion) -> list[str]:
    """The lines of portion `p`'s text that are not dividers."""
    return [line for line in r.text[p.body_start:p.end].split("\n") if line.strip() and not _DIVIDER.match(line)]


def _section(r: Reading, portions: list[Portion], index: int, start: int) -> tuple[Sequence[int], bool]:
    """The section a statement in portion `index` speaks for ("all slides in this section are
    SECRET"): after its heading (a line before the statement in its own portion, else the
    nearest heading portion before it) up to the next heading of the same kind. Its end cannot be
    told, and everything after the statement is taken, when no heading is found, when the
    heading is a plain line (slide titles, labels: only capitals and Markdown headings head
    sections), or when nothing but headings lies before the next one (every slide's title)."""
    before = r.text[portions[index].body_start:r.text.rfind("\n", 0, start) + 1]
    own = [k for k in (_heading_kind(r, line) for line in before.split("\n") if not _DIVIDER.match(line)) if k]
    rest = range(index + 1, len(portions))
    first = index + 1
    if own:
        kind: str | None = own[-1]
    else:
        heading = next((k for k in range(index - 1, -1, -1)
                        if len(lines := _lines(r, portions[k])) == 1 and _heading_kind(r, lines[0])), None)
        if heading is None:
            return rest, False
        kind, first = _heading_kind(r, _lines(r, portions[heading])[0]), heading + 1
    if kind == "other":
        return rest, False
    content = False
    for k in range(index + 1, len(portions)):
        lines = _lines(r, portions[k])
        if lines and _heading_kind(r, lines[0]) == kind:
            return (range(first, k), True) if content else (rest, False)
        content = content or len(lines) > 1 or bool(lines) and _heading_kind(r, lines[0]) is None
    return range(first, len(portions)), True


def _list(r: Reading, portions: list[Portion], index: int, region: Sequence[int]) -> tuple[Sequence[int], bool]:
    """The list that follows the statement: the portions after it on consecutive lines (no
    blank line between them). Two or more is a list; otherwise its end cannot be told and
    everything after the statement may belong to it."""
    following = range(max(region.start, index + 1), region.stop) if isinstance(region, range) and region.step == 1 \
        else [k for k in region if k > index]
    if not following:
        return (), False
    run = [following[0]]
    for k in following[1:]:
        gap = r.text[portions[run[-1]].end:portions[k].start]
        if gap.count("\n") > 1 or k != run[-1] + 1:
            break
        run.append(k)
    if len(run) >= 2:
        return run, True
    return following, False


def _translations(r: Reading, portions: list[Portion]) -> None:
    """A portion that opens with a translation label takes the level of the original that the
    document marks in words (the highest such marking outside the portion)."""
    label = r.g.translation_label.compiled
    evidence = [e for e in r.evidence if e.kind == "classification_in_words" and e.marking is not None
                and e.marking.valid]
    if not evidence:
        return
    for k, p in enumerate(portions):
        m = label.match(r.text, p.body_start, p.end)
        if m is None:
            continue
        originals = [e for e in evidence if not p.start <= e.start < p.end]
        if not originals:
            continue
        top = max(originals, key=lambda e: e.marking.rank if e.marking is not None else -1)
        stated = top.marking
        assert stated is not None
        at = r.view.to_original(top.start) if not r.view.identity else top.start
        said = f"'{' '.join(top.seen.split())}' (offset {at}) marks the original that this translation renders " \
               f"as {stated.banner()}"
        if len({e.marking.banner() for e in originals if e.marking is not None}) > 1:
            r.problem("GOVERNING_SCOPE_UNRESOLVED", "error", f"{said}; the document marks more than one original at "
                      f"different levels, the highest is taken: a reviewer must decide", m.start(), m.end())
        portions[k] = _raised(r, p, stated, said)


def _raised(r: Reading, p: Portion, stated: Marking, said: str) -> Portion:
    """Portion `p` raised to at least `stated` (a doubtful one stays doubtful: withheld)."""
    if p.marking is None or not p.marking.valid:
        return p
    raised = r.g.raised(p.marking, stated)
    if raised is None:
        return p
    governed(r, p, p.marking, raised, said)
    return p.with_marking(raised)


LOWEST_CLASSIFIED = "CONFIDENTIAL"  # text said only to be "classified": withheld at every level below it

# what names the document a paragraph belongs to: `paragraph 4 of the reference cable`, `para 2 in reftel`
_OF = compile_pattern(r"[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _names_another_document(r: Reading, m: re.Match[str]) -> bool:
    """Is the paragraph reference `m` followed by `of` and a name of `unresolved_scope.elsewhere`
    (the reference cable, reftel, `26 OSLO 1142`, your cable)?"""
    of = _OF.match(r.text, m.end())
    return of is not None and r.g.scope_elsewhere.compiled.match(r.text, of.end()) is not None


# an e-mail quoted below a reply: an Outlook header block (`From:` with `Sent:` or `Date:` within
# three lines), or what `governing_statements.quoted_message_start` reads
QUOTED_HEADER = re.compile(r"(?im)^[ \t>]*from:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t>]*(?:sent|date):")
_BLANK_LINE = re.compile(r"\n[ \t>]*\n")


def _in_quoted_message(r: Reading, portions: PortionIndex, index: int, after: int,
                       targets: dict[str, list[re.Match[str]]]) -> tuple[set[int], bool]:
    """The paragraphs of the message quoted below a reply that its statement names by number or ordinal (`paragraph
    3`, "the third paragraph"), counted over that message's paragraphs after its header lines, up to the next quoted
    message; only when each one named is there, the reply holds fewer paragraphs than it counts, and nothing but
    paragraphs is named (else none, and the caller raises every portion it could mean)."""
    if set(targets) - {"paragraph"}:
        return set(), False
    starts = [m.start() for m in (QUOTED_HEADER.search(r.text, after),
                                  r.g.quoted_message_start.compiled.search(r.text, after)) if m is not None]
    if not starts:
        return set(), False
    begin = min(starts)
    after_header = [k for k in range(index + 1, len(portions)) if portions[k].start >= begin
                    and portions[k].kind == "paragraph" and not r.g.quoted_header_line.match(r.text, portions[k].body_start)]
    if not after_header:
        return set(), False
    first = portions[after_header[0]].start  # (the next quoted message's header ends this one)
    later = [m.start() for m in (QUOTED_HEADER.search(r.text, first),
                                 r.g.quoted_message_start.compiled.search(r.text, first)) if m is not None]
    if later:  # (several quoted messages: which one it counts in cannot be told; the caller raises them all)
        return set(), False
    body = after_header
    # (the reply's own paragraphs, a greeting or a signature line aside: "the second paragraph" may be one of them)
    own = [k for k in range(len(portions)) if portions[k].kind == "paragraph" and portions[k].start < begin
           and len(r.text[portions[k].body_start:min(portions[k].end, begin)].strip()) >= 40]
    # (a greeting, a sign-off or a short line may or may not be counted: "(U) Jorge," above the body makes the
    # third paragraph either the third portion or the fourth; every portion from the one counted over all of them
    # to the one counted over the others only is raised, not exactly, fail closed)
    counted = [k for k in body if not _uncounted(r, portions[k])]
    # (the reply's own paragraphs, short ones too: "the third paragraph" may be the reply's third, "(U) Escort is two
    # vehicles." under it; raised as well, fail closed)
    replies = [k for k in range(len(portions)) if portions[k].kind == "paragraph" and portions[k].start < begin
               and not r.g.quoted_header_line.match(r.text, portions[k].body_start)]
    replies_counted = [k for k in replies if not _uncounted(r, portions[k])]
    ordinals = r.g.vocabulary.governing_statements.ordinals
    chosen: set[int] = set()
    exact = True
    for m in targets["paragraph"]:
        groups = m.groupdict()
        if groups.get("number"):
            numbers = _numbers(m.group("number"))
        elif groups.get("ordinal"):
            numbers = [ordinals.get(w, 0) for w in re.split(r"[^a-z]+", m.group("ordinal").lower())
                       if w and w not in ("and", "through", "thru", "to")]
        else:
            return set(), False
        for n in numbers:
            if not 0 < n <= len(body) or len(own) >= n:
                return set(), False
            last = counted[n - 1] if n <= len(counted) else body[-1]
            between = {k for k in body if body[n - 1] <= k <= last}
            if n <= len(replies):
                last = replies_counted[n - 1] if n <= len(replies_counted) else replies[-1]
                between |= {k for k in replies if replies[n - 1] <= k <= last and k != index}
            exact = exact and len(between) == 1
            chosen |= between
    return chosen, exact and bool(chosen)


_GREETING = compile_pattern(r"(?i)[ \t]*(?:(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening)|greetings|all|team|folks|colleagues)\b|[^\n]{0,60}(?:,|:|--|—)[ \t]*$)")


def _uncounted(r: Reading, p: Portion) -> bool:
    """Might a writer leave this quoted paragraph out when counting ("the third paragraph of your note"): a greeting
    (`Jorge,`, `Hi all --`), a sign-off or a name, any short line (`_in_quoted_message`)?"""
    text = r.text[p.body_start:p.end].strip()
    return len(text) < 40 or len(text) <= 100 and "\n" not in text and _GREETING.match(text) is not None


def _quotes_a_message(r: Reading, after: int) -> bool:
    """Does a quoted message start after offset `after` (a reply above the note it corrects)?"""
    return QUOTED_HEADER.search(r.text, after) is not None \
        or r.g.quoted_message_start.compiled.search(r.text, after) is not None


def _of_another_document(r: Reading, m: re.Match[str], lo: int, hi: int) -> bool:
    """Does the paragraph reference `m` name another document's paragraph (`of` and a name of
    `unresolved_scope.elsewhere` right after it: the reference cable, reftel, `26 OSLO 1142`,
    your cable), in a statement (`lo:hi`) that points neither back nor ahead (no text quoted
    below or above here may be it)?"""
    if not _names_another_document(r, m):
        return False
    return r.g.scope_back.compiled.search(r.text, lo, hi) is None \
        and r.g.scope_ahead.compiled.search(r.text, lo, hi) is None


# a time written in a transcript, a caption file or a chat log: `00:14:10`, `14:10`, `00:14:10.500`
_TIME = compile_pattern(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,3})?(?![\d:])")


def _clock(written: str) -> tuple[int, int, int] | None:
    m = _TIME.search(written)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else None


def _next_minute(written: str) -> tuple[int, int, int] | None:
    """The end of the minute a time names (`09:14` -> 09:15:00; `09:14:30` -> 09:14:31)."""
    at = _clock(written)
    if at is None:
        return None
    return (at[0], at[1], at[2] + 1) if written.count(":") > 1 else (at[0], at[1] + 1, 0)


def _timespan(portions: PortionIndex, text: str, matches: list[re.Match[str]]) -> tuple[set[int], bool]:
    """The portions a time span names (`from 00:14:10 to 00:15:02`): those that open with a time
    (a caption cue, a post's time) at or after its start and before its end. Exact when some
    portion is found; none when no portion has a time."""
    spans = [(_clock(first), _clock(m.group("end")) if m.groupdict().get("end") else _next_minute(first))
             for m in matches for first in [m.group("start") or m.groupdict().get("at") or ""]]
    # (one time, `the 09:14 message`, `the post at 9:14`: the posts of that minute, fix49e)
    chosen: set[int] = set()
    for k, at in portions.opening_times(text):
        if any(lo is not None and hi is not None and lo <= at < hi for lo, hi in spans):
            chosen.add(k)
    return chosen, bool(chosen)
