"""Properties of time normalisation: no input crashes it, and every interval is sound."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitewatch.analyze.times import find_times, publication_date_from_text
from sitewatch.analyze.times.granule import from_value

WORDS = [
    "on", "in", "since", "between", "and", "to", "from", "the", "a", "last", "next", "this",
    "that", "early", "late", "mid-", "earlier", "later", "about", "nearly", "more than",
    "within", "as early as", "ago", "before", "after", "Monday", "Friday", "June", "May",
    "September", "Sept.", "Feb.", "summer", "fall", "week", "weeks", "month", "months", "year",
    "years", "quarter", "third-quarter", "decade", "century", "day", "days", "hours", "today",
    "yesterday", "tomorrow", "now", "recently", "recent", "the future", "two", "twenty-five",
    "several", "a few", "every", "daily", "12", "30", "31", "0", "29", "1999", "2018", "2882015",
    "9999", "0001", "1850", "'90s", "1990s", "20th", "3 p.m.", "noon", ",", ".", "-", "/",
    "2018-02-30", "19-Nov-12", "12/31/99", "Q4", "Christmas", "nineteen ninety-six", "will",
    "said", "the year-ago quarter", "later", "earlier", "night", "morning", "\n",
]

phrases = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
texts = st.one_of(st.text(max_size=200), phrases)
tenses = st.sampled_from(["past", "present", "future"])
anchors = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(
        lambda d: d.isoformat()[:7]
    ),
    st.integers(min_value=1, max_value=9999).map(lambda y: f"{y:04d}"),
)

PROFILE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _expressions(text: str, anchor: str | None, tense: str) -> list[Any]:
    return find_times(text, anchor, lambda start, end: tense)


@PROFILE
@given(texts, anchors, tenses)
def test_normalisation_never_crashes_and_offsets_point_into_the_text(
    text: str, anchor: str | None, tense: str
) -> None:
    for expr in _expressions(text, anchor, tense):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start : expr.end] == expr.text
        assert expr.type in ("DATE", "TIME", "DURATION", "SET")
        assert expr.to_json()["start"] == expr.start


@PROFILE
@given(texts, anchors, tenses)
def test_every_interval_is_ordered_and_holds_its_value(
    text: str, anchor: str | None, tense: str
) -> None:
    for expr in _expressions(text, anchor, tense):
        if expr.interval is None:
            continue
        earliest, latest = expr.interval
        if earliest is not None and latest is not None:
            assert earliest <= latest, expr
        span = from_value(expr.value)
        if span is None:
            continue
        lo = earliest or date.min
        hi = latest or date.max
        assert lo <= span.latest and span.earliest <= hi, expr  # they overlap
        if expr.mod not in ("START", "MID", "END"):
            assert lo <= span.earliest <= hi, expr  # the value's date lies within


@PROFILE
@given(texts, anchors, tenses)
def test_without_an_anchor_only_what_the_text_dates_is_resolved(
    text: str, anchor: str | None, tense: str
) -> None:
    for expr in _expressions(text, None, tense):
        assert expr.basis != "relative-publication", expr
        if expr.basis == "relative-unanchored":
            assert expr.interval is None
            assert expr.value is None or expr.value.startswith(("XXXX", "P")) or expr.value in (
                "PRESENT_REF", "PAST_REF", "FUTURE_REF"
            ), expr


@PROFILE
@given(texts)
def test_publication_date_from_text_never_crashes(text: str) -> None:
    found = publication_date_from_text(text)
    if found is not None:
        assert from_value(found.value) is not None
