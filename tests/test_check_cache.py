"""`sbu-redact check`'s result cache: a cached run prints byte for byte what an uncached one
prints and exits with the same status, after a file edit, after a rules change and with a
corrupt, foreign or unwritable cache; a run from the cache loads neither NER nor pydantic.
Every run is the real command in a fresh interpreter."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import REPO
from sbu_redact.check_cache import RACY_SECONDS
from test_check import (CLEAN_CABLE, CLEAN_MEMO, MIXED_PROBLEMS, OVERCLASSIFIED_CABLE, SBU_CABLE,
                        SPILLAGE_MEMO)

TREE = {
    "docs/spill.txt": SPILLAGE_MEMO,
    "docs/clean.md": CLEAN_MEMO,
    "docs/mixed.txt": MIXED_PROBLEMS,
    "docs/over.txt": OVERCLASSIFIED_CABLE,
    "docs/empty.txt": "",
    "public/sbu.txt": SBU_CABLE,
    "public/clean.txt": CLEAN_CABLE,
}
# Each exit status, both formats, --strict and --public (options that change results or output).
ARGUMENTS = [
    ["docs", "public"],                                    # 1: findings
    ["docs", "public", "docs/binary.txt", "missing.txt"],  # 2: unreadable inputs, the rest checked
    ["public/clean.txt", "docs/clean.md"],                 # 0: clean
    ["--format", "json", "docs", "public"],
    ["--strict", "docs/over.txt"],
    ["--public", "docs/**", "docs", "public"],
]
HEAVY = ("spacy", "presidio_analyzer", "presidio_anonymizer", "thinc", "torch")


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for name, text in TREE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "docs" / "binary.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    return root


def run(cwd: Path, cache: Path | str, *args: str) -> tuple[int, bytes, bytes]:
    """`sbu-redact check ARGS` in a fresh interpreter with this result cache (and rules cache)."""
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "sbu_redact", "check", *args], cwd=cwd, env=env,
                          capture_output=True, check=False)
    return done.returncode, done.stdout, done.stderr


def uncached(cwd: Path, cache: Path, *args: str) -> tuple[int, bytes, bytes]:
    return run(cwd, cache, "--no-cache", *args)


def tables(cache: Path) -> list[Path]:
    return sorted(cache.glob("check-*.pickle"))


def test_cold_and_warm_runs_print_what_an_uncached_run_prints(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for args in ARGUMENTS:
        expected = uncached(tree, cache, *args)
        assert run(tree, cache, *args) == expected, args  # cold: fills the cache
        assert run(tree, cache, *args) == expected, args  # warm
    statuses = {uncached(tree, cache, *args)[0] for args in ARGUMENTS}
    assert statuses == {0, 1, 2}
    assert tables(cache)


def test_an_edited_file_is_checked_again(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = tree / "docs" / "clean.md"
    time.sleep(RACY_SECONDS + 0.2)  # old enough for their status to stand for their bytes
    before = run(tree, cache, "docs")  # cold: each file's digest kept under its status
    [table] = tables(cache)
    _, (results, digests) = pickle.loads(table.read_bytes())
    assert len(digests) == 6 and len(results) == 4  # every file; the results of those checked
    assert run(tree, cache, "docs") == before  # warm: from the status alone
    assert b"docs/clean.md" not in before[1]
    # same size, and the modification time set back: its change time (and content) tell
    status = clean.stat()
    clean.write_text(CLEAN_MEMO.replace("(U) Training", "(S) Training"), encoding="utf-8")
    os.utime(clean, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert clean.stat().st_size == status.st_size and clean.stat().st_mtime_ns == status.st_mtime_ns
    after = run(tree, cache, "docs")
    assert after == uncached(tree, cache, "docs")
    assert b"docs/clean.md:" in after[1] and b"SPILLAGE" in after[1]
    # another file moved into its place, with the same size and times
    spill = tree / "docs" / "spill.txt"
    replacement = tree / "replacement.tmp"
    replacement.write_text(SPILLAGE_MEMO.replace("(S//NF)", "(U)    "), encoding="utf-8")
    assert replacement.stat().st_size == spill.stat().st_size
    os.utime(replacement, ns=(spill.stat().st_atime_ns, spill.stat().st_mtime_ns))
    os.replace(replacement, spill)
    assert run(tree, cache, "docs") == uncached(tree, cache, "docs")
    assert b"docs/spill.txt:" not in run(tree, cache, "docs")[1]
    clean.write_text(CLEAN_MEMO, encoding="utf-8")  # back as it was: the old result is right again
    spill.write_text(SPILLAGE_MEMO, encoding="utf-8")
    assert run(tree, cache, "docs") == before


def test_a_rules_change_is_checked_again(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    args = ("--rules", str(rules), "docs", "public")
    before = run(tree, cache, *args)
    assert run(tree, cache, *args) == before and b"public/sbu.txt" in before[1]
    levels = rules / "levels.yaml"
    text = levels.read_text(encoding="utf-8")
    public = text.index("\n  public:\n")
    assert text.index("designations: []", public) < text.index("withhold_controls", public)
    levels.write_text(text[:public] + text[public:].replace("designations: []", "designations: [SBU]", 1),
                      encoding="utf-8")
    after = run(tree, cache, *args)
    assert after == uncached(tree, cache, *args)
    assert after != before and b"public/sbu.txt" not in after[1]  # SBU is releasable there now


def test_an_invalid_rules_file_still_fails_with_a_warm_cache(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    run(tree, cache, "--rules", str(rules), "docs")
    stored = tables(cache)
    (rules / "markings.yaml").write_text("levels: 3\n", encoding="utf-8")
    for _ in range(2):
        status, out, err = run(tree, cache, "--rules", str(rules), "docs")
        assert status == 2 and out == b""
        assert b"markings.yaml: key 'levels'" in err
    assert tables(cache) == stored  # nothing was stored for the invalid rules


def test_a_corrupt_or_foreign_cache_is_a_miss(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ("docs", "public")
    expected = uncached(tree, cache, *args)
    run(tree, cache, *args)
    [table] = tables(cache)
    good = table.read_bytes()
    key, (results, digests) = pickle.loads(good)
    assert results and all(isinstance(rows, tuple) for rows in results.values())
    everything_clean = pickle.dumps((key, ({name: () for name in results}, digests)))
    malformed = pickle.dumps((key, ({name: (("not", "a", "finding"),) for name in results}, digests)))
    other_key = pickle.dumps((key + "x", ({name: () for name in results}, digests)))
    old_layout = pickle.dumps((key, {name: () for name in results}))
    for payload, mode in [(b"", 0o600), (b"not a pickle", 0o600), (good[: len(good) // 2], 0o600),
                          (malformed, 0o600), (other_key, 0o600), (old_layout, 0o600),
                          (everything_clean, 0o666)]:  # a table others may write is never read
        table.write_bytes(payload)
        table.chmod(mode)
        assert run(tree, cache, *args) == expected, (payload[:20], oct(mode))
        [table] = tables(cache)


@pytest.mark.parametrize("setting", ["", "blocked"])
def test_an_unwritable_or_disabled_cache_only_costs_time(tree: Path, tmp_path: Path, setting: str) -> None:
    expected = uncached(tree, tmp_path / "elsewhere", "docs", "public")
    if setting == "blocked":
        blocker = tmp_path / "a-file"
        blocker.write_text("not a directory", encoding="utf-8")
        setting = str(blocker / "cache")
    for _ in range(2):
        assert run(tree, setting, "docs", "public") == expected
    assert not list(tree.rglob("*.pickle")) and not list(Path.cwd().glob("check-*.pickle"))


def modules_after(cwd: Path, cache: Path, *args: str) -> tuple[str, set[str]]:
    """The output of `sbu-redact check ARGS` in a fresh interpreter, and the modules it loaded."""
    probe = textwrap.dedent(f"""
        import contextlib, io, json, sys
        from sbu_redact.cli import main
        sys.argv = ["sbu-redact", "check", *{list(args)!r}]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                main()
            except SystemExit as exc:
                status = exc.code
        print(json.dumps([status, out.getvalue(), sorted(sys.modules)]))
    """)
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", probe], cwd=cwd, env=env, capture_output=True, text=True,
                          check=True)
    status, output, modules = json.loads(done.stdout.splitlines()[-1])
    return f"{status}\n{output}", set(modules)


def test_check_loads_no_nlp_and_from_the_cache_no_pydantic(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold_output, cold = modules_after(tree, cache, "docs", "public")
    warm_output, warm = modules_after(tree, cache, "docs", "public")
    assert warm_output == cold_output and cold_output.startswith("2\n")  # docs/binary.txt
    for loaded in (cold, warm):
        assert not [m for m in loaded if m.split(".")[0] in HEAVY]
    assert "sbu_redact.reader" in cold and "pydantic" in cold  # the cold run read and validated
    assert "sbu_redact.check_cache" in warm
    assert not [m for m in warm if m.split(".")[0] in ("pydantic", "pydantic_core", "yaml")
                or m.startswith(("sbu_redact.reader", "sbu_redact.markings", "sbu_redact.policy"))]


def test_checking_with_the_rules_from_the_cache_loads_no_pydantic(tree: Path, tmp_path: Path) -> None:
    """Only validating the rules needs pydantic (and YAML): a run whose rules come from the
    rules cache reads and judges every file without it, and prints what a validating run prints."""
    cache = tmp_path / "cache"
    first, validating = modules_after(tree, cache, "docs", "public")
    assert "pydantic" in validating and "sbu_redact.rules_schema" in validating
    for table in tables(cache):
        table.unlink()  # the results are forgotten, the validated rules kept: every file is checked
    again, loaded = modules_after(tree, cache, "docs", "public")
    assert again == first
    assert "sbu_redact.reader" in loaded and "sbu_redact.policy" in loaded  # read, and public files judged
    assert not [m for m in loaded if m.split(".")[0] in ("pydantic", "pydantic_core", "yaml", *HEAVY)
                or m == "sbu_redact.rules_schema"]


def test_public_files_checked_for_personal_information_are_never_cached(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "public").mkdir(parents=True)
    (root / "docs").mkdir()
    text = CLEAN_MEMO.replace("(U) Training starts in May.", "(U) Questions to John Smith, 202-555-0143.")
    (root / "public" / "a.md").write_text(text, encoding="utf-8")
    (root / "docs" / "b.md").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    first, _ = modules_after(root, cache, "--pii", "public", "docs")
    second, loaded = modules_after(root, cache, "--pii", "public", "docs")
    assert second == first and first.startswith("1\n") and "public/a.md:7:" in first and "PUBLIC_PII" in first
    assert "spacy" in loaded  # the public file was checked with NER again, not taken from the cache


def test_a_config_file_is_validated_once_per_content_and_never_when_invalid(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    config = tmp_path / "check.yaml"
    config.write_text('public_paths: ["docs/**"]\nseverity: {UNMARKED_PORTION: warning}\n', encoding="utf-8")
    args = ("--config", str(config), "docs", "public")
    expected = uncached(tree, cache, *args)
    assert b"docs/spill.txt:" in expected[1] and b"PUBLIC_WITHHELD" in expected[1]
    cold_output, _ = modules_after(tree, cache, *args)
    warm_output, warm = modules_after(tree, cache, *args)
    assert warm_output == cold_output == f"{expected[0]}\n{expected[1].decode()}"
    assert not [m for m in warm if m.split(".")[0] in ("pydantic", "yaml")]
    config.write_text("public_paths: 3\n", encoding="utf-8")
    for _ in range(2):
        status, out, err = run(tree, cache, *args)
        assert status == 2 and out == b"" and str(config).encode() in err and b"public_paths" in err


def test_runs_at_once_keep_each_others_results(tree: Path, tmp_path: Path, monkeypatch) -> None:
    """pre-commit runs one process per chunk of files: a table saved by one is merged, not lost."""
    from dataclasses import replace

    from sbu_redact.check import CheckOptions, Finding
    from sbu_redact.check_cache import ResultCache

    monkeypatch.setenv("SBU_REDACT_CACHE_DIR", str(tmp_path / "cache"))
    options = CheckOptions()
    first, second = (ResultCache.open("rules", options, False) for _ in range(2))  # both before either saves
    finding = Finding("a.txt", 1, 1, 1, 4, "SPILLAGE", "error", "message", "reference")
    first.put("1" * 64, False, [finding])
    second.put("2" * 64, True, [])
    first.save()
    second.save()
    third = ResultCache.open("rules", options, False)
    assert third.get("b.txt", "1" * 64, False) == [replace(finding, path="b.txt")]
    assert third.get("c.txt", "2" * 64, True) == []
    assert third.get("c.txt", "2" * 64, False) is None  # the public flag is part of the key
