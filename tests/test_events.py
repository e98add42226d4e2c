"""Site activity events and their cross-document linking into site timelines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitewatch.app import App
from sitewatch.assess.timeline import site_timeline
from sitewatch.model import Document, InputError, PublishedDate
from sitewatch.settings import Settings


def analyse(text: str, published: str = "2019-03-08") -> list[dict[str, Any]]:
    app = App(Settings())
    doc = Document(id="t", text=text, language="en", published=PublishedDate(published))
    [analysis] = app.pipeline.run([doc])
    assert analysis.failures == []
    return analysis.events


def site_events(events: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(e["activity"], e["site"]) for e in events if e["category"] == "site"]


def test_imagery_of_rebuilding_at_a_named_site_is_a_dated_restoration_event() -> None:
    [event] = [
        e for e in analyse(
            "Satellite images taken on March 6 by DigitalGlobe show North Korea rebuilding "
            "the rocket engine test stand at the Sohae launch station."
        ) if e["category"] == "site"
    ]  # fmt: skip
    assert (event["activity"], event["site"]) == ("restoration", "sohae")
    assert event["date"]["value"] == "2019-03-06" and event["date"]["basis"] == "text"
    assert "commercial_imagery" in event["basis"]
    assert event["imagery"]["provider"] == "DigitalGlobe"
    assert event["imagery"]["date"]["value"] == "2019-03-06"
    assert event["certainty"] == "asserted" and not event["negated"]


def test_hedged_and_negated_observations_keep_their_certainty() -> None:
    hedged = analyse("Imagery suggests North Korea may be expanding the Sanumdong factory.")
    assert [(e["activity"], e["certainty"]) for e in hedged if e["site"]] == [
        ("construction", "hedged")
    ]
    negated = analyse("There are no signs of dismantling at Yongbyon, analysts said.")
    [event] = [e for e in negated if e["site"] == "yongbyon"]
    assert event["negated"] and event["certainty"] == "negated"


def test_a_noun_modifier_is_not_an_event() -> None:
    events = analyse("The Sohae launch pad and the engine test stand are visible in the photos.")
    assert site_events(events) == []


def test_an_undated_sentence_takes_the_publication_date() -> None:
    [event] = [e for e in analyse("Workers are dismantling a building at Sohae.") if e["site"]]
    assert event["date"] == {
        "value": "2019-03-08", "precision": "day", "interval": ["2019-03-08", "2019-03-08"],
        "basis": "publication", "text": None,
    }  # fmt: skip


def test_seeds_give_hedged_sanumdong_construction_from_one_source_and_hamhung_imagery(
    seeds: Path, tmp_path: Path
) -> None:
    app = App(Settings(db=str(tmp_path / "s.db")))
    store = app.open_store()
    try:
        seed_000 = sorted(str(p) for p in seeds.glob("000_*.txt"))
        app.ingest(store, seed_000)
        [construction] = [
            e for e in site_timeline(store.db, "sanumdong") if e.activity == "construction"
        ]
        assert construction.certainty == "hedged"
        assert {"commercial_imagery", "intelligence"} <= set(construction.basis)
        assert construction.independent_sources == 1
        [origin] = construction.origins
        assert origin.removeprefix("The ") == "Washington Post"
        assert construction.earliest == "2018-07-31"
        [citation] = construction.citations
        text = store.documents()[0].text
        assert (
            text[citation.start : citation.end] == citation.quote and "Sanumdong" in citation.quote
        )

        errors: list[InputError] = []
        [analysis] = app.analyze(sorted(str(p) for p in seeds.glob("004_*.txt")), errors,
                                 published="2018-07-17")  # fmt: skip
        hamhung = [e for e in analysis.events if e["site"] == "hamhung_cmi"]
        assert any(e["activity"] == "construction" for e in hamhung)
        assert any((e["imagery"] or {}).get("provider") == "Planet Labs" for e in hamhung)
    finally:
        store.close()


@pytest.mark.slow
def test_sample_corpus_sohae_timeline_shows_2018_dismantling_and_2019_restoration(
    sample_dir: Path, tmp_path: Path
) -> None:
    app = App(Settings(db=str(tmp_path / "s.db")))
    store = app.open_store()
    try:
        app.ingest(store, [str(sample_dir)])
        timeline = site_timeline(store.db, "sohae")
        dismantling = [e for e in timeline if e.activity == "dismantling"]
        restoration = [e for e in timeline if e.activity == "restoration"]
        assert any(
            e.earliest and e.earliest <= "2018-08-31" and e.latest and e.latest >= "2018-07-01"
            and e.independent_sources >= 3 for e in dismantling
        )  # fmt: skip
        assert any(  # observed by March 2019; the imagery window puts its start after Feb 16
            e.earliest and "2019-02-16" <= e.earliest <= "2019-03-31"
            and e.latest and e.latest.startswith("2019-03") and e.independent_sources >= 3
            for e in restoration
        )  # fmt: skip
        texts = {d.id: d.text for d in store.documents()}
        for entry in timeline:
            for c in entry.citations:
                assert texts[c.doc_id][c.start : c.end] == c.quote
    finally:
        store.close()


def test_an_activity_takes_the_date_of_its_own_clause_not_of_a_relative_clause() -> None:
    events = analyse(
        "New imagery shows North Korea rebuilding the Sohae launch station, "
        "which it had partly dismantled last June."
    )
    dates = {e["activity"]: e["date"] for e in events if e["site"] == "sohae"}
    assert dates["restoration"]["basis"] == "publication"
    assert dates["dismantling"]["value"] == "2018-06" and dates["dismantling"]["basis"] == "text"


def test_an_undated_observation_takes_the_imagery_date_of_the_sentence_before() -> None:
    events = analyse(
        "The pictures were captured on February 22. "
        "They show dozens of trucks parked around the Sanumdong factory."
    )
    [event] = [e for e in events if e["site"] == "sanumdong"]
    assert event["activity"] == "vehicle_activity"
    assert event["date"]["value"] == "2019-02-22" and event["date"]["basis"] == "text"


def test_a_definite_description_carries_the_last_named_site_across_paragraphs() -> None:
    events = analyse(
        "Analysts have studied the Sinpo shipyard for years.\n\n"
        "Workers have removed the roof of the plant's main hall, the images show."
    )
    [event] = [e for e in events if e["category"] == "site"]
    assert (event["activity"], event["site"], event["site_from"]) == (
        "dismantling", "sinpo", "context"
    )


def test_offers_purposes_and_functions_are_not_observed_events() -> None:
    offer = analyse(
        "North Korea offered to dismantle every facility at Yongbyon that produces plutonium."
    )
    assert all(e["certainty"] == "planned" for e in offer if e["site"])
    assert "production" not in {e["activity"] for e in offer}
    function = analyse("Sohae has been the North's main site for rocket launches since 2012.")
    assert site_events(function) == []


def _report(folder: Path, name: str, published: str, text: str) -> str:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(
        json.dumps({"outlet": f"Outlet {name}", "published": published}), encoding="utf-8"
    )
    return str(folder / f"{name}.txt")


def test_an_undated_pluperfect_mention_joins_the_dated_event_and_never_starts_one(
    tmp_path: Path,
) -> None:
    later = _report(tmp_path, "later", "2019-03-08",
                    "New imagery shows North Korea rebuilding the Sohae launch station, "
                    "which it had partly dismantled.")  # fmt: skip
    earlier = _report(tmp_path, "earlier", "2018-07-24",
                      "Satellite images taken on July 20 show workers dismantling the "
                      "engine test stand at Sohae.")  # fmt: skip
    app = App(Settings(db=str(tmp_path / "s.db")))
    store = app.open_store()
    try:
        app.ingest(store, [later])
        assert [e.activity for e in site_timeline(store.db, "sohae")] == ["restoration"]
        app.ingest(store, [earlier])
        [dismantling] = [e for e in site_timeline(store.db, "sohae") if e.activity == "dismantling"]
        assert dismantling.earliest == "2018-07-20" and dismantling.reports == 1
        app.ingest(store, [_report(tmp_path, "again", "2019-03-09",
                                   "North Korea had partly dismantled the engine test stand "
                                   "at Sohae, which it is now rebuilding.")])  # fmt: skip
        [dismantling] = [e for e in site_timeline(store.db, "sohae") if e.activity == "dismantling"]
        assert dismantling.earliest == "2018-07-20" and dismantling.reports == 2
    finally:
        store.close()
