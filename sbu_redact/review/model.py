"""What a review page shows, as plain data: the original and the version cut into aligned
blocks of lines, each change and review flag an element with its span and reasons.

Pure functions: no I/O, no HTML. Text is never marked up here; the template escapes it.
Without `include_text` no character that a change removed from the original is kept: the
original column shows how many characters are not shown instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence, Union

from ..suggest import is_possible_name, review_counts

#: Action kinds whose span in the original is left as it is in the version.
UNCHANGED_KINDS = frozenset({"flag"})


@dataclass
class Node:
    """An element in a text column. `attrs` are `data-*` attributes (names fixed here)."""

    classes: str
    attrs: dict[str, str]
    children: list["Child"] = field(default_factory=list)
    ident: str = ""
    hidden_chars: int = 0  # original text not shown in its place (without --log-text)


Child = Union[str, Node]


@dataclass
class Block:
    """Lines of the original and the lines of the version that correspond to them."""

    original: list[Child]
    version: list[Child]


@dataclass
class Item:
    """A change (an audit-log action) or a review flag, in document order."""

    index: int
    ident: str
    kind: str
    attrs: dict[str, str]
    review: bool
    suggested: list[dict[str, str]]


@dataclass
class ProblemRow:
    ident: str
    line: int
    column: int
    severity: str
    code: str
    message: str


@dataclass
class Page:
    document_id: str
    level: str
    stamp: str
    banner: str
    original_banner: str
    cable_id: str
    include_text: bool
    blocks: list[Block]
    items: list[Item]
    problems: list[ProblemRow]
    counts: dict[str, Any]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    node: Node
    hide: bool = False  # replace the text inside by a count of characters


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _action_attrs(action: Any, index: int) -> dict[str, str]:
    suggested = getattr(action, "suggested", ()) or ()
    return {
        "index": str(index), "kind": action.kind, "rule": _fmt(action.rule),
        "start": str(action.start), "end": str(action.end),
        "version-start": _fmt(action.version_start), "version-end": _fmt(action.version_end),
        "exemption": _fmt(action.exemption), "reason": _fmt(action.reason),
        "entity-type": _fmt(action.entity_type), "recognizer": _fmt(getattr(action, "recognizer", None)),
        "score": _fmt(action.score), "paragraph": _fmt(action.paragraph),
        "review": "yes" if action.review else "no",
        "suggested": "; ".join(f"{s.exemption}: {s.why}" for s in suggested),
    }


def _flag_attrs(flag: Any, index: int) -> dict[str, str]:
    return {
        "index": str(index), "kind": "flag", "rule": flag.rule, "start": str(flag.start),
        "end": str(flag.end), "version-start": _fmt(flag.version_start),
        "version-end": _fmt(flag.version_end), "exemption": "", "reason": flag.reason,
        "entity-type": "", "recognizer": "", "score": "", "paragraph": _fmt(flag.paragraph),
        "review": "yes", "designation": flag.designation,
        "suggested": "; ".join(f"{s.exemption}: {s.why}" for s in flag.suggested),
    }


def _tree(text: str, marks: Sequence[_Mark], lo: int, hi: int) -> list[Child]:
    """`text[lo:hi]` with `marks` (sorted by start, then longest first) as nested elements;
    a mark that overlaps the end of an earlier one is clipped into it."""
    out: list[Child] = []
    cursor, i = lo, 0
    while i < len(marks):
        mark = marks[i]
        start, end = max(mark.start, cursor), min(max(mark.end, mark.start), hi)
        end = max(start, end)
        j = i + 1
        while j < len(marks) and marks[j].start < end:
            j += 1
        inner = sorted((_Mark(max(m.start, start), min(m.end, end), m.node, m.hide) for m in marks[i + 1:j]),
                       key=lambda m: (m.start, -m.end))
        if start > cursor:
            out.append(text[cursor:start])
        node = mark.node
        if mark.hide:
            # keep the anchors and elements inside (empty), never the text
            node.children = [_emptied(m.node) for m in inner]
            node.hidden_chars = end - start
        else:
            node.children = _tree(text, inner, start, end)
        out.append(node)
        cursor = end
        i = j
    if hi > cursor:
        out.append(text[cursor:hi])
    return out


def _emptied(node: Node) -> Node:
    node.children = []
    return node


def _line_starts(text: str, lo: int, hi: int) -> list[int]:
    return [m.end() for m in re.finditer(r"\n", text[lo:hi])]


def _blocks(original: str, version: str, head: int, tail: int, changes: Sequence[Any],
            flags: Sequence[Any]) -> list[tuple[int, int, int, int]]:
    """Pairs of spans (original start:end, version start:end) cut at line starts that lie
    outside every change and flag on both sides, so each block holds whole changes."""
    spans = [(a.start, a.end, a.version_start, a.version_end) for a in changes]
    spans += [(f.start, f.end, f.version_start, f.version_end) for f in flags]
    ordered = sorted(changes, key=lambda a: a.start)
    cuts = [(0, head)]
    shift, k = head, 0
    for offset in (m.end() for m in re.finditer(r"\n", original)):
        while k < len(ordered) and ordered[k].end <= offset:
            shift = ordered[k].version_end - ordered[k].end
            k += 1
        if any(s < offset < e for s, e, _, _ in spans):
            continue
        vpos = offset + shift
        if vpos > len(version) - tail or version[vpos - 1:vpos] != "\n":
            continue
        if any(vs is not None and vs < vpos < ve for _, _, vs, ve in spans):
            continue
        cuts.append((offset, vpos))
    cuts.append((len(original), len(version)))
    pairs = []
    if head:
        pairs.append((0, 0, 0, head))
    for (o1, v1), (o2, v2) in zip(cuts, cuts[1:]):
        if o2 > o1 or v2 > v1:
            pairs.append((o1, o2, v1, v2))
    return pairs


def build_page(document: Any, version: Any, *, document_id: str, include_text: bool = False) -> Page:
    """The review page of one version (`Redacted`) of `document` (`Document`)."""
    original = document.text
    changes = sorted(version.log, key=lambda a: (a.version_start, a.start, a.end))
    flags = sorted(version.flags or [], key=lambda f: (f.version_start, f.start))
    text = version.text
    head = _head_length(original, text, changes)
    tail = _tail_length(original, text, changes, head)

    items: list[Item] = []
    entries: list[tuple[int, int, str, Any]] = [(a.version_start, -a.version_end, "change", a) for a in changes]
    entries += [(f.version_start, -f.version_end - 1, "flag", f) for f in flags]
    entries.sort(key=lambda e: (e[0], e[1]))
    original_marks: list[_Mark] = []
    version_marks: list[_Mark] = []
    for index, (_, _, what, obj) in enumerate(entries, 1):
        ident = f"item-{index}"
        if what == "change":
            attrs = _action_attrs(obj, index)
            review = bool(obj.review)
            suggested = [s.to_dict() for s in (getattr(obj, "suggested", ()) or ())]
            kind = obj.kind
        else:
            attrs = _flag_attrs(obj, index)
            review, kind = True, "flag"
            suggested = [s.to_dict() for s in obj.suggested]
        classes = f"{'flag' if what == 'flag' else 'change'} kind-{_css(kind)}" + (" review" if review else "")
        if what == "change" and is_possible_name(obj):
            classes += " possible-name"
        items.append(Item(index, ident, kind, attrs, review, suggested))
        hide = what == "change" and not include_text and kind not in UNCHANGED_KINDS
        original_marks.append(_Mark(obj.start, obj.end, Node(classes, {**attrs, "side": "original"},
                                                              ident=f"{ident}-original"), hide))
        version_marks.append(_Mark(obj.version_start, obj.version_end,
                                   Node(classes, {**attrs, "side": "version"}, ident=ident)))

    problems: list[ProblemRow] = []
    for number, problem in enumerate(sorted(document.problems, key=lambda p: (p.start, p.code)), 1):
        ident = f"problem-{number}"
        line, column = document.line_col(problem.start)
        message = problem.message if (include_text or not _may_quote(problem, changes, original)) else \
            "(message not shown: it may quote withheld or redacted text; use --log-text)"
        problems.append(ProblemRow(ident, line, column, problem.severity, problem.code, message))
        anchor = Node("problem-anchor", {"problem": problem.code}, ident=f"{ident}-at")
        original_marks.append(_Mark(problem.start, problem.start, anchor))

    key = lambda m: (m.start, -m.end, m.node.classes.startswith("problem"))  # noqa: E731
    original_marks.sort(key=key)
    version_marks.sort(key=key)
    blocks = []
    for o1, o2, v1, v2 in _blocks(original, text, head, tail, changes, flags):
        blocks.append(Block(
            original=_tree(original, [m for m in original_marks if o1 <= m.start and m.end <= o2
                                      and not (m.start == o2 and o2 < len(original))], o1, o2),
            version=_tree(text, [m for m in version_marks if v1 <= m.start and m.end <= v2
                                 and not (m.start == v2 and v2 < len(text))], v1, v2)))

    counts = review_counts(version)
    by_kind: dict[str, int] = {}
    for action in changes:
        by_kind[action.kind] = by_kind.get(action.kind, 0) + 1
    classification = getattr(document, "classification", None)
    header = getattr(document, "header", None)
    return Page(
        document_id=document_id, level=version.level + (f" ({version.partner})" if version.partner else ""),
        stamp=version.stamp, banner=version.banner,
        original_banner=classification.banner() if classification is not None else "none found",
        cable_id=(getattr(header, "cable_id", None) or "") if header is not None else "",
        include_text=include_text, blocks=blocks, items=items, problems=problems,
        counts={"changes": len(changes), "by_kind": dict(sorted(by_kind.items())), "flags": len(flags),
                "review_portions": counts["portions"], "review_spans": counts["spans"],
                "possible_names": counts["possible_names"], "problems": len(problems),
                "characters_removed": sum(a.end - a.start for a in changes
                                          if a.kind in ("withhold", "redact"))})


def _css(kind: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "-", kind.lower())


def _head_length(original: str, text: str, changes: Sequence[Any]) -> int:
    """Characters the builder put above the document (stamp, banner): nothing is changed
    before the first change, so its two starts differ by exactly that."""
    if changes:
        first = min(changes, key=lambda a: a.start)
        return first.version_start - first.start
    return max(0, text.find(original))


def _tail_length(original: str, text: str, changes: Sequence[Any], head: int) -> int:
    delta = sum((a.version_end - a.version_start) - (a.end - a.start) for a in changes)
    return max(0, len(text) - head - len(original) - delta)


def _may_quote(problem: Any, changes: Iterable[Any], original: str) -> bool:
    """Whether a reader's problem message might quote removed text: it lies in a change, or
    its message contains the text of one."""
    message = " ".join(problem.message.split()).casefold()
    for action in changes:
        if action.kind in UNCHANGED_KINDS:
            continue
        if action.start < max(problem.end, problem.start + 1) and problem.start < action.end:
            return True
        removed = " ".join(original[action.start:action.end].split()).casefold()
        if len(removed) >= 3 and removed in message:
            return True
    return False
