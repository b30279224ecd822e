"""fix41b: reviewer comments and change records that raise a (U) part, by class (issue 8).

First run (main `2e21c610`): five documents leaked at every level: adv164-028 (a Spanish balloon `este parrafo
deberia ser C` inside a (U) paragraph), adv166-025 (a Word export's `[JH1] ... this para should be S`, its tag on
paragraph 3), adv166-027 (a Google Docs thread, its anchor the third bullet's quoted words: `bump this bullet to
C//NF`), adv164-030 (a compare export saved as CSV: `Paragraph 3,U,S,...`), adv164-031 (TOML front matter `section =
2`, `was = "U"`, `now = "C//NF"`). After: none of the five leaks.
Whole harness (10,038 documents) against main's t0: no new leaking document, 5 fixed, over-redaction 2,908 ->
2,908 (none new, none fixed).

Fix: `review_comments.raise_remarks` reads a remark (rules `remark_raise_level`: `should be`, `bump ... to`,
`deberia ser`, `devrait etre`, `muss als ... eingestuft`, `dovrebbe essere`, ...; bare `C`/`S` too) in a comment (a
bracket, a comment lead such as `Name:`, a line under a comments heading) or naming a part, and raises the part it
names (number, ordinal, the export's tag, quoted words), else the text it sits in, else every lower marked part above
a trailing comments section (fail closed). `change_records` reads bare marks in a delimited row (CSV, TSV, pipe),
prose (`was U, now S`, `U -> S`), XML attributes and elements, keys before the part (JSON), `section` parts, and
raises every portion carrying OLD where the part is not found (fail closed).
The cases below are mine (not corpus copies); each withheld case leaks on main (checked against main's tree: the
Google Docs quoted anchor, a TSV record, prose `was U, now S`, a Portuguese balloon with a bare `S`, a CSV whose header
names the new column first); variants that main already withholds (a Word tag, an Acrobat summary's `paragraph 2
should be marked SECRET`, German and Italian balloons, JSON, XML, arrows in a pipe table) were dropped. The release
cases (a comment about wording, a changelog of dates, records that lower a mark, a question) release on main and here.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

_MEMO = ("{banner}\n\nSUBJECT: (U) Harbor Dredging Review\n\n1. (U) The dredging contract for the north basin was signed "
         "in June.\n\n2. (U) The contractor's site manager admitted the Navy's berth survey was shared with a foreign "
         "shipping firm.\n\n3. (U) The next progress meeting is set for the first week of March.\n\n{tail}\n\n{banner}\n")
_SECRET_LINE = "The contractor's site manager admitted the Navy's berth survey was shared"

WITHHELD: list[tuple[str, str, str]] = [
    ("gdocs-quoted-anchor", _MEMO.format(banner="SECRET", tail="Comment thread\nQuoted text: \"the Navy's berth survey "
     "was shared with a foreign\"\n  R. Diaz: please raise this to S, it is from the IG interview.\n  T. Okafor: ok"),
     _SECRET_LINE),
    ("tsv-record", "SECRET\nmarking changes v2 -> v3\npart\told\tnew\tby\npara 1\tU\tU\t\npara 2\tU\tC//NF\tINR\n\n"
     + _MEMO.format(banner="SECRET", tail="").split("\n\n", 1)[1], _SECRET_LINE),
    ("prose-was-now", _MEMO.format(banner="SECRET", tail="Change log: paragraph 2 was U, now S (per INR, 2 March)."),
     _SECRET_LINE),
    ("portuguese-balloon-bare-letter", _MEMO.format(banner="SECRET", tail="").replace(
        "foreign shipping firm.", "foreign shipping firm. [Comentario LM1: este paragrafo deveria ser S - fonte "
        "sensivel]"), _SECRET_LINE),
    ("csv-new-column-first", "SECRET\nlocation;new_mark;old_mark;date\nParagraph 1;U;U;\nParagraph 2;S;U;2026-03-02\n\n"
     + _MEMO.format(banner="SECRET", tail="").split("\n\n", 1)[1], _SECRET_LINE),
]

RELEASED: list[tuple[str, str, str]] = [
    ("comment-about-wording", _MEMO.format(banner="SECRET", tail="Comments:\n[KL1] K. Lowe: 'berth survey' should be "
     "'berthing survey' throughout.").replace("1. (U) The", "1. (U)[KL1] The"), "The next progress meeting is set"),
    ("changelog-of-dates", _MEMO.format(banner="SECRET", tail="| Para | old date | new date |\n|---|---|---|\n"
     "| Para 3 | 2026-02-01 | 2026-03-01 |"), "The next progress meeting is set"),
    ("csv-record-lowered", _MEMO.format(banner="SECRET", tail="Change log: location,old,new\nParagraph 3,U,U\n"
     "Paragraph 2,S,U"), "The contractor's site manager admitted"),
    ("prose-record-lowered", _MEMO.format(banner="SECRET", tail="Paragraph 3: mark unchanged (U -> U); paragraph 2 "
     "lowered S -> U."), "The contractor's site manager admitted"),
    ("question-not-a-remark", _MEMO.format(banner="SECRET", tail="[Comment JB1: should this paragraph be S? I think "
     "not.]"), "The next progress meeting is set"),
]


@pytest.mark.parametrize("text,phrase", [pytest.param(t, p, id=i) for i, t, p in WITHHELD])
def test_withheld(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("text,phrase", [pytest.param(t, p, id=i) for i, t, p in RELEASED])
def test_released(text: str, phrase: str) -> None:
    assert_released(text, phrase)
