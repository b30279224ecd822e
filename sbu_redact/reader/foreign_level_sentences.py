"""Sentences of another language that name text and say it is at a level (fix40c, issue 8).

A note in a regional language ("Dat tweete Afsnitt is geheem un nich för Frömde", "Il secont paragraf al è segret",
"(U) L secundo paragraf ie secret y no va dat a foresć", "le point 2 est a traiter comme Tres Secret") stood as the
second sentence of an English portion, after a `(U)` on the line of one, or with no sentence end: none of the
note shapes of `untranslated.py` (a labelled line, a short line of its own whose level word is its predicate) nor
of `unreadable_notes.py` (a line of its own in Latin letters) held it, and the paragraph it named went out.

Read by its WORDS, not its shape: a sentence (cut at sentence ends, at a portion mark and at a colon) of at most
`_MOST_WORDS` words that holds a level word of another language (`untranslated.level_words` and `claim_level_words`), not
negated nor quoted nor a stamp the reader read, and a word that names text (`refers_abroad`, or `refers` before a
number), and most of whose other words are no English (`unreadable_english`), is a claim about the text it names:
`scope.py` places it or raises every portion it could mean (fail closed). It only adds claims to those the other
readings make.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lazyre import compile_pattern
from .state import Reading

if TYPE_CHECKING:
    from ..markings import LazyPattern

# where a sentence of a note ends: a sentence end before a space or the line's end, a colon, a portion mark, a dash
_CUT = compile_pattern(r"[.!?;。！？；](?=\s|$)|[:：](?=\s)|\((?:U|C|S|TS|SBU|CUI|LES|FOUO|NF)(?://[A-Z /,-]{1,40})?\)"
                       r"|[ \t](?:--|—|–)[ \t]|\n")
_WORD = compile_pattern(r"[^\W\d_][^\W_]*(?:['’][^\W_]+)*")
# (fix47c) the same cuts but for a dot after a number, an ordinal in Basque, Hungarian, German or the Slavic
# languages ("2. eta 3. paragrafoak sailkatuak dira"): the sentence read whole as well, for more claims only
_CUT_PAST_ORDINALS = compile_pattern(r"(?<!\d)\.(?=\s|$)|[!?;。！？；](?=\s|$)|[:：](?=\s)"
                                     r"|\((?:U|C|S|TS|SBU|CUI|LES|FOUO|NF)(?://[A-Z /,-]{1,40})?\)|[ \t](?:--|—|–)[ \t]|\n")
# (fix47c) a clitic article written onto its noun with a hyphen (Maltese `it-tieni`, `il-paragrafu`, Arabic `al-`):
# no word of English, whatever English spells alike ("it")
_CLITIC = compile_pattern(r"[^\W\d_]{1,3}-(?=[^\W\d_])")
# (fix45g) the scripts written with no space between words (Japanese, Chinese, Thai, Lao, Burmese, Khmer): a
# sentence of them is one `_WORD`; and those of India, whose vowel signs `_WORD` reads as no letters, cut in pieces
# (`প্রথম` is three): counted a second time with every two letters of the first as a word, the second's signs in
# their words
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff"
_INDIC = "\u0900-\u0dff"
_COUNTED_AGAIN = compile_pattern(f"[{_UNSPACED}{_INDIC}]")
_SYLLABLE_OR_WORD = compile_pattern(f"[{_UNSPACED}]{{1,2}}|(?:[^\\W\\d_{_UNSPACED}]|[{_INDIC}])(?:[^\\W_{_UNSPACED}]|[{_INDIC}])*"
                                    f"(?:['’][^\\W_{_UNSPACED}]+)*")
_NUMBER_AFTER = compile_pattern(r"[ \t]*(?:n[°o.][ \t]*)?\d")
_NUMBER_BEFORE = compile_pattern(r"(?<![\w.,])\d{1,3}\.?[ \t]*$")  # (fix48c: `2. paragrafoa`, a part's number before it)
_MOST_WORDS = 30  # (a note's sentence; a paragraph's sentence of prose in that language is longer or names nothing)
_LEAST_WORDS = 4


def foreign_level_sentences(r: Reading, start: int, end: int) -> Iterator[tuple[str, int, int, int, int]]:
    """Each sentence of `start:end` of another language that names text and states a level of `level_words`: (the
    level's marking, the sentence's start and end twice), in the reading's text."""
    words = r.g.scope_claim_level_words  # (the note readers' words and fix40c's: rules `claim_level_words`)
    if words is None or not r.original_may_hold(words.compiled):
        return
    view = r.view
    original = view.original
    o_start, o_end = (start, end) if view.identity else (view.to_original(start), view.to_original_end(end))
    if not r.original_part_may_hold(words.compiled, o_start, o_end):
        return
    stamps = [(e.start, e.end) if view.identity else (view.to_original(e.start), view.to_original_end(e.end))
              for e in r.evidence]
    said: set[tuple[str, int, int]] = set()
    for cuts in (_CUT, _CUT_PAST_ORDINALS):
        if cuts is _CUT_PAST_ORDINALS and _ORDINAL_DOT.search(original, o_start, o_end) is None:
            break  # (no dot after a number: the same sentences again)
        at = o_start
        for cut in (*cuts.finditer(original, o_start, o_end), None):
            lo, hi = at, (o_end if cut is None else cut.start())
            at = o_end if cut is None else cut.end()
            if hi - lo < 8:
                continue
            levels = _levels_of(r, words, original, lo, hi, stamps)
            if not levels and _COUNTED_AGAIN.search(original, lo, hi) is not None:
                # (fix45g: main's count first, then the unspaced scripts' letters two to a word: only more claims)
                levels = _levels_of(r, words, original, lo, hi, stamps, _SYLLABLE_OR_WORD)
            for level in levels:
                if (level, lo, hi) in said:
                    continue
                said.add((level, lo, hi))
                v_lo, v_hi = (lo, hi) if view.identity else (view.to_view(lo), view.to_view(hi))
                yield level, v_lo, v_hi, v_lo, v_hi


_ORDINAL_DOT = compile_pattern(r"\d\.(?=\s)")


def _levels_of(r: Reading, words: "LazyPattern", original: str, lo: int, hi: int,
               stamps: list[tuple[int, int]], word: "re.Pattern[str] | None" = None) -> list[str]:
    """The levels the sentence `lo:hi` of `original` states, when it is a note of another language that names text."""
    from .untranslated import _inside_quotes, negated

    # (fix45g: a bar on foreigners is itself said with a negation, "공개하지 마십시오", "אינן מיועדות לעיני זרים", "দেখানো
    # যাবে না": a NOFORN word is read negated or not; that only adds a control)
    found = [m for m in words.compiled.finditer(original, lo, hi)
             if (_names_a_bar(r, m) or not negated(r, original, m.start(), m.end(), lo, hi))
             and not _inside_quotes(original, m.start(), m.end(), lo, hi)
             and not any(s <= m.start() < e for s, e in stamps) and not _glosses_a_mark(r, original, lo, m.start())]
    if not found:
        return []
    # (English's words that name text only with a number after them, `le point 2`: English `para` is Spanish's
    # and Portuguese's `for`, "una mesa reservada ... para las 13:00", adv164-068)
    names = [*r.g.scope_refers_abroad.compiled.finditer(original, lo, hi),
             *(m for m in r.g.scope_refers.compiled.finditer(original, lo, hi)
               if _NUMBER_AFTER.match(original, m.end(), hi) is not None)]
    said = [w for w in (word or _WORD).finditer(original, lo, hi)]
    if not names:
        names = _note_words_naming(r, original, lo, hi, found, said)
    if not names:
        return []
    # (fix44c: a part named in the words of rules/note_words.yaml and placed by a relative place or several numbers,
    # "izigaba 2 no-3 ziyimfihlo": its numbers are no words, and its level and part words are no English)
    from .note_positions import places_unsure
    unsure = places_unsure(r, lo, hi, original)
    # (fix44h: a note of fewer words, each of them a level, part or ordinal word of rules/note_words.yaml and none
    # English, "isigaba sesithathu siyimfihlo" (Zulu, three words), is a note all the same)
    unsure = unsure or _only_note_words(r, original, lo, hi, found, said)
    # (fix48c: a part named by its number, "2. paragrafoa isilpekoa da" after an English sentence in a (U) paragraph:
    # the number is the note's word too, so a short note of its own words is a note all the same; only more claims)
    # (a part word of English, `page 2`, is no note's: an OCR'd page footer `--- page 2 --- SEGRET` stays as main read it)
    numbered = any((_NUMBER_BEFORE.search(original, max(lo, n.start() - 8), n.start()) is not None
                    or _NUMBER_AFTER.match(original, n.end(), hi) is not None)
                   and n.group(0).casefold() not in r.g.unreadable_english for n in names)
    if not (2 if unsure or numbered else _LEAST_WORDS) <= len(said) <= _MOST_WORDS:
        return []
    taken = [(m.start(), m.end()) for m in (*found, *names)]
    other = [w.group(0).lower().replace("’", "'") for w in said if not any(s <= w.start() < e for s, e in taken)]
    # (fix41d: a sentence holding a part word or an ordinal of rules/note_words.yaml, none of them English, is English
    # only by English's own words, `untranslated.english` (the, and, this, should): the words English shares with the
    # note's language, Luxembourgish `an`, `ass`, Frisian `is`, Catalan `i`, `no`, `per`, made such notes English)
    english = r.g.scope_english if _holds_note_words(r, original, lo, hi) else r.g.unreadable_english
    # (fix47c: a clitic article's word is counted, as no English: `it-tieni`'s `it`)
    clitics = sum(1 for w in said if not any(s <= w.start() < e for s, e in taken)
                  and _CLITIC.match(original, w.start()) is not None and w.group(0).lower() in english)
    if not unsure and (len(other) < (1 if numbered else 2) or (sum(w in english for w in other) - clitics) * 3 >= len(other)):
        return []  # (an English sentence: the claims read it)
    return list(dict.fromkeys(r.g.scope_level_names[next(name for name, value in m.groupdict().items() if value)]
                              for m in found))


def _only_note_words(r: Reading, original: str, lo: int, hi: int, found: list["re.Match[str]"],
                     said: list["re.Match[str]"]) -> bool:
    """Whether every word of the sentence `lo:hi` (two at least) is a level word found or a part word or an ordinal
    of rules/note_words.yaml, none of them an English word (fix44h, review44c c24)."""
    if len(said) < 2:
        return False
    english = r.g.unreadable_english
    spans = [(m.start(), m.end()) for m in found]
    for words in (r.g.scope_note_parts, r.g.scope_note_ordinals):
        if words is not None:
            spans.extend((m.start(), m.end()) for m in words.compiled.finditer(original, lo, hi))
    return all(w.group(0).casefold() not in english and any(s <= w.start() < e for s, e in spans) for w in said)


def _holds_note_words(r: Reading, original: str, lo: int, hi: int) -> bool:
    """Whether the sentence `lo:hi` holds a part word or an ordinal of rules/note_words.yaml."""
    return any(p is not None and p.compiled.search(original, lo, hi) is not None
               for p in (r.g.scope_note_parts, r.g.scope_note_ordinals))


def _note_words_naming(r: Reading, original: str, lo: int, hi: int, found: list["re.Match[str]"],
                       said: list["re.Match[str]"]) -> list["re.Match[str]"]:
    """The words of rules/note_words.yaml in the sentence `lo:hi` that name a part of the text (fix41d): a part word
    (`wotstawk`, `messajo`, `rannbennad`), or an ordinal or `last` (`druhi`, `eil`, `diwezhañ`) next to a word that
    is no English and no level word, the part it places in words no list holds."""
    parts, ordinals = r.g.scope_note_parts, r.g.scope_note_ordinals
    names = [] if parts is None else list(parts.compiled.finditer(original, lo, hi))
    if names or ordinals is None:
        return names
    english = r.g.unreadable_english
    levels = [(m.start(), m.end()) for m in found]
    for m in ordinals.compiled.finditer(original, lo, hi):
        k = next((i for i, w in enumerate(said) if w.start() <= m.start() < w.end()), None)  # (`D'zweit`: one word)
        if k is None:
            continue
        beside = [said[i] for i in (k - 1, k + 1) if 0 <= i < len(said)]
        if any(len(w.group(0)) > 2 and w.group(0).casefold() not in english and w.end() <= hi
               and not any(s <= w.start() < e for s, e in levels) for w in beside):
            names.append(m)
    return names


def _glosses_a_mark(r: Reading, original: str, lo: int, at: int) -> bool:
    """Whether the level word at `at` stands in parentheses right after a level in marking shape, which it glosses in
    the note's language: "mục 3 là SBU (nhạy cảm nhưng không mật)" states SBU, not SECRET (adv105-003)."""
    opening = original.rfind("(", lo, at)
    if opening < 0 or ")" in original[opening:at]:
        return False
    gloss = r.g.scope_untranslated.compiled.search(original, max(lo, opening - 40), opening)
    return gloss is not None and not original[gloss.end():opening].strip()


def _names_a_bar(r: Reading, m: "re.Match[str]") -> bool:
    """Whether the level word `m` of `scope_claim_level_words` is one of NOFORN (a bar on foreigners, fix45g)."""
    return any(value and r.g.scope_level_names.get(name) == "NOFORN" for name, value in m.groupdict().items())
