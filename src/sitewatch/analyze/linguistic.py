"""The spaCy stage: tokens, sentences and named entities, streamed with ``nlp.pipe``.

Long documents (live blogs, transcripts) are parsed in paragraph-aligned chunks and
joined back into one ``Doc`` with the same text, so offsets are unchanged and memory
stays bounded by the chunk size rather than the document size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from ..model import Analysis, Entity, Sentence
from .pipeline import Declined

CHUNK_CHARS = 20_000
BATCH_CHARS = 100_000  # spaCy's memory grows with the characters in a batch, not the documents


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Contiguous slices of ``text`` (their concatenation is ``text``), each ending at a
    paragraph break, else a line break, else a space, when one lies in the window."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > limit // 4 else limit)
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


@dataclass
class SpacyStage:
    """Parses English documents; others are declined (stored, not analysed)."""

    nlp: Any
    name: str = "spacy"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("spacy_doc", "sentences", "entities")
    batch_size: int = 32
    chunk_chars: int = CHUNK_CHARS

    def pipe(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        english = [a for a in analyses if a.document.is_english]
        pieces = [chunks(a.document.text, self.chunk_chars) for a in english]
        parsed = self._parse(p for parts in pieces for p in parts)
        for analysis, parts in zip(english, pieces, strict=True):
            self._fill(analysis, self._join([next(parsed) for _ in parts]))
        return list(analyses)

    def __call__(self, analysis: Analysis) -> Analysis:
        if not analysis.document.is_english:
            raise Declined(f"language {analysis.document.language}")
        parts = chunks(analysis.document.text, self.chunk_chars)
        self._fill(analysis, self._join(list(self._parse(iter(parts)))))
        return analysis

    def _parse(self, texts: Iterator[str]) -> Iterator[Any]:
        """``nlp.pipe`` over groups of at most ``batch_size`` texts and ``BATCH_CHARS`` chars."""
        group: list[str] = []
        size = 0
        for text in texts:
            if group and (len(group) >= self.batch_size or size + len(text) > BATCH_CHARS):
                yield from self.nlp.pipe(group, batch_size=len(group))
                group, size = [], 0
            group.append(text)
            size += len(text)
        if group:
            yield from self.nlp.pipe(group, batch_size=len(group))

    @staticmethod
    def _join(docs: list[Any]) -> Any:
        return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)

    def _fill(self, analysis: Analysis, doc: Any) -> None:
        if doc.text != analysis.document.text:  # pragma: no cover - a spaCy invariant
            raise ValueError("the parse does not reproduce the document text")
        doc.ents = tidy_entities(doc)
        analysis.spacy_doc = doc
        analysis.sentences = [Sentence(*trimmed_offsets(s)) for s in _sents(doc)]
        analysis.entities = [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        analysis.done.add(self.name)


_TITLE_HEADS = frozenset({"secretary", "department", "minister", "ministry", "office"})


def tidy_entities(doc: Any) -> list[Any]:
    """The parser's entities with two systematic errors of the small English model mended.

    - A hyphenated given name is cut at the hyphen ("Moon Jae" of "Moon Jae-in"): a person
      name directly followed, without spaces, by a hyphen and a lower-case syllable takes
      the syllable in.
    - The department word of a title ("State" in "Secretary of State", "Defense" in
      "Department of Defense") is tagged as an organisation on its own: it is dropped,
      as the title belongs to the person or body named with it.
    - A name that begins with a number ("38 North", the website) is cut into a cardinal
      and a one-word organisation or location: a number in digits directly followed by a
      capitalised one-word organisation or location is one organisation.
    """
    taken = {t.i for e in doc.ents for t in e}
    out: list[Any] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            end = ent.end
            if (
                "-" not in ent.text
                and end + 1 < len(doc)
                and doc[end].text in ("-", "‐")
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_lower
                and doc[end + 1].is_alpha
                and len(doc[end + 1]) <= 4
                and end + 1 not in taken
            ):
                end += 2
                ent = doc.char_span(ent.start_char, doc[end - 1].idx + len(doc[end - 1]), "PERSON")
        elif (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in _TITLE_HEADS
        ):
            continue
        elif (
            ent.label_ in ("ORG", "LOC")
            and len(ent) == 1
            and ent.text[:1].isupper()
            and out
            and out[-1].label_ == "CARDINAL"
            and out[-1].end == ent.start
            and len(out[-1]) == 1
            and out[-1].text.isdigit()
        ):
            out[-1] = doc.char_span(out[-1].start_char, ent.end_char, "ORG")
            continue
        out.append(ent)
    return out


def _sents(doc: Any) -> Iterator[Any]:
    """Sentences without the whitespace-only ones spaCy makes of paragraph breaks."""
    return (s for s in doc.sents if s.text.strip())


def trimmed_offsets(span: Any) -> tuple[int, int]:
    """A span's character offsets without the whitespace (paragraph breaks) at its edges."""
    text = span.text
    start = span.start_char + len(text) - len(text.lstrip())
    return start, span.start_char + len(text.rstrip())
