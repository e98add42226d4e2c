"""Stored claims are searchable by speaker, site, kind and date, and appear in the report."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitewatch.present.cli import cli


def test_claims_are_searchable_and_reported_with_citations(seeds: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    seed_000 = sorted(str(p) for p in seeds.glob("000_*.txt"))
    assert runner.invoke(cli, ["--db", db, "ingest", "-q", *seed_000]).exit_code == 0

    found = runner.invoke(cli, ["--db", db, "claims", "--speaker", "pompeo", "--json"]).stdout
    rows = [json.loads(line) for line in found.splitlines()]
    assert rows and all("Pompeo" in r["speaker"] for r in rows)
    assert any("produce fuel" in (r["content"] or "") for r in rows)

    pledges = runner.invoke(cli, ["--db", db, "claims", "--kind", "pledge", "--json"]).stdout
    assert any(json.loads(line)["speaker"] == "Kim Jong-un" for line in pledges.splitlines())

    june = runner.invoke(
        cli, ["--db", db, "claims", "--since", "2018-06", "--until", "2018-06", "--json"]
    ).stdout
    assert [json.loads(line)["speaker"] for line in june.splitlines()] == ["Donald Trump"]

    at_sanumdong = runner.invoke(cli, ["--db", db, "claims", "--site", "sanumdong", "--json"])
    assert at_sanumdong.stdout.strip(), "a claim naming Sanumdong is found by site"

    out = tmp_path / "rep"
    assert runner.invoke(cli, ["--db", db, "report", "--out", str(out)]).exit_code == 0
    md = (out / "report.md").read_text()
    assert "## Claims by speaker" in md and "### Jeffrey Lewis" in md and "## Sites" in md
    twin = json.loads((out / "report.json").read_text())
    text = json.loads(
        runner.invoke(cli, ["--db", db, "analyze", "--json", *seed_000]).stdout
    )["text"]
    for rows in twin["claims"].values():
        for row in rows:
            c = row["citation"]
            assert text[c["start"] : c["end"]] == c["quote"]
