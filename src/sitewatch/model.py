"""The records that pass between layers.

Every extracted item carries provenance: the id of the document it came from
and the character offsets ``[start, end)`` of its evidence in that document's
clean text. Layers exchange these dataclasses, never positional tuples.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class PublishedDate:
    """A publication date with how precisely and on what basis it is known."""

    value: str  # ISO date, "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when less precise)
    precision: str = "day"  # day | month | year
    basis: str = "metadata"  # metadata | dateline | text | user


@dataclass
class Document:
    """One report, after ingest: clean text plus its metadata.

    ``id`` is a content hash (see :func:`sitewatch.ingest.identity.document_id`),
    so ingesting the same report twice yields the same id.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: PublishedDate | None = None
    language: str | None = None
    source: str = ""  # where it was read from: a path, URL, "stdin", "path#record-3"
    form: str = "text"  # text | html | json | feed

    @property
    def is_english(self) -> bool:
        return self.language in (None, "en")

    def to_json(self) -> JSONDict:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "author": self.author,
            "published": self.published.value if self.published else None,
            "published_precision": self.published.precision if self.published else None,
            "published_basis": self.published.basis if self.published else None,
            "language": self.language,
            "source": self.source,
            "form": self.form,
        }


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int

    def to_json(self, text: str) -> JSONDict:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy label: PERSON, ORG, GPE, ...
    text: str

    def to_json(self) -> JSONDict:
        return asdict(self)


@dataclass(frozen=True)
class StageFailure:
    """A stage that raised on one document: recorded, and the batch goes on."""

    stage: str
    error: str  # exception class name
    message: str


@dataclass
class Analysis:
    """A document and everything the per-document stages found in it.

    Stages fill the fields named in their ``assigns``; later issues add
    ``times``, ``places``, ``claims``, ``events`` and ``cites`` as stages.
    """

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[JSONDict] = field(default_factory=list)
    places: list[JSONDict] = field(default_factory=list)
    claims: list[JSONDict] = field(default_factory=list)
    events: list[JSONDict] = field(default_factory=list)
    cites: list[JSONDict] = field(default_factory=list)
    failures: list[StageFailure] = field(default_factory=list)
    done: set[str] = field(default_factory=set)  # names of stages that ran
    # The parsed spaCy Doc, shared by the stages of one run; never stored.
    spacy_doc: Any = None

    def to_json(self) -> JSONDict:
        """The analysis contract (docs/analysis-json.md): stable field names."""
        text = self.document.text
        return {
            "document": self.document.to_json(),
            "text": text,
            "sentences": [s.to_json(text) for s in self.sentences],
            "entities": [e.to_json() for e in self.entities],
            "times": self.times,
            "places": self.places,
            "claims": self.claims,
            "events": self.events,
            "cites": self.cites,
            "failures": [asdict(f) for f in self.failures],
        }


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: the batch goes on without it."""

    source: str
    error: str  # a short kind: empty, binary, encoding, too-large, malformed-json, fetch, ...
    message: str
