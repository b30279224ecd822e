"""Text the reader cannot read because it is encoded: an e-mail's attachment or body part in
base64 (`Content-Transfer-Encoding: base64`, a `data:...;base64,` URI), a uuencoded file. What it
encodes may carry any marking, and a version would release the encoded text as written, which
anyone can decode; so the portion that holds it is doubtful (withheld at every level), and the
problem `ENCODED_TEXT` names what was seen (fail closed: a SECRET attachment in base64 under an
UNCLASSIFIED message was released whole at `public`, and no check on plain words could see it).

What counts: a run of at least three lines of 40 to 100 characters of the base64 alphabet with
capitals, small letters and digits (a hexadecimal hash has no capitals), one such line or more
right after a base64 header, a base64 run of 200 characters or more on one line or of 20 or more
after `base64,` (a data URI), and
the lines between `begin 644 name` and `end` of a uuencoded file.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Portion
from ..lazyre import lazy
from ..markings import MarkingProblem
from .state import Reading

__all__ = ["encoded_text"]

CODE = "ENCODED_TEXT"
_GATE = lazy(r"[A-Za-z0-9+/]{40}|(?m:^begin[ \t]+[0-7]{3,4}[ \t])")
_LINE = lazy(r"[ \t]*[A-Za-z0-9+/]{40,100}={0,2}[ \t]*")
_LONG = lazy(r"[A-Za-z0-9+/]{200,}={0,2}|(?<=base64,)[A-Za-z0-9+/]{20,}={0,2}")
_HEADER = lazy(r"(?i:content-transfer-encoding[ \t]*:[ \t]*base64\b)")
_UU_BEGIN = lazy(r"begin[ \t]+[0-7]{3,4}[ \t]+\S")
_RUN = 3


def encoded_text(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions`, each one that holds encoded text made doubtful (module docstring)."""
    if _GATE.search(r.text) is None:
        return portions
    blocks = _blocks(r)
    if not blocks:
        return portions
    out = []
    for p in portions:
        inside = [(start, end, what) for start, end, what in blocks if start < p.end and end > p.start]
        if inside and p.marking is not None and p.marking.valid:
            start, end, what = inside[0]
            message = (f"{what} in this {p.kind} cannot be read: what it encodes may carry any marking, so the "
                       f"{p.kind} is doubtful (withheld) until a reviewer decodes and reads it")
            note = MarkingProblem(CODE, "error", message)
            p = p.with_marking(replace(p.marking, problems=(*p.marking.problems, note)))
            r.problem(CODE, "error", message, start, end)
        out.append(p)
    return out


def _blocks(r: Reading) -> list[tuple[int, int, str]]:
    """(start, end, what) of each stretch of encoded text."""
    found: list[tuple[int, int, str]] = []
    segs = r.segs
    header_until = -1
    run: list[int] = []
    uu_from: int | None = None

    def close() -> None:
        if run and (len(run) >= _RUN or run[0] <= header_until):
            found.append((segs[run[0]].start, segs[run[-1]].end, "base64-encoded text"))

    for index, seg in enumerate(segs):
        text = seg.text
        if uu_from is not None:
            if text.strip() == "end":
                found.append((segs[uu_from].start, seg.end, "a uuencoded file"))
                uu_from = None
            continue
        if _UU_BEGIN.match(text):
            close()
            run = []
            uu_from = index
            continue
        if _HEADER.search(text):
            header_until = index + 6  # (the part's other headers and a blank line come first)
        if not seg.blank and _LINE.fullmatch(text) and _mixed(text):
            run.append(index)
            continue
        close()
        run = []
        long = _LONG.search(text)
        if long is not None and _mixed(long.group()):
            found.append((seg.start + long.start(), seg.start + long.end(), "base64-encoded text"))
    close()
    if uu_from is not None:
        found.append((segs[uu_from].start, segs[-1].end, "a uuencoded file"))
    return found


def _mixed(text: str) -> bool:
    """Capitals, small letters and digits all present: base64, not a word or a hexadecimal hash."""
    return any(c.isupper() for c in text) and any(c.islower() for c in text) and any(c.isdigit() for c in text)
