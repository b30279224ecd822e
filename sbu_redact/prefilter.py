"""Cheap tests that rule a regular expression's match out before the text is scanned with it:
the literal words every match must contain, the characters it must hold or start with, and
how far from its words a match can reach. All are derived from the pattern itself (rules
patterns are data), and all only ever let more text through, never less: a prefilter can make
reading faster, never miss.

Python's own parser (`re._parser`) is used to take a pattern apart; where it cannot be used
(another Python, a construct not handled here) the prefilter lets every text through."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Any, Callable, Iterable, Iterator

from .lazyre import compile_pattern, lazy

Word = tuple[str, bool]  # (word, whether it matches in any case)
Clauses = tuple[frozenset[Word], ...]  # every clause must hold: the text contains one of its words
_MAX_CLAUSES = 32
# Case-insensitive matching (`re.IGNORECASE`) takes these four letters for ASCII ones too.
_CASELESS_LETTERS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


@functools.lru_cache(maxsize=256)
def required_words(pattern: str, flags: int = 0) -> Clauses:
    """Words a text must contain for `pattern` to match in it, as clauses that must all hold:
    `(?:NATO|EU)[ \\t]+SECRET` gives ({NATO, EU}, {SECRET}); a word of a case-insensitive part
    is looked for in any case (ASCII words only). `flags` are those the pattern is compiled
    with (`compiled.flags`). An empty tuple means no test."""
    return _required_words(pattern, flags, False)


@functools.lru_cache(maxsize=512)
def joined_words(pattern: str, flags: int = 0) -> Clauses:
    """`required_words`, with the words before a choice of words joined to its choices:
    `\\.(?:docx?|pdf)` gives ({.doc, .pdf}) where `required_words` gives ({.}, {doc, pdf}), a
    test that rules out far more texts (a text without a file name holds `.` and `doc`). Only to
    rule a pattern out and to search near its words (`finditer_near_words`): what a reading takes
    from a pattern's own words (`required_words`: the words hyphens join, the anchors of governing
    phrases) does not change."""
    return _required_words(pattern, flags, True)


_MAX_JOINED = 64  # (words of a clause joined to a choice, at most)
_MAX_WAYS = 64  # (ways of a choice `alternative_words` gives, at most)


@functools.lru_cache(maxsize=512)
def alternative_words(pattern: str, flags: int = 0) -> tuple[Clauses, ...]:
    """The words of each way of a pattern that is a choice at its top (`A|B|C`, `(?i:A|B|C)`,
    choices inside choices too), as `joined_words` gives them for a pattern of that way alone:
    a text can hold a match only if it holds every clause of some way (a match of the choice
    is a match of one of its ways). `required_words` keeps only what every way needs (a few
    clauses, the longest when the ways are many): `(?i:\\bno\\s+compartir\\b...|\\bnot\\b...share)`
    needs `no` there, and here `compartir` or `share` with it. An empty tuple means no test
    (not a choice, or a way that needs no word: that way may match any text)."""
    ways = _required_words(pattern, flags, True, split=True)
    return ways if isinstance(ways, tuple) and len(ways) > 1 else ()


@functools.lru_cache(maxsize=64)
def anchor_words(pattern: str, flags: int = 0) -> Clauses:
    """`joined_words`, with a letter that has no case (Hebrew, Arabic, Hangul: `בלבד`, `فقط`,
    `전용`) a letter of a word even in a case-insensitive part (the engine compares such a letter
    exactly, and `caseless` keeps it): a way of `(?i:only|فقط)` then has words where `joined_words`
    finds none. Only to rule a pattern out (`WayScan`); what a reading takes from a pattern's
    own words does not change."""
    return _required_words(pattern, flags, True, uncased=True)  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def anchor_alternatives(pattern: str, flags: int = 0) -> tuple[Clauses, ...]:
    """`alternative_words` with the words of `anchor_words`."""
    ways = _required_words(pattern, flags, True, split=True, uncased=True)
    return ways if isinstance(ways, tuple) and len(ways) > 1 else ()


def _required_words(pattern: str, flags: int, join: bool, split: bool = False, uncased: bool = False) -> Any:
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        ignorecase = _constants.SRE_FLAG_IGNORECASE
        if uncased:
            def forms(c: str) -> tuple[str, ...]:
                # the letters `caseless` text holds where a case-insensitive part matches `c`
                # (`_caseless_forms`: one for ASCII, a letter with no case, most letters with case)
                return _caseless_forms(c)
        else:
            def forms(c: str) -> tuple[str, ...]:
                # (ASCII only: `caseless` text holds the lower case of every letter matched)
                return (c.lower(),) if c.isascii() else ()

        def wordly(c: str) -> bool:
            return len(forms(c)) == 1

        def sequence(items: Any, flags: int) -> list[frozenset[Word]]:
            clauses: list[frozenset[Word]] = []
            run: list[tuple[str, ...]] = []  # (the letters of a word: in a case-insensitive part, each in its forms)
            caseless = bool(flags & ignorecase)
            for op, av in items:
                if op is _constants.LITERAL:
                    letters = forms(chr(av)) if caseless else (chr(av),)
                    if letters:
                        run.append(letters)
                        continue
                if run:
                    heads = choices(op, av, flags) if join else None
                    clauses.extend(_run_words(run, caseless, heads if heads is not None and len(heads) <= _MAX_JOINED
                                              else None))
                    run = []
                clauses.extend(element(op, av, flags))
            if run:
                clauses.extend(_run_words(run, caseless, None))
            return clauses

        def choices(op: Any, av: Any, flags: int) -> set[str] | None:
            """The literal start of each way of a choice (`(?:docx?|pdf)`: doc, pdf), in the same
            case as the words before it; None when a way starts otherwise."""
            if op is _constants.SUBPATTERN:
                _group, add, remove, sub = av
                if add or remove or len(sub.data) != 1:
                    return None
                op, av = sub.data[0]
            if op is not _constants.BRANCH:
                return None
            caseless = bool(flags & ignorecase)
            heads: set[str] = set()
            for alternative in av[1]:
                head = []
                for item_op, item_av in alternative.data:
                    if item_op is not _constants.LITERAL or caseless and not wordly(chr(item_av)):
                        break
                    head.append(forms(chr(item_av))[0] if caseless else chr(item_av))
                if not head:
                    return None
                heads.add("".join(head))
            return heads

        def element(op: Any, av: Any, flags: int) -> list[frozenset[Word]]:
            if op is _constants.SUBPATTERN:
                _group, add, remove, sub = av
                return sequence(sub.data, (flags | add) & ~remove)
            if op is _constants.BRANCH:
                alternatives = [sequence(alt.data, flags) for alt in av[1]]
                if any(not alt for alt in alternatives):
                    return []  # one way to match needs no word at all
                combined: list[frozenset[Word]] = [frozenset()]
                for alt in alternatives:
                    if len(combined) * len(alt) > _MAX_CLAUSES:  # keep the longest clause only
                        alt = [max(alt, key=_shortest)]
                        combined = [max(combined, key=_shortest)]
                    combined = [c | a for c in combined for a in alt]
                return combined
            if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
                low, _high, sub = av
                return sequence(sub.data, flags) if low >= 1 else []
            if op is _constants.ATOMIC_GROUP:
                return sequence(av.data, flags)
            if op is _constants.ASSERT and av[0] == 1 and uncased:
                # (a look-ahead's words are in the text after the match's start, before the end of
                # what is scanned, which the engine does not look beyond: in the part an anchor is for)
                return sequence(av[1].data, flags)
            return []  # a character class, any character, an assertion, a group reference...

        def ordered(items: Any, flags: int) -> Clauses:
            clauses = dict.fromkeys(sequence(items, flags))
            # clauses of long words first: they fail soonest on the many texts the pattern is not in
            return tuple(sorted(clauses, key=lambda clause: (-_shortest(clause), len(clause))))

        class _Items:  # (a way of a choice in a group: what `element` takes a group's contents as)
            def __init__(self, data: list[Any]):
                self.data = data

        def choice(op: Any, av: Any) -> list[list[Any]] | None:
            """The ways of a choice (`A|B`, or a group holding only one), each as a list of items."""
            if op is _constants.BRANCH:
                return [list(alternative.data) for alternative in av[1]]
            if op is _constants.SUBPATTERN:
                group, add, remove, sub = av
                if len(sub.data) == 1 and sub.data[0][0] is _constants.BRANCH:
                    return [[(op, (group, add, remove, _Items(list(alternative.data))))]
                            for alternative in sub.data[0][1][1]]
            return None

        zero_width = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)

        def ways(items: list[Any], flags: int) -> list[Clauses] | None:
            """The clauses of each way to match `items` (None: a way needs no word): a choice that
            is all of them but assertions and letters (`\\b(?:A|B)`: the parser takes the `\\b` or
            the letters its ways start with out of them) is taken apart, each way with those; any
            other sequence is one way."""
            if len(items) == 1 and items[0][0] is _constants.SUBPATTERN and choice(*items[0]) is None:
                _group, add, remove, sub = items[0][1]
                return ways(list(sub.data), (flags | add) & ~remove)
            choices = [k for k, (op, _av) in enumerate(items) if op not in zero_width and op is not _constants.LITERAL]
            alternatives = choice(*items[choices[0]]) if len(choices) == 1 else None
            if alternatives is None:
                clauses = ordered(items, flags)
                return [clauses] if clauses else None
            index = choices[0]
            out: list[Clauses] = []
            for alternative in alternatives:
                more = ways(items[:index] + alternative + items[index + 1:], flags)
                if more is None:
                    return None
                out.extend(more)
            return out

        parsed = _parser.parse(pattern, flags)
        if split:
            found = ways(list(parsed.data), parsed.state.flags)
            return tuple(dict.fromkeys(found)) if found is not None and len(found) <= _MAX_WAYS else ()
        return ordered(parsed.data, parsed.state.flags)
    except Exception:  # no parser to use: no test, never a missed match
        return ()


_MAX_FORMS = 64  # (words a run of letters with several forms each is looked for as, at most)


def _run_words(run: list[tuple[str, ...]], caseless: bool, heads: set[str] | None) -> list[frozenset[Word]]:
    """The clauses of a run of literal letters (each as its forms, `_caseless_forms`): one clause
    of every way to write it (with each of `heads` after it: the starts of the choice that follows
    it), or, when those are too many, one clause of each stretch of letters with a single form
    between the others (each must be there)."""
    words = [""]
    for letters in run:
        words = [word + letter for word in words for letter in letters]
        if len(words) > _MAX_FORMS:
            break
    else:
        if heads is not None and len(words) * len(heads) <= _MAX_JOINED:
            return [frozenset((word + head, caseless) for word in words for head in heads)]
        return [frozenset((word, caseless) for word in words)]
    out: list[frozenset[Word]] = []
    stretch: list[str] = []
    for letters in [*run, ("", "")]:
        if len(letters) == 1:
            stretch.append(letters[0])
        elif stretch:
            out.append(frozenset({("".join(stretch), caseless)}))
            stretch = []
    return out


@functools.lru_cache(maxsize=1024)
def _caseless_forms(c: str) -> tuple[str, ...]:
    """The characters `caseless` text holds where a case-insensitive part of a pattern matches
    the letter `c`: the engine matches a character there when its lower case
    (`_sre.unicode_tolower`) is the letter's, or one of the few others Unicode's case folding
    makes the same letter (`re._casefix`: `в` and `ᲀ`, `σ` and `ς`, `μ` and `µ`, `s` and `ſ`),
    and `caseless` lowers every character as the engine does (`str.lower`) but for the four of
    `_CASELESS_LETTERS`, which it takes for the ASCII letter, and the final `Σ` (lowered to `ς`,
    a form of `σ`). One form for ASCII letters, letters with no case (Hebrew, Arabic, Hangul)
    and most others (Cyrillic, Armenian, most Greek letters: `ceкpeTH` is a word of a foreign
    level name, not `ce` alone); empty when not known (another Python)."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover
        return (c.lower(),) if c.isascii() else ()
    lower = _sre.unicode_tolower(ord(c))
    return tuple(sorted({caseless(chr(each)) for each in (lower, *_EXTRA_CASES.get(lower, ()))}))


def _shortest(clause: frozenset[Word]) -> int:
    return min((len(word) for word, _ in clause), default=0)


def caseless(text: str) -> str:
    """`text` as `may_match` looks for case-insensitive words in it."""
    for special, plain in _CASELESS_LETTERS:  # (a replacement in C each: `translate` is slow on a long text)
        if special in text:
            text = text.replace(special, plain)
    return text.lower()


def may_match(clauses: Clauses, text: str, caseless_text: str, seen: dict[Word, bool] | None = None) -> bool:
    """False when `text` lacks every word of some clause (so the pattern cannot match it);
    `caseless_text` is `caseless(text)`, made once for all the patterns tried on a text, and
    `seen` keeps what was found for them (each word is looked for once)."""
    seen = {} if seen is None else seen
    known = seen.get  # (a method taken once: asked for every word of every clause)
    for clause in clauses:
        for word in clause:
            found = known(word)
            if found is None:
                found = seen[word] = word[0] in (caseless_text if word[1] else text)
            if found:
                break
        else:
            return False
    return True


def may_hold_match(pattern: re.Pattern[str], text: str, caseless_text: str) -> bool:
    """False when no part of `text` can hold a match of `pattern`, however it is scanned (from any
    offset to any end): a match holds a word of each clause of the pattern's `anchor_words`, and
    the words of its rarest clause are looked for in the whole text in one scan (`caseless_text` is
    `caseless(text)`; an ASCII text holds only the ASCII ones). Derived from the pattern alone
    (`_anchor_scans`)."""
    scans = _anchor_scans(pattern.pattern, pattern.flags)
    if scans is None:
        return True
    exact, in_any_case = scans[2:] if text.isascii() else scans[:2]
    return (exact is not None and exact.search(text) is not None) or (
        in_any_case is not None and in_any_case.search(caseless_text) is not None)


def anchor_hits(pattern: re.Pattern[str], text: str, caseless_text: str) -> "list[tuple[int, int]] | None":
    """Where in `text` the words of the rarest anchor clause of `pattern` stand (the scans of `may_hold_match`,
    every hit of both, sorted by start): a match of `pattern` in any part of `text` overlaps one of them, so a
    part of `text` that no hit overlaps holds no match. None when the pattern has no such words, or when
    `caseless_text` does not keep the offsets of `text` (a letter whose lower case is longer): no gate."""
    scans = _anchor_scans(pattern.pattern, pattern.flags)
    if scans is None or len(caseless_text) != len(text):
        return None
    exact, in_any_case = scans[2:] if text.isascii() else scans[:2]
    hits = [m.span() for m in exact.finditer(text)] if exact is not None else []
    if in_any_case is not None:
        hits += [m.span() for m in in_any_case.finditer(caseless_text)]
    return sorted(hits)


_Scans = tuple["re.Pattern[str] | None", "re.Pattern[str] | None", "re.Pattern[str] | None", "re.Pattern[str] | None"]


@functools.lru_cache(maxsize=1024)  # (more than the patterns one reading gates: a cache smaller than they
# are is missed on every call, each a trie built and compiled again; 64 was, once the rules held a few more)
def _anchor_scans(pattern: str, flags: int) -> _Scans | None:
    """A trie of the words of the rarest clause of `anchor_words` (kept across processes,
    `lazyre.anchor_clauses`) as written and one of those in any case, then the same of their ASCII
    words (`may_hold_match`); None: no test."""
    from .lazyre import anchor_clauses

    clauses = anchor_clauses(pattern, flags)
    if not clauses:
        return None
    words = max(clauses, key=_rarity)
    if any(not word for word, _ in words):
        return None

    def scan(in_any_case: bool, ascii_only: bool) -> re.Pattern[str] | None:
        chosen = sorted(word for word, anyway in words if anyway is in_any_case and (word.isascii() or not ascii_only))
        return compile_pattern(literal_trie(chosen)) if chosen else None

    return scan(False, False), scan(True, False), scan(False, True), scan(True, True)


class WordGate:
    """Which of many patterns may match a text, from their `required_words`: the words of every
    pattern's first clause (its clause of the longest words, which rules most texts out) are all
    found in one scan of the text, in C, instead of a `may_match` call per pattern; the other
    clauses of a pattern are then tried only for the patterns whose first clause holds.
    `candidates` is exactly the set of patterns (by index) whose clauses all hold in the text
    (`may_match`), and every pattern without clauses, less those (given as `sources`, each a
    pattern's text and flags) that are a choice none of whose ways' words all hold
    (`alternative_words`, taken apart when a text first gets that far): the others cannot match
    it; `presence` also says which words the text holds (what `may_match` keeps in its `seen`)."""

    __slots__ = ("_by_key", "_direct", "_patterns_of", "_rest", "_always", "_absent", "_ascii_scan", "_any_scan",
                 "_keys_at", "_sources", "_ways", "_bit_of", "_rest_plan")

    def __init__(self, clauses_of: list[Clauses], sources: list[tuple[str, int]] | None = None):
        self._sources = sources
        self._ways: dict[int, tuple[Clauses, ...]] = {}  # (`alternative_words` by index, once asked)
        patterns_of: dict[Word, list[int]] = {}
        rest: dict[int, Clauses] = {}
        always: list[int] = []
        for index, clauses in enumerate(clauses_of):
            if not clauses:
                always.append(index)
                continue
            for word in clauses[0]:
                patterns_of.setdefault(word, []).append(index)
            if len(clauses) > 1:
                rest[index] = clauses[1:]  # (tried by `may_match` for a candidate of the first clause)
        # Every word is looked for in the text's `caseless` form, each lower case once (`TAJNE`,
        # `Tajne`, `tajne`, `tajne` in any case: one scan): a word in any case is in the text
        # exactly when it is there, and a word as written only if its lower case is there, as
        # `str.lower` lowers letter by letter but for the letters of `_NOT_LOWERED_ALONE` (a word
        # with one of those is looked for as written, `_direct`).
        by_key: dict[str, list[Word]] = {}
        direct: list[Word] = []
        for entry in patterns_of:
            written, anyway = entry
            if anyway and written:
                by_key.setdefault(written, []).append(entry)
            elif written and not _NOT_LOWERED_ALONE.intersection(written) and len(written.lower()) == len(written):
                by_key.setdefault(written.lower(), []).append(entry)
            else:
                direct.append(entry)
        self._by_key = {key: tuple(entries) for key, entries in by_key.items()}
        # One scan finds every key: at each offset, the longest key that starts there (a trie of
        # the keys in a look-ahead, so that keys that overlap are all found); the keys that start
        # there are that one's prefixes that are keys (`_keys_at`). A key is in the text exactly
        # when it starts at some offset of it, which is what `in` answers.
        ascii_keys = [key for key in by_key if key.isascii()]  # (an ASCII text holds no other)
        self._ascii_scan = lazy("(?=(" + literal_trie(ascii_keys) + "))") if ascii_keys else None
        self._any_scan = lazy("(?=(" + literal_trie(list(by_key)) + "))") if by_key else None
        self._keys_at = {key: tuple(key[:n] for n in range(1, len(key) + 1) if key[:n] in by_key) for key in by_key}
        self._direct = tuple(direct)
        self._patterns_of = {word: frozenset(indexes) for word, indexes in patterns_of.items()}
        self._rest = rest
        # (a later clause as the bits of its words that are words of first clauses, which the scan
        # finds, and its other words, looked for one by one: one `&` where `may_match` looks up each)
        in_rest = dict.fromkeys(word for clauses in rest.values() for clause in clauses for word in clause
                                if word in patterns_of)
        self._bit_of = {word: 1 << k for k, word in enumerate(in_rest)}
        self._rest_plan = {index: tuple((sum(self._bit_of[word] for word in clause if word in patterns_of),
                                         tuple(word for word in clause if word not in patterns_of))
                                        for clause in clauses) for index, clauses in rest.items()}
        self._always = frozenset(always)
        self._absent = dict.fromkeys(patterns_of, False)

    def presence(self, text: str, caseless_text: str) -> tuple[dict[Word, bool], frozenset[int]]:
        """Whether `text` holds each word of the patterns' first clauses (and of the others it
        had to look for), as `may_match` looks for it (`caseless_text` is `caseless(text)`), and
        `candidates`."""
        by_key = self._by_key
        ascii_text = text.isascii()
        scan = self._ascii_scan if ascii_text else self._any_scan
        keys_at = self._keys_at
        keys = {key for longest in set(scan.findall(caseless_text)) for key in keys_at[longest]} if scan else ()
        found = [entry for key in keys for entry in by_key[key] if entry[1] or entry[0] in text]
        found += [entry for entry in self._direct if (ascii_text is False or entry[0].isascii())
                  and entry[0] in (caseless_text if entry[1] else text)]
        seen = self._absent.copy()
        seen.update(dict.fromkeys(found, True))
        patterns_of, plan_of, bit_of = self._patterns_of, self._rest_plan, self._bit_of
        first = self._always.union(*[patterns_of[entry] for entry in found])
        held = 0
        for entry in found:
            held |= bit_of.get(entry, 0)
        out = []
        for k in first:
            for mask, others in plan_of.get(k, ()):  # (what `may_match` of the later clauses finds)
                if mask & held:
                    continue
                for word in others:
                    present = seen.get(word)
                    if present is None:
                        present = seen[word] = word[0] in (caseless_text if word[1] else text)
                    if present:
                        break
                else:
                    break  # (a clause without a word in the text)
            else:
                if self._some_way(k, text, caseless_text, seen):
                    out.append(k)
        return seen, frozenset(out)

    def _some_way(self, index: int, text: str, caseless_text: str, seen: dict[Word, bool]) -> bool:
        """Whether the words of some way of pattern `index` all hold (True when it is no choice)."""
        if self._sources is None:
            return True
        ways = self._ways.get(index)
        if ways is None:
            from .lazyre import alternative_words as kept  # (kept across processes)

            ways = self._ways[index] = kept(*self._sources[index])
        if not ways:
            return True
        for way in ways:
            if may_match(way, text, caseless_text, seen):
                return True
        return False

    def candidates(self, text: str, caseless_text: str) -> frozenset[int]:
        """The patterns that may match `text` (`caseless_text` is `caseless(text)`)."""
        return self.presence(text, caseless_text)[1]


def literal_trie(words: list[str], space: str | None = None) -> str:
    """A regular expression that matches the longest of `words` (non-empty literals) that starts
    where it is tried: a trie of their letters (the engine tries a letter or two at each offset,
    not every word). `space`, if given, is what a space of a word matches (`[ \\t]+`)."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ways = [(space if ch == " " and space is not None else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not ways:
            return ""
        body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
        return "(?:" + body + ")?" if "" in node else body  # (greedy: the longer word first)

    return "(?:" + emit(root) + ")"


# Letters `str.lower` may not lower to one letter of their own: `İ` becomes two, a capital sigma
# lowers by what follows it, and `caseless` replaces the others before lowering a text.
_NOT_LOWERED_ALONE = frozenset({"\u0130", "\u0131", "\u017f", "\u212a", "\u03a3"})


CharClauses = tuple[frozenset[str], ...]  # every clause must hold: the text holds one of its characters


@functools.lru_cache(maxsize=256)
def required_characters(pattern: str, flags: int = 0) -> CharClauses | None:
    """Sets of ASCII characters such that every ASCII text `pattern` matches in holds at least
    one character of each (in what it matches, or in what a look-ahead or look-behind of it
    requires): `\\d{3}-\\d{4}` gives (digits, {-}). None when none is found, or the pattern uses
    what Python's parser reads otherwise than the `regex` module Presidio matches with (POSIX
    classes, `\\p`, version flags): no test then. Only for ASCII texts: in another text,
    case-insensitive matching and `\\d` reach further (`may_hold`)."""
    if "[:" in pattern or "\\p" in pattern or "\\P" in pattern or "(?V" in pattern or "\\N" in pattern:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        ascii_digits = frozenset("0123456789")

        def cased(chars: set[str], caseless: bool) -> list[frozenset[str]]:
            if caseless and any(not c.isascii() for c in chars):
                return []  # (a non-ASCII letter may match an ASCII one in any case: the Kelvin sign)
            out = {c for c in chars if c.isascii()}
            if caseless:
                out |= {c.swapcase() for c in out}
            return [frozenset(out)] if out else []

        def in_class(items: Any, caseless: bool) -> list[frozenset[str]]:
            chars: set[str] = set()
            for op, av in items:
                if op is _constants.LITERAL:
                    chars.add(chr(av))
                elif op is _constants.RANGE:
                    low, high = av
                    if high - low > 256:
                        return []
                    chars.update(chr(c) for c in range(low, high + 1))
                elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
                    chars |= ascii_digits  # (in an ASCII text)
                else:
                    return []  # a negated class, another category...
            return cased(chars, caseless)

        def sequence(items: Any, flags: int) -> list[frozenset[str]]:
            return [clause for op, av in items for clause in element(op, av, flags)]

        def element(op: Any, av: Any, flags: int) -> list[frozenset[str]]:
            caseless = bool(flags & _constants.SRE_FLAG_IGNORECASE)
            if op is _constants.LITERAL:
                return cased({chr(av)}, caseless)
            if op is _constants.IN:
                return in_class(av, caseless)
            if op is _constants.SUBPATTERN:
                _group, add, remove, sub = av
                return sequence(sub.data, (flags | add) & ~remove)
            if op is _constants.BRANCH:  # one clause: the union of the smallest clause of each way
                union: set[str] = set()
                for alternative in av[1]:
                    clauses = sequence(alternative.data, flags)
                    if not clauses:
                        return []
                    union |= min(clauses, key=len)
                return [frozenset(union)]
            if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
                low, _high, sub = av
                return sequence(sub.data, flags) if low >= 1 else []
            if op is _constants.ATOMIC_GROUP:
                return sequence(av.data, flags)
            if op is _constants.ASSERT:  # what a look-ahead or look-behind requires is in the text too
                _direction, sub = av
                return sequence(sub.data, flags)
            return []  # any character, a category, a negative assertion, a group reference...

        parsed = _parser.parse(pattern, flags)
        clauses = tuple(sorted(set(sequence(parsed.data, parsed.state.flags)), key=len))
        return clauses or None
    except Exception:  # no parser to use, or a pattern it reads otherwise: no test
        return None


@functools.lru_cache(maxsize=8)
def _characters(text: str) -> frozenset[str]:
    return frozenset(text)


def may_hold(clauses: CharClauses, text: str) -> bool:
    """False only when the ASCII `text` lacks every character of some clause of
    `required_characters` (then the pattern cannot match in it); True for any other text.
    The characters of the last few texts are kept (every recognizer asks about the same text)."""
    if not text.isascii():
        return True
    chars = _characters(text)
    return all(not clause.isdisjoint(chars) for clause in clauses)

# Characters that an ASCII letter matches case-insensitively besides its own two cases
# (`re.IGNORECASE` on a str pattern: the dotted and dotless I, the Kelvin sign, the long s).
_CASELESS_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_MAX_FIRST_CHARS = 256


@functools.lru_cache(maxsize=256)
def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters that a match of `pattern` at the start of a string (`pattern.match(s)`)
    can begin with; None when that is not known, not a small set, or the pattern can match an
    empty string. A string whose first character is not among them cannot match: a one-character
    test instead of a call of the regular-expression engine. Zero-width assertions are skipped
    (the set is then larger than needed, never smaller); a case-insensitive letter is both its
    cases and what else `re` matches it with (see `_CASELESS_EXTRA`), any other case-insensitive
    character outside ASCII makes the answer None."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        ignorecase = _constants.SRE_FLAG_IGNORECASE
        zero_width = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
        repeats = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

        def char(code: int, flags: int) -> set[str]:
            c = chr(code)
            if not flags & ignorecase or not c.isalpha() and c.isascii():
                return {c}
            if not (c.isascii() and c.isalpha()):
                raise ValueError("a case-insensitive character outside ASCII")
            return {c.lower(), c.upper(), *_CASELESS_EXTRA.get(c.lower(), "")}

        def charset(items: Any, flags: int) -> set[str]:
            out: set[str] = set()
            for op, av in items:
                if op is _constants.LITERAL:
                    out |= char(av, flags)
                elif op is _constants.RANGE and av[1] - av[0] < _MAX_FIRST_CHARS:
                    for code in range(av[0], av[1] + 1):
                        out |= char(code, flags)
                else:  # a negated set, a category (\\d, \\s, \\w), a wide range
                    raise ValueError("not a small set")
            return out

        def sequence(items: Any, flags: int) -> tuple[set[str], bool]:
            """(first characters, whether the sequence can match nothing at all)"""
            out: set[str] = set()
            for op, av in items:
                chars, nullable = element(op, av, flags)
                out |= chars
                if not nullable:
                    return out, False
            return out, True

        def element(op: Any, av: Any, flags: int) -> tuple[set[str], bool]:
            if op is _constants.LITERAL:
                return char(av, flags), False
            if op is _constants.IN:
                return charset(av, flags), False
            if op in zero_width:
                return set(), True
            if op is _constants.SUBPATTERN:
                _group, add, remove, sub = av
                return sequence(sub.data, (flags | add) & ~remove)
            if op is _constants.BRANCH:
                out: set[str] = set()
                nullable = False
                for alternative in av[1]:
                    chars, empty = sequence(alternative.data, flags)
                    out |= chars
                    nullable = nullable or empty
                return out, nullable
            if op in repeats:
                low, _high, sub = av
                chars, empty = sequence(sub.data, flags)
                return chars, empty or low == 0
            if op is _constants.ATOMIC_GROUP:
                return sequence(av.data, flags)
            raise ValueError("any character, a category, a group reference...")

        parsed = _parser.parse(pattern, flags)
        chars, nullable = sequence(parsed.data, parsed.state.flags)
        if nullable or len(chars) > _MAX_FIRST_CHARS or parsed.state.flags & _constants.SRE_FLAG_LOCALE:
            return None
        return frozenset(chars)
    except Exception:  # not known (or another Python): no test
        return None


def first_chars_of(pattern: re.Pattern[str]) -> frozenset[str]:
    """`first_chars` of a pattern of our own code, which must have them (checked at import)."""
    chars = first_chars(pattern.pattern, pattern.flags)
    if chars is None:
        raise ValueError(f"no first characters known for {pattern.pattern!r}")
    return chars


# -- matches found where the words they start with are -----------------------------------------
_MAX_HEADS = 64


@functools.lru_cache(maxsize=1024)
def head_words(pattern: str, flags: int = 0) -> tuple[Word, ...]:
    """Words one of which every match of `pattern` starts with (a word in any case: as its
    `caseless` form holds it), from the literal letters its ways begin with after their
    zero-width assertions, with the letters that follow a run when those are known
    (`\\b(?:is|are)\\s`: `is`, `are`; `p(?:ara|[áa]rrafo)`: `para`, `párrafo`, `parrafo`); empty when
    not known (a way that starts with a class of many characters or may match nothing, a
    case-insensitive letter of several forms, too many words, or no parser to use)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        ignorecase = _constants.SRE_FLAG_IGNORECASE
        literal = _constants.LITERAL
        zero_width = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
        repeats = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

        def letter(code: int, flags: int) -> Word:
            c = chr(code)
            if not flags & ignorecase:
                return c, False
            forms = _caseless_forms(c)  # (what `caseless` text holds where the engine matches `c`)
            if len(forms) != 1:
                raise ValueError("a case-insensitive letter of several forms")
            return forms[0], True

        def then(words: set[Word], items: list[Any], flags: int) -> set[Word]:
            """`words` (what the items before `items` match, all of one case mode) each with the
            head words of `items` after it when those are known and of the same mode, else alone."""
            try:
                tails = sequence(items, flags) if items else set()
            except ValueError:
                tails = set()
            modes = {anyway for _word, anyway in words}
            if not tails or len(modes) != 1 or {anyway for _tail, anyway in tails} != modes \
                    or len(words) * len(tails) > _MAX_HEADS:
                return words
            return {(word + tail, anyway) for word, anyway in words for tail, _anyway in tails}

        def sequence(items: list[Any], flags: int) -> set[Word]:
            k = 0
            while k < len(items) and items[k][0] in zero_width:
                k += 1  # (an assertion does not move the start)
            if k == len(items):
                raise ValueError("a way that may match nothing")
            op, av = items[k]
            if op is literal:
                word, anyway = letter(av, flags)
                k += 1
                while k < len(items) and items[k][0] is literal:  # (the run of letters that follows: a longer word)
                    try:
                        more, more_anyway = letter(items[k][1], flags)
                    except ValueError:
                        return {(word, anyway)}
                    if more_anyway != anyway:
                        return {(word, anyway)}
                    word += more
                    k += 1
                # (what follows the run, when its words are known: `p(?:ara|[áa]rrafo)` gives `para`, `párrafo`...)
                return then({(word, anyway)}, items[k:], flags)
            if op is _constants.IN:
                if any(kind is not literal for kind, _value in av):
                    raise ValueError("a class other than a few characters")
                return then({letter(value, flags) for _kind, value in av}, items[k + 1:], flags)
            if op is _constants.SUBPATTERN:
                _group, add, remove, sub = av
                return sequence(list(sub.data), (flags | add) & ~remove)
            if op is _constants.BRANCH:
                out: set[Word] = set()
                for alternative in av[1]:
                    out |= sequence(list(alternative.data), flags)
                return out
            if op in repeats:  # (a part repeated: it starts the match; an optional one, it or what follows)
                inner = sequence(list(av[2].data), flags)
                return inner if av[0] >= 1 else inner | sequence(items[k + 1:], flags)
            if op is _constants.ATOMIC_GROUP:
                return sequence(list(av.data), flags)
            raise ValueError("an optional part, any character, a category...")

        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & _constants.SRE_FLAG_LOCALE:
            return ()
        heads = sequence(list(parsed.data), parsed.state.flags)
        # (a word that starts with another is found where that one is: `should` where `sh` is)
        heads = {(word, anyway) for word, anyway in heads
                 if not any(other != word and word.startswith(other) for other, also in heads if also == anyway)}
        return tuple(sorted(heads)) if len(heads) <= _MAX_HEADS else ()
    except Exception:  # not known (or another Python): no test
        return ()


_MOST_HEADS = 24  # (a text holding a head word more often than once in this many characters is scanned whole)


def finditer_at_heads(pattern: re.Pattern[str], text: str, caseless_text: str, start: int = 0,
                      end: int | None = None, occurrences: Occurrences | None = None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, start, end))`, the same matches, found by trying the pattern
    only where one of its `head_words` starts (`caseless_text` is `caseless(text)`): the pattern
    matches at the first such offset from where the last match ended, as finditer goes on (a
    match starts with a head word: at any other offset it cannot match). A case-insensitive
    pattern holds no first character the engine could skip to, and a scan tries its every way at
    every offset. The text is scanned whole when the pattern has no head words, when they are
    found too often, or for an empty match. (`occurrences`: as `head_offsets` takes it.)"""
    end = len(text) if end is None else min(end, len(text))
    offsets = head_offsets(pattern, text, caseless_text, start, end, occurrences)
    if offsets is None:
        return list(pattern.finditer(text, start, end))
    return _matches_at(pattern, text, offsets, start, end)


def _matches_at(pattern: re.Pattern[str], text: str, offsets: Iterable[int], start: int, end: int) -> list[re.Match[str]]:
    """The matches finditer would find in `text[start:end]`, given every offset (ascending) where one may
    start: the pattern matches at the first of them from where the last match ended, as finditer goes
    on. An empty match: the pattern is scanned whole (finditer then goes on at the same offset)."""
    found: list[re.Match[str]] = []
    position = start
    match = pattern.match
    for at in offsets:
        if at < position:
            continue
        m = match(text, at, end)
        if m is not None:
            if m.end() == m.start():
                return list(pattern.finditer(text, start, end))
            found.append(m)
            position = m.end()
    return found


Occurrences = Callable[[Word], list[int]]  # (every offset of a word in a text, in order, overlapping ones too)


def head_offsets(pattern: re.Pattern[str], text: str, caseless_text: str, start: int, end: int,
                 occurrences: Occurrences | None = None) -> list[int] | None:
    """The offsets in `text[start:end]` where a head word of `pattern` starts (`head_words`), in
    order: a match in the part starts at one of them; None when not known (no head words, a word
    in any case in a text whose `caseless` form is longer) or too many to be worth trying one by
    one (the part is then better scanned). `occurrences`, when given, gives every offset of a
    word in the whole text (in `caseless_text` for a word in any case), kept by the caller: the
    head words of many patterns are the same few words."""
    heads = head_words(pattern.pattern, pattern.flags)
    if not heads or len(caseless_text) != len(text) and any(anyway for _word, anyway in heads):
        return None
    most = (end - start) // _MOST_HEADS
    offsets: set[int] = set()
    if occurrences is not None:  # (a word wholly inside the part, as `find` in it finds it)
        for entry in heads:
            found = occurrences(entry)
            offsets.update(found[bisect.bisect_left(found, start):bisect.bisect_right(found, end - len(entry[0]))])
            if len(offsets) > most:
                return None
        return sorted(offsets)
    for word, anyway in heads:
        haystack = caseless_text if anyway else text
        at = haystack.find(word, start, end)
        while at != -1:
            offsets.add(at)
            at = haystack.find(word, at + 1, end)
        if len(offsets) > most:
            return None
    return sorted(offsets)


# -- matches found near the words they hold ---------------------------------------------------
# (a, s, w): a match and what its assertions look at lie within a + s*S + w*W characters of its
# start, in a text whose longest run of white space is S characters and of word characters W
Reach = tuple[int, int, int]


@functools.lru_cache(maxsize=256)
def match_reach(pattern: str, flags: int = 0) -> Reach | None:
    """How far from its start a match of `pattern`, with everything the engine looks at to
    find it, can reach: at most `a + s*S + w*W` characters for `(a, s, w)`, in a text whose
    longest run of white space is S characters and of word characters W (an upper bound: a
    branch counts its longest way, a look-ahead its whole width, `\\b` and `$` a character
    beyond). Only a repeat without an upper limit of one white-space or one word character
    (`\\s+`, `[ \\t]*`, `\\w+`) may be unbounded: it stays inside one run of such characters.
    None for any other unbounded repeat (`.*`, `[^\\n]+`, `(?:, X)*`), a group reference, or
    when Python's parser cannot be used."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        repeats = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
        single = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
        ahead: list[Reach] = []  # what the look-aheads look at, counted on top of the match

        def one_class(items: Any) -> int | None:
            """1 for one white-space character, 2 for one word character, None for anything else."""
            if len(items) != 1 or items[0][0] is not _constants.IN or len(items[0][1]) != 1:
                if len(items) == 1 and items[0][0] is _constants.LITERAL and chr(items[0][1]).isspace():
                    return 1
                if len(items) == 1 and items[0][0] is _constants.IN and all(
                        kind is _constants.LITERAL and chr(value).isspace() for kind, value in items[0][1]):
                    return 1  # (`[ \\t]`)
                return None
            kind, value = items[0][1][0]
            if kind is _constants.CATEGORY and value is _constants.CATEGORY_SPACE:
                return 1
            if kind is _constants.CATEGORY and value is _constants.CATEGORY_WORD:
                return 2
            if kind is _constants.LITERAL and chr(value).isspace():
                return 1
            return None

        def sequence(items: Any) -> Reach:
            a = s = w = 0
            for op, av in items:
                da, ds, dw = element(op, av)
                a, s, w = a + da, s + ds, w + dw
            return a, s, w

        def element(op: Any, av: Any) -> Reach:
            if op in single:
                return 1, 0, 0
            if op is _constants.AT:
                return 0, 0, 0  # (`\\b`, `^`, `$`: the character beyond is counted once for all below)
            if op is _constants.SUBPATTERN:
                return sequence(av[3])
            if op is _constants.ATOMIC_GROUP:
                return sequence(av)
            if op is _constants.BRANCH:
                ways = [sequence(alternative) for alternative in av[1]]
                return max(a for a, _, _ in ways), max(s for _, s, _ in ways), max(w for _, _, w in ways)
            if op in repeats:
                _low, high, sub = av
                if high is _constants.MAXREPEAT:
                    kind = one_class(sub.data)
                    if kind is None:
                        raise ValueError("unbounded")
                    return (0, 1, 0) if kind == 1 else (0, 0, 1)
                a, s, w = sequence(sub)
                return high * a, high * s, high * w
            if op in (_constants.ASSERT, _constants.ASSERT_NOT):
                direction, sub = av
                if direction == 1:
                    ahead.append(sequence(sub))
                else:
                    sequence(sub)  # (a look-behind looks before the start; still checked to be bounded)
                return 0, 0, 0
            raise ValueError("a group reference or another construct")

        parsed = _parser.parse(pattern, flags)
        a, s, w = sequence(parsed)
        return (a + sum(x[0] for x in ahead) + 2, s + sum(x[1] for x in ahead), w + sum(x[2] for x in ahead))
    except Exception:  # unbounded, or no parser to use: no windows
        return None


_MIN_RUN = 15  # (what `_longest_run` gives for a text without a longer run)
# (a run of word characters is found from its first one only: a scan that tried every one of
# its characters again cost more than the scan itself, 2026-12-02, readspeed6)
_LONG_RUNS = (lazy(r"\s\s{15,}"), lazy(r"(?<!\w)\w{16,}"))  # (white space: a first class, the engine skips ahead)


@functools.lru_cache(maxsize=16)
def _longest_run(text: str, kind: int) -> int:
    """An upper bound of the longest run of white space (kind 0) or word characters (kind 1)."""
    return max((m.end() - m.start() for m in _LONG_RUNS[kind].finditer(text)), default=_MIN_RUN)


def finditer_near_words(pattern: re.Pattern[str], clauses: Clauses, text: str, caseless_text: str,
                        seen: dict[Word, bool] | None = None, hits: Hits | None = None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, the same matches, found by searching only near the
    words that every match holds (`clauses`, `required_words` of the pattern; `caseless_text`
    is `caseless(text)`). Every match holds a word of each clause, so it starts at most its
    reach (`match_reach`) before one of them: the text is searched in those windows only, each
    search ending where no attempt inside the window can look further, so every attempt sees
    exactly the characters it would see in the whole text. A long text in which the words are
    rare costs a few short searches instead of a scan at every offset (a case-insensitive
    pattern gives the engine no first character to skip to). A short text, or a pattern without
    clauses or a bounded reach, is scanned whole (where its head words are: `finditer_at_heads`). (`hits`: the offsets of words found so far in
    this text, kept for the next pattern; the patterns of a reading share their words.)"""
    if not may_match(clauses, text, caseless_text, seen):
        return []
    reach = match_reach(pattern.pattern, pattern.flags)
    if reach is None or not clauses or len(caseless_text) != len(text) \
            or 4 * (reach[0] + _MIN_RUN * (reach[1] + reach[2])) >= len(text):
        # no windows, or a text too short for them whatever its runs (`_longest_run` is never less
        # than `_MIN_RUN`): no scan for its runs
        return finditer_at_heads(pattern, text, caseless_text)
    width = reach[0] + (reach[1] and reach[1] * _longest_run(text, 0)) + (reach[2] and reach[2] * _longest_run(text, 1))
    if 4 * width >= len(text):  # a short text
        return finditer_at_heads(pattern, text, caseless_text)
    # a window costs a call of the engine (some tens of characters' scan): windows only where
    # they cost less than one scan of the whole
    offsets = _offsets_of_rarest(clauses, text, caseless_text, len(text) // (width + 40), seen, hits)
    if offsets is None:
        return finditer_at_heads(pattern, text, caseless_text)
    offsets.sort()
    found: list[re.Match[str]] = []
    end = len(text)
    position = 0  # where the next match may start (as finditer goes on after the last one)
    window_start = window_end = -1
    for at in [*offsets, None]:
        if at is not None and window_end >= 0 and at - width <= window_end + 1:
            window_end = at  # (overlapping windows are searched as one)
            continue
        if window_end >= position and near_every_clause(clauses, text, caseless_text, max(window_start, position),
                                                         min(end, window_end + width + 1), width):
            start = max(window_start, position)
            while start <= window_end:
                m = pattern.search(text, start, min(end, window_end + width + 1))
                if m is None or m.start() > window_end:
                    break
                if m.end() == m.start():  # (cannot be: a match holds a word; scanned as finditer would)
                    return _scan_whole(pattern, text)
                found.append(m)
                position = start = m.end()
        if at is not None:
            window_start, window_end = max(0, at - width), at
    return found


def near_every_clause(clauses: Clauses, text: str, caseless_text: str, start: int, stop: int, width: int) -> bool:
    """Whether every clause has a word in `start:stop` (or up to `width` characters before it,
    where a look-behind may look): a match that starts in the window and ends by `stop` holds
    one (a long text holds the words of most patterns somewhere, but seldom near each other)."""
    lo = max(0, start - width)
    near, near_caseless = text[lo:stop], caseless_text[lo:stop]
    for clause in clauses:  # (loops, not generators: asked for every window)
        for word, anyway in clause:
            if word in (near_caseless if anyway else near):
                break
        else:
            return False
    return True


def _scan_whole(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`. (A scan first with the pattern without its assertions,
    for the engine to skip ahead to a literal, cost more than it saved on the reader's patterns,
    most of them case-insensitive: 2026-12-02, readspeed6.)"""
    return list(pattern.finditer(text))


# The offsets of a word in a text found so far, from its start (overlapping ones too), and whether
# they are all of them (`finditer_near_words`).
Hits = dict[Word, tuple[list[int], bool]]


def _offsets_of_rarest(clauses: Clauses, text: str, caseless_text: str, most: int,
                       seen: dict[Word, bool] | None = None, hits: Hits | None = None) -> list[int] | None:
    """Every offset of a word of one clause (overlapping ones too), of the clause found least
    often among the first few (clauses of long words come first: those are rare); None when
    each of them is found more than `most` times. (`seen`, as `may_match` keeps it: a word known
    not to be in the text is not looked for again; `hits`, the offsets found by earlier calls on
    this text, taken from there and added to.)"""
    best: list[int] | None = None
    for clause in clauses[:4]:
        cap = most + 1 if best is None else len(best)
        offsets: list[int] = []
        for entry in clause:
            if seen is not None and seen.get(entry) is False:
                continue
            need = cap - len(offsets)
            if need <= 0:
                continue
            found, complete = hits.get(entry, ([], False)) if hits is not None else ([], False)
            if not complete and len(found) < need:
                word, caseless = entry
                haystack = caseless_text if caseless else text
                found = list(found)
                at = haystack.find(word, found[-1] + 1 if found else 0)
                while at != -1 and len(found) < need:
                    found.append(at)
                    at = haystack.find(word, at + 1)
                complete = at == -1
                if hits is not None:
                    hits[entry] = found, complete
            offsets.extend(found[:need])
        if len(offsets) < cap:
            best = offsets
            if len(best) <= 4:
                break
    return best


def finditer_on_lines(pattern: Any, anchor: Any, text: str) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern whose matches never cross a line end and
    always hold a match of `anchor`: the pattern is tried only on the lines where `anchor` is
    found (most lines hold none, and a scan of the whole text tries the pattern everywhere)."""
    found: list[re.Match[str]] = []
    line_end = -1
    for hit in anchor.finditer(text):
        if hit.start() < line_end:
            continue  # (a line already tried)
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        line_end = len(text) if line_end == -1 else line_end
        found.extend(pattern.finditer(text, line_start, line_end))
    return found


# -- a choice scanned way by way ---------------------------------------------------------------
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def top_level_ways(pattern: str) -> tuple[str, ...] | None:
    """The ways of a pattern that is a choice at its top (`A|B|C`), as the texts between its
    top-level `|`s (joined by `|` they are the pattern again); None when it is no choice or cannot
    be taken apart so (a global inline flag such as `(?x)`, a group reference, a conditional)."""
    if not _separable(pattern):
        return None
    ways: list[str] = []
    start = 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            ways.append(pattern[start:i])
            start = i + 1
    ways.append(pattern[start:])
    if len(ways) < 2 or "|".join(ways) != pattern or not all(map(_separable, ways)):
        return None  # (no choice, or a way that refers to a group of another way)
    return tuple(ways)


_NAMED_REFERENCE = re.compile(r"\(\?P=(\w+)\)")


def _separable(pattern: str) -> bool:
    """Whether the parts of `pattern` can be compiled alone (no global inline flag such as `(?x)`,
    no numbered group reference, no conditional, no comment, no reference by name to a group the
    pattern does not hold: `<(?P<tag>note|fn)>...</(?P=tag)>` is whole, and `top_level_ways` checks
    that each way is)."""
    return not (_GLOBAL_FLAGS.search(pattern) or any(what in pattern for what in ("(?(", "(?#"))
                or re.search(r"\\[1-9]", pattern)
                or any("(?P<" + name + ">" not in pattern for name in _NAMED_REFERENCE.findall(pattern)))


# -- a choice scanned for its ways' anchors once per text ---------------------------------------
class WayScan:
    """The ways of a pattern that is a choice at its top (`top_level_ways`), each with its anchor
    words (`anchor_words`: the rarest clause of the way, or the rarest clause of each of its own
    ways, `anchor_alternatives`, when those words are longer), and every anchor of every way in
    one scan (`hits`): a trie of the words as written and one of those in any case, tried at every
    offset (overlapping words too: the longest word at an offset holds every shorter one there as
    its prefix). A part of a text can hold a match of a way only if it holds a hit of one of the
    way's anchor words (a match of the way holds one), or, for a way with a gate (`gates`, by a
    way's exact text: a pattern that finds something in every part the way matches in), where its
    gate finds something in the part; a way without words or gate is tried in every part
    (`always`). Built once per rules object (kept on it), derived from the pattern alone: a phrase
    added to the rules brings its own words. (A hit is a way's word found in the whole text, at an
    offset: one that starts in a part lies in it, or runs past its end and only lets more through.)"""

    __slots__ = ("pattern", "ways", "gates", "always", "exact_scan", "any_scan", "fallback", "exact_ways", "any_ways",
                 "all_any_ways", "_anchors", "_clauses", "ascii_scans")

    def __init__(self, pattern: re.Pattern[str], gates: dict[str, Any] | None = None):
        self.pattern = pattern
        gates = gates or {}
        top = top_level_ways(pattern.pattern) if not pattern.flags & re.VERBOSE else None
        if top is None and not pattern.flags & re.VERBOSE and _separable(pattern.pattern) \
                and len(_flat_ways(pattern.pattern, 3)) > 1:
            top = (pattern.pattern,)  # (one group of a choice, `(?i:A|B)`: its ways, `_flat_ways`)
        try:  # (a way that is a group of a choice is taken apart into its own ways, unless it has a gate)
            self.ways: tuple[re.Pattern[str], ...] = tuple(
                compile_pattern(way, pattern.flags) for each in top or ()
                for way in ((each,) if each in gates else _flat_ways(each, 3)))
        except re.error:  # (a way that cannot stand alone)
            self.ways = ()
        self.gates: tuple[tuple[int, Any], ...] = tuple((k, gates[way.pattern]) for k, way in enumerate(self.ways)
                                                         if way.pattern in gates)
        gated = {k for k, _ in self.gates}
        always = 0
        exact: dict[str, int] = {}
        anyway: dict[str, int] = {}
        self._anchors: dict[int, frozenset[Word]] = {}
        for k, way in enumerate(self.ways):
            if k in gated:
                continue
            words = self.anchors_of(way)
            if not words or any(len(word) < 2 and in_any_case for word, in_any_case in words):
                # (a letter in any case is in nearly every part: the way is tried in each, not looked for)
                always |= 1 << k
                continue
            self._anchors[k] = words
            for word, in_any_case in words:
                into = anyway if in_any_case else exact
                into[word] = into.get(word, 0) | 1 << k
        self.always = always
        # (a few clauses of each way, `anchor_words`: a part where one of them has no word holds no match of
        # it; not the way's anchors, which its hit in the part holds)
        self._clauses: tuple[Clauses, ...] = tuple(
            _fewest(tuple(c for c in anchor_words(way.pattern, way.flags) if c != self._anchors.get(k)))
            for k, way in enumerate(self.ways))
        # (the ways of every word that is a prefix of a word: what a hit of the longer one holds)
        self.exact_ways = _with_prefixes(exact)
        self.any_ways = _with_prefixes(anyway)
        self.all_any_ways = 0
        for ways in anyway.values():
            self.all_any_ways |= ways
        # (the longest word as written, in the text; the longest in any case, in its `caseless` form, where
        # the engine skips to a word's first letter; `fallback` for a text whose `caseless` form is longer)
        self.exact_scan = compile_pattern(literal_trie(sorted(exact))) if exact else None
        self.any_scan = compile_pattern(literal_trie(sorted(anyway))) if anyway else None
        self.fallback = compile_pattern("(?=((?i:" + literal_trie(sorted(anyway)) + ")))") if anyway else None
        # (the same two tries of the ASCII words alone, for an ASCII text, which holds no other word: most texts;
        # a trie of fewer words tries fewer first letters, and one of other scripts' words alone is not scanned)
        exact_ascii, any_ascii = sorted(w for w in exact if w.isascii()), sorted(w for w in anyway if w.isascii())
        self.ascii_scans = (compile_pattern(literal_trie(exact_ascii)) if exact_ascii else None,
                            compile_pattern(literal_trie(any_ascii)) if any_ascii else None)

    def anchors_of(self, way: re.Pattern[str]) -> frozenset[Word]:
        """The anchor words of `way`: a match of it holds one of them (empty: none known)."""
        clauses = anchor_words(way.pattern, way.flags)
        if not clauses:
            return frozenset()
        words = max(clauses, key=_rarity)  # (every clause must hold: the rarest is the best anchor)
        alternatives = anchor_alternatives(way.pattern, way.flags)
        if alternatives and all(alternatives):
            of_ways = frozenset(word for alternative in alternatives for word in max(alternative, key=_rarity))
            if _shortest(of_ways) > _shortest(words):
                words = of_ways
        return words

    def hits(self, text: str, caseless_text: str) -> tuple[list[int], list[int]]:
        """The offsets in `text` where an anchor word starts (`caseless_text`: `caseless(text)`),
        and the ways (a bit each) whose words start there (overlapping words too: every word at an
        offset is a prefix of the longest one there)."""
        held: dict[int, int] = {}
        if text.isascii():  # (its `caseless` form is ASCII too, of the same length: the ASCII words' tries)
            exact_scan, any_scan = self.ascii_scans
            scans = [(exact_scan, text, self.exact_ways), (any_scan, caseless_text, self.any_ways)]
        elif len(caseless_text) == len(text):  # (a word in any case is where it is in the `caseless` form)
            scans = [(self.exact_scan, text, self.exact_ways), (self.any_scan, caseless_text, self.any_ways)]
        else:
            scans = [(self.exact_scan, text, self.exact_ways)]
            if self.fallback is not None:
                every = self.all_any_ways
                for found in self.fallback.finditer(text):
                    held[found.start()] = self.any_ways.get(caseless(found.group(1)), every)
        for scan, haystack, ways_of in scans:
            if scan is None:
                continue
            search = scan.search
            m: re.Match[str] | None = search(haystack)
            while m is not None:
                at = m.start()
                held[at] = held.get(at, 0) | ways_of[m.group()]
                m = search(haystack, at + 1)
        offsets = sorted(held)
        return offsets, [held[at] for at in offsets]

    def ways_in(self, hits: tuple[list[int], list[int]], text: str, start: int, end: int,
                caseless_text: str | None = None) -> list[re.Pattern[str]]:
        """The ways that may match in `text[start:end]`, in their order: those with a hit there
        (`hits` of `text`), those whose gate finds something there, and those with neither; less,
        when `caseless_text` (`caseless(text)`) is given, those with a clause of their words none
        of which is in the part (a match of a way in the part holds a word of each of its clauses:
        the hit of its anchor clause is often the only one, `document` or `report` alone)."""
        offsets, ways = hits
        held = self.always
        for held_here in ways[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]:
            held |= held_here
        for k, gate in self.gates:
            if gate.search(text, start, end) is not None:
                held |= 1 << k
        out = []
        part = part_in_any_case = None
        clauses_of = self._clauses
        while held:  # (the ways of the bits set, lowest first)
            low = held & -held
            k = low.bit_length() - 1
            held ^= low
            clauses = clauses_of[k]
            if clauses and caseless_text is not None:
                if part is None:
                    part = text[start:end]
                    # (a word in any case is looked for where the `caseless` form has the text's offsets)
                    part_in_any_case = caseless_text[start:end] if len(caseless_text) == len(text) else None
                if not _clauses_in(clauses, part, part_in_any_case):
                    continue
            out.append(self.ways[k])
        return out


_MAX_PART_CLAUSES = 4  # (clauses a way is tried for in a part, at most: the first few rule most parts out)


def _fewest(clauses: Clauses) -> Clauses:
    """The clauses that `WayScan.ways_in` tries in a part: no clause that holds every word of
    another (it holds whenever that one does), those of the longest words first (the rarest),
    none made mostly of the words of one taken before it, a few at most."""
    minimal = [clause for clause in clauses if not any(other < clause for other in clauses)]
    kept: list[frozenset[Word]] = []
    words: set[Word] = set()
    for clause in sorted(dict.fromkeys(minimal), key=lambda clause: (-_shortest(clause), len(clause))):
        if len(kept) < _MAX_PART_CLAUSES and 2 * len(clause & words) < len(clause):  # (not mostly the words of
            kept.append(clause)  # one kept: the ways of a choice repeat them)
            words |= clause
    return tuple(kept)


def _clauses_in(clauses: Clauses, part: str, part_in_any_case: str | None) -> bool:
    """Whether every clause has a word in `part` (a word in any case in `part_in_any_case`, its
    `caseless` form; None: such a word counts as there)."""
    for clause in clauses:
        for word, anyway in clause:
            if anyway:
                if part_in_any_case is None or word in part_in_any_case:
                    break
            elif word in part:
                break
        else:
            return False
    return True


_GROUP_OPENER = re.compile(r"\((?!\?)|\(\?(?:P<\w+>|[aiLmsux]*(?:-[imsx]+)?:)")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The offsets from `start` of the `(`, `)` and `|` of `pattern` that are no character of a
    class or an escape, each with the depth of the groups open after it (a `)` counted closed)."""
    depth = 0
    in_class = False
    i = start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[i:i + 1] == "]":  # (a `]` first in a class is one of its characters)
                i += 1
            continue
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _closing(pattern: str, start: int) -> int:
    """The offset of the `)` that closes the group opened at `start` (-1: none)."""
    return next((i for i, c, depth in _structure(pattern, start) if c == ")" and depth == 0), -1)


def _flat_ways(way: str, depth: int) -> tuple[str, ...]:
    """`way` as the ways it is a choice of when it is one group holding a choice (`(?P<name>A|B)`,
    `(?:A|B)`, `(?i:A|B)`: A and B, `(?i:A)` and `(?i:B)` in a group of flags), those taken apart
    again (`depth` times at most): a match of `way` at an offset is a match of one of them there.
    Else `way` alone."""
    if depth <= 0:
        return (way,)
    bounds = "\\b" if way.startswith("\\b(") else ""  # (`\b(?:A|B)`: `\bA` and `\bB`)
    opener = _GROUP_OPENER.match(way, len(bounds))
    if opener is None or _closing(way, len(bounds)) != len(way) - 1:
        return (way,)
    inner = way[opener.end():-1]
    written = opener.group(0)
    flags = written if written.endswith(":") and written != "(?:" else ""  # (a group of flags keeps them)
    ways = top_level_ways(inner)
    if ways is None:
        if _GROUP_OPENER.match(inner) is None and not inner.startswith("\\b("):
            return (way,)
        ways = (inner,)  # (a group holding one group: `(?P<name>(?i:A|B))`)
    return tuple((flags + bounds + flat + ")" if flags else bounds + flat) for each in ways
                 for flat in _flat_ways(each, depth - 1))


def _with_prefixes(ways_of: dict[str, int]) -> dict[str, int]:
    """`ways_of` (ways by word), each word with the ways of every word that is a prefix of it."""
    out: dict[str, int] = {}
    for word in ways_of:
        held = 0
        for k in range(1, len(word) + 1):
            held |= ways_of.get(word[:k], 0)
        out[word] = held
    return out


def _rarity(words: frozenset[Word]) -> tuple[int, int]:
    """How rare a clause's words are in text: its shortest word's length, then the fewer words."""
    return _shortest(words), -len(words)


def finditer_of_ways(pattern: re.Pattern[str], text: str, start: int, end: int, ways: list[re.Pattern[str]],
                     caseless_text: str | None = None, occurrences: Occurrences | None = None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, start, end))`, the same matches, for a pattern that is a
    choice at its top, given every one of its ways (`top_level_ways`, each compiled alone, or
    taken apart further: `WayScan.ways_in`) that may match in the part: each is scanned alone for
    every offset where it matches; the pattern then matches at the first such offset from where
    the last match ended (as finditer goes on), which it does exactly as finditer would there: at
    an offset where no way matches, the choice does not match either. (Python's engine tries every
    way of a choice at every offset; a choice of a dozen case-insensitive ways holds no first
    character or word it could skip ahead to.) An empty match: the pattern is scanned whole.
    Given `caseless_text` (`caseless(text)`) and `occurrences` (as `head_offsets` takes it), a way
    with head words (`head_words`: every match of it starts with one) is tried only where one of
    them starts in the part, as `finditer_at_heads` tries a pattern: a match at an offset does not
    depend on where the search began, so the offsets are the same."""
    offsets: set[int] = set()
    for way in ways:
        heads = head_offsets(way, text, caseless_text, start, end, occurrences) if caseless_text is not None else None
        if heads is not None:
            match = way.match
            offsets.update(at for at in heads if match(text, at, end) is not None)
            continue
        at = start
        while at <= end:  # (a search from beyond `end` would find an empty match at `end` again)
            m = way.search(text, at, end)
            if m is None:
                break
            offsets.add(m.start())
            at = m.start() + 1
    return _matches_at(pattern, text, sorted(offsets), start, end)
