"""Agglomerative clustering over a similarity matrix, stopped at a threshold.

Deterministic: at each step the most similar pair of clusters merges (ties go to the lowest
indices), and cluster similarities are updated by the Lance-Williams rule for the chosen
linkage (``average``, ``complete`` or ``single``).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

Linkage = Literal["average", "complete", "single"]


def agglomerate(
    similarity: npt.NDArray[np.float64], threshold: float, linkage: Linkage = "average"
) -> list[list[int]]:
    """Clusters of row indices: merge while the best linkage similarity is >= ``threshold``."""
    n = similarity.shape[0]
    if n == 0:
        return []
    sim = similarity.astype(np.float64).copy()
    np.fill_diagonal(sim, -np.inf)
    members: list[list[int]] = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    while True:
        masked = np.where(alive[:, None] & alive[None, :], sim, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, n)
        if not np.isfinite(masked[i, j]) or masked[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        size_i, size_j = len(members[i]), len(members[j])
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
        members[i].extend(members[j])
        members[j] = []
    return [sorted(m) for m, keep in zip(members, alive, strict=True) if keep]
