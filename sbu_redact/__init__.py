"""sbu_redact: read the sensitivity markings of government documents and produce one
redacted version per releasability level.

    >>> import sbu_redact
    >>> doc = sbu_redact.read(text)                    # markings only: no NLP loaded
    >>> pipeline = sbu_redact.Pipeline()               # NER loads on first use
    >>> versions = pipeline.redact(text, levels=["usg", "public"])
    >>> versions["public"].text, versions["public"].stamp, versions["public"].log

Errors: `RulesError` (a rules file is missing or invalid), `PolicyError` (an unknown level, or
the partner level without a country code; a RulesError), `LeakError` (a version would still
hold withheld text: it is not produced).

Importing this package stays light: spaCy and Presidio load only when NER is first needed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .config import Rules, RuleSet, RulesError, load_rules
    from .document import Document, Field, Header, Portion, Problem
    from .markings import Marking, parse_marking
    from .detection import Finding
    from .leakcheck import LeakError
    from .pipeline import Pipeline
    from .policy import PolicyError
    from .reader import read
    from .redaction import Action, Redacted

__all__ = ["read", "Pipeline", "Finding", "Redacted", "Action", "Document", "Portion", "Field",
           "Header", "Problem", "Marking", "parse_marking", "Rules", "RuleSet", "RulesError", "load_rules",
           "LeakError", "PolicyError"]
__version__ = "0.1.0"

# Every name loads on first use, so that `import sbu_redact` (and the command line's start-up)
# costs almost nothing until a document is actually read.
_LAZY = {
    "Rules": ("config", "Rules"),
    "RuleSet": ("config", "RuleSet"),
    "RulesError": ("config", "RulesError"),
    "load_rules": ("config", "load_rules"),
    "Document": ("document", "Document"),
    "Field": ("document", "Field"),
    "Header": ("document", "Header"),
    "Portion": ("document", "Portion"),
    "Problem": ("document", "Problem"),
    "Marking": ("markings", "Marking"),
    "parse_marking": ("markings", "parse_marking"),
    "read": ("reader", "read"),
    "Pipeline": ("pipeline", "Pipeline"),
    "Finding": ("detection", "Finding"),
    "Redacted": ("redaction", "Redacted"),
    "Action": ("redaction", "Action"),
    "LeakError": ("leakcheck", "LeakError"),
    "PolicyError": ("policy", "PolicyError"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'sbu_redact' has no attribute {name!r}")
