"""NATIONAL_ID: a national identity number after a word that names one (`national ID number
28903155501234`, `CNIC is 42201-5551234-7`, `CPF 318.555.472-09`, `Emirates ID
784-1972-5518823-4`, `DNI, 28555143`, `CURP ORRM640519MCHRVR05`). A context word is required
(see context_pattern.py); patterns and words, the national names of the numbers among them,
are in rules/entities.yaml."""
from __future__ import annotations

from ..registry import register
from .context_pattern import ContextPatternRecognizer, ContextPatternSpec


@register("national_id")
class NationalIdRecognizer(ContextPatternRecognizer):
    class Spec(ContextPatternSpec):
        entity: str = "NATIONAL_ID"

