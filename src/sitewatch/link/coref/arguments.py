"""Argument conflicts: do two mentions disagree on when, where or who?

A slot (time, place, participants) conflicts when both mentions fill it and their words
share no content word. Only conflicts are features: agreeing arguments are weak evidence
(reports of one story share names and dates whatever event they mention; on ECB+ the
learned weights of agreement were near zero), but a conflict (another site, another day)
is evidence of another event, and a conflicting place (:func:`place_conflict`) can veto a
merge outright.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .mention import Mention

_WORD = re.compile(r"\w+")
_STOP_WORDS = (
    "a an the of in on at to for and or by with from last this that next its his her their "
    "s mr mrs ms dr"
)
_STOP = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _words(values: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for value in values:
        out |= _content(value)
    return frozenset(out)


def slot_conflicts(a: Mention, b: Mention) -> tuple[bool, bool, bool]:
    """Per slot (time, place, participants): both mentions fill it and share no word."""
    pairs = ((a.time, b.time), (a.place, b.place), (a.participants, b.participants))
    out = []
    for left, right in pairs:
        wa, wb = _words(left), _words(right)
        out.append(bool(wa and wb and not wa & wb))
    return out[0], out[1], out[2]


def place_conflict(a: Mention, b: Mention) -> bool:
    """Both mentions name a place and the names share no word (Sohae against Yongbyon)."""
    return slot_conflicts(a, b)[1]
