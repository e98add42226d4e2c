"""Near-duplicate detection: MinHash over word shingles, LSH buckets kept in the store.

Copies are linked to the earliest copy (by publication date, then id), never
dropped, so that later stages count a syndicated wire story once. The LSH
buckets live in an indexed table, so finding candidates for a new document is a
single indexed look-up whatever the store's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from ..model import Document
from ..store.db import Database

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs at Jaccard 0.5 collide with p ~ 0.87, at 0.8 ~ 1.0
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_WORD = re.compile(r"\w+")
_SEED = 7


@dataclass(frozen=True)
class Fingerprint:
    signature: np.ndarray  # NUM_PERM uint64 hash minima

    def buckets(self) -> list[str]:
        return [
            f"{band}:{hash_band(self.signature[band * ROWS : (band + 1) * ROWS])}"
            for band in range(BANDS)
        ]

    def similarity(self, other: Fingerprint) -> float:
        return float(np.mean(self.signature == other.signature))

    def to_text(self) -> str:
        return self.signature.astype(np.uint32).tobytes().hex()

    @classmethod
    def from_text(cls, text: str) -> Fingerprint:
        return cls(np.frombuffer(bytes.fromhex(text), dtype=np.uint32).astype(np.uint64))


def hash_band(values: np.ndarray) -> str:
    return values.astype(np.uint32).tobytes().hex()


def fingerprint(text: str) -> Fingerprint:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        shingles = {" ".join(words).encode()}
    else:
        shingles = {
            " ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)
        }
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch(list(shingles))
    return Fingerprint(minhash.hashvalues.astype(np.uint64))


@dataclass(frozen=True)
class NearDuplicateLinker:
    threshold: float = 0.8

    def __call__(self, db: Database, document: Document) -> None:
        """Store the document's fingerprint and (re)link its copy group, in the caller's
        transaction."""
        print_ = fingerprint(document.text)
        buckets = print_.buckets()
        marks = ",".join("?" * len(buckets))
        candidates = db.query(
            f"SELECT DISTINCT m.doc_id, m.signature FROM lsh_buckets b "
            f"JOIN minhashes m ON m.doc_id = b.doc_id WHERE b.bucket IN ({marks})",
            buckets,
        )
        db.execute(
            "INSERT INTO minhashes (doc_id, signature) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (document.id, print_.to_text()),
        )
        db.executemany(
            "INSERT INTO lsh_buckets (bucket, doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(b, document.id) for b in buckets],
        )
        matches = [
            doc_id
            for doc_id, sig in candidates
            if doc_id != document.id
            and print_.similarity(Fingerprint.from_text(sig)) >= self.threshold
        ]
        if matches:
            self._relink(db, {document.id, *matches})

    def _relink(self, db: Database, seeds: set[str]) -> None:
        group = self._group(db, seeds)
        marks = ",".join("?" * len(group))
        rows = db.query(
            f"SELECT d.id, d.published, m.signature FROM documents d "
            f"JOIN minhashes m ON m.doc_id = d.id WHERE d.id IN ({marks})",
            sorted(group),
        )
        rows.sort(key=lambda r: (r[1] or "9999", r[0]))
        original, _, original_sig = rows[0]
        original_print = Fingerprint.from_text(original_sig)
        db.execute("DELETE FROM near_duplicates WHERE doc_id = ?", (original,))
        for doc_id, _published, sig in rows[1:]:
            similarity = round(original_print.similarity(Fingerprint.from_text(sig)), 4)
            db.execute("DELETE FROM near_duplicates WHERE doc_id = ?", (doc_id,))
            db.execute(
                "INSERT INTO near_duplicates (doc_id, original_id, similarity) VALUES (?, ?, ?)",
                (doc_id, original, similarity),
            )

    @staticmethod
    def _group(db: Database, seeds: set[str]) -> set[str]:
        """The seeds, their originals, and every copy of those originals."""
        marks = ",".join("?" * len(seeds))
        ids = sorted(seeds)
        originals = {
            r[0]
            for r in db.query(
                f"SELECT original_id FROM near_duplicates WHERE doc_id IN ({marks})", ids
            )
        }
        heads = seeds | originals
        marks = ",".join("?" * len(heads))
        copies = {
            r[0]
            for r in db.query(
                f"SELECT doc_id FROM near_duplicates WHERE original_id IN ({marks})", sorted(heads)
            )
        }
        return heads | copies
