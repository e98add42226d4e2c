"""What a sentence takes from the sentences before it, and what one document's mentions of
the same activity tell each other.

- A sentence that names no site but refers to one ("the plant", "the site's headquarters",
  "They show ...") is about the watched site mentioned last.
- A sentence that reports what imagery shows without dating it ("They show vehicles ...",
  "Numerous trucks are visible ...") takes the acquisition date of the imagery named just
  before.
- In one document, an undated past mention of an activity at a site ("the construction",
  "which it had dismantled") is the dated mention of the same activity at that site, and a
  generic "construction" at a site being rebuilt is the rebuilding.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .lexicon import (
    EVIDENTIAL,
    IMAGERY_NOUNS,
    KIND_NOUNS,
    SITE_ACTIVITY,
    SITE_PARTS,
    WHOLE_SITES,
)
from .model import Event, EventDate
from .syntax import coarseness, finite_tense, imagery_time, nominal, time_root, work_noun

_DEFINITE = frozenset({"the", "this", "these", "those", "its", "their"})
_INDEFINITE = frozenset({"a", "an", "another"})
_PRONOUNS = frozenset({"it", "they", "its", "their", "there"})
_OBSERVED = frozenset({*EVIDENTIAL, "visible", "seen", "evident", "apparent"})
UNDATED = ("publication", "before_publication")
_FINE = frozenset({"month", "week", "day", "part-of-day", "hour", "minute"})
_IMAGERY_REACH = 2  # sentences: an undated "They show ..." reaches back this far


def _observes(span: Any) -> bool:
    return _in_picture(span) or any(
        t.lemma_.lower() in _OBSERVED or t.lower_ in _OBSERVED
        or (t.lemma_.lower() in IMAGERY_NOUNS and t.pos_ == "NOUN")
        for t in span
    )  # fmt: skip


def _in_picture(span: Any) -> bool:
    """The sentence opens by placing itself in a picture named before ("In it, a plume
    rises ...", "In them, ..."): what follows is what that picture shows."""
    words = [t for t in span if not t.is_space][:3]
    return (
        len(words) == 3 and words[0].lower_ == "in" and words[1].lower_ in {"it", "them"}
        and words[2].is_punct
    )  # fmt: skip


_ACTIVITY_OF = {
    lemma: activity for activity, lemmas in SITE_ACTIVITY.items()
    if activity != "vehicle_activity" for lemma in lemmas
}  # fmt: skip


def _definite_activity(token: Any) -> bool:
    """A definite noun of site activity ("the rebuilding", "the restoration work", "this
    dismantling"): it refers back to an activity already reported at a site."""
    if work_noun(token) and token.lemma_.lower() in {"work", "effort"}:
        return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    if token.lemma_.lower() not in _ACTIVITY_OF or not nominal(token):
        return False
    if token.dep_ == "compound" and not work_noun(token.head):
        return False  # "the engine test stand": a thing, not an activity
    head = token.head if token.dep_ == "compound" else token
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


def _introduces_place(span: Any) -> bool:
    """An indefinite description of a site as a subject ("A missile base at Sino-ri has
    also seen new construction", "Another facility ..."): a new place, not the last one."""
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in WHOLE_SITES and t.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
        for t in span
    )  # fmt: skip


class Discourse:
    """The running state of one document, sentence by sentence."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.last_site: dict[str, Any] | None = None
        self.site_in_paragraph = False
        self.imagery: dict[str, Any] | None = None
        self.since_imagery = 0
        self.last_date: dict[str, Any] | None = None  # the last month-or-finer date told
        self.seen: list[dict[str, Any]] = []  # the sites named so far, in order
        self.reported: dict[str, dict[str, Any]] = {}  # activity -> site of its last mention

    def note(self, events: list[Event]) -> None:
        """Remember where each activity was last reported, for "the rebuilding" later."""
        for e in events:
            site = next((s for s in reversed(self.seen) if s.get("site") == e.site), None)
            if e.category == "site" and site is not None and e.certainty in {"asserted", "hedged"}:
                self.reported[e.activity] = site
                if e.activity != "vehicle_activity":
                    self.reported["work"] = site  # "the work": the site of the last activity

    def carried_site(self, span: Any, places: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The last watched site, when the sentence refers to a site without naming it: a
        definite description of a site or a part of one anywhere in it, or (within the
        paragraph) a pronoun subject or "there"; or, within the paragraph, when the
        sentence reports an observation ("the researchers found that building started")
        and names no other place (the paragraph's topic continues). A definite noun of
        activity ("the restoration work", "the rebuilding") is the site where that activity
        was last reported; an indefinite site as subject ("A missile base at Sino-ri ...")
        is a new place, none of those named before."""
        if self.last_site is None or _introduces_place(span):
            return None
        for token in span:
            if _definite_activity(token) and (
                reported := self.reported.get(_ACTIVITY_OF.get(token.lemma_.lower(), "work"))
            ):  # fmt: skip
                return reported  # "the restoration work", "the work": where it was reported
        if self.site_in_paragraph and not places and _observes(span):
            return self._fitting(span)
        for token in span:
            word = token.lower_
            head_word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
            if token.pos_ in {"NOUN", "PROPN"} and head_word in SITE_PARTS and any(
                c.lower_ in _DEFINITE for c in token.children if c.dep_ in {"det", "poss"}
            ):
                return self._fitting(span)
            if self.site_in_paragraph and word in _PRONOUNS and (
                token.dep_ in {"nsubj", "nsubjpass", "poss", "expl", "advmod"}
            ):
                return self.last_site
        return None

    def _fitting(self, span: Any) -> dict[str, Any] | None:
        """The site a description refers to: the last named site whose kind fits the head
        noun of a definite description in the sentence ("the mine" is the uranium mill's,
        not the enrichment plant named after it), else the last named site."""
        for token in span:
            kinds = KIND_NOUNS.get(token.lemma_.lower())
            if kinds is None or token.pos_ != "NOUN" or self.last_site is None:
                continue
            # "the mill", or a part named after it: "the main mill building"
            head = token.head if token.dep_ == "compound" else token
            if not any(c.lower_ in _DEFINITE for c in head.children if c.dep_ in {"det", "poss"}):
                continue
            if self.last_site.get("kind") in kinds:
                return self.last_site
            fitting = [s for s in self.seen if s.get("kind") in kinds]
            if fitting:
                return fitting[-1]
        return self.last_site

    def imagery_before(self, span: Any) -> dict[str, Any] | None:
        """The imagery date of the sentences just before, when this one reports what is
        seen without a date of its own."""
        if self.imagery is None or self.since_imagery > _IMAGERY_REACH:
            return None
        return self.imagery if _observes(span) else None

    def advance(self, span: Any, sites: list[dict[str, Any]], times: list[dict[str, Any]],
                paragraph_break: bool) -> None:  # fmt: skip
        if sites:
            self.last_site = max(sites, key=lambda s: s["start"])
            self.seen.extend(sorted(sites, key=lambda s: s["start"]))
            self.site_in_paragraph = True
        told = [
            t for t in times
            if t.get("interval") and t.get("type") in ("DATE", "TIME")
            and t.get("precision") in _FINE and t.get("value") != "PRESENT_REF"
        ]  # fmt: skip
        if told:
            self.last_date = told[-1]
        dated = imagery_dates(self.doc, times)
        if dated:
            finest = min(coarseness(t) for t in dated)  # "September 5 of this year": the day
            self.imagery = [t for t in dated if coarseness(t) == finest][-1]
            self.since_imagery = 0
        else:
            self.since_imagery += 1
        if paragraph_break:
            self.site_in_paragraph = False


def imagery_dates(doc: Any, times: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The expressions of a sentence that date imagery ("pictures taken on July 20")."""
    return [
        t for t in times
        if t.get("interval") and t.get("type") in ("DATE", "TIME")
        and (root := time_root(doc, t)) is not None and imagery_time(root)
    ]  # fmt: skip


def date_forward(events: list[Event], leads: dict[int, dict[str, Any]]) -> list[Event]:
    """A sentence that cites imagery but dates neither it nor the activity ("North Korea
    seems to be expanding the plant, commercial satellite imagery shows") is dated by the
    imagery the next sentence dates ("Pictures from July show ..."): ``leads`` maps the
    start of such a sentence to that date."""
    out = []
    for e in events:
        anchor = leads.get(e.sentence[0])
        if e.category == "site" and e.date.basis == "publication" and anchor is not None:
            earliest, latest = anchor["interval"]
            e = replace(e, date=EventDate(
                anchor["value"], anchor.get("precision"), earliest, latest, "discourse",
                anchor["text"],
            ))  # fmt: skip
        out.append(e)
    return out


def consolidate(events: list[Event], doc: Any) -> list[Event]:
    """One document's mentions of one activity at one site, reconciled: a generic
    "construction" where the document reports rebuilding is that rebuilding, and an undated
    mention with no tense of its own takes the date of the dated mention before it (else
    after it)."""
    rebuilt = [e for e in events if e.activity == "restoration" and e.site]
    out: list[Event] = []
    for e in events:
        if e.activity == "construction" and _generic_noun(e, doc) and any(
            r.site == e.site and _near(r.date, e.date) for r in rebuilt
        ):
            e = replace(e, activity="restoration")
        out.append(e)
    for i, e in enumerate(out):
        if e.category != "site" or e.date.basis not in UNDATED:
            continue
        if _finite(e, doc):
            if not _definite_past(e, doc):
                continue
            # "vehicles coming and going in late August, but the movements gave no
            # warning": a definite noun told in the past refers back within its sentence
            within = [o for o in out if o.sentence == e.sentence]
        else:
            within = out
        same = [
            (abs(j - i) + (0.5 if j > i else 0), o) for j, o in enumerate(out)
            if o.site == e.site and o.activity == e.activity and o.date.basis == "text"
            and o.date.precision in {"day", "month", "week"} and o in within
        ]  # fmt: skip
        if same:
            anchor = min(same, key=lambda pair: pair[0])[1].date
            out[i] = replace(e, date=EventDate(
                anchor.value, anchor.precision, anchor.earliest, anchor.latest, "discourse",
                anchor.text,
            ))  # fmt: skip
    return out


_REBUILD_REACH = 6  # months: a rebuilding years before does not make new work a rebuilding


def _month(date: EventDate) -> int | None:
    """The month of a date's own value (the middle of a year given as a year), else of the
    end of its interval."""
    for day in (date.value, date.latest):
        if day and len(day) >= 7 and day[:4].isdigit() and day[5:7].isdigit():
            return int(day[:4]) * 12 + int(day[5:7])
        if day and len(day) == 4 and day.isdigit():
            return int(day) * 12 + 6
    return None


def _near(a: EventDate, b: EventDate) -> bool:
    """Two dates within a few months of each other (an undated one is near any)."""
    first, second = _month(a), _month(b)
    return first is None or second is None or abs(first - second) <= _REBUILD_REACH


def _token(e: Event, doc: Any) -> Any | None:
    span = doc.char_span(e.trigger[0], e.trigger[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _generic_noun(e: Event, doc: Any) -> bool:
    token = _token(e, doc)
    return token is not None and token.pos_ == "NOUN" and not any(
        c.dep_ in {"det", "poss", "amod"} and c.lower_ not in {"the"} for c in token.children
    )


def _finite(e: Event, doc: Any) -> bool:
    """The mention has a tense of its own ("are dismantling", "was being finished",
    "removed"), which places it at the time of the report; a bare nominal ("the
    construction") or a pluperfect ("had dismantled") does not."""
    token = _token(e, doc)
    return token is not None and finite_tense(token) in {"present", "past"}


def _definite_past(e: Event, doc: Any) -> bool:
    """A definite noun in a past-tense clause ("the movements gave no warning")."""
    token = _token(e, doc)
    return token is not None and finite_tense(token) == "past" and nominal(token) and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
        for c in token.children
    )  # fmt: skip
