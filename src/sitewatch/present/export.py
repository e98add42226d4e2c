"""Exports of the store's fact tables, each row with its provenance."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..store.db import Database

# name -> query. Every fact row carries doc_id and character offsets.
TABLES: dict[str, str] = {
    "documents": (
        "SELECT d.id, d.url, d.outlet, d.title, d.author, d.published, d.published_precision,"
        " d.published_basis, d.language, d.form, d.source, d.chars,"
        " n.original_id AS copy_of, n.similarity AS copy_similarity"
        " FROM documents d LEFT JOIN near_duplicates n ON n.doc_id = d.id"
        " ORDER BY COALESCE(d.published, '9999'), d.id"
    ),
    "sentences": (
        "SELECT s.doc_id, s.idx, s.start_char, s.end_char FROM sentences s ORDER BY s.doc_id, s.idx"
    ),
    "entities": (
        "SELECT e.doc_id, e.start_char, e.end_char, e.label, e.text FROM entities e"
        " ORDER BY e.doc_id, e.start_char, e.label"
    ),
    "times": (
        "SELECT doc_id, idx, start_char, end_char, text, type, value, precision, earliest, latest"
        " FROM times ORDER BY doc_id, idx"
    ),
    "places": (
        "SELECT doc_id, idx, start_char, end_char, text, site, geonames_id, name, country, lat,"
        " lon, kind, role, confidence FROM places ORDER BY doc_id, idx"
    ),
    "claims": (
        "SELECT doc_id, idx, start_char, end_char, speaker, speaker_type, kind, certainty,"
        " said_on, content, data FROM claims ORDER BY doc_id, idx"
    ),
    "cites": (
        "SELECT doc_id, idx, start_char, end_char, source, type, relation, via FROM cites"
        " ORDER BY doc_id, idx"
    ),
    "events": (
        "SELECT e.doc_id, e.idx, e.start_char, e.end_char, e.activity, e.category, e.site,"
        " e.date_value, e.earliest, e.latest, e.precision, e.certainty, e.negated, e.basis,"
        " m.event_id FROM events e LEFT JOIN event_mentions m"
        " ON m.doc_id = e.doc_id AND m.idx = e.idx ORDER BY e.doc_id, e.idx"
    ),
    "site_events": (
        "SELECT id, site, activity, earliest, latest FROM site_events"
        " ORDER BY site, COALESCE(earliest, '9999'), id"
    ),
    "near_duplicates": (
        "SELECT doc_id, original_id, similarity FROM near_duplicates ORDER BY original_id, doc_id"
    ),
    "failures": "SELECT doc_id, stage, error, message FROM failures ORDER BY doc_id, stage",
    "input_errors": "SELECT source, kind, message, seen_at FROM input_errors ORDER BY source",
}


@dataclass(frozen=True)
class Table:
    name: str
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            yield dict(zip(self.columns, row, strict=True))


def read_table(db: Database, name: str) -> Table:
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; known: {', '.join(TABLES)}")
    columns, rows = db.columns(TABLES[name])
    return Table(name, columns, rows)


def write_jsonl(table: Table, out: TextIO) -> int:
    count = 0
    for record in table.records():
        out.write(json.dumps({"table": table.name, **record}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(table: Table, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return len(table.rows)


def export_all(db: Database, folder: Path, fmt: str) -> dict[str, int]:
    """Every table to ``folder/<table>.<fmt>``; returns row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name in TABLES:
        table = read_table(db, name)
        suffix = "jsonl" if fmt == "jsonl" else "csv"
        with (folder / f"{name}.{suffix}").open("w", encoding="utf-8", newline="") as out:
            counts[name] = write_jsonl(table, out) if fmt == "jsonl" else write_csv(table, out)
    return counts
