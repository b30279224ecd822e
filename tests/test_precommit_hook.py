"""The pre-commit hook `sbu-redact-check`, driven through the real `pre-commit` tool.

The hook source is a snapshot of this repository's working tree (tracked files plus untracked
ones git does not ignore), committed into a temporary git repository: `pre-commit` installs
hooks from a commit, and `try-repo` on a dirty checkout would only carry tracked changes. On a
clean clone (CI) the snapshot is HEAD. Set SBU_REDACT_HOOK_REPO to a git repository to use its
HEAD instead.

pre-commit pip-installs the package (spaCy, Presidio...) into a virtualenv of its own: that
happens once per test session in a session-scoped PRE_COMMIT_HOME for the installed-hook test;
`try-repo` always builds a fresh environment in a temporary store (pre-commit's design), so it
installs once more. No timeouts: installing takes minutes on a cold pip cache.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HOOK_ID = "sbu-redact-check"

CLEAN = textwrap.dedent("""\
    UNCLASSIFIED

    SUBJECT: (U) Quarterly staffing plan

    (U) The office will hire two analysts in the spring.

    UNCLASSIFIED
    """)
SPILLAGE = textwrap.dedent("""\
    UNCLASSIFIED

    SUBJECT: (U) Border crossings

    (U) The meeting was held on Tuesday.

    (S//NF) The source reported troop movements near the border.

    UNCLASSIFIED
    """)
FIXED = SPILLAGE.replace("UNCLASSIFIED", "SECRET//NOFORN")
SBU = CLEAN.replace("(U) The office", "(SBU) The office")



def test_git_is_installed():
    """pre-commit needs git: a machine without it must fail here, not skip the hook tests."""
    assert shutil.which("git") is not None


def git_env(pre_commit_home: Path | None = None) -> dict[str, str]:
    """An environment isolated from the user's and any outer git hook's git settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
               GIT_AUTHOR_NAME="Test Author", GIT_AUTHOR_EMAIL="author@example.org",
               GIT_COMMITTER_NAME="Test Committer", GIT_COMMITTER_EMAIL="committer@example.org",
               PRE_COMMIT_COLOR="never")
    if pre_commit_home is not None:
        env["PRE_COMMIT_HOME"] = str(pre_commit_home)
    return env


def run(args: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
               cwd, git_env(), check=check)


def pre_commit(cwd: Path, home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "pre_commit", *args], cwd, git_env(home), check=check)


def snapshot_files(root: Path) -> list[str]:
    if (root / ".git").exists():
        out = git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout
        return sorted(p for p in set(out.split("\0")) if p and (root / p).is_file())
    skip = {".git", ".venv", "venv", "build", "dist", ".pytest_cache", "__pycache__"}
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and not skip.intersection(p.relative_to(root).parts)
                  and not any(part.endswith(".egg-info") for part in p.parts))


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(repository, commit) to install the hook from."""
    given = os.environ.get("SBU_REDACT_HOOK_REPO")
    if given:
        return given, git(Path(given), "rev-parse", "HEAD").stdout.strip()
    dest = tmp_path_factory.mktemp("hook-source")
    for name in snapshot_files(REPO):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    assert (dest / ".pre-commit-hooks.yaml").is_file()
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "snapshot of sbu_redact for the hook test")
    return str(dest), git(dest, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def make_document_repo(path: Path, hook_repo: tuple[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q")
    repo, rev = hook_repo
    (path / ".pre-commit-config.yaml").write_text(textwrap.dedent(f"""\
        repos:
          - repo: {repo}
            rev: {rev}
            hooks:
              - id: {HOOK_ID}
        """), encoding="utf-8")
    return path


def commit(repo: Path, home: Path, files: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", *files)
    # `git commit` runs the installed hook script, which runs pre-commit with PRE_COMMIT_HOME;
    # git passes the hook's output on stderr: both streams are merged into `stdout` here
    return subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-m", message], cwd=repo,
                          env=git_env(home), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def commit_count(repo: Path) -> int:
    proc = git(repo, "rev-list", "--count", "HEAD", check=False)
    return int(proc.stdout.strip()) if proc.returncode == 0 else 0


def test_installed_hook_blocks_spillage_and_passes_clean_commits(tmp_path: Path, hook_repo: tuple[str, str],
                                                                 pre_commit_home: Path) -> None:
    docs = make_document_repo(tmp_path / "documents", hook_repo)
    pre_commit(docs, pre_commit_home, "install", "--install-hooks")

    clean = commit(docs, pre_commit_home, {".pre-commit-config.yaml": (docs / ".pre-commit-config.yaml").read_text(),
                                           "memos/staffing.md": CLEAN}, "clean memo")
    assert clean.returncode == 0, clean.stdout
    assert "Passed" in clean.stdout and commit_count(docs) == 1

    blocked = commit(docs, pre_commit_home, {"memos/border.txt": SPILLAGE}, "memo with a spillage")
    assert blocked.returncode != 0
    assert "Failed" in blocked.stdout and f"- hook id: {HOOK_ID}" in blocked.stdout
    assert "memos/border.txt:7:1: SPILLAGE SECRET portion under a UNCLASSIFIED marking" in blocked.stdout
    assert "staffing.md" not in blocked.stdout  # only the staged files are checked
    assert commit_count(docs) == 1

    fixed = commit(docs, pre_commit_home, {"memos/border.txt": FIXED}, "memo banner fixed")
    assert fixed.returncode == 0, fixed.stdout
    assert commit_count(docs) == 2

    # a document the public level would redact may not go under public/ (rules/check.yaml)
    public = commit(docs, pre_commit_home, {"public/staffing.md": SBU}, "publish an SBU memo")
    assert public.returncode != 0 and "public/staffing.md:5:1: PUBLIC_WITHHELD" in public.stdout
    assert commit_count(docs) == 2
    ok = commit(docs, pre_commit_home, {"public/staffing.md": CLEAN}, "publish the U memo")
    assert ok.returncode == 0, ok.stdout
    assert commit_count(docs) == 3


def test_try_repo_blocks_spillage(tmp_path: Path, hook_repo: tuple[str, str], pre_commit_home: Path) -> None:
    docs = make_document_repo(tmp_path / "documents", hook_repo)
    (docs / "border.txt").write_text(SPILLAGE, encoding="utf-8")
    (docs / "staffing.md").write_text(CLEAN, encoding="utf-8")
    git(docs, "add", "border.txt", "staffing.md")
    repo, rev = hook_repo
    proc = pre_commit(docs, pre_commit_home, "try-repo", repo, HOOK_ID, "--ref", rev,
                      "--files", "border.txt", "staffing.md", check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "border.txt:7:1: SPILLAGE" in proc.stdout
    assert "staffing.md:" not in proc.stdout
