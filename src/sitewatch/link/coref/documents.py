"""How alike two documents are: the story-level evidence for event coreference.

Documents are compared by TF-IDF cosine over their content words (sublinear term
frequency), names and numbers counted again, since they are what tells two stories of
one kind apart (two different arrests, two different launches).

:func:`document_similarity` gives the pair scorer three views of it: the raw cosine, the
cosine relative to the mean cosine of the topic's documents, and the relative cophenetic
similarity of an average-linkage dendrogram (how alike the two documents' groups are when
they first join). Relative values make one model fit topics whose documents are
uniformly alike or unalike; the dendrogram view lets the scorer learn where stories part
instead of relying on one hand-set cut.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .agglomerative import cophenetic

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d+")
_STOP_WORDS = """the a an and or but of in on at to for from by with about as into after before over
    under is are was were be been being has have had do does did will would can could should
    may might must this that these those it its he she they them his her their our we you i
    not no said says say also than then there here who whom which what when where while more
    most some any all one two new year years day days time just like out up down off over
    """
_STOP = frozenset(_STOP_WORDS.split())


NAME_WEIGHT = 2  # a name or number counts this many extra times: names tell stories apart
RELATIVE_CAP = 3.0  # relative similarities above this many times the topic mean are capped
MEAN_FLOOR = 0.02  # the topic mean is at least this, so unrelated documents stay unrelated
Matrix = npt.NDArray[np.float64]


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


@dataclass(frozen=True)
class DocumentSimilarity:
    """Similarities between the documents of one topic; rows and columns follow ``index``."""

    index: dict[str, int]
    cosine: Matrix
    relative: Matrix  # cosine / mean cosine of distinct documents, capped at RELATIVE_CAP
    cophenetic: Matrix  # average-linkage cophenetic similarity / the same mean, capped

    def rows(self, doc_ids: Sequence[str]) -> npt.NDArray[np.intp]:
        return np.array([self.index[d] for d in doc_ids], dtype=np.intp)


def document_similarity(texts: Mapping[str, str]) -> DocumentSimilarity:
    """The three views of document likeness for the given documents (one topic); a
    document's similarity to itself is 1.0 before the relative views divide by the mean."""
    ids = sorted(texts)
    n = len(ids)
    vectors = tfidf_matrix([texts[i] for i in ids])
    cosine = vectors @ vectors.T
    np.fill_diagonal(cosine, 1.0)
    pairs = n * (n - 1)
    mean = max((float(cosine.sum()) - n) / pairs, MEAN_FLOOR) if pairs else 1.0 / RELATIVE_CAP
    return DocumentSimilarity(
        index={d: i for i, d in enumerate(ids)},
        cosine=cosine,
        relative=np.minimum(cosine / mean, RELATIVE_CAP),
        cophenetic=np.minimum(cophenetic(cosine) / mean, RELATIVE_CAP),
    )
