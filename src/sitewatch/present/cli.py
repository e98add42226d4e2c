"""The command line: thin commands over the library.

Each command parses its options, calls the library, and turns a domain error
into one clear line on stderr and exit code 2 (1 when some inputs failed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..app import App
from ..assess.chronology import build_chronology
from ..assess.claims import ClaimQuery, search_claims
from ..assess.picture import build_picture
from ..assess.timeline import origin_names, site_timeline, sites_with_events
from ..errors import SitewatchError
from ..ingest.pubdate import parse_published
from ..model import InputError
from ..settings import Settings, settings_table
from ..store import Store
from .export import TABLES, export_all, read_table, write_csv, write_jsonl
from .progress import Progress
from .report import chronology_lines, timeline_lines, write_report
from .sites_cli import sites


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitewatch")
@click.option("--db", envvar="SITEWATCH_DB", help="SQLite file or postgresql:// URL.")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """sitewatch: cited situation pictures of watched sites from open-source reports."""
    settings = Settings.from_env()
    if db:
        settings = settings.replace(db=db)
    ctx.obj = App(settings)


@contextmanager
def _domain_errors() -> Iterator[None]:
    try:
        yield
    except SitewatchError as exc:
        click.echo(f"sitewatch: error: {exc}", err=True)
        sys.exit(2)


@contextmanager
def _store(app: App) -> Iterator[Store]:
    store = app.open_store()
    try:
        yield store
    finally:
        store.close()


def _echo_errors(errors: list[InputError]) -> None:
    for error in errors:
        click.echo(f"sitewatch: {error.source}: {error.error}: {error.message}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--allow-private-urls", is_flag=True, help="Fetch private/loopback addresses too.")
@click.option("--json-fields", help="JSON field map, e.g. 'text=body;title=headline'.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def ingest(
    app: App, inputs: tuple[str, ...], allow_private_urls: bool, json_fields: str | None,
    quiet: bool, as_json: bool,
) -> None:  # fmt: skip
    """Read files, folders, URLs or '-' (stdin), analyse them, and store the results.

    Re-ingesting a document already stored changes nothing. Inputs that cannot
    be read are reported one per line and the rest of the batch goes on.
    """
    if allow_private_urls:
        app.settings = app.settings.replace(allow_private_urls=True)
    if json_fields:
        app.settings = app.settings.replace(json_fields=json_fields)
    with _domain_errors(), _store(app) as store, Progress(disable=quiet or as_json) as bar:
        summary = app.ingest(store, list(inputs), progress=bar.advance)
    if as_json:
        click.echo(json.dumps(summary.to_json()))
    else:
        _echo_errors(summary.errors)
        if not quiet:
            click.echo(
                f"{summary.added} new, {summary.unchanged} unchanged, "
                f"{summary.not_english} not English, {len(summary.errors)} unreadable inputs, "
                f"{summary.failed_stages} stage failures → {app.settings.db}"
            )
    if summary.errors:
        sys.exit(1)


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and parse_published(value) is None:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_check_date,
    help="Publication date (YYYY-MM-DD) for inputs that lack one.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document (JSON Lines).")
@click.pass_obj
def analyze(app: App, inputs: tuple[str, ...], published: str | None, as_json: bool) -> None:
    """Analyse inputs without storing them; print the analysis contract (docs/analysis-json.md)."""
    errors: list[InputError] = []
    with _domain_errors():
        for analysis in app.analyze(list(inputs), errors, published=published):
            data = analysis.to_json()
            if as_json:
                click.echo(json.dumps(data, ensure_ascii=False))
            else:
                doc = data["document"]
                click.echo(
                    f"{doc['id']} {doc['published'] or 'undated'} {doc['outlet'] or '-'}: "
                    f"{len(data['sentences'])} sentences, {len(data['entities'])} entities"
                )
    _echo_errors(errors)
    if errors:
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
def status(app: App, as_json: bool) -> None:
    """What the store holds, and every stage failure and unreadable input."""
    with _domain_errors(), _store(app) as store:
        st = store.status()
    if as_json:
        click.echo(json.dumps(asdict(st)))
        return
    click.echo(f"store: {st.location} ({st.backend}, schema v{st.schema_version})")
    click.echo(
        f"documents: {st.documents} ({st.analysed} analysed, {st.not_english} not English, "
        f"{st.near_duplicates} near-duplicate copies)"
    )
    click.echo(f"sentences: {st.sentences}  entities: {st.entities}")
    click.echo(f"stage failures: {len(st.failures)}")
    for doc_id, stage, error, message in st.failures:
        click.echo(f"  {doc_id} {stage}: {error}: {message}")
    click.echo(f"unreadable inputs: {len(st.input_errors)}")
    for e in st.input_errors:
        click.echo(f"  {e.source}: {e.error}: {e.message}")


@cli.command()
@click.option("--table", type=click.Choice(sorted(TABLES)), help="One table to stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@click.option("--out", type=click.Path(path_type=Path), help="Folder for every table.")
@click.pass_obj
def export(app: App, table: str | None, fmt: str, out: Path | None) -> None:
    """Export documents and fact tables (JSON Lines or CSV), each row with its provenance."""
    with _domain_errors(), _store(app) as store:
        if table:
            data = read_table(store.db, table)
            (write_jsonl if fmt == "jsonl" else write_csv)(data, sys.stdout)
            return
        folder = out or Path("export")
        counts = export_all(store.db, folder, fmt)
    click.echo(", ".join(f"{name}: {n}" for name, n in counts.items()) + f" → {folder}")


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder for report.md, report.html and report.json.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the report's JSON twin to stdout.")
@click.pass_obj
def report(app: App, out: Path, as_json: bool) -> None:
    """Write the situation report as Markdown, standalone HTML and JSON."""
    with _domain_errors(), _store(app) as store:
        picture = build_picture(store.db)
    if as_json:
        click.echo(json.dumps(picture.to_json(), ensure_ascii=False))
        return
    files = write_report(picture, out)
    click.echo(f"report: {files.markdown} {files.html} {files.json}")


cli.add_command(sites)
CLAIM_KINDS = ["pledge", "assertion", "assessment", "denial", "plan", "question"]


@cli.command()
@click.option("--speaker", help="Part of the speaker's resolved name (case-insensitive).")
@click.option("--site", help="Gazetteer id of a site named in the claim.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS))
@click.option("--since", callback=_check_date, help="Said on or after this date.")
@click.option("--until", callback=_check_date, help="Said on or before this date.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON Lines.")
@click.pass_obj
def claims(
    app: App, speaker: str | None, site: str | None, kind: str | None, since: str | None,
    until: str | None, as_json: bool,
) -> None:  # fmt: skip
    """Search stored claims: who said what, when, how surely, with the sentence cited."""
    query = ClaimQuery(speaker=speaker, site=site, kind=kind, since=since, until=until)
    with _domain_errors(), _store(app) as store:
        rows = search_claims(store.db, query)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row.to_json(), ensure_ascii=False))
            continue
        c = row.citation
        odds = f" ({row.likelihood['term']})" if row.likelihood else ""
        click.echo(
            f"{row.said_on or 'undated'} {row.speaker or '(unnamed)'} [{row.kind}, "
            f"{row.certainty}{odds}]: {row.content} [{c.doc_id}:{c.start}-{c.end}]"
        )


@cli.command()
@click.option(
    "--site", "site_ids", multiple=True, help="Gazetteer id (repeatable); all sites if none."
)
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON.")
@click.pass_obj
def timeline(app: App, site_ids: tuple[str, ...], as_json: bool) -> None:
    """Dated events at a site, each with certainty, basis, independent sources and citations."""
    with _domain_errors(), _store(app) as store:
        chosen = list(site_ids) or sites_with_events(store.db)
        names = origin_names(store.db)
        data = {site: site_timeline(store.db, site, names=names) for site in chosen}
    if as_json:
        click.echo(
            json.dumps({s: [e.to_json() for e in t] for s, t in data.items()}, ensure_ascii=False)
        )
        return
    for site, entries in data.items():
        click.echo("\n".join(timeline_lines(site, site, entries)))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the chronology as JSON.")
@click.pass_obj
def chronology(app: App, as_json: bool) -> None:
    """Summits, talks, pledges, sanctions, inspections and launches in date order: whether
    each happened, is possible or is planned, with independent sources and citations."""
    with _domain_errors(), _store(app) as store:
        entries = build_chronology(store.db)
    if as_json:
        click.echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False))
        return
    click.echo("\n".join(chronology_lines(entries)))


@cli.command("settings")
@click.option("--markdown", is_flag=True, help="As a Markdown table (docs/settings.md).")
def settings_cmd(markdown: bool) -> None:
    """Every setting: environment variable, default and meaning."""
    rows = settings_table()
    if markdown:
        click.echo("| variable | default | meaning |\n|---|---|---|")
        for name, default, text in rows:
            click.echo(f"| `{name}` | `{default}` | {text} |")
        return
    for name, default, text in rows:
        click.echo(f"{name} = {default}\n    {text}")


def main(argv: list[str] | None = None) -> Any:
    return cli.main(args=argv, prog_name="sitewatch")
