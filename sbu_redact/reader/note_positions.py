"""Notes in another language that name parts by a RELATIVE place, by several numbers (fix44c, issue 8), with a negation (fix45b) or an exception (fix45g).

"Catatan: paragraf sebelumnya dan berikutnya adalah rahasia" (the previous and the next), "toiseksi viimeinen
kappale on salainen" (second to last), "isigaba esingaphambi kwesokugcina" (the one before the last), "пасуси 2 и 3
су тајни", "[1] Qaphela: izigaba 2 no-3 ziyimfihlo": the exact readers (`scope_exact.py`) placed one of the parts
such a note names, or none, and the others went out. A claim's sentence that names parts in the words of
rules/note_words.yaml (a part word or an ordinal) and places them by a `positions` word of that file (previous,
next, following, above, below, last but one, except) or by more than one number is read as a note whose parts
cannot be read exactly: `scope.py` raises every portion it could mean (fail closed). It only raises.

fix45g: a claim's sentence in any language that holds a word of rules/note_words.yaml `exceptions`, which except or
negate a part it names ("第1段落以外のすべての段落" all paragraphs but the first, "כל הפסקאות מלבד הראשונה והאחרונה",
"প্রথম অনুচ্ছেদ নয়, দ্বিতীয় ও তৃতীয়" not the first but the second and third), places its parts unsurely too, with
or without the part words of that file: an exact reader placed the part excepted (the first) and the others went out.
"""
from __future__ import annotations

from ..lazyre import compile_pattern
from .state import Reading

# a number of a part: digits (not a footnote's `[1]` nor a decimal) or a roman numeral of two letters or more
_NUMBER = compile_pattern(r"(?<![\w.\[¹²³])(?:\d{1,3}|[IVX]{2,4})(?![\w\]])")


def names_parts_abroad(r: Reading, lo: int, hi: int, text: str | None = None) -> bool:
    """Whether the sentence `lo:hi` of `text` (the reading's) holds a part word or an ordinal of rules/note_words.yaml
    that is no English word: the words are read where a word starts with up to three more letters, so "quarter",
    "trial" and "point" would read as Catalan `quart`, Esperanto `tria` and Indonesian `poin` (review44c: English
    notes with two dates then raised every portion)."""
    text = r.text if text is None else text
    english = r.g.unreadable_english
    return any(words is not None and any(m.group(0).casefold() not in english
                                         for m in words.compiled.finditer(text, lo, hi))
               for words in (r.g.scope_note_parts, r.g.scope_note_ordinals))


def places_unsure(r: Reading, lo: int, hi: int, text: str | None = None) -> bool:
    """Whether the sentence `lo:hi` names parts in the words of rules/note_words.yaml and places them relative to
    the note or the end (`positions`), or by more than one number: parts the reader does not place exactly."""
    text = r.text if text is None else text
    if excepts_parts(r, lo, hi, text):
        return True
    from .negated_part_notes import places_negated_parts
    if places_negated_parts(r, lo, hi, text):  # (fix45j: an English note naming parts by position, a level negated)
        return True
    if not names_parts_abroad(r, lo, hi, text):
        return False
    positions = r.g.scope_note_positions
    if positions is not None and positions.compiled.search(text, lo, hi) is not None:
        return True
    if negates_a_level(r, lo, hi, text):
        return True
    return len(_NUMBER.findall(text, lo, hi)) >= 2


def negates_a_level(r: Reading, lo: int, hi: int, text: str) -> bool:
    """Whether a level word of the sentence `lo:hi` is negated (`unresolved_scope.untranslated.negation_before` /
    `_after`): "pirmā rindkopa nav slepena, otrā ir slepena" (the first is not secret, the second is). Which part
    the negation spares is read by no exact reader, and a negation must never lower anything: such a note places
    its parts unsurely, so every part it could mean is raised (fix45b)."""
    words, before, after = r.g.scope_claim_level_words, r.g.scope_negation_before, r.g.scope_negation_after
    if words is None:
        return False
    for m in words.compiled.finditer(text, lo, hi):
        if before.compiled.search(text, max(lo, m.start() - 30), m.start()) is not None \
                or after.compiled.match(text, m.end(), min(hi, m.end() + 20)) is not None:
            return True
    # a negated portion mark: "drugi jest tajny (S), nie (U)", "druhý je důvěrný (C), ne (U)" (round 180's 022/023:
    # the note placed exactly on the wrong paragraph); `ne` alone is read here only, before a mark (as a claim
    # reader's negation it would cancel claims)
    for m in _MARK.finditer(text, lo, hi):
        if before.compiled.search(text, max(lo, m.start() - 30), m.start()) is not None \
                or _NE_BEFORE.search(text, max(lo, m.start() - 6), m.start()) is not None:
            return True
    return False


_MARK = compile_pattern(r"\((?:U|C|S|TS|SBU|CUI|FOUO)(?://?[A-Z ,]{1,20})?\)")
_NE_BEFORE = compile_pattern(r"(?i:(?<![^\W\d_])(?:ne|not)[ \t]+$)")


def excepts_parts(r: Reading, lo: int, hi: int, text: str) -> bool:
    """Whether the sentence `lo:hi` of `text` (a claim's) holds a word of rules/note_words.yaml `exceptions` ("以外",
    "מלבד", "ছাড়া", "нүүр бусад"): which part it spares no exact reader reads, and an exception must never lower
    anything, so every part the note could mean is raised (fix45g)."""
    words = r.g.scope_note_exceptions
    return words is not None and words.compiled.search(text, lo, hi) is not None
