"""``sitewatch sites``: list, add, import and export the watched sites.

The bundled gazetteer is read-only; ``add`` and ``import`` write your own file (the
``gazetteer`` setting, ``SITEWATCH_GAZETTEER``, or ``--gazetteer``), starting from a
copy of the bundled sites when it does not exist yet.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..analyze.places.formats import to_geojson, to_kml
from ..analyze.places.gazetteer import (
    KINDS,
    Gazetteer,
    GazetteerError,
    Site,
    bundled_path,
    load_gazetteer,
    parse_sites,
    save_gazetteer,
)
from ..settings import Settings


@contextmanager
def _gazetteer_errors() -> Iterator[None]:
    try:
        yield
    except GazetteerError as exc:
        click.echo(f"sitewatch: error: {exc}", err=True)
        sys.exit(2)


def _settings(ctx: click.Context) -> Settings:
    app = ctx.find_root().obj
    settings = getattr(app, "settings", None)
    return settings if isinstance(settings, Settings) else Settings.from_env()


def _user_file(ctx: click.Context) -> Path:
    path = ctx.obj.get("gazetteer") if isinstance(ctx.obj, dict) else None
    if not path:
        raise GazetteerError(
            "no gazetteer file of your own: pass --gazetteer PATH or set SITEWATCH_GAZETTEER "
            "(the bundled list is read-only)"
        )
    return Path(path)


def _editable(ctx: click.Context) -> tuple[Gazetteer, Path]:
    """The user's gazetteer, starting from the bundled sites when the file is new."""
    file = _user_file(ctx)
    return load_gazetteer(file if file.exists() else bundled_path()), file


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--gazetteer",
    type=click.Path(dir_okay=False),
    help="Your gazetteer file (default: the gazetteer setting, else the bundled one).",
)
@click.pass_context
def sites(ctx: click.Context, gazetteer: str | None) -> None:
    """The watched sites: list them, add your own, import and export (GeoJSON, KML)."""
    ctx.obj = {"gazetteer": gazetteer or _settings(ctx).gazetteer}


@sites.command("list")
@click.option("--json", "as_json", is_flag=True, help="The gazetteer as JSON.")
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool) -> None:
    """Show every site: id, kind, country, coordinates and name."""
    with _gazetteer_errors():
        gazetteer = load_gazetteer(ctx.obj.get("gazetteer") or None)
    if as_json:
        click.echo(json.dumps(gazetteer.to_json(), ensure_ascii=False, indent=1))
        return
    click.echo(f"{'id':<20} {'kind':<24} {'cc':<3} {'lat':>9} {'lon':>10} {'prec':<5} name")
    for s in gazetteer:
        click.echo(
            f"{s.id:<20} {s.kind:<24} {s.country:<3} {s.lat:>9.4f} {s.lon:>10.4f} "
            f"{s.precision:<5} {s.name}"
        )
    click.echo(f"{len(gazetteer)} sites from {gazetteer.path}", err=True)


@sites.command("add")
@click.argument("site_id")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another name or spelling (repeatable).")
@click.option(
    "--kind",
    type=click.Choice(sorted(KINDS)),
    default="other",
    show_default=True,
    help="What the site is.",
)
@click.option("--country", default="KP", show_default=True, help="ISO 3166-1 alpha-2 code.")
@click.option("--lat", type=float, required=True, help="Latitude, WGS84 degrees.")
@click.option("--lon", type=float, required=True, help="Longitude, WGS84 degrees.")
@click.option("--source", default="", help="Where the coordinates come from (cite it).")
@click.option(
    "--precision",
    type=click.Choice(["site", "area"]),
    default="site",
    show_default=True,
    help="A point on the facility, or the town around it.",
)
@click.pass_context
def add_cmd(
    ctx: click.Context,
    site_id: str,
    name: str,
    aliases: tuple[str, ...],
    kind: str,
    country: str,
    lat: float,
    lon: float,
    source: str,
    precision: str,
) -> None:
    """Add a site to your gazetteer, or replace the site with the same id."""
    with _gazetteer_errors():
        gazetteer, file = _editable(ctx)
        site = Site(
            site_id, name, kind, country.upper(), lat, lon, tuple(aliases), source, precision
        )
        replaced = gazetteer.get(site_id) is not None
        save_gazetteer(gazetteer.upsert(site), file)
    click.echo(f"{'replaced' if replaced else 'added'} {site_id} in {file}")


@sites.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_cmd(ctx: click.Context, file: Path) -> None:
    """Merge sites from a gazetteer JSON or GeoJSON FILE into your gazetteer.

    Sites with an id already present replace it; the rest are added."""
    with _gazetteer_errors():
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{file} is not JSON or GeoJSON: {exc}") from exc
        incoming = parse_sites(data)
        gazetteer, target = _editable(ctx)
        save_gazetteer(gazetteer.merged(incoming), target)
    click.echo(f"imported {len(incoming)} sites into {target}")


@sites.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["geojson", "kml", "json"]),
    default="geojson",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, out: Path | None) -> None:
    """Write every site as GeoJSON, KML or gazetteer JSON."""
    with _gazetteer_errors():
        gazetteer = load_gazetteer(ctx.obj.get("gazetteer") or None)
    if fmt == "kml":
        body = to_kml(gazetteer)
    elif fmt == "geojson":
        body = json.dumps(to_geojson(gazetteer), ensure_ascii=False, indent=1) + "\n"
    else:
        body = json.dumps(gazetteer.to_json(), ensure_ascii=False, indent=1) + "\n"
    if out is None:
        click.echo(body, nl=False)
    else:
        out.write_text(body, encoding="utf-8")
        click.echo(f"wrote {len(gazetteer)} sites to {out}", err=True)
