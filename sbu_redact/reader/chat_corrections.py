"""A chat message that corrects the mark of the message just above it (issue 8, adv155-015, fix155):
`[14:06] t.abara: ^ correction, that last line is S//NF, not U. fat fingers` under the same author's `(U)` line.
The correction is unmarked, so it inherits the document's SECRET//NOFORN and states nothing above its own level;
the scope fallback (`scope.py`) saw no statement for other text, and the corrected line stayed (U). A message that
points back at the one above (a caret `^` opening its text, "that last line", "the previous message") and states a
level there raises the portion just above it to at least that level (raised, never lowered).
open39b (review38z 29, 48): where the correction may mean more than the one message above (`both of those last two
lines`, `the one before that`), the two above are raised (three for `three`): which one it means is not proven; a
message pointing back with no level (`correction: the two lines above`) takes the level its next line states.
fix42b: a quote line it raises raises the message it quotes too (`quoted_lines.py`)."""
from __future__ import annotations

import functools
import re

from ..document import Portion
from ..lazyre import compile_pattern, lazy
from .quoted_lines import quoted_originals
from .raising import raised_to
from .state import Reading

# a message that points at the one above: a caret opening its text (after a time, a name, a quote sign), or words
_POINTS_BACK = lazy(r"(?:^|[:>\]][ \t]*|\d[ \t]+)\^{1,3}(?=[ \t])"
                    r"|\b(?:that|the|my)[ \t]+(?:last|previous|prior|preceding)[ \t]+(?:line|message|msg|post|entry)\b",
                    re.MULTILINE)  # (fix42b: a caret opening its line, `^ that one should be C`, not only the file's)
# the level the message states: after a copula or `marked` (`is S//NF`, `should have been marked (S//NF)`, `is C//NF`);
# the level's tokens are the grammar's (a lower one raises nothing: `raised_to` never lowers)
_STATED = r"\b(?:is|was|are|be|been|marked|=)[ \t]+\(?(?P<mark>(?:{levels})(?:/{{1,2}}[A-Z]{{2,8}})*)\)?(?![\w/])"


@functools.lru_cache(maxsize=8)
def _stated(levels: str) -> re.Pattern[str]:
    """`_STATED` for one grammar's level tokens (keyed by the tokens: other rules get their own pattern)."""
    return compile_pattern(_STATED.format(levels=levels))
_REACH = 300  # characters of the message after its pointer where the level is looked for


def raise_corrected_messages(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one just above a message that says it was marked too low raised to the level it states."""
    if "^" not in r.text and "last" not in r.text and "previous" not in r.text and "prior" not in r.text \
            and "preceding" not in r.text and "above" not in r.text:
        return portions
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    out = list(portions)
    for at, k in enumerate(order[1:], start=1):
        p = portions[k]
        line_end = r.text.find("\n", p.start)
        end = min(p.end, line_end if line_end >= 0 else p.end)
        back = _POINTS_BACK.search(r.text, p.start, end) or r.g.correction_points_above.search(r.text, p.start, end)
        if back is None:
            continue
        stated = _stated(r.g.level_tokens).search(r.text, back.start(), min(end, back.end() + _REACH))
        said_end = end
        if stated is None and at + 1 < len(order):
            stated, said_end = _stated_on_next_line(r, portions[order[at + 1]], end)
        if stated is None:
            continue
        marking = r.g.parse(stated.group("mark"))
        if not marking.valid or marking.level is None:
            continue
        said = r.text[back.start():said_end]
        # (open39b) a correction that may mean more than the message right above it raises the two (or three) above
        # it: which one it means is not proven (rules `correction_more_than_one`)
        wider = [found.group("three") is not None for found in r.g.correction_more_than_one.finditer(said)]
        reach = 3 if any(wider) else 2 if wider else 1
        for above in order[max(0, at - reach):at]:
            # (fix42b) a quote line above, `> Renata Salas: (U) A police contact said...`: the message it quotes too
            for j in (above, *sorted(quoted_originals(r, portions, above))):
                out[j] = raised_to(r, out[j], [marking], f"a message under it says it is {marking.banner()} "
                                   f"('{r.text[back.start():stated.end()].strip()}')")
    return out


def _stated_on_next_line(r: Reading, nxt: Portion, end: int) -> tuple[re.Match[str] | None, int]:
    """The level stated by the unmarked line right under a message that points back but states none (`correction:
    para 3 above` / `should be S//NF`), and where that line ends; (None, `end`) where it is not so."""
    if nxt.explicit or r.text.count("\n", end, nxt.start) > 1:
        return None, end
    line_end = r.text.find("\n", nxt.start)
    line_end = nxt.end if line_end < 0 else min(line_end, nxt.end)
    stated = _stated(r.g.level_tokens).search(r.text, nxt.start, line_end)
    return (stated, line_end) if stated is not None else (None, end)
