"""The time stage (issue 3): every date grounded, normalised, and with its precision."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitewatch.analyze.pipeline import Pipeline
from sitewatch.analyze.times import (
    TimeStage,
    find_times,
    governing_time,
    publication_date_from_text,
)
from sitewatch.model import Analysis, Document, PublishedDate

PUB = "2018-07-31"  # a Tuesday


def analyse(nlp: Any, text: str, published: str | None = PUB) -> list[dict[str, Any]]:
    doc = Document(id="t", text=text, published=PublishedDate(published) if published else None)
    analysis = Analysis(doc)
    analysis.spacy_doc = nlp(text)
    TimeStage()(analysis)
    return analysis.times


def one(times: list[dict[str, Any]], text: str) -> dict[str, Any]:
    found = [t for t in times if t["text"] == text]
    assert found, f"{text!r} not found in {[t['text'] for t in times]}"
    return found[0]


# -- the stage contract --------------------------------------------------------------


def test_stage_declares_what_it_needs_and_adds() -> None:
    stage = TimeStage()
    assert (stage.name, stage.requires, stage.assigns) == ("times", ("spacy_doc",), ("times",))


def test_every_item_has_the_documented_fields_with_offsets_into_the_text(nlp: Any) -> None:
    text = "Kim met Trump on June 12 and they will meet again next week."
    times = analyse(nlp, text)
    assert times == sorted(times, key=lambda t: t["start"])
    for item in times:
        assert set(item) == {"start", "end", "text", "type", "value", "precision", "basis",
                             "anchor", "mod", "future", "interval"}
        assert text[item["start"] : item["end"]] == item["text"]


def test_default_pipeline_runs_the_stage_after_spacy() -> None:
    from sitewatch.app import default_stages
    from sitewatch.settings import Settings

    names = [s.name for s in default_stages(Settings())]
    assert names.index("times") == names.index("spacy") + 1
    Pipeline(default_stages(Settings()))  # the order checks pass


# -- weekdays and tense ----------------------------------------------------------------


def test_on_monday_in_past_tense_report_is_previous_monday(nlp: Any) -> None:
    monday = one(analyse(nlp, "The newspaper reported on Monday that work continued."), "Monday")
    assert monday["value"] == "2018-07-30"
    assert monday["basis"] == "relative-publication" and monday["anchor"] == PUB
    assert monday["future"] is False


def test_on_monday_after_will_is_the_next_monday(nlp: Any) -> None:
    monday = one(analyse(nlp, "The two leaders will meet on Monday in Singapore."), "Monday")
    assert monday["value"] == "2018-08-06"
    assert monday["future"] is True


def test_last_friday_is_the_friday_before_publication(nlp: Any) -> None:
    assert one(analyse(nlp, "He spoke last Friday."), "last Friday")["value"] == "2018-07-27"


# -- relative to the publication date ----------------------------------------------------


@pytest.mark.parametrize(("text", "phrase", "value", "precision", "interval"), [
    ("He testified last week.", "last week", "2018-W30", "week", ["2018-07-23", "2018-07-29"]),
    ("The summit was last month.", "last month", "2018-06", "month", ["2018-06-01", "2018-06-30"]),
    ("It happened yesterday.", "yesterday", "2018-07-30", "day", ["2018-07-30", "2018-07-30"]),
    ("Talks resume next year.", "next year", "2019", "year", ["2019-01-01", "2019-12-31"]),
    ("The site was built two years ago.", "two years ago", "2016", "year",
     ["2016-01-01", "2016-12-31"]),
    ("Sales rose in the third quarter.", "the third quarter", "2018-Q3", "quarter",
     ["2018-07-01", "2018-09-30"]),
])
def test_relative_expressions_resolve_against_the_publication_date(
    nlp: Any, text: str, phrase: str, value: str, precision: str, interval: list[str]
) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["value"], item["precision"], item["interval"]) == (value, precision, interval)
    assert item["type"] == "DATE" and item["basis"] == "relative-publication"


def test_two_days_later_resolves_against_the_date_just_mentioned(nlp: Any) -> None:
    times = analyse(nlp, "The convoy left on March 3, 2018. Two days later it reached Sohae.")
    later = one(times, "Two days later")
    assert later["value"] == "2018-03-05"
    assert later["basis"] == "relative-expression" and later["anchor"] == "2018-03-03"


def test_the_june_12_summit_is_june_12_of_the_publication_year(nlp: Any) -> None:
    item = one(analyse(nlp, "Evidence collected since the June 12 summit."), "June 12")
    assert item["value"] == "2018-06-12" and item["precision"] == "day"


def test_a_year_less_month_in_the_future_takes_the_coming_one(nlp: Any) -> None:
    item = one(analyse(nlp, "They may meet in New York in May."), "May")
    assert item["value"] == "2019-05" and item["future"] is True


def test_a_year_less_month_in_the_past_takes_the_last_one(nlp: Any) -> None:
    assert one(analyse(nlp, "They met in September."), "September")["value"] == "2017-09"


# -- vague references, ranges and modifiers -------------------------------------------------


def test_a_month_just_ahead_that_dates_a_noun_in_a_past_sentence_is_the_coming_one(
    nlp: Any,
) -> None:
    text = "The ministry warned refiners of a cutback in their crude supply in September."
    assert one(analyse(nlp, text, "2018-08-16"), "September")["value"] == "2018-09"
    assert one(analyse(nlp, "They met in September.", "2018-08-16"), "September")["value"] == (
        "2017-09")


def test_without_a_tense_a_month_behind_is_nearer_than_one_as_far_ahead() -> None:
    found = {e.text: e.value for e in find_times("Prices in March and in January.", "1989-10-30")}
    assert found == {"March": "1989-03", "January": "1990-01"}


def test_a_hyphenated_position_word_belongs_to_the_expression(nlp: Any) -> None:
    item = one(analyse(nlp, "Results are due in mid-November."), "mid-November")
    assert (item["value"], item["mod"]) == ("2018-11", "MID")


def test_late_june_is_the_end_of_june_not_a_day(nlp: Any) -> None:
    item = one(analyse(nlp, "Construction resumed in late June."), "late June")
    assert (item["value"], item["precision"], item["mod"]) == ("2018-06", "month", "END")
    assert item["interval"] == ["2018-06-21", "2018-06-30"]


def test_earlier_this_year_runs_from_january_to_publication(nlp: Any) -> None:
    item = one(analyse(nlp, "Kim visited the site earlier this year."), "earlier this year")
    assert (item["value"], item["mod"]) == ("2018", "START")
    assert item["interval"] == ["2018-01-01", PUB]


def test_between_april_and_september_gives_both_ends_the_whole_range(nlp: Any) -> None:
    times = analyse(nlp, "Work went on between April and September.")
    april, september = one(times, "April"), one(times, "September")
    assert april["interval"] == september["interval"] == ["2018-04-01", "2018-09-30"]
    assert (april["mod"], september["mod"]) == ("ON_OR_AFTER", "ON_OR_BEFORE")


def test_in_recent_weeks_is_a_fuzzy_past_span(nlp: Any) -> None:
    item = one(analyse(nlp, "Activity increased in recent weeks."), "recent weeks")
    assert item["value"] == "PAST_REF" and item["precision"] == "week"
    assert item["interval"][1] == PUB and item["interval"][0] < PUB


def test_as_early_as_september_is_a_future_lower_bound(nlp: Any) -> None:
    times = analyse(nlp, "Trump and Kim may meet as early as September.", "2018-07-17")
    item = one(times, "September")
    assert (item["value"], item["mod"], item["future"]) == ("2018-09", "ON_OR_AFTER", True)
    assert item["interval"] == ["2018-09-01", None]


def test_within_a_year_is_a_bounded_duration(nlp: Any) -> None:
    item = one(analyse(nlp, "The programme would be dismantled within a year."), "a year")
    assert (item["type"], item["value"], item["mod"]) == ("DURATION", "P1Y", "EQUAL_OR_LESS")
    assert item["interval"] is None and item["future"] is True


def test_since_last_december_runs_to_publication(nlp: Any) -> None:
    item = one(analyse(nlp, "No test has been held since last December."), "last December")
    assert item["value"] == "2017-12"
    assert item["interval"] == ["2017-12-01", PUB] and item["mod"] == "ON_OR_AFTER"


def test_july_20_and_july_22_are_two_days(nlp: Any) -> None:
    times = analyse(nlp, "Imagery from July 20 and July 22 shows the pad.")
    assert [t["value"] for t in times] == ["2018-07-20", "2018-07-22"]


def test_an_elided_second_day_takes_the_first_ones_month(nlp: Any) -> None:
    times = analyse(nlp, "Imagery from July 20 and 22 shows the pad.")
    assert [t["value"] for t in times] == ["2018-07-20", "2018-07-22"]


def test_now_is_present_ref(nlp: Any) -> None:
    item = one(analyse(nlp, "There is now no nuclear threat."), "now")
    assert item["value"] == "PRESENT_REF" and item["interval"] == [PUB, PUB]
    assert one(analyse(nlp, "Everybody can now feel safer."), "now")["future"] is False


def test_a_past_tense_quarter_that_has_not_begun_is_last_years(nlp: Any) -> None:
    text = "Delta said it earned $5.2 million in the fiscal first quarter."
    assert one(analyse(nlp, text, "1989-10-26"), "the fiscal first quarter")["value"] == "1989-Q1"
    text = "Delta will report results for the first quarter."
    assert one(analyse(nlp, text, "1989-10-26"), "the first quarter")["value"] == "1990-Q1"


def test_a_year_ago_in_a_figures_sentence_is_the_quarter_under_discussion(nlp: Any) -> None:
    text = ("The thrift reported a loss for the third quarter. It cited bad loans. "
            "The thrift had net income of $132,000, or three cents a share, a year ago.")
    item = one(analyse(nlp, text, "1989-11-02"), "a year ago")
    assert (item["value"], item["basis"]) == ("1988-Q3", "relative-expression")
    text = "The third quarter was weak. A year ago, the chairman resigned."
    assert one(analyse(nlp, text, "1989-11-02"), "A year ago")["value"] == "1988"


def test_the_year_ago_period_compares_with_a_reported_quarter_not_a_forecast(nlp: Any) -> None:
    text = ("Net fell in the third quarter. The company expects weakness through the "
            "fourth quarter. In the year-ago period, it earned $101 million.")
    assert one(analyse(nlp, text, "1989-10-26"), "the year-ago period")["value"] == "1988-Q3"


def test_the_year_with_its_end_date_is_a_twelve_month_duration(nlp: Any) -> None:
    text = "For the fiscal year ended March 31, the miner earned $40 million."
    item = one(analyse(nlp, text, "1989-10-26"), "the fiscal year")
    assert (item["type"], item["value"]) == ("DURATION", "P1Y")


def test_the_full_year_is_the_year_under_discussion(nlp: Any) -> None:
    text = "Orders rose 4% in the third quarter. Sales for the full year should rise."
    item = one(analyse(nlp, text, "1989-10-26"), "the full year")
    assert (item["type"], item["value"]) == ("DATE", "1989")
    text = "The plant opened in 1975. During the year, it hired 300 people."
    assert one(analyse(nlp, text, "1989-10-26"), "the year")["value"] == "1975"


def test_the_quarter_ended_a_date_is_the_quarter_of_those_three_months(nlp: Any) -> None:
    text = "In the quarter ended July 31, the retailer lost $2 million."
    assert one(analyse(nlp, text, "1989-10-26"), "the quarter")["value"] == "1989-Q2"


def test_the_quarter_just_named_keeps_its_fiscal_name(nlp: Any) -> None:
    text = ("The airline earned $9 million in its fiscal first quarter. "
            "For the quarter ended Sept. 30, traffic rose 4%.")
    assert one(analyse(nlp, text, "1989-10-26"), "the quarter")["value"] == "1989-Q1"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Profit fell in the third quarter. The latest period included a gain.",
     "The latest period", "1989-Q3"),
    ("Profit fell in the third quarter. In the 1988 period, it had a loss.",
     "the 1988 period", "1988-Q3"),
    ("Profit fell in the third quarter, against a gain in the corresponding period last year.",
     "the corresponding period last year", "1988-Q3"),
    ("Profit fell in the third quarter. Last year's quarter included a gain.",
     "Last year's quarter", "1988-Q3"),
    ("Profit fell in the third quarter. For the quarter a year ago, it had a gain.",
     "the quarter a year ago", "1988-Q3"),
])
def test_other_names_of_the_reporting_period(nlp: Any, text: str, phrase: str, value: str) -> None:
    assert one(analyse(nlp, text, "1989-10-26"), phrase)["value"] == value


def test_a_possessive_year_and_its_quarter_are_one_expression(nlp: Any) -> None:
    times = analyse(nlp, "Sales for this year's third quarter rose.", "1989-10-26")
    assert [(t["text"], t["value"]) for t in times] == [("this year's third quarter", "1989-Q3")]
    times = analyse(nlp, "The sale may close in next year's first quarter.", "1989-10-26")
    assert one(times, "next year's first quarter")["value"] == "1990-Q1"


def test_year_end_after_a_preposition_is_the_end_of_the_year(nlp: Any) -> None:
    item = one(analyse(nlp, "The deal should close by year-end.", "1989-10-26"), "year-end")
    assert (item["value"], item["mod"]) == ("1989", "END")
    item = one(analyse(nlp, "The index has risen 8% since year end.", "1989-10-26"), "year end")
    assert item["value"] == "1988"
    assert analyse(nlp, "Year-end bonuses were cut.", "1989-10-26") == []


@pytest.mark.parametrize("text", [
    "Prices are expected to fall further.",
    "The coalition began to fall apart.",
    "The quarter-to-quarter comparison was weak.",
    'The minister said on ABC\'s "This Week" that talks would go on.',
    'He told CBS\'s "60 Minutes" that he would stay.',
    "For Poland, high noon has come.",
    "Jan Kavan of the Czech Republic signed the documents.",
    "He spoke on the eve of the summit.",
])
def test_words_that_only_look_like_times_are_skipped(nlp: Any, text: str) -> None:
    assert analyse(nlp, text) == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "about 10:35 a.m.",
     "2018-07-27T10:35"),
    ("The doctor was shot on July 3. He died at 10 p.m. in hospital.", "10 p.m.",
     "2018-07-03T22:00"),
    ("He was shot to death last Oct. 23 at his home.", "Oct. 23", "2017-10-23"),
    ("The revolution brought him to power in March. That was 41 years ago.", "41 years ago",
     "1977"),
    ("It will be a theme from now to Election Day.", "Election Day", "2018-11-06"),
    ("The vote was planned for early March.", "early March", "2019-03"),
])
def test_clock_times_count_and_holiday_cues(nlp: Any, text: str, phrase: str, value: str) -> None:
    published = "2019-02-10" if "planned" in text else PUB
    assert one(analyse(nlp, text, published), phrase)["value"] == value


def test_could_keeps_a_duration_in_the_future_sense(nlp: Any) -> None:
    item = one(analyse(nlp, "The visit could be in just two months."), "two months")
    assert item["type"] == "DURATION" and item["future"] is True


def test_a_month_or_season_takes_a_year_written_in_words(nlp: Any) -> None:
    times = analyse(nlp, "Prices fell in the winter of nineteen ninety-four. January "
                         "nineteen ninety-seven was worse.")
    assert [(t["text"], t["value"]) for t in times] == [
        ("the winter of nineteen ninety-four", "1994-WI"),
        ("January nineteen ninety-seven", "1997-01")]


def test_a_day_relative_to_a_year_is_left_unresolved(nlp: Any) -> None:
    times = analyse(nlp, "The firm was founded in 1990. The day before the vote, he resigned.")
    item = one(times, "The day before")
    assert item["value"] is None and item["interval"] is None


def test_from_spring_to_fall_keeps_the_season(nlp: Any) -> None:
    times = analyse(nlp, "The site was busy from spring to fall.")
    assert [t["value"] for t in times] == ["2018-SP", "2018-FA"]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The premium is 24% over Thursday's closing price.", "Thursday", "2018-07-26"),
    ("The court suspended the injunction issued Thursday.", "Thursday", "2018-07-26"),
    ("Qantas will double its flights by August.", "August", "2018-08"),
    ("Inspectors had been allowed to work since Jan. 13.", "Jan. 13", "2018-01-13"),
    ("He subpoenaed the boy to testify on Aug. 10.", "Aug. 10", "2018-08-10"),
    ("The fund sold shares bought from July 2 to Thursday.", "Thursday", "2018-07-26"),
    ("Officials could not reach him on Monday.", "Monday", "2018-07-30"),
    ("The prosecutor has scheduled a news conference Thursday.", "Thursday", "2018-08-02"),
    ("They set a record on Friday.", "Friday", "2018-07-27"),
    ("A hearing is set for the week of Aug. 6.", "the week of Aug. 6", "2018-W32"),
])
def test_tense_cues_around_the_expression(nlp: Any, text: str, phrase: str, value: str) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


# -- durations, sets, times of day, absolute dates ------------------------------------------------


@pytest.mark.parametrize(("text", "phrase", "type_", "value"), [
    ("a one-year plan", "one-year", "DURATION", "P1Y"),
    ("for more than four hours", "more than four hours", "DURATION", "PT4H"),
    ("during the past two months", "the past two months", "DURATION", "P2M"),
    ("meeting every Monday", "every Monday", "SET", "XXXX-WXX-1"),
    ("the daily briefing", "daily", "SET", "P1D"),
    ("at 3 p.m. Thursday", "3 p.m. Thursday", "TIME", "2018-07-26T15:00"),
    ("on July 30, 2018", "July 30, 2018", "DATE", "2018-07-30"),
    ("on 30 July 2018", "30 July 2018", "DATE", "2018-07-30"),
    ("dated 2018-07-30", "2018-07-30", "DATE", "2018-07-30"),
    ("in the 1990s", "the 1990s", "DATE", "199"),
    ("in summer 2017", "summer 2017", "DATE", "2017-SU"),
    ("in the 20th century", "the 20th century", "DATE", "19"),
    ("for a couple of years", "a couple of years", "DURATION", "P2Y"),
    ("for 2 1/2 years", "2 1/2 years", "DURATION", "P2Y6M"),
    ("for 5 1/2 hours", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("for two and a half years", "two and a half years", "DURATION", "P2Y6M"),
    ("for a year and a half", "a year and a half", "DURATION", "P1Y6M"),
    ("for a minute and a half", "a minute and a half", "DURATION", "PT1M30S"),
    ("in the last half of 2017", "the last half of 2017", "DATE", "2017-H2"),
    ("two hours ago", "two hours ago", "DATE", "2018-07-31"),
    ("36 hours ago", "36 hours ago", "DATE", "2018-07-30"),
    ("a year and a half ago", "a year and a half ago", "DATE", "2017-01"),
    ("for almost a hundred years", "almost a hundred years", "DURATION", "P100Y"),
    ("for two thousand years", "two thousand years", "DURATION", "P2000Y"),
    ("a week or so ago", "a week or so ago", "DATE", "2018-W30"),
])
def test_expression_types_and_values(
    nlp: Any, text: str, phrase: str, type_: str, value: str
) -> None:
    item = one(analyse(nlp, f"It was {text}."), phrase)
    assert (item["type"], item["value"]) == (type_, value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The agency inspects the plant annually.", "annually", "P1Y"),
    ("Inventories are reported semi-annually.", "semi-annually", "P6M"),
])
def test_annually_and_semi_annually_are_sets(nlp: Any, text: str, phrase: str, value: str) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["type"], item["value"]) == ("SET", value)


def test_a_decade_in_words_keeps_its_position_word(nlp: Any) -> None:
    item = one(analyse(nlp, "The reactor was shut down in the late nineties."),
               "the late nineties")
    assert (item["value"], item["mod"]) == ("199", "END")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The convoy left the base in mid-afternoon yesterday.", "mid-afternoon yesterday",
     "2018-07-30TAF"),
    ("Guards saw the trucks early morning Sunday.", "early morning Sunday", "2018-07-29TMO"),
    ("The envoys arrived on the evening of July 12.", "the evening of July 12", "2018-07-12TEV"),
    ("The fire started on the night of Saturday, July 7.", "the night of Saturday, July 7",
     "2018-07-07TNI"),
])
def test_a_part_of_day_before_its_day_is_one_time(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["type"], item["value"]) == ("TIME", value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Work stopped for the Easter week.", "the Easter week", "2018-W13"),
    ("Roads were jammed over the Memorial Day weekend.", "the Memorial Day weekend",
     "2018-W21-WE"),
    ("Crowds gathered on the Thanksgiving weekend of 2016.", "the Thanksgiving weekend of 2016",
     "2016-W47-WE"),
])
def test_a_holiday_week_or_weekend_is_the_span_around_the_holiday(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


def test_a_holiday_named_with_the_starts_at_its_name(nlp: Any) -> None:
    times = analyse(nlp, "Production paused over the Christmas holidays.")
    assert [(t["text"], t["value"]) for t in times] == [("Christmas", "2017-12-25")]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Exports grew 4% in the first half.", "the first half", "2018-H1"),
    ("Orders are expected to recover in the second half.", "the second half", "2018-H2"),
    ("The mine reopened in 2015. Output doubled in the second half.", "the second half",
     "2015-H2"),
])
def test_the_first_or_second_half_without_a_year(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


def test_half_of_something_else_is_no_time(nlp: Any) -> None:
    assert analyse(nlp, "The striker scored in the second half of the match.") == []


def test_the_latest_week_is_the_week_before_publication(nlp: Any) -> None:
    assert one(analyse(nlp, "Fuel imports fell in the latest week."),
               "the latest week")["value"] == "2018-W30"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Revenue slipped from the year-earlier period.", "the year-earlier period", "2017"),
    ("Margins were thinner than in the year-earlier quarter.", "the year-earlier quarter",
     "2017-Q2"),
])
def test_a_year_earlier_period_with_no_period_named_is_not_a_day(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


def test_the_full_year_is_not_the_year_of_a_deadline(nlp: Any) -> None:
    text = ("By 2021 the utility aims to triple its capacity. It forecast higher output for the "
            "full year.")
    assert one(analyse(nlp, text), "the full year")["value"] == "2018"


def test_a_purpose_clause_under_a_passive_past_verb_takes_the_nearest_month(nlp: Any) -> None:
    text = "The crew was flown in to finish the early-June repairs, officials said."
    assert one(analyse(nlp, text, "2018-08-02"), "the early-June")["value"] == "2018-06"


def test_the_day_before_an_event_is_not_the_day_before_the_last_date(nlp: Any) -> None:
    text = "The troops left on May 3, the day before the ceasefire, and the talks began."
    assert one(analyse(nlp, text), "the day before")["value"] == "2018-05-03"
    lone = analyse(nlp, "Prices jumped the day before the announcement.")
    assert one(lone, "the day before")["value"] is None
    told = analyse(nlp, "The envoy landed on May 3. The day before, the guards had left.")
    assert one(told, "The day before")["value"] == "2018-05-02"


def test_a_later_date_is_a_vague_future(nlp: Any) -> None:
    item = one(analyse(nlp, "The hearing was adjourned to a later date."), "a later date")
    assert (item["value"], item["future"]) == ("FUTURE_REF", True)


def test_a_year_before_a_capitalised_name_is_a_year(nlp: Any) -> None:
    assert one(analyse(nlp, "Athletes trained for the 2024 Olympics."), "2024")["value"] == "2024"
    assert analyse(nlp, "The army moved 2000 tanks.") == []


def test_an_ambiguous_month_after_the_before_a_noun_is_the_month(nlp: Any) -> None:
    item = one(analyse(nlp, "The March accession will widen the alliance."), "March")
    assert item["value"] == "2019-03"
    assert analyse(nlp, "The Long March began in China.") == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("A day-long strike shut the port.", "day-long", "P1D"),
    ("Talks resumed after a week-long pause.", "week-long", "P1W"),
    ("The year-long siege ended.", "year-long", "P1Y"),
])
def test_a_unit_long_adjective_is_one_unit(nlp: Any, text: str, phrase: str, value: str) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["type"], item["value"]) == ("DURATION", value)


def test_coming_quarters_is_a_vague_future(nlp: Any) -> None:
    item = one(analyse(nlp, "Margins should improve in coming quarters."), "coming quarters")
    assert (item["value"], item["future"]) == ("FUTURE_REF", True)


def test_the_early_hours_of_a_day_are_no_duration(nlp: Any) -> None:
    times = analyse(nlp, "Police detained him in the early hours of Sunday morning.")
    assert [(t["text"], t["type"], t["value"]) for t in times] == [
        ("Sunday morning", "TIME", "2018-07-29TMO")]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The repairs will take 12 to 18 months.", "12 to 18 months", "PXM"),
    ("The survey lasts two or three weeks.", "two or three weeks", "PXW"),
])
def test_a_range_of_counts_is_no_exact_duration(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["type"], item["value"]) == ("DURATION", value)


@pytest.mark.parametrize(("text", "value"), [
    ("Artillery shelled the border villages overnight.", "2018-07-30TNI"),
    ("Overnight, the militia withdrew.", "2018-07-30TNI"),
    ("The crossing will stay shut overnight.", "2018-07-31TNI"),
])
def test_overnight_as_an_adverb_is_the_night(nlp: Any, text: str, value: str) -> None:
    times = analyse(nlp, text)
    assert [(t["type"], t["value"]) for t in times] == [("TIME", value)]


def test_overnight_before_a_noun_is_no_time(nlp: Any) -> None:
    assert analyse(nlp, "The central bank cut overnight rates and made an overnight loan.") == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Enrichment grew steadily over the past decade.", "the past decade", "P10Y"),
    ("The valley was mined for the last century.", "the last century", "P100Y"),
])
def test_the_past_decade_or_century_is_the_span_up_to_now(
    nlp: Any, text: str, phrase: str, value: str
) -> None:
    item = one(analyse(nlp, text), phrase)
    assert (item["type"], item["value"]) == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "Solar power will one day supply most of the grid.",
    "The refugees hope to one day return to their villages.",
])
def test_one_day_after_a_modal_is_some_day_ahead(nlp: Any, text: str) -> None:
    item = one(analyse(nlp, text), "one day")
    assert (item["type"], item["value"], item["future"]) == ("DATE", "FUTURE_REF", True)


def test_one_day_as_a_length_stays_a_duration(nlp: Any) -> None:
    item = one(analyse(nlp, "The blockade lasted one day."), "one day")
    assert (item["type"], item["value"]) == ("DURATION", "P1D")


def test_a_few_days_later_in_a_past_story_is_past(nlp: Any) -> None:
    text = "In March the ministry named a new envoy. A few days later, the envoy resigned."
    item = one(analyse(nlp, text), "A few days later")
    assert (item["value"], item["future"]) == ("PAST_REF", False)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The envoys will return the week after next.", "the week after next", "2018-W33"),
    ("The envoys met the week before last.", "the week before last", "2018-W29"),
    ("The fuel arrived the month before last.", "the month before last", "2018-05"),
])
def test_two_units_away(nlp: Any, text: str, phrase: str, value: str) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Last Easter the border was closed.", "Last Easter", "2018-04-01"),
    ("The border may reopen next Christmas.", "next Christmas", "2018-12-25"),
])
def test_a_holiday_with_last_or_next(nlp: Any, text: str, phrase: str, value: str) -> None:
    assert one(analyse(nlp, text), phrase)["value"] == value


def test_every_other_week_is_one_week_in_two(nlp: Any) -> None:
    item = one(analyse(nlp, "Patrols cross the line every other week."), "every other week")
    assert (item["type"], item["value"]) == ("SET", "P2W")


def test_for_the_week_after_a_day_is_that_days_week(nlp: Any) -> None:
    text = "The index slid 2% on Thursday. For the week, it lost 5%."
    item = one(analyse(nlp, text), "the week")
    assert (item["value"], item["basis"]) == ("2018-W30", "relative-expression")


def test_the_week_with_no_day_before_it_is_no_time(nlp: Any) -> None:
    assert analyse(nlp, "Most of the week was spent in meetings.") == []


def test_explicit_dates_are_absolute(nlp: Any) -> None:
    item = one(analyse(nlp, "Launched on July 4, 2017."), "July 4, 2017")
    assert item["basis"] == "absolute" and item["anchor"] is None


# -- bad input ----------------------------------------------------------------------------


def test_february_30_falls_back_to_the_month(nlp: Any) -> None:
    item = one(analyse(nlp, "It was due on February 30, 2018."), "February 30, 2018")
    assert item["value"] == "2018-02" and item["precision"] == "month"


def test_a_seven_digit_number_is_no_date(nlp: Any) -> None:
    assert analyse(nlp, "Case number 2882015 was closed.") == []


def test_day_month_year_with_two_digit_year(nlp: Any) -> None:
    item = one(analyse(nlp, "The image was taken on 19-Nov-12 at the site."), "19-Nov-12")
    assert item["value"] == "2012-11-19"


def test_counts_are_not_years(nlp: Any) -> None:
    assert analyse(nlp, "About 2000 troops and 1500 vehicles were seen.") == []


def test_far_years_get_a_reasoned_value(nlp: Any) -> None:
    times = analyse(nlp, "The treaty of 1066 and plans for 9999 BC.")
    assert [t["value"] for t in times] == ["1066"]


def test_without_publication_date_relative_expressions_are_unanchored(nlp: Any) -> None:
    times = analyse(nlp, "He spoke on Monday about last week and June 12.", published=None)
    for item in times:
        assert item["basis"] == "relative-unanchored"
        assert item["interval"] is None
        assert item["value"] is None or item["value"].startswith("XXXX")
    assert one(times, "June 12")["value"] == "XXXX-06-12"


def test_a_month_precise_publication_date_still_resolves_months(nlp: Any) -> None:
    times = analyse(nlp, "It happened last month, on Monday.", published="2018-07")
    assert one(times, "last month")["value"] == "2018-06"
    assert one(times, "Monday")["basis"] == "relative-unanchored"


def test_pure_function_needs_no_parse() -> None:
    assert [e.value for e in find_times("Last week.", PUB)] == ["2018-W30"]


# -- publication date from the text ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "basis"), [
    ("WASHINGTON, July 30 (Reuters) - Officials said in 2018 that", "2018-07-30", "dateline"),
    ("Updated: 30 July 2018\nSatellite images show", "2018-07-30", "text"),
    ("Published 2018-07-30 by the desk", "2018-07-30", "text"),
    (" date 2018-07-31 North Korea appears", "2018-07-31", "text"),
    ("July 30, 2018\nThe report said", "2018-07-30", "text"),
])
def test_publication_date_from_text(text: str, value: str, basis: str) -> None:
    found = publication_date_from_text(text)
    assert found == PublishedDate(value, "day", basis)


def test_a_dateline_without_any_year_gives_no_date() -> None:
    assert publication_date_from_text("SEOUL, July 30 (Reuters) - Nothing says when.") is None


def test_a_text_without_a_date_says_so() -> None:
    assert publication_date_from_text("North Korea is building missiles, officials said.") is None


# -- governing time -----------------------------------------------------------------------------


def test_governing_time_is_the_date_inside_the_span_nearest_the_verb(nlp: Any) -> None:
    text = "On Monday, now that talks stalled, the Post reported construction at Sanumdong."
    times = analyse(nlp, text)
    sentences = list(nlp(text).sents)
    chosen = governing_time(times, 0, len(text), sentences)
    assert chosen is not None and chosen["text"] == "Monday"


def test_governing_time_is_none_without_a_date_in_the_span(nlp: Any) -> None:
    text = "Kim met Trump on June 12. The factory is active."
    times = analyse(nlp, text)
    start = text.index("The factory")
    assert governing_time(times, start, len(text), []) is None


# -- the seed reports --------------------------------------------------------------------------


def test_seed_000_resolves_its_relative_dates(nlp: Any, seeds: Path) -> None:
    text = next(seeds.glob("000_*.txt")).read_text(encoding="utf-8")
    times = analyse(nlp, text, "2018-07-31")
    assert one(times, "Monday")["value"] == "2018-07-30"
    week = one(times, "last week")
    assert (week["value"], week["interval"]) == ("2018-W30", ["2018-07-23", "2018-07-29"])
    assert one(times, "last month")["value"] == "2018-06"
    assert publication_date_from_text(text) == PublishedDate("2018-07-31", "day", "text")


def test_seed_004_resolves_september_as_a_planned_future_month(nlp: Any, seeds: Path) -> None:
    text = next(seeds.glob("004_*.txt")).read_text(encoding="utf-8")
    times = analyse(nlp, text, "2018-07-17")
    septembers = [t for t in times if t["text"] == "September"]
    assert septembers and all(t["value"] == "2018-09" and t["future"] for t in septembers)
    assert one(times, "June 12")["value"] == "2018-06-12"
    assert publication_date_from_text(text) is None


def test_a_month_of_last_year_is_one_expression_in_that_year(nlp: Any) -> None:
    times = analyse(nlp, "Images from September of last year show the hall.", "2019-03-10")
    assert one(times, "September of last year")["value"] == "2018-09"


def test_months_listed_before_a_month_with_its_year_take_that_year(nlp: Any) -> None:
    times = analyse(
        nlp,
        "Images from January and September of last year show the hall. "
        "Work went on in March, April and May 2017.",
        "2019-03-10",
    )
    assert one(times, "January")["value"] == "2018-01"
    assert one(times, "March")["value"] == "2017-03"
    assert one(times, "April")["value"] == "2017-04"


def test_a_month_joined_to_a_dated_month_by_other_words_keeps_its_own_year(nlp: Any) -> None:
    times = analyse(nlp, "It was seen in June 2017 and again in February.", "2019-03-10")
    assert one(times, "February")["value"] == "2019-02"
