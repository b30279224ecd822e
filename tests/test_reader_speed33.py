"""Speed changes of issue 8 (speed33) that must change no result: the ordinal patterns are compiled once
per set of ordinal words, not once per statement."""
from __future__ import annotations

import sbu_redact
from sbu_redact.config import as_rules
from sbu_redact.reader.ordinal_labels import labelled_ordinal, ordinal_pointer
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of


def _reading(text: str) -> Reading:
    return Reading(view_of(text), as_rules(None).grammar)


def test_ordinal_pointer_is_compiled_once_for_the_same_words() -> None:
    r = _reading("(U) The second paragraph is SECRET.")
    assert ordinal_pointer(r) is ordinal_pointer(_reading("(U) other text"))
    assert [m.group("o") for m in ordinal_pointer(r).finditer(r.text)] == ["second"]


def test_labelled_ordinal_still_finds_the_labelled_portion() -> None:
    text = "(U) SECOND PARAGRAPH: the talks went well.\n\n(U) Paragraph two: more text.\n"
    doc = sbu_redact.read(text)
    r = _reading(text)
    assert labelled_ordinal(r, doc.portions, -1, "paragraph", 2) == {0, 1}
