"""The site gazetteer: a plain JSON file of watched sites that users edit.

Format (``docs/gazetteer.md``)::

    {"format": "sitewatch-gazetteer", "version": 1,
     "sites": [{"id": "sohae", "name": "...", "aliases": ["Tongchang-ri", ...],
                "kind": "launch_site", "country": "KP", "lat": 39.66, "lon": 124.705,
                "source": "where the coordinates come from", "precision": "site",
                "footprint": [[lon, lat], ...] or null}]}

The bundled file ships with the package; a user's own file (setting
``gazetteer``) replaces it whole. Nothing is read at import time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ...errors import SitewatchError
from ...model import JSONDict

FORMAT = "sitewatch-gazetteer"
VERSION = 1

KINDS = frozenset(
    {
        "missile_production",
        "launch_site",
        "nuclear_test_site",
        "enrichment",
        "reactor",
        "nuclear_complex",
        "reprocessing",
        "uranium_mill",
        "submarine_base",
        "naval_base",
        "research",
        "missile_operating_base",
        "engine_test_stand",
        "airbase",
        "other",
    }
)
PRECISIONS = frozenset({"site", "area"})
_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


class GazetteerError(SitewatchError, ValueError):
    """A gazetteer file or entry that does not follow the format."""


@dataclass(frozen=True)
class Site:
    """One watched facility, with where its coordinates come from."""

    id: str
    name: str
    kind: str
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    source: str = ""
    precision: str = "site"  # site: a point on the facility; area: the town or district around it
    footprint: tuple[tuple[float, float], ...] | None = None  # outer ring, (lon, lat) pairs
    notes: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def to_json(self) -> JSONDict:
        data: JSONDict = {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "source": self.source,
            "precision": self.precision,
            "footprint": [list(p) for p in self.footprint] if self.footprint else None,
        }
        if self.notes:
            data["notes"] = self.notes
        return data

    @classmethod
    def from_json(cls, data: Any) -> Site:
        """A validated site; raises :class:`GazetteerError` naming the bad field."""
        if not isinstance(data, dict):
            raise GazetteerError("a site must be a JSON object")
        where = f"site {data.get('id', '?')!r}"
        site = cls(
            id=_text(data, "id", where),
            name=_text(data, "name", where),
            kind=str(data.get("kind") or "other"),
            country=str(data.get("country") or "").upper(),
            lat=_number(data, "lat", where),
            lon=_number(data, "lon", where),
            aliases=tuple(_aliases(data.get("aliases"), where)),
            source=str(data.get("source") or ""),
            precision=str(data.get("precision") or "site"),
            footprint=_footprint(data.get("footprint"), where),
            notes=str(data.get("notes") or ""),
        )
        validate_site(site)
        return site


def validate_site(site: Site) -> None:
    where = f"site {site.id!r}"
    if not _ID.match(site.id):
        raise GazetteerError(f"{where}: id must be lower-case letters, digits, '_' or '-'")
    if site.kind not in KINDS:
        raise GazetteerError(
            f"{where}: unknown kind {site.kind!r} (one of {', '.join(sorted(KINDS))})"
        )
    if not re.fullmatch(r"[A-Z]{2}", site.country):
        raise GazetteerError(f"{where}: country must be an ISO 3166-1 alpha-2 code")
    if not (-90.0 <= site.lat <= 90.0 and -180.0 <= site.lon <= 180.0):
        raise GazetteerError(f"{where}: coordinates out of range")
    if site.precision not in PRECISIONS:
        raise GazetteerError(f"{where}: precision must be one of {', '.join(sorted(PRECISIONS))}")


@dataclass
class Gazetteer:
    """The sites of one file, in file order; ids are unique."""

    sites: list[Site] = field(default_factory=list)
    path: Path | None = None

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for site in self.sites:
            if site.id in seen:
                raise GazetteerError(f"two sites have the id {site.id!r}")
            seen.add(site.id)

    def __iter__(self) -> Iterator[Site]:
        return iter(self.sites)

    def __len__(self) -> int:
        return len(self.sites)

    def get(self, site_id: str) -> Site | None:
        return next((s for s in self.sites if s.id == site_id), None)

    def upsert(self, site: Site) -> Gazetteer:
        """A copy with ``site`` added, or replacing the site with the same id."""
        validate_site(site)
        sites = [site if s.id == site.id else s for s in self.sites]
        if self.get(site.id) is None:
            sites.append(site)
        return Gazetteer(sites, self.path)

    def merged(self, others: Iterable[Site]) -> Gazetteer:
        result = self
        for site in others:
            result = result.upsert(site)
        return result

    def to_json(self) -> JSONDict:
        return {"format": FORMAT, "version": VERSION, "sites": [s.to_json() for s in self.sites]}


def bundled_path() -> Path:
    """The gazetteer shipped with sitewatch (package data)."""
    return Path(str(resources.files("sitewatch") / "data" / "sites.json"))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The sites in ``path``, or the bundled ones when ``path`` is empty."""
    file = Path(path) if path else bundled_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {file}: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"gazetteer {file} is not valid JSON: {exc}") from exc
    return Gazetteer(parse_sites(data), file)


def parse_sites(data: Any) -> list[Site]:
    """Sites from a gazetteer object, a bare list of sites, or a GeoJSON FeatureCollection."""
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        return [_from_feature(f) for f in data.get("features") or []]
    if isinstance(data, dict):
        if data.get("format", FORMAT) != FORMAT:
            raise GazetteerError(f"not a sitewatch gazetteer (format {data.get('format')!r})")
        items = data.get("sites")
    else:
        items = data
    if not isinstance(items, list):
        raise GazetteerError("a gazetteer needs a list of sites")
    return [Site.from_json(item) for item in items]


def save_gazetteer(gazetteer: Gazetteer, path: str | Path) -> Path:
    """Write ``gazetteer`` to ``path`` atomically (write a sibling, then rename)."""
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(file.name + ".tmp")
    tmp.write_text(json.dumps(gazetteer.to_json(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    tmp.replace(file)
    return file


def _from_feature(feature: Any) -> Site:
    if not isinstance(feature, dict):
        raise GazetteerError("a GeoJSON feature must be an object")
    props = dict(feature.get("properties") or {})
    geometry = feature.get("geometry") or {}
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "Point" and isinstance(coords, list) and len(coords) >= 2:
        props.setdefault("lon", coords[0])
        props.setdefault("lat", coords[1])
    elif kind == "Polygon" and isinstance(coords, list) and coords:
        ring = coords[0]
        props.setdefault("footprint", ring)
        props.setdefault("lon", sum(p[0] for p in ring) / len(ring))
        props.setdefault("lat", sum(p[1] for p in ring) / len(ring))
    props.setdefault("id", feature.get("id"))
    return Site.from_json(props)


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GazetteerError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _number(data: dict[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise GazetteerError(f"{where}: {key!r} must be a number")
    try:
        number = float(value)
    except ValueError as exc:
        raise GazetteerError(f"{where}: {key!r} must be a number") from exc
    if not math.isfinite(number):
        raise GazetteerError(f"{where}: {key!r} must be finite")
    return number


def _aliases(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise GazetteerError(f"{where}: 'aliases' must be a list of strings")
    return [a.strip() for a in value if a.strip()]


def _footprint(value: Any, where: str) -> tuple[tuple[float, float], ...] | None:
    if value in (None, []):
        return None
    try:
        ring = tuple((float(p[0]), float(p[1])) for p in value)
    except (TypeError, ValueError, IndexError) as exc:
        raise GazetteerError(f"{where}: 'footprint' must be a list of [lon, lat] pairs") from exc
    if len(ring) < 3:
        raise GazetteerError(f"{where}: a footprint needs at least three points")
    return ring
