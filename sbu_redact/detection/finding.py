"""`Finding`: one detected entity, with offsets into the analyzed text."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    explanation: str

    def to_dict(self, text: str | None = None) -> dict:
        out = {"entity_type": self.entity_type, "start": self.start, "end": self.end,
               "score": round(self.score, 4), "recognizer": self.recognizer, "explanation": self.explanation}
        if text is not None:
            out["text"] = text[self.start:self.end]
        return out

    def overlaps(self, other: "Finding") -> bool:
        return self.start < other.end and other.start < self.end
