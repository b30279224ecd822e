"""Validated rules as plain data: what a run uses of `markings.yaml` and `levels.yaml` once
their strict schema (`rules_schema`, pydantic) has accepted them.

A `Record` holds the fields of one validated section, read-only, and pickles without pydantic,
so that a process whose rules come from the rules cache (`rules_cache`) never imports or builds
a pydantic model: a `check` run starts in the time of a bare Python start-up plus the reading.
Records are only ever made from a validated model (`from_model`): there is no way to make one
from unchecked data, and a record that the cache cannot give whole is validated again.
"""
from __future__ import annotations

from typing import Any, TypeVar

R = TypeVar("R", bound="Record")


class Record:
    """The fields of a validated model as attributes (names starting with `_` are private
    state, such as caches, outside equality and dumps). Read-only; `model_copy` and
    `model_dump` behave as pydantic's do, so that code written for the models keeps working."""

    def __init__(self, **fields: Any):
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only (use model_copy(update=...))")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __getattr__(self, name: str) -> Any:  # only for names that are not fields: for mypy
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def _fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._fields() == self._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), tuple(self._fields().values())))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self._fields().items())})"

    def model_copy(self: R, update: dict[str, Any] | None = None) -> R:
        """A copy with some fields replaced (the values are not validated again: the caller's
        values must be what the schema allows, as with pydantic's own `model_copy`)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        for name, value in (update or {}).items():
            if name not in self.__dict__:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            copy.__dict__[name] = value
        return copy

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {k: _dump(v) for k, v in self._fields().items()}


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.model_dump()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def from_model(model: Any, kinds: dict[str, type[Record]], **private: Any) -> Any:
    """The records of a validated pydantic model, recursively: a model becomes the record
    class `kinds` names for its class name (a plain `Record` when it names none), with every
    field and the model's private attributes (`private` overrides those of the top model)."""
    fields = type(model).model_fields
    values = {name: _convert(getattr(model, name), kinds) for name in fields}
    values.update(getattr(model, "__pydantic_private__", None) or {})
    values.update(private)
    return kinds.get(type(model).__name__, Record)(**values)


def _convert(value: Any, kinds: dict[str, type[Record]]) -> Any:
    if hasattr(type(value), "model_fields"):
        return from_model(value, kinds)
    if isinstance(value, list):
        return [_convert(v, kinds) for v in value]
    if isinstance(value, dict):
        return {k: _convert(v, kinds) for k, v in value.items()}
    return value
