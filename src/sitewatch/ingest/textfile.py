"""Plain-text reports, optionally opening with a ` date YYYY-MM-DD` line."""

from __future__ import annotations

import re

from .draft import Draft

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_BOILERPLATE_LINES = {"advertisement", "more to follow", "read more", "share this article"}


def read_text(text: str, source: str) -> Draft:
    """A text report: the date line (if any) gives the publication date."""
    published = None
    match = _DATE_LINE.match(text)
    if match:
        published = match.group(1)
        text = text[match.end() :]
    return Draft(text=text, title=_title(text), published=published, source=source, form="text")


def _title(text: str) -> str | None:
    """The first short line standing alone, when the report opens with one."""
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    for block in blocks[:3]:
        if block.lower() in _BOILERPLATE_LINES:
            continue
        if "\n" not in block and len(block) <= 160 and not block.endswith((".", '"', "”")):
            return block
        return None
    return None
