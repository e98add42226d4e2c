"""The events stage's learned candidate filter (``analyze.events.learned``): what its
features say about a candidate, which events it judges, and that it drops only what the
model scores under its threshold. Real spaCy parses of sentences written for these tests."""

from __future__ import annotations

from typing import Any

from sitewatch.analyze.events import EventStage
from sitewatch.analyze.events.learned import candidate, features, filtered
from sitewatch.analyze.events.model import Event
from sitewatch.analyze.events.stage import publication_date
from sitewatch.analyze.linear import LinearModel
from sitewatch.app import App
from sitewatch.model import Analysis, Document, PublishedDate
from sitewatch.settings import Settings


def rules_alone(text: str, published: str = "2020-06-20") -> tuple[list[Event], Analysis]:
    """The rules' events of one text, with the parse still attached."""
    app = App(Settings())
    doc = Document(id="t", text=text, language="en", published=PublishedDate(published))
    analysis = Analysis(document=doc)
    for stage in app.pipeline.stages[:-1]:
        stage(analysis)
    return EventStage(learned=False).extract(analysis), analysis


def rows(text: str) -> list[list[str] | None]:
    events, analysis = rules_alone(text)
    return features(events, analysis.spacy_doc, publication_date(analysis.document))


def only(found: list[list[str] | None]) -> set[str]:
    [row] = [r for r in found if r is not None]
    return set(row)


def test_a_quoted_observation_is_marked_as_quoted() -> None:
    row = only(rows('"Trucks were seen at the Sohae launch station on June 2," an analyst said.'))
    assert "quoted=True" in row


def test_an_observation_in_narrative_is_not_quoted() -> None:
    row = only(rows("Trucks were seen at the Sohae launch station on June 2, an analyst said."))
    assert "quoted=False" in row


def test_a_date_stated_in_the_sentence_is_told_apart_from_the_publication_date() -> None:
    dated = only(rows("Cranes were seen at the Sinpo shipyard on May 3."))
    undated = only(rows("Cranes have been seen at the Sinpo shipyard."))
    assert "date_basis=text" in dated and "lag=1" in dated
    assert "date_basis=publication" in undated and "lag=0" in undated


def test_the_tense_of_the_governing_verb_is_a_feature() -> None:
    row = only(rows("Workers are dismantling the engine test stand at Sohae."))
    assert "tense=present" in row and "progressive=True" in row


def test_a_site_not_named_in_the_sentence_is_told_apart_from_a_named_one() -> None:
    described = only(rows("Sohae was quiet in May. In June trucks were seen at the site."))
    named = only(rows("Sohae was quiet in May. In June trucks were seen at Sohae."))
    assert described & {"site_distance=described", "site_distance=carried"}
    assert "site_distance=4-10" in named


def test_negated_and_planned_events_are_not_judged_by_the_filter() -> None:
    events, _ = rules_alone(
        "There were no trucks at Sohae on June 1. Kim promised to dismantle Sohae."
    )
    assert events and not any(candidate(e) for e in events)


def test_the_filter_drops_only_candidates_under_its_threshold() -> None:
    events, analysis = rules_alone(
        "Trucks were seen at Sohae on June 2. There were no cranes at Sinpo on June 2."
    )
    published = publication_date(analysis.document)
    strict = LinearModel(weights={"quoted=False": -5.0}, bias=0.0, threshold=0.5)
    lenient = LinearModel(weights={"quoted=False": -5.0}, bias=0.0, threshold=0.0)
    kept = filtered(events, analysis.spacy_doc, published, strict)
    assert [e for e in kept if candidate(e)] == []
    assert [e for e in kept if not candidate(e)] == [e for e in events if not candidate(e)]
    assert filtered(events, analysis.spacy_doc, published, lenient) == events


def test_without_shipped_weights_the_stage_keeps_the_rules_events() -> None:
    events, analysis = rules_alone("Trucks were seen at the Sohae launch station on June 2.")
    analysis.events = []
    stage: Any = EventStage()
    stage(analysis)
    assert [e["activity"] for e in analysis.events] == [e.activity for e in events]
