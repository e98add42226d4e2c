"""Events from one parsed sentence, using the places and times stages' output."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..linguistic import trimmed_offsets
from .lexicon import (
    BASIS,
    FACILITY_NOUNS,
    HEDGES,
    IMAGERY_DATE_CUES,
    IMAGERY_PROVIDERS,
    INTENT,
    LAUNCH_OBJECTS,
    NEGATIONS,
    PHRASAL,
    POLITICAL,
    PRODUCTS,
    SITE_ACTIVITY,
)
from .model import Event, EventDate

_TRIGGER_ACTIVITY = {lemma: act for act, lemmas in SITE_ACTIVITY.items() for lemma in lemmas}
_TRIGGER_POLITICAL = {lemma: act for act, lemmas in POLITICAL.items() for lemma in lemmas}
_NEEDS_LAUNCH_CONTEXT = {"launch", "launch_preparation", "test"}
_FUTURE_AUX = {"will", "would", "plan", "intend", "expect", "may", "could"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass(frozen=True)
class SentenceContext:
    """What the stage knows about one sentence of a document."""

    span: Any  # spaCy Span
    sites: list[dict[str, Any]]  # places with a site id inside the sentence
    places: list[dict[str, Any]]  # other places inside the sentence
    times: list[dict[str, Any]]  # time expressions inside the sentence
    governing: dict[str, Any] | None  # the time expression governing the sentence
    published: EventDate
    doc_basis: dict[str, list[str]]  # site id -> bases cited elsewhere in the document
    carried: bool = False  # the site comes from the sentence before ("They show ...")


def sentence_events(ctx: SentenceContext) -> list[Event]:
    lowered = ctx.span.text.lower()
    lemmas = {t.lemma_.lower() for t in ctx.span}
    events: list[Event] = []
    seen: set[tuple[str, str | None]] = set()
    for token in ctx.span:
        activity, category = _classify(token, lemmas, bool(ctx.sites))
        if activity is None or (category == "site" and _is_description(token)):
            continue
        targets: list[dict[str, Any] | None] = [None]
        if category == "site" and ctx.sites:
            targets = [min(ctx.sites, key=lambda s: (abs(s["start"] - token.idx), s["start"]))]
        for site in targets:
            key = (activity, site["site"] if site else None)
            if key in seen:
                continue
            seen.add(key)
            event = _event(ctx, token, activity, category, site, lowered)
            if category == "political" and event.place is None and event.date.basis != "text":
                continue  # "the talks" in passing: only a dated or placed meeting is an event
            events.append(event)
    busy = {e.site for e in events if e.activity != "vehicle_activity"}
    return [e for e in events if e.activity != "vehicle_activity" or e.site not in busy]


def _phrasal(token: Any) -> str | None:
    """The activity of a verb + particle ("taken apart", "came down", "put back up")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ in {"prt", "advmod", "acomp"}]
    if token.i + 1 < len(token.doc):
        particles.append(token.nbor(1).lower_)
    for particle in particles:
        if (lemma, particle) in PHRASAL:
            return PHRASAL[(lemma, particle)]
    return None


def _is_description(token: Any) -> bool:
    """A trigger that says what a site is or was for, not what happened: inside a "where"
    relative clause ("the stand where engines were tested"), a "used for" phrase, a
    capability ("can make plutonium"), or a state since a date ("has launched since 2012")."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    for node in (token, verb):
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in {"can", "cannot"} for c in node.children):
            return True
    if verb.lemma_.lower() == "use" or token.head.lemma_.lower() == "use":
        return True
    clause = {t.i for t in verb.subtree}
    return any(t.lower_ == "since" and t.i in clause and t.head.i in clause for t in token.sent)


def _intended(token: Any) -> bool:
    """Governed by a word of intent, offer or condition within three steps up the parse."""
    node = token
    for _ in range(4):
        if node.lemma_.lower() in INTENT or any(
            c.lower_ in INTENT and c.dep_ in {"aux", "mark", "advmod", "prep"}
            for c in node.children
        ):
            return True
        if node.head is node:
            break
        node = node.head
    return False


def _classify(token: Any, lemmas: set[str], has_site: bool) -> tuple[str | None, str]:
    lemma = token.lemma_.lower()
    if has_site and (phrasal := _phrasal(token)):
        return phrasal, "site"
    if token.dep_ == "compound" or token.ent_type_ in {"FAC", "ORG"}:
        return None, ""
    if token.pos_ in {"NOUN", "VERB"} and token.dep_ in {"amod", "nmod"} and token.head.i > token.i:
        return None, ""  # "launch pad", "test stand", "launching station": a modifier, not an event
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if following in FACILITY_NOUNS:
        return None, ""
    if has_site and lemma in _TRIGGER_ACTIVITY:
        activity = _TRIGGER_ACTIVITY[lemma]
        launch_context = bool(lemmas & LAUNCH_OBJECTS - {lemma})
        if activity == "test":
            launch_context = launch_context or bool(lemmas & {"nuclear", "engine"})
        if activity in _NEEDS_LAUNCH_CONTEXT and not launch_context:
            return None, ""
        if activity == "vehicle_activity" and token.pos_ != "NOUN":
            return None, ""
        if activity == "construction" and lemma == "build" and _builds_product(token):
            activity = "production"
        return activity, "site"
    if lemma in _TRIGGER_POLITICAL and token.pos_ in {"NOUN", "VERB"}:
        return _TRIGGER_POLITICAL[lemma], "political"
    if not has_site and lemma in {"launch", "fire"} and lemmas & LAUNCH_OBJECTS - {lemma}:
        return "launch", "military"  # a launch from no watched site
    return None, ""


def _builds_product(token: Any) -> bool:
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    return any(o.lemma_.lower() in PRODUCTS or o.lower_ in PRODUCTS for o in objects)


def _event(
    ctx: SentenceContext, token: Any, activity: str, category: str,
    site: dict[str, Any] | None, lowered: str,
) -> Event:  # fmt: skip
    span = ctx.span
    date = _date(ctx, token)
    negated = _negated(token, lowered)
    future = _future(token) or (category == "site" and _intended(token))
    certainty = (
        "negated" if negated else "planned" if future else "hedged" if _hedged(span) else "asserted"
    )
    bases = basis_cues(lowered)
    if site and site["site"] in ctx.doc_basis:
        bases = sorted(set(bases) | set(ctx.doc_basis[site["site"]]))
    return Event(
        activity=activity,
        category=category,
        site=site["site"] if site else None,
        site_name=site["name"] if site else None,
        site_from="context" if ctx.carried else "sentence",
        place=ctx.places[0]["name"] if ctx.places and category == "political" else None,
        actors=_actors(span, site),
        date=date,
        basis=bases,
        imagery=_imagery(ctx, lowered) if "commercial_imagery" in bases else None,
        certainty=certainty,
        negated=negated,
        trigger=(token.idx, token.idx + len(token.text), token.text),
        evidence=_trimmed(span),
        sentence=(span.start_char, span.end_char),
    )


def _trimmed(span: Any) -> tuple[int, int, str]:
    start, end = trimmed_offsets(span)
    return start, end, span.text.strip()


def _date(ctx: SentenceContext, token: Any) -> EventDate:
    t = _nearest_time(ctx, token) or _imagery_time(ctx) or ctx.governing
    if t is None or not t.get("value"):
        return ctx.published
    interval = t.get("interval") or [None, None]
    return EventDate(t["value"], t.get("precision"), interval[0], interval[1], "text", t["text"])


def _nearest_time(ctx: SentenceContext, token: Any) -> dict[str, Any] | None:
    """The dated expression that belongs to the trigger: one inside the clause of the
    trigger's verb, nearest the trigger; else none (the sentence's governing date)."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    clause = [t.idx for t in verb.subtree]
    low, high = min(clause), max(clause) + 1
    dated = [
        t for t in ctx.times
        if t.get("type") in ("DATE", "TIME") and t.get("interval") and low <= t["start"] < high
        and t.get("value") not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
        and t.get("mod") not in ("AFTER", "ON_OR_AFTER")  # "since 2012": when a state began
    ]  # fmt: skip
    return min(dated, key=lambda t: abs(t["start"] - token.idx), default=None)


def _imagery_time(ctx: SentenceContext) -> dict[str, Any] | None:
    """The acquisition date of imagery the sentence cites ("pictures taken on July 20")."""
    lowered = ctx.span.text.lower()
    start = ctx.span.start_char
    if not any(w in lowered for w in ("image", "imagery", "picture", "photo", "satellite")):
        return None
    for t in ctx.times:
        before = lowered[max(0, t["start"] - start - 30) : t["start"] - start]
        if t.get("interval") and any(cue in before for cue in (*IMAGERY_DATE_CUES, "from")):
            return t
    return None


def _negated(token: Any, lowered: str) -> bool:
    if any(child.dep_ == "neg" for child in token.children):
        return True
    head = token.head
    if token.pos_ == "NOUN" and any(c.dep_ == "neg" for c in head.children):
        return True
    offset = token.idx - token.sent.start_char
    window = lowered[max(0, offset - 40) : offset]
    return any(cue in window for cue in NEGATIONS)


def _future(token: Any) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    for t in (verb, *verb.children):
        if (
            t.dep_ in {"aux", "xcomp", "ROOT"}
            and t.lemma_.lower() in _FUTURE_AUX
            and t.tag_ == "MD"
        ):
            return t.lemma_.lower() in {"will", "would"}
    return False


def _hedged(span: Any) -> bool:
    return any(t.lemma_.lower() in HEDGES or t.lower_ in HEDGES for t in span)


def basis_cues(lowered: str) -> list[str]:
    """Bases of knowledge named in a lower-cased sentence."""
    found = []
    for basis, cues in BASIS.items():
        if any(re.search(rf"\b{re.escape(cue)}", lowered) for cue in cues):
            found.append(basis)
    return found



def _imagery(ctx: SentenceContext, lowered: str) -> dict[str, Any] | None:
    provider = next(
        (name for cue, name in IMAGERY_PROVIDERS.items() if re.search(rf"\b{cue}\b", lowered)),
        None,
    )
    when = None
    start = ctx.span.start_char
    for t in ctx.times:
        before = lowered[max(0, t["start"] - start - 30) : t["start"] - start]
        if t.get("value") and any(cue in before for cue in IMAGERY_DATE_CUES):
            when = {"value": t["value"], "text": t["text"], "start": t["start"], "end": t["end"]}
            break
    if provider is None and when is None:
        return None
    return {"provider": provider, "date": when}


def _actors(span: Any, site: dict[str, Any] | None) -> list[str]:
    names: list[str] = []
    for ent in span.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if site and site["start"] <= ent.start_char < site["end"]:
            continue
        if ent.text not in names:
            names.append(ent.text)
    return names


def sites_in(places: Sequence[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    return [p for p in places if p.get("site") and start <= p["start"] < end]
