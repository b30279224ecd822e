"""The click application of the command line: `sbu-redact inspect | analyze | redact | review |
check | batch` (`cli`), loaded by `cli.main` (the console script's entry point) unless the command
line is a plain `check` (see `check_cli.run_plain`).

Exit status: 0 success (and, for `check`, a clean result); 1 findings or a refused version;
2 usage, input or rules errors. Heavy libraries load inside the commands that need them, so
`inspect` and `check` start fast and never import spaCy or Presidio.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .cli import EXIT_FINDINGS, EXIT_OK, _input_errors, dump_json, fail, load_text
from .cli_options import model_option, partner_option, rules_option

class _Group(click.Group):
    """Turns the library's input and rules errors into one line and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # the error classes load only when something went wrong
            if isinstance(exc, _input_errors()):
                fail(str(exc))
            raise


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sbu_redact")
def cli() -> None:
    """Read the sensitivity markings of government documents and produce redacted versions,
    one per releasability level."""




# ------------------------------------------------------------------ inspect
@cli.command()
@click.argument("file", type=click.Path(dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="Print the reading as JSON.")
@rules_option
def inspect(file: str, as_json: bool, rules_dir: str | None) -> None:
    """Show the markings, header fields and portions of FILE."""
    from .reader import read

    document = read(load_text(file), rules_dir)
    if as_json:
        click.echo(dump_json({"file": file, **document.to_dict()}), nl=False)
        return
    from .report import inspect_table

    inspect_table(file, document)


# ------------------------------------------------------------------ analyze
@cli.command()
@click.argument("file", type=click.Path(dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@model_option
@rules_option
def analyze(file: str, as_json: bool, model: str | None, rules_dir: str | None) -> None:
    """Find the entities that may need protecting in FILE (names, contact details, markings)."""
    from .pipeline import Pipeline

    text = load_text(file)
    findings = Pipeline(rules=rules_dir, model=model).analyze(text)
    if as_json:
        click.echo(dump_json([f.to_dict(text) for f in findings]), nl=False)
        return
    from .report import findings_table

    findings_table(file, text, findings)


# ------------------------------------------------------------------ redact
@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--level", "levels", multiple=True, required=True,
              help="Releasability level to produce (repeatable): usg, partner, public, foia, ...")
@partner_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write DIR/<name>.<level>.txt and DIR/<name>.<level>.log.json instead of stdout.")
@click.option("--log-text", is_flag=True,
              help="Put the removed text in the audit logs (such logs are not releasable).")
@click.option("--strict", is_flag=True,
              help="Refuse a version whose released text still holds possible names (possible_name in its log).")
@model_option
@rules_option
def redact(files: tuple[str, ...], levels: tuple[str, ...], partner: str | None, out_dir: str | None,
           log_text: bool, strict: bool, model: str | None, rules_dir: str | None) -> None:
    """Produce one redacted version of each FILE per --level, with an audit log."""
    from . import audit
    from .leakcheck import LeakError
    from .pipeline import Pipeline, version_name
    from .textio import atomic_write

    if out_dir is None and (len(levels) > 1 or len(files) > 1):
        raise click.UsageError("several files or levels need --out DIR")
    stems = _stems(files, out_dir, ".<level>.txt")
    pipeline = Pipeline(rules=rules_dir, model=model)
    pipeline.levels(levels, partner)  # unknown levels fail before any file is read
    texts = {file: load_text(file) for file in files}  # every input is checked before any output
    status = EXIT_OK
    for file, text in texts.items():
        try:
            versions = pipeline.redact(text, levels=list(levels), partner=partner)
        except LeakError as exc:
            click.echo(f"sbu-redact: error: {file}: version refused by the leak check: {exc}", err=True)
            status = EXIT_FINDINGS
            continue
        possible = {level: sum(a.kind == "possible_name" for a in v.log) for level, v in versions.items()}
        if strict and any(possible.values()):
            for level, count in possible.items():
                if count:
                    click.echo(f"sbu-redact: error: {file}: {version_name(level, partner)}: version refused "
                               f"(--strict): {count} possible name{'s' if count > 1 else ''} left in the "
                               f"released text", err=True)
            status = EXIT_FINDINGS
            continue
        from .report import version_line

        if out_dir is None:
            version = next(iter(versions.values()))
            click.echo(version.text, nl=False)
            click.echo(version_line(file, version_name(version.level, partner), version), err=True)
            continue
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        stem = stems[files.index(file)]
        for level, version in versions.items():
            name = version_name(level, partner)
            atomic_write(out / f"{stem}.{name}.txt", version.text)
            log = version.log_dict(document_id=Path(file).name, include_text=log_text)
            atomic_write(out / f"{stem}.{name}.log.json", audit.dumps(log))
            click.echo(version_line(file, name, version, str(out / f"{stem}.{name}.txt")), err=True)
    sys.exit(status)


def _stems(files: tuple[str, ...], out_dir: str | None, suffix: str) -> list[str]:
    """Output names of the inputs (file name without extension); two inputs that would write
    the same output are a usage error."""
    stems = [Path(file).name.rsplit(".", 1)[0] for file in files]
    clashes = sorted({stem for stem in stems if stems.count(stem) > 1})
    if out_dir is not None and clashes:
        raise click.UsageError(f"several inputs would write {out_dir}/{clashes[0]}{suffix}; "
                               f"use `sbu-redact batch` for folders")
    return stems


# ------------------------------------------------------------------ review
@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--level", "levels", multiple=True, required=True,
              help="Level to review (repeatable), e.g. foia.")
@partner_option
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Write DIR/<name>.<level>.review.html.")
@click.option("--log-text", is_flag=True,
              help="Show the withheld and redacted text on the page (such a page must not be shared).")
@model_option
@rules_option
def review(files: tuple[str, ...], levels: tuple[str, ...], partner: str | None, out_dir: str,
           log_text: bool, model: str | None, rules_dir: str | None) -> None:
    """Write a review page for each FILE and --level: the original and the version side by
    side, every change with its rule, reason and exemption, what needs review, the reader's
    problems. One self-contained HTML file each; no withheld text unless --log-text."""
    from .leakcheck import LeakError
    from .pipeline import Pipeline, version_name
    from .report import version_line
    from .review import render_review, review_filename
    from .textio import atomic_write

    stems = _stems(files, out_dir, ".<level>.review.html")
    pipeline = Pipeline(rules=rules_dir, model=model)
    pipeline.levels(levels, partner)
    texts = {file: load_text(file) for file in files}
    out = Path(out_dir)
    status = EXIT_OK
    for file, text in texts.items():
        document = pipeline.read(text)
        try:
            versions = pipeline.redact(text, levels=list(levels), partner=partner, document=document)
        except LeakError as exc:
            click.echo(f"sbu-redact: error: {file}: version refused by the leak check: {exc}", err=True)
            status = EXIT_FINDINGS
            continue
        out.mkdir(parents=True, exist_ok=True)
        stem = stems[files.index(file)]
        for level, version in versions.items():
            name = version_name(level, partner)
            target = out / review_filename(stem, name)
            atomic_write(target, render_review(document, version, document_id=Path(file).name,
                                               include_text=log_text))
            click.echo(version_line(file, name, version, str(target)), err=True)
    sys.exit(status)


def _register_optional_commands() -> None:
    """`check` and `batch` live in their own modules; they register here when present."""
    import importlib

    for module in ("check", "batch"):
        try:
            mod = importlib.import_module(f".{module}_cli", __package__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{module}_cli":
                raise
            continue
        cli.add_command(mod.command)


_register_optional_commands()
