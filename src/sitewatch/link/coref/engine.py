"""Cross-document event coreference: group mentions of one real-world event.

1. Mentions are split by ``topic`` (when given): different topics never merge.
2. Within a topic, documents are clustered by content (:mod:`.documents`), unless
   ``cluster_documents`` is off; mentions are clustered within each document group.
3. Within a group, each pair of mentions gets a score, a weighted sum of trigger
   relatedness (:mod:`.lexicon`), contextual trigger similarity and sentence similarity
   (:mod:`.embed`), less a penalty for conflicting arguments (:mod:`.arguments`), and a
   veto (a large penalty) where the two mentions name different places.
4. Agglomerative clustering (:mod:`.agglomerative`) merges while the linkage score stays
   at or above ``threshold``.

Everything is deterministic: the same mentions and configuration give the same clusters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .agglomerative import Linkage, agglomerate
from .documents import cluster_documents
from .embed import MiniLMEmbedder
from .features import Matrix, PairFeatures, pair_features
from .mention import Mention


@dataclass(frozen=True)
class CorefConfig:
    """Weights and thresholds; copy with :func:`dataclasses.replace`, never mutate."""

    # Defaults set on the even topics of the ECB+ dev split (bench/event_coref.py).
    threshold: float = 0.5
    linkage: Linkage = "average"
    lexical_weight: float = 0.7
    span_weight: float = 0.5
    sentence_weight: float = 0.15
    argument_weight: float = 0.5  # weighs a penalty (<= 0): conflicting time/place/actors
    place_veto: float = 1.0  # subtracted where both mentions name places that differ
    cluster_documents: bool = True
    document_threshold: float = 0.1
    document_linkage: Linkage = "average"


def pair_scores(features: PairFeatures, config: CorefConfig) -> Matrix:
    return (
        config.lexical_weight * features.lexical
        + config.span_weight * features.span
        + config.sentence_weight * features.sentence
        + config.argument_weight * features.arguments
        - config.place_veto * features.place_conflict
    )


def _by_topic(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.topic or "", []).append(mention)
    return groups


def document_groups(
    mentions: Sequence[Mention], config: CorefConfig, texts: Mapping[str, str] | None = None
) -> list[list[Mention]]:
    """The mentions of one topic split into groups of similar documents."""
    if not config.cluster_documents:
        return [list(mentions)]
    doc_ids = sorted({m.doc_id for m in mentions})
    bodies = {d: (texts or {}).get(d, "") for d in doc_ids}
    for mention in mentions:
        if not (texts and mention.doc_id in texts):
            bodies[mention.doc_id] += " " + mention.sentence
    clusters = cluster_documents(bodies, config.document_threshold, config.document_linkage)
    group_of = {doc: index for index, docs in enumerate(clusters) for doc in docs}
    groups: list[list[Mention]] = [[] for _ in clusters]
    for mention in mentions:
        groups[group_of[mention.doc_id]].append(mention)
    return [g for g in groups if g]


def cluster_group(
    mentions: Sequence[Mention], config: CorefConfig, embedder: MiniLMEmbedder | None
) -> list[list[str]]:
    if len(mentions) == 1:
        return [[mentions[0].id]]
    scores = pair_scores(pair_features(mentions, embedder), config)
    clusters = agglomerate(np.asarray(scores), config.threshold, config.linkage)
    return [[mentions[i].id for i in cluster] for cluster in clusters]


def cluster_mentions(
    mentions: Sequence[Mention],
    config: CorefConfig | None = None,
    embedder: MiniLMEmbedder | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """Clusters of mention ids, one per event; ``texts`` are full document texts, optional.

    Without an ``embedder`` the embedding features are zero and only words and arguments
    count (a weaker but model-free mode).
    """
    config = config or CorefConfig()
    ids = [m.id for m in mentions]
    if len(set(ids)) != len(ids):
        raise ValueError("mention ids must be unique")
    out: list[list[str]] = []
    for topic in sorted(_by_topic(mentions)):
        for group in document_groups(_by_topic(mentions)[topic], config, texts):
            out.extend(cluster_group(group, config, embedder))
    return out
