"""``sitewatch sites``: list, add, import and export the watched sites."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitewatch.analyze.places import load_gazetteer
from sitewatch.present.sites_cli import sites


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(sites, list(args), env={"SITEWATCH_GAZETTEER": "", **(env or {})})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", sorted(sites.commands))
def test_every_sites_command_has_help_text(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and sites.commands[command].help
    assert "Usage:" in out


def test_list_shows_the_bundled_sites_as_a_table() -> None:
    code, out, _ = run("list")
    assert code == 0
    assert "sanumdong" in out and "Sohae Satellite Launching Station" in out


def test_list_json_is_the_gazetteer_format() -> None:
    code, out, _ = run("list", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "sitewatch-gazetteer" and len(data["sites"]) >= 15


def test_add_copies_the_bundled_sites_into_a_new_user_file_first(tmp_path: Path) -> None:
    own = tmp_path / "mine.json"
    code, out, _ = run(
        "--gazetteer", str(own), "add", "yusang_ri", "Yusang-ri Missile Operating Base",
        "--alias", "Yusang-ri", "--kind", "missile_operating_base", "--lat", "39.4",
        "--lon", "126.2", "--source", "test coordinates",
    )  # fmt: skip
    assert code == 0 and "added yusang_ri" in out
    gazetteer = load_gazetteer(own)
    assert gazetteer.get("sohae") is not None
    added = gazetteer.get("yusang_ri")
    assert added is not None and added.aliases == ("Yusang-ri",) and added.country == "KP"


def test_add_uses_the_gazetteer_setting_and_replaces_a_site_with_the_same_id(
    tmp_path: Path,
) -> None:
    own = tmp_path / "mine.json"
    env = {"SITEWATCH_GAZETTEER": str(own)}
    for lat in ("39.0", "39.5"):
        code, _, _ = run("add", "x1", "Site X", "--lat", lat, "--lon", "125", env=env)
        assert code == 0
    site = load_gazetteer(own).get("x1")
    assert site is not None and site.lat == 39.5


def test_add_without_a_user_file_says_where_to_put_it() -> None:
    code, _, err = run("add", "x1", "Site X", "--lat", "39", "--lon", "125")
    assert code == 2 and "--gazetteer" in err and "SITEWATCH_GAZETTEER" in err


def test_add_rejects_out_of_range_coordinates(tmp_path: Path) -> None:
    code, _, err = run(
        "--gazetteer", str(tmp_path / "g.json"), "add", "x", "X", "--lat", "95", "--lon", "1"
    )
    assert code == 2 and "out of range" in err


def test_import_geojson_merges_into_the_user_file(tmp_path: Path) -> None:
    incoming = tmp_path / "in.geojson"
    point = {"type": "Point", "coordinates": [126.5, 40.5]}
    props = {"name": "New Site", "kind": "research", "country": "KP", "source": "test"}
    feature = {"type": "Feature", "id": "new_site", "geometry": point, "properties": props}
    incoming.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    own = tmp_path / "mine.json"
    code, out, _ = run("--gazetteer", str(own), "import", str(incoming))
    assert code == 0 and "imported 1" in out
    gazetteer = load_gazetteer(own)
    site = gazetteer.get("new_site")
    assert site is not None and (site.lat, site.lon) == (40.5, 126.5)
    assert gazetteer.get("sohae") is not None


def test_import_of_a_bad_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = run("--gazetteer", str(tmp_path / "mine.json"), "import", str(bad))
    assert code == 2 and err.startswith("sitewatch: error:")


def test_export_geojson_round_trips_through_import(tmp_path: Path) -> None:
    code, out, _ = run("export", "--format", "geojson")
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    sohae = next(f for f in collection["features"] if f["id"] == "sohae")
    assert sohae["geometry"]["coordinates"] == [124.705, 39.66]
    exported = tmp_path / "all.geojson"
    exported.write_text(out)
    own = tmp_path / "copy.json"
    assert run("--gazetteer", str(own), "import", str(exported))[0] == 0
    assert [s.to_json() for s in load_gazetteer(own)] == [s.to_json() for s in load_gazetteer()]


def test_export_kml_is_well_formed_with_a_placemark_per_site() -> None:
    code, out, _ = run("export", "--format", "kml")
    assert code == 0
    root = ET.fromstring(out)
    marks = root.findall(".//{http://www.opengis.net/kml/2.2}Placemark")
    assert len(marks) == len(load_gazetteer())


def test_export_json_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "sites.json"
    code, _, _ = run("export", "--format", "json", "--out", str(out))
    assert code == 0 and len(load_gazetteer(out)) == len(load_gazetteer())
