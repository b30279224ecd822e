"""`sbu-redact check PATH...`: lint document markings (the pre-commit hook's entry point).

Kept light: the lint logic is imported when the command runs, the reader only when a file's
result is not in the result cache (`check_cache`), and spaCy/Presidio only when a PII check of
a public path is asked for.

Exit status: 0 clean (warnings are printed but do not fail unless --strict); 1 findings that
fail; 2 usage, rules or input errors. A path that cannot be read (missing, binary, not UTF-8)
gives one line on stderr naming it, the other paths are still checked and their findings
printed, and the status is 2. An empty file holds nothing to leak and is passed silently.
"""
from __future__ import annotations

import sys

import click


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: one `file:line:col: CODE message` per line; json: one object.")
@click.option("--strict", is_flag=True, default=None,
              help="Warnings fail too (exit 1). Also settable as `strict: true` in check.yaml.")
@click.option("--pii/--no-pii", default=None,
              help="Also fail public paths holding personal information (loads NER: slower). "
                   "Default: the `pii` key of check.yaml.")
@click.option("--public", "public_paths", multiple=True, metavar="GLOB",
              help="Path glob that must hold only publicly releasable documents (repeatable; "
                   "replaces `public_paths` of check.yaml), e.g. --public 'public/**'.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="A check.yaml to use instead of the one in the rules directory.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False), default=None,
              help="Rules directory (default: the rules shipped with sbu_redact).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU for large folders, else 1).")
@click.option("--no-cache", is_flag=True,
              help="Check every file again, without reading or writing the result cache (results "
                   "are kept per file content, rules, code and options in $SBU_REDACT_CACHE_DIR, "
                   "else ~/.cache/sbu_redact).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
def command(paths: tuple[str, ...], output_format: str, strict: bool | None, pii: bool | None,
            public_paths: tuple[str, ...], config_file: str | None, rules_dir: str | None,
            jobs: int | None, no_cache: bool, quiet: bool) -> None:
    """Lint the markings of PATHS (files, or folders walked for .txt/.md/.markdown).

    Reports spillage (a portion above its banner or classification line), banners that
    disagree with each other or with their portions, unmarked portions in a portion-marked
    document, unknown, invalid or contradictory markings; and, under the public paths of
    rules/check.yaml, anything the public level would withhold.

    Exit status: 0 clean, 1 findings (errors; warnings too with --strict), 2 usage, rules or
    unreadable input (the other paths are still checked).
    """
    from dataclasses import replace

    from .check import check_paths, glob_regex, load_options
    from .config import as_rules

    rules = as_rules(rules_dir)
    options = load_options(rules, config_file)
    if public_paths:
        for pattern in public_paths:
            try:
                glob_regex(pattern)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--public") from None
        options = replace(options, public_paths=tuple(public_paths))
    strict_mode = options.strict if strict is None else strict
    result = check_paths(paths, rules, options, pii=pii, jobs=jobs, cache=not no_cache)

    if output_format == "json":
        from .cli import dump_json

        click.echo(dump_json(result.to_dict(strict_mode)), nl=False)
    else:
        lines = [f.format() for f in result.findings]
        if lines:
            click.echo("\n".join(lines))
    for problem in result.input_problems:
        click.echo(f"sbu-redact: error: {problem.message}", err=True)
    if not quiet and output_format == "text":
        errors, warnings = result.count("error"), result.count("warning")
        if errors or warnings or result.input_problems:
            unreadable = f", {len(result.input_problems)} unreadable" if result.input_problems else ""
            click.echo(f"sbu-redact check: {errors} error(s), {warnings} warning(s) in "
                       f"{result.files_checked} file(s){unreadable}", err=True)
        elif result.files_checked == 0:
            click.echo("sbu-redact check: no files to check", err=True)
    sys.exit(result.exit_status(strict_mode))
