"""Publication dates from metadata strings, with their precision."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..model import PublishedDate

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


def parse_published(raw: str | None, basis: str = "metadata") -> PublishedDate | None:
    """A :class:`PublishedDate`, or ``None`` when ``raw`` is no plausible date.

    Accepts ISO 8601 dates and timestamps, RFC 822 (feeds and HTTP), and
    ``YYYY-MM`` / ``YYYY`` for reports dated only to the month or year.
    The date is the calendar date as written (no time-zone shift).
    """
    if raw is None:
        return None
    raw = raw.strip()
    if not raw:
        return None
    match = _ISO_DAY.match(raw)
    if match:
        return _checked(int(match[1]), int(match[2]), int(match[3]), "day", basis)
    match = _ISO_MONTH.match(raw)
    if match:
        return _checked(int(match[1]), int(match[2]), 1, "month", basis)
    match = _YEAR.match(raw)
    if match:
        return _checked(int(match[1]), 1, 1, "year", basis)
    try:
        stamp: datetime = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(stamp.year, stamp.month, stamp.day, "day", basis)


def _checked(year: int, month: int, day: int, precision: str, basis: str) -> PublishedDate | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    text = {"day": value.isoformat(), "month": value.isoformat()[:7], "year": str(year)}
    return PublishedDate(text[precision], precision, basis)
