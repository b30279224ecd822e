"""Shared test helpers: paths to the repository, its examples and the test corpora."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CORPUS = Path(__file__).resolve().parent / "corpus"
SEED_CABLE = EXAMPLES / "cables" / "07MOSCOW3736.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_CABLE.read_text(encoding="utf-8")
