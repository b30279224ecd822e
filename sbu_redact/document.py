"""Result classes of reading a document: portions, header fields and problems, each with
exact character offsets into the original text (which is never altered)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .markings import Marking
from .problems import Reported, Severity, reference_for  # noqa: F401  (Severity: re-exported for the reader)

if TYPE_CHECKING:  # pragma: no cover
    from .config import RuleSet
    from .textview import TextView

PortionKind = Literal["paragraph", "subject", "heading", "list_item", "table_row", "text"]


@dataclass(frozen=True)
class Problem(Reported):
    """Something wrong or doubtful in the markings, located in the original text; `reference`
    names the rule (see `sbu_redact.problems`)."""

    start: int
    end: int

    def __init__(self, code: str, severity: Severity, message: str, start: int, end: int, *,
                 reference: str = "") -> None:
        # (the dataclass's own `__init__`, `Reported.__post_init__` included, in one step: a
        # reading makes thousands; frozen: each field set through `object.__setattr__` costs)
        self.__dict__.update(code=code, severity=severity, message=message,
                             reference=reference or reference_for(code), start=start, end=end)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "reference": self.reference, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Field:
    """A header or handling element: `name` is one of routing, dtg, from, to, info,
    classification, section, passage, handling, eo, tags, subject, references, classified_by,
    banner, summary_marker, signature. `value` is the normalized content."""

    name: str
    start: int
    end: int
    value: str

    def __init__(self, name: str, start: int, end: int, value: str) -> None:
        self.__dict__.update(name=name, start=start, end=end, value=value)  # (as `Problem.__init__`)


@dataclass(frozen=True)
class Portion:
    """A unit of text that carries (or inherits) one marking.

    `start:end` covers the whole portion, from its number and mark to its last character;
    `body_start` is where the text after the number and mark begins; `mark_start:mark_end`
    is the portion mark itself when there is one."""

    start: int
    end: int
    body_start: int
    kind: PortionKind
    number: int | None
    marking: Marking | None
    explicit: bool
    mark_start: int | None = None
    mark_end: int | None = None

    def __init__(self, start: int, end: int, body_start: int, kind: PortionKind, number: int | None,
                 marking: Marking | None, explicit: bool, mark_start: int | None = None,
                 mark_end: int | None = None) -> None:
        self.__dict__.update(start=start, end=end, body_start=body_start, kind=kind, number=number,
                             marking=marking, explicit=explicit, mark_start=mark_start,
                             mark_end=mark_end)  # (as `Problem.__init__`)

    @property
    def level(self) -> str | None:
        return self.marking.level if self.marking else None

    @property
    def doubtful(self) -> bool:
        """True when the marking is missing or cannot be trusted."""
        return self.marking is None or not self.marking.valid

    def with_marking(self, marking: Marking | None) -> "Portion":
        """This portion with another marking: `dataclasses.replace`, made cheap because reading
        does it for most portions (tests/test_reader_speed.py checks that it keeps every field)."""
        return Portion(self.start, self.end, self.body_start, self.kind, self.number, marking, self.explicit,
                       self.mark_start, self.mark_end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "marking": (self.marking.portion_mark() if self.marking and self.marking.level else None),
            "level": self.level,
            "controls": self.marking.controls if self.marking else [],
            "start": self.start,
            "end": self.end,
            "body_start": self.body_start,
            "explicit": self.explicit,
            "valid": not self.doubtful,
        }


@dataclass
class Header:
    from_: str | None = None
    to: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    dtg: str | None = None
    precedence: str | None = None
    post: str | None = None
    number: str | None = None
    cable_id: str | None = None
    section: int | None = None
    sections: int | None = None
    tags: list[str] = field(default_factory=list)
    subject: str | None = None
    references: list[str] = field(default_factory=list)
    #: the references as full cable ids (`07STATE87399`) where the year is known
    reference_ids: list[str] = field(default_factory=list)
    eo: str | None = None
    declassify_on: str | None = None
    classified_by: str | None = None
    reasons: list[str] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["from"] = data.pop("from_")
        return data


@dataclass
class Document:
    """What `sbu_redact.read` returns. `classification` is the overall marking the document
    declares (cable line plus captions and handling lines, or its top banner); `rollup` is what
    its portions require; `inherited` what an unmarked portion takes: the more restrictive of
    the two (fail closed), or the declared marking itself when that is invalid."""

    text: str
    kind: Literal["cable", "document", "fragment"]
    classification: Marking | None
    header: Header
    portions: list[Portion]
    fields: list[Field]
    problems: list[Problem]
    rollup: Marking | None = None
    inherited: Marking | None = None  # what unmarked portions take (None: nothing valid to take)
    #: the rule set the document was read with: redaction uses the same one
    rules: "RuleSet | None" = field(default=None, repr=False, compare=False)
    #: the normalised view the reader read (offsets above are into `text`, never into it)
    view: "TextView | None" = field(default=None, repr=False, compare=False)

    def fields_named(self, *names: str) -> list[Field]:
        return [f for f in self.fields if f.name in names]

    def portion_at(self, offset: int) -> Portion | None:
        for portion in self.portions:
            if portion.start <= offset < portion.end:
                return portion
        return None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset, as linters report them."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    def to_dict(self) -> dict[str, Any]:
        c = self.classification
        return {
            "kind": self.kind,
            "classification": {
                "level": c.level if c else None,
                "controls": c.controls if c else [],
                "raw": c.raw if c else None,
                "banner": c.banner() if c else None,
            },
            "rollup": self.rollup.banner() if self.rollup else None,
            "inherited": self.inherited.banner() if self.inherited else None,
            "header": self.header.to_dict(),
            "fields": [f.__dict__ for f in self.fields],
            "portions": [p.to_dict() for p in self.portions],
            "problems": [p.to_dict() for p in self.problems],
        }
