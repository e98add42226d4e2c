"""Kill the ingest mid-way with SIGKILL, run it again: the store ends as if it ran once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from sitewatch.store import open_database

from .helpers.corpus import write_corpus

VOLATILE = {"ingested_at", "seen_at", "applied_at"}
TABLES = [
    "documents", "sentences", "entities", "failures", "input_errors",
    "minhashes", "lsh_buckets", "near_duplicates", "schema_migrations",
]  # fmt: skip


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = open_database(url)
    try:
        out = {}
        for table in TABLES:
            columns, rows = db.columns(f"SELECT * FROM {table}")
            keep = [i for i, c in enumerate(columns) if c not in VOLATILE]
            out[table] = sorted(tuple(row[i] for i in keep) for row in rows)
        return out
    finally:
        db.close()


def count(url: str) -> int:
    try:
        db = open_database(url)
    except Exception:
        return 0
    try:
        return int(db.scalar("SELECT COUNT(*) FROM documents") or 0)
    except Exception:
        return 0
    finally:
        db.close()


def ingest_cmd(url: str, folder: Path) -> list[str]:
    return [sys.executable, "-m", "sitewatch", "--db", url, "ingest", "--quiet", str(folder)]


@pytest.fixture()
def second_store(store_url: str, tmp_path: Path) -> Any:
    """A second fresh store on the same backend, for the run-once reference."""
    if store_url.startswith("postgresql"):
        from .conftest import _drop_postgres_db, _fresh_postgres_db

        url, name = _fresh_postgres_db()
        yield url
        _drop_postgres_db(name)
    else:
        yield str(tmp_path / "reference.db")


@pytest.mark.slow
def test_killed_ingest_resumes_to_exactly_the_run_once_store(
    store_url: str, second_store: str, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, 300, copies=8)
    env = {**os.environ, "SITEWATCH_BATCH_SIZE": "16"}
    proc = subprocess.Popen(ingest_cmd(store_url, folder), env=env)
    deadline = time.monotonic() + 240
    while count(store_url) < 48 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = count(store_url)
    assert 0 < killed_at < 308

    subprocess.run(ingest_cmd(store_url, folder), env=env, check=True)
    subprocess.run(ingest_cmd(second_store, folder), env=env, check=True)
    resumed, once = snapshot(store_url), snapshot(second_store)
    assert len(once["documents"]) == 308
    assert len(once["near_duplicates"]) == 8
    for table in TABLES:
        assert resumed[table] == once[table], table
