"""The recognizer registry: which recognizers exist and which ones rules/entities.yaml turns on.

A recognizer is one module in `sbu_redact/detection/recognizers/` whose class is decorated with
`@register("kind")`, plus one entry under `recognizers:` in rules/entities.yaml:

    recognizers:
      titled_name: {score: 0.9}                    # kind = the entry's name
      passport_number: {kind: pattern, entity: PASSPORT_NUMBER, patterns: [...], context: [...]}

The entry is validated against the class's `Spec` (errors name the file and the key). Regex-only
recognizers need no code: `kind: pattern` builds a Presidio `PatternRecognizer` from the entry.
Presidio predefined recognizers that one of ours replaces (`REPLACES`) are dropped.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any

from ..config import Rules, RulesError

_KINDS: dict[str, Any] = {}


def register(kind: str):
    """Class decorator: make a recognizer class available as `kind` in rules/entities.yaml."""
    def decorate(cls):
        if _KINDS.get(kind, cls) is not cls:
            raise ValueError(f"recognizer kind {kind!r} registered twice")
        _KINDS[kind] = cls
        cls.KIND = kind
        return cls
    return decorate


def kinds() -> dict[str, Any]:
    """Every registered recognizer kind (importing each module of the recognizers package)."""
    from . import recognizers as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return dict(_KINDS)


@dataclass
class Built:
    """The recognizers rules/entities.yaml turns on: Presidio ones (run on each span of text)
    and field ones (run on the reader's fields); `replaces` names predefined Presidio
    recognizers to drop."""

    text: list[Any] = field(default_factory=list)
    fields: list[Any] = field(default_factory=list)
    replaces: set[str] = field(default_factory=set)


def build(rules: Rules) -> Built:
    from pydantic import ValidationError

    from ..config import _describe_validation_error
    from .lexicon import lexicon_for
    from .recognizers.base import FieldRecognizer
    from .regex_trie import factor_patterns

    lexicon = lexicon_for(rules)
    settings = lexicon.settings
    enabled = set(settings.enabled)
    available = kinds()
    path = rules.path("entities")
    out = Built()
    for name, raw in settings.recognizers.items():
        raw = dict(raw or {})
        kind = raw.get("kind") or name
        cls = available.get(kind)
        if cls is None:
            raise RulesError(f"{path}: key 'recognizers.{name}.kind': unknown recognizer {kind!r} "
                             f"(known: {', '.join(sorted(available))})")
        try:
            spec = cls.Spec.model_validate(raw)
        except ValidationError as exc:
            message = _describe_validation_error(path, exc).replace("key '", f"key 'recognizers.{name}.", 1)
            raise RulesError(message) from None
        if not spec.enabled:
            continue
        recognizer = factor_patterns(cls.create(name, spec, lexicon, rules))  # (same matches, faster)
        recognizer.rule_name = name  # its entry in rules/entities.yaml
        if not any(entity in enabled for entity in recognizer.supported_entities):
            continue
        if isinstance(recognizer, FieldRecognizer):
            out.fields.append(recognizer)
        else:
            out.text.append(recognizer)
            replaced = getattr(cls, "REPLACES", None)
            if replaced:
                out.replaces.add(replaced)
    return out
