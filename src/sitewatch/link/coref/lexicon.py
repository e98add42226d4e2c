"""Trigger relatedness without WordNet: stems, derivations and a small synonym lexicon.

:func:`trigger_relation` returns 1.0 for the same lemma, 0.9 for words of one synonym set
(``dismantle`` / ``take apart`` / ``tear down``), 0.8 for derivations of one stem
(``dismantling`` / ``dismantled``, ``construct`` / ``construction``), else 0.0.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

# Each line is one sense; multiword entries are matched on the trigger's stems.
SYNONYM_SETS: tuple[tuple[str, ...], ...] = (
    (
        "dismantle",
        "take apart",
        "tear down",
        "demolish",
        "raze",
        "disassemble",
        "knock down",
        "pull down",
        "dismantlement",
        "demolition",
    ),
    ("build", "construct", "construction", "erect", "expand", "expansion"),
    ("restore", "rebuild", "reconstruct", "restoration", "reassemble"),
    ("launch", "test-fire", "liftoff", "blast off", "fire"),
    ("explode", "explosion", "detonate", "detonation", "blast", "blow up"),
    ("arrest", "detain", "apprehend", "nab", "custody", "bust", "book"),
    ("kill", "murder", "slay", "slaying", "homicide", "assassinate", "assassination"),
    ("die", "death", "dead", "perish", "pass away"),
    ("shoot", "shooting", "shot", "gunfire", "open fire"),
    ("attack", "strike", "raid", "assault", "bombing", "bomb", "airstrike"),
    ("hire", "appoint", "appointment", "name", "tap", "select", "pick", "choose", "sign"),
    ("fire", "sack", "dismiss", "dismissal", "oust", "axe", "let go"),
    ("resign", "resignation", "quit", "step down", "leave", "depart", "departure"),
    ("earthquake", "quake", "temblor", "tremor", "jolt", "shake"),
    ("acquire", "acquisition", "buy", "purchase", "takeover", "take over"),
    ("win", "victory", "beat", "defeat", "triumph"),
    ("injure", "injury", "wound", "hurt"),
    ("announce", "announcement", "unveil", "introduce", "reveal", "release"),
    ("meet", "meeting", "summit", "talk", "talks"),
    ("say", "tell", "state", "statement", "comment"),
    ("sentence", "jail", "imprison", "prison term"),
    ("convict", "conviction", "find guilty"),
    ("charge", "indict", "indictment", "accuse"),
    ("withdraw", "withdrawal", "pull out", "retreat"),
    ("fight", "clash", "battle", "combat"),
    ("sink", "sinking", "capsize"),
    ("rescue", "save"),
    ("crash", "collide", "collision"),
    ("enter", "check into", "admit", "admission"),
)

_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "al",
    "s",
    "e",
    "y",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix-stripping stem: ``dismantling``, ``dismantled`` -> ``dismantl``."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]  # stopped -> stopp -> stop
    return word


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _WORD.findall(text.lower()))


@lru_cache(maxsize=1)
def _synonym_index() -> tuple[dict[tuple[str, ...], frozenset[int]], int]:
    index: dict[tuple[str, ...], set[int]] = {}
    longest = 1
    for number, entries in enumerate(SYNONYM_SETS):
        for entry in entries:
            key = stems(entry)
            longest = max(longest, len(key))
            index.setdefault(key, set()).add(number)
    return {key: frozenset(value) for key, value in index.items()}, longest


def synonym_sets(text: str, lemma: str = "") -> frozenset[int]:
    """The synonym sets that the trigger (any of its stem n-grams) or its lemma belongs to."""
    index, longest = _synonym_index()
    words = stems(text)
    found: set[int] = set(index.get(stems(lemma), ())) if lemma else set()
    for size in range(1, longest + 1):
        for begin in range(len(words) - size + 1):
            found |= index.get(words[begin : begin + size], frozenset())
    return frozenset(found)


def _derived(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.8 * min(len(a), len(b))


def trigger_relation(text_a: str, lemma_a: str, text_b: str, lemma_b: str) -> float:
    """How related two triggers are as words (1.0 same lemma ... 0.0 unrelated)."""
    la, lb = (lemma_a or text_a).lower(), (lemma_b or text_b).lower()
    if la == lb:
        return 1.0
    if synonym_sets(text_a, lemma_a) & synonym_sets(text_b, lemma_b):
        return 0.9
    sa, sb = stems(la), stems(lb)
    if sa and sb and (sa == sb or _derived(sa[-1], sb[-1])):
        return 0.8
    return 0.0
