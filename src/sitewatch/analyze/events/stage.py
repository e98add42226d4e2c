"""The events stage: activity at watched sites, and the political events around them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from ...model import Analysis, Document
from ..times.anchor import anchor_granule
from ..times.govern import governing_time
from .discourse import Discourse, consolidate, date_forward, imagery_dates
from .extract import SentenceContext, basis_cues, sentence_events, sites_in
from .learned import filtered, shipped_filter
from .lexicon import RECORDED_FROM
from .model import Event, EventDate


@dataclass
class EventStage:
    """Fills ``analysis.events`` (docs/events.md) from the parse, places and times."""

    name: str = "events"
    requires: tuple[str, ...] = ("spacy_doc", "places", "times")
    assigns: tuple[str, ...] = ("events",)
    learned: bool = True  # filter the rules' candidates with the shipped model, if any

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.events = [e.to_json() for e in self.extract(analysis)]
        return analysis

    def extract(self, analysis: Analysis) -> list[Event]:
        sentences = list(analysis.spacy_doc.sents)
        published = publication_date(analysis.document)
        doc_basis = _document_basis(
            sentences, _by_start([p for p in analysis.places if p.get("site")])
        )
        events: list[Event] = []
        discourse = Discourse(analysis.spacy_doc)
        text = analysis.document.text
        places = _by_start(analysis.places)
        all_times = _by_start(analysis.times)
        leads: dict[int, dict[str, Any]] = {}  # sentence start -> next sentence's imagery date
        for k, span in enumerate(sentences):
            start, end = span.start_char, span.end_char
            inside = places.within(start, end)
            times = all_times.within(start, end)
            sites = sites_in(inside, start, end)
            named = [p for p in inside if p.get("role") == "place"]
            carried = discourse.carried_site(span, named) if not sites else None
            ctx = SentenceContext(
                span=span,
                sites=sites or ([carried] if carried else []),
                carried=carried is not None,
                places=[p for p in inside if not p.get("site") and p.get("role") == "place"],
                times=times,
                governing=governing_time(times, start, end, [span]),
                published=published,
                doc_basis=doc_basis,
                imagery_before=discourse.imagery_before(span),
                political_before=[e for e in events if e.category == "political"],
                last_activity=_last_activity(events),
                last_date=discourse.last_date,
            )
            found = sentence_events(ctx)
            events.extend(found)
            paragraph_break = "\n\n" in text[end : end + 4] or "\n" in span.text.strip()
            gap = text[end : sentences[k + 1].start_char] if k + 1 < len(sentences) else "\n"
            if "\n" not in gap or (k == 0 and "\n\n" in gap):  # same paragraph, or the lead
                lead = _forward_imagery(span, sentences[k + 1], times, all_times, sites,
                                        places, analysis.spacy_doc)  # fmt: skip
                if lead is not None:
                    leads[start] = lead
            discourse.advance(span, sites, times, paragraph_break)
            discourse.note(found)
        events = [e for e in consolidate(date_forward(events, leads), analysis.spacy_doc)
                  if not history(e)]  # fmt: skip
        model = shipped_filter() if self.learned else None
        return filtered(events, analysis.spacy_doc, published, model) if model else events


def history(event: Event) -> bool:
    """A site activity the text dates wholly before the watch period (``RECORDED_FROM``:
    tests in 2006, launches in 2012 and 2016): background, not an entry of the site's
    timeline (annotation guide rule 4)."""
    date = event.date
    if event.category != "site" or date.basis not in {"text", "discourse"}:
        return False
    last = date.latest or date.value or ""
    return bool(re.match(r"\d{4}", last)) and last[:10] < RECORDED_FROM


def _last_activity(events: list[Event]) -> str | None:
    """The site activity (not traffic) the document is about so far: of those asserted or
    hedged, the latest dated (the news, not the background), the last told on a tie."""
    told = [
        (e.date.latest or "", k, e.activity) for k, e in enumerate(events)
        if e.category == "site" and e.activity != "vehicle_activity"
        and e.certainty in {"asserted", "hedged"}
    ]  # fmt: skip
    return max(told)[2] if told else None


def _forward_imagery(
    span: Any, following: Any, times: list[dict[str, Any]], all_times: _ByStart,
    sites: list[dict[str, Any]], places: _ByStart, doc: Any,
) -> dict[str, Any] | None:  # fmt: skip
    """The imagery date of the next sentence, when this one (the same paragraph's, or the
    report's lead) cites imagery without dating it and the next names no other site."""
    if "commercial_imagery" not in basis_cues(span.text.lower()):
        return None
    if imagery_dates(doc, times):
        return None
    start, end = following.start_char, following.end_char
    named = {p["site"] for p in sites_in(places.within(start, end), start, end)}
    if named and not named & {s["site"] for s in sites}:
        return None
    dated = imagery_dates(doc, all_times.within(start, end))
    return dated[0] if dated else None


def publication_date(document: Document) -> EventDate:
    pub = document.published
    if pub is None:
        return EventDate(None, None, None, None, "none")
    granule = anchor_granule(pub.value)  # first and last day of a day, month or year
    if granule is None:
        return EventDate(pub.value, pub.precision, None, None, "publication")
    earliest, latest = granule.earliest.isoformat(), granule.latest.isoformat()
    return EventDate(pub.value, pub.precision, earliest, latest, "publication")


def _document_basis(sentences: list[Any], sites_by_start: _ByStart) -> dict[str, list[str]]:
    """For each site, the bases of knowledge named in the sentences that mention it."""
    out: dict[str, set[str]] = {}
    for span in sentences:
        sites = {p["site"] for p in sites_by_start.within(span.start_char, span.end_char)}
        if not sites:
            continue
        cues = basis_cues(span.text.lower())
        for site in sites:
            out.setdefault(site, set()).update(cues)
    return {site: sorted(cues) for site, cues in out.items()}


@dataclass(frozen=True)
class _ByStart:
    """Items sorted by start offset, sliced per sentence by bisection (not a scan)."""

    items: list[dict[str, Any]]
    starts: list[int]

    def within(self, start: int, end: int) -> list[dict[str, Any]]:
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _by_start(items: list[dict[str, Any]]) -> _ByStart:
    ordered = sorted(items, key=lambda item: item["start"])
    return _ByStart(ordered, [item["start"] for item in ordered])
