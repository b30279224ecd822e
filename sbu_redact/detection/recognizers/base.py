"""Common base of our recognizers: a Presidio `EntityRecognizer` that knows the lexicon and
builds results carrying the recognizer name and a short explanation."""
from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ..lexicon import Lexicon


class CableRecognizer(EntityRecognizer):
    ENTITY = "PERSON"
    name: str

    def __init__(self, lexicon: Lexicon, score: float, name: str | None = None):
        self.lexicon = lexicon
        self.score = score
        super().__init__(supported_entities=[self.ENTITY], name=name or type(self).__name__,
                         supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load, the vocabulary comes with the lexicon
        pass

    def result(self, start: int, end: int, explanation: str, score: float | None = None) -> RecognizerResult:
        score = self.score if score is None else score
        return RecognizerResult(
            entity_type=self.ENTITY, start=start, end=end, score=score,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score,
                                                     textual_explanation=explanation),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        if self.ENTITY not in entities:
            return []
        return self.find(text)

    def find(self, text: str) -> list[RecognizerResult]:
        raise NotImplementedError
