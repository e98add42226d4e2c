"""Choosing one GeoNames-style record per place name, using the document as context.

A name the index lacks that names a feature of a place ("Port of Los Angeles", "Salinas
Valley") or a part of a town ("North London") takes that place's candidates. A
candidate's score is a prior (log population, plus a bonus for countries, states,
counties and continents, for capitals when the name is used as an actor, and for a
"City, State" qualifier) plus the support of the document's other names: candidates in
the countries, states and US counties those names point to, or near their candidates,
win (:class:`Resolver`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .index import (
    KIND_PRIOR,
    MIN_POPULATION,
    Candidate,
    PlaceIndex,
    distance_km,
    strip_article,
)
from .names import name_key

__all__ = [
    "MIN_POPULATION",
    "Candidate",
    "Mention",
    "PlaceIndex",
    "Resolution",
    "Resolver",
    "distance_km",
]

CAPITAL_PRIOR = 1.0
ACTOR_CAPITAL_PRIOR = 4.0  # "Washington said": the government, so the capital
COUNTRY_FOCUS = 5.0  # times the share of the other names pointing into the same country
ADMIN1_FOCUS = 5.0  # times the share of the other names pointing into the same state
DISTRICT_FOCUS = 3.0  # times the share of the other names pointing into the same US county
DISTRICT_NAMED = 4.0  # times the share of the other names with any candidate in that county
NEAR_FOCUS = 3.0  # times the share of the other names pointing near the candidate
QUALIFIED = 5.0  # "Alexandria, Louisiana": the qualifier contains the candidate
STATE_NAMESAKE = 1.5  # "New York": the city in the state of the same name, not the state
CAPITAL_NAMESAKE = 3.0  # "Washington": the capital, not the state of its country named so
DIVISION_CUE = 5.0  # "Washington state", "the state of Washington": the division
TEMPERATURE = 0.5  # how sharply a name's belief follows its scores (log10 units)
ROUNDS = 3  # rounds of belief updates between the names of a document
CELL_DEGREES = 1.0  # "near": within one grid cell of this size (about 100 km) either way
POINT_KINDS = frozenset({"city", "admin2"})  # kinds whose point says where the text is


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
    division: bool = False  # the text calls it a state or province ("Washington state")


@dataclass
class Belief:
    """Where one distinct name of the document points: probability mass by country,
    by (country, admin1) and by grid cell, from its candidates' current probabilities."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    regions: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    cells: defaultdict[tuple[int, int], float] = field(default_factory=lambda: defaultdict(float))
    districts: defaultdict[tuple[str, str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    # 1 for each county where the name has a candidate at all, however unlikely: "Paris"
    # and "Henry County" both have one in Henry County, Tennessee
    named: defaultdict[tuple[str, str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )

    @classmethod
    def of(cls, candidates: Sequence[Candidate], probabilities: Sequence[float]) -> Belief:
        belief = cls()
        for c, p in zip(candidates, probabilities, strict=True):
            if c.country:
                belief.countries[c.country] += p
            if c.admin1:
                belief.regions[c.region] += p
            if c.kind in POINT_KINDS:
                belief.cells[_cell(c)] += p
            if c.admin2:
                belief.districts[c.district] += p
                belief.named[c.district] = 1.0
        return belief

    def add(self, other: Belief) -> None:
        for country, p in other.countries.items():
            self.countries[country] += p
        for region, p in other.regions.items():
            self.regions[region] += p
        for cell, p in other.cells.items():
            self.cells[cell] += p
        for district, p in other.districts.items():
            self.districts[district] += p
        for district, p in other.named.items():
            self.named[district] += p


class Resolver:
    """Chooses one candidate per mention, all mentions of a document together.

    Each distinct name starts from its candidates' priors; then, for a few rounds, each
    candidate gains from the other names' beliefs (the share of their probability in the
    same country, the same first-level division, the same US county, and within about
    100 km; and, for a county, every other name that has a candidate in it at all), and
    each name's belief is updated. A name repeated ten times votes once, never for itself.
    """

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        # (name key, country) of every first-level division
        self.divisions = {(key, country) for key, country, _code in index.states}

    def resolve(
        self, mentions: Sequence[Mention], focus: Sequence[tuple[str, str]] = ()
    ) -> list[Resolution]:
        """One resolution per mention. ``focus``: (country, admin1) of places known for
        sure (watched sites), which count as context like any other name."""
        keys = [name_key(strip_article(m.text)) for m in mentions]
        options = [
            self.index.candidates(m.text) or feature_candidates(self.index, m.text)
            for m in mentions
        ]
        priors = [
            _priors(m, k, cands, self.index, self.divisions)
            for m, k, cands in zip(mentions, keys, options, strict=True)
        ]
        # One belief per distinct name: the best prior any of its mentions gives a candidate.
        names: dict[str, tuple[list[Candidate], list[float]]] = {}
        for key, cands, prior in zip(keys, options, priors, strict=True):
            if not cands:
                continue
            if key in names:
                best = names[key][1]
                names[key] = (cands, [max(a, b) for a, b in zip(best, prior, strict=True)])
            else:
                names[key] = (cands, list(prior))
        fixed = Belief()
        for country, admin1 in focus:
            fixed.countries[country] += 1.0
            if admin1:
                fixed.regions[(country, admin1)] += 1.0
        voters = len(names) + len(focus)
        beliefs = {k: Belief.of(c, _softmax(s)) for k, (c, s) in names.items()}
        for _ in range(ROUNDS):
            total = _sum(beliefs.values(), fixed)
            updated = {}
            for key, (cands, prior) in names.items():
                scores = _with_context(cands, prior, total, beliefs[key], voters - 1)
                updated[key] = Belief.of(cands, _softmax(scores))
            beliefs = updated
        total = _sum(beliefs.values(), fixed)
        results = []
        for key, cands, prior in zip(keys, options, priors, strict=True):
            if not cands:
                results.append(Resolution(None, 0.0))
                continue
            own = beliefs.get(key, Belief())
            results.append(_choose(cands, _with_context(cands, prior, total, own, voters - 1)))
        return results


# Words around a place's name that make it the name of a feature of that place ("Port of
# Los Angeles", "Salinas Valley", "Karak district"): a name the index lacks is looked up
# without them, and the feature lies at or near the place.
FEATURE_PREFIXES = ("Port of ",)
FEATURE_SUFFIXES = tuple(
    " " + word
    for word in (
        "International Airport",
        "Airport",
        "Valley",
        "Harbor",
        "Harbour",
        "district",
        "District",
        "province",
        "Province",
        "region",
        "Region",
        "Township",
    )
)
# "North London", "Upper Edmonton": a part of a town (only town candidates are kept).
PART_PREFIXES = tuple(
    word + " "
    for word in (
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Upper",
        "Lower",
    )
)


def feature_candidates(index: PlaceIndex, name: str) -> list[Candidate]:
    """Candidates for a feature named after a place the index has: the place's."""
    text = strip_article(name)
    for prefix in FEATURE_PREFIXES:
        if text.startswith(prefix):
            return index.candidates(text[len(prefix) :])
    for suffix in FEATURE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            return index.candidates(text[: -len(suffix)])
    for prefix in PART_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 2:
            return [c for c in index.candidates(text[len(prefix) :]) if c.kind == "city"]
    return []


def _priors(
    mention: Mention,
    key: str,
    candidates: Sequence[Candidate],
    index: PlaceIndex,
    divisions: set[tuple[str, str]],
) -> list[float]:
    qualifiers = index.candidates(mention.qualifier) if mention.qualifier else []
    scores = []
    for c in candidates:
        score = math.log10(c.population + 10) + KIND_PRIOR.get(c.kind, 0.0)
        if c.capital:
            score += ACTOR_CAPITAL_PRIOR if mention.role == "actor" else CAPITAL_PRIOR
        if any(_contains(q, c) for q in qualifiers):
            score += QUALIFIED
        if c.kind == "city" and (key, c.country, c.admin1) in index.states:
            score += STATE_NAMESAKE
        if mention.division:
            score += DIVISION_CUE if c.kind == "admin1" else 0.0
        elif c.capital and (key, c.country) in divisions and name_key(c.name) == key:
            score += CAPITAL_NAMESAKE
        scores.append(score)
    return scores


def _with_context(
    candidates: Sequence[Candidate],
    prior: Sequence[float],
    total: Belief,
    own: Belief,
    others: int,
) -> list[float]:
    """Prior plus the other names' support: ``total`` less the name's ``own`` belief."""
    if others <= 0:
        return list(prior)
    scores = []
    for c, score in zip(candidates, prior, strict=True):
        if c.country:
            score += (
                COUNTRY_FOCUS * (total.countries[c.country] - own.countries[c.country]) / others
            )
        if c.admin1:
            score += ADMIN1_FOCUS * (total.regions[c.region] - own.regions[c.region]) / others
        if c.admin2:
            shared = total.districts[c.district] - own.districts[c.district]
            score += DISTRICT_FOCUS * shared / others
            score += DISTRICT_NAMED * (total.named[c.district] - own.named[c.district]) / others
        if c.kind in POINT_KINDS:
            row, col = _cell(c)
            near = sum(
                total.cells[(row + dr, col + dc)] - own.cells[(row + dr, col + dc)]
                for dr in (-1, 0, 1)
                for dc in (-1, 0, 1)
            )
            score += NEAR_FOCUS * near / others
        scores.append(score)
    return scores


def _choose(candidates: Sequence[Candidate], scores: Sequence[float]) -> Resolution:
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    best = candidates[ranked[0]]
    if len(ranked) == 1:
        return Resolution(best, 0.9)
    gap = scores[ranked[0]] - scores[ranked[1]]
    confidence = 1.0 / (1.0 + math.exp(-gap))
    return Resolution(best, round(min(0.95, max(0.3, confidence)), 3))


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp((s - top) / TEMPERATURE) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def _sum(beliefs: Iterable[Belief], fixed: Belief) -> Belief:
    total = Belief()
    total.add(fixed)
    for belief in beliefs:
        total.add(belief)
    return total


def _cell(c: Candidate) -> tuple[int, int]:
    return (math.floor(c.lat / CELL_DEGREES), math.floor(c.lon / CELL_DEGREES))


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
