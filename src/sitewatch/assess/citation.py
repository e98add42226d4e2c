"""Citations: the sentence a line of the report comes from, with its offsets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..store.db import Database


@dataclass(frozen=True)
class Citation:
    """A sentence in a document: the provenance of a line of the report."""

    doc_id: str
    start: int
    end: int
    quote: str
    outlet: str | None
    published: str | None
    url: str | None

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def cite_span(db: Database, doc_id: str, offset: int) -> Citation | None:
    """The sentence of ``doc_id`` that contains character ``offset``."""
    rows = db.query(
        "SELECT s.start_char, s.end_char,"
        " SUBSTR(d.text, s.start_char + 1, s.end_char - s.start_char), d.outlet, d.published, d.url"
        " FROM sentences s JOIN documents d ON d.id = s.doc_id"
        " WHERE s.doc_id = ? AND s.start_char <= ? AND s.end_char > ?",
        (doc_id, offset, offset),
    )
    if not rows:
        return None
    start, end, quote, outlet, published, url = rows[0]
    return Citation(doc_id, start, end, quote, outlet, published, url)


def cite_first(db: Database, spans: Iterable[tuple[str, int]], limit: int) -> list[Citation]:
    """The sentences of ``spans`` ((document, offset), in the order given), one per
    document, at most ``limit``."""
    out: list[Citation] = []
    used: set[str] = set()
    for doc_id, offset in spans:
        if len(out) >= limit:
            break
        if doc_id in used:
            continue
        citation = cite_span(db, doc_id, offset)
        if citation:
            out.append(citation)
            used.add(doc_id)
    return out
