"""Site timelines: the dated events at a site, each with certainty, basis, independent
sources and citations.

Independent sources are counted by origin, not by document: a sentence that relies on
a cited outlet ("The Washington Post reported", "according to Reuters", "officials told
the Post") counts as that outlet; otherwise a document counts as the earliest copy of its
near-duplicate group. Ten re-reports of one story are one source.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..link.entities import name_key
from ..store.db import Database
from .citation import Citation

CERTAINTY_ORDER = ("asserted", "hedged", "planned", "negated")
_RELIES = ("reported", "according_to", "cited", "told", "quoted_in")


@dataclass
class TimelineEntry:
    event_id: str
    site: str
    activity: str
    earliest: str | None
    latest: str | None
    certainty: str
    basis: list[str]
    imagery: list[dict[str, Any]]
    independent_sources: int
    origins: list[str]
    reports: int
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "citations"}
        data["citations"] = [c.to_json() for c in self.citations]
        return data


def origin_key(name: str) -> str:
    """One outlet's key however a report names it ("The Washington Post's", "AFP" and
    "Agence France-Presse"): the entity key of an organisation's name."""
    return name_key(name, "ORG")


def mention_origin(db: Database, doc_id: str, start: int, end: int) -> str:
    """Who a sentence's report originally comes from (see the module docstring)."""
    return Origins(db).of(doc_id, start, end)


class Origins:
    """``mention_origin`` for many mentions: each document's cites and fallback outlet are
    read from the store once (a report asks for every member mention of every event)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._docs: dict[str, tuple[list[tuple[int, int, str]], str]] = {}

    def of(self, doc_id: str, start: int, end: int) -> str:
        named, fallback = self._read(doc_id)
        for c_start, c_end, key in named:
            if c_start < end and start < c_end:
                return key
        return fallback

    def _read(self, doc_id: str) -> tuple[list[tuple[int, int, str]], str]:
        if doc_id in self._docs:
            return self._docs[doc_id]
        rows = self.db.query(
            "SELECT start_char, end_char, source, type, relation, via FROM cites WHERE doc_id = ?",
            (doc_id,),
        )
        keyed = [
            (c_start, c_end, origin_key(via or source))
            for c_start, c_end, source, kind, relation, via in rows
            if relation in _RELIES and (via or (source and kind in ("outlet", "agency")))
        ]
        full = _full_names({key for _s, _e, key in keyed})
        named = [(c_start, c_end, full[key]) for c_start, c_end, key in keyed]
        outlets: dict[str, int] = defaultdict(int)
        for _s, _e, key in named:
            outlets[key] += 1
        if outlets:
            fallback = max(sorted(outlets), key=lambda k: outlets[k])
        else:
            original = self.db.scalar(
                "SELECT original_id FROM near_duplicates WHERE doc_id = ?", (doc_id,)
            )
            source_doc = original or doc_id
            outlet = self.db.scalar("SELECT outlet FROM documents WHERE id = ?", (source_doc,))
            fallback = origin_key(outlet) if outlet else f"document {source_doc}"
        self._docs[doc_id] = (named, fallback)
        return named, fallback


def origin_names(db: Database) -> dict[str, str]:
    """How to show each origin key: the spelling the store uses most for that outlet or
    source ("The Washington Post" for ``washington post``), a longer one on a tie."""
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names = [r[0] for r in db.query("SELECT outlet FROM documents WHERE outlet IS NOT NULL")]
    names += [r[0] for r in db.query("SELECT via FROM cites WHERE via IS NOT NULL")]
    names += [
        r[0]
        for r in db.query(
            "SELECT source FROM cites WHERE source IS NOT NULL AND type IN ('outlet', 'agency')"
        )
    ]
    for name in names:
        shown = str(name).strip()
        if shown.startswith("the "):  # "the website 38 North" is not how the outlet is named
            shown = shown[4:]
        spellings[origin_key(shown)][shown] += 1
    return {
        key: max(forms, key=lambda f: (forms[f], any(c.isupper() for c in f), len(f), f))
        for key, forms in spellings.items()
    }


def shown_origins(keys: set[str], names: dict[str, str]) -> list[str]:
    """Origin keys as the report shows them, sorted."""
    return sorted(names.get(k, k) for k in keys)


def _full_names(keys: set[str]) -> dict[str, str]:
    """Within one document, a short name stands for the longer one it ends ("post" for
    "washington post")."""
    return {
        key: max((k for k in keys if k == key or k.endswith(" " + key)), key=len) for key in keys
    }


def site_timeline(
    db: Database, site: str, citations: int = 5, names: dict[str, str] | None = None,
    origins: Origins | None = None,
) -> list[TimelineEntry]:
    """The site's events in date order. ``names`` (``origin_names``) and ``origins`` may be
    passed when several timelines are built at once, so that they are read only once."""
    events = db.query(
        "SELECT id, site, activity, earliest, latest FROM site_events WHERE site = ?"
        " ORDER BY COALESCE(earliest, '9999'), activity, id",
        (site,),
    )
    names = origin_names(db) if names is None else names
    origins = Origins(db) if origins is None else origins
    return [_entry(db, row, citations, names, origins) for row in events]


def sites_with_events(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT site FROM site_events ORDER BY site")]


def _entry(
    db: Database, row: tuple[Any, ...], limit: int, names: dict[str, str], reader: Origins
) -> TimelineEntry:
    event_id, site, activity, earliest, latest = row
    mentions = db.query(
        "SELECT e.doc_id, e.start_char, e.end_char, e.certainty, e.basis, e.data,"
        " SUBSTR(d.text, e.start_char + 1, e.end_char - e.start_char), d.outlet, d.published, d.url"
        " FROM event_mentions m JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx"
        " JOIN documents d ON d.id = e.doc_id WHERE m.event_id = ?"
        " ORDER BY COALESCE(d.published, '9999'), e.doc_id, e.start_char",
        (event_id,),
    )
    certainties = {m[3] for m in mentions}
    certainty = next((c for c in CERTAINTY_ORDER if c in certainties), "asserted")
    basis = sorted({b for m in mentions for b in (m[4] or "").split(",") if b})
    imagery = [i for m in mentions if (i := json.loads(m[5]).get("imagery"))]
    origins = shown_origins({reader.of(m[0], m[1], m[2]) for m in mentions}, names)
    cites: list[Citation] = []
    seen_docs: set[str] = set()
    for doc_id, start, end, _c, _b, _d, quote, outlet, published, url in mentions:
        if doc_id in seen_docs or len(cites) >= limit:
            continue
        seen_docs.add(doc_id)
        cites.append(Citation(doc_id, start, end, quote, outlet, published, url))
    return TimelineEntry(
        event_id=event_id, site=site, activity=activity, earliest=earliest, latest=latest,
        certainty=certainty, basis=basis, imagery=imagery, independent_sources=len(origins),
        origins=origins, reports=len({m[0] for m in mentions}), citations=cites,
    )  # fmt: skip
