"""The event record: what happened where, when, on what basis, how surely, with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class EventDate:
    value: str | None  # TIMEX3-style value ("2018-07", "2018-07-30")
    precision: str | None
    earliest: str | None
    latest: str | None
    # "text" (a time expression of the sentence) | "discourse" (another sentence's date for
    # the same activity at the same site) | "before_publication" (undated, some time before
    # the report) | "publication" | "none"
    basis: str
    text: str | None = None  # the expression, when from the text

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "interval": [self.earliest, self.latest],
            "basis": self.basis,
            "text": self.text,
        }


@dataclass
class Event:
    activity: str
    category: str  # "site" (activity at a site) | "political"
    site: str | None  # gazetteer id
    site_name: str | None
    site_from: str  # "sentence" (named or described in it) | "context" (earlier in the text)
    place: str | None  # a non-site place named with a political event (Singapore)
    actors: list[str]
    date: EventDate
    basis: list[str]
    imagery: dict[str, Any] | None
    certainty: str  # asserted | hedged | planned | negated
    negated: bool
    trigger: tuple[int, int, str]
    evidence: tuple[int, int, str]
    sentence: tuple[int, int] = field(default=(0, 0))

    def to_json(self) -> dict[str, Any]:
        return {
            "activity": self.activity,
            "category": self.category,
            "site": self.site,
            "site_name": self.site_name,
            "site_from": self.site_from,
            "place": self.place,
            "actors": self.actors,
            "date": self.date.to_json(),
            "basis": self.basis,
            "imagery": self.imagery,
            "certainty": self.certainty,
            "negated": self.negated,
            "trigger": {"start": self.trigger[0], "end": self.trigger[1], "text": self.trigger[2]},
            "evidence": {
                "start": self.evidence[0],
                "end": self.evidence[1],
                "text": self.evidence[2],
            },
        }
