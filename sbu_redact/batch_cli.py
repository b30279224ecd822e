"""`sbu-redact batch IN_DIR --out OUT_DIR --level L...`: FOIA batch processing.

Registered by sbu_redact/cli.py. Importing this module only imports click (and the shared options of cli_options.py): the batch machinery,
rich (for the progress bar on a terminal) and the NER engine load when the command runs.
"""
from __future__ import annotations

import sys
from typing import Any

import click

from .cli_options import model_option, partner_option, rules_option

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _usage(message: str) -> "click.exceptions.Exit":
    click.echo(f"sbu-redact: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_USAGE)


def _versions(versions: dict) -> str:
    """`; foia: DRAFT - REVIEW REQUIRED, to review 8 portions, 10 spans; ...` per version."""
    parts = []
    for name, info in versions.items():
        text = f"{name}: {info.get('stamp') or 'written'}"
        portions, spans = info.get("review_portions", 0), info.get("review_spans", 0)
        if portions or spans:
            text += f", to review {portions} portion{'s' * (portions != 1)}, {spans} span{'s' * (spans != 1)}"
        if info.get("possible_names"):
            text += f", {info['possible_names']} possible names"
        parts.append(text)
    return "".join(f"; {part}" for part in parts)


class _PlainProgress:
    """One line per document on stdout (logs, CI, pipes)."""

    def start(self, todo: int, skipped: int) -> None:
        if skipped:
            click.echo(f"{skipped} documents unchanged since the last run: skipped")
        click.echo(f"{todo} documents to process" if todo else "nothing to process")

    def update(self, result, done: int, total: int) -> None:
        width = len(str(total))
        status = "ok" + _versions(result.versions) if result.status == "ok" else f"FAILED: {result.reason}"
        click.echo(f"[{done:>{width}}/{total}] {result.document_id}: {status}")

    def stop(self) -> None:
        pass


class _RichProgress:
    """A progress bar on a terminal; failures are printed above it as they happen."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("[bold]redacting"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), TextColumn("{task.fields[last]}"), transient=False)
        self._task: Any = None

    def start(self, todo: int, skipped: int) -> None:
        if skipped:
            self._progress.console.print(f"{skipped} documents unchanged since the last run: skipped")
        # Its refresh thread is safe: the workers are spawned, never forked from this process.
        self._progress.start()
        self._task = self._progress.add_task("redact", total=todo, last="")

    def update(self, result, done: int, total: int) -> None:
        if result.status != "ok":
            self._progress.console.print(f"[red]FAILED[/red] {result.document_id}: {result.reason}",
                                         markup=True, highlight=False)
        self._progress.update(self._task, completed=done, last=result.document_id[-40:])

    def stop(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None


@click.command("batch", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("in_dir", type=click.Path(file_okay=False, exists=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder; it mirrors IN_DIR (may be inside IN_DIR: it is then skipped).")
@click.option("--level", "levels", multiple=True, required=True,
              help="Releasability level to produce (repeatable): usg, partner, public, ...")
@partner_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs, at most 2).")
@rules_option
@model_option
@click.option("--review", is_flag=True,
              help="Also write a review page per document and level, and OUT_DIR/index.html.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on the dask.distributed cluster of this scheduler (tcp://host:8786) instead of "
                   "local processes; the workers must see IN_DIR and OUT_DIR at the same paths.")
def command(in_dir: str, out_dir: str, levels: tuple[str, ...], partner: str | None, jobs: int | None,
            rules_dir: str | None, model: str | None, review: bool, scheduler: str | None) -> None:
    """Redact every document under IN_DIR (.txt, .md, .markdown) at each --level, in parallel.

    Writes OUT_DIR/<path>.<level>.txt and .<level>.log.json for each document, a manifest per
    document, OUT_DIR/summary.json and a Vaughn index OUT_DIR/vaughn_index.csv (one row per
    withheld portion and per redaction: document, level, paragraph, line, exemption, reason).
    With --review, also OUT_DIR/<path>.<level>.review.html and OUT_DIR/index.html. Documents
    unchanged since an earlier run with the same rules, levels, partner, model and --review are
    skipped, so an interrupted batch is resumed by running it again; outputs of earlier runs
    that this run no longer produces (other levels, documents gone) are removed and listed in
    the summary.

    Exit status: 0 when every document was processed, 1 when some failed (listed in the summary),
    2 for usage errors (unknown level, missing IN_DIR, unreadable rules).
    """
    from .batch import BatchError, run_batch, summary_line
    from .config import RulesError

    reporter = _RichProgress() if sys.stdout.isatty() else _PlainProgress()
    try:
        result = run_batch(in_dir, out_dir, levels, partner=partner, jobs=jobs, rules=rules_dir, model=model,
                           progress=reporter.update, on_start=reporter.start, review=review,
                           scheduler=scheduler)
    except (BatchError, RulesError) as exc:  # PolicyError is a RulesError
        raise _usage(str(exc)) from None
    except KeyboardInterrupt:
        reporter.stop()
        click.echo("sbu-redact: interrupted; finished documents are kept, run again to resume", err=True)
        sys.exit(130)
    finally:
        reporter.stop()
    for failure in result.failed:
        click.echo(f"sbu-redact: {failure.document_id}: {failure.reason}", err=True)
    click.echo(summary_line(result))
    click.echo(f"summary: {result.summary_path}\nVaughn index: {result.index_path}")
    if review:
        click.echo(f"review pages: {result.out_dir / 'index.html'}")
    sys.exit(result.exit_status)
