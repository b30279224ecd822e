"""The leak check: after a version is built, prove that no withheld or redacted text survives.

Text is compared as casefolded word tokens of its normalised view (`sbu_redact.textview`:
every line end a `\n`, zero-width, bidi and other invisible characters gone, no-break and other
spaces plain, fullwidth forms and look-alike letters such as a Cyrillic `К` folded), so case,
spacing, line-break, invisible-character and look-alike variants do not hide a leak. Hyphens are read two ways, and a leak in either reading counts:
joined (`Kruits-\\nkikh` and `Kruits-kikh` read as `kruitskikh`: line-end hyphenation and
split words) and as separators (`Kruitskikh-\\nsaid` reads `kruitskikh said`). Soft hyphens
and zero-width characters are ignored.

- A withheld portion leaks when one of its word n-gram shingles (n = 4, or the whole portion
  when shorter) appears in the version, unless that shingle also occurs in the text the
  version legitimately releases (kept text, placeholders, banners, stamp).
- A redacted entity leaks when its token sequence appears anywhere in the version.
Removed caveats and replaced banners are not checked: they are layout, not content.

The error never quotes the leaked text (the message may end up in logs): it gives the
action, its span in the original and the line of the version.
"""
from __future__ import annotations

import functools
import unicodedata

import regex
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .textview import TextView, view_of

if TYPE_CHECKING:  # pragma: no cover
    from .redaction import Action

SHINGLE = 4
#: Redacted entities shorter than this (in letters and digits) are not checked: one or two
#: characters occur everywhere.
MIN_ENTITY_CHARS = 3

# `regex` for Unicode classes: \p{Cf} covers soft hyphens and zero-width characters hidden
# inside words, \p{Pd} every dash a hyphenated line break may use (-, ‐, ‑, –).
_WORD = r"[\w\p{Cf}]+"
_TOKEN_JOINED = regex.compile(_WORD + r"(?:\p{Pd}[ \t]*(?:\r?\n[ \t]*)?" + _WORD + r")*")
_TOKEN_SPLIT = regex.compile(_WORD)
_INVISIBLE = regex.compile(r"[\p{Cf}\s\p{Pd}]")
_DASH = regex.compile(r"\p{Pd}")


class LeakError(Exception):
    """Withheld or redacted text survives in a version. The version must not be produced."""

    def __init__(self, message: str, leaks: Sequence["Leak"] = ()):
        super().__init__(message)
        self.leaks = list(leaks)


@dataclass(frozen=True)
class Leak:
    kind: str          # "withhold" or "redact"
    start: int         # span of the action in the original
    end: int
    rule: str
    version_line: int  # 1-based line in the version where the text survives
    stream: str        # "joined" or "split": the hyphen reading that found it


def _normal(word: str) -> str:
    """A token as compared: invisible characters, spaces and dashes removed, NFKC, casefolded."""
    if word.isascii() and word.isalnum():  # most words: nothing to remove, NFKC keeps them
        return word.lower()  # = casefold for ASCII
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", word)).casefold()


def tokens(text: str, *, join_hyphens: bool = True, view: TextView | None = None) -> list[tuple[str, int]]:
    """Normalized word tokens of `text` (read on its normalised view, `view` when the caller
    already has it) with their offsets in `text`."""
    pattern = _TOKEN_JOINED if join_hyphens else _TOKEN_SPLIT
    view = view if view is not None else view_of(text)
    out = []
    for match in pattern.finditer(view.text):
        word = _normal(match.group(0))
        if word:
            out.append((word, view.to_original(match.start())))
    return out


def words_of(text: str, *, join_hyphens: bool = True, view: TextView | None = None) -> list[str]:
    """The words of `tokens(text)` without their offsets (no match objects: 3x faster)."""
    pattern = _TOKEN_JOINED if join_hyphens else _TOKEN_SPLIT
    view = view if view is not None else view_of(text)
    if view.text.isascii():
        return _ascii_words(view.text, pattern)
    return _general_words(view.text, pattern)


def _general_words(text: str, pattern: regex.Pattern[str]) -> list[str]:
    words = [w.lower() if w.isascii() and w.isalnum() else _normal(w) for w in pattern.findall(text)]
    return [w for w in words if w] if "" in words else words


def _ascii_words(text: str, pattern: regex.Pattern[str]) -> list[str]:
    """`_general_words` of an ASCII text, with the per-word work done on the whole text: its
    words are runs of [A-Za-z0-9_], lowered (NFKC changes no ASCII character, casefold is lower),
    and only a word joined over a hyphen holds characters `_normal` removes (the hyphen, and the
    spaces and line end after it); no word is empty."""
    words = pattern.findall(text.lower())
    if "-" in text and pattern is _TOKEN_JOINED:
        return [_INVISIBLE.sub("", w) if "-" in w else w for w in words]
    return words


def _readings(text: str, view: TextView) -> dict[bool, list[str]]:
    """`words_of(text, join_hyphens=j, view=view)` for j in (True, False): one list for both when
    the view holds no dash (the joined reading joins words over a dash only, so both are the same)."""
    joined = words_of(text, join_hyphens=True, view=view)
    if ("-" not in view.text) if view.text.isascii() else not _DASH.search(view.text):
        return {True: joined, False: joined}
    return {True: joined, False: words_of(text, join_hyphens=False, view=view)}


def _words(text: str, join: bool) -> list[str]:
    return words_of(text, join_hyphens=join)


@functools.lru_cache(maxsize=1024)
def _added_words(text: str, join: bool) -> tuple[str, ...]:
    """The words of a replacement, banner or stamp (the same few recur in every version)."""
    return tuple(words_of(text, join_hyphens=join))


class OriginalTokens:
    """The words of stretches of one original text, shared by the leak checks of all its
    versions: the withheld portions, redacted entities and released stretches of the original
    are mostly the same at every level, so each is tokenized once. `words(start, end, join)` is
    `_words(text[start:end], join)` (each slice read on its own normalised view, as before)."""

    def __init__(self, text: str):
        self.text = text
        self._words: dict[tuple[int, int], dict[bool, list[str]]] = {}
        self._versions: dict[tuple[str, bool], list[str]] = {}  # two levels often release the same text

    def words(self, start: int, end: int, join: bool) -> list[str]:
        if (start, end) not in self._words:
            piece = self.text[start:end]
            self._words[(start, end)] = _readings(piece, view_of(piece))  # one view for both hyphen readings
        return self._words[(start, end)][join]

    def version_words(self, version: str, join: bool, view: TextView) -> list[str]:
        """`words_of(version)` (`view` is its view), computed once for the versions of this text
        that are the same."""
        if (version, join) not in self._versions:
            if len(self._versions) >= 8:
                self._versions.clear()
            for j, words in _readings(version, view).items():  # (both readings: the check reads both)
                self._versions[(version, j)] = words
        return self._versions[(version, join)]


def _ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    if n <= 0:
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
    return set(zip(*(words[i:] for i in range(n))))  # the same n-grams, built in C


class _Index:
    """n-gram sets of one token stream, computed on demand, the stream too (`pieces()` is
    called on the first request: a version without withheld portions never tokenizes what it
    releases)."""

    def __init__(self, pieces: Callable[[], Iterable[Sequence[str]]]):
        self._pieces = pieces
        self._cache: dict[int, set[tuple[str, ...]]] = {}

    @functools.cached_property
    def pieces(self) -> list[Sequence[str]]:
        return list(self._pieces())

    @functools.cached_property
    def _delimited(self) -> list[str]:
        return [_delimit(piece) for piece in self.pieces]

    def holds(self, gram: tuple[str, ...]) -> bool:
        """`gram in self.grams(len(gram))`, without building the set of every n-gram of the stream
        (a redacted entity is one n-gram, of a length of its own): its words, delimited, are
        looked for in the stream's words, delimited (no word holds the delimiter)."""
        if len(gram) in self._cache:
            return gram in self._cache[len(gram)]
        needle = _delimit(gram)
        return any(needle in piece for piece in self._delimited)

    def grams(self, n: int) -> set[tuple[str, ...]]:
        if n not in self._cache:
            grams: set[tuple[str, ...]] = set()
            for piece in self.pieces:
                grams |= _ngrams(piece, n)
            self._cache[n] = grams
        return self._cache[n]


def _delimit(words: Sequence[str]) -> str:
    """The words joined and surrounded by NUL, which no word holds (words are runs of word and
    format characters, normalised): a run of words occurs in a stream exactly when its
    delimited form is a substring of the stream's."""
    return "\0" + "\0".join(words) + "\0"


def _version_pieces(shared: OriginalTokens, version: str, join: bool, view: TextView) -> list[Sequence[str]]:
    return [shared.version_words(version, join, view)]


def _allowed_pieces(shared: OriginalTokens, released: list[tuple[int, int]], added: list[str],
                    join: bool) -> list[Sequence[str]]:
    """The words the version may hold: the released stretches of the original and the text the
    builder added (replacements, banner, stamp)."""
    return [*(shared.words(s, e, join) for s, e in released), *(_added_words(t, join) for t in added)]


def _released_spans(original: str, actions: Sequence["Action"]) -> list[tuple[int, int]]:
    """The stretches of the original that no action covers."""
    spans, cursor = [], 0
    for action in sorted(actions, key=lambda a: (a.start, a.end)):
        if action.start > cursor:
            spans.append((cursor, action.start))
        cursor = max(cursor, action.end)
    spans.append((cursor, len(original)))
    return spans


def check_leaks(original: str, version: str, actions: Sequence["Action"], *,
                extra_allowed: Iterable[str] = (), original_tokens: OriginalTokens | None = None) -> None:
    """Raise LeakError if any withheld portion or redacted entity of `original` survives in
    `version`. `extra_allowed` is text the builder added besides the actions' replacements
    (banner, stamp). `original_tokens` (of `original`) shares tokenization between versions."""
    shared = original_tokens if original_tokens is not None and original_tokens.text == original \
        else OriginalTokens(original)
    checked = [action for action in actions if action.kind in ("withhold", "redact")]
    if not checked:
        return  # nothing withheld or redacted: nothing can leak (and nothing is tokenized)
    released = _released_spans(original, actions)
    added = [a.replacement for a in actions if a.replacement] + [t for t in extra_allowed if t]
    leaks: list[Leak] = []
    version_view = view_of(version)
    for join, stream in ((True, "joined"), (False, "split")):
        version_index = _Index(functools.partial(_version_pieces, shared, version, join, version_view))
        allowed = _Index(functools.partial(_allowed_pieces, shared, released, added, join))
        for action in checked:
            words = shared.words(action.start, action.end, join)
            if not words:
                continue
            if action.kind == "redact":
                if sum(len(w) for w in words) < MIN_ENTITY_CHARS:
                    continue
                gram = tuple(words)
                found = {gram} if version_index.holds(gram) else set()
            else:
                n = min(SHINGLE, len(words))
                # (its shingles in the version, less those the version may hold: the same set as
                # the shingles it may not hold that are in the version, and seldom any to take away)
                found = _ngrams(words, n) & version_index.grams(n)
                if found:
                    found -= allowed.grams(n)
            if found:
                offset = _first_offset(tokens(version, join_hyphens=join, view=version_view), found)
                leaks.append(Leak(action.kind, action.start, action.end, action.rule,
                                  version.count("\n", 0, offset) + 1, stream))
    if leaks:
        unique = sorted({(leak.kind, leak.start, leak.end, leak.rule, leak.version_line): leak
                         for leak in leaks}.values(),
                        key=lambda leak: (leak.start, leak.end, leak.kind, leak.version_line))
        first = unique[0]
        what = "withheld portion" if first.kind == "withhold" else "redacted text"
        more = f" (and {len(unique) - 1} more)" if len(unique) > 1 else ""
        raise LeakError(f"leak check failed: {what} at {first.start}-{first.end} of the original "
                        f"(rule {first.rule}) survives at line {first.version_line} of the version"
                        f"{more}; the version is not produced", unique)


def _first_offset(version_tokens: list[tuple[str, int]], found: set[tuple[str, ...]]) -> int:
    n = len(next(iter(found)))
    words = [w for w, _ in version_tokens]
    for i in range(len(words) - n + 1):
        if tuple(words[i:i + n]) in found:
            return version_tokens[i][1]
    return 0
