"""Human-readable tables for the command line (rich), kept apart from the data they show."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .detection import Finding
    from .document import Document
    from .redaction import Redacted


def _console():
    from rich.console import Console

    import sys

    return Console(highlight=False, width=None if sys.stdout.isatty() else 120)


def _excerpt(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def inspect_table(name: str, document: "Document") -> None:
    from rich.table import Table

    console = _console()
    c = document.classification
    h = document.header
    console.print(f"[bold]{name}[/bold]  {document.kind}, "
                  f"classification [bold]{c.banner() if c else 'NONE'}[/bold]"
                  + (f" (raw: {c.raw!r})" if c and c.raw else "")
                  + (f", portions roll up to {document.rollup.banner()}" if document.rollup else ""))
    header = {
        "from": h.from_, "to": ", ".join(h.to), "info": ", ".join(h.info), "dtg": h.dtg, "cable": h.cable_id,
        "tags": " ".join(h.tags), "subject": h.subject, "references": ", ".join(h.references),
        "E.O.": h.eo, "declassify on": h.declassify_on, "classified by": h.classified_by,
        "reasons": ", ".join(h.reasons), "signers": ", ".join(h.signers),
    }
    for key, value in header.items():
        if value:
            console.print(f"  {key:>14}: {value}")
    table = Table(title="Portions", show_lines=False)
    for column in ("#", "kind", "mark", "span", "marked"):
        table.add_column(column, no_wrap=True)
    table.add_column("text", no_wrap=True, overflow="ellipsis", max_width=60)
    for p in document.portions:
        table.add_row(str(p.number or ""), p.kind, p.marking.portion_mark() if p.marking else "-",
                      f"{p.start}-{p.end}", "explicit" if p.explicit else "inherited",
                      _excerpt(document.text[p.body_start:p.end], 60))
    console.print(table)
    if document.problems:
        problems = Table(title="Problems")
        for column in ("line:col", "severity", "code", "message"):
            problems.add_column(column)
        for prob in document.problems:
            line, col = document.line_col(prob.start)
            problems.add_row(f"{line}:{col}", prob.severity, prob.code, prob.message)
        console.print(problems)
    else:
        console.print("No problems.")


def findings_table(name: str, text: str, findings: Sequence["Finding"]) -> None:
    from rich.table import Table

    table = Table(title=f"{name}: {len(findings)} findings")
    for column in ("type", "span", "score", "text", "recognizer", "why"):
        table.add_column(column, no_wrap=column != "why", overflow="ellipsis")
    for f in findings:
        table.add_row(f.entity_type, f"{f.start}-{f.end}", f"{f.score:.2f}", _excerpt(text[f.start:f.end], 40),
                      f.recognizer, f.explanation)
    _console().print(table)


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
