"""Calendar granules: a TIMEX3 value with its precision and the days it covers.

``Granule("2018-W30", "week", 2018-07-23, 2018-07-29)``. Every constructor returns
``None`` instead of raising when the date would fall off the calendar (year 0, 10000,
February 30), so that no input can crash the stage.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MIN_YEAR = 1
MAX_YEAR = 9998

# Coarse to fine; a granule's precision is one of these.
PRECISIONS = ("century", "decade", "year", "half", "season", "quarter", "month",
              "week", "weekend", "day", "part-of-day", "hour", "minute", "second")
RANK = {name: i for i, name in enumerate(PRECISIONS)}

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Granule:
    value: str
    precision: str
    earliest: date
    latest: date


def _safe(year: int, month: int = 1, day: int = 1) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day(d: date | None) -> Granule | None:
    if d is None:
        return None
    return Granule(d.isoformat(), "day", d, d)


def day_of(year: int, month: int, dom: int) -> Granule | None:
    return day(_safe(year, month, dom))


def month(year: int, month_no: int) -> Granule | None:
    first = _safe(year, month_no, 1)
    if first is None:
        return None
    last = first.replace(day=calendar.monthrange(year, month_no)[1])
    return Granule(f"{year:04d}-{month_no:02d}", "month", first, last)


def year(y: int) -> Granule | None:
    first, last = _safe(y, 1, 1), _safe(y, 12, 31)
    if first is None or last is None:
        return None
    return Granule(f"{y:04d}", "year", first, last)


def week(y: int, w: int, weekend: bool = False) -> Granule | None:
    try:
        monday = date.fromisocalendar(y, w, 1)
        sunday = date.fromisocalendar(y, w, 7)
    except ValueError:
        return None
    if weekend:
        return Granule(f"{y:04d}-W{w:02d}-WE", "weekend", sunday - timedelta(days=1), sunday)
    return Granule(f"{y:04d}-W{w:02d}", "week", monday, sunday)


def quarter(y: int, q: int) -> Granule | None:
    first, last = _safe(y, 3 * q - 2, 1), month(y, 3 * q) if 1 <= q <= 4 else None
    if first is None or last is None:
        return None
    return Granule(f"{y:04d}-Q{q}", "quarter", first, last.latest)


def half(y: int, h: int) -> Granule | None:
    first, last = _safe(y, 6 * h - 5, 1), month(y, 6 * h) if h in (1, 2) else None
    if first is None or last is None:
        return None
    return Granule(f"{y:04d}-H{h}", "half", first, last.latest)


def season(y: int, code: str) -> Granule | None:
    start_month, end_month = SEASON_MONTHS[code]
    first = _safe(y, start_month, 1)
    last = month(y + 1 if end_month < start_month else y, end_month)
    if first is None or last is None:
        return None
    return Granule(f"{y:04d}-{code}", "season", first, last.latest)


def decade(first_year: int) -> Granule | None:
    first, last = _safe(first_year, 1, 1), _safe(first_year + 9, 12, 31)
    if first is None or last is None or first_year % 10:
        return None
    return Granule(f"{first_year // 10:03d}", "decade", first, last)


def century(number: int) -> Granule | None:
    """The ``number``-th century, TIMEX3 style: the 20th century is ``19`` (1900-1999)."""
    first, last = _safe((number - 1) * 100 or 1, 1, 1), _safe((number - 1) * 100 + 99, 12, 31)
    if first is None or last is None:
        return None
    return Granule(f"{number - 1:02d}", "century", first, last)


def clock(d: date, hour: int, minute: int | None) -> Granule | None:
    if not (0 <= hour <= 24 and (minute is None or 0 <= minute <= 59)):
        return None
    hh = f"{hour:02d}:{minute or 0:02d}"
    precision = "hour" if minute is None else "minute"
    return Granule(f"{d.isoformat()}T{hh}", precision, d, d)


def part_of_day(d: date, code: str) -> Granule:
    return Granule(f"{d.isoformat()}T{code}", "part-of-day", d, d)


def containing(precision: str, d: date) -> Granule | None:
    """The granule of ``precision`` that contains day ``d``."""
    if precision in ("day", "part-of-day", "hour", "minute", "second"):
        return day(d)
    if precision in ("week", "weekend"):
        iso = d.isocalendar()
        return week(iso.year, iso.week, precision == "weekend")
    if precision == "month":
        return month(d.year, d.month)
    if precision == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if precision == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if precision == "season":
        code = next(c for c, (a, b) in SEASON_MONTHS.items() if a <= d.month <= b or (
            a > b and (d.month >= a or d.month <= b)))
        return season(d.year - 1 if code == "WI" and d.month <= 2 else d.year, code)
    if precision == "decade":
        return decade(d.year - d.year % 10)
    if precision == "century":
        return century(d.year // 100 + 1)
    return year(d.year)


def add(d: date, amount: int, unit: str) -> date | None:
    """``d`` moved by ``amount`` units (day, week, month, quarter, year, ...); None off-calendar."""
    try:
        if unit in ("day", "night", "part-of-day", "hour", "minute", "second"):
            return d + timedelta(days=amount)
        if unit in ("week", "weekend", "fortnight"):
            return d + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
    except OverflowError:
        return None
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12,
              "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return None
    total = d.year * 12 + d.month - 1 + amount * months
    y, m = divmod(total, 12)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shifted(anchor: date, amount: int, unit: str, precision: str | None = None) -> Granule | None:
    """The granule of ``precision`` (default: the unit) ``amount`` units from ``anchor``."""
    moved = add(anchor, amount, unit)
    if moved is None:
        return None
    return containing(precision or unit, moved)


def shift_granule(granule: Granule, amount: int, unit: str) -> Granule | None:
    """``granule`` moved by ``amount`` units, keeping its own precision ("1998-Q3" - 1 year)."""
    moved = add(granule.earliest, amount, unit)
    if moved is None:
        return None
    if granule.precision in ("part-of-day", "hour", "minute"):
        return day(moved)
    return containing(granule.precision, moved)


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def from_value(value: str | None) -> Granule | None:
    """The granule a TIMEX3 date value denotes (``2018-06``, ``2018-W30``, ``199``...)."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):
        return decade(int(value) * 10)
    if re.fullmatch(r"\d{2}", value):
        return century(int(value) + 1)
    m = _VALUE.match(value)
    if m is None:
        return None
    y = int(m["y"])
    if m["d"]:
        return day_of(y, int(m["m"]), int(m["d"]))
    if m["m"]:
        return month(y, int(m["m"]))
    if m["w"]:
        return week(y, int(m["w"]), bool(m["we"]))
    if m["q"]:
        return quarter(y, int(m["q"]))
    if m["h"]:
        return half(y, int(m["h"]))
    if m["s"]:
        return season(y, m["s"])
    return year(y)


def narrowed(granule: Granule, position: str) -> tuple[date, date]:
    """The part of ``granule`` that START / MID / END (early, mid, late) picks: a third of it."""
    span = (granule.latest - granule.earliest).days + 1
    third = max(span // 3, 1)
    if position == "START":
        return granule.earliest, granule.earliest + timedelta(days=third - 1)
    if position == "END":
        return granule.latest - timedelta(days=third - 1), granule.latest
    if position == "MID":
        first = granule.earliest + timedelta(days=third)
        return first, min(first + timedelta(days=third - 1), granule.latest)
    return granule.earliest, granule.latest
