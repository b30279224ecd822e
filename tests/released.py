"""What each level of a real `Pipeline` releases of a document: the one helper the reader's
hold-out tests (tests/test_reader_holdout*.py) use to say a phrase is withheld."""
from __future__ import annotations

import sbu_redact


def versions(text: str, levels: tuple[str, ...] = ("usg", "public")) -> dict[str, str]:
    """The released text of `text` at each of `levels` (`partner` for the United Kingdom)."""
    out = sbu_redact.Pipeline().redact(text, levels=list(levels), partner="GBR" if "partner" in levels else None)
    return {level: out[level].text for level in levels}


def assert_withheld(text: str, phrase: str, levels: tuple[str, ...] = ("usg", "public")) -> None:
    """No level of `levels` releases `phrase` (which the document must hold, or the check proves nothing)."""
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    for level, released in versions(text, levels).items():
        assert phrase not in released, level
