"""A thin connection wrapper that hides the two backends' few differences.

Queries are written once with ``?`` placeholders and portable SQL
(``INSERT ... ON CONFLICT DO NOTHING`` runs on SQLite >= 3.24 and PostgreSQL);
this module rewrites placeholders for psycopg and owns transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError

Row = tuple[Any, ...]


@dataclass
class Database:
    conn: Any
    backend: str  # "sqlite" | "postgres"
    location: str

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.backend == "postgres" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
        finally:
            cur.close()

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        cur = self.conn.cursor()
        try:
            cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        finally:
            cur.close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            return [tuple(r) for r in cur.fetchall()]
        finally:
            cur.close()

    def columns(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        """Column names and rows of a query (for exports)."""
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description or []]
            return names, [tuple(r) for r in cur.fetchall()]
        finally:
            cur.close()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: commit on success, roll back on any exception."""
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def table_names(self) -> set[str]:
        if self.backend == "sqlite":
            rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        else:
            rows = self.query(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            )
        return {r[0] for r in rows}

    def close(self) -> None:
        self.conn.close()


def open_database(location: str) -> Database:
    """A SQLite file path (``:memory:`` too) or a ``postgresql://`` URL."""
    if location.startswith(("postgresql://", "postgres://")):
        return _postgres(location)
    return _sqlite(location)


def _sqlite(path: str) -> Database:
    if path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"cannot create the store {path}: folder {parent} does not exist")
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level="DEFERRED")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the SQLite store {path}: {exc}") from exc
    return Database(conn, "sqlite", path)


def _postgres(url: str) -> Database:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise StoreError("PostgreSQL needs psycopg: pip install 'sitewatch[postgres]'") from exc
    try:
        conn = psycopg.connect(url)
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot connect to PostgreSQL: {str(exc).strip().splitlines()[0]}"
        ) from exc
    return Database(conn, "postgres", _redact(url))


def _redact(url: str) -> str:
    head, sep, tail = url.partition("@")
    if not sep:
        return url
    scheme, _, userinfo = head.partition("://")
    user = userinfo.split(":")[0]
    return f"{scheme}://{user}:***@{tail}"
