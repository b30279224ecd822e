"""`sbu-redact check` without click: a plain command line (`check_cli.parse_plain`) is parsed as
the click command parses it, runs the same code and prints the same bytes with the same exit
status; anything else goes to click."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbu_redact import check_cli
from sbu_redact.check_cli import parse_plain

REPO = Path(__file__).resolve().parent.parent

SPILL = textwrap.dedent("""\
    UNCLASSIFIED

    SUBJECT: (U) Border crossings

    (U) The meeting was held on Tuesday.

    (S//NF) The source reported troop movements near the border.

    UNCLASSIFIED
    """)
OVER = textwrap.dedent("""\
    SECRET

    (U) The office will hire two analysts in the spring.

    SECRET
    """)
ANSI = "docs/sp\x1b[31mill.txt"  # (a file name with a terminal code)
SBU_PUBLIC = "UNCLASSIFIED//FOUO\n\n(U//FOUO) Internal staffing plan.\n\n(U) Training starts in May.\n\nUNCLASSIFIED//FOUO\n"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plain")
    for name, text in {"docs/spill.txt": SPILL, "docs/over.md": OVER, "public/sbu.txt": SBU_PUBLIC,
                       "releases/sbu.txt": SBU_PUBLIC, "docs/empty.txt": "", ANSI: SPILL}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "docs" / "binary.txt").write_bytes(b"\x00\x01\xff")
    (root / "bad.yaml").write_text("public_paths: 3\n", encoding="utf-8")
    (root / "strict.yaml").write_text("strict: true\n", encoding="utf-8")
    return root


PROBE = """
import atexit, os, sys
atexit.register(lambda: open(os.environ["LOADED"], "w").write(str("click" in sys.modules)))
mode, args = sys.argv[1], sys.argv[2:]
sys.argv = ["sbu-redact", "check", *args]
if mode == "click":
    from sbu_redact.cli_app import cli
    cli(["check", *args], prog_name="sbu-redact")
else:
    from sbu_redact.cli import main
    main()
"""


def run(tree: Path, mode: str, args: list[str]) -> tuple[int, str, str, bool]:
    """Exit status, stdout, stderr of `sbu-redact check ARGS` run as the console script runs it
    (`cli.main`) or by the click command, in a fresh interpreter; and whether click was imported."""
    loaded = tree.parent / f"{tree.name}-loaded"
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(tree.parent / f"{tree.name}-cache-{mode}"),
           "PYTHONPATH": str(REPO), "LOADED": str(loaded)}
    done = subprocess.run([sys.executable, "-c", PROBE, mode, *args], cwd=tree, env=env, capture_output=True)
    return done.returncode, done.stdout.decode(), done.stderr.decode(), loaded.read_text() == "True"


PLAIN = [
    ["docs"],
    ["docs/spill.txt"],
    ["docs/over.md", "--strict"],
    ["-q", "docs", "public", "releases"],
    ["--format", "json", "docs", "nope.txt"],
    ["--format=json", "--public", "releases/**", "public", "releases", "--no-pii"],
    ["--public=releases/**", "-j", "1", "--no-cache", "docs", "public", "releases"],
    ["--config", "bad.yaml", "docs"],
    ["--config=strict.yaml", "--quiet", "docs/over.md"],
    ["--rules", str(REPO / "rules"), "docs/empty.txt", "docs/binary.txt"],
    ["--rules", "no-such-rules", "docs"],
]
FAILING = [PLAIN[-4], PLAIN[-1]]  # (bad.yaml, no-such-rules)
CLICK = [
    [],
    ["--help"],
    ["docs", "-h"],
    ["--format", "xml", "docs"],
    ["-j", "0", "docs"],
    ["--public", "[a", "docs"],
    ["--config", "docs", "docs"],
    ["--rules", "bad.yaml", "docs"],
    ["--", "docs"],
    ["-qj1", "docs"],
    ["--strict=yes", "docs"],
    ["--frobnicate", "docs"],
]


@pytest.mark.parametrize("args", PLAIN + CLICK, ids=lambda a: " ".join(a) or "(none)")
def test_plain_and_click_print_the_same(tree: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, err, loaded = run(tree, "plain", args)
    assert (status, out, err) == run(tree, "click", args)[:3]
    # a plain command line imports click only to report a rules or input error (`cli.fail`)
    assert loaded == (args in CLICK or args in FAILING)
    monkeypatch.chdir(tree)
    assert (parse_plain(args) is None) == (args in CLICK)


def test_ansi_codes_are_removed_as_click_removes_them(tree: Path) -> None:
    """click.echo removes terminal codes from what does not go to a terminal (here: a file
    name holding one, in a finding and in an input error)."""
    args = [ANSI, "docs/mis\x1b[1msing.txt"]
    status, out, err, loaded = run(tree, "plain", args)
    assert status == 2 and not loaded and "SPILLAGE" in out and "missing" in err
    assert "\x1b" not in out + err and (status, out, err) == run(tree, "click", args)[:3]
    status, out, err, loaded = run(tree, "plain", [*args, "--format", "json"])
    assert json.loads(out)["findings"] and (status, out, err) == run(tree, "click", [*args, "--format", "json"])[:3]


# -- the parser against click's own ------------------------------------------------------------
TOKENS = ["docs", "docs/spill.txt", "nope.txt", "bad.yaml", "", "-", "--", "-h", "--help", "--strict",
          "--strict=1", "--pii", "--no-pii", "--no-cache", "-q", "--quiet", "--format", "--format=json",
          "--format=text", "--format=", "text", "json", "xml", "--public", "--public=public/**",
          "public/**", "[a", "--config", "--config=strict.yaml", "strict.yaml", "--rules",
          "--rules=docs", "-j", "--jobs", "--jobs=2", "-j2", "-qj", "1", "0", "-1", "+1", " 1", "٣",
          "--json", "--form", "-x", "docs=x"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=st.lists(st.sampled_from(TOKENS), max_size=7))
def test_a_plain_command_line_is_what_click_parses(tree: Path, args: list[str]) -> None:
    import click

    command = check_cli.command
    old = os.getcwd()
    os.chdir(tree)
    try:
        params = parse_plain(args)
        if params is None:
            return  # click parses it (whatever it says)
        try:
            ctx = command.make_context("check", list(args))
        except click.exceptions.Exit:  # help
            raise AssertionError(f"{args}: click prints help") from None
        except click.ClickException as exc:
            raise AssertionError(f"{args}: click refuses it: {exc.format_message()}") from None
    finally:
        os.chdir(old)
    assert params == ctx.params


def test_the_common_command_lines_are_plain(tree: Path) -> None:
    old = os.getcwd()
    os.chdir(tree)
    try:
        for args in PLAIN:
            assert parse_plain(args) is not None, args
    finally:
        os.chdir(old)
