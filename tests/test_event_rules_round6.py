"""Site-event rules added in round 6 of issue 6 (negation by "neither" and by a negative
fronted place, retracted placements, what a site has been the site of, coordinated
function clauses), one behaviour each, on wording written for these tests (not the reports
the error classes were found on)."""

from __future__ import annotations

from tests.test_event_rules import analyse
from tests.test_event_rules_round3 import months, scored_events


def test_neither_nor_denies_both_activities() -> None:
    events = analyse(
        "The newest picture of Sohae, taken on May 3, shows neither renewed dismantling nor "
        "any restoration of the gantry.",
        published="2020-05-20",
    )
    assert months(events, "dismantling", "sohae") == set()
    assert months(events, "restoration", "sohae") == set()


def test_a_negative_fronted_place_denies_what_the_clause_reports() -> None:
    events = analyse(
        "In no picture of Yongbyon from this month is there a plume of steam from the "
        "reactor.",
        published="2020-05-20",
    )
    assert months(events, "production", "yongbyon") == set()


def test_a_placement_an_earlier_version_retracted_is_no_event() -> None:
    events = analyse(
        "Correction: A previous version of this story said that trucks seen in images on "
        "May 2 were at the Sanumdong factory.",
        published="2020-05-20",
    )
    assert not [e for e in scored_events(events) if e["site"] == "sanumdong"]


def test_what_a_site_has_been_the_site_of_is_no_event() -> None:
    events = analyse(
        "Sohae, on the west coast, has been the site of each of the North's satellite "
        "launches.",
        published="2020-05-20",
    )
    assert months(events, "launch", "sohae") == set()


def test_a_function_clause_stays_a_function_across_its_conjuncts() -> None:
    events = analyse(
        "Yongbyon is where the North separates plutonium in an old plant and, in a newer "
        "hall, enriches uranium.",
        published="2020-05-20",
    )
    assert months(events, "production", "yongbyon") == set()


def test_a_plain_report_of_work_is_still_an_event() -> None:
    events = analyse(
        "Images taken on May 3 show workers dismantling the gantry at Sohae.",
        published="2020-05-20",
    )
    assert months(events, "dismantling", "sohae") == {"2020-05"}


def test_what_something_is_capable_of_is_no_event() -> None:
    events = analyse(
        "The berth at Sinpo could hide a submarine capable of firing ballistic missiles.",
        published="2020-05-20",
    )
    assert months(events, "launch", "sinpo") == set()
