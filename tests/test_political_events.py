"""Political events around the sites: summits and talks, pledges, sanctions, inspections,
with their dates and whether they were held, are planned, or are only hypothetical."""

from __future__ import annotations

from typing import Any

from sitewatch.app import App
from sitewatch.model import Document, PublishedDate
from sitewatch.settings import Settings


def political(text: str, published: str) -> list[dict[str, Any]]:
    doc = Document(id="p", text=text, language="en", published=PublishedDate(published))
    [analysis] = App(Settings()).pipeline.run([doc])
    assert analysis.failures == []
    return [e for e in analysis.events if e["category"] == "political"]


def kinds(events: list[dict[str, Any]]) -> set[tuple[str, str, str | None]]:
    return {(e["activity"], e["certainty"], e["date"]["value"]) for e in events}


def test_a_dated_meeting_between_leaders_is_a_held_summit_on_its_own_date() -> None:
    [event] = political("Kim Jong Un and Moon Jae-in met in Pyongyang on Tuesday.", "2018-09-20")
    assert (event["activity"], event["certainty"]) == ("summit", "asserted")
    assert event["date"]["value"] == "2018-09-18" and event["date"]["basis"] == "text"
    assert event["evidence"]["text"].startswith("Kim Jong Un and Moon Jae-in met")


def test_a_planned_meeting_is_planned_and_not_dated_by_the_sentence() -> None:
    [event] = political(
        "The North blew up the tunnels on Thursday, ahead of a planned meeting between the "
        "two leaders.",
        "2018-05-24",
    )
    assert (event["activity"], event["certainty"]) == ("summit", "planned")
    assert event["date"]["basis"] == "publication"


def test_an_agreement_at_a_dated_meeting_is_a_pledge_of_that_month_and_its_talks_are_planned(
) -> None:  # fmt: skip
    events = political(
        "Meeting at the border on June 30, the two leaders agreed to restart negotiations.",
        "2019-07-23",
    )
    assert kinds(events) == {
        ("summit", "asserted", "2019-06-30"),
        ("pledge", "asserted", "2019-06-30"),
        ("summit", "planned", "2019-07-23"),
    }


def test_inspections_that_are_only_needed_or_offered_are_not_events() -> None:
    assert political(
        "Any dismantling would need confirmation by international inspectors.", "2018-07-31"
    ) == []
    assert [
        e for e in political(
            "Pyongyang has offered further closures, with international inspections.",
            "2018-11-12",
        ) if e["activity"] == "inspection"
    ] == []  # fmt: skip


def test_experts_observing_a_promised_dismantling_is_a_planned_inspection() -> None:
    events = political(
        "The North promised to dismantle the launch pad with foreign experts observing.",
        "2018-09-20",
    )
    assert ("inspection", "planned") in {(e["activity"], e["certainty"]) for e in events}


def test_no_inspectors_present_is_a_negated_inspection() -> None:
    [event] = political("No international inspectors were present on Thursday.", "2018-05-24")
    assert event["activity"] == "inspection" and event["negated"]


def test_sanctions_relief_sought_at_a_dated_summit_takes_the_summits_date() -> None:
    events = political(
        "At the summit in Hanoi in February, the North sought sanctions relief.", "2019-04-17"
    )
    assert ("sanctions", "asserted", "2019-02") in kinds(events)


def test_a_stated_decision_to_keep_sanctions_is_the_reports_news() -> None:
    [event] = political(
        "The secretary said sanctions would stay in place until the weapons were gone.",
        "2018-07-25",
    )
    assert (event["activity"], event["certainty"]) == ("sanctions", "asserted")
    assert event["date"]["basis"] == "publication"


def test_diplomacy_in_general_and_talking_about_something_are_not_events() -> None:
    assert political("Pyongyang has long used negotiations to buy time.", "2018-07-02") == []
    talk = "Officials in Pyongyang have talked about hiding warheads."
    assert political(talk, "2018-07-31") == []


def test_a_definite_mention_takes_the_date_of_its_antecedent() -> None:
    events = political(
        "Trump met Kim in Singapore on June 12. After that meeting, Trump told reporters "
        "that Kim would close a missile site.",
        "2018-07-23",
    )
    assert [(e["activity"], e["date"]["value"], e["date"]["basis"]) for e in events] == [
        ("summit", "2018-06-12", "text"),
        ("summit", "2018-06-12", "discourse"),
    ]


def test_a_signed_declaration_is_a_pledge_dated_by_its_relative_clause() -> None:
    [event] = political(
        "The North will close the test site under a declaration that the two leaders signed "
        "in Pyongyang on Wednesday.",
        "2018-09-20",
    )
    assert (event["activity"], event["certainty"]) == ("pledge", "asserted")
    assert event["date"]["value"] == "2018-09-19"


def test_a_promise_is_made_when_it_was_given_not_when_the_report_mentions_it() -> None:
    [event] = political(
        "The work would be a first step toward keeping a promise Kim gave Trump in June.",
        "2018-07-24",
    )
    assert (event["activity"], event["certainty"]) == ("pledge", "asserted")
    assert event["date"]["value"] == "2018-06"


def test_would_after_a_past_saying_verb_is_a_plan_but_after_says_it_is_hypothetical() -> None:
    [event] = political("Trump announced that working-level talks would resume.", "2019-06-30")
    assert (event["activity"], event["certainty"]) == ("summit", "planned")
    assert political(
        "Bases would have to be declared and verified under any deal, the report says.",
        "2019-01-21",
    ) == []


def test_a_joint_statement_that_was_not_issued_is_a_negated_pledge() -> None:
    pledges = [
        e for e in political(
            "The summit was cut short on February 28 with neither a deal nor a joint statement.",
            "2019-03-07",
        ) if e["activity"] == "pledge"
    ]  # fmt: skip
    assert pledges and all(e["negated"] and e["certainty"] == "negated" for e in pledges)


# -- the occasion's frame: its own date, venue, participants, and whether it went ahead --


def summits(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["activity"] == "summit"]


def test_an_event_named_as_a_reference_point_is_dated_by_the_stated_distance() -> None:
    events = political(
        "The photographs, taken on April 30, three days after the Panmunjom meeting between the "
        "two leaders, show the gates closed.",
        "2018-05-10",
    )
    [meeting] = summits(events)
    assert meeting["date"]["value"] == "2018-04-27"


def test_an_event_named_by_a_vague_distance_does_not_take_the_other_clause_date() -> None:
    events = political(
        "Officials held a briefing in Seoul on the morning of March 1, hours after the talks "
        "between the delegations ended without an accord.",
        "2019-03-02",
    )
    assert all(e["date"]["value"] != "2019-03-01" for e in summits(events))


def test_a_date_inside_another_event_reference_phrase_is_not_the_meeting_date() -> None:
    events = political(
        "It was the ministers' first meeting since their talks in Geneva in January collapsed.",
        "2019-05-03",
    )
    meetings = [e for e in summits(events) if e["trigger"]["text"] == "meeting"]
    assert all(not (e["date"]["value"] or "").startswith("2019-01") for e in meetings)


def test_the_venue_is_where_the_meeting_is_held_not_another_place_of_the_sentence() -> None:
    [event] = political(
        "Back from Tokyo, the US envoy met his counterpart at Panmunjom on Friday.",
        "2019-08-03",
    )
    assert event["place"] == "Panmunjom"


def test_no_venue_is_given_when_the_text_states_none() -> None:
    events = political(
        "Speaking in Casablanca on Tuesday, the minister said sanctions would stay in force "
        "for now.",
        "2019-04-11",
    )
    assert events and all(e["place"] is None for e in events)


def test_participants_leave_out_nationality_words_and_title_modifiers() -> None:
    [event] = political(
        "South Korean President Moon Jae-in met Chinese leader Xi Jinping in Beijing on "
        "Monday.",
        "2019-12-25",
    )
    assert "Moon Jae-in" in event["actors"] and "Xi Jinping" in event["actors"]
    assert not {"South Korean", "Chinese", "Beijing"} & set(event["actors"])


def test_a_cancelled_meeting_did_not_take_place() -> None:
    events = political(
        "A dinner meeting between the two delegations set for Thursday was cancelled.",
        "2019-02-22",
    )
    assert events and all(e["negated"] for e in summits(events))


def test_a_postponed_meeting_is_planned_with_no_date() -> None:
    [event] = political(
        "The talks between the foreign ministers, due to open in Vienna on Monday, have been "
        "postponed.",
        "2018-10-06",
    )
    assert event["certainty"] == "planned" and event["date"]["value"] is None


def test_a_summit_under_a_present_scheduling_clause_is_planned_on_its_own_dates() -> None:
    events = political(
        "Envoys met in Bangkok last week to prepare for the third summit, which is scheduled "
        "for March 12 and 13.",
        "2019-03-01",
    )
    planned = [e for e in summits(events) if e["certainty"] == "planned"]
    assert [e["date"]["value"][:7] for e in planned] == ["2019-03"]


def test_inspectors_ready_to_return_are_no_inspection() -> None:
    events = political(
        "The agency's chief said on Tuesday that its inspectors are ready to go back within "
        "days of a deal.",
        "2019-04-10",
    )
    assert not [e for e in events if e["activity"] == "inspection" and not e["negated"]]


def test_inspectors_expelled_on_a_date_is_not_an_inspection_held_then() -> None:
    events = political("Foreign inspectors were thrown out of the plant in May 2002.", "2019-04-10")
    assert all(e["negated"] for e in events if e["activity"] == "inspection")


def test_a_past_meeting_named_in_the_subject_of_a_planned_talk_keeps_its_own_mode() -> None:
    events = political(
        "Officials said the ministers would review the results of the Vladivostok meeting.",
        "2019-05-02",
    )
    assert all(e["certainty"] != "planned" for e in summits(events))


def test_an_agreement_at_an_earlier_named_meeting_takes_that_meeting_date() -> None:
    events = political(
        "Putin and Kim Jong Un met in Vladivostok on April 25. At that meeting the two leaders "
        "agreed to expand rail links.",
        "2019-05-06",
    )
    pledges = [e for e in events if e["activity"] == "pledge"]
    assert [p["date"]["value"] for p in pledges] == ["2019-04-25"]


def test_participants_of_an_agreement_to_talk_include_its_subjects() -> None:
    events = political("Tokyo and Seoul agreed on Friday to resume talks on trade.", "2019-08-03")
    talks = [e for e in summits(events) if e["trigger"]["text"] == "talks"]
    assert talks and {"Tokyo", "Seoul"} <= set(talks[0]["actors"])


def test_an_event_named_as_a_reference_point_is_not_the_report_news() -> None:
    events = political(
        "Pyongyang may want to show resolve after Washington refused to lift sanctions.",
        "2019-03-05",
    )
    assert not [e for e in events if e["activity"] == "sanctions"]


def test_signing_up_to_a_goal_is_a_pledge_on_its_date() -> None:
    events = political(
        "The closure is a step toward the goal Moon and Kim signed up to in Pyongyang on "
        "September 19.",
        "2018-10-02",
    )
    pledges = [e for e in events if e["activity"] == "pledge"]
    assert [(p["date"]["value"], p["place"]) for p in pledges] == [("2018-09-19", "Pyongyang")]


def test_a_visit_to_a_capital_is_a_meeting_held_there() -> None:
    [event] = political(
        "Chinese President Xi Jinping visited Pyongyang on Thursday.", "2019-06-22"
    )
    assert (event["activity"], event["date"]["value"]) == ("summit", "2019-06-20")
    assert event["place"] == "Pyongyang" and event["actors"] == ["Xi Jinping"]


def test_a_promised_visit_is_a_planned_meeting() -> None:
    events = political("Moon said he had promised Putin that he would visit Moscow.", "2019-03-02")
    assert [(e["activity"], e["certainty"]) for e in events] == [("summit", "planned")]


def test_a_leader_inspecting_a_factory_is_no_inspection() -> None:
    events = political("Kim Jong Un inspected a munitions factory on Monday.", "2019-05-08")
    assert not [e for e in events if e["activity"] == "inspection"]


def test_experts_invited_to_watch_are_a_planned_inspection() -> None:
    events = political(
        "The North said it would invite foreign experts to watch the closure.", "2018-05-13"
    )
    assert [(e["activity"], e["certainty"]) for e in events] == [("inspection", "planned")]


def test_talks_held_in_a_city_have_it_as_venue_and_the_leaders_as_participants() -> None:
    [event] = political(
        "Russian President Vladimir Putin held talks with Kim Jong Un in Vladivostok on "
        "Thursday.",
        "2019-04-27",
    )
    assert event["place"] == "Vladivostok"
    assert event["actors"] == ["Vladimir Putin", "Kim Jong Un"]


def test_a_venue_hung_on_a_participant_is_still_the_meeting_venue() -> None:
    [event] = political(
        "The meeting between Shinzo Abe and Donald Trump in Osaka ended on Saturday without a "
        "statement.",
        "2019-06-30",
    )
    assert event["place"] == "Osaka"


def test_a_place_inside_a_reference_phrase_is_not_the_venue() -> None:
    events = political(
        "The envoys met on Sunday, a week after the talks with officials in Geneva.", "2019-06-30"
    )
    met = [e for e in summits(events) if e["trigger"]["text"] == "met"]
    assert met and met[0]["place"] is None


def test_the_person_a_relative_clause_of_meeting_is_about_takes_part() -> None:
    events = political(
        "Angela Merkel, who met Moon Jae-in in Berlin on Friday, praised the accord.",
        "2019-04-01",
    )
    met = [e for e in summits(events) if e["trigger"]["text"] == "met"]
    assert met and {"Angela Merkel", "Moon Jae-in"} <= set(met[0]["actors"])
    assert met[0]["place"] == "Berlin"


def test_a_date_of_a_complement_clause_is_not_the_meeting_date() -> None:
    events = political(
        "Xi and Putin met in Moscow on June 5. Putin told Xi during the talks that he would "
        "visit the Far East in September.",
        "2019-06-10",
    )
    talks = [e for e in summits(events) if e["trigger"]["text"] == "talks"]
    assert talks and all(e["date"]["value"] != "2019-09" for e in talks)


def test_a_named_declaration_signed_on_a_day_is_a_pledge_of_that_day() -> None:
    events = political(
        "Seoul, recalling the Pyongyang Declaration it signed with the North on September 19, "
        "urged talks.",
        "2018-11-02",
    )
    pledges = [e for e in events if e["activity"] == "pledge"]
    assert [p["date"]["value"] for p in pledges] == ["2018-09-19"]
