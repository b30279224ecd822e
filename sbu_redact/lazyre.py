"""Regular expressions of our own code and of the rules, compiled on first use and, across
processes, not compiled again.

`lazy(pattern, flags)` stands for `re.compile(pattern, flags)`, done when the pattern is first
used: a command that reads one document (`sbu-redact check FILE`) compiles only the patterns
that document needs, not the reader's hundred-odd at import. Once used, its methods are the
compiled pattern's own (kept on the object: no indirection per call).

Parsing and compiling a pattern is most of what a short run does besides importing (Python's
`re` does both in Python). `compile_pattern` keeps what the compiler hands to the regular
expression engine (`_sre.compile`: the code, the flags and the groups) in the user's cache,
beside the validated rules (`rules_cache`: the same trust rules, the same directory, off when
`SBU_REDACT_CACHE_DIR` is empty), keyed by the exact Python version and engine (the code packed
as the bytes of an array: a table of many patterns unpickles as a few byte strings); a later
process gives the engine that code instead of parsing and compiling the pattern again. An entry is
stored only when the pattern it makes compares equal to `re.compile`'s (patterns compare their
code, flags and text), the engine checks any code it is given, and anything else (another
Python, an entry the engine refuses, no cache) compiles as `re.compile` does. The first
characters of a pattern (`prefilter.first_chars`, another parse) and the words of the ways of a
choice (`prefilter.alternative_words`) and the anchor words of a pattern (`prefilter.anchor_words`) are
kept the same way.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

# What a `LazyPattern` answers for its compiled pattern (all looked up once, then kept).
_COMPILED_ATTRIBUTES = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                        "flags", "groups", "groupindex")


class LazyPattern:
    """`re.compile(pattern, flags)`, done when first used. `first` is
    `prefilter.first_chars_of` of it (the characters a match can begin with), also made on
    first use."""

    pattern: str
    compiled: re.Pattern[str]
    first: frozenset[str]
    flags: int
    groups: int
    groupindex: Mapping[str, int]
    if TYPE_CHECKING:  # (at run time, the compiled pattern's own methods: see __getattr__)
        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...

        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...

        def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str: ...

        def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]: ...

        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what the object does not hold yet
        if name == "compiled":
            compiled = self.__dict__["compiled"] = compile_pattern(self.pattern, self._flags)
            for attribute in _COMPILED_ATTRIBUTES:
                self.__dict__[attribute] = getattr(compiled, attribute)
            return compiled
        if name == "first":
            compiled = self.compiled
            chars = first_chars(compiled.pattern, compiled.flags)
            if chars is None:
                raise ValueError(f"no first characters known for {self.pattern!r}")
            self.__dict__["first"] = chars
            return chars
        if name in _COMPILED_ATTRIBUTES:
            self.compiled  # noqa: B018 (compiles and keeps its attributes)
            return self.__dict__[name]
        raise AttributeError(name)

    def __reduce__(self) -> tuple[Any, ...]:  # (pickled as what it was made from, not compiled)
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (see the module's docstring)."""
    return LazyPattern(pattern, flags)


def first_of(pattern: LazyPattern) -> frozenset[str]:
    """`pattern.first`, none for a pattern of the rules that matches nothing (`(?!)`, an entry the rules
    leave out; the rules' schema checks that the others have first characters known)."""
    return pattern.first if pattern.pattern != "(?!)" else frozenset()


# -- what earlier processes compiled ----------------------------------------------------------
_Key = tuple[str, str, int]  # ("code", "first", "ways <code fingerprint>" or "anchors <code fingerprint>", pattern, flags)
_TABLE: dict[_Key, Any] | None = None  # as loaded from the cache
_NEW: dict[_Key, Any] = {}  # made in this process, stored when it exits
_MAX_ENTRIES = 8192  # (patterns of many rule sets: beyond this, the table starts again, so that it stays small to load;
# one `check` run compiles about 1,100 patterns: at 1024 each run kept only what it compiled and the next compiled the rest)
_NOT_KNOWN = object()


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`; a pattern compiled in an earlier process is given to the
    engine as the code it compiled to, without parsing or compiling it again."""
    args = _table().get(("code", pattern, flags))
    if args is not None:
        try:
            import _sre  # type: ignore[import-not-found]

            flags_, code, *rest = args
            return _sre.compile(pattern, flags_, _code_list(code), *rest)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - an entry the engine refuses: compile
            pass
    compiled = re.compile(pattern, flags)
    args = _engine_arguments(pattern, flags, compiled)
    if args is not None:
        _keep(("code", pattern, flags), args)
    return compiled


def first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """`prefilter.first_chars(pattern, flags)`, kept across processes as compiled code is."""
    key = ("first", pattern, flags)
    chars = _table().get(key, _NOT_KNOWN)
    if chars is _NOT_KNOWN or not (chars is None or isinstance(chars, frozenset)):
        from .prefilter import first_chars as derived

        chars = derived(pattern, flags)
        _keep(key, chars)
    return chars  # type: ignore[no-any-return]


def alternative_words(pattern: str, flags: int) -> Any:
    """`prefilter.alternative_words(pattern, flags)`, kept across processes as compiled code is,
    under the fingerprint of this package's code (`rules_cache.code_fingerprint`): words taken
    apart by other code are never used."""
    from .prefilter import alternative_words as derived

    return _kept_words("ways ", derived, pattern, flags)


def anchor_clauses(pattern: str, flags: int) -> Any:
    """`prefilter.anchor_words(pattern, flags)`, kept across processes as `alternative_words` is."""
    from .prefilter import anchor_words as derived

    return _kept_words("anchors ", derived, pattern, flags)


def _kept_words(kind: str, derived: Callable[[str, int], Any], pattern: str, flags: int) -> Any:
    """`derived(pattern, flags)` (a tuple of the prefilter's words), kept across processes under `kind`
    and the fingerprint of this package's code."""
    from .rules_cache import code_fingerprint

    key = (kind + code_fingerprint(), pattern, flags)
    words = _table().get(key, _NOT_KNOWN)
    if words is _NOT_KNOWN or not isinstance(words, tuple):
        words = derived(pattern, flags)
        _keep(key, words)
    return words


def _engine_arguments(pattern: str, flags: int, compiled: re.Pattern[str]) -> tuple[Any, ...] | None:
    """What `re._compiler.compile` gives the engine (`_sre.compile`) for `pattern`, when that
    makes exactly `compiled`; None in a Python where it does not."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # (plain ints: some are named constants)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _sre.compile(pattern, *args) != compiled:
            return None
        packed = _packed(code)
        return (args[0], packed, *args[2:]) if _code_list(packed) == code else None
    except Exception:  # noqa: BLE001 - another Python: nothing kept
        return None


def _code_type() -> str | None:
    """The array type of the engine's code units (None: kept as a list)."""
    global _CODE_TYPE
    if _CODE_TYPE == "":
        import _sre  # type: ignore[import-not-found]
        from array import array

        _CODE_TYPE = next((t for t in ("I", "L") if array(t).itemsize == _sre.CODESIZE), None)
    return _CODE_TYPE


_CODE_TYPE: str | None = ""  # (not looked up yet)


def _packed(code: list[int]) -> bytes | list[int]:
    """The code as stored: the bytes of an array (a table of many patterns loads as a few byte
    strings, not as a Python int per code unit), or the list where no array type fits."""
    kind = _code_type()
    if kind is None:
        return code
    from array import array

    return array(kind, code).tobytes()


def _code_list(code: bytes | list[int]) -> list[int]:
    """The list the engine takes, from the stored code."""
    if isinstance(code, bytes):
        from array import array

        kind = _code_type()
        if kind is None:
            raise ValueError("no array type for the engine's code")
        return array(kind, code).tolist()
    return code


def _table_key() -> str:
    import _sre  # type: ignore[import-not-found]

    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}|packed code"


def _table() -> dict[_Key, Any]:
    global _TABLE
    if _TABLE is None:
        _TABLE = {}
        try:
            from . import rules_cache

            table = rules_cache.load_entry("regex", _table_key())
            if isinstance(table, dict):
                _TABLE = table
        except Exception:  # noqa: BLE001 - no table: compile
            pass
    return _TABLE


def _keep(key: _Key, value: Any) -> None:
    if not _NEW:
        import atexit

        atexit.register(_store)
    _NEW[key] = value


def _store() -> None:
    from . import rules_cache

    table = {**_table(), **_NEW}
    rules_cache.store_entry("regex", _table_key(), table if len(table) <= _MAX_ENTRIES else dict(_NEW))
    _NEW.clear()
