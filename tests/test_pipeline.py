"""The analysis pipeline: ordered named stages, checked once, failures recorded per document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from sitewatch.analyze.linguistic import SpacyStage
from sitewatch.analyze.pipeline import Pipeline, PipelineOrderError
from sitewatch.model import Analysis, Document


def doc(i: int, text: str, language: str | None = "en") -> Document:
    return Document(id=f"d{i}", text=text, language=language, source=f"t{i}")


@dataclass
class Boom:
    """A stage that fails on documents mentioning a word."""

    word: str
    name: str = "boom"
    requires: tuple[str, ...] = ("sentences",)
    assigns: tuple[str, ...] = ("claims",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if self.word in analysis.document.text:
            raise RuntimeError(f"cannot handle {self.word}")
        analysis.claims = [{"start": 0, "end": 1}]
        return analysis


@dataclass
class NeedsClaims:
    name: str = "after"
    requires: tuple[str, ...] = ("claims",)
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.events = [{"from": "claims"}]
        return analysis


def test_a_stage_requiring_what_no_earlier_stage_assigns_is_refused_at_start(nlp: Any) -> None:
    with pytest.raises(PipelineOrderError, match="requires claims"):
        Pipeline([SpacyStage(nlp), NeedsClaims(), Boom("x")])


def test_stage_names_are_unique(nlp: Any) -> None:
    with pytest.raises(PipelineOrderError, match="two stages"):
        Pipeline([SpacyStage(nlp), SpacyStage(nlp)])


def test_a_failing_stage_is_recorded_for_that_document_and_the_batch_goes_on(nlp: Any) -> None:
    pipeline = Pipeline([SpacyStage(nlp), Boom("Sohae"), NeedsClaims()], batch_size=4)
    texts = ["Work continues at Sanumdong.", "Dismantling at Sohae began.", "Yongbyon is active."]
    results = list(pipeline.run(doc(i, t) for i, t in enumerate(texts)))
    assert [r.document.id for r in results] == ["d0", "d1", "d2"]
    failed = results[1]
    assert [(f.stage, f.error, f.message) for f in failed.failures] == [
        ("boom", "RuntimeError", "cannot handle Sohae")
    ]
    assert failed.events == []  # the dependent stage was skipped for it
    assert results[0].events == [{"from": "claims"}] and results[2].events == [{"from": "claims"}]
    assert all(r.sentences for r in results)


def test_non_english_documents_are_kept_but_not_analysed(nlp: Any) -> None:
    pipeline = Pipeline([SpacyStage(nlp), Boom("never")])
    english, french = pipeline.run(
        [doc(0, "North Korea tested a missile."), doc(1, "La Corée du Nord a testé.", "fr")]
    )
    assert english.entities and "spacy" in english.done
    assert french.sentences == [] and french.entities == [] and french.failures == []
    assert "spacy" not in french.done and "boom" not in french.done


def test_spacy_stage_gives_sentences_and_entities_with_offsets(nlp: Any) -> None:
    text = "Kim Jong-un met Donald Trump in Singapore. They signed a statement."
    [analysis] = Pipeline([SpacyStage(nlp)]).run([doc(0, text)])
    assert [text[s.start : s.end] for s in analysis.sentences] == [
        "Kim Jong-un met Donald Trump in Singapore.", "They signed a statement.",
    ]  # fmt: skip
    assert all(text[e.start : e.end] == e.text for e in analysis.entities)
    assert ("Singapore", "GPE") in {(e.text, e.label) for e in analysis.entities}


def test_long_documents_are_parsed_in_chunks_with_offsets_unchanged(nlp: Any) -> None:
    from sitewatch.analyze.linguistic import chunks

    paragraph = "Work continued at the Sohae launch station in July, analysts said. " * 12
    text = "\n\n".join(f"{i}. {paragraph.strip()}" for i in range(30))
    parts = chunks(text, limit=2_000)
    assert "".join(parts) == text and len(parts) > 5 and all(len(p) <= 2_000 for p in parts)
    [analysis] = Pipeline([SpacyStage(nlp, chunk_chars=2_000)]).run([doc(0, text)])
    assert analysis.document.text == text
    assert all(text[e.start : e.end] == e.text for e in analysis.entities)
    assert sum(e.text == "Sohae" for e in analysis.entities) >= 25
    assert all(text[s.start : s.end].strip() for s in analysis.sentences)


def test_a_line_break_ends_a_sentence(nlp: Any) -> None:
    text = (
        "Advertisement\n\nNorth Korea dismantles launch site\n\n"
        "The work at Sohae began last week. Analysts saw it in imagery.\nMore to follow"
    )
    [analysis] = Pipeline([SpacyStage(nlp)]).run([doc(0, text)])
    sentences = [text[s.start : s.end] for s in analysis.sentences]
    assert sentences[:2] == ["Advertisement", "North Korea dismantles launch site"]
    assert sentences[-1] == "More to follow"
    assert all("\n" not in s for s in sentences)


def test_a_dateline_is_not_cut_at_its_commas(nlp: Any) -> None:
    lead = (
        "SEOUL, May 9 (Yonhap) -- South Korea's military said North Korea launched two "
        "projectiles believed to be short-range missiles on Thursday, its second weapons "
        "test in five days."
    )
    text = f"N. Korea fires two short-range missiles: JCS\n\n{lead}\n\nMore to follow."
    [analysis] = Pipeline([SpacyStage(nlp)]).run([doc(0, text)])
    sentences = [text[s.start : s.end] for s in analysis.sentences]
    # the dateline may stand alone, but it is not cut at its commas
    assert "SEOUL" not in sentences and "," not in sentences
    assert any(s.startswith("SEOUL, May 9 (Yonhap)") for s in sentences)
