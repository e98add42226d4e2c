"""Ingest reads every form real input takes, and keeps its metadata."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sitewatch.app import App
from sitewatch.ingest.identity import clean_text, document_id
from sitewatch.ingest.raw import RawInput
from sitewatch.ingest.reader import read_input
from sitewatch.ingest.records import FieldMap
from sitewatch.model import Document, InputError
from sitewatch.settings import Settings

FIELDS = FieldMap.parse(Settings().json_fields)
REPORT = (
    "Satellite images show North Korea rebuilding a rocket engine test stand at its Sohae "
    "launch station, analysts said on Thursday, days after the summit in Hanoi ended "
    "without a deal."
)


def read(data: bytes | str, source: str = "in.txt", **kw: object) -> list[Document]:
    raw = RawInput(source=source, data=data.encode() if isinstance(data, str) else data, **kw)  # type: ignore[arg-type]
    docs = [o.document for o in read_input(raw, FIELDS, 1_000_000)]
    return [d for d in docs if d is not None]


def test_date_line_gives_publication_date_and_is_not_part_of_the_text() -> None:
    [doc] = read(" date 2018-07-31 " + REPORT)
    assert doc.published is not None
    assert doc.published.value == "2018-07-31"
    assert doc.published.precision == "day"
    assert doc.text.startswith("Satellite images")


def test_text_without_date_line_is_undated_not_today() -> None:
    [doc] = read(REPORT)
    assert doc.published is None


def test_sidecar_metadata_names_url_outlet_and_title(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(" date 2019-03-07\n" + REPORT)
    (tmp_path / "r.meta.json").write_text(
        json.dumps({"url": "https://example.org/a", "outlet": "38 North", "title": "Sohae"})
    )
    errors: list[InputError] = []
    [doc] = list(App(Settings()).documents([str(tmp_path)], errors))
    assert (doc.outlet, doc.title, doc.url) == ("38 North", "Sohae", "https://example.org/a")
    assert errors == []


def test_html_page_yields_main_text_title_author_date_and_outlet() -> None:
    html = f"""<html><head><title>Rebuilding at Sohae | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2019-03-07T08:00:00Z">
    <meta name="author" content="Jane Analyst">
    <link rel="canonical" href="https://news.example.org/sohae"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Rebuilding at Sohae</h1><p>{REPORT}</p>
    <p>The work appeared to begin within days of the talks collapsing, the report said.</p>
    </article><footer>Cookie notice. Copyright 2019 Example News.</footer></body></html>"""
    [doc] = read(html, "page.html")
    assert doc.outlet == "Example News"
    assert doc.author == "Jane Analyst"
    assert doc.published is not None and doc.published.value == "2019-03-07"
    assert doc.url == "https://news.example.org/sohae"
    assert "rocket engine test stand" in doc.text
    assert "Cookie notice" not in doc.text
    assert doc.form == "html"


def test_json_lines_records_use_configurable_field_names() -> None:
    lines = [
        json.dumps({"body": REPORT, "headline": "A", "site": "Wire", "when": "2019-03-08"}),
        json.dumps(
            {"body": REPORT + " More.", "headline": "B", "site": "Wire", "when": "2019-03-09"}
        ),
    ]
    fields = FieldMap.parse("text=body;title=headline;outlet=site;published=when")
    raw = RawInput(source="x.jsonl", data="\n".join(lines).encode())
    docs = [o.document for o in read_input(raw, fields, 1_000_000)]
    assert [d.title for d in docs if d] == ["A", "B"]
    assert [d.published.value for d in docs if d and d.published] == ["2019-03-08", "2019-03-09"]
    assert [o.source for o in read_input(raw, fields, 1_000_000)] == ["x.jsonl:1", "x.jsonl:2"]


def test_json_array_of_records_is_read_record_by_record() -> None:
    data = json.dumps({"articles": [{"text": REPORT, "url": "https://a.example/1"}]})
    [doc] = read(data, "export.json")
    assert doc.url == "https://a.example/1"


def test_rss_feed_items_become_documents_with_outlet_from_channel() -> None:
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Peninsula Monitor</title><link>https://pm.example</link><description>d</description>
    <item><title>Sohae rebuilt</title><link>https://pm.example/1</link>
    <pubDate>Fri, 08 Mar 2019 10:00:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>{REPORT}</p><p>Second paragraph.</p>]]></content:encoded></item>
    </channel></rss>"""
    [doc] = read(rss, "feed.xml")
    assert (doc.outlet, doc.title, doc.url) == (
        "Peninsula Monitor",
        "Sohae rebuilt",
        "https://pm.example/1",
    )
    assert doc.published is not None and doc.published.value == "2019-03-08"
    assert "\n\nSecond paragraph." in doc.text


def test_stdin_is_an_input() -> None:
    errors: list[InputError] = []
    [doc] = list(App(Settings()).documents(["-"], errors, stdin=io.BytesIO(REPORT.encode())))
    assert doc.source == "stdin"


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(REPORT + " One.")
    (tmp_path / "b" / "c" / "d.txt").write_text(REPORT + " Two.")
    (tmp_path / "b" / "notes.docx").write_bytes(b"PK\x03\x04")  # unknown suffix: not a report
    errors: list[InputError] = []
    docs = list(App(Settings()).documents([str(tmp_path)], errors))
    assert [Path(d.source).name for d in docs] == ["a.txt", "d.txt"]


def test_non_english_documents_are_marked() -> None:
    [doc] = read("Des images satellitaires montrent que la Corée du Nord reconstruit son site "
                 "de lancement de Sohae, selon des analystes américains.")  # fmt: skip
    assert doc.language == "fr"
    assert not doc.is_english


def test_legacy_encodings_are_decoded() -> None:
    text = "Kim’s “pledge” was reported by Le Monde – café talk, naïve hopes, Pyongyang."
    [doc] = read(text.encode("cp1252"))
    assert "“pledge”" in doc.text and "naïve" in doc.text


def test_id_is_a_content_hash_of_clean_text_and_address() -> None:
    assert document_id("a b", None) == document_id(clean_text("a  b\r\n"), None)
    assert document_id("a b", "https://x.example/1") != document_id("a b", "https://y.example/1")


def test_a_wire_dateline_dates_a_report_without_metadata() -> None:
    errors: list[InputError] = []
    text = "SEOUL, March 8, 2019 (Reuters) - " + REPORT
    [doc] = list(App(Settings()).documents(["-"], errors, stdin=io.BytesIO(text.encode())))
    assert doc.published is not None
    assert (doc.published.value, doc.published.basis) == ("2019-03-08", "dateline")
