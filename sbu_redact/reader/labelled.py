"""Labelled blocks (issue 8): the label a statement names (`Tab B`, `Option 2`, "tabela 2"), the portions
a heading with that label opens, and the line that closes such a block (`END ENCLOSURE`). Read by
`governing` (its `labelled` targets), `pointers` (a table named by its kind and number) and `scope_exact`
(a block's closing line)."""
from __future__ import annotations

import bisect
import functools
import re

from ..document import Portion
from ..lazyre import compile_pattern
from .pages import page_marker_alone
from .portion_index import HEAD_MARKS, PortionIndex
from .state import Reading

_RULE_MARKS = " \t-–—=_*#:.~<>[]()|"  # (the rule or emphasis around a heading alone: `--- Attachment B ---`, `== TAB C ==`)
# a heading with a short title after a separator (`TAB C - Background`, `Tabela 2 - Informacao do director`,
# `Table 2: Ministry source`): a heading alone too, its title no sentence (round 119)
_TITLED = compile_pattern(r"[ \t]*(?:[-–—:|]|\.[ \t])[ \t]*[^\W_][^.!?;\n]{0,58}[^\W_)]")


def labelled_blocks(r: Reading, portions: PortionIndex, index: int | None, found: list[re.Match[str]]) -> set[int]:
    """The portions (other than the statement's) whose text, after any number and mark, opens
    with a label a statement names (`Option 2`, `Tab B`, `Question 4`)."""
    if not found:
        return set()
    labels = {label_of(m) for m in found}
    # (a table named by its kind and number is its rows: a sentence that opens with its label, "Table 2 lists
    # the port calls", is about it and not it; only a heading or a caption opens it, round 119)
    kinds = {label_of(m) for m in found if m.groupdict().get("kind")}
    chosen: set[int] = set()
    heads, order = portions.heads(r.text)
    for label in labels:
        i = bisect.bisect_left(heads, label)  # (the heads that start with it: a block of the sorted ones)
        while i < len(heads) and heads[i].startswith(label):
            head, k = heads[i], order[i]
            if k != index and (len(head) == len(label) or not head[len(label)].isalnum()):
                q = portions[k]  # (the heading's own line: a divider may share its portion with the text under it)
                line_end = r.text.find("\n", q.body_start, q.end)
                line = " ".join(r.text[q.body_start:q.end if line_end < 0 else line_end].split()).casefold()
                heading = _heading(r, line.lstrip(HEAD_MARKS), label)
                if label in kinds and not heading:
                    i += 1
                    continue
                chosen.add(k)
                kind = label.split()[0]
                if kind in r.g.document_parts and label not in kinds:
                    # a part of the document (`Attachment 2`, `Annex C`, `Enclosure (3)`): every portion that opens
                    # with its label, heading or not (a contents line too: each candidate), runs to the next heading
                    # of its series or the document's end, past blank lines, marked paragraphs and the statement
                    # itself (review33d, open34: a block stopped early released the part's text)
                    chosen |= _part(r, portions, k, index, label)
                elif heading:
                    # a heading alone (`TAB B`, a divider `--- Attachment B ---`, round 98; with its page,
                    # `--- Attachment B - page 3 ---`, round 111): the text under it, to the next such heading
                    kind = label.split()[0]
                    figure = label in kinds and kind in _figure_kinds(tuple(r.g.vocabulary.caption_labels))
                    parts_seen = False  # (its image or legend under it: what follows those is the text after it)
                    for after in range(k + 1, len(portions)):
                        following = " ".join(r.text[portions[after].body_start:portions[after].end].split()[:3])
                        if following.casefold().lstrip(_RULE_MARKS).startswith(kind) or after == index:
                            break
                        if figure and r.g.figure_part.compiled.match(r.text, portions[after].body_start) is None:
                            if parts_seen or _not_the_figures(r, portions[after]):
                                break  # (a figure's caption heads its image, legend and source, not the text after
                                # them; with none seen yet, only a portion certainly not the figure's ends it, review 29)
                        elif figure:
                            parts_seen = True
                        chosen.add(after)
                        if _closes(r, portions[after], label):
                            break  # (`END ENCLOSURE`: the block ends with its closing line, round 105)
            i += 1
    return chosen


def _heading(r: Reading, line: str, label: str) -> bool:
    """Is `line` (a portion's first line, in lower case, without leading marks), which opens with `label`, a
    heading: the label alone, with its page, or with a short title (`TAB C - Background`)?"""
    after_label = line[len(label):]
    rest = after_label.strip(_RULE_MARKS)
    return bool(not rest or page_marker_alone(r.g, rest) or _TITLED.fullmatch(after_label))


def _part(r: Reading, portions: PortionIndex, k: int, index: int | None, label: str) -> set[int]:
    """The portions after portion `k` (which opens with the part's `label`) down to a line that closes the block
    (`END ENCLOSURE`) or the document's end; the statement's own portion `index` is passed. Not to the next heading
    of the same series: a line opening with another label of the series may be a cross-reference inside the part
    (`Exhibit A: see the schedule above`), a running header (`Exhibit A - page 2`), a sub-part (`Exhibit B2:
    Contacts`) or a list (`Appendix 3 - Photographs, listed below`), and ending there released the rest of the part
    (review34a): what follows the part is withheld with it, fail closed."""
    chosen: set[int] = set()
    for after in range(k + 1, len(portions)):
        if after != index:
            chosen.add(after)
        if _closes(r, portions[after], label):
            break
    return chosen


@functools.lru_cache(maxsize=8)
def _figure_kinds(labels: tuple[str, ...]) -> frozenset[str]:
    """The kinds of caption that head a figure (`caption_labels` other than a table, in lower case; an exhibit
    heads a part of the document, an attachment, not an image: all the text under it, review 29)."""
    return frozenset(label.casefold() for label in labels) - {"table", "exhibit"}


def _not_the_figures(r: Reading, p: Portion) -> bool:
    """Is `p` certainly not a figure's (its legend or the lines of its data): a new numbered paragraph or the
    subject? (A line of capitals may be a heading or the figure's data: the figure's, fail closed.)"""
    return p.number is not None or p.kind == "subject"


def _closes(r: Reading, p: Portion, label: str) -> bool:
    """Is portion `p` one line that closes the block a heading alone labels (`END ENCLOSURE`)?"""
    text = r.text[p.body_start:p.end].strip()
    kind, _, rest = label.partition(" ")
    return "\n" not in text and closing_line(r, text, kind, {rest} if rest else set())


def closing_line(r: Reading, line: str, kind: str, labels: set[str]) -> bool:
    """Is `line` the line that closes a labelled block of `kind` (`END ENCLOSURE`, `--- end of
    attachment B ---` for `Attachment B`, `[End of Tab C]`): the closing words (`block_end`), the
    kind, then nothing or one of the block's own `labels` (in any case)?"""
    text = " ".join(line.strip().casefold().strip(_RULE_MARKS).split())
    end = r.g.block_end.compiled.match(text)
    if end is None or not text.startswith(kind.casefold(), end.end()):
        return False
    after = text[end.end() + len(kind):]
    if after[:1].isalnum():
        return False  # (`end sectional` is no close of a `section`)
    after = after.strip(_RULE_MARKS)
    return not after or after in {label.casefold() for label in labels}


def label_of(m: re.Match[str]) -> str:
    """The label a statement names: its words as written (`Tab B`), or, for a kind named with its number or
    its ordinal (groups `kind`, `number`, `n1`..`n9`: "tabela 2", "ikinci tablo"), the kind and the number
    (`tabela 2`, `tablo 2`)."""
    found = m.groupdict()
    if not found.get("kind"):
        return " ".join(m.group(0).split()).casefold()
    kind = found["kind"].casefold()
    number = found.get("number") or next((name[1:] for name, w in found.items() if w and re.fullmatch(r"n\d", name)), "")
    return f"{kind} {int(number) if number else ''}".strip()
