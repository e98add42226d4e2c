"""Properties of the parsers and normalisers that read untrusted input (Hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sitewatch.analyze.linguistic import chunks
from sitewatch.errors import InputRejected
from sitewatch.ingest.decode import decode_bytes
from sitewatch.ingest.identity import clean_text
from sitewatch.ingest.pubdate import parse_published
from sitewatch.link.neardup import fingerprint


@given(st.text(), st.integers(min_value=10, max_value=500))
def test_chunks_concatenate_to_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    parts = chunks(text, limit)
    assert "".join(parts) == text
    assert all(len(p) <= limit for p in parts)


@given(st.text(max_size=40))
def test_publication_dates_parse_to_a_real_date_or_nothing(raw: str) -> None:
    parsed = parse_published(raw)
    if parsed is not None:
        year = int(parsed.value[:4])
        assert 1900 <= year <= 2100
        if parsed.precision == "day":
            date.fromisoformat(parsed.value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_iso_and_rfc822_dates_round_trip(day: date) -> None:
    iso = parse_published(day.isoformat())
    rfc = parse_published(day.strftime("%a, %d %b %Y 10:00:00 GMT"))
    assert iso is not None and rfc is not None
    assert iso.value == rfc.value == day.isoformat()


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_clear_rejection(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputRejected as exc:
        assert exc.kind in {"empty", "binary", "encoding"} and str(exc)
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), min_size=30, max_size=400))
def test_a_text_is_its_own_perfect_near_duplicate(text: str) -> None:
    assert fingerprint(text).similarity(fingerprint(text)) == 1.0
