"""A reviewer's comment that says the text beside it should carry a level (fix40a, issue 8): a French balloon
`[Commentaire MD1 (Marc Delorme): ce paragraphe devrait etre S//NF]` under a (U) paragraph (adv162-001), an HTML
comment node `<!-- reviewer (R. Tanaka): this para should be (C) -->` after one (adv162-002).

The governing statements read an English bracketed balloon (`[Comment JB1: this para should be S//NF]`, fix161), not
these. Making them statements would also make their notes read, so the unreadable-note rules (which withhold every
other portion for a note the reader cannot read) would stop where main applies them: this pass only raises, after
the statements. A comment (rules `review_comment_level`) raises the portion it is in to its level, and the portion
just above where the comment opens its portion (a balloon pasted under its paragraph); the one just below too where
it points there (`next`, `following`, `suivant`); a comment that names a numbered part before the level (`Para 3 ...
must be marked (C)`) raises the portion opening with that number instead, where there is one. Raising goes through `raising.raised_to` (never lowers).
"""
from __future__ import annotations

from ..document import Portion
from .raising import raised_to
from .sed_corrections import _named_portion
from .state import Reading


def raise_review_comments(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the text each reviewer's comment is beside raised to the level it says (module docstring)."""
    if "[" not in r.text and "{" not in r.text and "<!--" not in r.text:
        return portions
    out = list(portions)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for m in r.g.review_comment_level.compiled.finditer(r.text):
        level = r.g.parse(m.group("level"))
        if not level.valid or level.level is None:
            continue
        named = r.g.change_record_part.compiled.search(r.text, m.start(), m.start("level"))
        if named is not None:  # (`[Comment CR1: Para 3 ... must be marked (C)]`: the part it names, not its neighbours)
            k = _named_portion(r, portions, "para", int(named.group("number")))
            if k is not None:
                out[k] = raised_to(r, out[k], [level], f"a reviewer's comment '{m.group().strip()[:80]}' says it "
                                   f"should be {level.banner()}")
                continue
        at = [n for n, k in enumerate(order) if portions[k].start <= m.start() < max(portions[k].end, portions[k].start + 1)]
        if at:
            n = at[0]
            targets = {order[n]}
            if n > 0 and not r.text[portions[order[n]].start:m.start()].strip():
                targets.add(order[n - 1])  # (a balloon that is a portion of its own: the paragraph above it)
        else:  # (a comment between portions: the nearest above it)
            n = sum(1 for k in order if portions[k].end <= m.start())
            targets = {order[n - 1]} if n > 0 else set()
            n -= 1
        if m.group("next") is not None and n + 1 < len(order):
            targets.add(order[n + 1])
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [level], f"a reviewer's comment '{m.group().strip()[:80]}' says it should "
                               f"be {level.banner()}")
    return out
