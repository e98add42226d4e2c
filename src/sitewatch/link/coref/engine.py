"""Cross-document event coreference: group mentions of one real-world event.

1. Mentions are split by ``topic`` (when given): different topics never merge.
2. Within a topic, documents are compared (:mod:`.documents`): TF-IDF cosine, relative to
   the topic's mean, and the cophenetic similarity of a document dendrogram, so that the
   scorer can tell reports of one story from reports of another story of the same kind.
3. Each pair of mentions gets a probability of coreference from a logistic pair scorer
   (:mod:`.model`) over trigger relatedness (:mod:`.lexicon`), contextual trigger, trigger,
   sentence and context similarity (:mod:`.embed`), document likeness, argument conflicts
   and shared syntactic arguments (:mod:`.arguments`); where both mentions name places that
   differ, the probability is 0.
4. Average-linkage agglomerative clustering (:mod:`.agglomerative`) merges while the mean
   pair probability between two clusters stays at or above the threshold.

Everything is deterministic: the same mentions and configuration give the same clusters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .agglomerative import Linkage, agglomerate
from .documents import DocumentSimilarity, document_similarity
from .embed import MiniLMEmbedder
from .features import Matrix, PairFeatures, pair_features
from .mention import Mention
from .model import PairModel, shipped_model


@dataclass(frozen=True)
class CorefConfig:
    """How to score and cluster; copy with :func:`dataclasses.replace`, never mutate."""

    model: PairModel | None = None  # None: the shipped model matching the embedder
    threshold: float | None = None  # None: the model's own (chosen when it was trained)
    linkage: Linkage = "average"
    place_veto: bool = True  # mentions naming different places never merge


def by_topic(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.topic or "", []).append(mention)
    return groups


def topic_documents(
    mentions: Sequence[Mention], texts: Mapping[str, str] | None = None
) -> DocumentSimilarity:
    """Document similarities for one topic's mentions; a document without a text is
    represented by its mentions' sentences."""
    bodies = {m.doc_id: (texts or {}).get(m.doc_id, "") for m in mentions}
    for mention in mentions:
        if not (texts and mention.doc_id in texts):
            bodies[mention.doc_id] += " " + mention.sentence
    return document_similarity(bodies)


def topic_features(
    mentions: Sequence[Mention],
    embedder: MiniLMEmbedder | None = None,
    texts: Mapping[str, str] | None = None,
) -> PairFeatures:
    """Every pair feature for the mentions of one topic (what the scorer sees)."""
    return pair_features(mentions, topic_documents(mentions, texts), embedder)


def cluster_scored(
    mentions: Sequence[Mention], features: PairFeatures, model: PairModel, config: CorefConfig
) -> list[list[str]]:
    """Clusters of one topic's mention ids from precomputed ``features``."""
    probability: Matrix = model.probabilities(features)
    if config.place_veto:
        probability[features["place_conflict"] > 0] = 0.0
    threshold = model.threshold if config.threshold is None else config.threshold
    clusters = agglomerate(probability, threshold, config.linkage)
    return [[mentions[i].id for i in cluster] for cluster in clusters]


def cluster_mentions(
    mentions: Sequence[Mention],
    config: CorefConfig | None = None,
    embedder: MiniLMEmbedder | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """Clusters of mention ids, one per event; ``texts`` are full document texts, optional.

    Without an ``embedder`` the shipped words-and-documents model is used (weaker, but
    model-free).
    """
    config = config or CorefConfig()
    ids = [m.id for m in mentions]
    if len(set(ids)) != len(ids):
        raise ValueError("mention ids must be unique")
    model = config.model or shipped_model(embedder is not None)
    out: list[list[str]] = []
    topics = by_topic(mentions)
    for topic in sorted(topics):
        group = topics[topic]
        if len(group) == 1:
            out.append([group[0].id])
            continue
        out.extend(cluster_scored(group, topic_features(group, embedder, texts), model, config))
    return out
