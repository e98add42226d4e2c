"""The bundled sample corpus: what the main job ingests, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitewatch.app import App
from sitewatch.assess.picture import build_picture
from sitewatch.present.report import write_report
from sitewatch.settings import Settings

from .helpers.reports import picture_of


def test_the_main_job_ingests_the_whole_sample_and_reports_it(
    sample_dir: Path, tmp_path: Path
) -> None:
    app = App(Settings(db=str(tmp_path / "s.db")))
    store = app.open_store()
    try:
        summary = app.ingest(store, [str(sample_dir)])
        assert summary.errors == []
        assert summary.added >= 30
        status = store.status()
        assert status.not_english >= 1  # the Korean item is stored, not analysed
        assert status.analysed == status.documents - status.not_english
        assert status.near_duplicates >= 2  # the syndicated pairs
        forms = {d.form for d in store.documents()}
        assert forms == {"text", "html", "json", "feed"}
        assert all(d.published and d.outlet and d.url for d in store.documents())

        picture = build_picture(store.db)
        assert picture.independent_sources == status.documents - status.near_duplicates
        files = write_report(picture, tmp_path / "out")
        assert "Sohae" in files.markdown.read_text() or "Tongchang" in files.markdown.read_text()

        again = app.ingest(store, [str(sample_dir)])
        assert (again.added, again.unchanged) == (0, summary.added)
    finally:
        store.close()


def _claims_by_speaker(tmp_path: Path, reports: dict[str, str]) -> dict[str, Any]:
    return dict(picture_of(tmp_path, reports).claims)


def test_the_report_lists_one_speaker_however_reports_spell_the_name(tmp_path: Path) -> None:
    claims = _claims_by_speaker(
        tmp_path,
        {
            "a.txt": " date 2018-06-13\n\n"
            "Kim Jong-un said the North would work toward denuclearisation.\n",
            "b.txt": " date 2019-01-02\n\n"
            "Kim Jong Un said he was ready to meet President Trump again.\n",
        },
    )
    kims = [name for name in claims if name.startswith("Kim")]
    assert len(kims) == 1
    assert len(claims[kims[0]]) == 2


def test_the_report_lists_named_speakers_only(tmp_path: Path) -> None:
    claims = _claims_by_speaker(
        tmp_path,
        {
            "a.txt": " date 2019-03-06\n\nThe report said the launch pad had been rebuilt. "
            "John Bolton said the pad was being watched closely.\n"
        },
    )
    assert set(claims) == {"John Bolton"}  # "The report" describes a source, it names none


def test_actors_are_people_bodies_and_governments_not_sites_or_locations(tmp_path: Path) -> None:
    picture = picture_of(
        tmp_path,
        {
            "a.txt": " date 2019-03-06\n\nPresident Moon Jae-in met Kim Jong-un in Pyongyang. "
            "Seoul said the Sohae launch station was being rebuilt. The talks in Hanoi had "
            "failed, and South Korean officials said Moon would travel to Washington.\n"
        },
    )
    actors = {a.name: a.label for a in picture.actors}
    assert actors.get("Moon Jae-in") == "PERSON"  # whole, though the parser cuts at the hyphen
    assert "South Korea" in actors  # "Seoul said": the government of its country
    assert not {"Sohae", "Hanoi", "South Korean"} & set(actors)  # a site, a venue, an adjective


def test_the_report_lists_statements_not_noun_phrases_or_refusals(tmp_path: Path) -> None:
    claims = _claims_by_speaker(
        tmp_path,
        {
            "a.txt": " date 2018-07-02\n\nJohn Bolton said the plan would work within a year. "
            "Bolton declined to comment on intelligence, and he welcomed the closure of the "
            "test site.\n"
        },
    )
    assert [row.content for row in claims["John Bolton"]] == ["the plan would work within a year"]


def test_a_capital_speaking_for_its_government_is_the_country_in_claims_and_actors(
    tmp_path: Path,
) -> None:
    picture = picture_of(
        tmp_path,
        {
            "a.txt": " date 2019-03-01\n\nPyongyang said the talks had failed because "
            "Washington refused to lift sanctions.\n",
            "b.txt": " date 2019-03-02\n\nNorth Korea said it would not resume the talks "
            "soon.\n",
        },
    )
    assert "North Korea" in picture.claims and "Pyongyang" not in picture.claims
    assert len(picture.claims["North Korea"]) == 2
    actors = {a.name for a in picture.actors}
    assert "North Korea" in actors and "Pyongyang" not in actors
    assert "United States" in actors  # "Washington refused": the US government


def test_chronology_participants_are_named_once_under_their_report_name(tmp_path: Path) -> None:
    picture = picture_of(
        tmp_path,
        {
            "a.txt": " date 2019-03-01\n\nKim Jong-un and Donald Trump met in Hanoi on "
            "February 27 and 28. Kim and Trump ended the summit early on February 28.\n",
        },
    )
    summits = [e for e in picture.chronology if e.activity == "summit"]
    assert summits, picture.chronology
    for entry in summits:
        assert len(entry.actors) == len(set(entry.actors))
        assert "Kim" not in entry.actors and "Trump" not in entry.actors
        assert "Hanoi" not in entry.actors
    assert {"Kim Jong-un", "Donald Trump"} <= {a for e in summits for a in e.actors}
