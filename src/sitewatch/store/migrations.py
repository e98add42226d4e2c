"""The versioned schema. Each migration runs once, in its own transaction.

Portable SQL only: both SQLite and PostgreSQL run these statements as written.
Offsets are ``start_char`` / ``end_char`` (``end`` is reserved in SQL); the JSON
contract calls them ``start`` / ``end``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from .db import Database


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, sentences, entities, failures, near-duplicates",
        (
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                url TEXT,
                outlet TEXT,
                title TEXT,
                author TEXT,
                published TEXT,
                published_precision TEXT,
                published_basis TEXT,
                language TEXT,
                form TEXT NOT NULL,
                source TEXT NOT NULL,
                text TEXT NOT NULL,
                chars INTEGER NOT NULL,
                analysed_with TEXT,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX documents_published ON documents (published)",
            "CREATE INDEX documents_outlet ON documents (outlet)",
            """CREATE TABLE sentences (
                doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE entities (
                doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                label TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (doc_id, start_char, end_char, label)
            )""",
            "CREATE INDEX entities_text ON entities (text)",
            """CREATE TABLE failures (
                doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                stage TEXT NOT NULL,
                error TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (doc_id, stage)
            )""",
            """CREATE TABLE input_errors (
                source TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                message TEXT NOT NULL,
                seen_at TEXT NOT NULL
            )""",
            """CREATE TABLE minhashes (
                doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                signature TEXT NOT NULL
            )""",
            """CREATE TABLE lsh_buckets (
                bucket TEXT NOT NULL,
                doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                PRIMARY KEY (bucket, doc_id)
            )""",
            """CREATE TABLE near_duplicates (
                doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                original_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                similarity DOUBLE PRECISION NOT NULL
            )""",
            "CREATE INDEX near_duplicates_original ON near_duplicates (original_id)",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version


def current_version(db: Database) -> int:
    if "schema_migrations" not in db.table_names():
        return 0
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") or 0)


def migrate(db: Database) -> list[int]:
    """Apply every migration newer than the store; returns the versions applied."""
    with db.transaction():
        db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version <= current_version(db):
            continue
        with db.transaction():
            for statement in migration.statements:
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.description, now()),
            )
        applied.append(migration.version)
    return applied


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
