"""When a claim was made (``said_on``), kept apart from the dates it talks about.

With the time-expression stage's output (``analysis.times``), the date is the expression in
the claim's sentence that hangs from the cue in the parse ("told the Senate *last week*",
"reported *on Monday*", "said in a post after the summit *last month*"), never one inside
the content, and never one after the publication date. Otherwise it is the publication date.
"""

from __future__ import annotations

from typing import Any

from ...model import Analysis
from .model import Found, SaidOn, Span
from .spans import Doc, text_of

SKIP_TYPES = frozenset({"DURATION", "SET"})


def said_on(analysis: Analysis, doc: Doc, found: Found) -> SaidOn:
    picked = _governing_time(analysis, doc, found)
    if picked is not None:
        evidence = Span.of(text_of(doc), int(picked["start"]), int(picked["end"]))
        return SaidOn(str(picked["value"]), "time-expression", evidence)
    published = analysis.document.published
    if published is not None:
        return SaidOn(published.value, "publication")
    return SaidOn(None, "unknown")


def _governing_time(analysis: Analysis, doc: Doc, found: Found) -> dict[str, Any] | None:
    lo, hi = found.sentence
    cue = doc[found.cue_token]
    best: tuple[int, dict[str, Any]] | None = None
    for t in analysis.times:
        start, end = t.get("start"), t.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not _dated(t):
            continue
        if not (lo <= start and end <= hi) or _inside(found, start, end):
            continue
        if t.get("type") in SKIP_TYPES or _after_publication(analysis, t):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _hangs_from(span.root, cue):
            continue
        distance = abs(start - found.cue.start)
        if best is None or distance < best[0]:
            best = (distance, t)
    return best[1] if best else None


def _dated(time: dict[str, Any]) -> bool:
    """A calendar value ("2018-06", "2018-W30"), not a vague one ("PAST_REF")."""
    value = time.get("value")
    return isinstance(value, str) and value[:1].isdigit()


def _inside(found: Found, start: int, end: int) -> bool:
    spans = [found.content, *found.parts]
    return any(s.start <= start < s.end or s.start < end <= s.end for s in spans)


def _hangs_from(tok: Any, cue: Any) -> bool:
    """True when the cue is an ancestor of the time expression's head."""
    return any(a.i == cue.i for a in tok.ancestors)


def _after_publication(analysis: Analysis, time: dict[str, Any]) -> bool:
    published = analysis.document.published
    interval = time.get("interval")
    if published is None or not interval or not interval[0]:
        return False
    return str(interval[0]) > published.value
