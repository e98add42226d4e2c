"""Site-event rules added in round 2 of issue 6, one behaviour each, on fresh wording (not
the held-out reports the errors were found on)."""

from __future__ import annotations

from typing import Any

from sitewatch.app import App
from sitewatch.model import Document, PublishedDate
from sitewatch.settings import Settings


def analyse(text: str, published: str = "2020-06-20") -> list[dict[str, Any]]:
    app = App(Settings())
    doc = Document(id="t", text=text, language="en", published=PublishedDate(published))
    [analysis] = app.pipeline.run([doc])
    assert analysis.failures == []
    return [e for e in analysis.events if e["category"] == "site"]


def keys(events: list[dict[str, Any]]) -> set[tuple[str, str | None, str | None]]:
    return {(e["activity"], e["site"], (e["date"]["value"] or "")[:7] or None) for e in events}


def test_a_pluperfect_reported_by_a_past_finding_takes_the_imagery_date() -> None:
    events = analyse(
        "Looking at pictures taken in May, analysts found that a new fence had been built "
        "around the Punggye-ri test site."
    )
    assert ("construction", "punggye_ri", "2020-05") in keys(events)


def test_a_pluperfect_of_showing_is_dated_by_its_imagery() -> None:
    events = analyse(
        "Satellite imagery from early June had shown cranes lifting sections at the Sinpo "
        "shipyard."
    )
    assert ("vehicle_activity", "sinpo", "2020-06") in keys(events)


def test_something_that_can_be_seen_is_an_observation_not_a_capability() -> None:
    events = analyse("Two trucks could be seen beside the Sohae launch pad on June 3.")
    assert ("vehicle_activity", "sohae", "2020-06") in keys(events)


def test_what_a_site_can_do_is_still_not_an_event() -> None:
    events = analyse("The Yongbyon reactor can produce about six kilograms of plutonium a year.")
    assert events == []


def test_a_definite_description_goes_to_the_last_site_of_its_kind() -> None:
    events = analyse(
        "The Pyongsan mill supplies the enrichment plant at Kangson.\n\n"
        "Loaded rail cars were seen leaving the mine in pictures taken on June 1."
    )
    assert {(e["activity"], e["site"]) for e in events} == {("vehicle_activity", "pyongsan")}


def test_a_launch_takes_the_site_of_its_own_clause_not_of_a_later_one() -> None:
    events = analyse(
        "North Korea fired a short-range missile from a beach near Hamhung on Tuesday, a week "
        "after imagery showed trucks at the Sohae launch station."
    )
    assert not any(e["activity"] == "launch" and e["site"] == "sohae" for e in events)


def test_a_lead_citing_undated_imagery_takes_the_date_of_the_next_sentence() -> None:
    events = analyse(
        "North Korea is enlarging the Sinpo shipyard, commercial satellite imagery shows.\n\n"
        "Photos taken in April show a new dock at the shipyard's northern end."
    )
    assert ("construction", "sinpo", "2020-04") in keys(events)
    assert ("construction", "sinpo", "2020-06") not in keys(events)


def test_a_new_structure_shown_in_imagery_is_construction() -> None:
    events = analyse("Images of Sohae from June 2 show a new shed next to the launch pad.")
    assert ("construction", "sohae", "2020-06") in keys(events)


def test_finishing_a_structure_is_construction() -> None:
    events = analyse("Workers finished a second assembly building at Sohae in May.")
    assert keys(events) == {("construction", "sohae", "2020-05")}


def test_a_plant_kept_running_is_production() -> None:
    events = analyse("Officials said the plant at Kangson kept running through May.")
    assert ("production", "kangson", "2020-05") in keys(events)


def test_a_plume_over_a_reactor_is_production() -> None:
    events = analyse("A steam plume rose from the Yongbyon reactor in images from June 5.")
    assert ("production", "yongbyon", "2020-06") in keys(events)


def test_a_barge_moved_at_a_shipyard_is_vehicle_activity() -> None:
    events = analyse("A barge was towed out of the Sinpo shipyard on June 8.")
    assert ("vehicle_activity", "sinpo", "2020-06") in keys(events)


def test_new_work_is_not_relabelled_restoration_for_a_rebuilding_years_before() -> None:
    events = analyse(
        "Images from June 1 show excavation for a new building at Sohae. The site was quiet "
        "after 2019, when the North restored its engine test stand."
    )
    assert ("construction", "sohae", "2020-06") in keys(events)
    assert ("restoration", "sohae", "2020-06") not in keys(events)


def test_a_launch_called_a_test_is_one_launch() -> None:
    events = analyse(
        "North Korea fired a missile from Kusong on Sunday in what it called a successful test."
    )
    assert [e["activity"] for e in events] == ["launch"]


def test_a_pluperfect_reported_by_a_dated_saying_takes_the_saying_date() -> None:
    [event] = analyse(
        "Officials said on Monday that North Korea had removed the roof of the Sohae "
        "assembly hall."
    )
    assert (event["activity"], event["date"]["value"]) == ("dismantling", "2020-06-15")


def test_steam_seen_at_a_reactor_named_before_is_production_there() -> None:
    events = analyse(
        "Analysts have long watched Sinpo and the Kumho reactor.\n\n"
        "Steam was seen rising from the reactor this week."
    )
    assert {(e["activity"], e["site"]) for e in events} == {("production", "kumho")}


def test_boats_that_move_are_vehicle_activity_but_a_vessel_being_built_is_not() -> None:
    moving = analyse("Several boats were moving in and out of the Nampo naval base on June 3.")
    assert keys(moving) == {("vehicle_activity", "nampo", "2020-06")}
    assert analyse("Work on such a vessel at Sinpo is continuing.") == []


def test_the_month_may_is_not_a_hedge() -> None:
    [event] = analyse("Workers put up a new shed at Sohae in May.")
    assert (event["activity"], event["certainty"]) == ("construction", "asserted")


def test_what_could_be_made_out_is_not_a_plan() -> None:
    [event] = analyse("A crane could be made out next to the Sohae launch pad.")
    assert event["activity"] == "vehicle_activity" and event["certainty"] != "planned"


def test_a_pluperfect_concluded_from_pictures_takes_their_month() -> None:
    events = analyse(
        "Analysts compared pictures from early May and concluded that a new hall had been "
        "erected at the Kusong factory."
    )
    assert keys(events) == {("construction", "kusong", "2020-05")}


def test_a_reactor_that_remained_operational_is_production() -> None:
    events = analyse("The Yongbyon reactor remained operational, officials said.")
    assert keys(events) == {("production", "yongbyon", "2020-06")}
