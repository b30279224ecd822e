"""Levels stated in notes the reader cannot read.

A note in another language that states a level ("Son paragraf GİZLİDİR (C), DCM'e sorduk",
"第3条属于机密(CONFIDENTIAL)，请勿外传", "Na iwasewase "Land talks" e SBU - kakua ni tabaki") is a
claim about some text of the document. The claims (`unresolved_scope.claims`) read English and
the languages the rules spell out; a note in any other names text the reader cannot find. A level
or control in marking shape (`unresolved_scope.untranslated.token`) with words of its own sentence
on both sides of it, none of them English (`unresolved_scope.untranslated.english`), is taken as
such a claim: `scope.py` raises every portion it could mean and reports the note for a reviewer
(fail closed, round 104). A mark ending its line is that text's own mark, a level alone in a
field or a cell has no sentence around it, and a sentence with an English word in it is the
claims' to read. A level in a labelled note's own words (`Uwaga tłumacza: pozycja 4 -poufne-`,
`unresolved_scope.untranslated.level_words`, round 108) is such a claim too.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lazyre import compile_pattern
from .governing import _quoted
from .state import Reading
from .stated_notes import states_level

if TYPE_CHECKING:
    from ..markings import LazyPattern

_WORD = compile_pattern(r"[^\W_]*[^\W\d_][^\W_]*(?:['’][^\W_]+)*")  # (a word with digits in it is one word: Arabizi's `mta3`)
_SENTENCE_STOPS = ".!?;:\n。！？；："
_SYNTAX = "<>{}=|\\\t"
# a note's label (`Uwaga tłumacza:`, `குறிப்பு:`, `Note (FPM):`, `-- not (Deniz, LES):`) or the name it is
# addressed to (`Tom, ...`); a label's word may hold combining signs (Tamil, Khmer)
_LABEL = compile_pattern(r"[ \t\-–—>*•]*[\[({]?[ \t]*(?:(?P<label>[^\W\d_][^\s:：៖፦(),]{0,30}(?:[ \t]+[^\s:：៖፦(),]{1,20}){0,3}?)"
                         r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*[:：៖፦]|(?P<addressee>[A-Z][a-z]{1,20}(?:/[A-Z][a-z]{1,20})?),(?=[ \t]))")
# a level of the note's own language glossed by the level in marking shape: a word in lower case before a
# mark's letters, any word before a level's name ("eintlik vertroulik (C)", "la MAT (SECRET)")
_GLOSSED = compile_pattern(r"(?:\b[a-z\u00e0-\u024f]{4,}[ \t]+\((?:TS|S|C)\)|\b[^\W\d_]{2,}[ \t]+"
                           r"\((?:TOP[ \t]SECRET|SECRET|CONFIDENTIAL|SBU|NOFORN)\))")
_OWN_MARK = compile_pattern(r"\((?:U|C|S|TS|SBU|FOUO|CUI|LES|LOU)(?://[^()\n]{1,40})?\)")
_COPYRIGHT = compile_pattern(r"\(C\)[ \t]*(?:\d{4}|[A-Z][a-z])")
_LINE_BREAK = compile_pattern("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
# a chat export's line: its time and its sender, in columns or before a colon (`2026-03-02 09:35  aigerim.s   ...`)
# (a sender of several words before the colon too, `[2026-11-25 14:15] Khamphoui S.: ...`, adv146-015)
_CHAT_LINE = compile_pattern(r"[ \t]*\[?(?:\d{4}-\d\d-\d\d[ T]+)?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+[^\s:]{1,40}"
                             r"(?:[ \t]{2,}|(?:[ \t][^\s:]{1,20}){0,3}:[ \t]+)")
# a line that quotes a note whole after a colon and its introduction (`His note, as sent: "..."`, round 136)
_QUOTED_NOTE = compile_pattern(r"[^\n\"“”„«»:]{1,60}:[ \t]*[\"“„«](?P<note>[^\"“”„«»\n]{8,400})[\"”“»][ \t.]*$")
# (and in the quotes of the note's own language, „…“ or «…», adv141-045)
# a line whose introduction ends in a colon and a note follows it unquoted (`He wrote above his letter: កថាខណ្ឌ...`)
_INTRODUCED_NOTE = compile_pattern(r"[^\n:：]{1,80}[:：][ \t]*(?P<note>[^\n]{4,400}?)[ \t]*$")
# a note set in parentheses inside a line (`... NEAR SENO. (wak sut thay men khwam lap)`)
_ASIDE = compile_pattern(r"\((?P<note>[^()\n]{8,200})\)")
# a quotation inside a line, or over two or three lines (`her cover line read "oi 2 teleutaies parag. einai
# empisteutikes, oxi gia ksenous" and nothing else`, a JSON field's value, a note quoted at a line's end that
# wraps: adv146-011/020/021): read as a note of its own, which must still name text or forbid sharing
_QUOTATION = compile_pattern(r"[\"“„«](?P<note>[^\"“”„«»\n]{8,400})[\"”“»]")
_QUOTATION_LINES = compile_pattern(r"[\"“„«](?P<note>[^\"“”„«»\n]{1,300}(?:\r?\n[^\"“”„«»\n]{1,300}){1,2})[\"”“»]")
_REACH = 160  # (a note's sentence: at most this far on each side of its level)
_REPLY_QUOTE = compile_pattern(r"[ \t]*(?:>[ \t]?)+")
_CELL_SIGNS = "|\t<"
_CELL_BORDER = compile_pattern(r"\||\t|<[^<>\n]{0,200}>")


def _cells(text: str, line: int, line_end: int) -> Iterator[tuple[int, int]]:
    """The cells of the table row `line:line_end` (between `|`, tabs or HTML tags), each without its spaces."""
    at = line
    for border in (*_CELL_BORDER.finditer(text, line, line_end), None):
        hi = border.start() if border is not None else line_end
        lo = at
        while lo < hi and text[lo] in " \t":
            lo += 1
        while hi > lo and text[hi - 1] in " \t":
            hi -= 1
        if hi > lo:
            yield lo, hi
        if border is not None:
            at = border.end()


_UNCLASSIFIED_MARK = compile_pattern(r"[ \t]*\((?:U|UNCLASSIFIED)\)[ \t]+")
_NUMBER = compile_pattern(r"(?<![^\W_])\d{1,3}(?![^\W_])")


def untranslated_levels(r: Reading, start: int, end: int) -> Iterator[tuple[str, int, int, int, int]]:
    """Each level in marking shape in `start:end` stated in a sentence of another language:
    (the level as written, its start and end, its sentence's start and end); and each level
    written in a labelled note's own language (`_level_words`)."""
    text = r.text
    tokens = r.g.scope_untranslated.compiled
    english = r.g.scope_english
    for m in tokens.finditer(text, start, end):
        lo = max(start, m.start() - _REACH, *(text.rfind(c, start, m.start()) + 1 for c in _SENTENCE_STOPS))
        ends = [e for e in (text.find(c, m.end(), min(end, m.end() + _REACH)) for c in _SENTENCE_STOPS) if e >= 0]
        hi = min(ends) if ends else min(end, m.end() + _REACH)
        before = [w.group(0) for w in _WORD.finditer(text, lo, m.start()) if tokens.fullmatch(w.group(0)) is None]
        after = [w.group(0) for w in _WORD.finditer(text, m.end(), hi) if tokens.fullmatch(w.group(0)) is None]
        if not after and hi < end and text[hi] != "\n":  # (a level ending a sentence of a note that goes on:
            line_end = text.find("\n", hi, min(end, hi + _REACH))  # "... RÚNDA (SECRET). Ná seol í ar aghaidh.")
            hi = line_end if line_end >= 0 else min(end, hi + _REACH)
            after = [w.group(0) for w in _WORD.finditer(text, m.end(), hi) if tokens.fullmatch(w.group(0)) is None]
        if not before or not after or _quoted(text, m.start(), m.end()):
            continue  # (a mark ending its sentence, a level alone in a field, a quotation)
        words = before + after
        if any(c in _SYNTAX for c in text[lo:hi]) or "   " in text[lo:hi].strip():
            continue  # (markup, a table row, columns, a legend: `title=(S//NF) Sources|`, `Temp (C)\t29`)
        if any(w.lower().replace("’", "'") in english for w in words):
            continue  # (an English sentence: the claims read it)
        if all(w.isascii() for w in words):
            # (in letters English uses too, only a labelled note or a level glossed, of five words or more,
            # none of them English: "Willakuy: Kay qatiq parrafoqa pakasqam (CONFIDENTIAL) - ama willaychu";
            # not a heading, a credit line or a copyright, "Photo (C) 2018 Associated Press")
            line = text.rfind("\n", 0, m.start()) + 1
            label = _LABEL.match(text, line, m.start())
            if label is not None and label.group("label") is None:
                label = None  # (a name before a comma opens a list as often as a note: `Schubert, Ave Maria (S) soprano`)
            glossed = _GLOSSED.search(text, max(line, m.start() - 40), m.end())  # ("vertroulik (C)", "MAT (SECRET)")
            if len(words) < 5 or len(after) < 2 or _COPYRIGHT.match(text, m.start()) is not None \
                    or (label is None and (glossed is None or glossed.end() != m.end())) \
                    or any(w.lower() in r.g.scope_english_ascii for w in (*words, *((label.group("label") or label.group("addressee")).split() if label else ()))) \
                    or (not m.group(0).startswith("(") and not any(c.islower() for c in text[line:hi])):
                continue  # (and a level word alone on a line in capitals: `SUBJECT: ... SECRET BALLOT REFORM`)
        yield m.group(0), m.start(), m.end(), lo, hi
    yield from _level_words(r, start, end)


def _level_words(r: Reading, start: int, end: int) -> Iterator[tuple[str, int, int, int, int]]:
    """Each level written in a note's own language (`unresolved_scope.untranslated.level_words`:
    "poufne", "ragasiyam", "məxfi", "機密") on a line of another language: (the level's marking
    as the rules name it, the line's start and end twice). Read in the original text, whose
    letters the view may have folded (a Cyrillic `секретно`); a line with an English word is the
    claims' to read, and only a labelled note counts (`Uwaga tłumacza: pozycja 4 -poufne-`): a level
    word in prose is no statement (`Hemlig omröstning begärdes`, a secret ballot)."""
    words = r.g.scope_level_words
    if words is None:
        return
    if not r.original_may_hold(words.compiled) and not r.original_may_hold(r.g.scope_sharing.compiled):
        return  # (no level word of a note's language and no rule against sharing in the text: most documents)
    view = r.view
    original = view.original
    o_start, o_end = (start, end) if view.identity else (view.to_original(start), view.to_original_end(end))
    sharing = r.g.scope_sharing.compiled
    if not r.original_part_may_hold(words.compiled, o_start, o_end) and not r.original_ways_may_hold(sharing, o_start, o_end):
        return  # (a level is only ever one of their matches: no anchor of either in the portion, none on a line of it)
    english, english_ascii = r.g.scope_english, r.g.scope_english_ascii
    read = [(e.start, e.end, e.kind == "foreign_stamp") if view.identity
            else (view.to_original(e.start), view.to_original_end(e.end), e.kind == "foreign_stamp")
            for e in r.evidence]  # (a stamp the reader read already: `VS-VERTRAULICH`; in the original)
    line = o_start
    while line < o_end:  # (line by line: only a labelled line with no English word is searched for the words;
        # a line ends at any line break the original uses: CR, NEL, U+2028, U+2029, round 111)
        breaks = _LINE_BREAK.search(original, line, o_end)
        line_end = o_end if breaks is None else breaks.start()
        if not r.original_part_may_hold(words.compiled, line, line_end) and \
                not r.original_ways_may_hold(sharing, line, line_end):
            line = line_end + 1 if breaks is None else breaks.end()
            continue  # (no anchor of a level word or a rule against sharing on the line: `_labelled_levels` finds none)
        for found in _labelled_levels(r, words, original, line, line_end, english, english_ascii, read):
            lo, hi = (line, line_end) if view.identity else (view.to_view(line), view.to_view(line_end))
            yield found, lo, hi, lo, hi
        line = line_end + 1 if breaks is None else breaks.end()
    for quotation in _QUOTATION_LINES.finditer(original, o_start, o_end):  # (a quoted note that wraps: fix146)
        lo, hi = quotation.start("note"), quotation.end("note")
        if words.compiled.search(original, lo, hi) is None:
            continue
        first, last = original.rfind("\n", 0, lo) + 1, original.find("\n", hi)
        last = o_end if last == -1 or last > o_end else last
        first = max(first, o_start)
        for found in _line_levels(r, words, original, lo, hi, english, english_ascii, read):
            v_lo, v_hi = (first, last) if view.identity else (view.to_view(first), view.to_view(last))
            yield found, v_lo, v_hi, v_lo, v_hi


def _labelled_levels(r: Reading, words: "LazyPattern", original: str, line: int, line_end: int,
                     english: frozenset[str], english_ascii: frozenset[str], read: list[tuple[int, int, bool]]) -> list[str]:
    """The levels a labelled line of another language states in its own words (`segreto/noforn`: two); else
    those of the note that follows the line's introduction ending in a colon, read as a line of its own: an
    English lead ("The union president wrote above his letter:") made such a note an English sentence, and it
    went unread (adv141-039). Only ever more levels: the whole line is read first."""
    levels = _line_levels(r, words, original, line, line_end, english, english_ascii, read)
    if levels:
        return levels
    for aside in _ASIDE.finditer(original, line, line_end):
        gloss = r.g.scope_untranslated.compiled.search(original, max(line, aside.start() - 40), aside.start())
        if gloss is not None and not original[gloss.end():aside.start()].strip():
            continue  # (a level in marking shape glossed in the note's language, "mục 3 là SBU (nhạy cảm nhưng không
            # mật)": the line's own claim, read with it, adv105-003)
        if (aside.start("note") > line or aside.end("note") < line_end) \
                and words.compiled.search(original, aside.start("note"), aside.end("note")) is not None:
            # (a note in parentheses inside a line of English, "... NEAR SENO. (wak sut thay men khwam lap)": read
            # as a line of its own, fixlang35; a note it reads must name text or forbid sharing, `stated_notes`)
            levels += _line_levels(r, words, original, aside.start("note"), aside.end("note"), english, english_ascii, read)
    for quotation in _QUOTATION.finditer(original, line, line_end):
        lead = original[line:quotation.start()].rstrip(" \t")
        if lead.endswith(":") and not lead.endswith("\":") and not original[quotation.end():line_end].strip(" \t."):
            continue  # (a quotation ending its line after a colon is `_QUOTED_NOTE`'s when whole, else a headline:
            # `Headline in Vremya today: "Sekret uspekha - sovershenno ne sekretno".`, adv138-059; a JSON value is read)
        if (quotation.start("note") > line + 1 or quotation.end("note") < line_end - 1) \
                and words.compiled.search(original, quotation.start("note"), quotation.end("note")) is not None:
            levels += _line_levels(r, words, original, quotation.start("note"), quotation.end("note"), english,
                                   english_ascii, read)
    if levels:
        return levels
    introduced = _INTRODUCED_NOTE.match(original, line, line_end)
    if introduced is None or words.compiled.search(original, introduced.start("note"), introduced.end("note")) is None \
            or original[introduced.start("note")] in "\"“”„«'‘" \
            or not any(w.group(0).lower() in english for w in _WORD.finditer(original, line, introduced.start("note"))):
        return levels  # (only an English lead: a lead in the note's own language was read with it; a quotation after
        # a colon is `_QUOTED_NOTE`'s when whole, else a headline, `Headline today: "Sekret uspekha - ne sekretno"`)
    return _labelled_levels(r, words, original, introduced.start("note"), introduced.end("note"), english, english_ascii, read)


def _line_levels(r: Reading, words: "LazyPattern", original: str, line: int, line_end: int,
                 english: frozenset[str], english_ascii: frozenset[str], read: list[tuple[int, int, bool]],
                 cell: bool = False) -> list[str]:
    """The levels a labelled line of another language states in its own words, the whole line read; in a table's
    row, each cell read as a line of its own (`cell`: a note of its own, as a chat's message is)."""
    if not cell and any(c in _CELL_SIGNS for c in original[line:line_end]):
        # (a note in a table's cell, `| 23 May | Ilir Dervishi | Siste avsnitt er hemmelig |`, or an HTML cell: the
        # row's markup made the whole line no note, and the paragraph it named was released, open35a)
        in_cells = [level for lo, hi in _cells(original, line, line_end)
                    if words.compiled.search(original, lo, hi) is not None
                    for level in _line_levels(r, words, original, lo, hi, english, english_ascii, read, cell=True)]
        if in_cells:
            return in_cells
        alone = _level_alone_in_a_cell(r, words, original, line, line_end)
        if alone:
            return alone
    reply = _REPLY_QUOTE.match(original, line, line_end)
    if reply is not None and reply.end() > line:
        line = reply.end()  # (a line of a message quoted in a reply, `> Chastyna pro Melnyka - taiemno`: its `>` is no markup, round 138)
    unclassified = _UNCLASSIFIED_MARK.match(original, line, line_end)
    if unclassified is not None:
        line = unclassified.end()  # (a note marked (U), `(U) Anm. (Lena): Näst sista stycket är hemligt.`: an
        # unclassified line's level word is no level of its own text but of the text it names, open35a)
    quoted = _QUOTED_NOTE.match(original, line, line_end)
    if quoted is not None and words.compiled.search(original, quoted.start("note"), quoted.end("note")) is not None:
        # (a note quoted whole after a colon: `His note, as sent: "... huling dalawang bullet ay kumpidensyal ..."`,
        # round 136; the note is the quotation, read as a line of its own that must name text by its place)
        return _labelled_levels(r, words, original, quoted.start("note"), quoted.end("note"), english, english_ascii, read)
    label = _LABEL.match(original, line, line_end)
    head = _CHAT_LINE.match(original, line, line_end) if label is None else None
    # (a chat's message is a note of its own after its time and sender, `09:15 gudrun: siðasta skilaboðin eru
    # trúnaðarmál`: the sender's colon ended the clause and the line's time and name made it no short note, open35a)
    stated = label is None and (states_level(r, words, original, line, line_end, apart=cell, cell=cell)
                                or head is not None and states_level(r, words, original, head.end(), line_end, apart=True))
    if label is None and not stated and not _points(r, words, original, line, line_end):
        return []  # (a level word in prose is no statement; a note that names text by its place is, labelled or not,
        # and so is a short note whose level word is its predicate, in any language: `stated_notes`, fixlang34)
    begin = label.end() if label is not None else head.end() if head is not None else line
    named = (label.group("label") or label.group("addressee")).split() if label is not None else []
    written = original[begin if head is not None else line:line_end].strip()  # (a chat line's time and sender: columns)
    if any(c in _SYNTAX and c != "=" for c in written) or "   " in written or _OWN_MARK.search(written) is not None:
        return []  # (markup, a table, columns; a marked line's level words are its text's)
    said = [w.group(0) for w in _WORD.finditer(original, line, line_end)]
    # the note's own words, after its label (a label may be a word English spells too: Turkish `Not (Emre B.):`);
    # in a note of eight words or more a one-letter word is no sign of English (Hausa's `a`)
    noted = [w.group(0) for w in _WORD.finditer(original, begin, line_end)]
    numbers = len(_NUMBER.findall(original, line, label.end())) if label is not None and label.group("label") else 0
    if _count(said) + numbers < 3:
        return []  # (a number in the label names text: `Paragraff 3: cyfrinachol` is a note of three words, open35a)
    # (the note's language is read from its own words first: a note of a language whose short words English spells
    # too is that language's, "Huom: lista on salainen", `_own_language`; else a word of English makes it English)
    if not _own_language(r, words, original, begin, line_end, english, english_ascii):
        if any(w.lower().replace("’", "'") in english for w in noted if len(w) > 1 or len(noted) < 8):
            return []  # (an English sentence: the claims read it, "a secreto meeting" or not)
        if all(w.isascii() for w in said) and any(
                w.lower() in english_ascii for w in (*(w for w in noted if len(w) > 1 or len(noted) < 8),
                                                     *named)):
            return []
    levels = []
    for m in words.compiled.finditer(original, begin, line_end):
        if _inside_quotes(original, m.start(), m.end(), line, line_end):
            continue  # (a headline or a title quoted: "Die geheimen Akten ...")
        if negated(r, original, m.start(), m.end(), line, line_end):
            continue  # ("lista ei ole salainen": not a level)
        stamp = next(((lo, hi, forward) for lo, hi, forward in read if lo <= m.start() < hi), None)
        if stamp is not None and not stated and not (stamp[2] and _WORD.search(original, begin, max(begin, stamp[0]))
                                                     and _WORD.search(original, min(stamp[1], line_end), line_end)):
            continue  # (a stamp the reader read, unless it is a foreign stamp, which raises only the text from it
            # on, with the note's own words on both sides of it: "Pozn. (Jana): údaje v bodě 3 ... je to DŮVĚRNÉ,
            # prosím nepřeposílat", round 111; a level in words raises every unmarked portion already; a note whose
            # predicate the stamp is names other text, "SIDASTA MALSGREININ ER TRUNADARMAL", fixlang34)
        levels.append(r.g.scope_level_names[next(name for name, found in m.groupdict().items() if found)])
    for m in r.g.scope_sharing.compiled.finditer(original, begin, line_end):
        if not _inside_quotes(original, m.start(), m.end(), line, line_end):
            levels.append("NOFORN")  # (a rule against sharing with foreigners: "외국인에게 공유하지 마세요", round 115)
    return levels


def _level_alone_in_a_cell(r: Reading, words: "LazyPattern", original: str, line: int, line_end: int) -> list[str]:
    """The levels a table row states in a cell of their own (`| 3 mar | azken paragrafoa | ez da | sekretua |`: a
    column of levels, review35a c05, open36c), when another cell of the row holds words: the row's claim about
    what it names, whatever its other cells deny (a "Public?" column's `ez da`, "not"). Fail closed: the reader
    cannot tell which text the row names, and the claim raises every portion it could mean."""
    cells = list(_cells(original, line, line_end))
    levels = []
    for lo, hi in cells:
        found = words.compiled.fullmatch(original, lo, hi)
        if found is not None and any(_WORD.search(original, c_lo, c_hi) for c_lo, c_hi in cells if (c_lo, c_hi) != (lo, hi)):
            levels.append(r.g.scope_level_names[next(name for name, value in found.groupdict().items() if value)])
    return levels


def _points(r: Reading, words: "LazyPattern", original: str, line: int, line_end: int) -> bool:
    """Whether the unlabelled line `line:line_end` of `original` is a short note that names text by its place
    in another language's words in the sentence of a level word ("Yuqoridagi qism maxfiy", "otra rindkopa ir
    slepena", "ඉහත ඡේදය රහසිගතයි", round 123: `unresolved_scope.places_abroad`, `back`, `ahead`; "eto sekretno --
    dva predydushchikh soobshcheniya", round 127), or by its topic (`unresolved_scope.topic_abroad`: "doan ve Cam Ranh la
    toi mat", under a label of five words, round 131)."""
    if not r.original_part_may_hold(words.compiled, line, line_end):
        return False  # (no word of a level's anchors on the line: most lines, one scan of the text per reading)
    if len(_WORD.findall(original, line, line_end)) > _NOTE_WORDS:
        return False
    level = words.compiled.search(original, line, line_end)
    if level is None:
        return False
    lo = max(line, *(original.rfind(c, line, level.start()) + 1 for c in _SENTENCE_STOPS if c != ":"))
    # (the place may follow the level in its sentence too: "eto sekretno -- dva predydushchikh soobshcheniya", round 127)
    stops = [e for e in (original.find(c, level.end(), line_end) for c in _SENTENCE_STOPS if c != ":") if e >= 0]
    hi = min(stops, default=line_end)
    # (searched in the sentence alone, without a gate: a gate scans the whole text for the anchors of each of
    # these many patterns, once per reading, which costs more than the search of one short sentence)
    return any(pattern.compiled.search(original, lo, hi) is not None
               for pattern in (r.g.scope_back, r.g.scope_ahead, r.g.scope_topic_abroad,
                               *(place for place, _, _ in r.g.scope_places_abroad)))


_NOTE_WORDS = 40  # (an unlabelled note: at most this many words on its line)


def _own_language(r: Reading, words: "LazyPattern", original: str, start: int, end: int,
                  english: frozenset[str], english_ascii: frozenset[str]) -> bool:
    """Whether the note in `start:end` is of one of the languages the rules hold the words of
    (`unresolved_scope.untranslated.note_languages`) whatever English spells too: a level word of it stands in
    the note, every word of the note that is a word of English (`english`, `english_in_ascii_notes`; a
    one-letter word of a note of eight words or more is none) is a word of it, and another word of it is no
    word of English ("Huom: lista on salainen": Finnish `on`, `lista`; not "a secreto meeting", whose `a` is
    the one other word of Spanish and English's too). When some English-looking words are not its, the
    note is still of it when none of them is a word only English uses (`english`) or a level's name and its
    own words outnumber them: the reader cannot tell, and a note read as foreign raises (fail closed)."""
    languages = r.g.scope_note_languages
    if not languages:
        return False
    noted = [(w.start(), w.group(0).casefold().replace("’", "'")) for w in _WORD.finditer(original, start, end)]
    if not any(w in vocabulary and w not in english_ascii for _, w in noted for vocabulary, _ in languages):
        return False  # (no word of a language of its own, before the level words' scan: most notes are English)
    levels = [(m.start(), m.end(), m.group(0).casefold()) for m in words.compiled.finditer(original, start, end)]
    if not levels:
        return False
    own = [w for at, w in noted if not any(lo <= at < hi for lo, hi, _ in levels)]  # (the words besides its levels)
    shared = {w for w in own if w in english_ascii and (len(w) > 1 or len(noted) < 8)}
    for vocabulary, level_words in languages:
        if not any(_spells(found, level) for _, _, found in levels for level in level_words):
            continue
        its_own = {w for w in own if w in vocabulary and w not in english_ascii}
        unexplained = shared - vocabulary
        if its_own and (not unexplained or (not unexplained & english and not unexplained & _level_names(r)
                                             and len(its_own) > len(unexplained))):
            return True  # (and when the reader cannot tell, fail closed: more words of its own than words English
            # spells and it does not, none of them a word only English uses nor a level's name, "Huom: koko lista on
            # salainen, ks. item 4"; a level named in English, "Liite 2 on SALAINEN (SECRET)", is the claims' to read)
    return False


def _level_names(r: Reading) -> frozenset[str]:
    """The words of the levels' names in lower case (`secret`, `top`, `confidential`)."""
    return frozenset(w.lower() for level in r.g.vocabulary.levels for w in level.name.split())


def _spells(found: str, level: str) -> bool:
    """Whether the level word `found` (in lower case) is `level` (with up to three more letters: `level_words`)."""
    return found.startswith(level) and len(found) - len(level) <= 3


def _count(words: list[str]) -> int:
    """How many words `words` are: a run of a script written without spaces (Thai, Japanese, Chinese)
    counts one word for every two of its letters ("上の段落は外国人に共有しないでください" is a sentence, round 115)."""
    return sum(max(1, len(w) // 2) if _UNSPACED.search(w) else 1 for w in words)


_UNSPACED = compile_pattern("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def negated(r: Reading, text: str, start: int, end: int, line: int, line_end: int) -> bool:
    """Whether the level word at `start:end` of `text` is negated by the words right before or after it on
    its line (`unresolved_scope.untranslated.negation_before`/`_after`: "lista ei ole salainen", "daftar ini
    tidak rahasia", "gizli değil"), and no other level word stands on its line ("no es secreto sino
    confidencial": fail closed)."""
    if r.g.scope_negation_before.compiled.search(text, max(line, start - 30), start) is None \
            and r.g.scope_negation_after.compiled.match(text, end, min(line_end, end + 20)) is None:
        return False
    words = r.g.scope_level_words
    return words is None or not any(m.end() <= start or m.start() >= end for m in words.compiled.finditer(text, line, line_end))


def _inside_quotes(text: str, start: int, end: int, line: int, line_end: int) -> bool:
    """Whether `start:end` stands inside a quotation of more words on its line `line:line_end` (a
    title, a headline); a level alone between quotation marks (`es «confidencial»`) is the note's own word, and so
    is a quotation that is the whole line: the note quoted, `"Verjin paragrafy gaghtni e, ..."` (round 138)."""
    for opening, closing in (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("「", "」")):
        lo = text.rfind(opening, line, start)
        hi = text.find(closing, end, line_end)
        if lo < 0 or hi < 0 or (opening == closing and text.count(opening, line, start) % 2 == 0):
            continue
        before = text[line:lo].strip(" \t>")
        if (not before or before.endswith(":")) and not text[hi + 1:line_end].strip(" \t.!?;,។"):
            continue  # (the line is the quotation, or a label and the quotation: the note itself, not a title in
            # it: `Poznámka: „Druhý odstavec je tajný.“`, review33b; an opening „ closed by a plain " is no pair
            # here: it made such labelled notes titles, and their words went unread)
        if _WORD.search(text[lo + 1:start]) or _WORD.search(text[end:hi]):
            return True
    return False
