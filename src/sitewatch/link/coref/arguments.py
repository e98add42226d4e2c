"""Argument compatibility: do two mentions agree on when, where and who?

Each argument slot (time, place, participants) votes +1 when both mentions fill it and
share a content word, -1 when both fill it and share none, and abstains when either is
empty. The compatibility is the mean vote of the slots that voted (0.0 when none did).

The engine uses only its negative part (:func:`argument_penalty`): agreeing arguments are
weak evidence (reports of one story share names and dates whatever event they mention),
but a conflict (another site, another day) is strong evidence of another event; a
conflicting place (:func:`place_conflict`) can veto a merge outright.
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


def slot_votes(a: Mention, b: Mention) -> list[int]:
    votes: list[int] = []
    for left, right in ((a.time, b.time), (a.place, b.place), (a.participants, b.participants)):
        wa, wb = _words(left), _words(right)
        if wa and wb:
            votes.append(1 if wa & wb else -1)
    return votes


def argument_compatibility(a: Mention, b: Mention) -> float:
    votes = slot_votes(a, b)
    return sum(votes) / len(votes) if votes else 0.0


def argument_penalty(a: Mention, b: Mention) -> float:
    """0.0 when the arguments agree or say nothing, down to -1.0 when every slot conflicts."""
    return min(0.0, argument_compatibility(a, b))


def place_conflict(a: Mention, b: Mention) -> bool:
    """Both mentions name a place and the names share no word (Sohae against Yongbyon)."""
    wa, wb = _words(a.place), _words(b.place)
    return bool(wa and wb and not wa & wb)
