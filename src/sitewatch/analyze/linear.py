"""Small learned decisions shared by the stages: a logistic regression over named, sparse
string features ("lemma=sign", "dep=ROOT"), fitted with numpy, its weights shipped as JSON.

Used by the claims stage (filter and cue proposer, weights in ``data/claims_model.json``),
and by the benchmark scripts that measure learned alternatives for other stages
(``bench/events_train.py``, ``bench/events_dates.py``, ``bench/times_train.py``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over string features, with the threshold chosen for it."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        logit = self.bias + math.fsum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold

    def as_json(self) -> dict[str, Any]:
        return {"bias": round(self.bias, 5), "threshold": self.threshold,
                "weights": {f: round(w, 4) for f, w in sorted(self.weights.items())
                            if abs(w) >= 1e-4}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   bias=float(data["bias"]), threshold=float(data["threshold"]))


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], threshold: float,
        l2: float = 1.0, min_count: int = 3, steps: int = 300, prune: float = 0.01) -> LinearModel:
    """L2-penalised logistic regression on binary string features (full-batch gradient
    descent with Adam steps, from zero, so the result is deterministic); features seen
    fewer than ``min_count`` times are left out, weights smaller than ``prune`` dropped."""
    if len(rows) != len(labels):
        raise ValueError("one label per row")
    counts: dict[str, int] = {}
    for row in rows:
        for f in set(row):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    cols: list[int] = []
    row_of: list[int] = []
    for r, row in enumerate(rows):
        for f in set(row):
            if f in index:
                cols.append(index[f])
                row_of.append(r)
    col = np.asarray(cols, dtype=np.int64)
    rid = np.asarray(row_of, dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)
    n, d = len(rows), len(names)
    w = np.zeros(d + 1)  # the last one is the bias
    m = np.zeros(d + 1)
    v = np.zeros(d + 1)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        logit = np.bincount(rid, weights=w[col], minlength=n) + w[d]
        p = 1.0 / (1.0 + np.exp(-np.clip(logit, -30, 30)))
        err = p - y
        grad = np.empty(d + 1)
        grad[:d] = np.bincount(col, weights=err[rid], minlength=d) + l2 * w[:d]
        grad[d] = err.sum()
        grad /= n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    return LinearModel(weights={f: round(float(w[i]), 4) for f, i in index.items()
                                if abs(w[i]) >= prune},
                       bias=round(float(w[d]), 5), threshold=threshold)


def weights_path(name: str) -> Path:
    """Where shipped weights named ``name`` live: the package's data folder."""
    return Path(str(resources.files("sitewatch") / "data" / name))


def read_weights(name: str) -> dict[str, Any] | None:
    """The shipped weights file ``name`` as JSON, or None when it is absent (the stage's
    rules then run alone)."""
    path = weights_path(name)
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
