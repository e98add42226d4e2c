"""Coreference metrics: MUC, B-cubed, CEAF-e and the CoNLL F1.

Definitions follow the reference scorer (Pradhan et al. 2014, "Scoring coreference
partitions of predicted mentions: a reference implementation"):

- MUC (Vilain et al. 1995): links. Recall is ``sum(|K| - |p(K)|) / sum(|K| - 1)`` over key
  clusters ``K``, where ``p(K)`` partitions ``K`` by the response clusters (a mention absent
  from the response is a partition of its own); precision swaps key and response.
  Singletons carry no links, so they count for nothing either way.
- B-cubed (Bagga and Baldwin 1998): per mention, the overlap of its key and response
  clusters over the size of its response cluster (precision) or key cluster (recall),
  averaged over the mentions of the response (precision) or key (recall).
- CEAF-e (Luo 2005): entity similarity ``phi4 = 2 |K & R| / (|K| + |R|)``, best one-to-one
  alignment of key and response clusters; recall divides the aligned total by the number of
  key clusters, precision by the number of response clusters.

Singletons are kept in both key and response (as is usual for ECB+), which matters for
B-cubed and CEAF-e. Clusters are any iterables of hashable mention ids.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 0.0 if total == 0 else 2 * self.recall * self.precision / total


@dataclass(frozen=True)
class CorefScores:
    muc: Score
    b_cubed: Score
    ceaf_e: Score

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def as_dict(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, score in (("muc", self.muc), ("b3", self.b_cubed), ("ceafe", self.ceaf_e)):
            out[f"{name}_r"] = score.recall
            out[f"{name}_p"] = score.precision
            out[f"{name}_f1"] = score.f1
        out["conll_f1"] = self.conll_f1
        return out


def _clusters(clusters: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    out = [frozenset(c) for c in clusters]
    return [c for c in out if c]


def _owner(clusters: Sequence[Cluster]) -> dict[Hashable, int]:
    owner: dict[Hashable, int] = {}
    for index, cluster in enumerate(clusters):
        for mention in cluster:
            if mention in owner:
                raise ValueError(f"mention {mention!r} is in two clusters")
            owner[mention] = index
    return owner


def _muc_side(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    owner = _owner(response)
    numerator = 0
    denominator = 0
    for cluster in key:
        seen: set[int] = set()
        unaligned = 0
        for mention in cluster:
            if mention in owner:
                seen.add(owner[mention])
            else:
                unaligned += 1
        numerator += len(cluster) - (len(seen) + unaligned)
        denominator += len(cluster) - 1
    return 0.0 if denominator == 0 else numerator / denominator


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)
    return Score(recall=_muc_side(k, r), precision=_muc_side(r, k))


def _b3_side(key: Sequence[Cluster], response: Sequence[Cluster]) -> float:
    owner = _owner(response)
    total = 0.0
    count = 0
    for cluster in key:
        for mention in cluster:
            count += 1
            if mention in owner:
                total += len(cluster & response[owner[mention]]) / len(cluster)
    return 0.0 if count == 0 else total / count


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)
    return Score(recall=_b3_side(k, r), precision=_b3_side(r, k))


def _phi4(a: Cluster, b: Cluster) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def _hungarian_max(weights: list[list[float]]) -> float:
    """Best total weight of a one-to-one assignment (rows may be fewer or more than columns)."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if rows == 0 or cols == 0:
        return 0.0
    transpose = rows > cols
    if transpose:
        weights = [list(column) for column in zip(*weights, strict=True)]
        rows, cols = cols, rows
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    # Kuhn-Munkres with potentials (rows <= cols), 1-based as in the classic formulation.
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    match = [0] * (cols + 1)
    for i in range(1, rows + 1):
        match[0] = i
        j0 = 0
        minv = [float("inf")] * (cols + 1)
        used = [False] * (cols + 1)
        way = [0] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], float("inf"), 0
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sum(weights[match[j] - 1][j - 1] for j in range(1, cols + 1) if match[j])


def _components(
    key: Sequence[Cluster], response: Sequence[Cluster]
) -> list[tuple[list[int], list[int]]]:
    """Groups of key and response clusters linked by shared mentions (phi4 is 0 across groups)."""
    owner = _owner(response)
    parent = list(range(len(key)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_key_of: dict[int, int] = {}
    for index, cluster in enumerate(key):
        for mention in cluster:
            if mention not in owner:
                continue
            other = first_key_of.setdefault(owner[mention], index)
            parent[find(index)] = find(other)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for index in range(len(key)):
        groups.setdefault(find(index), ([], []))[0].append(index)
    for r_index, k_index in first_key_of.items():
        groups[find(k_index)][1].append(r_index)
    return list(groups.values())


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return Score(0.0, 0.0)
    total = 0.0
    for k_ids, r_ids in _components(k, r):
        if r_ids:
            total += _hungarian_max([[_phi4(k[i], r[j]) for j in r_ids] for i in k_ids])
    return Score(recall=total / len(k), precision=total / len(r))


def evaluate(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> CorefScores:
    k, r = _clusters(key), _clusters(response)
    return CorefScores(muc=muc(k, r), b_cubed=b_cubed(k, r), ceaf_e=ceaf_e(k, r))
