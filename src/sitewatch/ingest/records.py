"""JSON and JSON Lines records, with configurable field names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputRejected
from .draft import Draft
from .html import fragment_text

_ATTRS = ("text", "title", "url", "outlet", "published", "author")


@dataclass(frozen=True)
class FieldMap:
    """Which JSON keys hold each document attribute, first present wins."""

    names: dict[str, tuple[str, ...]]

    @classmethod
    def parse(cls, spec: str) -> FieldMap:
        """From ``"text=text,body;title=title,headline"`` (see the ``json_fields`` setting)."""
        names: dict[str, tuple[str, ...]] = {}
        for part in spec.split(";"):
            if not part.strip():
                continue
            attr, _, keys = part.partition("=")
            attr = attr.strip()
            if attr not in _ATTRS:
                raise ValueError(f"unknown document attribute {attr!r} in JSON field map")
            names[attr] = tuple(k.strip() for k in keys.split(",") if k.strip())
        if "text" not in names:
            raise ValueError("the JSON field map must say which field holds the text")
        return cls(names)

    def pick(self, record: dict[str, Any], attr: str) -> str | None:
        for key in self.names.get(attr, ()):
            value = _dig(record, key)
            if value not in (None, ""):
                return value if isinstance(value, str) else str(value)
        return None


def _dig(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for key in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


@dataclass(frozen=True)
class RecordOutcome:
    """One record of a JSON input: a draft, or why that record was refused."""

    source: str
    draft: Draft | None = None
    error: InputRejected | None = None


def read_json(text: str, source: str, fields: FieldMap) -> Iterator[RecordOutcome]:
    """A JSON document: one record, a list of records, or ``{"items"|"articles"|...: [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRejected("malformed-json", f"malformed JSON: {exc}") from exc
    if isinstance(data, dict):
        for key in ("items", "articles", "documents", "records", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, 1):
        yield _outcome(record, f"{source}#{n}", fields)


def read_jsonl(text: str, source: str, fields: FieldMap) -> Iterator[RecordOutcome]:
    """JSON Lines: a malformed line is refused on its own; the others go on."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordOutcome(where, error=InputRejected("malformed-json", f"line {n}: {exc}"))
            continue
        yield _outcome(record, where, fields)


def _outcome(record: Any, where: str, fields: FieldMap) -> RecordOutcome:
    if not isinstance(record, dict):
        kind = type(record).__name__
        return RecordOutcome(where, error=InputRejected("malformed-json", f"not an object: {kind}"))
    text = fields.pick(record, "text")
    if not text or not text.strip():
        keys = ", ".join(fields.names["text"])
        return RecordOutcome(where, error=InputRejected("empty", f"no text in fields {keys}"))
    if "<p" in text or "<br" in text:
        text = fragment_text(text)
    draft = Draft(
        text=text,
        title=fields.pick(record, "title"),
        url=fields.pick(record, "url"),
        outlet=fields.pick(record, "outlet"),
        published=fields.pick(record, "published"),
        author=fields.pick(record, "author"),
        source=where,
        form="json",
    )
    return RecordOutcome(where, draft=draft)
