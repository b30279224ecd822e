"""PERSON: the surname after a name found in lower-case prose (names33).

In a note typed without capitals (`spoke to judith bloom and her son`, `otieno ouma was held`),
a name found in lower case is often only its given names: the word after it, or after its
nickname in quotes (`grigore "grisha" munteanu`), is its surname when English hardly uses it
(`names.rare_below_zipf`), or when it is a known surname that English uses little
(`names.caps_continue_below_zipf`: `bloom`, not `said`, `told` or `was`). Only on a line that
is lower-case prose (`Lexicon.on_lower_case_line`), where no capital says where a name ends. (fixnames47) A
known surname English uses more is taken before a clause's end (`and biddy ward.`)."""
from __future__ import annotations

import re

from .finding import Finding
from .lexicon import Lexicon

LOWER_CASE_SURNAME = "LowerCaseSurname"
# the word after a name, on its line, after the name's nickname in quotes if any
_NEXT_LOWER_WORD = re.compile(r"(?:[ \t]+[\"\u201c][^\"\u201c\u201d\n]{1,24}[\"\u201d])?[ \t]+(?P<word>[a-z][a-z'\u2019\-]*[a-z])(?![\w\-])")


def lower_case_surnames(lexicon: Lexicon, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
    """PERSON findings over a lower-case name found and the surname after it (the module's docstring)."""
    out = []
    for f in findings:
        if f.entity_type != "PERSON" or not text[f.start:f.end].islower():
            continue
        m = _NEXT_LOWER_WORD.match(text, f.end)
        if m is None or not any(a <= f.start and m.end() <= b for a, b in spans) \
                or not (_surname(lexicon, m.group("word")) or _closing_word_surname(lexicon, text, m)) \
                or not lexicon.on_lower_case_line(text, f.start):
            continue
        out.append(Finding("PERSON", f.start, m.end(), f.score, LOWER_CASE_SURNAME,
                           "a surname after a name found in lower-case prose"))
    return out


def _surname(lexicon: Lexicon, word: str) -> bool:
    """Whether a lower-case word after a name is its surname: three letters or more, no stop,
    title, marking, people's or place word, and English hardly uses it or it is a known surname
    English uses little."""
    upper = word.upper()
    if len(word) < 3 or upper in lexicon.stop_words or upper in lexicon.title_words or lexicon.never_a_name(word) \
            or word.lower() in lexicon.kin_titles or lexicon.is_people(word) or lexicon.is_place(word.capitalize()) or lexicon.function_word(word):
        return False  # (fixnames48b: mama lusi sudah tahu)
    names = lexicon.settings.names
    return not lexicon.is_common(word, names.rare_below_zipf) \
        or lexicon.is_surname(word.capitalize()) and not lexicon.is_common(word, names.caps_continue_below_zipf)


def _closing_word_surname(lexicon: Lexicon, text: str, m: re.Match[str]) -> bool:
    """(fixnames47) A known surname that English uses as a word (`ward`, `west`), after a given name found and
    before a clause's end (`and biddy ward.`): no stop word, never above `names.slot_max_zipf` of
    `lower_case_name` (the words English uses most: `will`, `long`)."""
    word = m.group("word")
    spec = lexicon.settings.recognizers.get("lower_case_name") or {}
    max_zipf = spec.get("slot_max_zipf") if isinstance(spec, dict) else None
    if not max_zipf or len(word) < 3 or "-" in word or word.upper() in lexicon.stop_words \
            or word.upper() in lexicon.title_words or lexicon.never_a_name(word) or lexicon.is_people(word) \
            or lexicon.is_place(word.capitalize()) or not lexicon.is_surname(word.capitalize()) or lexicon.is_common(word, max_zipf) \
            or lexicon.function_word(word):
        return False
    return re.match(r"[ \t]*(?:[.,;:!?)]|\n|\Z)", text[m.end():m.end() + 3]) is not None
