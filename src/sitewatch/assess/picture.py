"""The situation picture: what the report shows, as data, every line citable.

Independent sources are counted by near-duplicate group: a syndicated copy of
a wire story is not a second source.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..link.entities import Mention, resolve
from ..store.db import Database
from .actors import ActorIndex, build_actor_index, fullest
from .chronology import ChronologyEntry, build_chronology
from .citation import Citation, cite_first
from .claims import ClaimQuery, ClaimRow, search_claims
from .timeline import Origins, TimelineEntry, origin_names, site_timeline, sites_with_events


@dataclass
class Actor:
    name: str
    label: str
    mentions: int
    documents: int
    independent_sources: int
    first_seen: str | None
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "citations"}
        data["citations"] = [c.to_json() for c in self.citations]
        return data


@dataclass(frozen=True)
class ReportDoc:
    id: str
    published: str | None
    outlet: str | None
    title: str | None
    url: str | None
    language: str | None
    copy_of: str | None


@dataclass
class OutletSummary:
    outlet: str
    documents: int
    originals: int
    copies: int


@dataclass
class Picture:
    store: str
    documents: list[ReportDoc]
    independent_sources: int
    first_date: str | None
    last_date: str | None
    outlets: list[OutletSummary]
    actors: list[Actor]
    copy_groups: list[list[ReportDoc]]
    failures: int
    input_errors: int
    timelines: dict[str, list[TimelineEntry]] = field(default_factory=dict)
    claims: dict[str, list[ClaimRow]] = field(default_factory=dict)
    site_names: dict[str, str] = field(default_factory=dict)
    chronology: list[ChronologyEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "documents": [d.__dict__ for d in self.documents],
            "independent_sources": self.independent_sources,
            "period": [self.first_date, self.last_date],
            "outlets": [o.__dict__ for o in self.outlets],
            "actors": [a.to_json() for a in self.actors],
            "copy_groups": [[d.__dict__ for d in g] for g in self.copy_groups],
            "failures": self.failures,
            "input_errors": self.input_errors,
            "claims": {s: [c.to_json() for c in rows] for s, rows in self.claims.items()},
            "sites": {
                site: {
                    "name": self.site_names.get(site, site),
                    "timeline": [e.to_json() for e in t],
                }
                for site, t in self.timelines.items()
            },
            "chronology": [e.to_json() for e in self.chronology],
        }


def build_picture(db: Database, top_actors: int = 25, citations_per_actor: int = 3) -> Picture:
    docs = [
        ReportDoc(*r)
        for r in db.query(
            "SELECT d.id, d.published, d.outlet, d.title, d.url, d.language, n.original_id"
            " FROM documents d LEFT JOIN near_duplicates n ON n.doc_id = d.id"
            " ORDER BY COALESCE(d.published, '9999'), d.id"
        )
    ]
    dates = sorted(d.published for d in docs if d.published)
    names = origin_names(db)
    actors = build_actor_index(db)
    origins = Origins(db)
    return Picture(
        store=db.location,
        documents=docs,
        independent_sources=sum(1 for d in docs if d.copy_of is None),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        outlets=_outlets(docs),
        actors=_actors(db, actors, docs, top_actors, citations_per_actor),
        copy_groups=_copy_groups(docs),
        failures=int(db.scalar("SELECT COUNT(*) FROM failures") or 0),
        input_errors=int(db.scalar("SELECT COUNT(*) FROM input_errors") or 0),
        timelines={
            site: site_timeline(db, site, names=names, origins=origins)
            for site in sites_with_events(db)
        },
        claims=_claims_by_speaker(db, actors),
        chronology=build_chronology(db, names=names, actors=actors, reader=origins),
        site_names=dict(
            (r[0], r[1])
            for r in db.query(
                "SELECT site, MIN(name) FROM places WHERE site IS NOT NULL GROUP BY site"
            )
        ),
    )


def _outlets(docs: list[ReportDoc]) -> list[OutletSummary]:
    table: dict[str, OutletSummary] = {}
    for doc in docs:
        name = doc.outlet or "(unknown outlet)"
        row = table.setdefault(name, OutletSummary(name, 0, 0, 0))
        row.documents += 1
        if doc.copy_of:
            row.copies += 1
        else:
            row.originals += 1
    return sorted(table.values(), key=lambda o: (-o.documents, o.outlet))


def _copy_groups(docs: list[ReportDoc]) -> list[list[ReportDoc]]:
    by_id = {d.id: d for d in docs}
    groups: dict[str, list[ReportDoc]] = defaultdict(list)
    for doc in docs:
        if doc.copy_of:
            groups[doc.copy_of].append(doc)
    return [[by_id[orig], *copies] for orig, copies in sorted(groups.items()) if orig in by_id]


def _actors(
    db: Database, index: ActorIndex, docs: list[ReportDoc], limit: int, per_actor: int
) -> list[Actor]:
    origin = {d.id: d.copy_of or d.id for d in docs}
    dated = {d.id: d.published for d in docs}
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in index.mentions:
        grouped[index.keys[m]].append(m)
    actors: list[Actor] = []
    for key, mentions in grouped.items():
        labels: dict[str, int] = defaultdict(int)
        for m in mentions:
            labels[m.label] += 1
        doc_ids = {m.doc_id for m in mentions}
        seen = sorted(d for d in (dated.get(i) for i in doc_ids) if d)
        actors.append(
            Actor(
                name=index.shown[key],
                label=max(labels, key=lambda k: labels[k]),
                mentions=len(mentions),
                documents=len(doc_ids),
                independent_sources=len({origin.get(i, i) for i in doc_ids}),
                first_seen=seen[0] if seen else None,
                citations=_cite(db, mentions, per_actor),
            )
        )
    actors.sort(key=lambda a: (-a.independent_sources, -a.mentions, a.name))
    return actors[:limit]


def _cite(db: Database, mentions: list[Mention], limit: int) -> list[Citation]:
    """Sentences around the first mentions, one per document, earliest documents first."""
    return cite_first(db, sorted((m.doc_id, m.start) for m in mentions), limit)


def _claims_by_speaker(
    db: Database, actors: ActorIndex, speakers: int = 15, per_speaker: int = 6
) -> dict[str, list[ClaimRow]]:
    """The named speakers with the most claims, each with their claims in date order.

    Speakers are resolved like actors ("Kim Jong-un" = "Kim Jong Un" = "Kim" where the
    document names him in full) and shown under their fullest common name. Only
    statements are listed: clausal claims ("said that the site was active", quotations),
    not bare noun phrases ("welcomed the closure"), and not a claim reported inside
    another claim of the same speaker in the same sentence (the outer one is shown)."""
    rows = [
        row
        for row in search_claims(db, ClaimQuery(limit=100_000))
        if row.speaker
        and row.speaker_type not in ("anonymous", "unknown")
        and _is_name(row.speaker)
        and row.clausal
    ]
    mentions = [
        Mention(
            r.citation.doc_id,
            r.citation.start,
            r.citation.end,
            _SPEAKER_LABELS.get(r.speaker_type or "", "ORG"),
            r.speaker or "",
        )
        for r in rows
    ]
    keys = resolve(mentions)
    for mention in mentions:  # a speaker the report also lists as an actor is that actor
        actor = actors.key(mention.doc_id, mention.text)
        if actor is not None:
            keys[mention] = actor
    per_document: dict[tuple[str, str], list[ClaimRow]] = defaultdict(list)
    for row, mention in zip(rows, mentions, strict=True):
        per_document[(keys[mention], row.citation.doc_id)].append(row)
    grouped: dict[str, list[ClaimRow]] = defaultdict(list)
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row, mention in zip(rows, mentions, strict=True):
        if _nested(row, per_document[(keys[mention], row.citation.doc_id)]):
            continue
        grouped[keys[mention]].append(row)
        names[keys[mention]][mention.text] += 1
    shown = {key: actors.shown.get(key) or fullest(counts) for key, counts in names.items()}
    top = sorted(grouped, key=lambda k: (-len(grouped[k]), shown[k]))[:speakers]
    return {shown[k]: grouped[k][:per_speaker] for k in top}


# a government speaker is resolved like a GPE actor: "Pyongyang" is North Korea's government
_SPEAKER_LABELS = {"person": "PERSON", "government": "GPE"}


def _nested(row: ClaimRow, same_speaker: list[ClaimRow]) -> bool:
    """``row``'s content lies inside the content of another claim of the same speaker
    (``same_speaker``: that speaker's claims in the same document): "said sanctions would
    remain until he was satisfied that ..." holds "that ... had ceased to be a factor"."""
    if row.content_range is None:
        return False
    start, end = row.content_range
    return any(
        other is not row
        and other.content_range is not None
        and other.content_range[0] <= start
        and end <= other.content_range[1]
        and other.content_range != row.content_range
        for other in same_speaker
    )


def _is_name(speaker: str) -> bool:
    """A name ("The Washington Post", "KCNA"), not a description ("The report", "he")."""
    words = speaker.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return any(ch.isupper() for word in words for ch in word)


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"}
)
