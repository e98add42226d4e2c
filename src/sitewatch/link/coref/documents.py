"""Document clustering before mention clustering: group reports of one story.

Documents are compared by TF-IDF cosine over their content words (sublinear term
frequency), names and numbers counted again, since they are what tells two stories of
one kind apart; then grouped by average-linkage agglomerative clustering. Mentions are
only clustered within a group, which keeps two similar events (two different arrests,
two different launches) apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from .agglomerative import Linkage, agglomerate

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d+")
_STOP_WORDS = """the a an and or but of in on at to for from by with about as into after before over
    under is are was were be been being has have had do does did will would can could should
    may might must this that these those it its he she they them his her their our we you i
    not no said says say also than then there here who whom which what when where while more
    most some any all one two new year years day days time just like out up down off over
    """
_STOP = frozenset(_STOP_WORDS.split())


NAME_WEIGHT = 2  # a name or number counts this many extra times: names tell stories apart


def _terms(text: str) -> Counter[str]:
    """Content words, plus a ``N:`` term for each name (capitalised, not sentence-initial)
    or number, so that two stories of one kind (two arrests) differ by who, where, when."""
    terms: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if lower in _STOP:
            continue
        terms[lower] += 1
        if word.isdigit() or (word[0].isupper() and not _sentence_initial(text, match.start())):
            terms["N:" + lower] += NAME_WEIGHT
    return terms


def _sentence_initial(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] in ".!?\n\"'"


def tfidf_matrix(texts: Sequence[str]) -> npt.NDArray[np.float64]:
    """Rows: L2-normalised TF-IDF vectors (sublinear tf, smoothed idf)."""
    counts = [_terms(text) for text in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {term: i for i, term in enumerate(sorted(df))}
    n = len(texts)
    matrix = np.zeros((n, len(vocab)), dtype=np.float64)
    for row, c in enumerate(counts):
        for term, count in c.items():
            idf = math.log((1 + n) / (1 + df[term])) + 1.0
            matrix[row, vocab[term]] = (1.0 + math.log(count)) * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: npt.NDArray[np.float64] = matrix / norms
    return normalised


def cluster_documents(
    texts: Mapping[str, str], threshold: float, linkage: Linkage = "average"
) -> list[list[str]]:
    """Groups of document ids whose texts are alike (sorted, deterministic)."""
    ids = sorted(texts)
    if len(ids) <= 1:
        return [ids] if ids else []
    matrix = tfidf_matrix([texts[i] for i in ids])
    groups = agglomerate(matrix @ matrix.T, threshold, linkage)
    return sorted(([ids[i] for i in group] for group in groups), key=lambda g: g[0])
