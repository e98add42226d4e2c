"""From one raw input to finished documents: sniff the form, read, clean, identify."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from ..errors import InputRejected
from ..model import Document
from .decode import decode_bytes
from .draft import Draft
from .feeds import looks_like_feed, read_feed
from .html import read_html
from .identity import clean_text, document_id
from .language import detect_language
from .pubdate import parse_published
from .raw import RawInput
from .records import FieldMap, RecordOutcome, read_json, read_jsonl
from .textfile import read_text

_BY_SUFFIX = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}  # fmt: skip
KNOWN_SUFFIXES = frozenset(_BY_SUFFIX)


@dataclass(frozen=True)
class Outcome:
    """What one input (or one record of it) became: a document or an error."""

    source: str
    document: Document | None = None
    error: InputRejected | None = None


def sniff_form(raw: RawInput, head: str) -> str:
    """The input's form, from what was forced, the content type, suffix and content."""
    if raw.form:
        return raw.form
    ctype = (raw.content_type or "").split(";")[0].strip().lower()
    if ctype in ("application/rss+xml", "application/atom+xml"):
        return "feed"
    if ctype in ("application/json",):
        return "json"
    stripped = head.lstrip().lower()
    if stripped.startswith("<?xml") and looks_like_feed(stripped):
        return "feed"
    suffix = PurePath(raw.source.split("?")[0]).suffix.lower()
    if suffix in _BY_SUFFIX and not raw.source.startswith(("http://", "https://")):
        return _BY_SUFFIX[suffix]
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if stripped.startswith(("<!doctype html", "<html")):
        return "html"
    if looks_like_feed(stripped) and stripped.startswith("<"):
        return "feed"
    return "text"


def read_input(raw: RawInput, fields: FieldMap, max_chars: int) -> Iterator[Outcome]:
    """Documents (or per-record errors) from one input; raises for a wholly bad input."""
    decoded = decode_bytes(raw.data, raw.charset)
    form = sniff_form(raw, decoded.text[:4096])
    drafts: Iterator[RecordOutcome]
    if form == "feed":
        drafts = read_feed(raw.data, raw.source)
    elif form == "json":
        drafts = read_json(decoded.text, raw.source, fields)
    elif form == "jsonl":
        drafts = read_jsonl(decoded.text, raw.source, fields)
    elif form == "html":
        drafts = iter([RecordOutcome(raw.source, read_html(decoded.text, raw.source, raw.url))])
    else:
        drafts = iter([RecordOutcome(raw.source, read_text(decoded.text, raw.source))])
    for outcome in drafts:
        if outcome.draft is None:
            yield Outcome(outcome.source, error=outcome.error)
            continue
        try:
            yield Outcome(outcome.source, finish(outcome.draft, raw, max_chars))
        except InputRejected as exc:
            yield Outcome(outcome.source, error=exc)


def finish(draft: Draft, raw: RawInput, max_chars: int) -> Document:
    """Clean the text, apply sidecar metadata (it wins), detect language, assign the id."""
    meta = raw.meta
    text = clean_text(draft.text)
    if not text:
        raise InputRejected("empty", "no text after cleaning")
    if len(text) > max_chars:
        raise InputRejected(
            "too-large", f"clean text of {len(text):,} characters exceeds {max_chars:,}"
        )
    url = _str(meta.get("url")) or draft.url or raw.url
    published = parse_published(_str(meta.get("published"))) or parse_published(
        draft.published, draft.published_basis
    )
    return Document(
        id=document_id(text, url),
        text=text,
        title=_str(meta.get("title")) or draft.title,
        url=url,
        outlet=_str(meta.get("outlet")) or draft.outlet,
        author=_str(meta.get("author")) or draft.author,
        published=published,
        language=detect_language(text),
        source=draft.source,
        form=draft.form,
    )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
