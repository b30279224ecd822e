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

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.spec.regions:
            return None
        return re.compile(rf"(?<![\w/.\-])(?:{_GRID}|{_BOX}){_SEP}{_TOWN}{_SEP}(?i:{alternatives(self.spec.regions)})"
                          rf"[ \t]+{_POSTCODE}")

    def find(self, text):
        pattern = self._pattern
        if pattern is None:
            return []
        return [self.result(m.start(), m.end(), "an address line that its town, region and postcode make one")
                for m in pattern.finditer(text)]


__all__ = ["PostcodeLineAddressRecognizer"]
