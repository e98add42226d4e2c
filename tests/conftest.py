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


PG_URL = os.environ.get("SITEWATCH_TEST_PG", "")


def _fresh_postgres_db() -> tuple[str, str]:
    """A new empty database on the test server: (url, name)."""
    import uuid

    import psycopg

    name = f"sw_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_URL.rpartition("/")
    return f"{base}/{name}", name


def _drop_postgres_db(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store location on each backend: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("SITEWATCH_TEST_PG is not set: run the tests with scripts/test")
        pytest.skip("no PostgreSQL test server (SITEWATCH_TEST_PG); scripts/test starts one")
    url, name = _fresh_postgres_db()
    try:
        yield url
    finally:
        _drop_postgres_db(name)
