"""The places stage: watched sites and other places, each with coordinates and a citation span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ...model import Analysis, JSONDict
from ...settings import Settings
from .gazetteer import Gazetteer, load_gazetteer
from .resolve import MIN_POPULATION, Mention, PlaceIndex, Resolution, Resolver
from .sitematch import SiteMatcher, SiteMention
from .toponyms import Toponym, find_toponyms


@lru_cache(maxsize=2)
def shared_index(min_population: int) -> PlaceIndex:
    """The place index, built once per process (it takes seconds) and never mutated."""
    return PlaceIndex.build(min_population)


@dataclass
class PlaceStage:
    """Fills ``analysis.places`` (``docs/places.md``). Data is loaded once, here."""

    gazetteer: Gazetteer
    index: PlaceIndex
    name: str = "places"
    requires: tuple[str, ...] = ("spacy_doc", "entities")
    assigns: tuple[str, ...] = ("places",)
    matcher: SiteMatcher = field(init=False, repr=False)
    resolver: Resolver = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.matcher = SiteMatcher(self.gazetteer)
        self.resolver = Resolver(self.index)

    @classmethod
    def from_settings(cls, settings: Settings) -> PlaceStage:
        return cls(load_gazetteer(settings.gazetteer or None), shared_index(MIN_POPULATION))

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.places = self.places(analysis)
        analysis.done.add(self.name)
        return analysis

    def places(self, analysis: Analysis) -> list[JSONDict]:
        text = analysis.document.text
        named = self.matcher.find(text)
        sentences = [(s.start, s.end) for s in analysis.sentences]
        named = sorted(named + self.matcher.acronyms(text, named), key=lambda m: m.start)
        described = self.matcher.descriptions(text, named, sentences)
        sites = sorted(named + described, key=lambda m: m.start)
        toponyms: list[Toponym] = []
        if analysis.spacy_doc is not None:
            taken = [(m.start, m.end) for m in sites]
            toponyms = find_toponyms(analysis.spacy_doc, self.index, taken)
        focus = [(m.site.country, "") for m in named]
        resolutions = self.resolver.resolve(
            [Mention(t.text, t.role, t.qualifier, t.division) for t in toponyms], focus
        )
        records = [site_record(m) for m in sites]
        records += [toponym_record(t, r) for t, r in zip(toponyms, resolutions, strict=True)]
        return sorted(records, key=lambda r: (r["start"], r["end"]))


def site_record(mention: SiteMention) -> JSONDict:
    site = mention.site
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "lat": site.lat,
        "lon": site.lon,
        "name": site.name,
        "country": site.country,
        "admin1": None,
        "geonames_id": None,
        "site": site.id,
        "kind": site.kind,
        "role": "place",
        "confidence": mention.confidence,
        "how": mention.how,
    }


def toponym_record(toponym: Toponym, resolution: Resolution) -> JSONDict:
    c = resolution.candidate
    return {
        "start": toponym.start,
        "end": toponym.end,
        "text": toponym.text,
        "lat": c.lat if c else None,
        "lon": c.lon if c else None,
        "name": c.name if c else None,
        "country": (c.country or None) if c else None,
        "admin1": (c.admin1 or None) if c else None,
        "geonames_id": c.geonames_id if c else None,
        "site": None,
        "kind": c.kind if c else "unresolved",
        "role": toponym.role,
        "confidence": resolution.confidence,
        "how": "gazetteer" if c else "unresolved",
    }


def sites_in(places: Sequence[JSONDict]) -> list[str]:
    """The ids of the watched sites among ``places``, in order of first mention."""
    seen: list[str] = []
    for place in places:
        if place.get("site") and place["site"] not in seen:
            seen.append(place["site"])
    return seen
