"""PHONE_NUMBER: Presidio's phone recognizer (Google's libphonenumber) for the regions of the
posts that write our documents, so that `+7 495 728-5000` and `8 (495) 728-50-00` are found,
not only North American numbers. Regions and context words come from rules/entities.yaml."""
from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from ..registry import register
from .base import RecognizerSpec


@register("phone")
class PostPhoneRecognizer(PhoneRecognizer):
    REPLACES = "PhoneRecognizer"

    class Spec(RecognizerSpec):
        # ISO 3166 region codes whose national formats are recognized (international +NN
        # numbers are found whatever the region)
        regions: list[str]
        context: list[str] = []
        # libphonenumber leniency: 0 possible, 1 valid, 2 strict grouping, 3 exact grouping
        leniency: int = 1

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        import phonenumbers

        from ...config import RulesError

        unknown = [r for r in spec.regions if r.upper() not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise RulesError(f"{rules.path('entities')}: key 'recognizers.{name}.regions': "
                             f"unknown region codes {', '.join(unknown)}")
        return cls(context=list(spec.context) or None, supported_regions=tuple(r.upper() for r in spec.regions),
                   leniency=spec.leniency, name="PhoneRecognizer")
