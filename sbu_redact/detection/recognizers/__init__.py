"""Our Presidio recognizers, one per module, and `build_recognizers` that instantiates those
whose entity type is enabled in rules/entities.yaml."""
from __future__ import annotations

from ...config import Rules
from ...markings import grammar_for
from ..lexicon import lexicon_for
from .address_line import AddressLineRecognizer
from .base import CableRecognizer
from .cable_reference import CableReferenceRecognizer
from .classified_by import ClassifiedByRecognizer
from .control_marking import ControlMarkingRecognizer
from .deny_list import DenyListRecognizer
from .drafting_line import DraftingLineRecognizer
from .office_symbol import OfficeSymbolRecognizer
from .office_symbol_name import OfficeSymbolNameRecognizer
from .passage_name import PassageNameRecognizer
from .signature import SignatureRecognizer
from .titled_name import TitledNameRecognizer

__all__ = ["build_recognizers", "AddressLineRecognizer", "CableRecognizer", "DraftingLineRecognizer", "CableReferenceRecognizer", "ClassifiedByRecognizer",
           "ControlMarkingRecognizer", "DenyListRecognizer", "OfficeSymbolRecognizer",
           "OfficeSymbolNameRecognizer", "PassageNameRecognizer", "SignatureRecognizer", "TitledNameRecognizer",
           "contact_recognizers"]


def build_recognizers(rules: Rules) -> list[CableRecognizer]:
    lexicon = lexicon_for(rules)
    s = lexicon.settings
    recognizers: list[CableRecognizer] = [
        OfficeSymbolNameRecognizer(lexicon, s.office_symbol_name.score),
        SignatureRecognizer(lexicon, s.signature),
        ClassifiedByRecognizer(lexicon, s.classified_by),
        TitledNameRecognizer(lexicon, s.titled_name.score),
        DenyListRecognizer(lexicon, s.deny),
        ControlMarkingRecognizer(lexicon, grammar_for(rules), s.control_marking),
        CableReferenceRecognizer(lexicon, s.cable_reference),
        OfficeSymbolRecognizer(lexicon, s.office_symbol),
        PassageNameRecognizer(lexicon, s.passage_name),
        DraftingLineRecognizer(lexicon, s.drafting_line.score),
        AddressLineRecognizer(lexicon, s.address_line.score),
    ]
    enabled = set(s.enabled)
    return [r for r in recognizers if r.ENTITY in enabled]


def contact_recognizers(rules: Rules) -> list:
    """Presidio `PatternRecognizer`s for the contact-detail forms of `contact_patterns`, one per
    entity type, patterns and context words as data."""
    from presidio_analyzer import Pattern, PatternRecognizer

    settings = lexicon_for(rules).settings
    enabled = set(settings.enabled)
    by_entity: dict[str, list] = {}
    for spec in settings.contact_patterns:
        if spec.entity in enabled:
            by_entity.setdefault(spec.entity, []).append(spec)
    return [PatternRecognizer(supported_entity=entity, name=f"Cable{entity.title().replace('_', '')}Recognizer",
                              patterns=[Pattern(spec.name, spec.regex, spec.score) for spec in specs],
                              context=sorted({word for spec in specs for word in spec.context}) or None)  # type: ignore[arg-type]
            for entity, specs in by_entity.items()]
