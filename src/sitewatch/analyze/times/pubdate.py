"""The publication date from the text itself, when metadata has none.

Tried in order, in the first lines of the text: a labelled date ("Updated: 30 July 2018",
"Published 2018-07-30"), a wire dateline ("WASHINGTON, July 30 (Reuters) -"), a line that
is only a date. A dateline without a year takes the latest year the text names; with no
year anywhere the date is unknown, and the answer is ``None`` (never today's date).
"""

from __future__ import annotations

import re

from ...model import PublishedDate
from .lexicon import MONTH
from .model import TimeExpression
from .normalize import find_times

HEAD_CHARS = 1200
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

LABEL = re.compile(
    r"(?:^|\n|\s)(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on|\s+at)?|"
    r"date(?:d|line)?|release\s+date|as\s+of)\s*[:\-–|]?\s*",
    re.IGNORECASE,
)
DATELINE = re.compile(
    r"(?:^|\n)\s*(?:[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3})\s*,?\s*"
    r"(?:\([A-Za-z. ]+\)\s*)?,?\s*(?P<date>" + MONTH + r"\s*\d{1,2}(?:,?\s*\d{4})?)"
    r"\s*(?:\((?:[A-Za-z .&-]+)\)\s*)?[-–—:]",
)
DATE_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<line>[^\n]{6,40})[ \t]*(?=\n)")


def publication_date_from_text(text: str) -> PublishedDate | None:
    """The date a text says it was published, or ``None`` when it does not say."""
    head = text[:HEAD_CHARS]
    return _labelled(head) or _dateline(head, text) or _date_line(head)


def _calendar(snippet: str) -> TimeExpression | None:
    """The first fully specified calendar date (day or month) at the start of ``snippet``."""
    for expr in find_times(snippet, None):
        if expr.start > 3:
            return None
        if expr.basis == "absolute" and expr.precision in ("day", "month", "minute", "hour"):
            return expr
    return None


def _published(expr: TimeExpression, basis: str) -> PublishedDate | None:
    granule = expr.granule
    if granule is None or not EARLIEST_YEAR <= granule.earliest.year <= LATEST_YEAR:
        return None
    if granule.precision == "month":
        return PublishedDate(granule.value, "month", basis)
    return PublishedDate(granule.earliest.isoformat(), "day", basis)


def _labelled(head: str) -> PublishedDate | None:
    for match in LABEL.finditer(head):
        expr = _calendar(head[match.end() : match.end() + 60])
        if expr is not None:
            return _published(expr, "text")
    return None


def _dateline(head: str, text: str) -> PublishedDate | None:
    match = DATELINE.search(head)
    if match is None:
        return None
    snippet = match["date"]
    if not re.search(r"\d{4}\s*$", snippet):
        years = [e.granule.earliest.year for e in find_times(text, None)
                 if e.basis == "absolute" and e.granule is not None]
        years = [y for y in years if EARLIEST_YEAR <= y <= LATEST_YEAR]
        if not years:
            return None
        snippet = f"{snippet}, {max(years)}"
    expr = _calendar(snippet)
    return _published(expr, "dateline") if expr is not None else None


def _date_line(head: str) -> PublishedDate | None:
    for match in DATE_LINE.finditer(head):
        line = match["line"].strip()
        exprs = find_times(line, None)
        if len(exprs) == 1 and exprs[0].basis == "absolute" and exprs[0].start == 0:
            rest = line[exprs[0].end :].strip(" ,|/-")
            if len(rest) <= 12:  # a time of day or a zone may follow
                return _published(exprs[0], "text")
    return None
