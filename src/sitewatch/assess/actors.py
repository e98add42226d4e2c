"""Who the actors are: one rule for every part of the report.

An actor is a person, an organisation or a government named in a report (spaCy's PERSON,
ORG and GPE entities), except

- a watched site (it has its own section of the report), and
- a place named as a location ("talks in Hanoi"); a capital or country named as a
  government ("Pyongyang said", "sanctions on Seoul") is an actor, and a capital named so
  is its country (link/entities.py).

Mentions of one actor, however spelt, share an entity key (``link.entities.resolve``),
and each key is shown under its fullest common name. The actors table, the claims by
speaker and the chronology's participants all read names through this module.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..link.entities import POSSESSIVE, Mention, country_of_capital, name_key, resolve
from ..store.db import Database

ACTOR_LABELS = ("PERSON", "ORG", "GPE")
PlaceSpans = dict[str, list[tuple[int, int, str, bool]]]


@dataclass(frozen=True)
class ActorIndex:
    """The actor mentions of the store, their entity keys and the names to show."""

    mentions: list[Mention]
    keys: dict[Mention, str]
    shown: dict[str, str]
    by_text: dict[tuple[str, str], str]  # (document, text as written) -> key

    def key(self, doc_id: str, text: str) -> str | None:
        """The entity a name written in a document stands for, or None when the document
        never names it as an actor."""
        return self.by_text.get((doc_id, POSSESSIVE.sub("", text).strip()))


def build_actor_index(db: Database) -> ActorIndex:
    places = place_spans(db)
    marks = ",".join("?" * len(ACTOR_LABELS))
    mentions = [
        Mention(str(doc_id), int(start), int(end), str(label), str(text))
        for doc_id, start, end, label, text in db.query(
            "SELECT doc_id, start_char, end_char, label, text FROM entities"
            f" WHERE label IN ({marks})",
            ACTOR_LABELS,
        )
    ]
    mentions = [m for m in mentions if not not_an_actor(m, places)]
    keys = resolve(mentions)
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_text: dict[tuple[str, str], str] = {}
    for m in mentions:
        written = POSSESSIVE.sub("", m.text).strip()
        by_text.setdefault((m.doc_id, written), keys[m])
        country = country_of_capital(written) if m.label == "GPE" else None
        if country and name_key(country, "GPE") == keys[m]:
            written = country  # "Seoul said": shown as South Korea
        names[keys[m]][written] += 1
    shown = {key: fullest(counts) for key, counts in names.items()}
    return ActorIndex(mentions, keys, shown, by_text)


def place_spans(db: Database) -> PlaceSpans:
    """Per document, the resolved place mentions: (start, end, role, is a watched site)."""
    spans: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for doc_id, start, end, role, site in db.query(
        "SELECT doc_id, start_char, end_char, role, site FROM places"
    ):
        spans[doc_id].append((int(start), int(end), str(role or "place"), site is not None))
    return spans


def not_an_actor(mention: Mention, places: PlaceSpans) -> bool:
    """A watched site, or a place named as a location ("talks in Seoul") rather than as an
    actor ("Seoul said")."""
    for p_start, p_end, role, is_site in places.get(mention.doc_id, ()):
        if p_start < mention.end and mention.start < p_end:
            return is_site or (mention.label == "GPE" and role == "place")
    return False


def fullest(names: dict[str, int]) -> str:
    """The name to show for one entity: a full name before a surname, then the commonest."""
    return max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n), n))
