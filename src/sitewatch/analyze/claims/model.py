"""The records of the claims stage: found attributions, resolved speakers, claims, cites.

Offsets are character offsets ``[start, end)`` into the document's clean text.
The JSON shape is documented in ``docs/claims.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JSONDict = dict[str, Any]

SPEAKER_TYPES = ("person", "organisation", "outlet", "government", "anonymous", "document",
                 "imagery", "unknown")
KINDS = ("pledge", "assertion", "assessment", "denial", "plan", "question")
CERTAINTIES = ("asserted", "hedged", "conditional", "negated")
FORMS = ("direct", "indirect", "according_to", "noun", "mixed")
CITE_TYPES = ("outlet", "agency", "person", "anonymous", "imagery_provider", "document")
RELATIONS = ("reported", "cited", "told", "according_to", "imagery", "quoted_in")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def to_json(self) -> JSONDict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Found:
    """An attribution as the extractors found it, before speakers and certainty.

    ``cue_token`` is the index of the cue's head token in the spaCy doc;
    ``source_token`` the head of the source span (None when the text names no source).
    ``parts`` are the pieces of a content that the cue splits ("A," he said, "B.").
    """

    cue: Span
    content: Span
    cue_token: int
    sentence: tuple[int, int]
    form: str  # one of FORMS
    source: Span | None = None
    source_token: int | None = None
    parts: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Speaker:
    name: str | None
    type: str  # one of SPEAKER_TYPES
    role: str | None = None
    start: int | None = None  # the resolved mention, when the name is found in the text
    end: int | None = None

    def to_json(self) -> JSONDict:
        return {"name": self.name, "type": self.type, "role": self.role,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Likelihood:
    term: str
    low: float
    high: float

    def to_json(self) -> JSONDict:
        return {"term": self.term, "low": self.low, "high": self.high}


@dataclass(frozen=True)
class SaidOn:
    value: str | None
    basis: str  # time-expression | publication | unknown
    evidence: Span | None = None

    def to_json(self) -> JSONDict:
        return {"value": self.value, "basis": self.basis,
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class Claim:
    found: Found
    speaker: Speaker
    kind: str
    certainty: str
    polarity: str  # positive | negative (the content itself is negated)
    likelihood: Likelihood | None
    said_on: SaidOn
    clausal: bool = True  # the content says something is so (a clause or a quotation)

    def to_json(self) -> JSONDict:
        f = self.found
        content = f.content.to_json()
        if f.parts:
            content["parts"] = [p.to_json() for p in f.parts]
        return {
            "source": f.source.to_json() if f.source else None,
            "cue": f.cue.to_json(),
            "content": content,
            "speaker": self.speaker.to_json(),
            "kind": self.kind,
            "certainty": self.certainty,
            "polarity": self.polarity,
            "likelihood": self.likelihood.to_json() if self.likelihood else None,
            "said_on": self.said_on.to_json(),
            "form": f.form,
            "clausal": self.clausal,
            "sentence": {"start": f.sentence[0], "end": f.sentence[1]},
        }


@dataclass(frozen=True)
class Cite:
    source: Span
    type: str  # one of CITE_TYPES
    relation: str  # one of RELATIONS
    evidence: Span
    via: str | None = None

    def key(self) -> tuple[str, str, str | None]:
        return (self.source.text.lower(), self.relation, (self.via or "").lower() or None)

    def to_json(self) -> JSONDict:
        return {"source": self.source.to_json(), "type": self.type, "relation": self.relation,
                "via": self.via, "evidence": self.evidence.to_json()}
