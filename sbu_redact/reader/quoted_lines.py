"""The message a quote line repeats (fix42b, issue 8): a chat reply quotes the start of an earlier message
(`> Renata Salas: (U) A police contact said the VRAEM...`) and says `^ that one should be C`. The correction
raises the quote line above it, but the quote is a copy: the message it quotes, further up and still `(U)`, is the
text meant. `quoted_originals` finds the portions holding the quoted words (after the quote sign, a sender's name
and a portion mark, without a closing `...`); where none holds them, every explicitly marked portion above the
quote (fail closed: the quoted message may be any of them). Callers raise them as they raise the quote line.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from .state import Reading

# a quote line's lead: the quote signs, a sender (`Renata Salas:`, `[14:02] jo:`) and a portion mark
_LEAD = lazy(r"^[ \t]*(?:>[ \t]*)+(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[\w.'\-]+(?:[ \t]+[\w.'\-]+){0,3}[ \t]*:[ \t]+)?"
             r"(?:\((?:U|C|S|TS|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?\)[ \t]*)?", re.MULTILINE)
_SQUEEZE = re.compile(r"\s+")
_MARK = re.compile(r"\((?:U|C|S|TS|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?\)")
_LEAST_WORDS = 3


def _flat(text: str) -> str:
    return _SQUEEZE.sub(" ", _MARK.sub(" ", text)).strip().lower()


def is_quote(r: Reading, p: Portion) -> bool:
    """Whether portion `p` opens with a quote sign (`> ...`)."""
    return r.text[p.start:p.end].lstrip().startswith(">")


def quoted_originals(r: Reading, portions: list[Portion], k: int) -> set[int]:
    """The portions (not quote lines) holding the words portion `k`, a quote line, quotes; empty where `k` is no quote
    line or quotes too few words; every explicitly marked portion above it where no portion holds them."""
    p = portions[k]
    if not is_quote(r, p):
        return set()
    lines = [_LEAD.compiled.sub("", line, count=1) for line in r.text[p.start:p.end].split("\n")
             if line.lstrip().startswith(">")]
    words = _flat(" ".join(lines)).rstrip(".…").rstrip()
    if len(words.split()) < _LEAST_WORDS:
        return set()
    probe = words[:60]
    found = {j for j, q in enumerate(portions)
             if j != k and not is_quote(r, q) and probe in _flat(r.text[q.start:q.end])}
    if found:
        return found
    return {j for j, q in enumerate(portions) if q.explicit and q.end <= p.start and q.kind != "subject"}
