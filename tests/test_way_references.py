"""A choice whose ways refer to their own named groups (`<(?P<tag>note|fn)>...</(?P=tag)>`) is
taken apart into its ways (`prefilter.top_level_ways`, `WayScan`) and scanned way by way with the
same matches as the whole scan; a way that refers to a group of another way is not."""
from __future__ import annotations

import re

from sbu_redact.prefilter import WayScan, caseless, finditer_of_ways, top_level_ways

_PATTERN = (r"(?i:\[[ \t]*inserted[ \t]*:[^\]]{1,400}\]|<(?P<tag>note|fn)\b[^<>]{0,30}>(?:(?!</?(?P=tag)\b)[\s\S]){1,400}"
            r"</(?P=tag)>|\[(?P<bb>note|remark)\](?:(?!\[/?(?P=bb)\])[\s\S]){1,400}\[/(?P=bb)\])")


def test_ways_that_refer_to_their_own_groups_are_taken_apart():
    assert top_level_ways(r"<(?P<t>a|b)>x</(?P=t)>|\[(?P<u>c)\]y\[/(?P=u)\]") == (
        r"<(?P<t>a|b)>x</(?P=t)>", r"\[(?P<u>c)\]y\[/(?P=u)\]")
    assert WayScan(re.compile(_PATTERN)).ways  # (the whole scan is no longer the only way)


def test_a_way_that_refers_to_another_ways_group_is_not():
    assert top_level_ways(r"(?P<t>a)x|y(?P=t)") is None
    assert top_level_ways(r"(a)x|y\1") is None


def test_the_ways_find_what_the_whole_scan_finds():
    pattern = re.compile(_PATTERN)
    scan = WayScan(pattern)
    texts = ["(U) Talks went well. <note>moved in from para 3</note> More. [inserted: the donors]",
             "<fn a=1>one <note>two</note></fn> and [note]x [remark]y[/remark] z[/note] [NOTE]q[/NOTE]",
             "<NOTE>unclosed [inserted:] <fn>x</note> [remark]a[/note]", "nothing here", ""]
    for text in texts:
        hits = scan.hits(text, caseless(text))
        for start, end in ((0, len(text)), (5, len(text)), (0, len(text) // 2)):
            ways = scan.ways_in(hits, text, start, end, caseless(text))
            found = finditer_of_ways(pattern, text, start, end, ways) if ways else []
            assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text, start, end)], (text, start, end)
