"""Common bases of our recognizers.

- `CableRecognizer`: a Presidio `EntityRecognizer` over text that knows the lexicon and builds
  results carrying the recognizer name and a short explanation (content detectors: they look
  only at the text they are given, so a span analyzed alone gives what it gives inside the
  whole document).
- `FieldRecognizer`: finds names in the header and handling fields the reader located
  (`Classified By`, the signature, passage lines, address lines, references): layout comes from
  the reader, never from re-parsing the last lines of a span.
- `RecognizerSpec`: the YAML entry of a recognizer (`recognizers.<name>` in rules/entities.yaml);
  a recognizer declares its own `Spec` subclass, validated on load.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from pydantic import BaseModel, ConfigDict, Field

from ..lexicon import Lexicon

if TYPE_CHECKING:  # pragma: no cover
    from ...config import Rules
    from ...document import Document
    from ..finding import Finding


class RecognizerSpec(BaseModel):
    """YAML settings every recognizer accepts. `kind` picks the implementation (default: the
    entry's own name), `enabled: false` turns it off."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str | None = None
    enabled: bool = True
    score: float = Field(0.9, ge=0, le=1)


def alternatives(words: list[str]) -> str:
    """A regex alternation of `words` as written, longest first (so that the longest one wins)."""
    import re

    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def make_result(recognizer: Any, entity: str, start: int, end: int, score: float,
                explanation: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity, start=start, end=end, score=score,
        analysis_explanation=AnalysisExplanation(recognizer=recognizer.name, original_score=score,
                                                 textual_explanation=explanation),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id},
    )


class CableRecognizer(EntityRecognizer):
    ENTITY: ClassVar[str] = "PERSON"
    Spec: ClassVar[type[RecognizerSpec]] = RecognizerSpec

    def __init__(self, lexicon: Lexicon, spec: RecognizerSpec, name: str | None = None):
        self.lexicon = lexicon
        self.spec: Any = spec  # the recognizer's own Spec subclass
        self.score = spec.score
        super().__init__(supported_entities=[self.ENTITY], name=name or type(self).__name__,
                         supported_language="en")

    @classmethod
    def create(cls, name: str, spec: RecognizerSpec, lexicon: Lexicon, rules: "Rules") -> "CableRecognizer":
        """Build the recognizer from its YAML entry (override only when it needs more than the
        lexicon and its own `Spec`)."""
        return cls(lexicon, spec)

    def load(self) -> None:  # noqa: D102 - nothing to load, the vocabulary comes with the lexicon
        pass

    def result(self, start: int, end: int, explanation: str, score: float | None = None) -> RecognizerResult:
        return make_result(self, self.ENTITY, start, end, self.score if score is None else score, explanation)

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        if self.ENTITY not in entities:
            return []
        return self.find(text)

    def find(self, text: str) -> list[RecognizerResult]:
        raise NotImplementedError


class FieldRecognizer:
    """Finds entities in the reader's fields named in `FIELDS`. Not a Presidio recognizer: it
    needs the `Document`, which Presidio does not pass."""

    ENTITY: ClassVar[str] = "PERSON"
    FIELDS: ClassVar[tuple[str, ...]] = ()
    Spec: ClassVar[type[RecognizerSpec]] = RecognizerSpec

    def __init__(self, lexicon: Lexicon, spec: RecognizerSpec, name: str | None = None):
        self.lexicon = lexicon
        self.spec: Any = spec  # the recognizer's own Spec subclass
        self.score = spec.score
        self.name = name or type(self).__name__

    @classmethod
    def create(cls, name: str, spec: RecognizerSpec, lexicon: Lexicon, rules: "Rules") -> "FieldRecognizer":
        return cls(lexicon, spec)

    @property
    def supported_entities(self) -> list[str]:
        return [self.ENTITY]

    def finding(self, start: int, end: int, explanation: str, score: float | None = None) -> "Finding":
        from ..finding import Finding

        return Finding(self.ENTITY, start, end, self.score if score is None else score, self.name, explanation)

    def find(self, document: "Document") -> list["Finding"]:
        text = document.text
        out: list[Finding] = []
        for fld in document.fields_named(*self.FIELDS):
            out += self.find_in_field(text, fld.start, fld.end, fld.name)
        return out

    def find_in_field(self, text: str, start: int, end: int, field: str) -> list["Finding"]:
        raise NotImplementedError
