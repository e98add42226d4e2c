"""Shared fixtures: the spaCy pipeline (loaded once), stores on both backends, paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitewatch.analyze.nlp import load_nlp

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
SHARED = Path(os.environ.get("SITEWATCH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the seed reports in ../shared/seeds are not present")
    return SEEDS


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture()
def tmp_db(tmp_path: Path) -> Iterator[str]:
    yield str(tmp_path / "store.db")
