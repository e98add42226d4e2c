"""Arguments: do two mentions disagree on when, where or who, and do they share arguments?

A slot (time, place, participants) conflicts when both mentions fill it and their words
share no content word. Only conflicts are features: agreeing arguments are weak evidence
(reports of one story share names and dates whatever event they mention; on ECB+ the
learned weights of agreement were near zero), but a conflict (another site, another day)
is evidence of another event, and a conflicting place (:func:`place_conflict`) can veto a
merge outright. People are a slot of their own (:func:`people_conflict`): a sentence naming
another person than the other's is the clearest sign of another story of the same kind.

Shared *syntactic* arguments are another matter: :func:`trigger_arguments` reads the words
that fill the trigger's own roles from a dependency parse (who was arrested, what was
fired), and :func:`argument_overlap` compares two such sets. "76ers fire Cheeks" and "Cheeks
is sacked by the 76ers" share their arguments though their triggers share no word; names
elsewhere in the sentence do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

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


def people_conflict(a: Mention, b: Mention) -> bool:
    """Both mentions' sentences name people and no name shares a word: two coaches fired,
    two players arrested. Organisations and nationalities are left out on purpose: two
    stories of one kind often share them (the team, the country)."""
    wa, wb = _words(a.people), _words(b.people)
    return bool(wa and wb and not wa & wb)


def place_conflict(a: Mention, b: Mention) -> bool:
    """Both mentions name a place and the names share no word (Sohae against Yongbyon)."""
    return slot_conflicts(a, b)[1]


# Dependencies of the trigger's head whose subtrees are its arguments (prepositions are
# followed to their objects); a trigger that modifies a noun ("the arrested player") takes
# that noun, and a clause attached to a verb ("went on to win") takes that verb's subject.
ARGUMENT_DEPS = frozenset({
    "nsubj", "nsubjpass", "dobj", "obj", "agent", "attr", "dative", "iobj", "poss",
    "compound", "nmod", "npadvmod", "appos",
})  # fmt: skip
_MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "relcl"})
_CLAUSE_DEPS = frozenset({"xcomp", "conj", "advcl"})  # not ccomp: "police said X ..."
_ARGUMENT_POS = frozenset({"PROPN", "NOUN", "NUM"})


def trigger_arguments(head: Any) -> tuple[str, ...]:
    """Lemmas (lower case, sorted) of the nouns, names and numbers in the arguments of the
    trigger whose syntactic head is the spaCy token ``head``."""
    fillers = []
    for child in head.children:
        if child.dep_ in ARGUMENT_DEPS:
            fillers.append(child)
        elif child.dep_ == "prep":
            fillers.extend(g for g in child.children if g.dep_ == "pobj")
    if head.dep_ in _MODIFIER_DEPS:
        fillers.append(head.head)
    if head.dep_ in _CLAUSE_DEPS:
        fillers.extend(c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    words = {
        token.lemma_.lower()
        for filler in fillers
        for token in filler.subtree
        if token.pos_ in _ARGUMENT_POS and token.i != head.i  # never the trigger itself
    }
    return tuple(sorted(words))


def argument_overlap(a: Mention, b: Mention) -> float:
    """Jaccard overlap of the two mentions' argument words (0.0 when either has none)."""
    left, right = set(a.arguments), set(b.arguments)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
