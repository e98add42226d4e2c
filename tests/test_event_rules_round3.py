"""Site-event rules added in round 3 of issue 6 (modality, negation scope, nominal
activity, durative time, reference and discourse), one behaviour each, on wording written
for these tests (not the development reports the errors were found on)."""

from __future__ import annotations

from typing import Any

from tests.test_event_rules import analyse, keys


def scored(events: list[dict[str, Any]]) -> set[tuple[str, str | None, str | None]]:
    """The events the benchmark scores: not negated, not planned."""
    return keys([e for e in events if not e["negated"] and e["certainty"] != "planned"])


def months(events: list[dict[str, Any]], activity: str, site: str) -> set[str]:
    return {
        m for a, s, m in scored(events) if a == activity and s == site and m is not None
    }  # fmt: skip


# modality: possibilities, aims, plans


def test_a_possible_launch_is_not_a_launch() -> None:
    events = analyse("Officials warned of a possible missile launch from Sohae within days.")
    assert scored(events) == set()


def test_an_event_said_to_be_imminent_has_not_happened() -> None:
    events = analyse("A rocket test at Sohae looks imminent, a researcher said.")
    assert scored(events) == set()


def test_an_event_named_as_a_goal_has_not_happened() -> None:
    events = analyse("Washington's stated aim remains the full dismantlement of Yongbyon.")
    assert scored(events) == set()


def test_will_makes_an_activity_a_plan() -> None:
    events = analyse("The North will resume construction at the Sinpo yard, officials said.")
    assert scored(events) == set()


# negation scope


def test_a_negating_determiner_negates_the_noun_it_governs() -> None:
    events = analyse("There has been no fresh excavation at the Punggye-ri tunnels this spring.")
    assert [e["negated"] for e in events] == [True]


def test_neither_nor_negates_both_nouns() -> None:
    events = analyse("Pictures from June 3 show neither trucks nor cranes at the Sinpo shipyard.")
    assert events and all(e["negated"] for e in events)


def test_a_freeze_on_an_activity_says_it_does_not_happen() -> None:
    events = analyse("Kim announced a freeze on rocket launches from Sohae on June 10.")
    assert scored(events) == set()


def test_a_denial_of_evidence_scopes_over_its_complement() -> None:
    first = analyse(
        "Nothing in the new pictures suggests that the Yongbyon reactor is being dismantled."
    )
    second = analyse("Analysts have not seen evidence of construction at Kangson since April.")
    assert scored(first) == set() and scored(second) == set()


def test_stopping_an_activity_is_not_the_activity() -> None:
    events = analyse("The North halted construction at the Sinpo yard, the think tank said.")
    assert scored(events) == set()


# what a place does, not what happened


def test_a_facility_as_subject_of_a_simple_present_states_its_function() -> None:
    events = analyse("The Kangson plant enriches uranium for the weapons programme.")
    assert scored(events) == set()


def test_an_activity_inside_a_simple_present_relative_clause_is_a_function() -> None:
    events = analyse(
        "Pictures from June 2 show workers taking apart the Sohae building that houses "
        "rockets during tests."
    )
    assert scored(events) == {("dismantling", "sohae", "2020-06")}


def test_the_centre_of_an_activity_and_where_it_happens_are_functions() -> None:
    first = analyse("Yongbyon remains the heart of the North's production of plutonium.")
    second = analyse("Sohae is where the North has launched all of its satellites.")
    assert scored(first) == set() and scored(second) == set()


def test_watching_for_signs_of_an_activity_is_a_purpose() -> None:
    events = analyse("Analysts keep watching the Yongbyon laboratory for signs of reprocessing.")
    assert scored(events) == set()


def test_a_structure_in_good_repair_is_not_being_repaired() -> None:
    events = analyse("Pictures taken on June 2 show the Sakkanmol bunkers in good repair.")
    assert all(e["activity"] != "restoration" for e in events)


# nominal activity


def test_work_on_a_new_structure_is_construction() -> None:
    events = analyse(
        "Work on a new dormitory at the Sohae station is under way, pictures from June 2 show."
    )
    assert scored(events) == {("construction", "sohae", "2020-06")}


def test_work_to_do_something_reports_it_under_way() -> None:
    events = analyse("Work to rebuild the Sohae gantry continues, imagery from June 4 shows.")
    assert scored(events) == {("restoration", "sohae", "2020-06")}


def test_an_activity_noun_compounded_with_work_is_the_event() -> None:
    events = analyse("The demolition work at Punggye-ri began in May.")
    assert scored(events) == {("demolition", "punggye_ri", "2020-05")}


def test_pouring_concrete_and_laying_foundations_are_construction() -> None:
    events = analyse("Crews laid the foundations of a pier at Sinpo in May.")
    assert ("construction", "sinpo", "2020-05") in scored(events)


def test_exploding_a_device_is_a_test_not_a_demolition() -> None:
    events = analyse(
        "The nuclear device the North exploded at Punggye-ri on June 14 was its largest."
    )
    assert {e["activity"] for e in scored_events(events)} == {"test"}


def test_setting_off_a_device_is_a_test() -> None:
    events = analyse("North Korea set off a nuclear device at Punggye-ri on June 14.")
    assert scored(events) == {("test", "punggye_ri", "2020-06")}


def test_a_restarted_reactor_is_production() -> None:
    events = analyse("The Yongbyon reactor was restarted in early May, a think tank said.")
    assert scored(events) == {("production", "yongbyon", "2020-05")}


def test_assembling_missiles_is_production_and_assembling_a_statement_is_not() -> None:
    first = analyse("Engineers at Sanumdong are assembling two new missiles.")
    second = analyse("Officials at Sanumdong are assembling a list of visitors.")
    assert {a for a, _, _ in scored(first)} == {"production"} and scored(second) == set()


def test_a_structure_that_looks_complete_has_been_built_but_a_programme_has_not() -> None:
    first = analyse("In images from June 5, the new hall at Sohae looks complete.")
    second = analyse("Kim said the programme at Yongbyon was complete.")
    assert scored(first) == {("construction", "sohae", "2020-06")} and scored(second) == set()


# time: durative spans, windows, background


def test_a_date_on_a_coordinated_verb_of_motion_dates_the_traffic() -> None:
    events = analyse("Trucks were coming and going at the Yongbyon complex throughout early May.")
    assert months(events, "vehicle_activity", "yongbyon") == {"2020-05"}


def test_an_activity_going_on_since_a_month_counts_then_and_now() -> None:
    events = analyse(
        "Excavation at the Punggye-ri west portal has been going on since early April."
    )
    assert months(events, "construction", "punggye_ri") == {"2020-04", "2020-06"}


def test_under_construction_since_a_month_counts_then_and_now() -> None:
    events = analyse("A new annex has been under construction at Sanumdong since March.")
    assert months(events, "construction", "sanumdong") == {"2020-03", "2020-06"}


def test_a_change_sometime_within_a_window_is_dated_by_its_end() -> None:
    events = analyse("Sometime between May 28 and June 9, a second crane was put up at Sinpo.")
    assert months(events, "construction", "sinpo") == {"2020-06"}


def test_a_month_without_a_year_is_not_after_the_report() -> None:
    events = analyse(
        "The removal of the Sohae gantry appears to have begun in late September.",
        published="2020-08-05",
    )
    assert months(events, "dismantling", "sohae") == {"2019-09"}


def test_later_places_an_undated_past_event_after_another_not_at_the_report() -> None:
    events = analyse("The Yongbyon tower was demolished in 2008 and the plant was later restarted.")
    assert months(events, "production", "yongbyon") == set()


def test_a_date_inside_a_place_name_is_not_a_date() -> None:
    events = analyse("Vehicles were seen at the March 16 Factory in Pyongsong this week.")
    assert months(events, "vehicle_activity", "pyongsong_march16") == {"2020-06"}


def test_an_event_named_as_a_reference_point_is_not_reported_here() -> None:
    events = analyse("Trucks were seen at the Sohae pad on June 3, in the days before the launch.")
    assert scored(events) == {("vehicle_activity", "sohae", "2020-06")}


def test_something_that_could_be_seen_is_asserted_not_hedged() -> None:
    events = analyse("A crane could be seen at the Sinpo basin on June 3.")
    assert [e["certainty"] for e in events] == ["asserted"]


# discourse


def test_a_definite_noun_refers_back_to_the_dated_activity_of_its_sentence() -> None:
    events = analyse(
        "Trucks moved in and out of Kangson in mid-May, but the movements told analysts little."
    )
    assert months(events, "vehicle_activity", "kangson") == {"2020-05"}


def test_a_definite_activity_noun_goes_to_the_site_where_that_activity_was_reported() -> None:
    events = analyse(
        "The North is rebuilding the engine stand at Sohae, officials said on June 2. "
        "Trucks were also seen at the Yongbyon complex. "
        "A lawmaker said the rebuilding had surprised Seoul."
    )
    assert {s for a, s, _ in scored(events) if a == "restoration"} == {"sohae"}


def test_an_indefinite_site_is_a_new_place_not_the_last_one_named() -> None:
    events = analyse(
        "Pictures from June 2 show trucks at the Sohae station.\n\n"
        "A missile base near the northern border has also seen new construction, it said."
    )
    assert {a for a, s, _ in scored(events) if s == "sohae"} == {"vehicle_activity"}


def scored_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if not e["negated"] and e["certainty"] != "planned"]


def test_the_work_begun_before_a_dated_event_is_the_reported_activity_by_then() -> None:
    events = analyse(
        "Imagery shows the North taking down the engine stand at Sohae.\n\n"
        "Part of the work may have begun before the party congress of May 12-14.",
        published="2020-06-20",
    )
    assert months(events, "dismantling", "sohae") >= {"2020-05"}


def test_a_work_noun_with_no_activity_reported_before_is_no_event() -> None:
    events = analyse("Trucks were seen at Sohae on June 2. The work may have begun in May.")
    assert scored(events) == {("vehicle_activity", "sohae", "2020-06")}


def test_a_perfect_of_repeated_activity_since_a_year_is_a_habit_not_an_event() -> None:
    events = analyse("Since 2015 the North has fired its largest rockets from Sohae.")
    assert events == []


def test_of_a_day_and_its_year_the_day_dates_the_imagery() -> None:
    events = analyse("Imagery from June 5 of this year shows three trucks at the Sakkanmol base.")
    assert months(events, "vehicle_activity", "sakkanmol") == {"2020-06"}


def test_a_caption_with_no_verb_is_dated_by_its_date() -> None:
    events = analyse(
        "Pictures of Sohae were taken on June 2.\n\nTrucks at the Sohae gantry, May 30, 2020."
    )
    assert months(events, "vehicle_activity", "sohae") == {"2020-05"}  # not the June 2 pictures


def test_a_test_being_prepared_is_launch_preparation() -> None:
    events = analyse("Analysts saw signs at Sinpo on June 3 that a test was being prepared.")
    assert ("launch_preparation", "sinpo", "2020-06") in scored(events)


def test_a_named_missile_gives_a_launch_its_context() -> None:
    events = analyse("The June 4 launch of a Pukguksong-3 was conducted from the Sinpo area.")
    assert scored(events) == {("launch", "sinpo", "2020-06")}


def test_a_statement_about_anyone_is_not_an_event() -> None:
    events = analyse("At Yongbyon you cannot restart the reactor until the pumps are repaired.")
    assert scored(events) == set()


def test_a_capitalised_part_of_a_site_carries_the_site() -> None:
    events = analyse(
        "Pictures of Yongbyon were taken on June 2. Work on the Light Water Reactor is also "
        "under way."
    )
    assert ("construction", "yongbyon", "2020-06") in scored(events)
