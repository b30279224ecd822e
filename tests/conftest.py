"""Shared test helpers: paths to the repository, its examples and the test corpora, and the
marking a reading gives a phrase."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

import sbu_redact
from sbu_redact.config import Rules
from sbu_redact.policy import Policy, decide

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_CABLE = EXAMPLES / "cables" / "07MOSCOW3736.txt"


def marking_of(doc: sbu_redact.Document, phrase: str) -> str:
    """The portion mark of the portion that holds `phrase` ("doubtful" when it cannot be trusted)."""
    at = doc.text.index(phrase)
    portion = next(p for p in doc.portions if p.start <= at < p.end)
    assert portion.marking is not None
    return portion.marking.portion_mark() if portion.marking.valid else "doubtful"


@pytest.fixture(scope="module")
def policy() -> Policy:
    """The releasability levels of the default rules."""
    return Policy.from_rules(Rules())


def released_text(doc: sbu_redact.Document, policy: Policy, level: str, partner: str | None = None) -> str:
    """The text of the portions a level releases (joined)."""
    decisions = decide(doc, policy.level(level, partner), partner)
    return "\n".join(doc.text[d.portion.start:d.portion.end] for d in decisions if not d.withheld)


_CACHE_ENV = "SBU_REDACT_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    """The tests (and the commands they start) keep their validated-rules cache in a folder
    of their own, not in the user's cache directory."""
    config._sbu_cache = tempfile.mkdtemp(prefix="sbu-redact-test-cache-")  # type: ignore[attr-defined]
    os.environ[_CACHE_ENV] = config._sbu_cache  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = getattr(config, "_sbu_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_CABLE.read_text(encoding="utf-8")
