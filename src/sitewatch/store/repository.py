"""The store's one writer and its readers. Writes are idempotent and transactional."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..model import Analysis, Document, InputError, PublishedDate
from .db import Database, Row
from .facts import FACT_KINDS
from .migrations import current_version, migrate, now


@dataclass(frozen=True)
class StoreStatus:
    location: str
    backend: str
    schema_version: int
    documents: int
    analysed: int
    not_english: int
    near_duplicates: int
    sentences: int
    entities: int
    failures: list[tuple[str, str, str, str]]  # doc_id, stage, error, message
    input_errors: list[InputError]


Linker = Callable[[Database, Document], None]
"""Called in the batch's transaction after each new document is written (cross-document links)."""


@dataclass
class Store:
    db: Database

    @classmethod
    def open(cls, db: Database) -> Store:
        migrate(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # -- writes -------------------------------------------------------------
    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        marks = ",".join("?" * len(wanted))
        return {
            r[0] for r in self.db.query(f"SELECT id FROM documents WHERE id IN ({marks})", wanted)
        }

    def save_batch(
        self, analyses: Sequence[Analysis], analysed_with: str, linkers: Sequence[Linker] = ()
    ) -> int:
        """Store a batch of analysed documents in one transaction; returns how many were new."""
        added = 0
        with self.db.transaction():
            for analysis in analyses:
                if self._save_one(analysis, analysed_with):
                    added += 1
                    for link in linkers:
                        link(self.db, analysis.document)
        return added

    def _save_one(self, analysis: Analysis, analysed_with: str) -> bool:
        doc = analysis.document
        if self.db.scalar("SELECT 1 FROM documents WHERE id = ?", (doc.id,)):
            return False
        self.db.execute(
            "INSERT INTO documents (id, url, outlet, title, author, published, published_precision,"
            " published_basis, language, form, source, text, chars, analysed_with, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id, doc.url, doc.outlet, doc.title, doc.author,
                doc.published.value if doc.published else None,
                doc.published.precision if doc.published else None,
                doc.published.basis if doc.published else None,
                doc.language, doc.form, doc.source, doc.text, len(doc.text),
                analysed_with if "spacy" in analysis.done else None, now(),
            ),
        )  # fmt: skip
        self.db.executemany(
            "INSERT INTO sentences (doc_id, idx, start_char, end_char) VALUES (?, ?, ?, ?)",
            [(doc.id, i, s.start, s.end) for i, s in enumerate(analysis.sentences)],
        )
        self.db.executemany(
            "INSERT INTO entities (doc_id, start_char, end_char, label, text)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(doc.id, e.start, e.end, e.label, e.text) for e in analysis.entities],
        )
        for kind in FACT_KINDS:
            self.db.executemany(kind.insert_sql(), kind.rows(analysis))
        self.db.executemany(
            "INSERT INTO failures (doc_id, stage, error, message) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(doc.id, f.stage, f.error, f.message[:2000]) for f in analysis.failures],
        )
        self.db.execute("DELETE FROM input_errors WHERE source = ?", (doc.source,))
        return True

    def record_input_error(self, error: InputError) -> None:
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO input_errors (source, kind, message, seen_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source) DO UPDATE SET kind = excluded.kind,"
                " message = excluded.message, seen_at = excluded.seen_at",
                (error.source, error.error, error.message[:2000], now()),
            )

    # -- reads --------------------------------------------------------------
    def status(self) -> StoreStatus:
        q = self.db.scalar
        return StoreStatus(
            location=self.db.location,
            backend=self.db.backend,
            schema_version=current_version(self.db),
            documents=int(q("SELECT COUNT(*) FROM documents")),
            analysed=int(q("SELECT COUNT(*) FROM documents WHERE analysed_with IS NOT NULL")),
            not_english=int(
                q("SELECT COUNT(*) FROM documents WHERE language IS NOT NULL AND language <> 'en'")
            ),
            near_duplicates=int(q("SELECT COUNT(*) FROM near_duplicates")),
            sentences=int(q("SELECT COUNT(*) FROM sentences")),
            entities=int(q("SELECT COUNT(*) FROM entities")),
            failures=[
                (r[0], r[1], r[2], r[3])
                for r in self.db.query(
                    "SELECT doc_id, stage, error, message FROM failures ORDER BY doc_id, stage"
                )
            ],
            input_errors=[
                InputError(r[0], r[1], r[2])
                for r in self.db.query(
                    "SELECT source, kind, message FROM input_errors ORDER BY source"
                )
            ],
        )

    def documents(self) -> list[Document]:
        rows = self.db.query(
            "SELECT id, text, title, url, outlet, author, published, published_precision,"
            " published_basis, language, source, form FROM documents"
            " ORDER BY COALESCE(published, '9999'), id"
        )
        return [_document(r) for r in rows]


def _document(r: Row) -> Document:
    published = PublishedDate(r[6], r[7] or "day", r[8] or "metadata") if r[6] else None
    return Document(
        id=r[0], text=r[1], title=r[2], url=r[3], outlet=r[4], author=r[5],
        published=published, language=r[9], source=r[10], form=r[11],
    )  # fmt: skip
