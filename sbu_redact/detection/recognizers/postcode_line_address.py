"""STREET_ADDRESS: an address with no street word that its town, state or province and postcode
make one (fixnames36): a Utah or Idaho grid address (`1450 S 300 E, Provo, UT 84606`, `340 N 2ND
E, REXBURG,\nID 83440`) and a rural box (`Box 214, Duck Lake, SK S0K 1J0`). Neither has a street
word for `street_address` to find; both end with one to three town words, a US state or Canadian
province code (`regions`) and its postcode (a ZIP code, or a Canadian `A1A 1A1`). The whole line
is the address."""
from __future__ import annotations

import re
from functools import cached_property

from ..registry import register
from .base import CableRecognizer, RecognizerSpec, alternatives

_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_SEP = r"[ \t]*,[ \t]*\n?[ \t]*"
_DIRECTION = r"(?:[NSEW]|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
# 1450 S 300 E, 340 N 2ND E, 812 E 1700 N
_GRID = rf"\d{{1,5}}{_GAP}{_DIRECTION}{_GAP}\d{{1,5}}(?:ST|ND|RD|TH|st|nd|rd|th)?{_GAP}{_DIRECTION}(?![\w])"
_BOX = r"(?:Box|BOX|box)[ \t]+\d{1,6}"
_TOWN = r"[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2}"
# (the text reaches the recognizers re-cased, and a digit between letters read as the letter it
# looks like: R0L 0J0 as ROL 0J0, S3N 2W4 as SEN 2W4; a Canadian postcode is any of them)
_POSTCODE = r"(?:\d{5}(?:-\d{4})?|[A-Za-z][A-Za-z\d][A-Za-z][ \t]?[A-Za-z\d][A-Za-z][A-Za-z\d])(?![\w])"


@register("postcode_line_address")
class PostcodeLineAddressRecognizer(CableRecognizer):
    ENTITY = "STREET_ADDRESS"

    class Spec(RecognizerSpec):
        # US state and Canadian province codes before the postcode (UT, ID, SK, AB)
        regions: list[str] = []
        # fixnames42: rural route, site, compartment and box words before their numbers (RR 1, Site 12, Comp 8)
        rural: list[str] = []
        # fixnames42: highway words between a house number and the road's number (2210 HWY 16)
        highways: list[str] = []

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.spec.regions:
            return None
        # fixnames42: RR 2, Site 4, Comp 19; 2210 HWY 16; then up to three parts (a colony's name, the
        # town), the region after a comma or a space, and the postcode (BOX 77, HILLTOP COLONY, SWIFT CURRENT SK S9H 3V5)
        rural = _words(self.spec.rural) or "(?!)"
        highways = _words(self.spec.highways) or "(?!)"
        lead = (rf"(?:{_GRID}|{_BOX}|(?:{rural})[ \t]*\d{{1,5}}(?:{_SEP}(?:{rural})[ \t]*\d{{1,5}}){{0,3}}"
                rf"|\d{{1,6}}[ \t]+(?:{highways})[ \t]*\d{{1,4}}[A-Za-z]?)")
        return re.compile(rf"(?<![\w/.\-]){lead}(?:{_SEP}{_TOWN}){{1,3}}(?:{_SEP}|[ \t]+)(?i:{alternatives(self.spec.regions)})"
                          rf"[ \t]+{_POSTCODE}")

    def find(self, text):
        pattern = self._pattern
        if pattern is None:
            return []
        return [self.result(m.start(), m.end(), "an address line that its town, region and postcode make one")
                for m in pattern.finditer(text)]


def _words(words: list[str]) -> str:
    """Words as alternatives, longest first, as written, in capitals or in lower case; a space is any blank."""
    forms = {f for w in words for f in (w, w.upper(), w.lower(), w.capitalize())}
    return "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(forms, key=len, reverse=True))


__all__ = ["PostcodeLineAddressRecognizer"]
