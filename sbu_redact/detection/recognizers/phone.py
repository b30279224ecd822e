"""PHONE_NUMBER: Presidio's phone recognizer (Google's libphonenumber) for the regions of the
posts that write our documents, so that `+7 495 728-5000` and `8 (495) 728-50-00` are found,
not only North American numbers. Regions and context words come from rules/entities.yaml.

Presidio's recognizer scans the whole text once per region, so its cost grows with the number
of regions (50 regions cost five times Presidio's default eight on our benchmark corpus). This
one finds the runs of digits that could be a phone number first (one regular expression over
the text) and runs libphonenumber's matcher per region only on those runs: the same numbers,
at a cost that hardly depends on how many regions are listed."""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from ..registry import register
from .base import RecognizerSpec
from .context_pattern import looks_like_date

# a run of digits and the separators phone numbers use, with at least six digits (checked below),
# not after a slash or `#` (the `#1234/01 1031522` of a routing line)
_CANDIDATE = re.compile(r"(?<![\w+/#])\+?\(?\d[\d()\-./ \t\u00a0]{4,26}\d(?![\w])")
_MIN_DIGITS = 6
# a run of digits alone (no separator, no +) is a cable number or a date-time group below this
_MIN_BARE_DIGITS = 8


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

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        import phonenumbers

        results = []
        for candidate in _CANDIDATE.finditer(text):
            run = candidate.group()
            digits = sum(ch.isdigit() for ch in run)
            if digits < _MIN_DIGITS or looks_like_date(run) or (digits < _MIN_BARE_DIGITS and run.isdigit()):
                continue
            start = candidate.start()
            # an international number reads the same in every region: one pass is enough
            regions = self.supported_regions[:1] if run.startswith("+") else self.supported_regions
            for region in regions:
                for match in phonenumbers.PhoneNumberMatcher(run, region, leniency=self.leniency):
                    results.append(self._result(start + match.start, start + match.end, match.number, region))
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, start: int, end: int, number, region: str) -> RecognizerResult:
        import phonenumbers

        name = self.name  # type: ignore[has-type]  # (set by Presidio's __init__, unannotated)
        return RecognizerResult(
            entity_type=self.supported_entities[0], start=start, end=end, score=self.SCORE,
            analysis_explanation=self._get_analysis_explanation(phonenumbers.region_code_for_number(number) or region),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
