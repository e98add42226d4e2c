"""Ordered, named stages over batches of documents, with per-document failure capture.

A stage declares what it ``requires`` and what it ``assigns`` (names of
:class:`~sitewatch.model.Analysis` fields, plus ``"spacy_doc"``); the pipeline
checks the order once, when it is built. A stage that raises on a document is
recorded as a :class:`~sitewatch.model.StageFailure` for that document, the
stages that need its output are skipped for that document, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol, runtime_checkable

from ..model import Analysis, Document, StageFailure

PROVIDED = frozenset({"document", "text"})


@runtime_checkable
class Stage(Protocol):
    """A per-document stage: takes an analysis, fills its fields, returns it."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


@runtime_checkable
class BatchStage(Protocol):
    """A stage that is faster over a batch (spaCy's ``nlp.pipe``)."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def pipe(self, analyses: Sequence[Analysis]) -> list[Analysis]: ...

    def __call__(self, analysis: Analysis) -> Analysis: ...


class PipelineOrderError(ValueError):
    """A stage needs something no earlier stage assigns."""


@dataclass
class Pipeline:
    stages: list[Stage]
    batch_size: int = 32
    _assigned_by: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        available = set(PROVIDED)
        names: set[str] = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineOrderError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineOrderError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, "
                    "which no earlier stage assigns"
                )
            available.update(stage.assigns)
            for item in stage.assigns:
                self._assigned_by.setdefault(item, stage.name)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        """Analyses in input order, streamed one batch at a time."""
        iterator = iter(documents)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self.run_batch(batch)

    def run_batch(self, documents: Sequence[Document]) -> list[Analysis]:
        analyses = [Analysis(document=d) for d in documents]
        for stage in self.stages:
            ready = [a for a in analyses if self._ready(stage, a)]
            if ready:
                self._apply(stage, ready)
        for analysis in analyses:
            analysis.spacy_doc = None  # free the parse: it is never stored
        return analyses

    def _ready(self, stage: Stage, analysis: Analysis) -> bool:
        failed = {f.stage for f in analysis.failures}
        for item in stage.requires:
            producer = self._assigned_by.get(item)
            if producer is not None and (producer in failed or producer not in analysis.done):
                return False
        return True

    def _apply(self, stage: Stage, analyses: list[Analysis]) -> None:
        if isinstance(stage, BatchStage):
            try:
                stage.pipe(analyses)
            except Exception:
                for analysis in analyses:
                    analysis.done.discard(stage.name)
            else:
                return
        for analysis in analyses:
            try:
                stage(analysis)
            except Declined:
                continue
            except Exception as exc:
                analysis.failures.append(StageFailure(stage.name, type(exc).__name__, str(exc)))
                continue
            analysis.done.add(stage.name)


class Declined(Exception):
    """Raised by a stage that does not apply to a document (say, not English)."""
