"""Domain errors. The CLI turns each into one clear line and a non-zero exit."""

from __future__ import annotations


class SitewatchError(Exception):
    """Base of every error sitewatch raises on purpose."""


class InputRejected(SitewatchError):
    """One input cannot be read; ``kind`` is a short machine-readable reason."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class StoreError(SitewatchError):
    """The store cannot be opened or migrated."""


class ModelMissing(SitewatchError):
    """No usable spaCy pipeline is installed."""
