"""The command line: help for every command, the analysis contract, clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitewatch.present.cli import cli


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_text(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert cli.commands[command].help
    assert "Usage:" in out and len(out.splitlines()) > 3


def test_analyze_json_on_seed_000_gives_publication_date_and_cited_entities(seeds: Path) -> None:
    [seed] = sorted(seeds.glob("000_*.txt"))
    code, out, _ = run("analyze", str(seed), "--json")
    assert code == 0
    [line] = out.splitlines()
    data = json.loads(line)
    assert data["document"]["published"] == "2018-07-31"
    text = data["text"]
    assert {
        "document",
        "text",
        "sentences",
        "entities",
        "times",
        "places",
        "claims",
        "events",
    } <= set(data)
    for item in data["entities"] + data["sentences"]:
        assert text[item["start"] : item["end"]] == item["text"]
    names = {e["text"] for e in data["entities"]}
    assert {"Sanumdong", "Pyongyang", "Mike Pompeo", "Jeffrey Lewis"} <= names


def test_analyze_several_files_prints_one_json_line_each(seeds: Path) -> None:
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    code, out, _ = run("analyze", *files, "--published", "2018-07-17", "--json")
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == len(files)
    # the date line wins over --published; the undated seed takes --published
    assert [d["document"]["published"] for d in docs] == ["2018-07-31", "2018-07-17"]


def test_an_unreadable_input_is_one_line_on_stderr_and_a_non_zero_exit(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _out, err = run("analyze", str(empty), str(tmp_path / "missing.txt"))
    assert code == 1
    assert err.splitlines() == [
        f"sitewatch: {empty}: empty: the input is empty",
        f"sitewatch: {tmp_path / 'missing.txt'}: missing: no such file or folder",
    ]


def test_a_bad_store_location_is_a_clear_error(tmp_path: Path) -> None:
    code, _out, err = run("--db", str(tmp_path / "nope" / "x.db"), "status")
    assert code == 2
    assert (
        err.startswith("sitewatch: error: cannot create the store") and len(err.splitlines()) == 1
    )


def test_ingest_status_export_and_report_work_together(tmp_path: Path, seeds: Path) -> None:
    db = str(tmp_path / "s.db")
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    code, out, _err = run("--db", db, "ingest", "--json", str(seeds), str(bad))
    assert code == 1
    summary = json.loads(out)
    assert summary["added"] == 2 and summary["errors"][0]["error"] == "malformed-json"

    code, out, _ = run("--db", db, "status")
    assert code == 0 and "documents: 2" in out and "malformed-json" in out

    code, out, _ = run("--db", db, "export", "--table", "entities", "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "doc_id,start_char,end_char,label,text"

    code, out, _ = run("--db", db, "export", "--format", "jsonl", "--out", str(tmp_path / "ex"))
    assert code == 0
    docs = (tmp_path / "ex" / "documents.jsonl").read_text().splitlines()
    assert len(docs) == 2 and json.loads(docs[0])["table"] == "documents"

    code, out, _ = run("--db", db, "report", "--out", str(tmp_path / "rep"))
    assert code == 0
    md = (tmp_path / "rep" / "report.md").read_text()
    html = (tmp_path / "rep" / "report.html").read_text()
    twin = json.loads((tmp_path / "rep" / "report.json").read_text())
    assert "# Situation report" in md and "Sanumdong" in md
    assert html.startswith("<!doctype html>") and "Sanumdong" in html
    anchors = re.findall(r"<a href='#([a-z-]+)'>", html.split("</nav>")[0])
    assert anchors and all(f"id='{a}'" in html for a in anchors)  # the contents links work
    assert len(twin["documents"]) == 2
    # every citation in the twin quotes the stored text at its offsets
    code, out, _ = run("--db", db, "export", "--table", "documents")
    for actor in twin["actors"]:
        for c in actor["citations"]:
            assert c["end"] > c["start"] and c["quote"]

    code, out, _ = run("--db", db, "chronology", "--json")
    assert code == 0
    assert json.loads(out) == twin["chronology"]  # the command and the report agree
    code, out, _ = run("--db", db, "chronology")
    assert code == 0 and out.startswith("| date | event | status |")


def test_settings_are_listed_with_their_environment_variables() -> None:
    code, out, _ = run("settings", "--markdown")
    assert code == 0 and "`SITEWATCH_DB`" in out and "`SITEWATCH_BATCH_SIZE`" in out


def test_a_published_date_that_is_not_a_date_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("North Korea dismantled a test stand at Sohae.")
    code, _out, err = run("analyze", str(report), "--published", "2018-02-30")
    assert code == 2 and "is not a date" in err
