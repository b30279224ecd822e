"""PERSON: a word of a name found, written again in lower case (fixnames34).

Notes typed in haste write a name found earlier in lower case (`Brandt lives at Hadsundvej 31 ...
brandt has asked us not to call`, `Ortiz-Lagos thinks mirta is a false name`); the mention
propagation matches a name as it was written, and the lower-case readers read only lines that are
lower-case prose. A word of a PERSON finding of four letters or more, written as a name, is taken
in lower case elsewhere in the same portion when English uses it little
(`mentions.lower_case_max_zipf`: `brandt`, `mirta`, not `sun`, `fan`, `rose`) and it is no stop,
title, marking, place or people's word; not after a determiner (`"Sparrow" ... A sparrow landed`).

(fixnames46) In notes and chats typed in lower case, a word capitalized inside a sentence that the same
notes also write in lower case is a name both ways, found or not (`spoke to Wirawan at the harbour ...
later wirawan came back`): the same rarity and word tests, the lower-case one on a line of lower-case
prose or in a sentence opening in lower case, neither after a word that leads to a place (`at Gonikoppal ... at gonikoppal`) or a determiner."""
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
    noted = _capitalized_in_notes(lexicon, text, words)
    words |= {w.lower() for _, _, w in noted}
    cued = _word_surnames(lexicon, findings, text) - words
    if not words and not cued:
        return []
    taken = sorted((f.start, f.end) for f in findings)
    span_starts = [s for s, _ in spans]
    pattern = re.compile(r"(?<![\w@./\-'\u2019])(?:" + "|".join(re.escape(w) for w in sorted(words | cued, key=len, reverse=True))
                         + r")(?:['\u2019]s)?(?![\w@\-]|\.\w)")
    score = lexicon.settings.mentions.score
    out = []
    for m in pattern.finditer(text):
        if strip_possessive(m.group()) in cued and not _person_verb_after(lexicon, text, m.end()):
            continue  # (fixnames48b) a word surname in lower case only before a person's verb (later dye said)
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
    for start, end, _ in noted:
        i = bisect_right(span_starts, start)
        j = bisect_right(taken, (start, len(text)))
        if not i or end > spans[i - 1][1] or j and taken[j - 1][1] > start or j < len(taken) and taken[j][0] < end:
            continue
        out.append(Finding("PERSON", start, end, score, LOWER_CASE_MENTION,
                           "a word capitalized in notes typed in lower case, written there in lower case too"))
    return out


_VERB_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _word_surnames(lexicon: Lexicon, findings: list[Finding], text: str) -> set[str]:
    """(fixnames48b) The surnames that are English words (Dye, Nurse, Panda) of names of two words or more found
    in mixed case (Kyle Dye), in lower case: `dye` later is that person where a person's verb follows it."""
    out = set()
    for f in findings:
        if f.entity_type != "PERSON":
            continue
        words = [m.group() for m in _NAME_WORD.finditer(text, f.start, f.end)]
        if len(words) < 2 or not words[-1][:1].isupper() or words[-1].isupper() or len(words[-1]) < 3:
            continue
        word = strip_possessive(words[-1])
        upper = word.upper()
        if upper not in lexicon.stop_words and upper not in lexicon.title_words and not lexicon.never_a_name(word) \
                and not lexicon.is_place(word) and not lexicon.is_people(word) and word.lower() not in lexicon.determiners:
            out.add(word.lower())
    return out


def _person_verb_after(lexicon: Lexicon, text: str, end: int) -> bool:
    m = _VERB_AFTER.match(text, end)
    return m is not None and m.group(1) in lexicon.person_verbs


_CAPITALIZED = re.compile(r"(?<![\w@./\-'\u2019])(?P<word>[A-Z][a-z]{3,})(?:['\u2019]s)?(?![\w@\-]|\.\w)")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:;\n\]\)\"\u201c(]|--)[ \t]*\Z")


def _capitalized_in_notes(lexicon: Lexicon, text: str, found: set[str]) -> list[tuple[int, int, str]]:
    """The words capitalized inside a sentence of notes typed in lower case that the notes write in lower case
    too (the module's docstring): (start, end, word) of each capitalized occurrence."""
    out = []
    occurrences: dict[str, list[re.Match[str]]] = {}
    for m in _CAPITALIZED.finditer(text):
        occurrences.setdefault(m.group("word"), []).append(m)
    for m in _CAPITALIZED.finditer(text):
        word = m.group("word")
        if word.lower() in found or not _name_word(lexicon, word) \
                or not all(_lone_in_sentence(lexicon, text, o.start()) for o in occurrences[word]):
            continue  # (Village Tongpal, Post Tongpal ... reached tongpal: a place's name in an address)
        lower = re.compile(rf"(?<![\w@./\-'\u2019]){re.escape(word.lower())}(?:['\u2019]s)?(?![\w@\-]|\.\w)")
        if any((lexicon.on_lower_case_line(text, o.start()) or _in_lower_case_sentence(text, o.start()))
               and not _after_place_lead(lexicon, text, o.start())
               for o in lower.finditer(text)):
            out.append((m.start(), m.start("word") + len(word), word))
    return out


_LOWER_SENTENCE = re.compile(r"(?:\A|[.!?][ \t]+|\n)[a-z][^.!?\n]*\Z")


def _in_lower_case_sentence(text: str, start: int) -> bool:
    """Whether the sentence around `start` opens in lower case (`later wirawan came back`): notes typed in haste."""
    return _LOWER_SENTENCE.search(text, max(0, start - 200), start) is not None


def _lone_in_sentence(lexicon: Lexicon, text: str, start: int) -> bool:
    """A capitalized word inside a sentence after a word in lower case that leads to no place (spoke to Wirawan;
    not Village Tongpal, from Gonikoppal, the Collector)."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).islower() and not _after_place_lead(lexicon, text, start)


def _after_place_lead(lexicon: Lexicon, text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and (before.group(1).lower() in lexicon.place_leads or before.group(1).lower() in lexicon.determiners)


def _name_word(lexicon: Lexicon, word: str) -> bool:
    upper = word.upper()
    return upper not in lexicon.stop_words and upper not in lexicon.title_words and upper not in lexicon.keep_upper \
        and not lexicon.never_a_name(word) and not lexicon.is_place(word) and not lexicon.is_people(word) \
        and word.lower() not in lexicon.person_nouns \
        and not lexicon.is_common(word.lower(), lexicon.settings.mentions.lower_case_max_zipf)
