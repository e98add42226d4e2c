"""How each kind of fact the stages produce is stored: one table per kind.

Every row keeps its provenance (``doc_id``, ``start_char``, ``end_char``) and the full
record as JSON in ``data``; the other columns are there to search and join on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Analysis, JSONDict

Row = tuple[Any, ...]


def _span(item: JSONDict) -> tuple[int, int]:
    """The extent of an item: its own offsets, or those of its parts (claims)."""
    if "start" in item and "end" in item:
        return int(item["start"]), int(item["end"])
    parts = [
        item[k] for k in ("source", "cue", "content", "evidence") if isinstance(item.get(k), dict)
    ]
    starts = [int(p["start"]) for p in parts if p.get("start") is not None]
    ends = [int(p["end"]) for p in parts if p.get("end") is not None]
    return (min(starts), max(ends)) if starts else (0, 0)


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("text") or value.get("name") or value.get("value")
    return None if value is None else str(value)


def _times(t: JSONDict) -> Row:
    interval = t.get("interval") or [None, None]
    return (t.get("text", ""), t.get("type"), t.get("value"), t.get("precision"), *interval[:2])


def _places(p: JSONDict) -> Row:
    return (
        p.get("text", ""), p.get("site"), p.get("geonames_id"), p.get("name"), p.get("country"),
        p.get("lat"), p.get("lon"), p.get("kind"), p.get("role"), p.get("confidence"),
    )  # fmt: skip


def _claims(c: JSONDict) -> Row:
    speaker = c.get("speaker") or {}
    return (
        speaker.get("name"), speaker.get("type"), c.get("kind"), c.get("certainty"),
        _text(c.get("said_on")), _text(c.get("content")),
    )  # fmt: skip


def _cites(c: JSONDict) -> Row:
    return (_text(c.get("source")), c.get("type"), c.get("relation"), _text(c.get("via")))


def _events(e: JSONDict) -> Row:
    date = e.get("date") or {}
    interval = date.get("interval") or [None, None]
    return (
        e.get("activity"), e.get("category"), e.get("site"), date.get("value"), interval[0],
        interval[1], date.get("precision"), e.get("certainty"), int(bool(e.get("negated"))),
        ",".join(e.get("basis") or []),
    )  # fmt: skip


@dataclass(frozen=True)
class FactKind:
    field: str  # the Analysis attribute
    table: str
    columns: tuple[str, ...]  # besides doc_id, idx, start_char, end_char, data
    row: Callable[[JSONDict], Row]
    span: Callable[[JSONDict], tuple[int, int]] = _span

    def insert_sql(self) -> str:
        names = ("doc_id", "idx", "start_char", "end_char", *self.columns, "data")
        return (
            f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            " ON CONFLICT DO NOTHING"
        )

    def rows(self, analysis: Analysis) -> list[Row]:
        out = []
        for idx, item in enumerate(getattr(analysis, self.field)):
            start, end = self.span(item)
            data = json.dumps(item, ensure_ascii=False, sort_keys=True)
            out.append((analysis.document.id, idx, start, end, *self.row(item), data))
        return out


def _event_span(e: JSONDict) -> tuple[int, int]:
    evidence = e.get("evidence") or {}
    return int(evidence.get("start", 0)), int(evidence.get("end", 0))


FACT_KINDS: tuple[FactKind, ...] = (
    FactKind(
        "times", "times", ("text", "type", "value", "precision", "earliest", "latest"), _times
    ),
    FactKind(
        "places",
        "places",
        (
            "text",
            "site",
            "geonames_id",
            "name",
            "country",
            "lat",
            "lon",
            "kind",
            "role",
            "confidence",
        ),
        _places,
    ),
    FactKind(
        "claims",
        "claims",
        ("speaker", "speaker_type", "kind", "certainty", "said_on", "content"),
        _claims,
    ),
    FactKind("cites", "cites", ("source", "type", "relation", "via"), _cites),
    FactKind(
        "events",
        "events",
        (
            "activity",
            "category",
            "site",
            "date_value",
            "earliest",
            "latest",
            "precision",
            "certainty",
            "negated",
            "basis",
        ),
        _events,
        _event_span,
    ),
)
