"""Site-event rules added in round 4 of issue 6 (history before the watch period,
questions, generic "you", structures as what comes down, layout descriptions, "never",
imagery dates reached through time nouns and evidence nouns), one behaviour each, on
wording written for these tests (not the reports the error classes were found on)."""

from __future__ import annotations

from tests.test_event_rules import analyse
from tests.test_event_rules_round3 import months, scored


def test_activity_dated_before_2017_is_history_not_a_timeline_entry() -> None:
    events = analyse("The North fired a long-range rocket from Sohae in April 2012.")
    assert scored(events) == set()


def test_activity_dated_from_2017_on_is_kept() -> None:
    events = analyse("The North fired a long-range rocket from Sohae in April 2017.")
    assert months(events, "launch", "sohae") == {"2017-04"}


def test_a_question_about_a_site_reports_nothing() -> None:
    events = analyse("Are the engineers at Yongbyon still reprocessing fuel?")
    assert scored(events) == set()


def test_what_anyone_would_do_is_not_an_observation() -> None:
    events = analyse('"You tear down the gantry at Sohae and you have a gesture," an analyst said.')
    assert scored(events) == set()


def test_a_missile_coming_down_is_not_dismantling() -> None:
    events = analyse(
        "The missile left the Kusong area on June 4 and flew east before coming down off the coast."
    )
    assert months(events, "dismantling", "kusong") == set()


def test_part_of_a_structure_coming_down_is_dismantling() -> None:
    events = analyse("Most of the gantry at Sohae came down in early August 2018, imagery shows.")
    assert months(events, "dismantling", "sohae") == {"2018-08"}


def test_bringing_back_vehicles_is_not_restoration() -> None:
    events = analyse("Workers brought back the bulldozers to Punggye-ri on July 2, 2019.")
    assert months(events, "restoration", "punggye_ri") == set()


def test_a_bare_participle_describing_the_layout_is_not_construction() -> None:
    events = analyse(
        "The Sakkanmol base sits in a gorge, with bunkers dug into the slopes and sheds "
        "erected along the access road."
    )
    assert months(events, "construction", "sakkanmol") == set()


def test_a_newly_erected_structure_is_still_construction() -> None:
    events = analyse("Imagery from May 3 shows sheds newly erected along the Sakkanmol road.")
    assert months(events, "construction", "sakkanmol") == {"2020-05"}


def test_never_negates_the_activity() -> None:
    events = analyse("The second reactor at Yongbyon was never finished, officials said.")
    assert scored(events) == set()


def test_a_kind_of_facility_named_by_an_activity_is_not_that_activity() -> None:
    events = analyse("Whatever reprocessing plants Yongbyon has were never inspected.")
    assert months(events, "production", "yongbyon") == set()


def test_an_imagery_date_inside_a_time_noun_dates_what_the_imagery_showed() -> None:
    events = analyse(
        "Pictures taken in the last days of March showed that crews had removed the roof of "
        "a shed at Sohae."
    )
    assert months(events, "dismantling", "sohae") == {"2020-03"}


def test_a_pluperfect_given_as_evidence_takes_the_imagery_date() -> None:
    events = analyse(
        "Images taken in mid-April showed fresh spoil at Punggye-ri, evidence that crews had "
        "been digging a new tunnel."
    )
    assert months(events, "construction", "punggye_ri") == {"2020-04"}


def test_a_pluperfect_shown_by_dated_imagery_in_the_present_takes_the_imagery_date() -> None:
    events = analyse(
        "A satellite photo taken on April 14 shows that a second vehicle shed had gone up "
        "at Sakkanmol."
    )
    assert months(events, "construction", "sakkanmol") == {"2020-04"}


def test_structures_seen_removed_are_still_dismantling() -> None:
    events = analyse("New imagery of Sohae shows the fuel bunkers removed from beside the pad.")
    assert months(events, "dismantling", "sohae") == {"2020-06"}
