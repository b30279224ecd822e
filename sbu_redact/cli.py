"""Command line: `sbu-redact inspect | analyze | redact | review | check | batch`.

Exit status: 0 success (and, for `check`, a clean result); 1 findings or a refused version;
2 usage, input or rules errors. Heavy libraries load inside the commands that need them, so
`inspect` and `check` start fast and never import spaCy or Presidio.

This module is the console script's entry point (`main`) and stays light: the click
application (`cli_app.cli`, also reachable here as `cli`) is imported only when the command
line needs it. A plain `check FILES...` (what the pre-commit hook runs) is parsed without click
(`check_cli.run_plain`); anything else (help, a usage error, another command) goes through
click, which prints what it always printed.
"""
from __future__ import annotations

import sys
from typing import Any, NoReturn

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str, status: int = EXIT_ERROR) -> NoReturn:
    import click

    click.echo(f"sbu-redact: error: {message}", err=True)
    sys.exit(status)


def _input_errors() -> tuple[type[Exception], ...]:
    from .config import RulesError
    from .textio import InputError

    errors: list[type[Exception]] = [InputError, RulesError]
    try:
        from .policy import PolicyError

        errors.append(PolicyError)
    except ImportError:  # pragma: no cover - policy always ships
        pass
    return tuple(errors)


def load_text(path: str) -> str:
    from .textio import read_text_file

    return read_text_file(path)


def dump_json(data: Any) -> str:
    import json  # here: a `check` start that prints text never needs it

    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _one_line_warning(message, category, filename, lineno, line=None) -> str:  # noqa: ANN001
    return f"sbu-redact: warning: {str(message).removeprefix('sbu_redact: ')}\n"


def main() -> None:
    import warnings

    warnings.formatwarning = _one_line_warning
    if sys.argv[1:2] == ["check"]:
        from .check_cli import run_plain

        run_plain(sys.argv[2:])  # exits, unless the command line needs click
    from .cli_app import cli

    cli(prog_name="sbu-redact")


def __getattr__(name: str) -> Any:
    """The click application's names (`cli`, the commands), imported on first use."""
    if name.startswith("__"):
        raise AttributeError(name)
    from . import cli_app

    try:
        return getattr(cli_app, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


if __name__ == "__main__":  # pragma: no cover
    main()
