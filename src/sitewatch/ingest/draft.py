"""A document as a reader found it, before identity, cleaning and language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Draft:
    text: str
    source: str
    form: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # raw, normalised later by :mod:`.dates`
    published_basis: str = "metadata"
