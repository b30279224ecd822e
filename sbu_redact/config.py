"""The rule set: one rules folder (vocabulary and policy) read once, validated file by file.

Each rules file has a pydantic model owned by the module that uses it; this module finds the
folder, reads it into a `RuleSet` (a snapshot identified by the hash of its files), parses
YAML and turns validation failures into one-line errors that name the file and the key.
"""
from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from .markings import Grammar
    from .policy import Policy

T = TypeVar("T")

_SOURCE_RULES = Path(__file__).resolve().parent.parent / "rules"
_INSTALLED_RULES = Path(__file__).resolve().parent / "_rules"


class RulesError(Exception):
    """A rules file is missing, unreadable, not YAML, or does not match its schema."""


def default_rules_dir() -> Path:
    """The `rules/` directory: the source checkout's, else the copy installed with the package."""
    for candidate in (_SOURCE_RULES, _INSTALLED_RULES):
        if (candidate / "markings.yaml").is_file():
            return candidate
    raise RulesError(f"{_INSTALLED_RULES}: no rules directory found (is the package installed completely?)")


def _load_yaml(path: Path, data: bytes | None = None) -> Any:
    try:
        raw = data.decode("utf-8") if data is not None else path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read rules file ({exc.__class__.__name__}: {exc})") from None
    import yaml  # here, not at import: a run whose rules are in the cache never parses YAML

    try:
        return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulesError(f"{path}:{line.strip() and line}: malformed YAML: {problem}".replace(":: ", ": ")) from None


def _describe_validation_error(path: Path, exc: Any) -> str:
    first = exc.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "(top level)"
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: key '{key}': {first['msg']}{extra}"


class RuleSet:
    """One rules folder, read once: its files (validated section by section on first use),
    the marking grammar and the releasability policy built from them, and a fingerprint of
    every file. Built once and passed explicitly to the reader, detection, policy and
    redaction, so that no part of a run uses rules the caller did not pass.

    Two rule sets are equal when their files are byte for byte the same (`fingerprint()`), so
    every cache keyed by a rule set is keyed by its content. The files are read when the rule
    set is made and never again: a rule set is a snapshot; `load_rules` makes a new one when
    the files on disk change."""

    def __init__(self, directory: str | Path | None = None):
        self.directory = Path(directory) if directory is not None else default_rules_dir()
        if not self.directory.is_dir():
            raise RulesError(f"{self.directory}: rules directory not found")
        self._files = _read_folder(self.directory)
        digest = hashlib.sha256()
        for name, data in sorted(self._files.items()):
            digest.update(name.encode())
            digest.update(data)
        self._fingerprint = digest.hexdigest()
        self._cache: dict[str, Any] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleSet) and other._fingerprint == self._fingerprint

    def __hash__(self) -> int:
        return hash(self._fingerprint)

    def __repr__(self) -> str:
        return f"RuleSet({str(self.directory)!r}, fingerprint={self._fingerprint[:12]})"

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.yaml"

    def raw(self, name: str) -> Any:
        return _load_yaml(self.path(name), self._files.get(f"{name}.yaml"))

    def section(self, name: str, model: type[T]) -> T:
        """Load `<name>.yaml` and validate it against a pydantic `model` (once: the validated
        result is kept for this rule set and, keyed by the fingerprint, on disk for the next
        process, see `rules_cache`)."""
        return self.derived(f"section:{name}:{model.__module__}.{model.__qualname__}", model,
                            lambda: self.validate(name, model))

    def derived(self, name: str, expected: type[T], build: Callable[[], T]) -> T:
        """What `build` makes of these rules alone (it must depend on nothing else and raise
        RulesError on invalid rules), made once per rule set and kept on disk under the
        rules' fingerprint, so that later processes skip parsing and validation."""
        if name not in self._cache:
            from . import rules_cache

            self._cache[name] = rules_cache.cached(self._fingerprint, name, expected, build)
        return self._cache[name]  # type: ignore[no-any-return]

    def validate(self, name: str, model: type[T]) -> T:
        """`<name>.yaml` validated against a pydantic `model`, every time (RulesError naming the
        file and the key when it does not match)."""
        from pydantic import ValidationError

        path = self.path(name)
        data = self.raw(name)
        if data is None:
            raise RulesError(f"{path}: rules file is empty")
        try:
            return model.model_validate(data)  # type: ignore[attr-defined, no-any-return]
        except ValidationError as exc:
            raise RulesError(_describe_validation_error(path, exc)) from None
        except ValueError as exc:
            raise RulesError(f"{path}: {exc}") from None

    def fingerprint(self) -> str:
        """A hash of every rules file (YAML and the word lists beside it), so that outputs can
        record the policy they were made with."""
        return self._fingerprint

    @functools.cached_property
    def grammar(self) -> "Grammar":
        """The marking grammar of `markings.yaml` (validated once per rules fingerprint: a later
        process takes the validated vocabulary from the rules cache, without pydantic). What is
        made from the grammar alone is kept the same way (`Grammar.derived`)."""
        from .markings import Grammar, Vocabulary, validated_vocabulary

        return Grammar(self.derived("vocabulary", Vocabulary, lambda: validated_vocabulary(self)), derived=self.derived)

    @functools.cached_property
    def policy(self) -> "Policy":
        """The releasability levels of `levels.yaml`, checked against the grammar."""
        from .policy import Policy

        return Policy.from_rules(self)


#: The name the rest of the code and the public API have always used for a rules folder.
Rules = RuleSet


def _read_folder(directory: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(directory.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            try:
                files[path.name] = path.read_bytes()
            except OSError as exc:
                raise RulesError(f"{path}: cannot read rules file ({exc.__class__.__name__}: {exc})") from None
    return files


def _signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a file of the folder is written, added or removed (cheap: no reads)."""
    try:
        return tuple(sorted((entry.name, entry.stat().st_mtime_ns, entry.stat().st_size)
                            for entry in os.scandir(directory) if entry.is_file()))
    except OSError:
        return ()


_LOADED: dict[tuple[str, tuple[tuple[str, int, int], ...]], RuleSet] = {}
_DEFAULT: list[RuleSet] = []


def load_rules(directory: str | Path | None = None) -> RuleSet:
    """The rule set of a folder (the package's own when None), read again when its files
    changed since it was last loaded in this process."""
    folder = Path(directory) if directory is not None else default_rules_dir()
    if not folder.is_dir():
        raise RulesError(f"{folder}: rules directory not found")
    key = (str(folder.resolve()), _signature(folder))
    rules = _LOADED.pop(key, None)
    if rules is None:
        rules = RuleSet(folder)
        while len(_LOADED) >= 16:  # the least recently used go first (clearing all made a
            del _LOADED[next(iter(_LOADED))]  # rule set just loaded a stranger to the next call)
    _LOADED[key] = rules  # (re)inserted: the most recently used is last
    if directory is None:
        _DEFAULT[:] = [rules]
    return rules


def as_rules(rules: RuleSet | str | Path | None) -> RuleSet:
    """`rules` itself when it is a RuleSet; else the rule set of that folder. None is the
    package's own rules folder as last loaded in this process (`load_rules()` reads it again
    when its files changed): the public entry points (`read`, `Pipeline`, `check`, `batch`)
    accept None; nothing inside the package passes None on a caller's behalf."""
    if isinstance(rules, RuleSet):
        return rules
    if rules is None and _DEFAULT:
        return _DEFAULT[0]
    return load_rules(rules)
