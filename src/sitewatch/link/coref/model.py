"""The pair scorer: a logistic regression over the pairwise features, and its training.

``P(coreferent) = sigmoid(bias + sum(weight_f * feature_f))``. :func:`fit_pair_model` fits it
by Newton's method with an L2 penalty on standardised features (the weights are stored
unstandardised, so scoring needs no statistics). :func:`shipped_model` loads the weights
that ship in ``sitewatch/data/coref_pair_model.json``: one model with the MiniLM features,
one with words and documents only (used when no embedder is available). Those weights were
trained by ``bench/event_coref.py --train`` on all eight topics of the ECB+ development
split (gold mentions); the cross-validated figure in ``bench/RESULTS.md`` is the honest one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .features import EMBEDDING_FEATURES, WORD_FEATURES, Matrix, PairFeatures

L2 = 1.0
NEWTON_STEPS = 25


@dataclass(frozen=True)
class PairModel:
    """Weights per feature name, a bias, and the clustering threshold chosen with them."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError("one weight per feature")

    def probabilities(self, features: PairFeatures) -> Matrix:
        """``P(coreferent)`` for every pair; 1.0 on the diagonal."""
        missing = [name for name in self.features if name not in features]
        if missing:
            raise ValueError(f"features missing for this model: {', '.join(missing)}")
        logit = np.full_like(features[self.features[0]], self.bias)
        for name, weight in zip(self.features, self.weights, strict=True):
            logit += weight * features[name]
        out: Matrix = 1.0 / (1.0 + np.exp(-logit))
        np.fill_diagonal(out, 1.0)
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        return cls(
            features=tuple(str(f) for f in data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )


def pair_rows(features: PairFeatures, names: Sequence[str]) -> npt.NDArray[np.float64]:
    """One row per unordered pair (upper triangle), one column per feature name."""
    n = features[names[0]].shape[0]
    upper = np.triu_indices(n, 1)
    return np.stack([features[name][upper] for name in names], axis=1)


def fit_pair_model(
    rows: npt.NDArray[np.float64],
    labels: npt.NDArray[np.float64],
    names: Sequence[str],
    threshold: float,
    l2: float = L2,
) -> PairModel:
    """Logistic regression by Newton's method; ``labels`` are 1.0 for coreferent pairs."""
    if rows.shape != (len(labels), len(names)):
        raise ValueError("rows must be pairs x features, one label per pair")
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    design = np.hstack([(rows - mean) / scale, np.ones((len(rows), 1))])
    penalty = l2 * np.diag(np.r_[np.ones(len(names)), 0.0])
    beta = np.zeros(design.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (p - labels) + penalty @ beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        beta -= np.linalg.solve(hessian, gradient)
    weights = beta[:-1] / scale
    bias = float(beta[-1] - (beta[:-1] * mean / scale).sum())
    return PairModel(tuple(names), tuple(float(w) for w in weights), bias, threshold)


def model_path() -> Path:
    return Path(str(resources.files("sitewatch") / "data" / "coref_pair_model.json"))


@cache
def shipped_model(embeddings: bool) -> PairModel:
    """The shipped weights: with MiniLM features, or words and documents only."""
    data = json.loads(model_path().read_text(encoding="utf-8"))
    model = PairModel.from_json(data["embeddings" if embeddings else "words"])
    expected = EMBEDDING_FEATURES if embeddings else WORD_FEATURES
    if set(model.features) != set(expected):
        raise ValueError(f"{model_path()}: features differ from the engine's; retrain")
    return model
