"""PERSON: a word of a name found, written again in lower case (fixnames34).

Notes typed in haste write a name found earlier in lower case (`Brandt lives at Hadsundvej 31 ...
brandt has asked us not to call`, `Ortiz-Lagos thinks mirta is a false name`); the mention
propagation matches a name as it was written, and the lower-case readers read only lines that are
lower-case prose. A word of a PERSON finding of four letters or more, written as a name, is taken
in lower case elsewhere in the same portion when English uses it little
(`mentions.lower_case_max_zipf`: `brandt`, `mirta`, not `sun`, `fan`, `rose`) and it is no stop,
title, marking, place or people's word; not after a determiner (`"Sparrow" ... A sparrow landed`)."""
from __future__ import annotations

import re
from bisect import bisect_right

from .finding import Finding
from .lexicon import Lexicon, strip_possessive

LOWER_CASE_MENTION = "LowerCaseMention"
_NAME_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])([A-Za-z]+)[ \t]+\Z")


def lower_case_mentions(lexicon: Lexicon, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
    """PERSON findings over lower-case mentions of the words of names found (the module's docstring)."""
    words = set()
    for f in findings:
        if f.entity_type != "PERSON":
            continue
        for m in _NAME_WORD.finditer(text, f.start, f.end):
            word = strip_possessive(m.group())
            if len(word) > 3 and word[0].isupper() and not word.isupper() and _name_word(lexicon, word):
                words.add(word.lower())
    if not words:
        return []
    taken = sorted((f.start, f.end) for f in findings)
    span_starts = [s for s, _ in spans]
    pattern = re.compile(r"(?<![\w@./\-'\u2019])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r")(?:['\u2019]s)?(?![\w@\-]|\.\w)")
    score = lexicon.settings.mentions.score
    out = []
    for m in pattern.finditer(text):
        i = bisect_right(span_starts, m.start())
        if not i or m.end() > spans[i - 1][1]:
            continue  # outside a portion, or across its end
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).lower() in lexicon.determiners:
            continue  # (a sparrow, the hawthorne: a determiner before it makes the word a noun)
        j = bisect_right(taken, (m.start(), len(text)))
        if j and taken[j - 1][1] > m.start() or j < len(taken) and taken[j][0] < m.end():
            continue  # found already
        out.append(Finding("PERSON", m.start(), m.end(), score, LOWER_CASE_MENTION,
                           "a word of a name found, written again in lower case"))
    return out


def _name_word(lexicon: Lexicon, word: str) -> bool:
    upper = word.upper()
    return upper not in lexicon.stop_words and upper not in lexicon.title_words and upper not in lexicon.keep_upper \
        and not lexicon.never_a_name(word) and not lexicon.is_place(word) and not lexicon.is_people(word) \
        and word.lower() not in lexicon.person_nouns \
        and not lexicon.is_common(word.lower(), lexicon.settings.mentions.lower_case_max_zipf)
