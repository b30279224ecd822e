"""The fenced blocks of a document (Markdown code blocks and diagrams), read by one rule for every module that
needs them (`code_block_marks`, `diagram_labels`; open39d).

Two readers with their own rules disagreed on where a block is, and each disagreement left a block's `(U)` lines
read as portion marks (review38b: a fence indented four blanks in an e-mail, a Mermaid fence whose info string goes
on, `mermaid-notes`). So the rule is the inclusive one: a fence is three or more backticks or tildes opening a
line after any indentation, with an info string (`bash`, `mermaid title=chain`) after it; the block is closed by
the first later line that holds only the same character at least as many times, at any indentation; a fence that
never closes runs to the end of the text (what follows it may all be code: fail closed, the reader that raises
code takes more, never less).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a line that opens a fenced block: any indentation, the fence, its info string (no backtick in it for a ``` fence)
_OPEN = re.compile(r"(?m)^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")


@dataclass(frozen=True)
class FencedBlock:
    """One fenced block: `start`/`end` span its opening fence line to its closing fence line (or the text's end),
    `body_start`/`body_end` its lines between them; `info` is the opening fence's info string, `closed` whether a
    closing fence was found."""
    start: int
    end: int
    body_start: int
    body_end: int
    info: str
    closed: bool

    @property
    def language(self) -> str:
        """The info string's first word, lower case (`mermaid` of `mermaid title=chain`, `mermaid-notes` as is)."""
        words = self.info.split()
        return words[0].lower() if words else ""


def fenced_blocks(text: str) -> list[FencedBlock]:
    """The fenced blocks of `text` in order (module docstring)."""
    if "```" not in text and "~~~" not in text:
        return []
    blocks: list[FencedBlock] = []
    at = 0
    while True:
        m = _OPEN.search(text, at)
        if m is None:
            return blocks
        fence, info = m.group("fence"), m.group("info")
        if fence[0] == "`" and "`" in info:  # (inline code, ```x```, opens no block)
            at = m.end()
            continue
        close = re.compile(r"(?m)^[ \t]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$").search(
            text, m.end())
        body_start = min(m.end() + 1, len(text))
        if close is None:
            blocks.append(FencedBlock(m.start(), len(text), body_start, len(text), info, False))
            return blocks
        blocks.append(FencedBlock(m.start(), close.end(), body_start, max(body_start, close.start()), info, True))
        at = close.end()
