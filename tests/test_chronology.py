"""The political and military chronology: one dated line per summit, pledge, sanction,
inspection or launch, however many reports mention it, each line cited."""

from __future__ import annotations

from pathlib import Path

from sitewatch.assess.chronology import ChronologyEntry

from .helpers.reports import picture_of


def _chronology(tmp_path: Path, reports: dict[str, str]) -> list[ChronologyEntry]:
    return picture_of(tmp_path, reports).chronology


def test_reports_of_one_summit_make_one_line_with_its_day_and_sources(tmp_path: Path) -> None:
    entries = _chronology(
        tmp_path,
        {
            "a.txt": " date 2018-06-13\n\nTrump and Kim Jong-un met in Singapore on Tuesday, "
            "the first summit between the two countries.\n",
            "b.txt": " date 2018-07-20\n\nAt their summit in Singapore last month, the two "
            "leaders signed a short statement.\n",
        },
    )
    summits = [e for e in entries if e.activity == "summit"]
    assert len(summits) == 1
    [summit] = summits
    assert (summit.start, summit.end, summit.status) == ("2018-06-12", "2018-06-12", "happened")
    assert summit.reports == 2 and summit.independent_sources == 2
    assert summit.place == "Singapore"
    assert {c.doc_id for c in summit.citations} and all(c.quote for c in summit.citations)


def test_a_meeting_announced_for_later_is_planned(tmp_path: Path) -> None:
    entries = _chronology(
        tmp_path,
        {
            "a.txt": " date 2019-01-19\n\nThe White House said on Friday that Trump will meet "
            "Kim Jong-un again in late February.\n"
        },
    )
    [meeting] = [e for e in entries if e.activity == "summit"]
    assert meeting.status == "planned"
    assert meeting.start.startswith("2019-02")


def test_a_mention_dated_only_by_its_report_is_left_out(tmp_path: Path) -> None:
    entries = _chronology(
        tmp_path,
        {
            "a.txt": " date 2019-04-17\n\nThe North has conducted six nuclear tests and many "
            "ballistic missile launches.\n"
        },
    )
    assert entries == []


def test_the_outlet_reporting_a_line_is_not_a_party_to_it(tmp_path: Path) -> None:
    entries = _chronology(
        tmp_path,
        {
            "a.txt": " date 2019-05-10\n\nNorth Korea fired two short-range missiles on "
            "Thursday, NPR reported, citing South Korea's Joint Chiefs of Staff.\n",
            "a.meta.json": '{"outlet": "NPR", "published": "2019-05-10"}',
        },
    )
    launches = [e for e in entries if e.activity == "launch"]
    assert launches, entries
    assert all("NPR" not in e.actors for e in launches)
    assert any("North Korea" in e.actors for e in launches)
