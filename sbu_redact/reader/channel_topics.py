"""A chat channel's metadata that opens with the channel's marking (fix49e, issue 8): a Slack export's JSON line
`{"type": "channel", ..., "topic": "CUI//NOFORN - US persons only, no foreign liaison"}`, a Mattermost `"header"`,
a text export's `Channel topic: SBU//NOFORN`, `Room description: LES//NOFORN | border ops`. The channel's
messages may carry only `(CUI)`: what the topic states for the channel is the document's, as a release field's
value is (`document_controls`: every controlled or unmarked portion not marked with it carries its controls). Only
a value whose first words are a marking in capitals with a control (`CUI//NOFORN`, `U//FOUO//NOFORN`) before a
break (a dash, a comma, a bar, the end) is read: a topic that is words (`Friday lunch order - FOUO deli`,
`Secret Santa sign-up`) states nothing. Only raises."""
from __future__ import annotations

import functools
import re

from ..markings import Grammar
from .document_controls import StatedControl, _controls_of
from .state import Reading

# the marking a value opens with: capitals, digits, blanks, commas and slashes with at least one `//` or `/` between
# two words, up to a break (` - `, `,` before words, `;`, `|`, `(`, the end)
_OPENING = re.compile(r"[ \t*_\"']*(?P<mark>[A-Z][A-Z0-9]*(?:[ \t]+[A-Z][A-Z0-9]*)?(?:[ \t]*//?[ \t]*[A-Z][A-Z0-9]*"
                      r"(?:[ \t]+[A-Z][A-Z0-9]*)*(?:[ \t]*,[ \t]*[A-Z]{3,4})*)+)"
                      r"(?=[ \t]*(?:$|[-–—|;(\"']|,[ \t]*[a-z]|[ \t]+[-–—]))")
# a field's label and value on a line or in a JSON pair
_LINE_FIELD = re.compile(r"^[ \t>*_#]*(?P<label>[A-Za-z][A-Za-z _\-]{1,30}?)[ \t]*[*_]*:[ \t]*[*_]*(?P<value>\S[^\n]*)$")
_JSON_FIELD = re.compile(r'"(?P<label>[A-Za-z][A-Za-z _\-]{1,30})"\s*:\s*"(?P<value>[^"\n]{1,200})"')


@functools.lru_cache(maxsize=8)
def _label(g: Grammar) -> re.Pattern[str]:
    return re.compile(g.vocabulary.reader_words.channel_topic_label.pattern)


def take_channel_topics(r: Reading, line: str, line_start: int) -> None:
    """The controls a channel metadata field on `line` (at `line_start`) opens with, to `r.document_controls`."""
    label = _label(r.g)
    for shape in (_LINE_FIELD, _JSON_FIELD):
        for m in shape.finditer(line):
            if not label.fullmatch(m.group("label").strip()):
                continue
            opening = _OPENING.match(m.group("value"))
            if opening is None or "/" not in opening.group("mark"):
                continue
            marking = _controls_of(r, _controls_part(opening.group("mark")))
            if marking is None:
                continue
            start = line_start + m.start("value")
            r.document_controls.append(StatedControl(marking, start, start + opening.end("mark"),
                                                     f"the channel's '{m.group('label').strip()}' field "
                                                     f"'{m.group('value').strip()[:60]}'"))


def _controls_part(mark: str) -> str:
    """The controls after a marking's level or designation (`CUI//NOFORN` -> `NOFORN`, `U//FOUO//REL TO USA, AUS`
    -> `FOUO//REL TO USA, AUS`): what `_controls_of` reads on an UNCLASSIFIED marking."""
    parts = [p.strip() for p in re.split(r"[ \t]*//?[ \t]*", mark) if p.strip()]
    return "//".join(parts[1:]) if len(parts) > 1 else mark
