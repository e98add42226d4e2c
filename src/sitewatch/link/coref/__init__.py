"""Cross-document event coreference (issue 6): reports of one event become one cluster."""

from .engine import CorefConfig, cluster_mentions
from .mention import Mention
from .metrics import CorefScores, Score, evaluate
from .model import PairModel, fit_pair_model, shipped_model

__all__ = [
    "CorefConfig",
    "CorefScores",
    "Mention",
    "PairModel",
    "Score",
    "cluster_mentions",
    "evaluate",
    "fit_pair_model",
    "shipped_model",
]
