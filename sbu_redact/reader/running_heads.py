"""Page furniture that states the document's controls over portions that leave them out (fix50g, issue 8): a LaTeX
running head or foot (`\\fancyhead[C]{CUI//REL TO QUAD}`, `\\rfoot{SECRET//NOFORN \\thepage}`) and the running head or
foot of a page's text (pdftotext: `FOUO | Releasable to GCC host nations | Page 1 of 2`, its parts parted by bars,
slashes, bullets or wide gaps, one of them a page number). What a running head states is the document's, as a
release field's value is (`document_controls`: every controlled or unmarked portion not marked with it carries its
controls). A part that reads as a marking gives its controls; a part `Releasable to ...` is read as a release field's
value (`document_controls.take_field`), and one whose words name no country the rules know is NOFORN, the most it
can mean (`GCC host nations`). Words that are neither (a title, an office) state nothing. Only raises."""
from __future__ import annotations

import re

from .document_controls import StatedControl, _controls_of, take_field
from .state import Reading

# a LaTeX command that prints a running head or foot, and its argument (one level of braces inside)
_LATEX_HEAD = re.compile(r"\\(?:fancyhead|fancyfoot|fancyhf|[lcr]head|[lcr]foot|markboth|markright|runninghead|"
                         r"classification|header|footer|lhead|chead|rhead)\*?(?:\[[^\]\n]{0,20}\])?"
                         r"\{(?P<value>(?:[^{}\n]|\{[^{}\n]*\}){1,200})\}")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+\*?|[{}~]")
# the parts of a page's running head: bars, slashes, bullets or middle dots with blanks around them, tabs, wide gaps
_PART_BREAK = re.compile(r"[ \t]+[|/•·][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{3,}")
_PAGE_NUMBER = re.compile(r"(?i)(?:page|pg\.?|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?|\d{1,4}[ \t]*(?:of|/)"
                          r"[ \t]*\d{1,4}|[-–—][ \t]*\d{1,4}[ \t]*[-–—]")
_RELEASE_PART = re.compile(r"(?i)(?:releasable|rel(?:ease)?|shareable|sharable|share)[ \t]+(?:only[ \t]+)?(?:to|with)"
                           r"[ \t]*:?[ \t]*(?P<value>\S.*)")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9 ,/\-]*")


def take_running_heads(r: Reading, line: str, line_start: int) -> None:
    """The controls a running head or foot on `line` (at `line_start`) states, to `r.document_controls`."""
    for m in _LATEX_HEAD.finditer(line):
        value = " ".join(_LATEX_COMMAND.sub(" ", m.group("value")).split())
        for part, start, end in _parts(value, line_start + m.start("value"), line_start + m.end("value")):
            _take_part(r, part, line, start, end)
    text = line.replace("\f", " ")
    parts = _parts(text, line_start, line_start + len(line))
    if len(parts) >= 2 and any(_PAGE_NUMBER.fullmatch(p) for p, _, _ in parts) and len(text.strip()) <= 200:
        for part, start, end in parts:
            if _PAGE_NUMBER.fullmatch(part) is None:
                _take_part(r, part, line, start, end)


def _parts(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The non-empty parts of a running head (where each is in the text: the whole head's span when cleaned)."""
    at = 0
    out = []
    for brk in [*_PART_BREAK.finditer(text), None]:
        stop = brk.start() if brk is not None else len(text)
        part = text[at:stop].strip()
        if part:
            out.append((part, start, end))
        at = brk.end() if brk is not None else stop
    return out


def _groups_as_codes(r: Reading, part: str) -> str:
    """A `REL TO` list's group names (`country_groups`: `REL TO QUAD`) written as their members' codes, USA first (the
    marking grammar keeps a name that is no code a flaw, so the head would not read)."""
    head, sep, listed = part.upper().partition("REL TO")
    if not sep:
        return part
    rest, members = r.g._groups_listed(listed)
    if not members:
        return part
    codes = [c for c in re.split(r"[,\s]+", rest) if c]
    return head + "REL TO " + ", ".join(dict.fromkeys(["USA", *members, *codes]))


def _take_part(r: Reading, part: str, line: str, start: int, end: int) -> None:
    part = _groups_as_codes(r, part)
    release = _RELEASE_PART.fullmatch(part)
    if release is not None:
        from .evidence import _countries_named, _groups_named  # (evidence imports document_controls)
        value = release.group("value").strip().rstrip(".")
        taken = len(r.document_controls)
        take_field(r, value, line, start, end)
        if len(r.document_controls) == taken and len(_countries_named(r, value)) <= 1 \
                and not _groups_named(r, value)[0]:  # (only the USA, which it always holds)
            r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), start, end,
                                                     f"the running head '{line.strip()[:60]}'"))
        return
    if _CAPITALS.fullmatch(part) is None or "/" not in part and len(part.split()) > 3:
        return  # (words: a title, an office)
    words = [p.strip() for p in re.split(r"[ \t]*//?[ \t]*", part) if p.strip()]
    for controls in ("//".join(words[1:]), "//".join(words)):
        if not controls:
            continue
        marking = _controls_of(r, controls)
        if marking is not None:
            r.document_controls.append(StatedControl(marking, start, end, f"the running head '{line.strip()[:60]}'"))
            return
