"""The application object: settings, pipeline and store, wired once and passed in.

``ingest`` runs the whole flow for a batch of inputs: expand → read → skip what
is stored → analyse in batches → store each batch in one transaction. Every bad
input becomes an :class:`~sitewatch.model.InputError` and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from .analyze.claims.stage import ClaimStage
from .analyze.events import EventStage
from .analyze.linguistic import SpacyStage
from .analyze.nlp import load_nlp
from .analyze.pipeline import Pipeline, Stage
from .analyze.places import PlaceStage
from .analyze.times import TimeStage, publication_date_from_text
from .errors import InputRejected
from .ingest.inputs import expand
from .ingest.pubdate import parse_published
from .ingest.reader import read_input
from .ingest.records import FieldMap
from .link.events import SiteEventLinker
from .link.neardup import NearDuplicateLinker
from .model import Analysis, Document, InputError
from .settings import Settings
from .store import Store, open_database
from .store.repository import Linker


def default_stages(settings: Settings) -> list[Stage]:
    """The analysis stages in order. Later capabilities append theirs here."""
    nlp = load_nlp(settings.spacy_model)
    return [
        SpacyStage(nlp, batch_size=settings.batch_size),
        TimeStage(),
        PlaceStage.from_settings(settings),
        ClaimStage(),
        EventStage(),
    ]


@dataclass
class IngestSummary:
    read: int = 0  # documents read from the inputs
    added: int = 0  # new documents stored
    unchanged: int = 0  # already in the store (same content hash)
    not_english: int = 0
    failed_stages: int = 0
    errors: list[InputError] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "read": self.read,
            "added": self.added,
            "unchanged": self.unchanged,
            "not_english": self.not_english,
            "failed_stages": self.failed_stages,
            "errors": [e.__dict__ for e in self.errors],
        }


@dataclass
class App:
    settings: Settings
    _pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(default_stages(self.settings), self.settings.batch_size)
        return self._pipeline

    @property
    def fields(self) -> FieldMap:
        return FieldMap.parse(self.settings.json_fields)

    def pipeline_signature(self) -> str:
        return "+".join(self.pipeline.names)

    def open_store(self) -> Store:
        return Store.open(open_database(self.settings.db))

    def linkers(self) -> list[Linker]:
        """Cross-document linking run as each new document is stored, in its transaction."""
        return [NearDuplicateLinker(self.settings.near_duplicate_threshold), SiteEventLinker()]

    # -- reading ------------------------------------------------------------
    def documents(
        self,
        names: list[str],
        errors: list[InputError],
        stdin: BinaryIO | None = None,
        published: str | None = None,
    ) -> Iterator[Document]:
        """Documents from the named inputs; bad inputs are appended to ``errors``.

        ``published`` is the publication date for documents that carry none.
        """
        fields = self.fields
        fallback = parse_published(published, basis="user")
        for pending in expand(names, self.settings, stdin):
            if pending.raw is None:
                assert pending.error is not None
                errors.append(_error(pending.source, pending.error))
                continue
            try:
                for outcome in read_input(pending.raw, fields, self.settings.max_chars):
                    if outcome.document is not None:
                        doc = outcome.document
                        if doc.published is None:  # metadata first, then the text, then the user
                            doc.published = publication_date_from_text(doc.text) or fallback
                        yield doc
                    elif outcome.error is not None:
                        errors.append(_error(outcome.source, outcome.error))
            except InputRejected as exc:
                errors.append(_error(pending.source, exc))

    # -- the main flows -----------------------------------------------------
    def analyze(self, names: list[str], errors: list[InputError], published: str | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Analysis]:  # fmt: skip
        """Analyses of the named inputs, without storing anything."""
        return self.pipeline.run(self.documents(names, errors, stdin, published))

    def ingest(
        self, store: Store, names: list[str], stdin: BinaryIO | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestSummary:  # fmt: skip
        summary = IngestSummary()
        errors: list[InputError] = []
        fresh = self._unstored(store, self.documents(names, errors, stdin), summary)
        linkers = self.linkers()
        for batch in _batches(self.pipeline.run(fresh), self.settings.batch_size):
            _record_errors(store, errors, summary)
            summary.added += store.save_batch(batch, self.pipeline_signature(), linkers)
            summary.not_english += sum(1 for a in batch if not a.document.is_english)
            summary.failed_stages += sum(len(a.failures) for a in batch)
            if progress:
                progress(len(batch))
        _record_errors(store, errors, summary)
        return summary

    @staticmethod
    def _unstored(
        store: Store, docs: Iterator[Document], summary: IngestSummary
    ) -> Iterator[Document]:
        seen: set[str] = set()
        for doc in docs:
            summary.read += 1
            if doc.id in seen or store.stored_ids([doc.id]):
                summary.unchanged += 1
                continue
            seen.add(doc.id)
            yield doc


def _error(source: str, exc: InputRejected) -> InputError:
    return InputError(source, exc.kind, str(exc))


def _record_errors(store: Store, errors: list[InputError], summary: IngestSummary) -> None:
    """Store the input errors met so far (and take them off the pending list)."""
    for error in errors:
        store.record_input_error(error)
        summary.errors.append(error)
    errors.clear()


def _batches(items: Iterator[Analysis], size: int) -> Iterator[list[Analysis]]:
    batch: list[Analysis] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
