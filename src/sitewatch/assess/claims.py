"""Claims as the analyst searches them: by speaker, site, kind and date, each cited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..store.db import Database
from .citation import Citation


@dataclass(frozen=True)
class ClaimQuery:
    speaker: str | None = None  # substring of the resolved speaker's name, case-insensitive
    site: str | None = None  # gazetteer id named inside the claim
    kind: str | None = None  # pledge | assertion | assessment | denial | plan | question
    since: str | None = None  # said on or after (ISO date or prefix)
    until: str | None = None  # said on or before
    limit: int = 200


@dataclass(frozen=True)
class ClaimRow:
    speaker: str | None
    speaker_type: str | None
    kind: str | None
    certainty: str | None
    said_on: str | None
    likelihood: dict[str, Any] | None
    content: str | None
    citation: Citation
    clausal: bool = True  # a clause or a quotation, not a bare noun phrase
    content_range: tuple[int, int] | None = None  # the content's offsets in the document

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "citation"}
        data["citation"] = self.citation.to_json()
        return data


def search_claims(db: Database, q: ClaimQuery) -> list[ClaimRow]:
    where, params = ["1 = 1"], []
    if q.speaker:
        where.append("LOWER(c.speaker) LIKE ?")
        params.append(f"%{q.speaker.lower()}%")
    if q.kind:
        where.append("c.kind = ?")
        params.append(q.kind)
    if q.since:
        where.append("c.said_on >= ?")
        params.append(q.since)
    if q.until:
        where.append("c.said_on <= ?")
        params.append(q.until + "\uffff")
    if q.site:
        where.append(
            "EXISTS (SELECT 1 FROM places p WHERE p.doc_id = c.doc_id AND p.site = ?"
            " AND p.start_char >= c.start_char AND p.end_char <= c.end_char)"
        )
        params.append(q.site)
    rows = db.query(
        "SELECT c.doc_id, c.start_char, c.end_char, c.speaker, c.speaker_type, c.kind,"
        " c.certainty, c.said_on, c.content, c.data,"
        " SUBSTR(d.text, c.start_char + 1, c.end_char - c.start_char), d.outlet, d.published,"
        f" d.url FROM claims c JOIN documents d ON d.id = c.doc_id WHERE {' AND '.join(where)}"
        " ORDER BY COALESCE(c.said_on, d.published, '9999'), c.doc_id, c.idx",
        params,
    )
    out = []
    for (
        doc_id,
        start,
        end,
        speaker,
        stype,
        kind,
        certainty,
        said_on,
        content,
        data,
        quote,
        *meta,
    ) in rows[: q.limit]:
        citation = Citation(doc_id, start, end, quote, meta[0], meta[1], meta[2])
        extra = json.loads(data)
        span = extra.get("content") or {}
        out.append(
            ClaimRow(
                speaker, stype, kind, certainty, said_on, extra.get("likelihood"), content,
                citation, bool(extra.get("clausal", True)),
                (int(span["start"]), int(span["end"])) if "start" in span else None,
            )
        )  # fmt: skip
    return out
