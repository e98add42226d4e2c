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

_FACT = (
    "doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE, idx INTEGER NOT NULL, "
    "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL"
)

MIGRATIONS += (
    Migration(
        2,
        "fact tables: times, places, claims, cites, events; linked site events",
        (
            f"""CREATE TABLE times ({_FACT}, text TEXT NOT NULL, type TEXT, value TEXT,
                precision TEXT, earliest TEXT, latest TEXT, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx))""",
            f"""CREATE TABLE places ({_FACT}, text TEXT NOT NULL, site TEXT, geonames_id INTEGER,
                name TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, kind TEXT,
                role TEXT, confidence DOUBLE PRECISION, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx))""",
            "CREATE INDEX places_site ON places (site)",
            f"""CREATE TABLE claims ({_FACT}, speaker TEXT, speaker_type TEXT, kind TEXT,
                certainty TEXT, said_on TEXT, content TEXT, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx))""",
            "CREATE INDEX claims_speaker ON claims (speaker)",
            "CREATE INDEX claims_said_on ON claims (said_on)",
            f"""CREATE TABLE cites ({_FACT}, source TEXT, type TEXT, relation TEXT, via TEXT,
                data TEXT NOT NULL, PRIMARY KEY (doc_id, idx))""",
            f"""CREATE TABLE events ({_FACT}, activity TEXT NOT NULL, category TEXT NOT NULL,
                site TEXT, date_value TEXT, earliest TEXT, latest TEXT, precision TEXT,
                certainty TEXT, negated INTEGER NOT NULL, basis TEXT, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx))""",
            "CREATE INDEX events_site ON events (site, activity)",
            """CREATE TABLE site_events (
                id TEXT PRIMARY KEY,
                site TEXT NOT NULL,
                activity TEXT NOT NULL,
                earliest TEXT,
                latest TEXT,
                span_days INTEGER
            )""",
            "CREATE INDEX site_events_site ON site_events (site, activity)",
            """CREATE TABLE event_mentions (
                doc_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                event_id TEXT NOT NULL REFERENCES site_events (id) ON DELETE CASCADE,
                PRIMARY KEY (doc_id, idx),
                FOREIGN KEY (doc_id, idx) REFERENCES events (doc_id, idx) ON DELETE CASCADE
            )""",
            "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
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
