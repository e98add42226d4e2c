"""Pairwise mention features, as matrices over the mentions of one topic.

Every feature is an ``n x n`` symmetric matrix; :data:`WORD_FEATURES` need no model (the
argument overlap needs the parse the caller did to fill :attr:`Mention.arguments`),
:data:`EMBEDDING_FEATURES` add the MiniLM similarities. The pair scorer
(:mod:`.model`) weighs them; the products (``lemma_doc`` ...) let a linear scorer learn that
a shared lemma means more in documents of one story than across stories.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .arguments import argument_overlap, people_conflict, slot_conflicts
from .documents import DocumentSimilarity
from .embed import MiniLMEmbedder
from .lexicon import trigger_relation
from .mention import Mention

Matrix = npt.NDArray[np.float64]
PairFeatures = dict[str, Matrix]

WORD_FEATURES: tuple[str, ...] = (
    "lemma",  # same head lemma
    "synonym",  # one synonym set of the lexicon
    "derivation",  # one stem (construct / construction)
    "doc",  # TF-IDF cosine of the two documents
    "doc_relative",  # ... over the topic's mean
    "doc_cophenetic",  # average-linkage cophenetic similarity over the topic's mean
    "doc_cophenetic_1",  # the same, capped at 1 (at most as alike as the topic's average)
    "same_doc",
    "time_conflict",
    "place_conflict",
    "participant_conflict",
    "people_conflict",  # both sentences name people, and none in common
    "arguments",  # Jaccard overlap of the triggers' syntactic arguments
    "lemma_doc",
    "lemma_same_doc",
    "lemma_cophenetic",
)
EMBEDDING_FEATURES: tuple[str, ...] = (
    *WORD_FEATURES,
    "span",  # cosine of the trigger's contextual vectors (word pieces in the sentence)
    "trigger",  # cosine of the trigger text embedded alone
    "sentence",  # cosine of the sentence vectors
    "context",  # cosine of the sentence vectors with the trigger cut out
    "best_embedding",  # the larger of span and trigger
    "span_doc",
)


def lexical_matrices(mentions: Sequence[Mention]) -> tuple[Matrix, Matrix, Matrix]:
    """Same lemma, same synonym set, same stem (one-hot by :func:`trigger_relation`)."""
    n = len(mentions)
    relation = np.zeros((n, n))
    memo: dict[tuple[str, str, str, str], float] = {}
    for i in range(n):
        a = mentions[i]
        for j in range(i, n):
            b = mentions[j]
            key = (a.trigger.lower(), a.lemma, b.trigger.lower(), b.lemma)
            if key not in memo:
                memo[key] = trigger_relation(a.trigger, a.lemma, b.trigger, b.lemma)
            relation[i, j] = relation[j, i] = memo[key]
    return (
        (relation == 1.0).astype(np.float64),
        (relation == 0.9).astype(np.float64),
        (relation == 0.8).astype(np.float64),
    )


ARGUMENT_MATRICES = (
    "time_conflict", "place_conflict", "participant_conflict", "people_conflict", "arguments",
)  # fmt: skip


def argument_matrices(mentions: Sequence[Mention]) -> PairFeatures:
    """Time, place, participant and people conflicts (1.0 where both name one and they
    differ), and the overlap of the triggers' syntactic arguments; keys as
    :data:`ARGUMENT_MATRICES`."""
    n = len(mentions)
    out = np.zeros((len(ARGUMENT_MATRICES), n, n))
    for i in range(n):
        a = mentions[i]
        for j in range(i + 1, n):
            b = mentions[j]
            values = (*slot_conflicts(a, b), people_conflict(a, b), argument_overlap(a, b))
            for slot, value in enumerate(values):
                out[slot, i, j] = out[slot, j, i] = float(value)
    return dict(zip(ARGUMENT_MATRICES, out, strict=True))


def context(mention: Mention) -> str:
    """The mention's sentence without its trigger: what is said around the event."""
    return mention.sentence[: mention.start] + mention.sentence[mention.end :]


def embedding_matrices(
    mentions: Sequence[Mention], embedder: MiniLMEmbedder
) -> tuple[Matrix, Matrix, Matrix, Matrix]:
    """Cosine of trigger-span vectors, of trigger-text vectors, of sentence vectors and of
    the sentences' vectors without the trigger (:func:`context`)."""
    spans = embedder.embed_spans([(m.sentence, m.start, m.end) for m in mentions])
    triggers = embedder.embed([m.trigger for m in mentions])
    sentences = embedder.embed([m.sentence for m in mentions])
    contexts = embedder.embed([context(m) for m in mentions])
    return (
        (spans @ spans.T).astype(np.float64),
        (triggers @ triggers.T).astype(np.float64),
        (sentences @ sentences.T).astype(np.float64),
        (contexts @ contexts.T).astype(np.float64),
    )


def pair_features(
    mentions: Sequence[Mention],
    documents: DocumentSimilarity,
    embedder: MiniLMEmbedder | None = None,
) -> PairFeatures:
    """Every feature of :data:`WORD_FEATURES` (and of :data:`EMBEDDING_FEATURES` when an
    ``embedder`` is given) for each pair of ``mentions``."""
    rows = documents.rows([m.doc_id for m in mentions])
    grid = np.ix_(rows, rows)
    lemma, synonym, derivation = lexical_matrices(mentions)
    arguments = argument_matrices(mentions)
    same_doc = (rows[:, None] == rows[None, :]).astype(np.float64)
    doc = documents.cosine[grid]
    cophenetic = documents.cophenetic[grid]
    out: PairFeatures = {
        "lemma": lemma,
        "synonym": synonym,
        "derivation": derivation,
        "doc": doc,
        "doc_relative": documents.relative[grid],
        "doc_cophenetic": cophenetic,
        "doc_cophenetic_1": np.minimum(cophenetic, 1.0),
        "same_doc": same_doc,
        **arguments,
        "lemma_doc": lemma * doc,
        "lemma_same_doc": lemma * same_doc,
        "lemma_cophenetic": lemma * cophenetic,
    }
    if embedder is not None:
        span, trigger, sentence, around = embedding_matrices(mentions, embedder)
        out |= {
            "span": span,
            "trigger": trigger,
            "sentence": sentence,
            "context": around,
            "best_embedding": np.maximum(span, trigger),
            "span_doc": span * doc,
        }
    return out
