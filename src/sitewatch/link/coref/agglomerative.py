"""Agglomerative clustering over a similarity matrix, stopped at a threshold.

Deterministic: at each step the most similar pair of clusters merges (ties go to the lowest
indices), and cluster similarities are updated by the Lance-Williams rule for the chosen
linkage (``average``, ``complete`` or ``single``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import numpy as np
import numpy.typing as npt

Linkage = Literal["average", "complete", "single"]
Matrix = npt.NDArray[np.float64]


def _merges(
    similarity: Matrix, linkage: Linkage
) -> Iterator[tuple[float, list[int], list[int], list[list[int]]]]:
    """Each merge, best first: its linkage similarity, the two merged clusters, and the
    clusters alive after it."""
    n = similarity.shape[0]
    sim = similarity.astype(np.float64).copy()
    np.fill_diagonal(sim, -np.inf)
    members: list[list[int]] = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    for _ in range(n - 1):
        masked = np.where(alive[:, None] & alive[None, :], sim, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, n)
        height = float(masked[i, j])
        if not np.isfinite(height):
            return
        i, j = min(i, j), max(i, j)
        left, right = members[i], members[j]
        size_i, size_j = len(left), len(right)
        if linkage == "average":
            merged = (size_i * sim[i] + size_j * sim[j]) / (size_i + size_j)
        elif linkage == "complete":
            merged = np.minimum(sim[i], sim[j])
        else:
            merged = np.maximum(sim[i], sim[j])
        sim[i, :] = merged
        sim[:, i] = merged
        sim[i, i] = -np.inf
        alive[j] = False
        members[i] = left + right
        members[j] = []
        yield height, left, right, [m for m, keep in zip(members, alive, strict=True) if keep]


def agglomerate(
    similarity: Matrix, threshold: float, linkage: Linkage = "average"
) -> list[list[int]]:
    """Clusters of row indices: merge while the best linkage similarity is >= ``threshold``."""
    n = similarity.shape[0]
    clusters: list[list[int]] = [[i] for i in range(n)]
    for height, _, _, alive in _merges(similarity, linkage):
        if height < threshold:
            break
        clusters = alive
    return [sorted(c) for c in clusters]


def cophenetic(similarity: Matrix, linkage: Linkage = "average") -> Matrix:
    """The linkage similarity at which each pair of rows first shares a cluster (1.0 on the
    diagonal): the whole dendrogram as one matrix, so a caller need not pick a cut."""
    n = similarity.shape[0]
    out = np.ones((n, n), dtype=np.float64)
    for height, left, right, _ in _merges(similarity, linkage):
        out[np.ix_(left, right)] = height
        out[np.ix_(right, left)] = height
    return out
