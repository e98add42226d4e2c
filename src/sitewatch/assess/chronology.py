"""The chronology of political and military events around the sites: summits and talks,
pledges, sanctions, inspections and launches, each with its date, whether it happened, is
possible or is planned, who took part, where, how many independent sources report it, and
the sentences that do.

Mentions are grouped at read time, so the chronology is always the store's present state:

- only mentions whose date the text states are used (a date read from the sentence or
  the paragraph, absolute or relative); a mention dated only by its report's publication
  date is usually background ("the North has conducted many launches") and is left out,
  as are mentions dated to a year or a season: a chronology line needs a usable date;
- a mention dated to the day joins the mentions of its kind on that day, and days of one
  kind within three days at the same place make one span (a two-day summit);
- a mention dated only to the month joins the one span of its kind in that month when
  there is exactly one ("the summit last month" is the June 12 summit when the store
  knows only one June summit), else it makes a line for the month.

A line *happened* when any of its mentions asserts it, is *possible* when its mentions
only hedge it, and *planned* when all of them speak of it as ahead. Independent sources are
counted by origin, as for site timelines (a re-report of one outlet's story counts once).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..store.db import Database
from .actors import ActorIndex, build_actor_index
from .citation import Citation, cite_first
from .timeline import Origins, origin_key, origin_names, shown_origins

CATEGORIES = ("political", "military")
_DATED = ("day", "month")
SPAN_GAP_DAYS = 2


@dataclass(frozen=True)
class ChronologyMention:
    doc_id: str
    start: int
    end: int
    category: str
    activity: str
    value: str
    precision: str
    certainty: str
    place: str | None
    actors: tuple[str, ...]


@dataclass
class ChronologyEntry:
    category: str
    activity: str
    start: str  # YYYY-MM-DD, or YYYY-MM for a line dated to the month
    end: str
    status: str  # happened | possible | planned
    place: str | None
    actors: list[str]
    reports: int
    independent_sources: int
    origins: list[str]
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "citations"}
        data["citations"] = [c.to_json() for c in self.citations]
        return data


def chronology_mentions(db: Database) -> list[ChronologyMention]:
    """The stored political and military event mentions dated to a day or a month."""
    marks = ",".join("?" * len(CATEGORIES))
    rows = db.query(
        "SELECT doc_id, start_char, end_char, category, activity, date_value, precision,"
        " certainty, data FROM events"
        f" WHERE category IN ({marks}) AND negated = 0 AND date_value IS NOT NULL",
        CATEGORIES,
    )
    out: list[ChronologyMention] = []
    for doc_id, start, end, category, activity, value, precision, certainty, data in rows:
        extra = json.loads(data)
        if precision not in _DATED or (extra.get("date") or {}).get("basis") == "publication":
            continue
        out.append(
            ChronologyMention(
                str(doc_id),
                int(start),
                int(end),
                str(category),
                str(activity),
                str(value)[: 10 if precision == "day" else 7],
                str(precision),
                str(certainty),
                extra.get("place"),
                tuple(str(a) for a in extra.get("actors") or ()),
            )
        )
    return out


Span = tuple[str, str, str, str]  # category, activity, first day or month, last


def group_mentions(mentions: list[ChronologyMention]) -> dict[Span, list[ChronologyMention]]:
    """Mentions grouped into dated lines as the module docstring says."""
    by_day: dict[tuple[str, str], dict[str, list[ChronologyMention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for m in mentions:
        if m.precision == "day":
            by_day[(m.category, m.activity)][m.value].append(m)
    groups: dict[Span, list[ChronologyMention]] = {}
    spans_in_month: dict[tuple[str, str, str], list[Span]] = defaultdict(list)
    for (category, activity), days in by_day.items():
        for first, last, members in _spans(days):
            key = (category, activity, first, last)
            groups[key] = members
            for month in {first[:7], last[:7]}:
                spans_in_month[(category, activity, month)].append(key)
    for m in mentions:
        if m.precision != "month":
            continue
        spans = spans_in_month.get((m.category, m.activity, m.value), [])
        key = spans[0] if len(spans) == 1 else (m.category, m.activity, m.value, m.value)
        groups.setdefault(key, []).append(m)
    return groups


def _spans(
    days: dict[str, list[ChronologyMention]],
) -> list[tuple[str, str, list[ChronologyMention]]]:
    """Runs of days at most ``SPAN_GAP_DAYS`` after the run's first day whose places
    agree (or are unknown)."""
    out: list[tuple[str, str, list[ChronologyMention]]] = []
    for day in sorted(days):
        place = _commonest(m.place for m in days[day] if m.place)
        if out:
            first, _last, members = out[-1]
            before = _commonest(m.place for m in members if m.place)
            near = (date.fromisoformat(day) - date.fromisoformat(first)).days <= SPAN_GAP_DAYS
            if near and (place is None or before is None or place == before):
                out[-1] = (first, day, members + days[day])
                continue
        out.append((day, day, list(days[day])))
    return out


def build_chronology(
    db: Database,
    per_entry: int = 3,
    names: dict[str, str] | None = None,
    actors: ActorIndex | None = None,
    reader: Origins | None = None,
) -> list[ChronologyEntry]:
    """The chronology, oldest first, each entry with up to ``per_entry`` citations from
    different documents."""
    entries: list[ChronologyEntry] = []
    names = origin_names(db) if names is None else names
    actors = build_actor_index(db) if actors is None else actors
    reader = Origins(db) if reader is None else reader
    for (category, activity, first, last), members in group_mentions(
        chronology_mentions(db)
    ).items():
        origins = shown_origins(
            {reader.of(m.doc_id, m.start, m.end) for m in members}, names
        )
        place = _commonest(m.place for m in members if m.place)
        entries.append(
            ChronologyEntry(
                category=category,
                activity=activity,
                start=first,
                end=last,
                status=_status({m.certainty for m in members}),
                place=place,
                actors=_main_actors(members, actors, place, {origin_key(o) for o in origins}),
                reports=len({m.doc_id for m in members}),
                independent_sources=len(origins),
                origins=origins,
                citations=_citations(db, members, per_entry),
            )
        )
    entries.sort(key=lambda e: (e.start, e.end, e.category, e.activity))
    return entries


def _status(certainties: set[str]) -> str:
    if "asserted" in certainties:
        return "happened"
    return "possible" if "hedged" in certainties else "planned"


def _commonest(values: Any) -> str | None:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v)) if counts else None


def _main_actors(
    members: list[ChronologyMention],
    actors: ActorIndex,
    place: str | None,
    reporters: set[str],
    limit: int = 4,
) -> list[str]:
    """The actors named most often in the line's mentions, each once under its report name
    ("Kim" and "Kim Jong-un" are Kim Jong Un; "Washington" said is the United States); not
    nationality adjectives, places named as locations, the line's own place, or an outlet
    that reports the line (``reporters``: origin keys; NPR reporting a launch is no party
    to it)."""
    counts: Counter[str] = Counter()
    for m in members:
        counts.update({k for a in m.actors if (k := actors.key(m.doc_id, a)) is not None})
    ranked = sorted(counts, key=lambda k: (-counts[k], actors.shown[k]))
    shown = [actors.shown[k] for k in ranked]
    return [a for a in shown if a != place and origin_key(a) not in reporters][:limit]


def _citations(db: Database, members: list[ChronologyMention], limit: int) -> list[Citation]:
    out = cite_first(db, sorted((m.doc_id, m.start) for m in members), limit)
    out.sort(key=lambda c: (c.published or "", c.doc_id))
    return out
