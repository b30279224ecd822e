"""Notes in a language the reader cannot read (issue 8, fixlang36, narrowed by fixlang37): they fail closed.

Every round found a note in a language the rules do not spell out ("det andre stykket er teiebelagt",
"Ipinro keta je asiri", Tibetan in Wylie) that said a paragraph was secret, and the paragraph went out. Adding each
round's words never ended it. So a unit of text -- a line, a sentence of it, a chat message, a table cell, a
note after its label, a quotation, an aside in parentheses -- of at least `unreadable_min_words` words (almost)
none of which is English (`english`, `english_in_ascii_notes`, `english_function_words`) and which is of no
language the rules read (`read_languages`' function words) is an UNREADABLE NOTE: it may state any level for any
text, so it is taken to state `unreadable_level` for text it cannot be shown to name (`scope.py` raises every
other portion and reports it for a reviewer). A unit the rules read a level in already (`untranslated.py` found
it) is left to that reading; one with a level word the reading passed over is not (fail closed).

Narrowed by SHAPE (fixlang37: fixlang36's class fix withheld ~80 bilingual and translated documents whole): a note
is short (`unreadable_max_words`), in Latin letters, ends as a sentence ends, is not a marked line of its own (a
quotation, an aside or a cell inside one still is), and lone: a document with more than `unreadable_max_notes` such
lines is written in that language (`_written_in_unread_language`), and a portion whose claims the rules read
already is left to them (`scope._claimed`). The English word list is rules/english_words.yaml.

Widened by SHAPE (fixlang38, review37l's leaks): a labelled note or a chat message after its own `(U)`; a foreign
sentence after an English one on its line; an emoji, a smiley or a dash for a sentence end; a long lower-case note
with no end or wrapped onto a second line, set apart by blank lines; a sentence in capitals with a digit; a `(U)`
inside the note; lone counted in RUNS of lines (more than `unreadable_max_notes` runs or a run of more than
`unreadable_max_run_lines`); a read language needs one word in four where only two of its words stand in the unit.
Those shapes only ADD notes (fixlang39): the lines the bilingual switch-off counts are main 2168ede's notes, in its
shapes and with the read languages' pruned words (`bilingual_read_languages`), so it fires only where main's does.

Not notes: names and titles (every word capitalised in mixed-case text), addresses and codes (a token with `@`,
`/`, `=`, `_` or a dot inside), and a quotation that an English sentence says is a slogan, a headline, a song
(`quotation_kinds`) with no digit in it ("The slogan on the banners read: '...'").
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ..lazyre import compile_pattern
from .state import Reading
from .untranslated import _ASIDE, _CHAT_LINE, _LABEL, _LINE_BREAK, _QUOTATION, _REPLY_QUOTE, _WORD, _cells, _count, \
    untranslated_levels

_TOKEN = compile_pattern(r"\S+")
_ADDRESS = compile_pattern(r"[@/\\=_]|[^\W\d_]\.[^\W\d_]|://")  # (an e-mail address, a path, a domain, a code)
_SENTENCE = compile_pattern(r"[^.!?;。！？；]+[.!?;。！？；]*")
_DIGIT = compile_pattern(r"\d")
# (fix46b) where a clause of a sentence starts: after a comma or a label's colon inside it
_CLAUSE_CUT = compile_pattern(r"[,，][ \t]+|(?<=\w)[:：][ \t]+")
_PORTION_MARK = compile_pattern(r"\((?:U|C|S|TS|SBU|CUI|LES|FOUO|NF)(?://[A-Z /,-]{1,40})?\)")
# the Latin letters, with their accented forms (Basic Latin to Latin Extended Additional)
_LATIN = frozenset(chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
                   if chr(c).isalpha())
# a chat export's line that opens with its date (`11/18/26, 09:15 - Rojhat Aydin: ...`, `[18.11.26, 09:15:02] Ana: ...`)
_DATED_CHAT_LINE = compile_pattern(r"[ \t]*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[APap]\.?[Mm]\.?)?\]?"
                                   r"[ \t]*(?:[-–][ \t]*)?[^:\n]{1,40}:[ \t]+")
_TAG = compile_pattern(r"<[^<>\n]{0,400}>")
_JSON_KEY = compile_pattern(r'"[^"\s]+":')  # (a record's field name, `"releasableTo":`: no word of a note, adv156-043)
_MARK = compile_pattern(r"[*_\[]*\((?:U|C|S|TS|SBU|CUI|LES|FOUO|NF)(?://[A-Z /,-]{1,40})?\)[*_\].,;:]*")


def unreadable_notes(r: Reading, start: int, end: int, read: list[tuple[int, int]],
                     beside_claim: bool = False) -> Iterator[tuple[str, int, int, int, int]]:
    """Each unreadable note in `start:end` of the reading's text: (the level it is taken to state, its start and
    end twice). `read`: the spans `untranslated.py` read a level in already (a note there is that reading's).
    `beside_claim` (fix46b): the text holds a claim the rules read (a control: `paragraph 2 is NOFORN`), beside which
    a clause after a comma or a label, or a sentence after English on a marked line, is a note too."""
    level = r.g.unreadable_level
    if not level or _written_in_unread_language(r):
        return
    for lo, hi in _set_apart_notes(r, start, end, read, beside_claim=beside_claim):
        yield level, lo, hi, lo, hi


def _set_apart_notes(r: Reading, start: int, end: int, read: list[tuple[int, int]],
                     wide: bool = True, beside_claim: bool = False) -> Iterator[tuple[int, int]]:
    """The unreadable units of `start:end` shaped as notes: at most `unreadable_max_words` words, each the first of
    its line (a long foreign paragraph is a portion of its own language, not a note about the others). `wide`:
    with fixlang38's shapes and pruned word lists (the notes withheld); without them, main 2168ede's shapes and
    lists (the lines the bilingual switch-off counts, fixlang39)."""
    text = r.text
    line = start
    while line < end:
        brk = _LINE_BREAK.search(text, line, end)
        line_end = end if brk is None else brk.start()
        found = _note_on_line(r, text, line, line_end, wide, beside_claim) if _may_hold_note(r, line, line_end) else None
        if found is not None and not any(lo < found[1] and found[0] < hi for lo, hi in read):
            yield found[0], found[1]
        line = line_end if brk is None else brk.end()
        if brk is None:
            break


def _may_hold_note(r: Reading, lo: int, hi: int) -> bool:
    """Whether the line `lo:hi` may hold an unreadable unit, decided from its words alone (speed38: most lines of
    most documents are English or markings, and `_note_on_line` cost a third of all reading). Kept for the
    reading: the document's scan (`_written_in_unread_language`) asks for every line, each portion's scan for its
    lines again."""
    known = r.unreadable_line_gate.get((lo, hi))
    if known is None:
        known = r.unreadable_line_gate[(lo, hi)] = _enough_outside_english(r, lo, hi)
    return known


def _enough_outside_english(r: Reading, lo: int, hi: int) -> bool:
    """Whether `lo:hi` holds enough words outside English to be, or to hold, an unreadable unit: `_unreadable` needs
    n >= `unreadable_min_words` counted words, at most n // 6 of them English, so at least `min - min // 6` counted
    words outside English. (A unit's words are its line's: units are cut at signs no word holds, and `_unreadable`
    only drops words. An English word counted more than once, in a script written without spaces, is counted here
    as outside English, to stay exact.)"""
    english = r.g.unreadable_english
    least = r.g.unreadable_min_words - r.g.unreadable_min_words // 6
    outside = 0
    # (first the commonest words, in ASCII: a Latin letter alone counts none, an English word is English)
    for word in [w for w in _WORD.findall(r.text, lo, hi) if not w.isascii() or len(w) > 1 and w.lower() not in english]:
        if word.isascii():
            folded, weight = word.lower(), 1
        else:
            folded, weight = word.casefold().replace("’", "'"), _count([word])
        if weight != 1 or not (folded in english or folded.endswith("'s") and folded[:-2] in english):
            outside += weight
            if outside >= least:
                return True
    return False


def _note_shaped(r: Reading, lo: int, hi: int, shape: str, line: int, wide: bool) -> bool:
    """Whether the unit `lo:hi` of `shape` (on the line that starts at `line`) is shaped as a note (fixlang37):
    - at most `unreadable_max_words` words;
    - in Latin letters (the romanised notes that leaked: a script of its own is a language the rules read, or a
      translation's);
    - it ends as a sentence ends (a Tibetan shad typed `/` too): a title, a headline, a heading, a list of names or
      offices do not ("Port de Fos -- greve", "DCM, POL, ECON, RSO, DAO, USAID");
    - not codes in capitals with digits (a teleprinter's routing line);
    - a whole line, a sentence or a chat message is not the text of a portion of its own mark (`(U) Je reste
      disponible ...`: a line of a bilingual letter); a quotation, an aside or a cell in such a portion still is;
    - a sentence only as a line's first (one inside a paragraph of its language is that paragraph's).
    (A level word the rules know, even negated, does not make it theirs: "teiebelagt og ikkje for utlendingar" reads
    as negated, and the notes whose level words the rules know leaked: fail closed.)
    Not `wide` (the bilingual count, fixlang39): none of fixlang38's shapes -- a full stop, `?` or `!` ends it, no
    capitals with a digit, no unit after a mark opening its line, no sentence after another's words."""
    text = r.text
    if _count(_WORD.findall(text, lo, hi)) > r.g.unreadable_max_words:
        return False
    letters = [c for c in text[lo:hi] if c.isalpha()]
    if sum(c in _LATIN for c in letters) * 2 < len(letters):
        return False
    if not (_ends_as_a_note(r, text, lo, hi) if wide else _ends_as_a_sentence(text, lo, hi)):
        return False
    words = _WORD.findall(text, lo, hi)
    if all(w.isupper() or w.isdigit() for w in words) and _DIGIT.search(text, lo, hi) is not None \
            and not (wide and _capitals_sentence(text, lo, hi, words)):
        return False
    # (the line's own start: a portion's text starts after its mark, `(U) Je reste ...`; a labelled note or a chat
    # message after its own (U) is still a note, fixlang38: `(U) Note: Ny andininy faha-3 dia tsiambaratelo ...`)
    line_start = text.rfind("\n", 0, line) + 1
    if wide and shape in ("line", "sentence", "lead") and _opens_with_mark(text, line_start, min(hi, lo + 16)) \
            or not wide and shape in ("line", "sentence", "message", "labelled") \
            and _PORTION_MARK.search(text, line_start, min(hi, lo + 16)):
        return False
    if shape == "sentence" and _WORD.search(text, line, lo) is not None \
            and not (wide and (_after_english(r, text, line, lo) or _after_read_text(r, text, line, lo))):
        return False
    if shape in ("clause", "marked sentence") and not (_after_english(r, text, line, lo) or _after_read_text(r, text, line, lo)):
        return False
    return True


def _after_read_text(r: Reading, text: str, line: int, lo: int) -> bool:
    """Whether the text of the line before `lo` is of a script or a language the rules read (fix46b: `참고: 2항은
    외국인에게 보여주지 마십시오. Paragraf ketiga adalah ...`): a sentence after it is set apart as one after English is.
    Only ever adds notes (a unit after unreadable text is that text's language's)."""
    words = [w for w in _WORD.findall(text, line, lo) if len(w) > 1 or not w.isascii()]
    if _count(words) < 3:
        return False
    joined = "".join(words)
    letters = sum(c.isalpha() for c in joined)
    if any(len(script.findall(joined)) * 2 >= letters for script in r.g.unreadable_read_scripts):
        return True
    folded = [w.casefold() for w in words]
    for language in r.g.unreadable_read_languages:
        hits = [w for w in folded if w in language]
        if len(set(hits)) >= 2 and len(hits) * 4 >= len(folded):
            return True
    return False


def _opens_with_mark(text: str, line: int, until: int) -> bool:
    """Whether a portion mark opens the line `line` before `until` after no word of two letters or more (`1. (U)`,
    `a. (U)`): a mark inside a note's words is no mark of its line (`Isigaba (U) sesibili ...`, fixlang38)."""
    mark = _PORTION_MARK.search(text, line, until)
    return mark is not None and all(len(w) < 2 for w in _WORD.findall(text, line, mark.start()))


# what may close a note after its last word and is no sentence end: an emoji, a smiley, a dash (fixlang38)
_TRAILER = compile_pattern(r"(?:[ \t]*(?:[:;=8][-'^o]?[()\[\]DPp/|3*]+|<3|[-–—~]+|[^\w\s.!?\"'”’»)\]*]))+[ \t]*$")


def _ends_as_a_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether `lo:hi` ends in a full stop, `?`, `!` or `/` (before closing quotes or brackets), or one follows it."""
    closing = text[lo:hi].rstrip(" \t\"'”’»)]*_")
    after = text[hi:hi + 3].lstrip("\"'”’»)]*_ \t")
    return closing.endswith((".", "!", "?", "/")) or after.startswith((".", "!", "?"))


def _ends_as_a_note(r: Reading, text: str, lo: int, hi: int) -> bool:
    """Whether `lo:hi` ends as a sentence ends (before an emoji, a smiley or a dash that closes it, `... nabanye :)`,
    fixlang38), or runs on to a next line that starts in lower case and ends so (a wrapped note), or is a long
    unit of lower-case words with no end at all (`Shënim - paragrafi i dytë nuk duhet t'u jepet askujt ...`: a
    title or a heading capitalises its words or is short)."""
    body = text[lo:hi]
    trailer = _TRAILER.search(body)
    if trailer is not None and trailer.start() > 0:
        body = body[:trailer.start()]
    closing = body.rstrip(" \t\"'”’»)]*_")
    after = text[hi:hi + 3].lstrip("\"'”’»)]*_ \t")
    if closing.endswith((".", "!", "?", "/")) or after.startswith((".", "!", "?")) or trailer is not None:
        return True
    words = _WORD.findall(body)
    if _count(words) >= 7 and sum(w[0].islower() for w in words) * 3 >= len(words) * 2 and _stands_alone(text, lo, hi):
        return True
    brk = _LINE_BREAK.match(text, hi)
    if brk is not None:
        following = text[brk.end():text.find("\n", brk.end()) if "\n" in text[brk.end():] else len(text)]
        if following[:1].islower() and following.rstrip(" \t\"'”’»)]*_").endswith((".", "!", "?")) \
                and _count(_WORD.findall(following)) <= r.g.unreadable_max_words \
                and _stands_alone(text, lo, brk.end() + len(following)):  # (two lines set apart, not a paragraph's)
            return True
    return False


def _stands_alone(text: str, lo: int, hi: int) -> bool:
    """Whether the lines of `lo:hi` have a blank line (or the text's edge) before and after them: a line of a
    wrapped paragraph is no note that ends without a full stop (`Estados Unidos e informa que a delegacao ...`)."""
    start = text.rfind("\n", 0, lo) + 1
    before = text[:start - 1].rsplit("\n", 1)[-1] if start > 0 else ""
    end = text.find("\n", hi)
    after = "" if end < 0 else text[end + 1:].split("\n", 1)[0]
    return not before.strip() and not after.strip()


def _capitals_sentence(text: str, lo: int, hi: int, words: list[str]) -> bool:
    """Whether a unit in capitals with a digit is a sentence (six words or more, ending in a full stop: `QODOBKA 2
    WAA SIR AH LAMA FAAFIN KARO.`), not a teleprinter's routing line or codes (fixlang38)."""
    return len(words) >= 6 and text[lo:hi].rstrip(" \t").endswith(".") and sum(len(w) > 2 for w in words) >= 5


def _after_english(r: Reading, text: str, line: int, lo: int) -> bool:
    """Whether the text of the line before the sentence `lo` is English (`Thanks again to all of you. Igika cya
    kabiri ni ibanga ...`, fixlang38): a foreign sentence after an English one is a note set apart, not a sentence
    of a paragraph in its own language."""
    before = [w.casefold() for w in _WORD.findall(text, line, lo) if len(w) > 1]
    return len(before) >= 3 and sum(w in r.g.unreadable_english for w in before) * 2 >= len(before)


def _written_in_unread_language(r: Reading) -> bool:
    """Whether the document holds more than `unreadable_max_notes` runs of lines of a language the reader cannot
    read, or a run of more than `unreadable_max_run_lines` of them: then it is written (in part) in that language, a
    translation beside its original or a bilingual letter, and its foreign lines are its own portions, not notes
    about the others (fixlang36 withheld ~80 such documents whole). A run is lines one after another, blank lines
    between them or none (fixlang38: counting lines let a note go with a two-line foreign footer, a three-row
    phrasebook or a three-line greeting, review37l a05, a10, a20, m03). Runs before the document's first portion
    mark's line or after its last one's (a greeting, a sign-off) count only for their length (fixlang38b: it is a
    RELEASE rule, and an ordinary foreign greeting and sign-off switched off the one real note between them,
    review38l). Counted once per reading."""
    if r.unreadable_lines is None:
        # (the lines counted are main 2168ede's notes, not `wide`: fixlang38's shapes and pruned lists made emoji
        # lines, a table's cells ending in `--`, Danish and Faroese lines, capitals with a digit count, and each
        # switched off the one real note main withheld, review39l; the wider shapes only ADD notes, fixlang39)
        notes = list(_set_apart_notes(r, 0, len(r.text), [], wide=False))
        if notes:  # (the levels read already, looked for only where a note is: most documents hold none, speed38)
            read = [(lo, hi) for _, _, _, lo, hi in untranslated_levels(r, 0, len(r.text))]
            notes = [(lo, hi) for lo, hi in notes if not any(a < hi and lo < b for a, b in read)]
        breaks = [b.start() for b in _LINE_BREAK.finditer(r.text)] if notes else []  # (any line break: NEL, CR, LS too)
        runs: list[list[int]] = []  # (each run's lines' starts)
        blocks: list[list[int]] = []  # (each run's blocks' line counts: lines with no blank line between them)
        last_line_end = -1
        for lo, _hi in notes:
            k = bisect_right(breaks, lo)
            line_start = breaks[k - 1] + 1 if k else 0
            if last_line_end >= 0 and not r.text[last_line_end:line_start].strip():
                runs[-1].append(line_start)  # (the line right after the last one, or after blank lines only)
                if line_start == last_line_end + 1 or not r.text[last_line_end + 1:line_start].strip("\r"):
                    blocks[-1][-1] += 1
                else:
                    blocks[-1].append(1)
            else:
                runs.append([line_start])
                blocks.append([1])
            last_line_end = breaks[k] if k < len(breaks) else len(r.text)
        edge = [_at_the_edge(r.text, breaks, run) for run in runs]
        # (an edge run's length is its longest block: a greeting of three lines, a blank line and then the note is
        # no four lines of that language, review38l a08)
        lengths = [max(b) if at_edge else len(run) for run, b, at_edge in zip(runs, blocks, edge)]
        r.unreadable_lines = 0 if edge.count(False) <= r.g.unreadable_max_notes \
            and all(n <= r.g.unreadable_max_run_lines for n in lengths) else sum(map(len, runs))
    return r.unreadable_lines > 0


def _at_the_edge(text: str, breaks: list[int], run: list[int]) -> bool:
    """Whether the run of lines starting at `run` lies wholly on or before the line of the text's first portion
    mark, or wholly after the line of its last (a greeting, a sign-off: no portion of the document's own language
    between them). A text with no portion mark has no edge: all of its runs count."""
    marks = [m.start() for m in _PORTION_MARK.finditer(text)]
    if not marks:
        return False
    first = breaks[bisect_right(breaks, marks[0]) - 1] + 1 if bisect_right(breaks, marks[0]) else 0
    last = breaks[bisect_right(breaks, marks[-1]) - 1] + 1 if bisect_right(breaks, marks[-1]) else 0
    return run[-1] <= first or run[0] > last


def is_unreadable_note(r: Reading, start: int, end: int) -> bool:
    """Whether the claim's sentence `start:end` holds a note `scope._claimed` took as unreadable (a note the rules
    read is placed as they read it; one the reader cannot read is never narrowed, `scope.py`)."""
    return any(start <= lo and hi <= end or lo <= start and end <= hi for lo, hi in r.unreadable_note_spans)


def _note_on_line(r: Reading, text: str, line: int, line_end: int, wide: bool = True,
                  beside_claim: bool = False) -> tuple[int, int, str] | None:
    """The first unreadable unit of the line `line:line_end` (start, end and its shape: `line`, `cell`, `message`,
    `labelled`, `sentence`, `aside`, `quotation`), or None. `wide`: `_set_apart_notes`'."""
    reply = _REPLY_QUOTE.match(text, line, line_end)
    if reply is not None:
        line = reply.end()
    if not any(c.isalpha() for c in text[line:line_end]):
        return None
    units: list[tuple[int, int, str]] = []  # (start, end, shape)
    added: list[tuple[int, int, str]] = []  # (fix46b's units: tried last, so that they only add notes)
    if any(c in "|\t" for c in text[line:line_end]):
        units += [(lo, hi, "cell") for lo, hi in _cells(text, line, line_end)]  # (a table's cell is a note of its own)
    else:
        units.append((line, line_end, "line"))
    for lo, hi, shape in list(units):
        marked = _MARK.match(text, lo, hi) if shape == "line" and wide else None  # (a chat line after its own (U), fixlang38)
        chat_at = marked.end() + len(text[marked.end():hi]) - len(text[marked.end():hi].lstrip(" \t")) if marked else lo
        head = _CHAT_LINE.match(text, chat_at, hi) or _DATED_CHAT_LINE.match(text, chat_at, hi)
        label = _LABEL.match(text, lo, hi) if head is None else None
        begin = head.end() if head is not None else label.end() if label is not None and label.group("label") else lo
        if begin > lo:  # (a chat's message after its time and sender, a note after its label: the sender's
            units[units.index((lo, hi, shape))] = (begin, hi, "message" if head is not None else "labelled")  # name
        # (a sentence of a short line is set apart from the portions; one of a long paragraph is that paragraph's)
        if _count(_WORD.findall(text, begin, hi)) <= 2 * r.g.unreadable_max_words:
            for s in _SENTENCE.finditer(text, begin, hi):
                units.append((s.start(), s.end(), "sentence"))
                # (fix46b, wide, beside a claim, tried after every other unit: the first sentence after a label is its
                # line's first, `Nota: il terzo ... . Note: paragraph 2 is not for foreigners.`; a clause after a
                # comma or a label inside a sentence after read text is set apart as a sentence after English is,
                # `... citizens only, ipinro keta je ...`, `... foreigners. Paragraph three: sangat dirahasiakan ...`)
                if wide and beside_claim and s.start() > lo and _WORD.search(text, begin, s.start()) is None:
                    added.append((s.start(), s.end(), "lead"))
                if wide and beside_claim:
                    added += [(c.end(), s.end(), "clause") for c in _CLAUSE_CUT.finditer(text, s.start(), s.end())]
    for unit_lo, unit_hi, _ in list(units):
        units += [(a.start("note"), a.end("note"), "aside") for a in _ASIDE.finditer(text, unit_lo, unit_hi)]
        for q in _QUOTATION.finditer(text, unit_lo, unit_hi):
            if not _says_what_it_is(r, text, line, q.start(), q.start("note"), q.end("note")):
                units.append((q.start("note"), q.end("note"), "quotation"))
    if beside_claim:  # (fix46b: beside a claim, a sentence after English on a line its portion's mark opens)
        added += [(lo, hi, "marked sentence") for lo, hi, shape in units if shape == "sentence"]
    for lo, hi, shape in units + added:
        if _enough_outside_english(r, lo, hi) and _unreadable(r, text, lo, hi, wide) \
                and _note_shaped(r, lo, hi, shape, line, wide) and not _quoted_and_said(r, text, line, lo, hi):
            return lo, hi, shape
    return None


def _quoted_and_said(r: Reading, text: str, line: int, lo: int, hi: int) -> bool:
    """Whether the unit `lo:hi` is (or lies inside) a quotation an English sentence says what it is."""
    for q in _QUOTATION.finditer(text, line, hi + 2):
        if q.start("note") <= lo + 1 and hi - 1 <= q.end("note") + 1 or lo <= q.start() and q.end() <= hi + 1 and \
                not _WORD.search(text, lo, q.start()) and not _WORD.search(text, q.end(), hi):
            if _says_what_it_is(r, text, line, q.start(), q.start("note"), q.end("note")):
                return True
    return False


def _says_what_it_is(r: Reading, text: str, line: int, opening: int, lo: int, hi: int) -> bool:
    """Whether the quotation `lo:hi` (its opening mark at `opening`) is introduced on its line by an English sentence
    that names what it is (`quotation_kinds`: a slogan, a headline, a song), with no digit in it."""
    lead = [w.group(0).casefold() for w in _WORD.finditer(text, line, opening)]
    if not any(w in r.g.unreadable_english for w in lead) or not any(  # (English: any of its words, `in`, `today`)
            w in r.g.unreadable_quotation_kinds or w.rstrip("s") in r.g.unreadable_quotation_kinds for w in lead):
        return False
    # (a number may name a paragraph; a level word in it is the rules' to read, as in any headline: "Sekret uspekha -
    # sovershenno ne sekretno", fix146)
    return _DIGIT.search(text, lo, hi) is None


def _unreadable(r: Reading, text: str, lo: int, hi: int, wide: bool = True) -> bool:
    """Whether `lo:hi` is a note the reader cannot read: enough words, (almost) none English, no read language.
    Not `wide` (the bilingual count, fixlang39): the read languages with `bilingual_read_languages`' words too, and
    one word in six of one always reads it (main's lists and share)."""
    tags = [(t.start(), t.end()) for t in _TAG.finditer(text, lo, hi)]  # (markup's names and attributes: no words;
    words: list[str] = []  # a note in an attribute's value is a quotation of its own)
    for token in _TOKEN.finditer(text, lo, hi):
        if _ADDRESS.search(token.group(0)) is None and _MARK.fullmatch(token.group(0)) is None \
                and _JSON_KEY.fullmatch(token.group(0)) is None and not any(a <= token.start() < b for a, b in tags):
            words += [w.group(0) for w in _WORD.finditer(token.group(0))]
    every_word = [w.casefold() for w in words]
    words = [w for w in words if len(w) > 1 or not w.isascii()]  # (a Latin letter alone: `S E C R E T`, `[X] S`;
    # a Tibetan syllable of one letter is a word)
    n = _count(words)
    if n < r.g.unreadable_min_words or "   " in text[lo:hi].strip():
        return False  # (and columns: a log's or a table's row)
    if all(w.isupper() for w in words) and (n <= 5 and text[lo:hi].rstrip(" \t\"”»)")[-1:] not in ".!?"
                                            or all(len(w) <= 4 for w in words)):
        return False  # (a letterhead, an addressee, codes: `CDR USSOCOM MACDILL AFB FL`, `LTU, LVA, NLD, NOR`)
    letters = sum(c.isalpha() for w in words for c in w)
    if any(len(script.findall("".join(words))) * 5 >= letters for script in r.g.unreadable_read_scripts):
        return False  # (Japanese, Korean: languages the rules read, written without spaces)
    folded = [w.casefold().replace("’", "'") for w in words]
    english = r.g.unreadable_english
    if sum(w in english or (w.endswith("'s") and w[:-2] in english) for w in folded) > n // 6:
        return False  # (English: the claims read it; one word of English in six is a foreign word's spelling)
    if any(c.islower() for w in words for c in w) and all(w[0].isupper() for w in words if w[0].isalpha() and len(w) > 3):
        return False  # (names, a title, an address in capitalised words: "Notes by Kevin Ostrander, ECON")
    # (the reading's text folds look-alike letters, Russian `в`, `на` to Latin `B`, `Ha`: a read language's words are
    # looked for in the original text too)
    a, b = r.view.span(lo, hi)
    original = [w.casefold() for w in _WORD.findall(r.view.original, a, b)]
    # (one word in four of a read language where only two different words of it stand in the unit, fixlang38: one in
    # six read Maltese's `il`, `la` as French; one in six still with three, or where words are syllables, short:
    # Vietnamese)
    syllables = sum(len(w) for w in every_word) < 4 * len(every_word) or not wide
    for language in r.g.unreadable_read_languages if wide else r.g.unreadable_bilingual_read_languages:
        hits = max(([w for w in every_word if w in language], [w for w in original if w in language]), key=len)
        # (two different words, a Latin letter alone not one: Samoan's `o`, `e` and `le` are no Portuguese or Italian;
        # Russian's `в` and `и` are Russian)
        different = len({w for w in hits if len(w) > 1 or not w.isascii()})
        share = 6 if syllables or different >= 3 else 4  # (three different words of it are the language's)
        if different >= 2 and len(hits) * share >= len(every_word):
            return False  # (a language the rules read: its claims read it; two of its words and one word in `share`)
    return True
