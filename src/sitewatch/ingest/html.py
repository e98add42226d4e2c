"""HTML pages: main text and metadata by trafilatura; fragments by lxml."""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html
import trafilatura

from ..errors import InputRejected
from .draft import Draft

# trafilatura logs every page it finds too short; the ingest report says it once.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "tr", "section", "article", "pre", "figcaption",
}  # fmt: skip


def read_html(html: str, source: str, url: str | None = None) -> Draft:
    """Main text, title, author, date and outlet of an article page."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, lxml.etree.ParserError) as exc:
        raise InputRejected("html", f"unparseable HTML: {exc}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        text = fragment_text(html)  # a page too small or odd for trafilatura
    if not text.strip():
        raise InputRejected("html", "no readable text in the HTML page")
    return Draft(
        text=text.replace("\n", "\n\n"),
        title=getattr(doc, "title", None),
        url=getattr(doc, "url", None) or url,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        author=getattr(doc, "author", None),
        published=getattr(doc, "date", None),
        source=source,
        form="html",
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's content), paragraphs kept apart."""
    if not html.strip():
        return ""
    if "<" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    parts: list[str] = []
    for node in root.iter():
        if isinstance(node.tag, str) and node.tag.lower() in _BLOCK_TAGS:
            parts.append("\n\n")
        if (node.text and node is not root) or (node is root and node.text):
            parts.append(node.text)
        if node.tail and node is not root:
            parts.append(node.tail)
    return "".join(parts)
