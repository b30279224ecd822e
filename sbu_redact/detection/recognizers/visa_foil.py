"""VISA_NUMBER: the number of a visa foil or visa after its context word (`visa foil 00913377`,
`FOIL NO. 00884217`, `visa number E1234567`). A context word is required (see
context_pattern.py); patterns and words are in rules/entities.yaml."""
from __future__ import annotations

from ..registry import register
from .context_pattern import ContextPatternRecognizer, ContextPatternSpec


@register("visa_foil")
class VisaFoilRecognizer(ContextPatternRecognizer):
    class Spec(ContextPatternSpec):
        entity: str = "VISA_NUMBER"

