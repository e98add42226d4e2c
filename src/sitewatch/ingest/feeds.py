"""RSS and Atom feeds (feedparser): one draft per item."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from ..errors import InputRejected
from .draft import Draft
from .html import fragment_text
from .records import RecordOutcome


def looks_like_feed(head: str) -> bool:
    head = head[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(data: bytes, source: str) -> Iterator[RecordOutcome]:
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception") or "no items"
        raise InputRejected("feed", f"not a readable RSS/Atom feed: {reason}")
    outlet = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        where = f"{source}#item-{n}"
        html = _content(entry)
        text = fragment_text(html)
        if not text.strip():
            yield RecordOutcome(where, error=InputRejected("empty", "feed item without text"))
            continue
        draft = Draft(
            text=text,
            title=entry.get("title"),
            url=entry.get("link"),
            outlet=outlet,
            author=entry.get("author"),
            published=_date(entry),
            source=where,
            form="feed",
        )
        yield RecordOutcome(where, draft=draft)


def _content(entry: Any) -> str:
    for item in entry.get("content") or []:
        if item.get("value"):
            return str(item["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None
