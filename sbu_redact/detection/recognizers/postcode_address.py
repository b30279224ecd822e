"""STREET_ADDRESS: a local address written as parts between commas and closed by its postcode
(fixnames49b), the way people write them where no street word helps:

- a UK address whose street is a drove, a bank or a brink (`17 BURNT FEN DROVE, LITTLEPORT, ELY
  CB6 1QZ`, `FLAT 2, 41 NORTH BRINK, WISBECH PE13 1JR`, `9 Jubilee Bank, Clenchwarton, PE34 4BQ`);
- a military mailbox (`PSC 41 BOX 2317, APO AE 09464`);
- an Indian quarter or a Russian settlement with its six-digit index (`QR. NO. VR-12, UNIT-6,
  BHUBANESWAR 751001`, `POS. YAVAS, ZUBOVO-POLYANSKY DISTRICT, 431160`);
- a post office's general delivery (`General Delivery, Venetie AK 99781`);
- a rural plot before its road and village, with no postcode (`plot 6 hundred foot bank, welney`).

A Presidio `PatternRecognizer`: its patterns are built from the YAML entry's vocabulary (the
postcode formats, checked on load; the words that open an address before its number), and a
match counts when it opens with a house number or one of those words. An office's address (a
letterhead: `Embassy of the United States, 24 Grosvenor Square, London W1A 1AE`) is no private
person's address: a match with an institution word just before it, and no residence word
(`lives at`, `home`, `address`), is dropped; a match with no comma inside is a cable's header
(`SECTION 02 OF 02 LONDON 004417`), not an address, and is never made.
"""
from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer
from pydantic import Field, field_validator

from ..registry import register
from .base import RecognizerSpec
from .pattern import PatternSpec, _class_name

# a part's word: a name (NORTH, Zubovo-Polyansky, QR., VR-12) or a number (41, 12A, 4/2)
_TOKEN = r"(?:[^\W\d_][\w'\u2019.\-]*|\d{1,5}[^\W\d_]?(?:[/-]\d{1,4})?)(?![\w])"
_PART = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,4}}"
_SEP = r"[ \t]*,[ \t]*(?:\n[ \t]*)?"  # a comma, maybe a line end after it
_GAP = r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*|[ \t]+)"  # before the postcode


class PostcodeSpec(PatternSpec):
    # a postcode so particular (a UK one) that a house's name may open the address, with two commas
    # or more after it (LOW FOLD, TROUTBECK, PENRITH CA11 0SJ; THE OLD SMITHY, BELLINGHAM, HEXHAM NE48 2DE)
    house_names: bool = False


class PostcodeAddressSpec(RecognizerSpec):
    # postcode formats (name, regex, base score), the score of an address closed by that postcode
    postcodes: list[PostcodeSpec] = Field(min_length=1)
    # words that open an address before its number or its first name (FLAT 2, QR. NO. VR-12, POS. YAVAS,
    # PSC 41, General Delivery); a space is any blank
    leads: list[str] = Field(min_length=1)
    # words that open a rural address without a postcode: the word, a number, the road, a comma and
    # the village before the sentence's end (plot 6 hundred foot bank, welney)
    rural_leads: list[str] = []
    # words that say the address is a person's home (lives at, home, address); any case
    context: list[str] = Field(min_length=1)
    # words that make an address an office's when no `context` word stands before it (Embassy, Ministry)
    institutions: list[str] = []
    # words no address part holds (a sentence or a reference, not an address: 12 MAY, 2009 THE COURT IN 62701)
    not_words: list[str] = []
    window: int = Field(80, ge=1, le=300)

    @field_validator("postcodes")
    @classmethod
    def _compiles(cls, value: list[PostcodeSpec]) -> list[PostcodeSpec]:
        for p in value:
            try:
                re.compile(p.regex)
            except re.error as exc:
                raise ValueError(f"postcode {p.name!r}: invalid regular expression ({exc})") from None
        return value


def _words(words: list[str]) -> str:
    """Words and phrases as alternatives, longest first; a space is any blank; a dot is optional."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace(r"\.", r"\.?")
                    for w in sorted(words, key=len, reverse=True)) or "(?!)"


@register("postcode_address")
class PostcodeAddressRecognizer(PatternRecognizer):
    Spec: ClassVar[type[RecognizerSpec]] = PostcodeAddressSpec
    ENTITY = "STREET_ADDRESS"

    def __init__(self, *, spec: PostcodeAddressSpec, **kwargs):
        self.spec = spec
        leads = _words(spec.leads)
        # (a house number opens one only before its street's first word: 41 NORTH BRINK, not `4, section 2`)
        opening = (rf"(?<![\w.\-/])(?:(?:{leads})(?![\w])[ \t]*(?:,[ \t]*)?"
                   rf"|(?=\d{{1,5}}[^\W\d_]?(?:[/-]\d{{1,4}})?[ \t]+[^\W\d_]))")
        patterns = []
        house_names: set[str] = set()
        for p in spec.postcodes:
            # the opening, then its first part, at least one comma and up to four more parts, the postcode
            regex = (rf"{opening}{_PART}(?:{_SEP}{_PART}){{0,4}}{_GAP}(?:{p.regex})(?![\w])")
            patterns.append(Pattern(p.name, regex, p.score))
            if p.house_names:
                patterns.append(Pattern(
                    f"{p.name} after a house's name",
                    rf"(?<![\w.\-/])(?=[^\W\d_]){_PART}(?:{_SEP}{_PART}){{2,4}}{_GAP}(?:{p.regex})(?![\w])",
                    round(p.score - 0.0005, 4)))
                house_names.add(f"{p.name} after a house's name")
        if spec.rural_leads:
            patterns.append(Pattern(
                "rural plot, road and village",
                # (a named place before it and a comma: Servitude Tamarii, PK 12,5 côté mer, Punaauia)
                rf"(?<![\w.\-/])(?:(?-i:[A-Z])[\w'\-]*(?:[ \t]+(?-i:[A-Z])[\w'\-]*)?,[ \t]*)?(?:{_words(spec.rural_leads)})[ \t]+\d{{1,4}}(?:,\d{{1,2}})?[^\W\d_]?(?:[ \t]+[^\W\d_][\w'\-]*){{1,4}}"
                rf"(?:,[ \t]*[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){{0,2}}){{1,2}}(?=[ \t]*(?:[.;)]|\n|\Z))",
                round(spec.score - 0.01, 4)))
        super().__init__(patterns=patterns, **kwargs)
        self._house_names = house_names
        self._context_words = re.compile(r"(?<![\w])(?:" + _words(spec.context) + r")(?![\w])", re.IGNORECASE)
        self._not_words = {w.lower() for w in spec.not_words}
        self._institutions = re.compile(r"(?<![\w])(?:" + _words(spec.institutions) + r")(?![\w])", re.IGNORECASE)

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(spec=spec, supported_entity=cls.ENTITY, name=_class_name(name))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        out = []
        for r in results:
            explanation = r.analysis_explanation
            if explanation is not None and explanation.pattern_name in self._house_names:
                start = self._after_sentence(text, r.start, r.end)
                if start is None:
                    continue
                r.start = start
                parts = text[r.start:r.end].split(",")
                if self._institutions.search(parts[0]) or not all(re.search(r"[^\W\d_]{3}", p) for p in parts):
                    continue  # The Embassy, Grosvenor Square, London, W1A 1AE; ref A, para 3, B, C, D SW1A 2AA
            value = text[r.start:r.end]
            if "," not in value:
                continue  # SECTION 02 OF 02 LONDON 004417: a cable's header, no address
            words = _WORDS.findall(value)
            if words and words[0].lower() == "the" and value[:3].isalpha():
                words = words[1:]  # (THE OLD SMITHY: a house's name)
            if any(self._not_word(w) for w in words):
                continue  # a sentence, a date or a reference that ends in a number (12 MAY, 2009 THE COURT IN 62701)
            before = text[max(0, r.start - self.spec.window):r.start]
            if self._institutions.search(before) and not self._context_words.search(before):
                continue  # an office's address (a letterhead), not a person's home
            out.append(r)
        # (one address found by two patterns, a house number's and a house name's, is one finding: the longest)
        out.sort(key=lambda r: (r.start, -r.end))
        kept: list = []
        for r in out:
            if kept and r.start < kept[-1].end:
                if r.end > kept[-1].end:
                    kept[-1].end = r.end
                continue
            kept.append(r)
        return kept

    def _not_word(self, word: str) -> bool:
        return word.lower().rstrip(".") in self._not_words

    def _after_sentence(self, text: str, start: int, end: int) -> int | None:
        """A house's name opens the address after the last word of the sentence before it (HE IS
        STORY, J.R. OF THE OLD SMITHY, ...: THE OLD SMITHY; `the` before the name stays); two commas
        must be left, and the name is written with capitals."""
        words = list(_WORDS.finditer(text, start, end))
        cut = start
        for i, w in enumerate(words):
            if self._not_word(w.group()):
                nxt = words[i + 1] if i + 1 < len(words) else None
                keep_the = w.group().lower() == "the" and (i == 0 or self._not_word(words[i - 1].group())) \
                    and nxt is not None and text[w.end():nxt.start()].strip() == ""
                cut = w.start() if keep_the else (nxt.start() if nxt is not None else end)
        if text[cut:end].count(",") < 2 or not text[cut:cut + 1].isupper():
            return None
        return cut


_WORDS = re.compile(r"[^\W\d_][\w'.\-]*")


__all__ = ["PostcodeAddressRecognizer"]
