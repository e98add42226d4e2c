"""Content-hash identity: the same report ingested twice is the same document."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Canonical clean text: NFC, unified newlines and spaces, trimmed lines.

    Offsets of everything extracted later point into this string.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def document_id(text: str, url: str | None = None) -> str:
    """``sha256`` of the clean text and URL, 20 hex characters.

    Same text from the same address (or from a file, with no address) is one
    document; the same text on two sites is two documents, which near-duplicate
    detection then links as copies.
    """
    digest = hashlib.sha256()
    digest.update((url or "").encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()[:20]
