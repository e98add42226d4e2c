"""Site-event rules added in round 5 of issue 6 (dates referred back to, work nouns with an
activity modifier, sites named by their parts), one behaviour each, on wording written for
these tests (not the reports the error classes were found on)."""

from __future__ import annotations

from typing import Any

from tests.test_event_rules import analyse
from tests.test_event_rules_round3 import months, scored_events


def months_spanned(events: list[dict[str, Any]], activity: str, site: str) -> set[str]:
    """Every month from the first to the last day of each scored event's interval."""
    out: set[str] = set()
    for e in scored_events(events):
        if e["activity"] != activity or e["site"] != site:
            continue
        first, last = e["date"]["interval"]
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last[:7]:
            out.add(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def test_a_sentence_set_in_the_picture_named_before_takes_its_date() -> None:
    events = analyse(
        "The clearest image of Yongbyon we have was taken on April 9. In it, a plume of "
        "steam rises from the cooling tower of the reactor.",
        published="2020-06-20",
    )
    assert months(events, "production", "yongbyon") == {"2020-04"}


def test_at_the_time_refers_back_to_the_last_date_told() -> None:
    events = analyse(
        "An image of March 14 shows smoke from the boiler house at Yongbyon. We judge that "
        "the reactor was operating at the time.",
        published="2020-06-20",
    )
    assert months(events, "production", "yongbyon") == {"2020-03"}


def test_at_the_time_of_an_event_is_not_a_reference_back() -> None:
    events = analyse(
        "Pictures of May 2 show the Sohae gantry. Engineers were dismantling it at the "
        "time of the talks.",
        published="2020-06-20",
    )
    assert "2020-05" not in months(events, "dismantling", "sohae")


def test_an_activity_word_on_a_work_noun_is_the_activity() -> None:
    events = analyse("A reprocessing campaign was under way at Yongbyon in April.")
    assert months(events, "production", "yongbyon") == {"2020-04"}


def test_a_bare_plural_work_noun_is_generic() -> None:
    events = analyse(
        "Such railcars at Yongbyon have been linked to reprocessing campaigns in the past."
    )
    assert months(events, "production", "yongbyon") == set()


def test_a_part_named_after_a_site_kind_carries_that_site() -> None:
    events = analyse(
        "Pyongsan. The Pyongsan mill, south of Yongbyon, takes ore from nearby mines. "
        "Images of May 9 show six trucks beside the main mill building.",
        published="2020-06-20",
    )
    assert months(events, "vehicle_activity", "pyongsan") == {"2020-05"}
    assert months(events, "vehicle_activity", "yongbyon") == set()


def test_a_quay_is_a_part_of_the_site_being_described() -> None:
    events = analyse(
        "Imagery of the Sinpo shipyard from May 11 shows the test barge back in the basin.\n"
        "Two trucks and a crane were parked on the quay next to it on May 12.",
        published="2020-06-20",
    )
    assert months(events, "vehicle_activity", "sinpo") == {"2020-05"}


def test_ore_being_processed_at_a_mill_is_production() -> None:
    events = analyse(
        "Imagery from May 2 suggests that ore is being processed at the Pyongsan mill."
    )
    assert months(events, "production", "pyongsan") == {"2020-05"}


def test_processing_something_other_than_material_is_not_site_activity() -> None:
    events = analyse("Officials at Yongbyon processed the visa applications in May.")
    assert months(events, "production", "yongbyon") == set()


def test_shoring_up_a_structure_is_construction() -> None:
    events = analyse("Crews were shoring up the dam below the Yongbyon reactor on May 5.")
    assert months(events, "construction", "yongbyon") == {"2020-05"}


def test_shoring_up_something_abstract_is_not_construction() -> None:
    events = analyse("Diplomats were shoring up support for the Yongbyon deal in May.")
    assert months(events, "construction", "yongbyon") == set()


def test_a_window_possibly_begun_before_a_day_inside_it_counts_that_month_too() -> None:
    events = analyse(
        "The restoration of the Sohae gantry started sometime between April 26 and May 8, "
        "possibly before the party meeting on April 29."
    )
    assert months_spanned(events, "restoration", "sohae") == {"2020-04", "2020-05"}


def test_a_window_alone_counts_only_the_month_it_was_seen_by() -> None:
    events = analyse(
        "The restoration of the Sohae gantry started sometime between April 26 and May 8."
    )
    assert months_spanned(events, "restoration", "sohae") == {"2020-05"}


def test_a_noun_summing_up_a_dated_clause_takes_its_date() -> None:
    events = analyse(
        "Missiles were fired from the Sinpo barge in August 2019, launches that the navy "
        "later praised."
    )
    assert months(events, "launch", "sinpo") == {"2019-08"}


def test_vehicles_seen_beside_a_denied_activity_are_still_traffic() -> None:
    events = analyse(
        "An image from May 3 had shown several trucks near the Punggye-ri command post but "
        "no sign of demolition."
    )
    assert months(events, "vehicle_activity", "punggye_ri") == {"2020-05"}


def test_work_on_a_site_the_text_does_not_name_is_not_put_at_another_site() -> None:
    events = analyse(
        "Officials say the North is dismantling a missile base; trucks also seen at Sohae."
    )
    assert months(events, "dismantling", "sohae") == set()


def test_work_on_a_named_site_keeps_its_site() -> None:
    events = analyse("Officials say the North is dismantling the Sohae site.")
    assert months(events, "dismantling", "sohae") == {"2020-06"}


def test_launches_from_unnamed_sites_are_not_put_at_the_site_talked_about() -> None:
    events = analyse(
        "Sinpo has been busy this summer. Since then the North has carried out two launches "
        "of short-range missiles from sites near the coast, it said."
    )
    assert months(events, "launch", "sinpo") == set()


def test_setting_off_explosions_that_bring_down_structures_is_demolition() -> None:
    events = analyse(
        "Engineers set off a row of explosions at the Punggye-ri nuclear test site on May 3, "
        "caving in two portals."
    )
    assert months(events, "demolition", "punggye_ri") == {"2020-05"}
    assert months(events, "test", "punggye_ri") == set()


def test_setting_off_what_is_called_a_bomb_is_a_test() -> None:
    events = analyse("On May 3 the North set off what it called a hydrogen bomb at Punggye-ri.")
    assert months(events, "test", "punggye_ri") == {"2020-05"}


def test_an_event_a_measured_time_before_the_main_clause_is_a_reference_point() -> None:
    events = analyse(
        "The Sinpo hall still has no roof, three years after construction on it started."
    )
    assert months(events, "construction", "sinpo") == set()


def test_an_event_clause_without_a_measure_is_still_reported() -> None:
    events = analyse("Trucks left Sinpo on May 4 after construction on the hall started.")
    assert months(events, "construction", "sinpo") != set()


def test_earlier_events_named_as_a_reference_point_are_not_reported() -> None:
    events = analyse(
        "Analysts said the missile traffic at Sanumdong on May 2 looked like that seen "
        "before earlier launches."
    )
    assert months(events, "launch", "sanumdong") == set()


def test_a_missile_tested_is_a_launch() -> None:
    events = analyse(
        "State media said the North had tested a new medium-range missile able to carry a "
        "heavy warhead from Kusong."
    )
    assert {(e["activity"], e["site"]) for e in scored_events(events)} == {("launch", "kusong")}


def test_an_engine_tested_is_still_a_test() -> None:
    events = analyse("The North tested a new rocket engine at Sohae on May 3.")
    assert months(events, "test", "sohae") == {"2020-05"}


def test_an_activity_extending_to_another_building_builds_nothing() -> None:
    events = analyse(
        "Imagery from May 9 shows the dismantling at Sohae going on and extending to the "
        "fuel bunkers."
    )
    assert months(events, "construction", "sohae") == set()
    assert months(events, "dismantling", "sohae") == {"2020-05"}


def test_a_structure_extended_is_still_construction() -> None:
    events = analyse("Imagery from May 9 shows that the Sohae pad has been extended to the east.")
    assert months(events, "construction", "sohae") == {"2020-05"}


def test_an_activity_noun_naming_a_kind_of_plant_is_no_event() -> None:
    events = analyse(
        "The Yongbyon hall, and whatever other enrichment plants the North may have, were "
        "never declared."
    )
    assert months(events, "production", "yongbyon") == set()


def test_work_on_facilities_at_a_named_site_keeps_its_site() -> None:
    events = analyse("The North has begun taking apart facilities at its Sohae station, on May 2.")
    assert months(events, "dismantling", "sohae") == {"2020-05"}
