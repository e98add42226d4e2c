"""Which time expression governs a span (a claim, an event): the one its sentence is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

NOT_GOVERNING = ("PAST_REF", "FUTURE_REF")


def governing_time(times: list[dict[str, Any]], start: int, end: int,
                   sentences: Sequence[Any] | None = None) -> dict[str, Any] | None:
    """The date or time expression inside ``[start, end)`` that governs it, or ``None``
    (the caller then falls back to the publication date).

    Among the resolved DATE/TIME expressions inside the span, the one nearest the main
    verb of the sentence holding the span (``sentences`` as spaCy spans, whose ``root``
    is the main verb), else nearest the span's start; a named calendar date wins over
    "now".
    """
    inside = [
        t for t in times
        if start <= t["start"] and t["end"] <= end and t["type"] in ("DATE", "TIME")
        and t.get("value") and t["value"] not in NOT_GOVERNING
    ]
    if not inside:
        return None
    pivot = _main_verb(sentences or (), start, end)
    return min(inside, key=lambda t: (t["value"] == "PRESENT_REF", abs(t["start"] - pivot),
                                      t["start"]))


def _main_verb(sentences: Sequence[Any], start: int, end: int) -> int:
    for sentence in sentences:
        s_start = getattr(sentence, "start_char", getattr(sentence, "start", None))
        s_end = getattr(sentence, "end_char", getattr(sentence, "end", None))
        if not isinstance(s_start, int) or not isinstance(s_end, int):
            continue
        if s_start <= start < s_end:
            root = getattr(sentence, "root", None)
            idx = getattr(root, "idx", None)
            if isinstance(idx, int) and start <= idx < end:
                return idx
            break
    return start
