"""The records of the time stage: a handler's reading, and the expression it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .granule import Granule

TYPES = ("DATE", "TIME", "DURATION", "SET")
BASES = ("absolute", "relative-publication", "relative-expression", "relative-unanchored")
MODS = ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END", "APPROX",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")
# Values that name no calendar date: the TIMEX3 vague references.
VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")

Interval = tuple[date | None, date | None]


@dataclass
class Reading:
    """What a rule made of a match, before offsets and context-wide adjustments."""

    type: str
    value: str | None
    precision: str | None
    basis: str = "absolute"
    granule: Granule | None = None  # the calendar span of ``value``, when it has one
    anchor: str | None = None  # the value the reading was resolved against
    mod: str | None = None
    interval: Interval | None = None  # set only when it differs from the granule's span
    future: bool = False
    reference: bool = True  # may later expressions be resolved against this one?
    start: int | None = None  # a narrower start than the match's, when the rule says so
    tentative: bool = False  # a first look that needs the context: dropped if not confirmed


@dataclass
class TimeExpression:
    """A time expression found in a document, normalised to a TIMEX3-style value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    precision: str | None
    basis: str
    anchor: str | None = None
    mod: str | None = None
    future: bool = False
    interval: Interval | None = None
    rule: str = field(default="", compare=False)  # the rule that matched: for debugging
    granule: Granule | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        interval = None
        if self.interval is not None:
            interval = [d.isoformat() if d else None for d in self.interval]
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "precision": self.precision,
            "basis": self.basis,
            "anchor": self.anchor,
            "mod": self.mod,
            "future": self.future,
            "interval": interval,
        }
