"""PERSON: a surname shown in a full name or after a title, used alone again as a word would be (fixnames50).

Part of the mention propagation (`PostProcessor._mentions` calls it; `mentions.word_index` finds the
occurrences). Propagation takes a name's words as they were written and leaves alone the ones English uses,
so a surname that is an ordinary word (`Cash`, `Still`, `Heard`, `Lock`, `Church`) or a short Korean clan
surname (`KO`, `GO`, `BOO`, `MOON`, `YANG`, `HYUN`) stayed visible alone after the full name: in lower case
(`cash says`), in capitals (`CHURCH TOLD`), in the plural (`the Stills`, `THE KOS`), possessive (`LOCK'S`) or
in a hyphenated compound (`KO-BOO`, `boo-kim`, `squire-lock`).

A surname counts when the same portion shows it as a name: the last word of a PERSON finding of two words or
more opening with no initial, the first word of a Korean name written surname first (`KO MYUNG-SOOK`), the
surname before the comma of `STILL, VIRGIL L.`, or a surname found right after a title (`Mr Heard`). Each
other occurrence of it, in any case, bare, plural (`-s`, `-es`), possessive or joined by a hyphen to another
name word, is decided by its context:

- never after a determiner (`the lock`, `HIS CASH`), a pronoun or an auxiliary (`she heard`, `IS STILL`),
  `mentions.word_surname_words_before`, and never as the first word of a place's or a firm's name (`Church
  Street`); a plural only after `the` (`the Stills`, not `stills` alone);
- in mixed case, a capitalized occurrence inside a sentence is the name (the capital says so);
- otherwise (lower case, capitals, a sentence's first word) the words around must say person: a person's verb
  after it (`names.person_verbs`, `mentions.family_verbs_after`, `mentions.word_surname_verbs_after`:
  `cash says`, `CHURCH TOLD`, `Fry won't`), a possessive (`LOCK'S BROTHER`), a person's noun or title before
  it, an apposition or gloss after it (`Church (the uncle)`), or an item of a list of persons (`KO AND BOO`,
  `PRING, WEBBER, HAYMAN AND LOCK`, `CHURCH / HEARD`) one of whose other items is a name found or taken.

So `heard the news`, `she heard`, `the lock`, `cash only`, `IS STILL CLOSED` stay unredacted.

(fixnames51) A surname shown in full that English does not use as a word at all (`names.rare_below_zipf`: `minj`,
`toppo`, `ekka`, `kujur`, not `salt` or `strong`) needs no such context: alone, possessive or after a determiner
(`the toppo family`, `which ekka`) it is the person's or the family's, in the plural after `the` (`the minjs`);
still never a word of a place's or firm's name."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from .finding import Finding
from .lexicon import Lexicon, strip_possessive
from ..mentions import word_index

WORD_SURNAME_MENTION = "WordSurnameMention"
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_INITIAL = re.compile(r"[A-Z]\.?")
_SURNAME_COMMA = re.compile(r"(?P<surname>[^\W\d_][\w'\u2019\-]*),[ \t]+[A-Z]")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])([A-Za-z]+(?:['\u2019][a-z]+)?)[ \t]*\n?[ \t]*\Z")
_WORD_AFTER = re.compile(r"[ \t]*\n?[ \t]*([A-Za-z]+(?:['\u2019][a-z]+)?)(?:[ \t]+([A-Za-z]+))?")
_GLOSS_AFTER = re.compile(r"[ \t]*(?:\(|,[ \t]*)(?:the|a|an|his|her|their|THE|A|AN|HIS|HER|THEIR)[ \t]+([A-Za-z\-]+)")
_LIST_GAP_AFTER = re.compile(r"(?:[ \t]*[,;/][ \t]*(?:\n[ \t]*)?(?:(?i:and|or|&)[ \t]+)?|[ \t]*\n?[ \t]*(?i:and|or|&|nor)[ \t]*\n?[ \t]*)")
_LIST_GAP_BEFORE = re.compile(r"(?:[,;/][ \t]*\n?[ \t]*(?:(?i:and|or|&)[ \t]+)?|[ \t]+(?i:and|or|&|nor)[ \t]*\n?[ \t]*)\Z")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:;\n\"\u201c(\[>]|--)[ \t]*\Z")
_PLURAL_ENDINGS = ("es", "s")
_INITIAL_BEFORE = re.compile(r"(?<![\w.'\u2019\-])[A-Z]\.[ \t]?\Z")


def word_surname_mentions(lexicon: Lexicon, findings: list[Finding], text: str, spans: list[tuple[int, int]],
                          in_place_name: Callable[[int, int], bool]) -> list[Finding]:
    """PERSON findings over the lone uses of surnames shown in full in the same portion (the module's docstring).
    `in_place_name(start, end)` says whether an occurrence is a word of a place's name there."""
    spec = lexicon.settings.mentions
    persons = [f for f in findings if f.entity_type == "PERSON"]
    if not persons:
        return []
    span_starts = [s for s, _ in spans]

    def unit(pos: int) -> int | None:
        i = bisect_right(span_starts, pos)
        return i - 1 if i and pos < spans[i - 1][1] else None

    clans = {w.upper() for w in spec.clan_surnames}
    shown: dict[str, set[int]] = {}  # a surname (upper case) -> the portions that show it in full (any counts)
    for f in persons:
        u = unit(f.start)
        if u is None:
            continue
        for surname in _shown_surnames(lexicon, f, text, clans):
            shown.setdefault(surname, set()).add(u)
    if not shown:
        return []
    taken = sorted((f.start, f.end) for f in findings)
    names = sorted((f.start, f.end) for f in persons)
    # the words of the names found, 3 letters or more: another occurrence of one is a name's too (a list's neighbour)
    name_words = {w.upper() for f in persons for w in _NAME_WORD.findall(text[f.start:f.end])
                  if len(w) >= spec.min_length and not _INITIAL.fullmatch(w)}
    index = word_index(text)
    candidates: dict[tuple[int, int], tuple[str, str]] = {}  # (start, end) -> (surname, form)
    for surname in shown:
        for m in index.occurrences(surname):
            start, end = m.start(), m.end()
            if text[m.start():m.end()].count("\n") or unit(start) is None:
                continue
            start, end, form = _grown(text, start, end, shown)
            if form is None:
                continue
            initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
            if form in ("bare", "possessive") and initial is not None and text[start:start + 1].isupper():
                start, form = initial.start(), "initialed"  # (fixnames51b) G. Lake: an initial, then the surname
            candidates[(start, end)] = (surname, form)
        for ending in _PLURAL_ENDINGS:  # the plural is another word for the index: look it up too
            for m in index.occurrences(surname + ending):
                if unit(m.start()) is not None and (m.start(), m.end()) not in candidates:
                    candidates[(m.start(), m.end())] = (surname, "plural")
    if not candidates:
        return []

    def covered(start: int, end: int, form: str) -> bool:
        """Inside a finding, or (but for a compound, which may grow a name found) overlapping one: HASSAN QURESHI
        found, its QURESHI'S is that finding's business."""
        j = bisect_right(taken, (start, len(text)))
        if j and taken[j - 1][1] >= end and taken[j - 1][0] <= start:
            return True
        return form != "compound" and any(a < end and start < b for a, b in taken[max(0, j - 8):j + 8])

    accepted: dict[tuple[int, int], str] = {}
    pending = {k: v for k, v in candidates.items() if not covered(*k, v[1]) and unit(k[0]) is not None
               and unit(k[1] - 1) == unit(k[0])}
    for _ in range(3):  # a list item counts after a neighbour is taken (PRING, WEBBER, HAYMAN AND LOCK)
        grew = False
        for (start, end), (surname, form) in sorted(pending.items()):
            if (start, end) in accepted:
                continue
            reason = _decide(lexicon, text, start, end, surname, form, names, accepted, candidates, in_place_name,
                             name_words)
            if reason:
                accepted[(start, end)] = reason
                grew = True
        if not grew:
            break
    return [Finding("PERSON", start, end, spec.score, WORD_SURNAME_MENTION, why)
            for (start, end), why in sorted(accepted.items())]


def _shown_surnames(lexicon: Lexicon, f: Finding, text: str, clans: set[str]) -> list[str]:
    """The surnames `f` shows as a person's (upper case)."""
    span = text[f.start:f.end]
    words = [strip_possessive(w) for w in _NAME_WORD.findall(span)]
    words = [w.strip("-") for w in words if w.strip("-")]
    out: list[str] = []
    if len(words) >= 2 and not _INITIAL.fullmatch(words[-1]) and not _INITIAL.fullmatch(words[0]) \
            and "," not in span and '"' not in span.split()[-1]:
        if words[0].upper() in clans and len(words) == 2:  # KO MYUNG-SOOK, yang soon-ae: the clan written first
            out.append(words[0])
        else:
            out += words[-1].split("-") if words[-1].count("-") == 1 else [words[-1]]
    if len(words) >= 2 and len(words[0]) > 1 and all(len(w) == 1 for w in words[1:]) and "," not in span \
            and not (lexicon.is_given_name(words[0]) and not lexicon.is_surname(words[0])):
        out.append(words[0])  # (fixnames51b) koski e., Ellerby K.: a register's surname before its initials
    first = _SURNAME_COMMA.match(span)
    if first is not None and len(words) >= 2:  # STILL, VIRGIL L.
        out.append(first.group("surname"))
    if len(words) == 1 and lexicon.person_noun_before(text, f.start) and _titled(lexicon, text, f.start):
        out.append(words[0])  # Mr Heard, MRS. CHURCH
    min_length = lexicon.settings.mentions.min_length
    return [w.upper() for w in out if w.isalpha() and (w.upper() in clans or _surname_word(lexicon, w) and len(w) >= min_length)]


def _titled(lexicon: Lexicon, text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        m = re.search(r"([A-Za-z]+)\.[ \t]*\Z", text[max(0, start - 20):start])
        return m is not None and m.group(1).upper() in lexicon.one_word_titles
    return before.group(1).upper() in lexicon.one_word_titles


def _surname_word(lexicon: Lexicon, word: str) -> bool:
    upper = word.upper()
    return upper not in lexicon.stop_words and upper not in lexicon.title_words and not lexicon.never_a_name(word) \
        and not lexicon.is_place(word) and not lexicon.is_people(word) and word.lower() not in lexicon.determiners \
        and word.lower() not in lexicon.person_nouns


def _grown(text: str, start: int, end: int, shown: dict[str, set[int]]) -> tuple[int, int, str | None]:
    """The occurrence with a possessive or a hyphenated other name word joined to it, and its form."""
    form = "bare"
    if text[end:end + 1] in ("'", "\u2019") and text[end + 1:end + 2] in ("s", "S") and not text[end + 2:end + 3].isalnum():
        end, form = end + 2, "possessive"
    before = re.search(r"(?<![\w'\u2019\-])([^\W\d_]+)-\Z", text[max(0, start - 30):start])
    after = re.match(r"-([^\W\d_]+)(?![\w\-])", text[end:end + 30]) if form == "bare" else None
    if before is not None:
        start, form = start - len(before.group(0)), "compound"
        if before.group(1).upper() not in shown and not _name_shaped(before.group(1)):
            return start, end, None
    if after is not None:
        if after.group(1).upper() not in shown and not _name_shaped(after.group(1)):
            return start, end, None
        end, form = end + len(after.group(0)), "compound"
        if text[end:end + 2] in ("'s", "\u2019s"):
            end += 2
    return start, end, form


def _name_shaped(word: str) -> bool:
    return len(word) >= 2 and word.isalpha()


def _decide(lexicon: Lexicon, text: str, start: int, end: int, surname: str, form: str, names: list[tuple[int, int]],
            accepted: dict[tuple[int, int], str], candidates: dict[tuple[int, int], tuple[str, str]],
            in_place_name: Callable[[int, int], bool], name_words: set[str]) -> str | None:
    """Why the occurrence names the person, or None where it is the word (the module's docstring)."""
    spec = lexicon.settings.mentions
    written = text[start:end]
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    previous = before.group(1).lower() if before is not None else ""
    if _no_word(lexicon, surname) and not in_place_name(start, end) and not lexicon.is_organization(text, start, end):
        # (fixnames51) a surname that is no English word (`minj`, `toppo`, `ekka`, `kujur`) is the person's or the
        # family's wherever it stands again: `the minjs from`, `the toppo family`, `which ekka`
        if form != "plural" or previous == "the" or previous in spec.family_words_before:
            return f"the surname '{surname}' shown in full, a word no English list knows"
        return None
    if form == "plural":
        if previous != "the" and previous not in spec.family_words_before:
            return None
        if not _family_after(lexicon, text, end) and not _no_english_plural(surname, written) \
                and not (written[:1].isupper() or _joined(text, start, end, names, accepted, candidates, name_words)):
            return None  # (the lock's: the swifts nest; fixnames51b: the cherrys, no English plural, is the family)
        return f"the family of the surname '{surname}' shown in full"
    if in_place_name(start, end) or lexicon.is_organization(text, start, end):
        return None  # Church Street, Lock & Co
    if form == "initialed":
        return f"the surname '{surname}' shown in full, after an initial"
    if form == "compound":  # (a determiner may come before a double name: THE KO-GO FAMILY)
        return f"a hyphenated name with the surname '{surname}' shown in full"
    if previous in lexicon.determiners or previous in spec.word_surname_words_before:
        return None  # the lock, she heard, IS STILL CLOSED
    caps = lexicon.caps_around(text, start, end, radius=60)
    capital = written[:1].isupper() and not written.isupper() or len(written) <= 3 and written[:1].isupper() and not caps
    sentence_start = _SENTENCE_OPENS.search(text, max(0, start - 5), start) is not None
    if capital and not caps and not sentence_start and not lexicon.is_header_line(_line(text, start)):
        return f"the surname '{surname}' shown in full, capitalized inside a sentence"
    if form == "possessive" and previous not in lexicon.determiners:
        return f"the surname '{surname}' shown in full, possessive"
    if _verb_after(lexicon, text, end):
        return f"the surname '{surname}' shown in full, before a person's verb"
    if lexicon.person_noun_before(text, start):
        return f"the surname '{surname}' shown in full, after a person's noun or title"
    gloss = _GLOSS_AFTER.match(text, end)
    if gloss is not None and gloss.group(1).lower() in lexicon.person_nouns:
        return f"the surname '{surname}' shown in full, glossed as a person"
    if _joined(text, start, end, names, accepted, candidates, name_words):
        return f"the surname '{surname}' shown in full, an item of a list of persons"
    return None


def _no_word(lexicon: Lexicon, surname: str) -> bool:
    """(fixnames51) A surname English does not use as a word (`names.rare_below_zipf`), of four letters or more:
    no context need say person."""
    return len(surname) >= 4 and not lexicon.is_common(surname, lexicon.settings.names.rare_below_zipf)


def _line(text: str, pos: int) -> str:
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def _verb_after(lexicon: Lexicon, text: str, end: int) -> bool:
    m = _WORD_AFTER.match(text, end)
    if m is None or text[end:m.start(1)].count("\n"):
        return False
    word, following = m.group(1).lower(), (m.group(2) or "").lower()
    spec = lexicon.settings.mentions
    if word in spec.family_adverbs and following:  # LOCK ALSO SAID
        word, following = following, ""
    return word in lexicon.person_verbs or word in spec.word_surname_verbs_after \
        or word in spec.family_verbs_after and word not in ("run", "pay", "hire", "own", "demand", "know")


def _no_english_plural(surname: str, written: str) -> bool:
    """(fixnames51b) `cherrys`, `LADYS`: a plural in `-s` of a word ending in a consonant and `y`, which English
    writes `-ies`: a family's name, never the word's plural."""
    word = surname.lower()
    return len(word) >= 3 and word.endswith("y") and word[-2] not in "aeiou" and written.lower() == word + "s"


def _family_after(lexicon: Lexicon, text: str, end: int) -> bool:
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    spec = lexicon.settings.mentions
    if word in spec.family_adverbs and m.group(2):  # (fixnames51b) the moulds always having, THE SWIFTS ALSO CAME
        word = m.group(2).lower()
    return word in spec.family_verbs_after or word in spec.family_auxiliaries or word in lexicon.person_verbs \
        or word in ("are", "were", "is", "was") \
        or word in spec.word_surname_verbs_after or word in ("and", "or")


def _joined(text: str, start: int, end: int, names: list[tuple[int, int]], accepted: dict[tuple[int, int], str],
            candidates: dict[tuple[int, int], tuple[str, str]], name_words: set[str]) -> bool:
    """Whether a list joins the occurrence to a name found or taken on either side (`KO AND BOO`, `X / Y`), or to
    another occurrence of a word of a name found (`CASH / HOLLOWAY` after `DALE HOLLOWAY`)."""
    gap = _LIST_GAP_AFTER.match(text, end)
    if gap is not None and gap.end() > end:
        nxt = gap.end()
        word = _NAME_WORD.match(text, nxt)
        if any(s == nxt for s, _ in names) or any(s == nxt for s, _ in accepted) \
                or any(s == nxt for s, _ in candidates) \
                or word is not None and strip_possessive(word.group()).upper() in name_words:
            return True
    window = text[max(0, start - 12):start]
    gap_before = _LIST_GAP_BEFORE.search(window)
    if gap_before is not None:
        prev_end = start - (len(window) - gap_before.start())
        word = re.search(r"[^\W\d_][\w'\u2019\-]*\Z", text[max(0, prev_end - 40):prev_end])
        if any(e == prev_end for _, e in names) or any(e == prev_end for _, e in accepted) \
                or any(e == prev_end for _, e in candidates) \
                or word is not None and strip_possessive(word.group()).upper() in name_words:
            return True
    return False
