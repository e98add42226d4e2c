"""Experiments for ``bench/site_linking.py``: refinements of the site-event linker that were
measured against the gold clusters and not adopted (see bench/RESULTS.md).

- :class:`PairModelLinker`: the SQL candidate filter (site, activity, window) as in the
  product, then the words-only coreference pair model of ``sitewatch.link.coref`` chooses:
  the new mention is scored against a sample of each candidate event's mentions (trigger
  lemma, synonym and stem relations, TF-IDF document likeness, participant conflicts); the
  candidate with the highest mean pair probability joins if it clears the model's threshold,
  else a new event starts. At most ``sample`` mentions per candidate are read (the first by
  document id and index), so the cost per new mention stays bounded.
- :class:`CompatibleLinker`: dismantling and demolition mentions may share an event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sitewatch.link.coref.engine import topic_documents
from sitewatch.link.coref.features import pair_features
from sitewatch.link.coref.mention import Mention
from sitewatch.link.coref.model import shipped_model
from sitewatch.link.events import SiteEventLinker
from sitewatch.store.db import Database

SAMPLE = 8  # mentions of a candidate event scored against the new one
COMPATIBLE = ("dismantling", "demolition")


@dataclass(frozen=True)
class CompatibleLinker(SiteEventLinker):
    def activities(self, activity: str) -> tuple[str, ...]:
        return COMPATIBLE if activity in COMPATIBLE else (activity,)


@dataclass(frozen=True)
class PairModelLinker(SiteEventLinker):
    threshold: float | None = None  # None: the words-only model's own (0.25)
    sample: int = SAMPLE

    def choose(self, db: Database, doc_id: str, idx: int, candidates: list[str]) -> str | None:
        if not candidates:
            return None
        model = shipped_model(False)
        threshold = model.threshold if self.threshold is None else self.threshold
        new = _mentions(
            db,
            "SELECT e.doc_id, e.idx, e.start_char, e.end_char, e.data, d.text FROM events e"
            " JOIN documents d ON d.id = e.doc_id WHERE e.doc_id = ? AND e.idx = ?",
            (doc_id, idx),
        )
        if not new:
            return None
        members: list[Mention] = list(new)
        owner: list[str] = [""]
        for event_id in candidates:
            rows = _mentions(
                db,
                "SELECT e.doc_id, e.idx, e.start_char, e.end_char, e.data, d.text"
                " FROM event_mentions m JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx"
                " JOIN documents d ON d.id = e.doc_id WHERE m.event_id = ?"
                " ORDER BY m.doc_id, m.idx LIMIT ?",
                (event_id, self.sample),
            )
            members.extend(rows)
            owner.extend([event_id] * len(rows))
        texts = _texts(db, sorted({m.doc_id for m in members}))
        features = pair_features(members, topic_documents(members, texts))
        probability = model.probabilities(features)[0]  # the new mention against each other
        best: tuple[float, str] | None = None
        for event_id in candidates:
            scores = [probability[i] for i, e in enumerate(owner) if e == event_id]
            if not scores:
                continue
            mean = float(sum(scores) / len(scores))
            if mean >= threshold and (best is None or mean > best[0]):
                best = (mean, event_id)
        return best[1] if best else None


def _texts(db: Database, doc_ids: Sequence[str]) -> dict[str, str]:
    marks = ",".join("?" * len(doc_ids))
    rows = db.query(f"SELECT id, text FROM documents WHERE id IN ({marks})", list(doc_ids))
    return {str(r[0]): str(r[1]) for r in rows}


def _mentions(db: Database, sql: str, params: Sequence[object]) -> list[Mention]:
    out = []
    for doc_id, idx, start, end, data, text in db.query(sql, params):
        sentence = str(text)[start:end]
        fields = json.loads(data)
        trigger: dict[str, Any] = fields.get("trigger") or {}
        t_start = int(trigger.get("start") or start) - start
        t_end = int(trigger.get("end") or end) - start
        if not 0 <= t_start < t_end <= len(sentence):
            t_start, t_end = 0, len(sentence)
        if not sentence:
            continue
        out.append(
            Mention(
                id=f"{doc_id}:{idx}",
                doc_id=str(doc_id),
                sentence=sentence,
                start=t_start,
                end=t_end,
                participants=tuple(str(a) for a in fields.get("actors") or ()),
            )
        )
    return out
