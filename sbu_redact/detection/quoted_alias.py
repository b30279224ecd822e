"""PERSON: a nickname in quotes taken whole once a name was found in it or as it (names33).

Two forms, both read from the quotes' layout and the lexicon's word lists:

- a name found inside a short nickname in quotes whose other words are titles, particles, kin
  nouns, initials or words written as names: the whole nickname is the alias (`"MR. DUDLEY"`,
  `"COLONEL PATRICE"`, `"La Negra Karina"`, `"uncle Tony"`, `"NAREEN S."`): the title and the
  other words of a nickname identify the person as much as the name inside it does;
- a nickname in quotes found as a name, then a surname right after the closing quote in the
  nickname's case (`"Mice" Mohammed`, `"TIGRE" MBALA`): a known given name or surname, or a
  word English hardly uses, and no English word in use; not when the quotes close a sentence
  (`"JAIMITO." ARBOLEDA'S`).

A quotation is not a nickname: a lower-case word that is no particle or kin noun, a stop word,
a digit, a marking or an organisation's word anywhere in the quotes leaves them alone."""
from __future__ import annotations

import re
from bisect import bisect_right

from .finding import Finding
from .lexicon import Lexicon, strip_possessive

QUOTED_ALIAS = "QuotedAlias"
# a pair of double quotes around one to four words, over at most one line end
_QUOTED = re.compile(r"(?<![\w\"\u201c\u201d])[\"\u201c](?P<inner>[^\"\u201c\u201d\n]{1,40}(?:\n[^\"\u201c\u201d\n]{1,40})?)[\"\u201d]")
_WORD = re.compile(r"[^\W\d_][\w.'\u2019\-]*")
_AFTER_QUOTE = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'\u2019\-]*[^\W\d_])(?![\w\-])")


def quoted_aliases(lexicon: Lexicon, findings: list[Finding], text: str, spans: list[tuple[int, int]],
                   kin_nouns: frozenset[str]) -> list[Finding]:
    """PERSON findings over the whole of nicknames in quotes that a name found lies in, and over
    the surname after a nickname found (the module's docstring)."""
    if '"' not in text and "\u201c" not in text:
        return []
    names = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
    if not names:
        return []
    span_starts = [s for s, _ in spans]
    score = lexicon.settings.mentions.score
    out = []
    for m in _QUOTED.finditer(text):
        start, end = m.span("inner")
        i = bisect_right(span_starts, start)
        if not i or end > spans[i - 1][1]:
            continue  # the quotes cross a portion's end
        words = list(_WORD.finditer(text, start, end))
        if not 1 <= len(words) <= 4 or text[start:end].strip(" \t\n.,") != text[words[0].start():words[-1].end()].strip(".,"):
            continue  # something other than words (a digit, a dash between spaces, a colon)
        inside = [(a, b) for a, b in names if a < end and start < b]
        if not inside or any(a < start or b > end for a, b in inside):
            continue  # no name in the quotes, or a name that runs over them (Margaret "Peggy" Doe)
        if "," in text[start:end].rstrip(" \t,"):
            continue  # "K. Rao, Director": a signature's parts, not one nickname
        uncovered = [w for w in words if not all(any(a <= k < b for a, b in inside)
                                                 for k in range(w.start(), w.end()) if text[k].isalnum())]
        alias_end = words[-1].start() + len(words[-1].group().rstrip(".,"))
        if uncovered:
            if all(_alias_word(lexicon, w.group(), kin_nouns, first=w is words[0]) for w in uncovered) \
                    and not any(strip_possessive(w.group().strip(".,")).upper() in lexicon.organization_words for w in words):
                out.append(Finding("PERSON", words[0].start(), alias_end, score, QUOTED_ALIAS,
                                   "a nickname in quotes with a name found inside it"))
            continue
        if text[start:end].rstrip(" \t")[-1:] in ".,!?;:":
            continue  # "JAIMITO." ARBOLEDA: the quotation's sentence ended inside the quotes
        after = _AFTER_QUOTE.match(text, m.end())
        if after is not None and after.end() <= spans[i - 1][1] and _surname_after(lexicon, after.group("word"), text[start:end]):
            out.append(Finding("PERSON", m.start(), after.end(), score, QUOTED_ALIAS,
                               "a surname after a nickname in quotes found as a name"))
    return out


def _alias_word(lexicon: Lexicon, written: str, kin_nouns: frozenset[str], first: bool) -> bool:
    """Whether a word of a nickname in quotes, next to a name found there, belongs to the
    nickname: a title, a particle, a kin noun opening it, an initial, or a word written as a
    name that is no stop word, marking, acronym, place, English word in use (`"Free Aziz"`) or
    kin noun after the name (`"Doe's cousin"` is a description)."""
    word = strip_possessive(written.strip(",")).rstrip(".")
    if not word:
        return False
    upper = word.upper()
    if word.lower() in kin_nouns:
        return first  # uncle Tony, not NAQIB'S NEPHEW
    if upper in lexicon.title_words or upper in lexicon.one_word_titles or upper in lexicon.abbreviated_particles:
        return True  # MR., COLONEL, SHEIKH, PG.
    if word.lower() in lexicon.particles or word in lexicon.lower_case_particles:
        return True  # La Negra, de Vos
    if len(word) == 1:
        return word.isupper()  # NAREEN S.
    if lexicon.is_common(word, lexicon.settings.names.caps_continue_below_zipf) \
            and not (lexicon.is_given_name(word) or lexicon.is_surname(word)):
        return False  # "Free Aziz": a slogan's verb; "Stop Kony Now"
    return word[0].isupper() and upper not in lexicon.stop_words and upper not in lexicon.keep_upper \
        and not lexicon.never_a_name(word) and not lexicon.is_place(word)


def _surname_after(lexicon: Lexicon, word: str, nick: str) -> bool:
    """Whether the word after a nickname in quotes found as a name is its surname: written in the
    nickname's case as a name, no stop, title, marking, organisation's or people's word, a known
    name or a word English hardly uses, and no word in use (not `"TIGRE" SAID`)."""
    if len(word) < 3 or word.isupper() != nick.isupper() or not (word.isupper() or word[1:].islower()):
        return False
    upper = word.upper()
    if upper in lexicon.stop_words or upper in lexicon.title_words or upper in lexicon.keep_upper \
            or upper in lexicon.organization_words or lexicon.never_a_name(word) or lexicon.is_people(word) \
            or lexicon.is_place(word) and not lexicon.is_surname(word):
        return False
    names = lexicon.settings.names
    return (lexicon.is_given_name(word) or lexicon.is_surname(word) or not lexicon.is_common(word, names.rare_below_zipf)) \
        and not lexicon.is_common(word, names.caps_continue_below_zipf)
