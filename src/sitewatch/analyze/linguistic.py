"""The spaCy stage: tokens, sentences and named entities, streamed with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Analysis, Entity, Sentence
from .pipeline import Declined


@dataclass
class SpacyStage:
    """Parses English documents; others are declined (stored, not analysed)."""

    nlp: Any
    name: str = "spacy"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("spacy_doc", "sentences", "entities")
    batch_size: int = 32
    _label: dict[int, str] = field(default_factory=dict, repr=False)

    def pipe(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        english = [a for a in analyses if a.document.is_english]
        texts = (a.document.text for a in english)
        for analysis, doc in zip(
            english, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True
        ):
            self._fill(analysis, doc)
        return list(analyses)

    def __call__(self, analysis: Analysis) -> Analysis:
        if not analysis.document.is_english:
            raise Declined(f"language {analysis.document.language}")
        self._fill(analysis, self.nlp(analysis.document.text))
        return analysis

    def _fill(self, analysis: Analysis, doc: Any) -> None:
        analysis.spacy_doc = doc
        analysis.sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
        analysis.entities = [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        analysis.done.add(self.name)
