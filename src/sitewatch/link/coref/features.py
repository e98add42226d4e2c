"""Pairwise mention features, as matrices over one group of mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .arguments import argument_penalty, place_conflict
from .embed import MiniLMEmbedder
from .lexicon import trigger_relation
from .mention import Mention

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PairFeatures:
    """Each field is an ``n x n`` matrix for ``n`` mentions (symmetric)."""

    lexical: Matrix
    span: Matrix
    sentence: Matrix
    arguments: Matrix
    place_conflict: Matrix


def lexical_matrix(mentions: Sequence[Mention]) -> Matrix:
    n = len(mentions)
    out = np.zeros((n, n))
    memo: dict[tuple[str, str, str, str], float] = {}
    for i in range(n):
        a = mentions[i]
        for j in range(i, n):
            b = mentions[j]
            key = (a.trigger.lower(), a.lemma, b.trigger.lower(), b.lemma)
            if key not in memo:
                memo[key] = trigger_relation(a.trigger, a.lemma, b.trigger, b.lemma)
            out[i, j] = out[j, i] = memo[key]
    return out


def argument_matrices(mentions: Sequence[Mention]) -> tuple[Matrix, Matrix]:
    """The argument penalty (<= 0) and place conflicts (1.0 where places differ)."""
    n = len(mentions)
    penalty, conflict = np.zeros((n, n)), np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            penalty[i, j] = penalty[j, i] = argument_penalty(mentions[i], mentions[j])
            if place_conflict(mentions[i], mentions[j]):
                conflict[i, j] = conflict[j, i] = 1.0
    return penalty, conflict


def embedding_matrices(
    mentions: Sequence[Mention], embedder: MiniLMEmbedder | None
) -> tuple[Matrix, Matrix]:
    """Cosine of trigger-span vectors and of sentence vectors (zeros without an embedder)."""
    n = len(mentions)
    if embedder is None:
        return np.zeros((n, n)), np.zeros((n, n))
    spans = embedder.embed_spans([(m.sentence, m.start, m.end) for m in mentions])
    sentences = embedder.embed([m.sentence for m in mentions])
    span = (spans @ spans.T).astype(np.float64)
    sentence = (sentences @ sentences.T).astype(np.float64)
    return span, sentence


def pair_features(mentions: Sequence[Mention], embedder: MiniLMEmbedder | None) -> PairFeatures:
    span, sentence = embedding_matrices(mentions, embedder)
    penalty, conflict = argument_matrices(mentions)
    return PairFeatures(
        lexical=lexical_matrix(mentions),
        span=span,
        sentence=sentence,
        arguments=penalty,
        place_conflict=conflict,
    )
