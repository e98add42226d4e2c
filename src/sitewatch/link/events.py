"""Cross-document event linking: reports of the same activity at the same site in the
same period become one site event, with every supporting sentence kept.

Incremental: a new document's event mentions are matched against the site events of
the same site and activity whose period lies near theirs, through one indexed query
each, so adding a document costs the same whatever the store holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Document
from ..store.db import Database

WINDOW_DAYS = 45  # mentions this close to an event's period join it
PRECISE_DAYS = 62  # a mention dated to a span this short (a month or less) may set the period
# site_events.span_days: the span of the narrowest mention that set the period; an event
# whose period came only from coarse mentions ("this year") has a span over PRECISE_DAYS.


@dataclass(frozen=True)
class SiteEventLinker:
    window_days: int = WINDOW_DAYS

    def __call__(self, db: Database, document: Document) -> None:
        mentions = db.query(
            "SELECT idx, site, activity, earliest, latest, date_value FROM events"
            " WHERE doc_id = ? AND category = 'site' AND site IS NOT NULL AND negated = 0"
            " AND certainty <> 'planned'"
            " ORDER BY idx",
            (document.id,),
        )
        for idx, site, activity, earliest, latest, value in mentions:
            if earliest is None and value is None:  # "which it had dismantled", "in the past"
                event_id = _match_earlier(db, site, self.activities(activity), latest)
                if event_id is not None:
                    _mention(db, document.id, idx, event_id)
                continue
            earliest = earliest or latest  # "before June 30": by June 30
            latest = latest or earliest
            candidates = self.candidates(db, site, activity, earliest, latest)
            event_id = self.choose(db, document.id, idx, candidates)
            if event_id is None:
                event_id = _event_id(document.id, idx)
                db.execute(
                    "INSERT INTO site_events (id, site, activity, earliest, latest, span_days)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (event_id, site, activity, earliest, latest, _span(earliest, latest)),
                )
            else:
                _adjust(db, event_id, earliest, latest)
            _mention(db, document.id, idx, event_id)

    def activities(self, activity: str) -> tuple[str, ...]:
        """The activities whose events a mention of ``activity`` may join: its own."""
        return (activity,)

    def candidates(
        self, db: Database, site: str, activity: str, earliest: str | None, latest: str | None
    ) -> list[str]:
        """The events of the site and activity whose period lies within the window of the
        mention's, nearest centre first (one indexed query)."""
        if earliest is None or latest is None:
            return []
        low = _shift(earliest, -self.window_days)
        high = _shift(latest, self.window_days)
        activities = self.activities(activity)
        marks = ",".join("?" * len(activities))
        rows = db.query(
            "SELECT id, earliest, latest FROM site_events WHERE site = ?"
            f" AND activity IN ({marks}) AND earliest IS NOT NULL AND earliest <= ?"
            " AND latest >= ? ORDER BY earliest, id",
            (site, *activities, high, low),
        )
        centre = _day(earliest) + (_day(latest) - _day(earliest)) / 2
        rows.sort(key=lambda r: (abs(_day(r[1]) + (_day(r[2]) - _day(r[1])) / 2 - centre), r[0]))
        return [str(r[0]) for r in rows]

    def choose(self, db: Database, doc_id: str, idx: int, candidates: list[str]) -> str | None:
        """The event the mention (``doc_id``, ``idx``) joins: the nearest candidate.

        Measured alternative (``bench/site_linking.py``): letting the coreference pair
        model choose among the candidates scored lower on the gold clusters, so it is not
        used."""
        return candidates[0] if candidates else None


def _mention(db: Database, doc_id: str, idx: int, event_id: str) -> None:
    db.execute(
        "INSERT INTO event_mentions (doc_id, idx, event_id) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (doc_id, idx, event_id),
    )


def _match_earlier(
    db: Database, site: str, activities: tuple[str, ...], by: str | None
) -> str | None:
    """A mention with no date of its own (a pluperfect "had dismantled", "in recent
    years") joins the latest known event of its site and activity that began by ``by``
    (the report's date); it never starts an undated event of its own."""
    marks = ",".join("?" * len(activities))
    rows = db.query(
        f"SELECT id FROM site_events WHERE site = ? AND activity IN ({marks})"
        " AND earliest IS NOT NULL AND earliest <= ? ORDER BY latest DESC, id LIMIT 1",
        (site, *activities, by or "9999-12-31"),
    )
    return str(rows[0][0]) if rows else None


def _adjust(db: Database, event_id: str, earliest: str | None, latest: str | None) -> None:
    """A precise mention narrows an event known only coarsely, or widens a precise one;
    a coarse mention ("this year") joins without changing the period."""
    span = _span(earliest, latest)
    if earliest is None or latest is None or span is None or span > PRECISE_DAYS:
        return
    row = db.query("SELECT earliest, latest, span_days FROM site_events WHERE id = ?", (event_id,))
    old_earliest, old_latest, old_span = row[0]
    if old_span is None or old_span > PRECISE_DAYS:
        new, narrowest = (earliest, latest), span
    else:
        new, narrowest = (min(old_earliest, earliest), max(old_latest, latest)), min(old_span, span)
    db.execute(
        "UPDATE site_events SET earliest = ?, latest = ?, span_days = ? WHERE id = ?",
        (*new, narrowest, event_id),
    )


def _span(earliest: str | None, latest: str | None) -> int | None:
    if earliest is None or latest is None:
        return None
    return (_day(latest) - _day(earliest)).days + 1


def _event_id(doc_id: str, idx: int) -> str:
    return hashlib.sha256(f"{doc_id}:{idx}".encode()).hexdigest()[:16]


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _shift(iso: str, days: int) -> str:
    return (_day(iso) + timedelta(days=days)).isoformat()
