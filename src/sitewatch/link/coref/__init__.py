"""Cross-document event coreference (issue 6): reports of one event become one cluster."""

from .engine import CorefConfig, cluster_mentions
from .mention import Mention
from .metrics import CorefScores, Score, evaluate

__all__ = ["CorefConfig", "CorefScores", "Mention", "Score", "cluster_mentions", "evaluate"]
