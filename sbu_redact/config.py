"""Locate and load the YAML rules (vocabulary and policy), validating each file on load.

Each rules file has a pydantic model owned by the module that uses it; this module only
finds the directory, parses YAML and turns validation failures into one-line errors that
name the file and the key.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any, TypeVar

import yaml

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


def _load_yaml(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read rules file ({exc.__class__.__name__}: {exc})") from None
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


class Rules:
    """A rules directory. Files are read and validated on first use, once per process."""

    def __init__(self, directory: str | Path | None = None):
        self.directory = Path(directory) if directory is not None else default_rules_dir()
        if not self.directory.is_dir():
            raise RulesError(f"{self.directory}: rules directory not found")
        self._cache: dict[str, Any] = {}

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.yaml"

    def raw(self, name: str) -> Any:
        return _load_yaml(self.path(name))

    def section(self, name: str, model: type[T]) -> T:
        """Load `<name>.yaml` and validate it against a pydantic `model`."""
        if name not in self._cache:
            from pydantic import ValidationError

            path = self.path(name)
            data = _load_yaml(path)
            if data is None:
                raise RulesError(f"{path}: rules file is empty")
            try:
                self._cache[name] = model.model_validate(data)  # type: ignore[attr-defined]
            except ValidationError as exc:
                raise RulesError(_describe_validation_error(path, exc)) from None
            except ValueError as exc:
                raise RulesError(f"{path}: {exc}") from None
        return self._cache[name]

    def fingerprint(self) -> str:
        """A hash of every rules file (YAML and the word lists beside it), so that outputs can
        record the policy they were made with."""
        digest = hashlib.sha256()
        for path in sorted(p for p in self.directory.iterdir() if p.is_file() and not p.name.startswith(".")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def load_rules(directory: str | None = None) -> Rules:
    """The shared `Rules` for a directory (the default one when None)."""
    return Rules(directory)


def as_rules(rules: Rules | str | Path | None) -> Rules:
    if isinstance(rules, Rules):
        return rules
    return load_rules(str(rules) if rules is not None else None)
