"""The one registry of problem codes: every code the marking grammar, the reader and `check`
can report, with its default severity, a one-line meaning and the rule it enforces.

A reference names the rule so that a finding can be audited: `sbu_redact` marks our own
reading rules (how a copy is read, fail closed), the others name the marking rule in its
source (`CAPCO Register: ORCON`, `ISOO Marking Booklet: Portion Markings`, `E.O. 13526
§1.6`...). A marking rule of `rules/markings.yaml` may give a more precise reference for the
problem it raises; the registry's is the default.

Kept free of heavy imports: `check` imports it at start-up.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal

from .lazyre import compile_pattern

#: How a code is reported unless a caller or `check.yaml` says otherwise; `ignore` codes are
#: computed but not reported by default.
DefaultSeverity = Literal["error", "warning", "info", "ignore"]

OWN_RULE = "sbu_redact"

#: Accepted reference forms (checked for every code here and every rule of markings.yaml).
REFERENCE = compile_pattern(
    r"^(?:sbu_redact"
    r"|ISM-ID-\d{5}"
    r"|DoDM 5200\.01 V2 .+"
    r"|CAPCO (?:Register|Manual): .+"
    r"|ISOO Marking Booklet: .+"
    r"|CUI Marking Handbook: .+"
    r"|E\.O\. 13526 §\d+\.\d+.*"
    r"|32 CFR 2001\.\d+.*"
    r"|12 FAM \d+.*)$")


@enum.unique
class Code(enum.Enum):
    """A problem code. `Code["SPILLAGE"]` looks one up by the name used in outputs."""

    # -- the marking grammar: one banner or portion mark ---------------------------------
    EMPTY = ("error", "the marking is empty: `()`", "ISOO Marking Booklet: Portion Markings")
    UNREADABLE = ("error", "the text in a mark's place is not a marking at all", OWN_RULE)
    UNKNOWN_TOKEN = ("error", "a token the register does not know (a typo or an unknown control)",
                     "CAPCO Register: authorized markings")
    OUT_OF_ORDER = ("error", "categories are not in the register's order (the level first)",
                    "CAPCO Manual: banner line order")
    SINGLE_SLASH = ("error", "categories separated by `/` instead of `//`",
                    "CAPCO Manual: banner line syntax")
    INCOMPLETE = ("error", "a required part is missing (no level, an empty category, REL TO without countries)",
                  "CAPCO Manual: banner line syntax")
    CONTRADICTORY = ("error", "two parts of one marking cannot both apply (two levels, NOFORN with REL TO...)",
                     "CAPCO Register: prohibited combinations")
    UNKNOWN_LEVEL = ("error", "no level can be read because a token is unknown: the level is unknown, not inferred",
                     "CAPCO Register: authorized markings")
    LEVEL_NOT_ALLOWED = ("error", "a control used at a level the register does not allow it at (ORCON on U, FOUO on S)",
                         "CAPCO Register: applicable classification levels")
    MISSING_REQUIRED = ("error", "a control without another one it requires (HCS without NOFORN)",
                        "CAPCO Register: required markings")
    DUPLICATE = ("warning", "the same control written twice", "CAPCO Manual: banner line syntax")
    NONCANONICAL = ("warning", "a valid marking written in a non-canonical order (REL TO list order)",
                    "CAPCO Register: REL TO")
    # -- the reader: marks in context -------------------------------------------------------
    MALFORMED_MARK = ("warning", "a portion mark without its parentheses, e.g. `C)`",
                      "ISOO Marking Booklet: Portion Markings")
    GARBLED_MARK = ("error", "a portion mark that reads only after correcting OCR damage; a reviewer must confirm it",
                    OWN_RULE)
    EMBEDDED_MARK = ("warning", "a second portion mark inside a portion raises the whole portion", OWN_RULE)
    LIST_LETTER = ("warning", "a parenthesised letter that could be a portion mark, read as a list letter (`(C)` after "
                   "`(A)` and `(B)`, `section 5` / `(c)`): its text takes the document's marking", OWN_RULE)
    CONTINUED_PORTION = ("warning", "a mark at the start of a line that may continue the portion above it (a "
                         "wrapped line, a list letter such as `(c)`): the text keeps that portion's marking too",
                         OWN_RULE)
    UNKNOWN_CAPTION = ("warning", "a word on a cable's caption line that is no known caption", OWN_RULE)
    GARBLED_CAPTION = ("warning", "a cable caption that reads only after correcting OCR damage", OWN_RULE)
    GARBLED_BANNER = ("error", "a banner or cable classification line that reads only after correcting OCR or "
                      "look-alike damage; the document's marking is doubtful until a reviewer confirms it", OWN_RULE)
    CLASSIFICATION_IN_WORDS = ("warning", "a level stated in words (a foreign or NATO marking, 'is classified "
                               "SECRET'): unmarked portions inherit at least that level", OWN_RULE)
    VERTICAL_MARKING = ("warning", "a marking written one letter per line (a rotated margin stamp in a PDF or OCR "
                        "text layer) is read as a banner or as controls of the document", OWN_RULE)
    GOVERNED_PORTION = ("warning", "a statement elsewhere in the text governs this portion (a correction of one "
                        "paragraph, a compilation or spill notice, the marked original of a translation): it is "
                        "raised to the level the statement gives", OWN_RULE)
    GOVERNING_SCOPE_UNRESOLVED = ("error", "a statement that governs other text names it in a way that cannot be "
                                  "resolved exactly: every portion it could mean is raised; a reviewer decides",
                                  OWN_RULE)
    ABBREVIATION_NOT_MARK = ("warning", "letters in a mark's place that the document defines as an abbreviation "
                             "(`Tropical Storm (TS)`, then `(TS) Mara`) under a lower banner: not read as a portion "
                             "mark; the portion inherits the document's marking", OWN_RULE)
    MARKING_IN_TEXT = ("warning", "a level or control in marking shape in a portion's own text that the reader did "
                       "not read (`S//NF` after a footnote sign, `SECRET` in capitals in a sentence, `SBU NOFORN` in "
                       "a cell): the portion is raised to it, or doubtful when it cannot be read; a reviewer confirms",
                       OWN_RULE)
    ENCODED_TEXT = ("error", "base64 or uuencoded text in a portion (an attachment, a data URI): what it encodes may "
                    "carry any marking, so the portion is doubtful (withheld) until a reviewer decodes it", OWN_RULE)
    SPILLAGE = ("error", "a portion more restrictive than the document's banner or classification line",
                "ISOO Marking Booklet: Banner Lines")
    BANNER_MISMATCH = ("error", "two banners (top and bottom, or page banners) of one document disagree",
                       "ISOO Marking Booklet: Banner Lines")
    BANNER_ROLLUP_MISMATCH = ("warning", "the banner differs from what its portions require (over-classified)",
                              "ISOO Marking Booklet: Banner Lines")
    BANNER_MISSING_CONTROL = ("error", "a portion carries a control that the banner does not",
                              "ISOO Marking Booklet: Banner Lines")
    DOCUMENT_CONTROL_NOT_CARRIED = ("warning", "a banner, `Classification:` line or release field states a "
                                    "dissemination control (NOFORN, LES NOFORN, a REL TO list) that no portion mark "
                                    "carries: every controlled or unmarked portion is treated as carrying it, plain (U) "
                                    "text too where no controlled portion is there to hold it",
                                    "ISOO Marking Booklet: Banner Lines")
    BANNER_REL_TO_WIDER = ("error", "the banner releases to a country that a portion does not",
                           "CAPCO Register: REL TO")
    SECTION_CLASSIFICATION = ("error", "a cable section repeats a different classification line than the first",
                              OWN_RULE)
    SECURITY_INDICATOR = ("error", "the cable's security indicator (`ZNY CCCCC`) is higher than its classification line",
                          OWN_RULE)
    UNCLASSIFIED_WITH_AUTHORITY = (
        "error", "an UNCLASSIFIED cable with a Classified By line (its unmarked portions are doubtful)",
        "E.O. 13526 §1.6")
    UNMARKED_PORTION = ("warning", "a portion without a mark in a portion-marked document",
                        "ISOO Marking Booklet: Portion Markings")
    PART_BANNER = ("info", "an unmarked portion of a part (a page, slide, tab or message) that the same banner "
                   "closes above and below takes that banner, not the file's highest", "ISOO Marking Booklet: "
                   "Banner Lines (each page marked with the highest level of its content)")
    QUOTED_MARK = ("info", "a quotation whose own mark stands at its end, before the closing quotation mark, takes "
                   "that mark; the text around it keeps the portion's", "ISOO Marking Booklet: Portion Markings")
    INSERTED_TEXT = ("info", "text a redline or compare output shows as inserted or moved in is not marked by the mark "
                     "of the portion it now sits in: it takes what unmarked text takes", "ISOO Marking Booklet: "
                     "Portion Markings (each portion marked for its own content)")
    CELL_MARK = ("info", "the marks inside a table row's cells mark each cell (an unmarked cell takes what unmarked "
                 "text takes), or the row's mark in its marks column marks the row", "ISOO Marking Booklet: Portion "
                 "Markings")
    UNMARKED_WITHOUT_BANNER = ("error", "an unmarked portion in a document that no banner or classification line "
                               "marks as a whole: its level is unknown, so it is doubtful", OWN_RULE)
    NO_MARKING = ("error", "no classification line, banner or portion mark anywhere", "E.O. 13526 §1.6")
    NO_BODY = ("info", "a cable header without body paragraphs", OWN_RULE)
    FRAGMENT = ("info", "no cable header or banner: portions are judged by their own marks", OWN_RULE)
    PARAGRAPH_SEQUENCE = ("warning", "paragraph numbers out of sequence", OWN_RULE)
    PARAGRAPH_NUMBER_RECOVERED = ("info", "an OCR-damaged paragraph number read from its sequence (`11.` for `¶1.`)",
                                  OWN_RULE)
    # -- check: what the linter adds ----------------------------------------------------------
    BOTTOM_BANNER_MISSING = ("ignore", "a memo with a top banner and no bottom banner",
                             "ISOO Marking Booklet: Banner Lines")
    PUBLIC_MARKING = ("error", "a document under a public path is marked above what the public level releases",
                      OWN_RULE)
    PUBLIC_WITHHELD = ("error", "a portion under a public path that the public level would withhold", OWN_RULE)
    PUBLIC_PII = ("error", "personal information under a public path that the public level would redact", OWN_RULE)

    @property
    def severity(self) -> DefaultSeverity:
        return self.value[0]  # type: ignore[no-any-return]

    @property
    def meaning(self) -> str:
        return self.value[1]  # type: ignore[no-any-return]

    @property
    def reference(self) -> str:
        return self.value[2]  # type: ignore[no-any-return]


Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Reported:
    """What every problem has: a registered code, a severity, a message and the reference of
    the rule (the code's default reference unless the emitter gives a more precise one)."""

    code: str
    severity: Severity
    message: str
    reference: str = field(default="", kw_only=True)

    def __post_init__(self) -> None:
        if not self.reference:
            object.__setattr__(self, "reference", reference_for(self.code))


#: Every code's name, for validating `check.yaml`.
CODE_NAMES: frozenset[str] = frozenset(Code.__members__)


def code(name: str) -> Code:
    """The registered code called `name`; a ValueError naming the registry otherwise (a code
    that is not registered is a bug in the emitter, caught by the tests)."""
    try:
        return Code[name]
    except KeyError:
        raise ValueError(f"unknown problem code {name!r}: register it in sbu_redact/problems.py") from None


def reference_for(name: str) -> str:
    """The default rule reference of the code called `name` (a dictionary look-up: every
    problem the reader reports asks it)."""
    try:
        return _REFERENCES[name]
    except KeyError:
        return code(name).reference  # (raises the registry's ValueError)


_REFERENCES: dict[str, str] = {name: member.value[2] for name, member in Code.__members__.items()}
