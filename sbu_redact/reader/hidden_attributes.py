"""Words hidden in a tag's attributes raise the portion that holds the tag (adv151-019, review37f).

`<a href="annex.html" title="the deputy governor is passing convoy routes to the militia">annex</a>` inside a (U)
paragraph of a SECRET page: a browser shows `annex`, the source carries the title, and a release of the paragraph
releases the source. The view leaves inline and block tags out (so a banner inside `<span title="...">` is still
read as a banner); the words of such a tag's attribute are unmarked text the document's level covers, so the portion
that holds the tag takes at least that level (raised, never split or lowered: fail closed). A tag the view keeps as
written (`<img alt="...">`) raises its portion too: its words are also set apart (rules `inserted_text`), but only
from three words in some attributes. Wiki markup hides words the same way (rules `hidden_attribute_text`): a file's
`alt=` text, the hover text of `{{Tooltip|shown|hidden}}` (adv154-005).
"""
from __future__ import annotations

import bisect

from ..document import Portion
from ..markings import Marking
from .raising import raised_to
from .state import Reading


def raise_hidden_attribute_text(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions` with each one holding a tag whose attribute holds words raised to `inherited`."""
    source = r.view.original
    if inherited is None or not inherited.valid or inherited.rank == 0 or ("=" not in source and "{{" not in source):
        return portions
    starts = [p.start for p in portions]
    raised: set[int] = set()
    for m in r.g.hidden_attribute_text.finditer(source):
        at = r.view.to_view(m.start())
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and portions[i].start <= at < portions[i].end:
            raised.add(i)
        elif i + 1 < len(portions) and at < portions[i + 1].start:
            raised.add(i + 1)  # (the tag stood just before the portion's first character)
    if not raised:
        return portions
    return [raised_to(r, p, [inherited], "a tag in this portion holds words in an attribute that a browser hides; "
                                         "they carry no mark: the portion takes the level unmarked text takes")
            if i in raised else p for i, p in enumerate(portions)]
