"""What a reader receives: the bytes of one input and what is known about them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawInput:
    """One input before parsing: a file, a fetched URL, or stdin."""

    source: str  # path, URL or "stdin": how errors and provenance name it
    data: bytes
    url: str | None = None  # the address it was fetched from (after redirects)
    content_type: str | None = None  # HTTP Content-Type, when fetched
    charset: str | None = None  # declared charset (HTTP header)
    meta: dict[str, Any] = field(default_factory=dict)  # sidecar metadata (NAME.meta.json)
    form: str | None = None  # forced form: text | html | json | jsonl | feed
