"""`sbu-redact check PATH...`: lint document markings (the pre-commit hook's entry point).

Kept light: the lint logic is imported when the command runs, the reader only when a file's
result is not in the result cache (`check_cache`), and spaCy/Presidio only when a PII check of
a public path is asked for. A plain command line (paths and the command's own options, what
the hook runs) does not even import click: `run_plain` parses it as click would and runs the
same `run`; anything else (`--help`, an option click would refuse, a value it would not
accept, an unusual output stream) goes to the click command (`command`, built on first use),
so that help and usage errors read exactly as click writes them.

Exit status: 0 clean (warnings are printed but do not fail unless --strict); 1 findings that
fail; 2 usage, rules or input errors. A path that cannot be read (missing, binary, not UTF-8)
gives one line on stderr naming it, the other paths are still checked and their findings
printed, and the status is 2. An empty file holds nothing to leak and is passed silently.
"""
from __future__ import annotations

import os
import sys
from typing import Any, Callable, NoReturn, Protocol


class _Echo(Protocol):
    def __call__(self, message: str, *, err: bool = False, nl: bool = True) -> None: ...


def run(paths: tuple[str, ...], output_format: str, strict: bool | None, pii: bool | None,
        public_paths: tuple[str, ...], config_file: str | None, rules_dir: str | None,
        jobs: int | None, no_cache: bool, quiet: bool, echo: _Echo,
        bad_public: Callable[[str], NoReturn] | None = None) -> int:
    """Check PATHS, print the findings with `echo` (click's, or `_echo` on the plain path) and
    return the exit status. A malformed --public glob calls `bad_public` with the message
    (the click command raises its usage error), else raises ValueError."""
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
                if bad_public is None:
                    raise
                bad_public(str(exc))
        options = replace(options, public_paths=tuple(public_paths))
    strict_mode = options.strict if strict is None else strict
    result = check_paths(paths, rules, options, pii=pii, jobs=jobs, cache=not no_cache)

    if output_format == "json":
        from .cli import dump_json

        echo(dump_json(result.to_dict(strict_mode)), nl=False)
    else:
        lines = [f.format() for f in result.findings]
        if lines:
            echo("\n".join(lines))
    for problem in result.input_problems:
        echo(f"sbu-redact: error: {problem.message}", err=True)
    if not quiet and output_format == "text":
        errors, warnings = result.count("error"), result.count("warning")
        if errors or warnings or result.input_problems:
            unreadable = f", {len(result.input_problems)} unreadable" if result.input_problems else ""
            echo(f"sbu-redact check: {errors} error(s), {warnings} warning(s) in "
                 f"{result.files_checked} file(s){unreadable}", err=True)
        elif result.files_checked == 0:
            echo("sbu-redact check: no files to check", err=True)
    return result.exit_status(strict_mode)


def _build_command() -> Any:
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
        def bad_public(message: str) -> NoReturn:
            raise click.BadParameter(message, param_hint="--public")

        sys.exit(run(paths, output_format, strict, pii, public_paths, config_file, rules_dir, jobs,
                     no_cache, quiet, click.echo, bad_public))

    return command


def __getattr__(name: str) -> Any:
    """`command`: the click command (built, and click imported, on first use)."""
    if name == "command":
        value = globals()["command"] = _build_command()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ------------------------------------------------------------------ the plain command line
#: Flags of `check`: option -> (parameter, value).
_FLAGS = {"--strict": ("strict", True), "--pii": ("pii", True), "--no-pii": ("pii", False),
          "--no-cache": ("no_cache", True), "-q": ("quiet", True), "--quiet": ("quiet", True)}
#: Options of `check` that take a value: option -> parameter.
_VALUED = {"--format": "output_format", "--public": "public_paths", "--config": "config_file",
           "--rules": "rules_dir", "-j": "jobs", "--jobs": "jobs"}


def parse_plain(args: list[str]) -> dict[str, Any] | None:
    """The parameters of `check ARGS` as the click command would receive them, when ARGS is a
    plain command line that click accepts: paths, the flags, and the options with a value
    (`--opt VALUE`, `--opt=VALUE`, `-j N`), each value one that the option's type takes as it
    is. None for anything else (help, `--`, combined short options, an unknown option, a value
    click would refuse or convert, no path, a shell-completion request): click parses those."""
    if "_SBU_REDACT_COMPLETE" in os.environ:
        return None
    params: dict[str, Any] = {"paths": [], "output_format": "text", "strict": None, "pii": None,
                              "public_paths": [], "config_file": None, "rules_dir": None, "jobs": None,
                              "no_cache": False, "quiet": False}
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-"):
            if not arg or not _path_ok(arg, file_okay=True, dir_okay=True):
                return None
            params["paths"].append(arg)
            continue
        if arg in _FLAGS:
            name, flag = _FLAGS[arg]
            params[name] = flag
            continue
        option, equals, value = arg.partition("=")
        if not (equals and option.startswith("--") and option in _VALUED):
            if arg not in _VALUED or i >= len(args):
                return None
            option, value = arg, args[i]
            i += 1
        if not value or value.startswith("-"):
            return None
        name = _VALUED[option]
        if name == "output_format" and value not in ("text", "json"):
            return None
        if name == "jobs":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            params["jobs"] = int(value)
        elif name == "public_paths":
            params["public_paths"].append(value)
        elif name in ("config_file", "rules_dir") and not _path_ok(value, file_okay=name == "config_file",
                                                                    dir_okay=name == "rules_dir"):
            return None
        else:
            params[name] = value
    if not params["paths"]:
        return None
    if params["public_paths"]:
        from .check import glob_regex

        for pattern in params["public_paths"]:
            try:
                glob_regex(pattern)
            except ValueError:
                return None  # click reports it
    params["paths"] = tuple(params["paths"])
    params["public_paths"] = tuple(params["public_paths"])
    return params


def _path_ok(value: str, file_okay: bool, dir_okay: bool) -> bool:
    """What `click.Path(file_okay, dir_okay)` accepts unchanged (it need not exist)."""
    import stat

    try:
        mode = os.stat(value).st_mode
    except OSError:
        return True
    except ValueError:  # (a NUL in it: click fails there)
        return False
    if (not file_okay and stat.S_ISREG(mode)) or (not dir_okay and stat.S_ISDIR(mode)):
        return False
    return os.access(value, os.R_OK)


def _plain_stream(stream: Any) -> bool:
    """A stream that click.echo writes to as it is (an encoding other than ASCII, an error
    handler, not a Jupyter kernel's): then `_echo` writes what click.echo would."""
    import codecs
    import io

    if type(stream) is not io.TextIOWrapper or not stream.errors or not stream.encoding:
        return False
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except LookupError:
        return False


_ANSI = r"\033\[[0-?]*[ -/]*[@-~]"  # (click's: codes are removed from what does not go to a terminal)


def _echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """`click.echo(message, err=err, nl=nl)` on a plain stream (`_plain_stream`)."""
    stream = sys.stderr if err else sys.stdout
    out = message + "\n" if nl else message
    if not out:
        stream.flush()
        return
    if "\033" in out:
        try:
            terminal = stream.isatty()
        except Exception:  # noqa: BLE001 - as click: no terminal
            terminal = False
        if not terminal:
            import re

            out = re.sub(_ANSI, "", out)
    stream.write(out)
    stream.flush()


class _PacifyFlush:
    """A stream whose flush ignores a closed pipe (what click does after EPIPE)."""

    def __init__(self, wrapped: Any):
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


def run_plain(args: list[str]) -> None:
    """Run `check ARGS` without click when ARGS is a plain command line (`parse_plain`) and
    the standard streams are plain (`_plain_stream`); as the click command would, then exit.
    Returns (having done nothing) when click must handle it."""
    if sys.platform == "win32" or not (_plain_stream(sys.stdout) and _plain_stream(sys.stderr)):
        return  # (click wraps a Windows console, or a stream it does not trust)
    params = parse_plain(args)
    if params is None:
        return
    import errno

    from .cli import _input_errors, fail

    try:
        try:
            status = run(**params, echo=_echo)
        except (KeyboardInterrupt, EOFError):  # as click: a blank line, then Aborted!
            _echo("", err=True)
            _echo("Aborted!", err=True)
            status = 1
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            sys.stdout = _PacifyFlush(sys.stdout)
            sys.stderr = _PacifyFlush(sys.stderr)
            status = 1
    except Exception as exc:  # (as cli_app._Group: input and rules errors are one line, status 2)
        if isinstance(exc, _input_errors()):
            fail(str(exc))
        raise
    exit(status)
