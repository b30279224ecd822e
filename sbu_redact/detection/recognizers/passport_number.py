"""PASSPORT_NUMBER: a passport number after the word passport (`passport number 72 4419083`,
`PASSPORT NO. 431907765`, `Brazilian passport, no. FZ448197`, `passport (AA 0917744)`): one to
three letters and six to nine digits, or digits grouped as national passports write them. A
context word is required (see context_pattern.py); patterns and words are in
rules/entities.yaml."""
from __future__ import annotations

from ..registry import register
from .context_pattern import ContextPatternRecognizer, ContextPatternSpec


@register("passport_number")
class PassportNumberRecognizer(ContextPatternRecognizer):
    class Spec(ContextPatternSpec):
        entity: str = "PASSPORT_NUMBER"

