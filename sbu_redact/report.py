"""Human-readable output for the command line, kept apart from the data it shows.

Plain text that fits the terminal (80 columns when the output is not a terminal): a table
whose widest column is shortened with an ellipsis, or, when even that does not fit, a compact
list with one `field: value` line per cell. No colour codes, so pipes and logs stay clean.
"""
from __future__ import annotations

import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Sequence

import click

if TYPE_CHECKING:  # pragma: no cover
    from .detection import Finding
    from .document import Document
    from .redaction import Redacted

#: A shortened column keeps at least this many characters before the table becomes a list.
MIN_FLEX = 16


def width() -> int:
    """The terminal's width on a terminal (at least 60), else 80."""
    if sys.stdout.isatty():
        return max(60, shutil.get_terminal_size((80, 24)).columns)
    return 80


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, flex: int, total: int,
          indent: int = 2) -> list[str]:
    """Lines of a table at most `total` columns wide: column `flex` is shortened to fit; when
    it would get narrower than MIN_FLEX, each row becomes a small block of `header: value`."""
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    gap = 2
    fixed = indent + sum(w for i, w in enumerate(widths) if i != flex) + gap * (len(headers) - 1)
    room = total - fixed
    if room >= min(MIN_FLEX, widths[flex]):
        widths[flex] = min(widths[flex], room)
        pad = " " * indent

        def line(values: Sequence[str]) -> str:
            parts = [_excerpt(v, widths[i]).ljust(widths[i]) for i, v in enumerate(values)]
            return (pad + (" " * gap).join(parts)).rstrip()

        return [line(headers)] + [line(r) for r in cells]
    label = max(len(h) for h in headers)
    out: list[str] = []
    for row in cells:
        for i, (header, value) in enumerate(zip(headers, row)):
            if not value:
                continue
            first = f"{' ' * indent}{'- ' if i == 0 else '  '}{header.rjust(label)}: "
            out += textwrap.wrap(value, total, initial_indent=first, subsequent_indent=" " * len(first),
                                 break_long_words=True) or [first.rstrip()]
    return out


def _wrapped(key: str, value: str, total: int, key_width: int = 14) -> list[str]:
    first = f"  {key.rjust(key_width)}: "
    return textwrap.wrap(value, total, initial_indent=first, subsequent_indent=" " * len(first)) or [first]


def inspect_lines(name: str, document: "Document", total: int = 80) -> list[str]:
    c = document.classification
    h = document.header
    lines = textwrap.wrap(f"{name}: {document.kind}, marked {c.banner() if c else 'NONE'}", total)
    if c and c.raw:
        lines += _wrapped("declared as", repr(c.raw), total)
    if document.rollup:
        lines += _wrapped("portions need", document.rollup.banner(), total)
    header = {
        "from": h.from_, "to": ", ".join(h.to), "info": ", ".join(h.info), "dtg": h.dtg, "cable": h.cable_id,
        "tags": " ".join(h.tags), "subject": h.subject, "references": ", ".join(h.references),
        "E.O.": h.eo, "declassify on": h.declassify_on, "classified by": h.classified_by,
        "reasons": ", ".join(h.reasons), "signers": ", ".join(h.signers),
    }
    for key, value in header.items():
        if value:
            lines += _wrapped(key, value, total)
    lines += ["", f"Portions ({len(document.portions)})"]
    rows = []
    for p in document.portions:
        line, _ = document.line_col(p.start)
        rows.append([str(p.number or "-"), p.kind, p.marking.portion_mark() if p.marking else "?",
                     str(line), "marked" if p.explicit else "inherits",
                     document.text[p.body_start:p.end]])
    lines += table(["#", "kind", "mark", "line", "how", "text"], rows, flex=5, total=total)
    lines.append("")
    if document.problems:
        lines.append(f"Problems ({len(document.problems)})")
        for prob in document.problems:
            line, col = document.line_col(prob.start)
            lines += textwrap.wrap(f"{line}:{col} {prob.severity} {prob.code}", total, initial_indent="  ",
                                   subsequent_indent="    ")
            lines += textwrap.wrap(prob.message, total, initial_indent="    ", subsequent_indent="    ")
    else:
        lines.append("No problems.")
    return lines


def inspect_table(name: str, document: "Document") -> None:
    click.echo("\n".join(inspect_lines(name, document, width())))


def findings_lines(name: str, text: str, findings: Sequence["Finding"], total: int = 80) -> list[str]:
    lines = [f"{name}: {len(findings)} finding{'' if len(findings) == 1 else 's'}"]
    rows = []
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        col = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        recognizer = f.recognizer[:-len("Recognizer")] if f.recognizer.endswith("Recognizer") else f.recognizer
        rows.append([f"{line}:{col}", f.entity_type, f"{f.score:.2f}", text[f.start:f.end], recognizer])
    if rows:
        lines += table(["where", "type", "score", "text", "found by"], rows, flex=3, total=total)
    return lines


def findings_table(name: str, text: str, findings: Sequence["Finding"]) -> None:
    click.echo("\n".join(findings_lines(name, text, findings, width())))


def version_line(file: str, name: str, version: "Redacted", target: str | None = None) -> str:
    """One line per version for the command line: the stamp, and what is left to review."""
    from .suggest import review_counts

    counts = review_counts(version)
    parts = [version.stamp or "written"]
    withheld_open = sum(1 for a in version.log if a.kind == "withhold" and a.review and not a.exemption)
    if version.flags is not None:
        parts.append(f"to review: {_plural(counts['portions'], 'portion')}, {_plural(counts['spans'], 'span')}")
    elif withheld_open:
        parts.append(f"{_plural(withheld_open, 'portion')} withheld without an exemption (review needed)")
    if counts["possible_names"]:
        parts.append(_plural(counts["possible_names"], "possible name"))
    return f"{file}: {name}: " + "; ".join(parts) + (f" -> {target}" if target else "")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
