"""Regular expressions of our own code compiled on first use, not at import: a command that
reads one document (`sbu-redact check FILE`) then compiles only the patterns that document
needs. `lazy(pattern, flags)` stands for `re.compile(pattern, flags)`; once used, its methods
are the compiled pattern's own (kept on the object: no indirection per call)."""
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
            compiled = self.__dict__["compiled"] = re.compile(self.pattern, self._flags)
            for attribute in _COMPILED_ATTRIBUTES:
                self.__dict__[attribute] = getattr(compiled, attribute)
            return compiled
        if name == "first":
            from .prefilter import first_chars_of

            first = self.__dict__["first"] = first_chars_of(self.compiled)
            return first
        if name in _COMPILED_ATTRIBUTES:
            self.compiled  # noqa: B018 (compiles and keeps its attributes)
            return self.__dict__[name]
        raise AttributeError(name)

    def __reduce__(self) -> tuple[Any, ...]:  # (pickled as what it was made from, not compiled)
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern of our own code, compiled on first use (see the module's docstring)."""
    return LazyPattern(pattern, flags)
