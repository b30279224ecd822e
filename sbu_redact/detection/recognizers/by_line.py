"""PERSON: the official named on a by-line the reader found (`Classified By:`, `Derived From:`).

The name slot runs from the label to the reasons (`for reasons 1.4 (b) and (d)`, `REASON: 1.5
(D)`) or the end of the field, which the reader extends over wrapped lines. Known titles at the
start of the slot are kept (`Ambassador`, `DCM`, `Deputy Chief of Mission`). When the rest reads
exactly as a name, optionally followed by an office (`John Q. Public, Director, Office of Nordic
Affairs`), the name is the finding; otherwise (a misspelled or unknown title, initials, OCR
damage, a name broken oddly over a line) the whole slot is, so the by-line fails closed.

`Derived From:` usually names a source (`Multiple Sources`, `DSCG 05-1`), not a person: its slot
is reported whole only when it holds a word that may be a name (a given name, or a capitalized
word that is not ordinary English).
"""
from __future__ import annotations

import re

from ..names import NameReader
from ..registry import register
from .base import FieldRecognizer, RecognizerSpec

_LABEL = re.compile(r"(?i)[\s*_]*(?:classified|derived)[\s.]*(?:by|from)?\s*[:.\-]?\s*")
_REASONS = re.compile(r"(?i)[\s,;.(]*\b(?:for\s+)?(?:reasons?|rsn|rationale)\b|[\s,;]*\b1\.[45]\s*\(|[\s,;]*\bE\.?\s?O\.?\s*1\d{4}")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*|\S+")
_TITLE_WORD = re.compile(r"([^\W\d_][\w'\u2019\-]*)\.?\s+")
_OFFICE_WORDS = {"EMBASSY", "CONSULATE", "CONSULATE-GENERAL", "MISSION", "DEPARTMENT", "BUREAU", "OFFICE",
                 "SECTION", "DIVISION", "AFFAIRS", "U.S.", "US", "USG", "AMEMBASSY", "AMCONSUL", "STATE"}


@register("by_line")
class ByLineRecognizer(FieldRecognizer):
    FIELDS = ("classified_by", "derived_from")

    class Spec(RecognizerSpec):
        # remainder words after the name (an office) at or above this zipf are ordinary English
        office_word_min_zipf: float = 3.0

    def __init__(self, lexicon, spec, name=None):
        super().__init__(lexicon, spec, name)
        self.reader = NameReader(lexicon)
        self.title = re.compile(r"(?i:" + lexicon.titles_pattern + r")")

    def find_in_field(self, text, start, end, field):
        label = _LABEL.match(text, start, end)
        slot_start = label.end() if label else start
        reasons = _REASONS.search(text, slot_start, end)
        if reasons is None and field == "classified_by":
            # no reasons yet: the by-line wrapped onto a line the reader left out of the field
            nxt = re.compile(r"[ \t]*\r?\n([^\n]*)").match(text, end)
            if nxt and nxt.group(1).strip() and _REASONS.search(nxt.group(1)):
                end = nxt.end()
                reasons = _REASONS.search(text, slot_start, end)
        slot_end = reasons.start() if reasons else end
        slot_start, slot_end = _trim(text, slot_start, slot_end)
        if slot_start >= slot_end:
            return []
        if field == "derived_from":
            if any(self._may_be_name(w) for w in _WORD.findall(text[slot_start:slot_end])):
                return [self.finding(slot_start, slot_end, "name slot of the Derived From line (may hold a name)")]
            return []
        i = slot_start
        while True:
            title = self.title.match(text, i, slot_end)
            if title is not None and title.end() > i:
                i = title.end()
                continue
            word = _TITLE_WORD.match(text, i, slot_end)  # AMBASADOR, Charge d'Affaries: a title misspelled
            if word is None or not self.lexicon.misspelled_title(word.group(1)):
                break
            i = word.end()
        if i >= slot_end:
            return []  # a title alone: nothing personal to redact
        span = self.reader.read(text, i, end=slot_end)
        if span and span[0] == i and self._clean_rest(text, span[1], slot_end):
            return [self.finding(*span, "name on the Classified By line")]
        return [self.finding(i, slot_end, "name slot of the Classified By line, redacted whole: it does "
                                          "not read exactly as a title and a name")]

    def _clean_rest(self, text: str, pos: int, end: int) -> bool:
        """Whether what follows the name is nothing, or an office after a comma."""
        rest = text[pos:end].strip()
        if not rest:
            return True
        if not rest.startswith((",", "/")):
            return False
        lex = self.lexicon
        threshold = self.spec.office_word_min_zipf
        for word in _WORD.findall(rest):
            bare = word.strip(",;:()/.")
            upper = bare.upper()
            if not bare or upper in _OFFICE_WORDS or upper in lex.title_words or upper in lex.stop_words \
                    or lex.never_a_name(bare) or "/" in word:
                continue
            if lex.is_given_name(bare) or not lex.is_common(bare, threshold):
                return False
        return True

    def _may_be_name(self, word: str) -> bool:
        bare = word.strip(",;:()/.")
        lex = self.lexicon
        if not bare or not bare[:1].isupper() or lex.never_a_name(bare) or any(c.isdigit() for c in bare):
            return False
        if bare.upper() in lex.title_words or bare.upper() in lex.stop_words or bare.upper() in _OFFICE_WORDS:
            return False
        if bare.isupper() and len(bare) <= 5:
            return False  # an acronym: DSCG, ODNI, SCG
        return lex.is_given_name(bare) or not lex.is_common(bare, self.spec.office_word_min_zipf)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-*_."):
        end -= 1
    if end < len(text) and text[end:end + 1] == "." and re.search(r"\b[A-Z]$", text[start:end]):
        end += 1  # keep the period of a final initial
    return start, end
