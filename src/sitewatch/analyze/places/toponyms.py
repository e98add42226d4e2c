"""Recognising place mentions in a parsed document.

spaCy's GPE and LOC entities (and FAC ones the index knows) are the candidates. Some
are dropped: acronyms spaCy mislabels ("ICBMs", "WMD") and names that are the first
word of an organisation ("Washington" in "The Washington Post"). A place used as a
government ("Washington said", "talks with Pyongyang") is kept with the role ``actor``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .resolve import PlaceIndex

LABELS = frozenset({"GPE", "LOC"})
KNOWN_ONLY = frozenset({"FAC"})  # kept only when the index has the name
# Words that make a preceding place name part of an organisation or a title.
ORG_HEADS = frozenset(
    [
        "Post",
        "Times",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Globe",
        "Chronicle",
        "Examiner",
        "Inquirer",
        "Observer",
        "Daily",
        "News",
        "Star",
        "Sun",
        "Telegraph",
        "Mirror",
        "Express",
        "Review",
        "Courier",
        "Dispatch",
        "Register",
        "Bulletin",
        "University",
        "College",
        "Institute",
        "Institution",
        "Center",
        "Centre",
        "Council",
        "Committee",
        "Agency",
        "Department",
        "Ministry",
        "Company",
        "Corporation",
        "Corp",
        "Inc",
        "Ltd",
        "Airlines",
        "Airways",
        "Bank",
        "Police",
        "Sheriff",
        "Nationals",
        "Capitals",
        "Redskins",
        "Senators",
        "Mariners",
        "Declaration",
        "Accord",
        "Agreement",
        "Summit",
        "Statement",
        "Consensus",
        "Protocol",
        "Treaty",
        "Club",
        "Foundation",
        "Association",
        "Society",
        "Party",
        "Convention",
    ]
)
# Words spaCy sometimes labels as places that name no place on their own.
GENERIC = frozenset({"North", "South", "East", "West", "Central", "Mainland", "Homeland"})
_EDGE_PUNCT = "'\"’‘“”.,;:!?()[]"
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
ACTOR_PREPOSITIONS = frozenset({"with", "between", "against", "by"})
_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
_DIVISION_AFTER = re.compile(r"[ \u00a0](?:state|province)\b(?![ \u00a0]+(?:[A-Z]|of\b))")
_DIVISION_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rovince) of[ \u00a0]+$")


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    text: str
    role: str  # place | actor
    label: str  # the spaCy label it came from
    qualifier: str | None = None  # "Louisiana" in "Alexandria, Louisiana"
    division: bool = False  # the text calls it a state: "Washington state", "state of Washington"


def division_cue(text: str, start: int, end: int) -> bool:
    """Whether the text calls the name at ``[start, end)`` a state or province:
    "Washington state", "the state of Washington", "the province of Quebec" (news style
    writes a bare "Washington" for the capital and "Washington state" for the state)."""
    return bool(_DIVISION_AFTER.match(text, end) or _DIVISION_BEFORE.search(text, 0, start))


def find_toponyms(
    doc: Any, index: PlaceIndex, taken: Sequence[tuple[int, int]] = ()
) -> list[Toponym]:
    """Place mentions in a spaCy ``doc``, skipping spans that overlap ``taken``."""
    found: list[Toponym] = []
    full = str(doc.text)  # Doc.text is rebuilt from the tokens at every access
    for ent in doc.ents:
        if ent.label_ not in LABELS and ent.label_ not in KNOWN_ONLY:
            continue
        span = _trim(ent)
        if span is None:
            continue
        start, end = _strip_punct(full, span.start_char, span.end_char)
        text = full[start:end]
        if not text or any(s < end and start < e for s, e in taken):
            continue
        if not _plausible(span, text, index, ent.label_):
            continue
        role = "actor" if ent.label_ == "GPE" and _is_actor(span) else "place"
        division = division_cue(full, start, end)
        found.append(Toponym(start, end, text, role, ent.label_, None, division))
    return _qualify(full, found)


def _trim(ent: Any) -> Any:
    """The entity without a leading "the" or a trailing possessive."""
    span = ent
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    if len(span) > 1 and span[-1].text in ("'s", "’s"):
        span = span[:-1]
    return span if span.text.strip() else None


def _strip_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without quotes or punctuation at the edges ("New York'" → "New York");
    a final full stop stays on an abbreviation ("U.S.")."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        if text[end - 1] == "." and "." in text[start : end - 1]:
            break
        end -= 1
    return start, end


def _plausible(span: Any, text: str, index: PlaceIndex, label: str) -> bool:
    if not any(ch.isalpha() for ch in text) or not text[0].isupper() or text in GENERIC:
        return False
    known = index.names_place(text)
    if not known and text in index:
        return False  # a demonym used as a noun: "North Koreans"
    if label in KNOWN_ONLY and not known:
        return False
    if _ACRONYM.match(text) and not known:
        return False  # "ICBMs", "WMD", "MIIS"
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is None or following.text not in ORG_HEADS


def _is_actor(span: Any) -> bool:
    """A place standing for its government: the subject or possessor of an action, or a
    party to talks ("talks with Pyongyang")."""
    root = span.root
    dep = root.dep_
    if dep == "conj":
        head = root.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        dep = head.dep_
        root = head
    if dep in ACTOR_DEPS:
        return True
    return dep == "pobj" and root.head.lower_ in ACTOR_PREPOSITIONS


def _qualify(text: str, found: list[Toponym]) -> list[Toponym]:
    """Mark "City, State" pairs: the second qualifies the first."""
    result = list(found)
    for i in range(len(result) - 1):
        left, right = result[i], result[i + 1]
        gap = text[left.end : right.start]
        if gap.strip() == "," and len(gap) <= 3:
            result[i] = Toponym(
                left.start, left.end, left.text, left.role, left.label, right.text, left.division
            )
    return result
